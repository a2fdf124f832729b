/**
 * The seed ledger: which org record each demo record became, kept in the org itself as one Salesforce File
 * (ContentVersion) per demo document. A record's Id survives every edit, so a re-run finds a deal, an account
 * or a 1:1 that someone renamed, rescheduled or reassigned in the org and updates it instead of inserting it
 * again (decision D-org-6). Natural keys (plan.ts) remain the fallback: for the first run, for a ledger that
 * was deleted or could not be saved, and for records written by a run that stopped before saving it.
 *
 * The ledger is saved once at the end of a run, and when a run stops part-way: one new file version per run.
 */
import { createHash } from 'node:crypto';
import type { OrgSession } from '../lib/connection.ts';
import { queryAll, soqlString } from '../lib/query.ts';
import { withRetry } from '../lib/retry.ts';
import { explainOrgError, type OrgScriptError } from '../lib/errors.ts';
import type { SeedDocument } from './seeder.ts';

export const LEDGER_TITLE = 'Coaching Rhythm seed ledger';

interface LedgerFile {
  format: 1;
  fingerprint: string;
  orgId: string;
  savedAt: string;
  /** Type → demo id → org id. */
  records: Record<string, Record<string, string>>;
}

/**
 * Which document a ledger belongs to: the generator, seed, anchor date and counts of the document as given
 * (before any scaling). Another document gets its own ledger, so its ids never match this one's records.
 */
export function documentFingerprint(doc: SeedDocument): string {
  const { generator, seed, anchorDate, counts } = doc.meta as Record<string, unknown>;
  return createHash('sha256')
    .update(
      JSON.stringify({ generator: generator ?? null, seed: seed ?? null, anchorDate: anchorDate ?? null, counts })
    )
    .digest('hex')
    .slice(0, 12);
}

/** Failures that mean "this org or user has no Files": the seed goes on, matching by natural keys. */
const NO_FILES = new Set([
  'INVALID_TYPE',
  'INVALID_FIELD',
  'INSUFFICIENT_ACCESS',
  'NOT_FOUND',
  'FIELD_INTEGRITY_EXCEPTION'
]);

export class SeedLedger {
  private readonly entries = new Map<string, Map<string, string>>();
  private contentDocumentId: string | null = null;
  private changed = false;

  constructor(
    private readonly session: OrgSession,
    readonly fingerprint: string
  ) {}

  get title(): string {
    return `${LEDGER_TITLE} ${this.fingerprint}`;
  }

  /** Reads the latest version of this document's ledger; returns a warning when the org keeps no Files. */
  async load(): Promise<string | null> {
    let rows: { ContentDocumentId: string; VersionData: string }[];
    try {
      rows = await queryAll(
        this.session,
        `SELECT Id, ContentDocumentId, VersionData FROM ContentVersion WHERE Title = ${soqlString(this.title)} AND IsLatest = true ORDER BY CreatedDate DESC LIMIT 1`,
        { label: 'the seed ledger', progress: false }
      );
    } catch (error) {
      if (!NO_FILES.has((error as OrgScriptError).code)) throw error;
      return `The seed ledger (a File) cannot be read here (${(error as OrgScriptError).code}): records are matched by their natural keys only.`;
    }
    if (rows.length === 0) return null;
    this.contentDocumentId = rows[0].ContentDocumentId;
    const body = await withRetry(() => this.session.conn.request<unknown>(rows[0].VersionData), {
      policy: this.session.retry,
      context: { org: this.session.label, action: 'reading the seed ledger' }
    });
    let file: LedgerFile;
    try {
      file = (typeof body === 'string' ? JSON.parse(body) : body) as LedgerFile;
    } catch {
      return `The seed ledger "${this.title}" is not JSON: it is ignored and replaced at the end of this run.`;
    }
    if (file?.format !== 1 || file.orgId !== this.session.orgId) {
      return `The seed ledger "${this.title}" belongs to another org or format: it is ignored and replaced at the end of this run.`;
    }
    for (const [type, ids] of Object.entries(file.records ?? {})) this.entries.set(type, new Map(Object.entries(ids)));
    return null;
  }

  get(type: string, demoId: string): string | undefined {
    return this.entries.get(type)?.get(demoId);
  }

  set(type: string, demoId: string, orgId: string): void {
    const ids = this.entries.get(type) ?? new Map<string, string>();
    if (ids.get(demoId) === orgId) return;
    ids.set(demoId, orgId);
    this.entries.set(type, ids);
    this.changed = true;
  }

  /** Saves a new version when anything changed; returns a warning instead of failing the seed. */
  async save(): Promise<string | null> {
    if (!this.changed) return null;
    const file: LedgerFile = {
      format: 1,
      fingerprint: this.fingerprint,
      orgId: this.session.orgId,
      savedAt: new Date().toISOString(),
      records: Object.fromEntries([...this.entries].map(([type, ids]) => [type, Object.fromEntries(ids)]))
    };
    const { conn } = this.session;
    try {
      const result = await withRetry(
        () =>
          conn.request<{ id: string; success: boolean }>({
            method: 'POST',
            url: `/services/data/v${conn.version}/sobjects/ContentVersion`,
            body: JSON.stringify({
              Title: this.title,
              PathOnClient: `coaching-seed-ledger-${this.fingerprint}.json`,
              VersionData: Buffer.from(JSON.stringify(file)).toString('base64'),
              ...(this.contentDocumentId ? { ContentDocumentId: this.contentDocumentId } : {})
            }),
            headers: { 'Content-Type': 'application/json' }
          }),
        // A second version is harmless (the latest wins), so a lost answer may be retried.
        { policy: this.session.retry, context: { org: this.session.label, action: 'saving the seed ledger' } }
      );
      this.changed = !result?.success;
      return null;
    } catch (error) {
      const explained = explainOrgError(error, { org: this.session.label, action: 'saving the seed ledger' });
      return `The seed ledger could not be saved (${explained.message}): the next run matches records by their natural keys, so records renamed in the org meanwhile are inserted again.`;
    }
  }
}
