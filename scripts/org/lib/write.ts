/**
 * Writing records with a result per record. Small batches go through sObject Collections (200 records
 * per request, allOrNone=false); above a threshold, one Bulk API 2.0 ingest job (create, upload CSV,
 * close, poll, read successful/failed/unprocessed results). Both return results in input order, so the
 * caller can say exactly which record failed and why, and nothing fails silently.
 */
import type { OrgSession } from './connection.ts';
import { withRetry } from './retry.ts';
import { createProgress } from './progress.ts';
import { OrgScriptError, explainOrgError } from './errors.ts';
import { chunk } from './query.ts';
import { csvCell, parseCsvRecords } from './csv.ts';

export type WriteOperation = 'insert' | 'update';

export interface WriteResult {
  /** Index of the record in the input. */
  index: number;
  ok: boolean;
  id: string | null;
  /** Salesforce status code and message, e.g. "REQUIRED_FIELD_MISSING: Required fields are missing: [Name]". */
  errors: string[];
}

export interface WriteOptions {
  /** Above this many records, one Bulk API 2.0 job replaces sObject Collections calls. */
  bulkThreshold?: number;
  /** Bulk job polling; tests shorten both. */
  pollIntervalMs?: number;
  pollTimeoutMs?: number;
  label?: string;
}

export const DEFAULT_BULK_THRESHOLD = 2000;
const COLLECTION_SIZE = 200;

type FieldValue = string | number | boolean | null | undefined;
export type WritableRecord = Record<string, FieldValue>;

interface CollectionResult {
  id?: string | null;
  success: boolean;
  errors?: { statusCode?: string; message?: string; fields?: string[] }[];
}

function collectionErrors(result: CollectionResult): string[] {
  return (result.errors ?? []).map((e) => {
    const fields = e.fields && e.fields.length > 0 ? ` [${e.fields.join(', ')}]` : '';
    return `${e.statusCode ?? 'ERROR'}: ${e.message ?? 'no message'}${fields}`;
  });
}

async function writeWithCollections(
  session: OrgSession,
  object: string,
  operation: WriteOperation,
  records: WritableRecord[],
  label: string
): Promise<WriteResult[]> {
  const { conn } = session;
  const url = `/services/data/v${conn.version}/composite/sobjects`;
  const results: WriteResult[] = [];
  const progress = createProgress(`Writing ${label}`);
  let offset = 0;
  try {
    for (const batch of chunk(records, COLLECTION_SIZE)) {
      const body = JSON.stringify({
        allOrNone: false,
        records: batch.map((r) => ({ attributes: { type: object }, ...withoutUndefined(r) }))
      });
      const response = await withRetry(
        () =>
          conn.request<CollectionResult[]>({
            method: operation === 'insert' ? 'POST' : 'PATCH',
            url,
            body,
            headers: { 'Content-Type': 'application/json' }
          }),
        // An insert retried after an ambiguous failure could create twice; an update is safe to repeat.
        {
          policy: session.retry,
          idempotent: operation === 'update',
          context: { org: session.label, action: `writing ${label}` }
        }
      );
      if (!Array.isArray(response) || response.length !== batch.length) {
        throw new OrgScriptError(
          'UNEXPECTED_RESPONSE',
          `Salesforce returned ${Array.isArray(response) ? response.length : 'no'} results for ${batch.length} ${label}.`
        );
      }
      response.forEach((r, i) => {
        results.push({
          index: offset + i,
          ok: r.success,
          id: r.id ?? null,
          errors: r.success ? [] : collectionErrors(r)
        });
      });
      offset += batch.length;
      progress.update(offset, records.length);
    }
  } finally {
    progress.done();
  }
  return results;
}

function withoutUndefined(record: WritableRecord): WritableRecord {
  const out: WritableRecord = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  return out;
}

/** The CSV document of a Bulk API 2.0 upload, and the cell texts of each row (to match results back). */
export function toBulkCsv(records: WritableRecord[]): { csv: string; columns: string[]; rows: string[][] } {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r).filter((k) => r[k] !== undefined)))];
  const rows = records.map((r) => columns.map((c) => (r[c] === null || r[c] === undefined ? '#N/A' : String(r[c]))));
  const lines = [columns.join(','), ...records.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return { csv: `${lines.join('\n')}\n`, columns, rows };
}

/** Result rows echo the uploaded cells; jsforce reads `#N/A` back as null, so nulls compare as empty. */
const cellText = (value: unknown): string =>
  value === null || value === undefined || value === '#N/A' ? '' : String(value);
const signature = (cells: unknown[]): string => JSON.stringify(cells.map(cellText));

async function writeWithBulk(
  session: OrgSession,
  object: string,
  operation: WriteOperation,
  records: WritableRecord[],
  options: WriteOptions,
  label: string
): Promise<WriteResult[]> {
  const { conn } = session;
  const context = { org: session.label, action: `loading ${label} with Bulk API 2.0` };
  const { csv, columns, rows } = toBulkCsv(records);
  // Bulk API 2.0 does not keep the input order in its results: match each result row back to the input row
  // with the same cells. Identical rows are interchangeable, so a queue per signature is exact.
  const pending = new Map<string, number[]>();
  rows.forEach((cells, index) => {
    const key = signature(cells);
    const list = pending.get(key) ?? [];
    list.push(index);
    pending.set(key, list);
  });
  conn.bulk2.pollInterval = options.pollIntervalMs ?? 2000;
  conn.bulk2.pollTimeout = options.pollTimeoutMs ?? 10 * 60 * 1000;
  const job = conn.bulk2.createJob({ object, operation, lineEnding: 'LF', columnDelimiter: 'COMMA' });
  try {
    await withRetry(() => job.open(), { policy: session.retry, idempotent: false, context });
    await job.uploadData(csv);
    await job.close();
    await job.poll();
  } catch (error) {
    if (job.id) await job.abort().catch(() => undefined);
    throw explainOrgError(error, context);
  }
  const raw = (fetch: () => Promise<unknown>) =>
    withRetry(async () => parseCsvRecords(String((await fetch()) ?? '')), { policy: session.retry, context });
  const successfulResults = await raw(() => job.getSuccessfulResults(true));
  const failedResults = await raw(() => job.getFailedResults(true));
  const unprocessedRecords = await raw(() => job.getUnprocessedRecords(true));
  const results: (WriteResult | undefined)[] = Array.from({ length: records.length }, () => undefined);
  const place = (row: Record<string, unknown>, ok: boolean, errors: string[]): void => {
    const key = signature(columns.map((c) => row[c]));
    const index = pending.get(key)?.shift();
    const id = typeof row.sf__Id === 'string' && row.sf__Id ? row.sf__Id : null;
    if (index !== undefined) results[index] = { index, ok, id, errors };
  };
  for (const row of successfulResults) place(row, true, []);
  for (const row of failedResults) place(row, false, [row.sf__Error || 'failed']);
  for (const row of unprocessedRecords) {
    place(row, false, ['UNPROCESSED: the job stopped before this record was processed']);
  }
  return results.map(
    (r, index) =>
      r ?? { index, ok: false, id: null, errors: ['NO_RESULT: Bulk API 2.0 returned no result for this record'] }
  );
}

/** Inserts or updates `records` of `object` and returns one result per record, in input order. */
export async function writeRecords(
  session: OrgSession,
  object: string,
  operation: WriteOperation,
  records: WritableRecord[],
  options: WriteOptions = {}
): Promise<WriteResult[]> {
  if (records.length === 0) return [];
  const label = options.label ?? object;
  if (operation === 'update' && records.some((r) => typeof r.Id !== 'string')) {
    throw new OrgScriptError('BAD_INPUT', `Every ${label} record to update needs an Id.`);
  }
  const threshold = options.bulkThreshold ?? DEFAULT_BULK_THRESHOLD;
  return records.length > threshold
    ? writeWithBulk(session, object, operation, records, options, label)
    : writeWithCollections(session, object, operation, records, label);
}
