/**
 * Record types on the seeded standard objects. The demo-org format has none, but many orgs give Account and
 * Opportunity record types, and an insert without one takes the running user's default, which may not exist
 * (no record type available: every insert fails) or may not allow the demo's stages (its sales process). The
 * seeder therefore chooses one before writing (`--record-type Opportunity=<DeveloperName>`, else your default),
 * sets it on every new record (never on an update: a record's type is the org's business after the first seed),
 * and checks the chosen type's stages.
 */
import { OrgScriptError, UsageError } from '../lib/errors.ts';

/** The objects the seeder sets a record type on. */
export const RECORD_TYPE_OBJECTS = ['Account', 'Opportunity'] as const;

/** One entry of a describe's `recordTypeInfos`. */
export interface RecordTypeInfo {
  recordTypeId: string;
  name: string;
  developerName: string;
  available: boolean;
  defaultRecordTypeMapping: boolean;
  master: boolean;
  active?: boolean;
}

export interface RecordTypeChoice {
  /** The id to set on new records; null = none (an org without record types, or the master type). */
  recordTypeId: string | null;
  /** For the report. */
  note: string | null;
}

/** `Opportunity=Sales,Account=Customer` (the flag may repeat) → object → developer name. */
export function parseRecordTypeFlags(values: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (values ?? []).flatMap((v) => v.split(','))) {
    const m = /^\s*(\w+)\s*=\s*(\w+)\s*$/.exec(part);
    if (!m || !(RECORD_TYPE_OBJECTS as readonly string[]).includes(m[1]))
      throw new UsageError(
        `--record-type takes Object=DeveloperName for ${RECORD_TYPE_OBJECTS.join(' or ')}, e.g. Opportunity=New_Business, not "${part}".`
      );
    out[m[1]] = m[2];
  }
  return out;
}

/**
 * The record type new `object` records get: the one asked for, else the running user's default. Throws, before
 * anything is written, when the asked one is not available to the user or when the object has record types but
 * none is available.
 */
export function chooseRecordType(
  object: string,
  infos: readonly RecordTypeInfo[],
  wanted: string | undefined,
  who: { org: string; username: string }
): RecordTypeChoice {
  const available = infos.filter((i) => i.available && !i.master && i.active !== false);
  const names = available.map((i) => i.developerName).join(', ') || 'none';
  if (wanted) {
    const chosen = available.find((i) => i.developerName === wanted);
    if (!chosen)
      throw new OrgScriptError(
        'RECORD_TYPE',
        `${object} has no record type "${wanted}" available to ${who.username} in ${who.org} (available: ${names}): pass one of those to --record-type; nothing was written.`,
        2
      );
    return { recordTypeId: chosen.recordTypeId, note: `record type ${chosen.developerName} (from --record-type)` };
  }
  const hasTypes = infos.some((i) => !i.master && i.active !== false);
  if (!hasTypes) return { recordTypeId: null, note: null };
  const byDefault = infos.find((i) => i.defaultRecordTypeMapping && i.available);
  if (byDefault?.master) return { recordTypeId: null, note: 'the master record type (your default)' };
  const chosen = byDefault ?? available[0];
  if (!chosen)
    throw new OrgScriptError(
      'RECORD_TYPE',
      `${object} has record types but none is available to ${who.username} in ${who.org}: give your profile one (Setup → Profiles → Record Type Settings) or pass --record-type ${object}=<DeveloperName>; nothing was written.`
    );
  return {
    recordTypeId: chosen.recordTypeId,
    note: `record type ${chosen.developerName} (${byDefault ? 'your default' : 'the first available to you'})`
  };
}

/** The stages the document uses that the chosen record type's sales process does not offer. */
export function stagesOutsideRecordType(used: Iterable<string>, allowed: Iterable<string>): string[] {
  const ok = new Set(allowed);
  return [...new Set(used)].filter((s) => !ok.has(s)).sort();
}
