/**
 * The package namespace as the org reports it. An unmanaged deployment has none; a managed install
 * returns custom objects and fields as `ns__Name__c`. Detected from the package's own permission set.
 */
import type { OrgSession } from './connection.ts';
import { queryAll } from './query.ts';

export async function detectNamespace(session: OrgSession): Promise<string | null> {
  const rows = await queryAll<{ NamespacePrefix: string | null }>(
    session,
    "SELECT NamespacePrefix FROM PermissionSet WHERE Name = 'Coaching_Rep' LIMIT 1",
    { label: 'the package namespace', progress: false }
  );
  return rows[0]?.NamespacePrefix ?? null;
}

/** `ns__Name__c` for custom names (`__c`, `__mdt`, `__r`) when there is a namespace. */
export function withNamespace(apiName: string, namespace: string | null): string {
  if (!namespace) return apiName;
  return apiName
    .split('.')
    .map((part) =>
      /__(c|mdt|r)$/.test(part) && (part.match(/__/g) ?? []).length === 1 ? `${namespace}__${part}` : part
    )
    .join('.');
}

/** An org record with the namespace prefix taken off its keys (nested parent records too). */
export function withoutNamespace<T extends Record<string, unknown>>(record: T, namespace: string | null): T {
  if (!namespace) return record;
  const prefix = `${namespace}__`;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    const value =
      v && typeof v === 'object' && !Array.isArray(v) ? withoutNamespace(v as Record<string, unknown>, namespace) : v;
    out[k.startsWith(prefix) ? k.slice(prefix.length) : k] = value;
  }
  return out as T;
}
