/**
 * A small stand-in for a Salesforce org's REST API on 127.0.0.1, for the org-script tests: a real HTTP
 * server (node:http), so jsforce runs unmodified. It keeps records in memory and serves what the scripts
 * use: userinfo, describe, SOQL with paging (a subset of SOQL: AND/OR/parentheses, = != < <= > >= IN NOT IN
 * LIKE, parent fields such as Owner.Name, ORDER BY, LIMIT), sObject Collections insert/update, and the
 * Bulk API 2.0 ingest job flow. Tests plant faults (HTTP errors, rejected records) and count requests.
 */
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordTypeInfo } from '../seed/record-types.ts';

export type FakeRecord = Record<string, unknown> & { Id: string };

export interface PlantedFault {
  /** Matches `METHOD path` (path without the query string), e.g. /GET .*\/query/ */
  match: RegExp;
  status: number;
  body: unknown;
  /** How many requests it answers; then it is removed. */
  times: number;
  /** Matching requests to let through before the fault starts. */
  skip?: number;
}

/** A rule that rejects some records on insert/update, as a validation rule or trigger would. */
export interface Rejection {
  object: string;
  when: (record: Record<string, unknown>) => boolean;
  statusCode: string;
  message: string;
}

const PREFIXES: Record<string, string> = {
  User: '005',
  Account: '001',
  Opportunity: '006',
  Profile: '00e',
  PermissionSet: '0PS',
  PermissionSetAssignment: '0Pa',
  UserRole: '00E',
  CurrencyType: '02c',
  Organization: '00D'
};

export interface FakeSalesforceOptions {
  accessToken?: string;
  /** Records per query page (Salesforce uses up to 2,000; tests use small pages to exercise queryMore). */
  pageSize?: number;
  /** Fields each object has; a query naming another field fails with INVALID_FIELD. Id is implied. */
  schema: Record<string, string[]>;
  /** Fields that cannot be written (describe createable/updateable false), per object. */
  readOnly?: Record<string, string[]>;
  /** Bulk jobs report InProgress this many times before JobComplete. */
  bulkPollsBeforeComplete?: number;
  userId?: string;
  orgId?: string;
  username?: string;
}

interface IngestJob {
  id: string;
  object: string;
  operation: string;
  state: string;
  csv: string;
  polls: number;
  successful: Record<string, string>[];
  failed: Record<string, string>[];
  columns: string[];
}

export class FakeSalesforce {
  readonly store = new Map<string, Map<string, FakeRecord>>();
  readonly requests: { method: string; path: string; body: string }[] = [];
  readonly faults: PlantedFault[] = [];
  readonly rejections: Rejection[] = [];
  readonly jobs = new Map<string, IngestJob>();
  /**
   * Record types per object, as describe's recordTypeInfos for the running user, each with the stages its sales
   * process allows. A new record gets the default one; naming one the user may not use, or a stage outside its
   * sales process, fails as in Salesforce.
   */
  readonly recordTypes: Record<string, (RecordTypeInfo & { stages?: string[] })[]> = {};
  /** Fields the org computes when read (e.g. UserLicense.UsedLicenses from the active users), per object. */
  readonly derived: Record<string, (record: FakeRecord) => Record<string, unknown>> = {};
  accessToken: string;
  pageSize: number;
  schema: Record<string, Set<string>>;
  readOnly: Record<string, Set<string>>;
  bulkPollsBeforeComplete: number;
  userId: string;
  orgId: string;
  username: string;
  private server: Server | null = null;
  private counter = 0;
  private cursors = new Map<string, { records: FakeRecord[]; fields: string[]; object: string }>();
  url = '';

  constructor(options: FakeSalesforceOptions) {
    this.accessToken = options.accessToken ?? 'TEST_TOKEN';
    this.pageSize = options.pageSize ?? 2000;
    this.schema = Object.fromEntries(Object.entries(options.schema).map(([o, f]) => [o, new Set(['Id', ...f])]));
    this.readOnly = Object.fromEntries(Object.entries(options.readOnly ?? {}).map(([o, f]) => [o, new Set(f)]));
    this.bulkPollsBeforeComplete = options.bulkPollsBeforeComplete ?? 1;
    this.orgId = options.orgId ?? '00D000000000001AAA';
    this.userId = options.userId ?? '005000000000001AAA';
    this.username = options.username ?? 'admin@fake.example.com';
    // A query returns where to download a file's body, not the body.
    this.derived.ContentVersion = (r) => ({
      VersionData: `/services/data/v66.0/sobjects/ContentVersion/${r.Id}/VersionData`
    });
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.send(res, 500, [{ errorCode: 'FAKE_SERVER_BUG', message: String((error as Error).stack ?? error) }]);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  newId(object: string): string {
    this.counter++;
    const prefix = PREFIXES[object] ?? `a0${String.fromCharCode(65 + (object.length % 26))}`;
    return `${prefix}${String(this.counter).padStart(12, '0')}AAA`;
  }

  table(object: string): Map<string, FakeRecord> {
    let t = this.store.get(object);
    if (!t) {
      t = new Map();
      this.store.set(object, t);
    }
    return t;
  }

  /**
   * What the platform does on an opportunity update that the seeder relies on: PushCount counts moves of
   * CloseDate into a later calendar month and never goes down.
   */
  private applyUpdate(object: string, existing: FakeRecord, changes: Record<string, unknown>): void {
    if (object === 'Opportunity' && typeof changes.CloseDate === 'string' && typeof existing.CloseDate === 'string') {
      if (changes.CloseDate.slice(0, 7) > existing.CloseDate.slice(0, 7))
        existing.PushCount = Number(existing.PushCount ?? 0) + 1;
    }
    Object.assign(existing, changes);
  }

  /** Adds records directly (the org's existing data). Returns them with ids. */
  seed(object: string, records: Record<string, unknown>[]): FakeRecord[] {
    return records.map((r) => {
      const rec = { ...r, Id: (r.Id as string) ?? this.newId(object) } as FakeRecord;
      rec.CreatedDate ??= new Date(Date.UTC(2026, 0, 1) + this.counter * 1000).toISOString().replace('Z', '+0000');
      // A new user is active unless the request says otherwise, as in Salesforce.
      if (object === 'User') rec.IsActive ??= true;
      this.table(object).set(rec.Id, rec);
      return rec;
    });
  }

  records(object: string): FakeRecord[] {
    return [...this.table(object).values()];
  }

  plantFault(fault: Omit<PlantedFault, 'times'> & { times?: number }): void {
    this.faults.push({ times: 1, ...fault });
  }

  reject(rule: Rejection): void {
    this.rejections.push(rule);
  }

  count(pattern: RegExp): number {
    return this.requests.filter((r) => pattern.test(`${r.method} ${r.path}`)).length;
  }

  private send(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }

  private async readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const body = await this.readBody(req);
    this.requests.push({ method, path: url.pathname + url.search, body });
    const fault = this.faults.find((f) => f.match.test(`${method} ${url.pathname}`));
    if (fault && (fault.skip ?? 0) > 0) fault.skip!--;
    else if (fault) {
      fault.times--;
      if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      return this.send(
        res,
        fault.status,
        fault.body,
        typeof fault.body === 'string' ? 'text/plain' : 'application/json'
      );
    }
    if (req.headers.authorization !== `Bearer ${this.accessToken}`) {
      if (url.pathname === '/services/oauth2/userinfo') return this.send(res, 403, 'Bad_OAuth_Token', 'text/plain');
      return this.send(res, 401, [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }]);
    }
    if (url.pathname === '/services/oauth2/userinfo') {
      return this.send(res, 200, {
        user_id: this.userId,
        organization_id: this.orgId,
        preferred_username: this.username
      });
    }
    const m = /^\/services\/data\/v[\d.]+(\/.*)$/.exec(url.pathname);
    if (!m) return this.send(res, 404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    const path = m[1];
    if (path === '/query' && method === 'GET') return this.query(res, url.searchParams.get('q') ?? '');
    const more = /^\/query\/([^/]+)$/.exec(path);
    if (more && method === 'GET') return this.queryMore(res, more[1]);
    const describe = /^\/sobjects\/([^/]+)\/describe$/.exec(path);
    if (describe && method === 'GET') return this.describe(res, describe[1]);
    const blob = /^\/sobjects\/ContentVersion\/([^/]+)\/VersionData$/.exec(path);
    if (blob && method === 'GET') {
      const version = this.table('ContentVersion').get(blob[1]);
      if (!version) return this.send(res, 404, [{ errorCode: 'NOT_FOUND', message: 'no such file version' }]);
      return this.send(
        res,
        200,
        Buffer.from(String(version.VersionData), 'base64').toString('utf8'),
        'application/octet-stream'
      );
    }
    const stages = /^\/ui-api\/object-info\/Opportunity\/picklist-values\/([^/]+)\/StageName$/.exec(path);
    if (stages && method === 'GET') {
      const type = (this.recordTypes.Opportunity ?? []).find((t) => t.recordTypeId === stages[1]);
      if (!type) return this.send(res, 404, [{ errorCode: 'NOT_FOUND', message: 'no such record type' }]);
      return this.send(res, 200, { values: (type.stages ?? []).map((value) => ({ value, label: value })) });
    }
    const single = /^\/sobjects\/([^/]+)$/.exec(path);
    if (single && method === 'POST') return this.createOne(res, single[1], JSON.parse(body) as Record<string, unknown>);
    if (path === '/composite/sobjects' && (method === 'POST' || method === 'PATCH')) {
      return this.collections(res, method, JSON.parse(body) as { records: Record<string, unknown>[] });
    }
    if (path.startsWith('/jobs/ingest')) return this.ingest(res, method, path.slice('/jobs/ingest'.length), body);
    return this.send(res, 404, [{ errorCode: 'NOT_FOUND', message: `No fake for ${method} ${path}` }]);
  }

  private describe(res: ServerResponse, object: string): void {
    const fields = this.schema[object];
    if (!fields)
      return this.send(res, 404, [{ errorCode: 'NOT_FOUND', message: `The requested resource does not exist` }]);
    const readOnly = this.readOnly[object] ?? new Set();
    this.send(res, 200, {
      name: object,
      recordTypeInfos: (this.recordTypes[object] ?? []).map(({ stages: _stages, ...info }) => info),
      fields: [...fields].map((name) => ({
        name,
        createable: name !== 'Id' && !readOnly.has(name),
        updateable: name !== 'Id' && !readOnly.has(name)
      }))
    });
  }

  // ---- SOQL -------------------------------------------------------------------------------------

  private query(res: ServerResponse, soql: string): void {
    let parsed: ParsedQuery;
    try {
      parsed = parseSoql(soql);
    } catch (error) {
      return this.send(res, 400, [{ errorCode: 'MALFORMED_QUERY', message: (error as Error).message }]);
    }
    const fields = this.schema[parsed.object];
    if (!fields) {
      return this.send(res, 400, [
        {
          errorCode: 'INVALID_TYPE',
          message: `\n${soql}\n^\nERROR at Row:1:Column:1\nsObject type '${parsed.object}' is not supported.`
        }
      ]);
    }
    for (const f of [...parsed.fields, ...referencedFields(parsed.where), ...parsed.orderBy.map((o) => o.field)]) {
      const root = f.includes('.') ? relationshipField(f.split('.')[0]) : f;
      if (!fields.has(root) && f !== 'COUNT()') {
        return this.send(res, 400, [
          {
            errorCode: 'INVALID_FIELD',
            message: `\n${soql}\n^\nERROR at Row:1:Column:8\nNo such column '${root}' on entity '${parsed.object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`
          }
        ]);
      }
    }
    let rows = this.records(parsed.object).filter((r) =>
      parsed.where ? evaluate(parsed.where, (f) => this.resolve(r, f)) : true
    );
    for (const o of [...parsed.orderBy].reverse()) {
      rows = [...rows].sort((a, b) => compare(this.resolve(a, o.field), this.resolve(b, o.field)) * (o.desc ? -1 : 1));
    }
    if (parsed.limit !== null) rows = rows.slice(0, parsed.limit);
    const cursor = `01g${String(++this.counter).padStart(15, '0')}`;
    this.cursors.set(cursor, { records: rows, fields: parsed.fields, object: parsed.object });
    this.page(res, cursor, 0);
  }

  private page(res: ServerResponse, cursor: string, offset: number): void {
    const c = this.cursors.get(cursor);
    if (!c) return this.send(res, 400, [{ errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' }]);
    const slice = c.records.slice(offset, offset + this.pageSize);
    const done = offset + slice.length >= c.records.length;
    this.send(res, 200, {
      totalSize: c.records.length,
      done,
      ...(done ? {} : { nextRecordsUrl: `/services/data/v66.0/query/${cursor}-${offset + slice.length}` }),
      records: slice.map((r) => this.project(c.object, r, c.fields))
    });
  }

  private queryMore(res: ServerResponse, locator: string): void {
    const [cursor, offset] = locator.split('-');
    this.page(res, cursor, Number(offset));
  }

  private project(object: string, stored: FakeRecord, fields: string[]): Record<string, unknown> {
    const record = this.withDerived(object, stored);
    const out: Record<string, unknown> = {
      attributes: { type: object, url: `/services/data/v66.0/sobjects/${object}/${record.Id}` }
    };
    for (const f of fields) {
      if (!f.includes('.')) {
        out[f] = record[f] ?? null;
        continue;
      }
      const [rel, field] = f.split('.');
      const parent = this.find(record[relationshipField(rel)] as string);
      if (!parent) out[rel] = null;
      else {
        const existing = (out[rel] as Record<string, unknown>) ?? { attributes: { type: parent.object } };
        existing[field] = parent.record[field] ?? null;
        out[rel] = existing;
      }
    }
    return out;
  }

  private withDerived(object: string, record: FakeRecord): FakeRecord {
    const derive = this.derived[object];
    return derive ? { ...record, ...derive(record) } : record;
  }

  private find(id: string | null | undefined): { object: string; record: FakeRecord } | null {
    if (!id) return null;
    for (const [object, table] of this.store) {
      const record = table.get(id);
      if (record) return { object, record };
    }
    return null;
  }

  private resolve(record: FakeRecord, field: string): unknown {
    if (!field.includes('.')) return record[field] ?? null;
    const [rel, f] = field.split('.');
    return this.find(record[relationshipField(rel)] as string)?.record[f] ?? null;
  }

  // ---- DML --------------------------------------------------------------------------------------

  private check(
    object: string,
    record: Record<string, unknown>,
    mode: 'create' | 'update'
  ): { statusCode: string; message: string; fields: string[] } | null {
    const fields = this.schema[object];
    if (!fields)
      return { statusCode: 'INVALID_TYPE', message: `sObject type '${object}' is not supported.`, fields: [] };
    for (const k of Object.keys(record)) {
      if (k === 'attributes' || (k === 'Id' && mode === 'update')) continue;
      if (!fields.has(k))
        return {
          statusCode: 'INVALID_FIELD',
          message: `No such column '${k}' on sobject of type ${object}`,
          fields: [k]
        };
      if (this.readOnly[object]?.has(k) || k === 'Id') {
        return {
          statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
          message: `Unable to create/update fields: ${k}.`,
          fields: [k]
        };
      }
    }
    const types = this.recordTypes[object];
    if (types?.length) {
      const stored = mode === 'update' ? this.table(object).get(String(record.Id)) : undefined;
      const typeId = record.RecordTypeId ?? stored?.RecordTypeId;
      const type = typeId
        ? types.find((t) => t.recordTypeId === typeId && (t.available || mode === 'update'))
        : types.find((t) => t.defaultRecordTypeMapping && t.available);
      if (!type)
        return {
          statusCode: 'INVALID_CROSS_REFERENCE_KEY',
          message: "Record Type ID: this ID value isn't valid for the user",
          fields: ['RecordTypeId']
        };
      if (type.stages && typeof record.StageName === 'string' && !type.stages.includes(record.StageName))
        return {
          statusCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
          message: `Stage: bad value for restricted picklist field: ${record.StageName}`,
          fields: ['StageName']
        };
    }
    const rule = this.rejections.find((r) => r.object === object && r.when(record));
    return rule ? { statusCode: rule.statusCode, message: rule.message, fields: [] } : null;
  }

  private collections(res: ServerResponse, method: string, body: { records: Record<string, unknown>[] }): void {
    const results = body.records.map((input) => {
      const { attributes, ...record } = input as { attributes: { type: string } } & Record<string, unknown>;
      const object = attributes.type;
      const problem = this.check(object, record, method === 'POST' ? 'create' : 'update');
      if (problem) return { id: null, success: false, errors: [problem] };
      if (method === 'POST') {
        const [created] = this.seed(object, [record]);
        return { id: created.Id, success: true, errors: [] };
      }
      const existing = this.table(object).get(record.Id as string);
      if (!existing)
        return {
          id: null,
          success: false,
          errors: [{ statusCode: 'ENTITY_IS_DELETED', message: 'entity is deleted', fields: [] }]
        };
      this.applyUpdate(object, existing, record);
      return { id: existing.Id, success: true, errors: [] };
    });
    this.send(res, 200, results);
  }

  /** POST /sobjects/<Object>: one record. A ContentVersion becomes the latest version of its document. */
  private createOne(res: ServerResponse, object: string, record: Record<string, unknown>): void {
    const problem = this.check(object, record, 'create');
    if (problem)
      return this.send(res, 400, [{ errorCode: problem.statusCode, message: problem.message, fields: problem.fields }]);
    if (object === 'ContentVersion') {
      record.ContentDocumentId ??= `069${String(++this.counter).padStart(12, '0')}AAA`;
      for (const v of this.records('ContentVersion'))
        if (v.ContentDocumentId === record.ContentDocumentId) v.IsLatest = false;
      record.IsLatest = true;
    }
    const [created] = this.seed(object, [record]);
    this.send(res, 201, { id: created.Id, success: true, errors: [] });
  }

  // ---- Bulk API 2.0 ingest ----------------------------------------------------------------------

  private ingest(res: ServerResponse, method: string, rest: string, body: string): void {
    if (rest === '' && method === 'POST') {
      const params = JSON.parse(body) as { object: string; operation: string };
      const id = `750${String(++this.counter).padStart(12, '0')}AAA`;
      const job: IngestJob = {
        id,
        object: params.object,
        operation: params.operation,
        state: 'Open',
        csv: '',
        polls: 0,
        successful: [],
        failed: [],
        columns: []
      };
      this.jobs.set(id, job);
      return this.send(res, 200, this.jobInfo(job));
    }
    const m = /^\/([^/]+)(\/.*)?$/.exec(rest);
    const job = m ? this.jobs.get(m[1]) : undefined;
    if (!m || !job) return this.send(res, 404, [{ errorCode: 'NOT_FOUND', message: 'job not found' }]);
    const sub = m[2] ?? '';
    if (sub === '/batches' && method === 'PUT') {
      if (job.state !== 'Open') return this.send(res, 400, [{ errorCode: 'INVALIDJOBSTATE', message: 'job not open' }]);
      job.csv += body;
      return this.send(res, 201, '', 'text/plain');
    }
    if (sub === '' && method === 'PATCH') {
      const { state } = JSON.parse(body) as { state: string };
      if (state === 'UploadComplete') {
        job.state = 'UploadComplete';
        this.processJob(job);
      } else job.state = state;
      return this.send(res, 200, this.jobInfo(job));
    }
    if (sub === '' && method === 'GET') {
      if (job.state === 'UploadComplete' || job.state === 'InProgress') {
        job.polls++;
        job.state = job.polls > this.bulkPollsBeforeComplete ? 'JobComplete' : 'InProgress';
      }
      return this.send(res, 200, this.jobInfo(job));
    }
    if (
      method === 'GET' &&
      (sub === '/successfulResults' || sub === '/failedResults' || sub === '/unprocessedrecords')
    ) {
      const rows = sub === '/successfulResults' ? job.successful : sub === '/failedResults' ? job.failed : [];
      const head =
        sub === '/successfulResults'
          ? ['sf__Id', 'sf__Created']
          : sub === '/failedResults'
            ? ['sf__Id', 'sf__Error']
            : [];
      const cols = [...head, ...job.columns];
      const lines = [cols.join(','), ...rows.map((r) => cols.map((c) => csvQuote(r[c] ?? '')).join(','))];
      return this.send(res, 200, `${lines.join('\n')}\n`, 'text/csv');
    }
    return this.send(res, 404, [{ errorCode: 'NOT_FOUND', message: `No fake for ${method} ingest${rest}` }]);
  }

  private processJob(job: IngestJob): void {
    const [header, ...rows] = parseCsv(job.csv);
    job.columns = header;
    // Salesforce does not keep the upload order in results; reverse it so the client must match rows itself.
    for (const cells of rows.reverse()) {
      const raw: Record<string, string> = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
      const record: Record<string, unknown> = Object.fromEntries(
        Object.entries(raw).map(([k, v]) => [k, v === '#N/A' ? null : v])
      );
      const problem = this.check(job.object, record, job.operation === 'insert' ? 'create' : 'update');
      if (problem) {
        job.failed.push({
          ...raw,
          sf__Id: '',
          sf__Error: `${problem.statusCode}:${problem.message}:${problem.fields.join(',')}`
        });
        continue;
      }
      if (job.operation === 'insert') {
        const [created] = this.seed(job.object, [record]);
        job.successful.push({ ...raw, sf__Id: created.Id, sf__Created: 'true' });
      } else {
        const existing = this.table(job.object).get(record.Id as string);
        if (!existing)
          job.failed.push({ ...raw, sf__Id: String(record.Id), sf__Error: 'ENTITY_IS_DELETED:entity is deleted:' });
        else {
          this.applyUpdate(job.object, existing, record);
          job.successful.push({ ...raw, sf__Id: existing.Id, sf__Created: 'false' });
        }
      }
    }
  }

  private jobInfo(job: IngestJob): Record<string, unknown> {
    return {
      id: job.id,
      object: job.object,
      operation: job.operation,
      state: job.state,
      numberRecordsProcessed: job.state === 'JobComplete' ? job.successful.length + job.failed.length : 0,
      numberRecordsFailed: job.state === 'JobComplete' ? job.failed.length : 0
    };
  }
}

function csvQuote(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** RFC 4180 CSV parsing (quoted cells, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

// ---- a SOQL subset ------------------------------------------------------------------------------

type Expr = { kind: 'and' | 'or'; parts: Expr[] } | { kind: 'cmp'; field: string; op: string; value: unknown };

interface ParsedQuery {
  fields: string[];
  object: string;
  where: Expr | null;
  orderBy: { field: string; desc: boolean }[];
  limit: number | null;
}

function relationshipField(rel: string): string {
  return rel.endsWith('__r') ? rel.replace(/__r$/, '__c') : `${rel}Id`;
}

function referencedFields(expr: Expr | null): string[] {
  if (!expr) return [];
  return expr.kind === 'cmp' ? [expr.field] : expr.parts.flatMap(referencedFields);
}

function tokenize(soql: string): string[] {
  return soql.match(/'(?:\\.|[^'\\])*'|!=|<=|>=|[(),=<>]|[^\s(),=<>!]+/g) ?? [];
}

function literal(token: string): unknown {
  if (token.startsWith("'")) return token.slice(1, -1).replace(/\\(.)/g, '$1');
  const lower = token.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
  return token; // date and datetime literals compare as strings
}

export function parseSoql(soql: string): ParsedQuery {
  const t = tokenize(soql);
  let i = 0;
  const peek = (): string => (t[i] ?? '').toUpperCase();
  const next = (): string => t[i++] ?? '';
  const expect = (word: string): void => {
    if (next().toUpperCase() !== word)
      throw new Error(`unexpected token near "${t[i - 1] ?? 'end'}": expected ${word}`);
  };
  expect('SELECT');
  const fields: string[] = [];
  for (;;) {
    let f = next();
    if (f.toUpperCase() === 'COUNT' && t[i] === '(') {
      i += 2;
      f = 'COUNT()';
    }
    fields.push(f);
    if (t[i] === ',') i++;
    else break;
  }
  expect('FROM');
  const object = next();
  const parseOr = (): Expr => {
    const parts = [parseAnd()];
    while (peek() === 'OR') {
      i++;
      parts.push(parseAnd());
    }
    return parts.length === 1 ? parts[0] : { kind: 'or', parts };
  };
  const parseAnd = (): Expr => {
    const parts = [parseAtom()];
    while (peek() === 'AND') {
      i++;
      parts.push(parseAtom());
    }
    return parts.length === 1 ? parts[0] : { kind: 'and', parts };
  };
  const parseAtom = (): Expr => {
    if (t[i] === '(') {
      i++;
      const e = parseOr();
      expect(')');
      return e;
    }
    const field = next();
    let op = next().toUpperCase();
    if (op === 'NOT' && peek() === 'IN') {
      i++;
      op = 'NOT IN';
    }
    if (op === 'IN' || op === 'NOT IN') {
      expect('(');
      const values: unknown[] = [];
      while (t[i] !== ')') {
        values.push(literal(next()));
        if (t[i] === ',') i++;
      }
      i++;
      return { kind: 'cmp', field, op, value: values };
    }
    return { kind: 'cmp', field, op, value: literal(next()) };
  };
  let where: Expr | null = null;
  if (peek() === 'WHERE') {
    i++;
    where = parseOr();
  }
  const orderBy: { field: string; desc: boolean }[] = [];
  if (peek() === 'ORDER') {
    i++;
    expect('BY');
    for (;;) {
      const field = next();
      let desc = false;
      if (peek() === 'DESC' || peek() === 'ASC') desc = next().toUpperCase() === 'DESC';
      if (peek() === 'NULLS') i += 2;
      orderBy.push({ field, desc });
      if (t[i] === ',') i++;
      else break;
    }
  }
  let limit: number | null = null;
  if (peek() === 'LIMIT') {
    i++;
    limit = Number(next());
  }
  if (i < t.length) throw new Error(`unexpected token near "${t[i]}"`);
  return { fields, object, where, orderBy, limit };
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

function evaluate(expr: Expr, get: (field: string) => unknown): boolean {
  if (expr.kind === 'and') return expr.parts.every((p) => evaluate(p, get));
  if (expr.kind === 'or') return expr.parts.some((p) => evaluate(p, get));
  if (expr.kind !== 'cmp') return false;
  const v = get(expr.field);
  const want = expr.value;
  switch (expr.op) {
    case '=':
      return want === null ? v === null || v === undefined : compare(v, want) === 0;
    case '!=':
      return want === null ? v !== null && v !== undefined : compare(v, want) !== 0;
    case '<':
      return v !== null && compare(v, want) < 0;
    case '<=':
      return v !== null && compare(v, want) <= 0;
    case '>':
      return v !== null && compare(v, want) > 0;
    case '>=':
      return v !== null && compare(v, want) >= 0;
    case 'IN':
      return (want as unknown[]).some((w) => compare(v, w) === 0);
    case 'NOT IN':
      return !(want as unknown[]).some((w) => compare(v, w) === 0);
    case 'LIKE': {
      const re = new RegExp(
        `^${String(want)
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/%/g, '.*')
          .replace(/_/g, '.')}$`,
        'i'
      );
      return re.test(String(v ?? ''));
    }
    default:
      throw new Error(`operator ${expr.op} not supported by the fake`);
  }
}
