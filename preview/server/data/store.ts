/**
 * The demo org's records in memory, shaped like the Salesforce REST API returns them (API field names,
 * 18-character ids, dates 'YYYY-MM-DD', datetimes ISO UTC), persisted as one JSON document
 * (`{ meta, records: { Object: [...] } }`, the demo-org format). Writes go through `transaction`, which
 * persists atomically (temp file + rename) or not at all.
 */
import { readFileSync, writeFileSync, renameSync, mkdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';

export type SfRecord = Record<string, unknown> & { Id: string };

export interface DemoOrgDocument {
  meta: Record<string, unknown>;
  records: Record<string, SfRecord[]>;
}

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string
  ) {
    super(`${file}: ${problem}`);
  }
}

/** Parses and checks a demo-org document; throws DataFileError naming the problem, never returns half a document. */
export function parseDemoOrg(textContent: string, file: string): DemoOrgDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(textContent);
  } catch (error) {
    throw new DataFileError(file, `not valid JSON (${(error as Error).message})`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new DataFileError(file, 'not a JSON object');
  const { meta, records } = doc as Partial<DemoOrgDocument>;
  if (!meta || typeof meta !== 'object') throw new DataFileError(file, 'missing "meta"');
  if (!records || typeof records !== 'object' || Array.isArray(records))
    throw new DataFileError(file, 'missing "records"');
  for (const [object, list] of Object.entries(records)) {
    if (!Array.isArray(list)) throw new DataFileError(file, `records.${object} is not a list`);
    list.forEach((r, i) => {
      if (!r || typeof r !== 'object' || typeof (r as SfRecord).Id !== 'string')
        throw new DataFileError(file, `records.${object}[${i}] has no Id`);
    });
  }
  if (!Array.isArray(records.User) || records.User.length === 0)
    throw new DataFileError(file, 'records.User is empty: the preview needs users to view as');
  return doc as DemoOrgDocument;
}

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The 3-character case-safe suffix that turns a 15-character id into the 18-character form. */
export function idSuffix(id15: string): string {
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(block * 5 + i);
      if (c >= 'A' && c <= 'Z') flags |= 1 << i;
    }
    suffix += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'.charAt(flags);
  }
  return suffix;
}

/** Versions are unique across stores, so a cache keyed by version never mistakes a reset org for the old one. */
let versionCounter = 0;

export class DataStore {
  /** Changes on every write (and differs between stores): caches compare it. */
  version = ++versionCounter;
  private readonly byObject = new Map<string, Map<string, SfRecord>>();
  private readonly objectOfId = new Map<string, string>();
  meta: Record<string, unknown>;
  private sequence = 0;
  /** Undo steps of the open savepoint (an all-or-none GraphQL mutation), newest last. */
  private journal: (() => void)[] | null = null;

  constructor(
    doc: DemoOrgDocument,
    readonly file: string | null
  ) {
    this.meta = doc.meta;
    for (const [object, list] of Object.entries(doc.records)) {
      const map = new Map<string, SfRecord>();
      for (const r of list) {
        map.set(r.Id, r);
        this.objectOfId.set(r.Id, object);
      }
      this.byObject.set(object, map);
    }
    this.sequence = Number((this.meta.previewIdSequence as number | undefined) ?? 0);
  }

  static load(file: string): DataStore {
    return new DataStore(parseDemoOrg(readFileSync(file, 'utf8'), file), file);
  }

  all(object: string): SfRecord[] {
    return [...(this.byObject.get(object)?.values() ?? [])];
  }

  get(id: string | null | undefined): SfRecord | undefined {
    if (!id) return undefined;
    const object = this.objectOfId.get(id);
    return object ? this.byObject.get(object)?.get(id) : undefined;
  }

  /** The key prefix the org's records of an object use (ids minted here then look like the org's). */
  keyPrefixOf(object: string): string | undefined {
    const first = this.byObject.get(object)?.keys().next();
    return first && !first.done ? first.value.slice(0, 3) : undefined;
  }

  objectOf(id: string): string | undefined {
    return this.objectOfId.get(id);
  }

  /** A fresh 18-character id with the object's key prefix. */
  newId(keyPrefix: string): string {
    this.sequence += 1;
    let n = this.sequence;
    let body = '';
    for (let i = 0; i < 9; i++) {
      body = ID_ALPHABET[n % 62] + body;
      n = Math.floor(n / 62);
    }
    // Key prefix, '00P' (created in the preview), a base-62 sequence: 15 characters, then the case-safe suffix.
    const id15 = `${keyPrefix}00P${body}`;
    return id15 + idSuffix(id15);
  }

  /**
   * Applies a set of changes atomically: `apply` stages puts and deletes; nothing is visible or saved
   * unless it returns without throwing.
   */
  transaction<T>(apply: (tx: { put(object: string, r: SfRecord): void; remove(id: string): void }) => T): T {
    const puts: [string, SfRecord][] = [];
    const removes: string[] = [];
    const result = apply({ put: (object, r) => puts.push([object, r]), remove: (id) => removes.push(id) });
    for (const [object, r] of puts) this.put(object, r);
    for (const id of removes) this.delete(id);
    this.save();
    return result;
  }

  private put(object: string, r: SfRecord): void {
    if (!this.byObject.has(object)) this.byObject.set(object, new Map());
    const map = this.byObject.get(object)!;
    const previous = map.get(r.Id);
    this.version = ++versionCounter;
    this.journal?.push(() => (previous ? this.put(object, previous) : this.delete(r.Id)));
    map.set(r.Id, r);
    this.objectOfId.set(r.Id, object);
  }

  private delete(id: string): void {
    const object = this.objectOfId.get(id);
    const previous = object ? this.byObject.get(object)?.get(id) : undefined;
    this.version = ++versionCounter;
    if (object && previous) this.journal?.push(() => this.put(object, previous));
    if (object) this.byObject.get(object)?.delete(id);
    this.objectOfId.delete(id);
  }

  /** Starts recording undo steps; the returned handle rolls every change since back, or releases them. */
  savepoint(): { rollback(): void; release(): void } {
    const journal: (() => void)[] = [];
    this.journal = journal;
    return {
      rollback: () => {
        this.journal = null;
        for (const undo of journal.reverse()) undo();
        this.save();
      },
      release: () => {
        if (this.journal === journal) this.journal = null;
      }
    };
  }

  toDocument(): DemoOrgDocument {
    const records: Record<string, SfRecord[]> = {};
    for (const [object, map] of this.byObject) records[object] = [...map.values()];
    return { meta: { ...this.meta, previewIdSequence: this.sequence }, records };
  }

  save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(this.toDocument()));
    renameSync(tmp, this.file);
  }

  static exists(file: string): boolean {
    return existsSync(file);
  }
}
