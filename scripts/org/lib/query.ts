/**
 * SOQL reads that scale: records stream page by page (the REST query resource returns up to 2,000 per
 * page and a `nextRecordsUrl` for the rest), so an org-wide extract never holds more than one page of
 * raw JSON, and each page is retried on its own.
 */
import type { OrgSession } from './connection.ts';
import { withRetry } from './retry.ts';
import { createProgress } from './progress.ts';

export interface QueryPage<T> {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: T[];
}

export interface QueryOptions {
  /** Shown on the progress line and in error messages, e.g. "opportunities". */
  label?: string;
  /** Progress on a TTY (default true). */
  progress?: boolean;
}

/** Drops the REST `attributes` envelope from a record and from nested parent records. */
export function stripAttributes<T>(record: T): T {
  if (record === null || typeof record !== 'object') return record;
  const rest: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  delete rest.attributes;
  for (const [k, v] of Object.entries(rest)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) rest[k] = stripAttributes(v);
  }
  return rest as T;
}

/** Yields every record of `soql`, following `nextRecordsUrl` until the result is done. */
export async function* streamQuery<T = Record<string, unknown>>(
  session: OrgSession,
  soql: string,
  options: QueryOptions = {}
): AsyncGenerator<T> {
  const { conn } = session;
  const label = options.label ?? 'records';
  const context = { org: session.label, action: `querying ${label}` };
  const progress = options.progress === false ? null : createProgress(`Reading ${label}`);
  let url: string | undefined = `/services/data/v${conn.version}/query?q=${encodeURIComponent(soql)}`;
  let seen = 0;
  try {
    while (url) {
      const pageUrl: string = url;
      const page = await withRetry(() => conn.request<QueryPage<T>>(pageUrl), { policy: session.retry, context });
      for (const record of page.records) {
        seen++;
        yield stripAttributes(record);
      }
      progress?.update(seen, page.totalSize);
      url = page.done ? undefined : page.nextRecordsUrl;
    }
  } finally {
    progress?.done();
  }
}

/** All records of `soql` in memory (for small, bounded results: users, settings). */
export async function queryAll<T = Record<string, unknown>>(
  session: OrgSession,
  soql: string,
  options: QueryOptions = {}
): Promise<T[]> {
  const out: T[] = [];
  for await (const r of streamQuery<T>(session, soql, options)) out.push(r);
  return out;
}

/** Quotes a value for a SOQL string literal (the only escaping SOQL needs: backslash and quote). */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `('a','b')` for an IN clause. Callers chunk long lists (SOQL statements stop at 100,000 characters). */
export function soqlList(values: Iterable<string>): string {
  return `(${[...values].map(soqlString).join(',')})`;
}

/** Splits a list into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
