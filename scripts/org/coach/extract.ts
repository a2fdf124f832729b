/**
 * Pulling a team's coaching data out of an org with SOQL, shaped as the REST API returns records (the
 * demo-org document's shape, so `c/coachingRecords` maps both the same way).
 *
 * Every read is scoped (the team's ids, a date window) and streamed page by page; id lists are chunked so a
 * statement stays far below SOQL's 100,000-character limit. Fields come from COACH_FIELDS: a required field
 * that the org lacks or hides (FLS) stops the run with one line naming it; optional ones are left out.
 */
import type { OrgSession } from '../lib/connection.ts';
import { withRetry } from '../lib/retry.ts';
import { streamQuery, queryAll, soqlList, soqlString, chunk } from '../lib/query.ts';
import { OrgScriptError, UsageError } from '../lib/errors.ts';
import { detectNamespace, withNamespace, withoutNamespace } from '../lib/namespace.ts';
import { COACH_FIELDS, SETUP_QUERIES, SETTINGS_QUERIES, type CoachObject } from './fields.ts';

export type ApiRecord = Record<string, unknown> & { Id?: string };
export type RecordSet = Record<string, ApiRecord[]>;

export interface UserRow extends ApiRecord {
  Id: string;
  Name: string;
  Username: string;
  ManagerId: string | null;
  IsActive: boolean;
  TimeZoneSidKey: string;
  DefaultCurrencyIsoCode?: string | null;
}

export interface ExtractWindow {
  /** The calendar date the agenda is for ('YYYY-MM-DD'). */
  asOf: string;
  /** Closed deals this far back feed win rates, cycle length and account classes (default 730 days). */
  historyDays?: number;
  /** 1:1s, action items and feedback this far back (default 182 days). */
  coachingDays?: number;
}

const ID_CHUNK = 200;

function daysBefore(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export class CoachExtractor {
  readonly warnings: string[] = [];
  /** Opportunity fields named by exit criteria that the org lacks or hides from this user. */
  readonly unreadableEvidence = new Set<string>();
  private namespace: string | null = null;
  /** True until the namespace is known (given, or detected on first use). */
  private namespacePending: boolean;
  private readonly describes = new Map<string, Set<string> | null>();
  private readonly session: OrgSession;

  constructor(session: OrgSession, namespace?: string | null) {
    this.session = session;
    this.namespacePending = namespace === undefined;
    if (namespace !== undefined) this.namespace = namespace;
  }

  private async ns(): Promise<string | null> {
    if (this.namespacePending) {
      this.namespace = await detectNamespace(this.session);
      this.namespacePending = false;
    }
    return this.namespace;
  }

  private async fieldsOf(object: string): Promise<Set<string> | null> {
    if (this.describes.has(object)) return this.describes.get(object)!;
    const { conn } = this.session;
    const apiName = withNamespace(object, await this.ns());
    let fields: Set<string> | null = null;
    try {
      const d = await withRetry(
        () =>
          conn.request<{ fields: { name: string }[] }>(`/services/data/v${conn.version}/sobjects/${apiName}/describe`),
        { policy: this.session.retry, context: { org: this.session.label, action: `describing ${apiName}` } }
      );
      fields = new Set(d.fields.map((f) => f.name));
    } catch (error) {
      const code = (error as OrgScriptError).code;
      if (code !== 'NOT_FOUND' && code !== 'INVALID_TYPE') throw error;
    }
    this.describes.set(object, fields);
    return fields;
  }

  /** The SELECT list for an object: required fields (checked), optional ones the org has, extras if present. */
  async selectList(
    object: CoachObject,
    extras: readonly string[] = [],
    skip: readonly string[] = []
  ): Promise<string[]> {
    const ns = await this.ns();
    const available = await this.fieldsOf(object);
    const apiObject = withNamespace(object, ns);
    if (!available) {
      throw new OrgScriptError(
        'OBJECT_MISSING',
        `${this.session.label} has no ${apiObject} your user can read: deploy the package (npm run org:deploy) and assign a Coaching permission set (Coaching_Manager or Coaching_Leader).`
      );
    }
    const spec = COACH_FIELDS[object];
    const missing = spec.required.filter((f) => !skip.includes(f) && !available.has(withNamespace(f, ns)));
    if (missing.length > 0) {
      const list = missing.map((f) => `${apiObject}.${withNamespace(f, ns)}`).join(', ');
      throw new OrgScriptError(
        'FIELD_MISSING',
        `${this.session.label} does not let your user read ${list}: deploy the package and assign the Coaching_Manager or Coaching_Leader permission set (standard fields: grant field-level security, see docs/install-guide.md).`
      );
    }
    const optional = spec.optional.filter((f) => available.has(f));
    const extra = extras.filter((f) => !spec.required.includes(f as never) && available.has(withNamespace(f, ns)));
    for (const f of extras) {
      if (available.has(withNamespace(f, ns))) continue;
      this.unreadableEvidence.add(f);
      this.warnings.push(
        `${object}.${f} (named by a stage exit criterion) is not readable; that criterion shows as a question.`
      );
    }
    return [...spec.required.filter((f) => !skip.includes(f)), ...optional, ...new Set(extra)].map((f) =>
      withNamespace(f, ns)
    );
  }

  private async stream(
    object: CoachObject,
    fields: string[],
    where: (ids: string) => string,
    ids: readonly string[],
    label: string,
    into: ApiRecord[]
  ): Promise<void> {
    const ns = await this.ns();
    const from = withNamespace(object, ns);
    const seen = new Set(into.map((r) => r.Id));
    for (const part of chunk([...new Set(ids)], ID_CHUNK)) {
      const soql = `SELECT ${fields.join(', ')} FROM ${from} WHERE ${where(soqlList(part))}`;
      for await (const row of streamQuery<ApiRecord>(this.session, soql, { label })) {
        if (seen.has(row.Id)) continue;
        seen.add(row.Id);
        into.push(withoutNamespace(row, ns));
      }
    }
  }

  /** A user by id (005…) or username. Inactive users are refused: they have no team to coach. */
  async resolveUser(ref: string): Promise<UserRow> {
    const fields = await this.selectList('User');
    const byId = /^005[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/.test(ref);
    const rows = await queryAll<UserRow>(
      this.session,
      `SELECT ${fields.join(', ')} FROM User WHERE ${byId ? 'Id' : 'Username'} = ${soqlString(ref)} LIMIT 1`,
      { label: 'the manager', progress: false }
    );
    const user = rows[0];
    if (!user) {
      throw new UsageError(
        `No user ${byId ? 'with id' : 'with username'} "${ref}" in ${this.session.label}: pass --manager <username or 005… id>.`
      );
    }
    if (!user.IsActive) throw new UsageError(`${user.Name} (${user.Username}) is inactive: pick an active manager.`);
    return user;
  }

  /** Active users who report to `managerId`. */
  async directReports(managerIds: readonly string[]): Promise<UserRow[]> {
    const fields = await this.selectList('User');
    const rows: ApiRecord[] = [];
    await this.stream('User', fields, (ids) => `ManagerId IN ${ids} AND IsActive = true`, managerIds, 'users', rows);
    return rows as UserRow[];
  }

  /** Managers to oversee: everyone with an active direct report, and everyone who holds an active cadence. */
  async allManagers(): Promise<UserRow[]> {
    const ns = await this.ns();
    const ids = new Set<string>();
    for await (const r of streamQuery<{ ManagerId: string }>(
      this.session,
      'SELECT ManagerId FROM User WHERE IsActive = true AND ManagerId != null',
      { label: 'reporting lines' }
    )) {
      ids.add(r.ManagerId);
    }
    await this.fieldsOf('Coaching_Cadence__c');
    for await (const r of streamQuery<Record<string, string>>(
      this.session,
      `SELECT ${withNamespace('Manager__c', ns)} FROM ${withNamespace('Coaching_Cadence__c', ns)} WHERE ${withNamespace('Active__c', ns)} = true`,
      { label: 'cadences' }
    )) {
      ids.add(r[withNamespace('Manager__c', ns)]);
    }
    const fields = await this.selectList('User');
    const rows: ApiRecord[] = [];
    await this.stream('User', fields, (list) => `Id IN ${list} AND IsActive = true`, [...ids], 'managers', rows);
    return (rows as UserRow[]).sort((a, b) => a.Name.localeCompare(b.Name));
  }

  /** Stage exit criteria may name Opportunity fields as evidence: read those too when the org has them. */
  private exitCriteriaFields(settings: RecordSet): string[] {
    return [
      ...new Set(
        (settings.Stage_Exit_Criterion__mdt ?? [])
          .map((r) => r.Field_Api_Name__c)
          .filter((f): f is string => typeof f === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(f))
      )
    ];
  }

  /** Settings, fiscal periods and currencies: small, org-wide, each optional (defaults apply when absent). */
  async setup(): Promise<RecordSet> {
    const out: RecordSet = {};
    const ns = await this.ns();
    for (const [object, soql] of Object.entries(SETUP_QUERIES)) {
      try {
        out[object] = await queryAll(this.session, soql, { label: object, progress: false });
      } catch (error) {
        // Single-currency orgs have no CurrencyType; orgs without advanced currency management no dated rates;
        // a user without "View Setup" may not read fiscal years. The engine falls back to documented defaults.
        const code = (error as OrgScriptError).code;
        if (!['INVALID_TYPE', 'INSUFFICIENT_ACCESS', 'INVALID_FIELD', 'NOT_FOUND'].includes(code)) throw error;
        out[object] = [];
      }
    }
    for (const [object, fields] of Object.entries(SETTINGS_QUERIES)) {
      const available = await this.fieldsOf(object);
      if (!available) {
        this.warnings.push(`${withNamespace(object, ns)} is not readable: the default settings apply.`);
        out[object] = [];
        continue;
      }
      const select = fields.filter((f) => available.has(withNamespace(f, ns))).map((f) => withNamespace(f, ns));
      const rows = await queryAll<ApiRecord>(
        this.session,
        `SELECT ${select.join(', ')} FROM ${withNamespace(object, ns)}`,
        {
          label: object,
          progress: false
        }
      );
      out[object] = rows.map((r) => withoutNamespace(r, ns));
    }
    return out;
  }

  /**
   * Everything the agenda needs for a team: the managers' and reps' users, the reps' deals (open, and closed
   * within the history window, plus older wins on the same accounts for account classes), accounts, quotas,
   * cadences, 1:1s (with snapshots), action items, deal reviews and feedback.
   */
  async team(managers: UserRow[], reps: UserRow[], window: ExtractWindow, settings: RecordSet): Promise<RecordSet> {
    const records: RecordSet = { User: [...managers, ...reps.filter((r) => !managers.some((m) => m.Id === r.Id))] };
    const repIds = reps.map((r) => r.Id);
    const managerIds = managers.map((m) => m.Id);
    const history = daysBefore(window.asOf, window.historyDays ?? 730);
    const coaching = daysBefore(window.asOf, window.coachingDays ?? 182);
    const oppFields = await this.selectList('Opportunity', this.exitCriteriaFields(settings));
    records.Opportunity = [];
    await this.stream(
      'Opportunity',
      oppFields,
      (ids) => `OwnerId IN ${ids} AND (IsClosed = false OR CloseDate >= ${history})`,
      repIds,
      'opportunities',
      records.Opportunity
    );
    // The reps' accounts: those of their deals and those they own (a dormant account may have no recent deal).
    records.Account = [];
    const accountFields = await this.selectList('Account');
    const dealAccounts = records.Opportunity.map((o) => o.AccountId).filter((a): a is string => typeof a === 'string');
    await this.stream('Account', accountFields, (ids) => `Id IN ${ids}`, dealAccounts, 'accounts', records.Account);
    await this.stream('Account', accountFields, (ids) => `OwnerId IN ${ids}`, repIds, 'accounts', records.Account);
    // Older wins on any of those accounts decide dormant (won before, quiet since) versus new logo (never won).
    await this.stream(
      'Opportunity',
      oppFields,
      (ids) => `AccountId IN ${ids} AND IsWon = true AND CloseDate < ${history}`,
      records.Account.map((a) => String(a.Id)),
      'older wins',
      records.Opportunity
    );
    records.Sales_Quota__c = [];
    await this.stream(
      'Sales_Quota__c',
      await this.selectList('Sales_Quota__c'),
      (ids) => `${this.n('User__c')} IN ${ids} AND ${this.n('Period_End__c')} >= ${history}`,
      repIds,
      'quotas',
      records.Sales_Quota__c
    );
    await this.coachingRecords(records, managerIds, repIds, coaching, true);
    return records;
  }

  /** The leader's view: 1:1 records for every manager, and the reps' wins for forecast accuracy. */
  async oversight(managers: UserRow[], reps: UserRow[], window: ExtractWindow): Promise<RecordSet> {
    const records: RecordSet = { User: [...managers, ...reps.filter((r) => !managers.some((m) => m.Id === r.Id))] };
    const repIds = reps.map((r) => r.Id);
    const coaching = daysBefore(window.asOf, window.coachingDays ?? 182);
    records.Opportunity = [];
    await this.stream(
      'Opportunity',
      await this.selectList('Opportunity'),
      (ids) => `OwnerId IN ${ids} AND IsWon = true AND CloseDate >= ${daysBefore(window.asOf, 366)}`,
      repIds,
      'won deals',
      records.Opportunity
    );
    await this.coachingRecords(
      records,
      managers.map((m) => m.Id),
      repIds,
      coaching,
      false
    );
    return records;
  }

  private n(field: string): string {
    return withNamespace(field, this.namespace);
  }

  private async coachingRecords(
    records: RecordSet,
    managerIds: string[],
    repIds: string[],
    since: string,
    withSnapshots: boolean
  ): Promise<void> {
    const n = (f: string): string => this.n(f);
    records.Coaching_Cadence__c = [];
    await this.stream(
      'Coaching_Cadence__c',
      await this.selectList('Coaching_Cadence__c'),
      (ids) => `${n('Manager__c')} IN ${ids}`,
      managerIds,
      'cadences',
      records.Coaching_Cadence__c
    );
    records.Coaching_Session__c = [];
    // Snapshots are up to 128 KB each: the oversight view never reads them.
    const sessionFields = await this.selectList('Coaching_Session__c', [], withSnapshots ? [] : ['Snapshot__c']);
    await this.stream(
      'Coaching_Session__c',
      sessionFields,
      (ids) => `${n('Manager__c')} IN ${ids} AND ${n('Scheduled_Start__c')} >= ${since}T00:00:00Z`,
      managerIds,
      '1:1s',
      records.Coaching_Session__c
    );
    records.Action_Item__c = [];
    await this.stream(
      'Action_Item__c',
      await this.selectList('Action_Item__c'),
      (ids) =>
        `${n('Manager__c')} IN ${ids} AND (${n('Status__c')} IN ('Open','In Progress') OR ${n('Due_Date__c')} >= ${since})`,
      managerIds,
      'action items',
      records.Action_Item__c
    );
    records.Deal_Review__c = [];
    await this.stream(
      'Deal_Review__c',
      await this.selectList('Deal_Review__c'),
      (ids) => `${n('Opportunity__r')}.OwnerId IN ${ids}`,
      repIds,
      'deal reviews',
      records.Deal_Review__c
    );
    records.Coaching_Feedback__c = [];
    const feedback = await this.fieldsOf('Coaching_Feedback__c');
    if (!feedback) {
      // Managers hold no permission on raw feedback by design; the leader and admin personas do.
      this.warnings.push(
        'Coaching_Feedback__c is not readable by your user: survey figures show as "no data" (run as a leader or admin).'
      );
    } else {
      await this.stream(
        'Coaching_Feedback__c',
        await this.selectList('Coaching_Feedback__c'),
        (ids) => `${n('Manager__c')} IN ${ids} AND CreatedDate >= ${since}T00:00:00Z`,
        managerIds,
        'feedback',
        records.Coaching_Feedback__c
      );
    }
  }
}
