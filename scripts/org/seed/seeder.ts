/**
 * Seeds a real org from a demo-org document (docs/demo-org.md) through jsforce.
 *
 * - Preflight first: every object and custom field the document needs must exist in the org, else nothing is
 *   written and the error names what is missing.
 * - Types load in the plan's order; each reference is remapped from the document's ids to the org's.
 * - Each type is matched on its natural key against the records the seed owns (plan.ts), then matches are
 *   updated and the rest inserted: running it twice gives the same org, and a run that stopped half-way is
 *   finished by the next one.
 * - Every record that fails, or is skipped because something it points to failed, is in the report with the
 *   org's error. Nothing is half-seeded without a report.
 */
import type { OrgSession } from '../lib/connection.ts';
import { withRetry } from '../lib/retry.ts';
import { queryAll, soqlList, chunk } from '../lib/query.ts';
import { writeRecords, type WritableRecord, type WriteResult, type WriteOptions } from '../lib/write.ts';
import { OrgScriptError, explainOrgError } from '../lib/errors.ts';
import { detectNamespace, withNamespace, withoutNamespace } from '../lib/namespace.ts';
import { SEED_PLAN, OPTIONAL_STANDARD_FIELDS, orgUsername, recordKey, keyValue, type TypePlan } from './plan.ts';
import { planUserFit, applyUserFit, describeFit, dealOwnersOf } from './licences.ts';
import { SeedLedger, documentFingerprint } from './ledger.ts';
import {
  RECORD_TYPE_OBJECTS,
  chooseRecordType,
  stagesOutsideRecordType,
  type RecordTypeChoice,
  type RecordTypeInfo
} from './record-types.ts';

export type DocRecord = Record<string, unknown> & { Id: string };

/** The parts of the demo-org document the seeder reads (demo-org/format.ts has the full types). */
export interface SeedDocument {
  meta: { formatVersion: number; loadOrder?: string[]; [key: string]: unknown };
  records: Record<string, DocRecord[] | undefined>;
}

export interface SeedOptions {
  /** Above this many records of a type, Bulk API 2.0 loads them. */
  bulkThreshold?: number;
  pollIntervalMs?: number;
  /** Match and plan, write nothing. */
  dryRun?: boolean;
  /** Replay OpportunityHistory on new opportunities so the org computes PushCount (default true). */
  replayHistory?: boolean;
  /** The package namespace; undefined = detect it from the package's permission sets. */
  namespace?: string | null;
  /** Object → record type developer name for new records (`--record-type`); default: your default one. */
  recordTypes?: Record<string, string>;
  /** Progress lines (one per type). */
  log?: (line: string) => void;
}

export interface SeedFailure {
  type: string;
  demoId: string;
  /** Name, username or key: what a person recognises. */
  label: string;
  errors: string[];
}

export interface TypeReport {
  type: string;
  action: string;
  total: number;
  inserted: number;
  updated: number;
  /** Matched and deliberately left alone (insertMissing types). */
  kept: number;
  failed: number;
  notes: string[];
}

export interface SeedReport {
  org: string;
  orgId: string;
  namespace: string | null;
  dryRun: boolean;
  /** One line when the demo org was scaled down to the free licences (licences.ts), else null. */
  scaledDown: string | null;
  types: TypeReport[];
  failures: SeedFailure[];
  warnings: string[];
}

interface FieldInfo {
  createable: boolean;
  updateable: boolean;
}

const SUPPORTED_FORMAT = 1;

function labelOf(record: Record<string, unknown>): string {
  for (const f of ['Username', 'Name', 'DeveloperName', 'IsoCode']) {
    if (typeof record[f] === 'string' && record[f]) return String(record[f]);
  }
  return String(record.Id ?? '');
}

/** A run that stopped part-way; `report` says what was written before it stopped. */
interface Candidate {
  id: string;
  row: Record<string, unknown>;
}

/**
 * Removes and returns the org record that best matches `values` among those sharing its natural key: the
 * one equal on most tiebreak fields, the oldest id on a tie. Bulk API 2.0 creates records in no particular
 * order, so pairing repeated keys by position alone could swap two same-named deals between runs, and every
 * child record (reviews, action items) would then point at the other one.
 */
function takeBestCandidate(
  candidates: Candidate[] | undefined,
  values: Record<string, unknown>,
  tiebreak: readonly string[]
): string | null {
  if (!candidates || candidates.length === 0) return null;
  let best = 0;
  let bestScore = -1;
  candidates.forEach((c, i) => {
    const score = tiebreak.filter((f) => keyValue(c.row[f]) === keyValue(values[f])).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return candidates.splice(best, 1)[0].id;
}

/** The Opportunity fields an OpportunityHistory row records. */
const HISTORY_FIELDS = ['StageName', 'CloseDate', 'Amount', 'Probability', 'ForecastCategoryName'] as const;

/** OpportunityHistory stores the forecast category's API value; Opportunity takes its label. */
const FORECAST_CATEGORY_LABEL: Record<string, string> = {
  Pipeline: 'Pipeline',
  BestCase: 'Best Case',
  Forecast: 'Commit',
  Closed: 'Closed',
  Omitted: 'Omitted'
};

function pick(record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]));
}

/** The opportunity's state as one history row recorded it. */
function historyState(row: Record<string, unknown>): Record<string, unknown> {
  const state = pick(row, ['StageName', 'CloseDate', 'Amount', 'Probability']);
  const category = FORECAST_CATEGORY_LABEL[String(row.ForecastCategory)];
  if (category) state.ForecastCategoryName = category;
  return state;
}

export class SeedAborted extends OrgScriptError {
  readonly report: SeedReport;
  constructor(cause: OrgScriptError, report: SeedReport) {
    super(cause.code, cause.message, cause.exitCode);
    this.report = report;
  }
}

export class Seeder {
  private readonly idMap = new Map<string, string>();
  private readonly describes = new Map<string, Map<string, FieldInfo> | null>();
  private readonly report: SeedReport;
  private namespace: string | null = null;
  private readonly session: OrgSession;
  /** The document being seeded; replaced by its scaled-down copy when the licences do not fit it all. */
  private doc: SeedDocument;
  private readonly options: SeedOptions;
  private userSetupRead: Promise<{ profileId: string | undefined; licenceId: string | null }> | null = null;
  private readonly ledger: SeedLedger;
  private readonly recordTypeInfos = new Map<string, RecordTypeInfo[]>();
  /** Object → the record type new records get, and the report's note about it. */
  private readonly recordTypeChoice = new Map<string, RecordTypeChoice>();

  constructor(session: OrgSession, doc: SeedDocument, options: SeedOptions = {}) {
    this.session = session;
    this.doc = doc;
    this.options = options;
    this.ledger = new SeedLedger(session, documentFingerprint(doc));
    this.report = {
      org: session.label,
      orgId: session.orgId,
      namespace: null,
      dryRun: Boolean(options.dryRun),
      scaledDown: null,
      types: [],
      failures: [],
      warnings: []
    };
  }

  private log(line: string): void {
    this.options.log?.(line);
  }

  private warn(warning: string | null): void {
    if (warning) this.report.warnings.push(warning);
  }

  /** A demo record is this org record: for references from here on, and in the ledger for the next run. */
  private remember(type: string, demoId: string, orgId: string): void {
    this.idMap.set(demoId, orgId);
    if (!orgId.startsWith('dry:')) this.ledger.set(type, demoId, orgId);
  }

  /**
   * The record type of new accounts and opportunities (record-types.ts), chosen before anything is written,
   * and the opportunity stages the chosen type's sales process lacks (those deals would fail).
   */
  private async chooseRecordTypes(): Promise<void> {
    for (const object of RECORD_TYPE_OBJECTS) {
      if (this.records(object).length === 0 || !(await this.describe(object))) continue;
      const choice = chooseRecordType(
        object,
        this.recordTypeInfos.get(object) ?? [],
        this.options.recordTypes?.[object],
        {
          org: this.session.label,
          username: this.session.username
        }
      );
      this.recordTypeChoice.set(object, choice);
      if (object === 'Opportunity' && choice.recordTypeId) await this.checkStagesOf(choice.recordTypeId);
    }
  }

  private async checkStagesOf(recordTypeId: string): Promise<void> {
    const { conn } = this.session;
    let allowed: string[];
    try {
      const result = await withRetry(
        () =>
          conn.request<{ values: { value: string }[] }>(
            `/services/data/v${conn.version}/ui-api/object-info/Opportunity/picklist-values/${recordTypeId}/StageName`
          ),
        {
          policy: this.session.retry,
          context: { org: this.session.label, action: 'reading the stages of the record type' }
        }
      );
      allowed = result.values.map((v) => v.value);
    } catch (error) {
      this.report.warnings.push(
        `The stages of record type ${recordTypeId} could not be read (${explainOrgError(error).code}): deals in a stage its sales process lacks will fail.`
      );
      return;
    }
    const used = [...this.records('Opportunity'), ...this.records('OpportunityHistory')]
      .map((r) => r.StageName)
      .filter((s): s is string => typeof s === 'string');
    const missing = stagesOutsideRecordType(used, allowed);
    if (missing.length > 0)
      this.report.warnings.push(
        `The opportunity record type's sales process has no stage ${missing.map((s) => `"${s}"`).join(', ')}: deals in those stages will fail; add them to the sales process or pass --record-type Opportunity=<DeveloperName>.`
      );
  }

  /** Demo id → org id of the records the ledger names that still exist in the org. */
  private async ledgerMatches(plan: TypePlan, docs: readonly DocRecord[]): Promise<Map<string, string>> {
    const named = new Map<string, string>();
    for (const doc of docs) {
      const orgId = this.ledger.get(plan.type, doc.Id);
      if (orgId) named.set(orgId, doc.Id);
    }
    const alive = new Map<string, string>();
    for (const part of chunk([...named.keys()], 200)) {
      const rows = await queryAll<{ Id: string }>(
        this.session,
        `SELECT Id FROM ${this.api(plan.type)} WHERE Id IN ${soqlList(part)}`,
        { label: `${plan.type} in the seed ledger`, progress: false }
      );
      for (const row of rows) alive.set(named.get(row.Id)!, row.Id);
    }
    return alive;
  }

  private records(type: string): DocRecord[] {
    return this.doc.records[type] ?? [];
  }

  private api(name: string): string {
    return withNamespace(name, this.namespace);
  }

  private writeOptions(label: string): WriteOptions {
    return { bulkThreshold: this.options.bulkThreshold, pollIntervalMs: this.options.pollIntervalMs, label };
  }

  private async describe(type: string): Promise<Map<string, FieldInfo> | null> {
    if (this.describes.has(type)) return this.describes.get(type)!;
    const { conn } = this.session;
    let fields: Map<string, FieldInfo> | null;
    try {
      const result = await withRetry(
        () =>
          conn.request<{
            fields: { name: string; createable: boolean; updateable: boolean }[];
            recordTypeInfos?: RecordTypeInfo[];
          }>(`/services/data/v${conn.version}/sobjects/${this.api(type)}/describe`),
        { policy: this.session.retry, context: { org: this.session.label, action: `describing ${type}` } }
      );
      fields = new Map(result.fields.map((f) => [f.name, { createable: f.createable, updateable: f.updateable }]));
      this.recordTypeInfos.set(type, result.recordTypeInfos ?? []);
    } catch (error) {
      const code = (error as OrgScriptError).code;
      if (code !== 'NOT_FOUND' && code !== 'INVALID_TYPE') throw error;
      fields = null;
    }
    this.describes.set(type, fields);
    return fields;
  }

  async run(): Promise<SeedReport> {
    const version = this.doc.meta?.formatVersion;
    if (version !== SUPPORTED_FORMAT) {
      throw new OrgScriptError(
        'FORMAT_VERSION',
        `This seeder reads demo-org format ${SUPPORTED_FORMAT}; the file has format ${String(version)}: regenerate it with \`npm run demo:generate\`.`
      );
    }
    this.namespace =
      this.options.namespace !== undefined ? this.options.namespace : await detectNamespace(this.session);
    this.report.namespace = this.namespace;
    const known = new Set(SEED_PLAN.map((p) => p.type));
    for (const type of Object.keys(this.doc.records)) {
      if (!known.has(type) && this.records(type).length > 0) {
        this.report.warnings.push(
          `${type}: not a type this seeder knows; its ${this.records(type).length} records were not seeded.`
        );
      }
    }
    await this.preflight();
    await this.fitToLicences();
    await this.chooseRecordTypes();
    this.warn(await this.ledger.load());
    try {
      for (const plan of SEED_PLAN) {
        if (this.records(plan.type).length === 0) continue;
        this.log(`${plan.type}: ${this.records(plan.type).length} records (${plan.action})`);
        await this.seedType(plan);
      }
      await this.deactivateUsers();
    } catch (error) {
      // Stopped part-way (the org became unreachable, the session expired…): keep what the ledger learnt and
      // hand back what was done so far.
      if (!this.options.dryRun) this.warn(await this.ledger.save());
      throw new SeedAborted(explainOrgError(error, { org: this.session.label, action: 'seeding' }), this.report);
    }
    if (!this.options.dryRun) this.warn(await this.ledger.save());
    return this.report;
  }

  /**
   * Checks, before writing anything, that every object and custom field the document needs exists.
   * A missing package object or field stops the run here: seeding half the types would leave a mess.
   */
  private async preflight(): Promise<void> {
    const missing: string[] = [];
    for (const plan of SEED_PLAN) {
      if (plan.action === 'check' || plan.action === 'system' || plan.action === 'reference') continue;
      const records = this.records(plan.type);
      if (records.length === 0) continue;
      const fields = await this.describe(plan.type);
      if (!fields) {
        if (plan.type.endsWith('__c')) missing.push(`object ${this.api(plan.type)}`);
        continue;
      }
      const used = new Set(records.flatMap((r) => Object.keys(r)));
      for (const f of used) {
        if (f.endsWith('__c') && !fields.has(this.api(f))) missing.push(`field ${this.api(plan.type)}.${this.api(f)}`);
      }
    }
    if (missing.length > 0) {
      const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '');
      throw new OrgScriptError(
        'PACKAGE_MISSING',
        `${this.session.label} lacks ${shown}: deploy the package first (npm run org:deploy -- --target-org ${this.session.label}) and make sure your user can see it; nothing was written.`
      );
    }
  }

  private typeReport(plan: TypePlan): TypeReport {
    const report: TypeReport = {
      type: plan.type,
      action: plan.action,
      total: this.records(plan.type).length,
      inserted: 0,
      updated: 0,
      kept: 0,
      failed: 0,
      notes: []
    };
    const recordTypeNote = this.recordTypeChoice.get(plan.type)?.note;
    if (recordTypeNote) report.notes.push(`new records get ${recordTypeNote}`);
    this.report.types.push(report);
    return report;
  }

  private fail(report: TypeReport, record: Record<string, unknown>, errors: string[]): void {
    report.failed++;
    this.report.failures.push({ type: report.type, demoId: String(record.Id), label: labelOf(record), errors });
  }

  private async seedType(plan: TypePlan): Promise<void> {
    const report = this.typeReport(plan);
    switch (plan.action) {
      case 'check':
        return this.checkSetup(plan, report);
      case 'system':
        report.notes.push(`not seeded: ${plan.note}`);
        return;
      case 'reference':
        return this.mapReferences(plan, report);
      default:
        return this.upsertType(plan, report);
    }
  }

  private async checkSetup(plan: TypePlan, report: TypeReport): Promise<void> {
    if (plan.type === 'Organization') {
      const want = this.records('Organization')[0];
      const [org] = await queryAll<{ FiscalYearStartMonth: number; UsesStartDateAsFiscalYearName: boolean }>(
        this.session,
        'SELECT FiscalYearStartMonth, UsesStartDateAsFiscalYearName FROM Organization',
        { label: 'the organization', progress: false }
      );
      if (org && want && org.FiscalYearStartMonth !== want.FiscalYearStartMonth) {
        this.report.warnings.push(
          `The demo data assumes a fiscal year starting in month ${String(want.FiscalYearStartMonth)}; this org starts in month ${org.FiscalYearStartMonth}. Quarters in the agenda follow the org: set Setup → Fiscal Year to match the demo.`
        );
      }
      report.notes.push(plan.note ?? '');
      return;
    }
    if (plan.type === 'OpportunityStage') {
      const stages = await queryAll<{ ApiName: string }>(
        this.session,
        'SELECT ApiName FROM OpportunityStage WHERE IsActive = true',
        { label: 'opportunity stages', progress: false }
      );
      const have = new Set(stages.map((s) => s.ApiName));
      const lacking = this.records('OpportunityStage')
        .map((s) => String(s.ApiName ?? s.MasterLabel))
        .filter((s) => !have.has(s));
      if (lacking.length > 0) {
        this.report.warnings.push(
          `The org has no active stage ${lacking.map((s) => `"${s}"`).join(', ')}: opportunities in those stages will fail; add the stages in Setup → Opportunity → Stage.`
        );
      }
      report.notes.push(plan.note ?? '');
      return;
    }
    report.notes.push(`not seeded: ${plan.note}`);
  }

  /** Package permission sets: the document's ids map to the org's by Name. */
  private async mapReferences(plan: TypePlan, report: TypeReport): Promise<void> {
    const names = this.records(plan.type).map((r) => String(r.Name));
    const rows = await queryAll<{ Id: string; Name: string; NamespacePrefix: string | null }>(
      this.session,
      `SELECT Id, Name, NamespacePrefix FROM PermissionSet WHERE Name IN ${soqlList(names)}`,
      { label: 'permission sets', progress: false }
    );
    for (const record of this.records(plan.type)) {
      const match =
        rows.find((r) => r.Name === record.Name && (r.NamespacePrefix ?? null) === this.namespace) ??
        rows.find((r) => r.Name === record.Name);
      if (match) {
        this.idMap.set(record.Id, match.Id);
        report.kept++;
      } else {
        this.fail(report, record, [
          `MISSING: permission set ${String(record.Name)} is not in the org; deploy the package first`
        ]);
      }
    }
  }

  /** Document record → values to write, with references remapped; null when a hard reference cannot resolve. */
  private remap(plan: TypePlan, record: DocRecord): { values: Record<string, unknown>; problem: string | null } {
    const values: Record<string, unknown> = { ...record };
    delete values.attributes;
    for (const ref of plan.references) {
      if (plan.deferred?.includes(ref.field)) continue; // written in the second pass
      const demoId = record[ref.field];
      if (demoId === null || demoId === undefined || demoId === '') continue;
      const orgId =
        this.idMap.get(String(demoId)) ??
        (this.options.dryRun && this.idMap.has(`dry:${demoId}`) ? `dry:${demoId}` : undefined);
      if (orgId) values[ref.field] = orgId;
      else if (ref.to === 'UserRole')
        values[ref.field] = null; // a user without a role still works
      else
        return {
          values,
          problem: `DEPENDENCY: ${ref.field} points to ${ref.to} ${String(demoId)}, which was not seeded`
        };
    }
    if (plan.type === 'User') {
      values.Username = orgUsername(String(record.Username), this.session.orgId);
    }
    const recordType = this.recordTypeChoice.get(plan.type)?.recordTypeId;
    if (recordType) values.RecordTypeId = recordType;
    if (plan.type === 'Sales_Quota__c') {
      values.Quota_Key__c = `${String(values.User__c)}:${String(values.Period_Start__c)}`;
    }
    return { values, problem: null };
  }

  /** The fields of `values` the org accepts for this operation, with namespaced names. */
  private payload(
    plan: TypePlan,
    values: Record<string, unknown>,
    fields: Map<string, FieldInfo>,
    operation: 'insert' | 'update',
    dropped: Set<string>
  ): WritableRecord {
    const out: WritableRecord = {};
    const skip = new Set([
      'Id',
      ...(plan.omit ?? []),
      ...(plan.deferred ?? []),
      ...(operation === 'update' ? (plan.insertOnly ?? []) : [])
    ]);
    for (const [name, value] of Object.entries(values)) {
      if (skip.has(name) || (value !== null && typeof value === 'object')) continue;
      const apiName = this.api(name);
      const info = fields.get(apiName);
      if (!info) {
        dropped.add(OPTIONAL_STANDARD_FIELDS.has(name) ? `${name} (not in this org)` : `${name} (unknown field)`);
        continue;
      }
      if (operation === 'insert' ? !info.createable : !info.updateable) continue;
      out[apiName] = value as WritableRecord[string];
    }
    return out;
  }

  /** The profile demo users get (Standard User, else yours) and the user licence it draws on. */
  private userSetup(): Promise<{ profileId: string | undefined; licenceId: string | null }> {
    this.userSetupRead ??= (async () => {
      type ProfileRow = { Id: string; UserLicenseId: string | null };
      const profileQuery = (where: string) =>
        queryAll<ProfileRow>(this.session, `SELECT Id, UserLicenseId FROM Profile WHERE ${where} LIMIT 1`, {
          label: "the demo users' profile",
          progress: false
        });
      let [profile] = await profileQuery("Name = 'Standard User'");
      if (!profile) {
        const [me] = await queryAll<{ ProfileId: string }>(
          this.session,
          `SELECT ProfileId FROM User WHERE Id = '${this.session.userId}'`,
          { label: 'your profile', progress: false }
        );
        this.report.warnings.push('No "Standard User" profile found: demo users get your own profile.');
        [profile] = me?.ProfileId ? await profileQuery(`Id = '${me.ProfileId}'`) : [];
      }
      return { profileId: profile?.Id, licenceId: profile?.UserLicenseId ?? null };
    })();
    return this.userSetupRead;
  }

  private async userDefaults(): Promise<Record<string, unknown>> {
    return {
      ProfileId: (await this.userSetup()).profileId,
      LocaleSidKey: 'en_US',
      LanguageLocaleKey: 'en_US',
      EmailEncodingKey: 'UTF-8',
      TimeZoneSidKey: 'America/New_York'
    };
  }

  /**
   * Licences the seed may use: the free ones of the demo users' licence, plus those the demo users already
   * hold from an earlier run (so a re-run computes the same plan). Null when the org does not say.
   */
  private async licenceBudget(): Promise<{ budget: number; licence: string } | null> {
    const { licenceId } = await this.userSetup();
    if (!licenceId) return null;
    let licence: { Name: string; TotalLicenses: number; UsedLicenses: number } | undefined;
    try {
      [licence] = await queryAll(
        this.session,
        `SELECT Id, Name, TotalLicenses, UsedLicenses FROM UserLicense WHERE Id = '${licenceId}'`,
        { label: 'user licences', progress: false }
      );
    } catch (error) {
      const code = (error as OrgScriptError).code;
      if (!['INVALID_TYPE', 'INVALID_FIELD', 'INSUFFICIENT_ACCESS', 'NOT_FOUND'].includes(code)) throw error;
    }
    if (!licence) return null;
    const usernames = this.records('User').map((u) => orgUsername(String(u.Username), this.session.orgId));
    let holding = 0;
    for (const part of chunk(usernames, 200)) {
      const rows = await queryAll<{ IsActive: boolean }>(
        this.session,
        `SELECT Id, IsActive FROM User WHERE Username IN ${soqlList(part)}`,
        { label: 'demo users already in the org', progress: false }
      );
      holding += rows.filter((r) => r.IsActive).length;
    }
    return { budget: Math.max(0, licence.TotalLicenses - licence.UsedLicenses) + holding, licence: licence.Name };
  }

  /**
   * Scales the document down to the free licences before any user is created (licences.ts), so a small org
   * gets a smaller demo instead of a seed that fails half-way. Folded users map onto you from here on.
   */
  private async fitToLicences(): Promise<void> {
    const users = this.records('User');
    if (users.length === 0) return;
    const measured = await this.licenceBudget();
    if (!measured) {
      this.report.warnings.push(
        'Could not read the free user licences (UserLicense): all demo users are created; any the org refuses are reported.'
      );
      return;
    }
    const dealOwners = dealOwnersOf(this.doc);
    const fit = planUserFit(users, dealOwners, measured.budget);
    if (!fit) {
      throw new OrgScriptError(
        'NO_LICENCE',
        `${this.session.label} has no free "${measured.licence}" licence for even one demo rep: free one (Setup → Users: deactivate a user) or use an Enterprise scratch org (config/project-scratch-def.json); nothing was written.`
      );
    }
    if (fit.fold.length === 0 && fit.drop.length === 0) return;
    const { doc, leftOut } = applyUserFit(this.doc, fit);
    this.report.scaledDown = describeFit(
      users,
      dealOwners,
      fit,
      measured.budget,
      measured.licence,
      this.session.username,
      leftOut
    );
    this.log(this.report.scaledDown);
    this.doc = doc;
    for (const id of fit.fold) this.idMap.set(id, this.session.userId);
  }

  /** Org records of this type that the seed may match, grouped by natural key. */
  private async existing(plan: TypePlan, remapped: Record<string, unknown>[]): Promise<Map<string, Candidate[]>> {
    const object = this.api(plan.type);
    const select = ['Id', ...new Set([...plan.key, ...(plan.tiebreak ?? [])])].map((k) => this.api(k)).join(', ');
    const filterField = plan.scope ? plan.scope.field : plan.key[0];
    const values = [
      ...new Set(
        remapped
          .map((r) => r[filterField])
          .filter(
            (v): v is string => typeof v === 'string' && v !== '' && !v.startsWith('dry:') && v !== this.session.userId
          )
      )
    ];
    const rows: Record<string, unknown>[] = [];
    for (const part of chunk(values, 200)) {
      const soql = `SELECT ${select} FROM ${object} WHERE ${this.api(filterField)} IN ${soqlList(part)}`;
      rows.push(...(await queryAll(this.session, soql, { label: `existing ${plan.type}`, progress: false })));
    }
    rows.sort((a, b) => String(a.Id).localeCompare(String(b.Id)));
    const byKey = new Map<string, Candidate[]>();
    for (const row of rows.map((r) => withoutNamespace(r, this.namespace))) {
      const key = recordKey(row, plan.key);
      byKey.set(key, [...(byKey.get(key) ?? []), { id: String(row.Id), row }]);
    }
    return byKey;
  }

  private async upsertType(plan: TypePlan, report: TypeReport): Promise<void> {
    const fields = await this.describe(plan.type);
    if (!fields) {
      report.notes.push(
        `skipped: ${plan.type} is not available in this org (e.g. multi-currency or advanced currency management is off)`
      );
      this.report.warnings.push(
        `${plan.type}: not available in this org, ${this.records(plan.type).length} records not seeded.`
      );
      return;
    }
    if (plan.type === 'CurrencyType') await this.checkCorporateCurrency();
    const docs = this.records(plan.type).filter((r) => !(plan.type === 'CurrencyType' && r.IsCorporate === true));
    report.total = docs.length;
    const defaults = plan.type === 'User' ? await this.userDefaults() : {};
    const ready: { doc: DocRecord; values: Record<string, unknown> }[] = [];
    for (const doc of docs) {
      const { values, problem } = this.remap(plan, doc);
      if (problem) this.fail(report, doc, [problem]);
      else ready.push({ doc, values: { ...defaults, ...values } });
    }
    // The ledger first (a record keeps its Id whatever is edited), natural keys for the rest.
    const byLedger = await this.ledgerMatches(
      plan,
      ready.map((r) => r.doc)
    );
    const claimed = new Set(byLedger.values());
    const existing = await this.existing(
      plan,
      ready.filter((r) => !byLedger.has(r.doc.Id)).map((r) => r.values)
    );
    for (const [key, candidates] of existing)
      existing.set(
        key,
        candidates.filter((c) => !claimed.has(c.id))
      );
    const inserts: typeof ready = [];
    const updates: ((typeof ready)[number] & { id: string })[] = [];
    for (const item of ready) {
      const ledgerId = byLedger.get(item.doc.Id);
      const id =
        ledgerId ?? takeBestCandidate(existing.get(recordKey(item.values, plan.key)), item.values, plan.tiebreak ?? []);
      if (id) {
        this.remember(plan.type, item.doc.Id, id);
        if (plan.action === 'insertMissing') report.kept++;
        else updates.push({ ...item, id });
      } else inserts.push(item);
    }
    if (byLedger.size > 0) report.notes.push(`${byLedger.size} matched through the seed ledger`);
    const dropped = new Set<string>();
    if (this.options.dryRun) {
      report.updated = updates.length;
      report.inserted = inserts.length;
      for (const item of inserts) this.idMap.set(`dry:${item.doc.Id}`, `dry:${item.doc.Id}`);
      report.notes.push('dry run: nothing written');
      return;
    }
    const write = async (
      items: typeof ready,
      operation: 'insert' | 'update',
      ids?: string[]
    ): Promise<WriteResult[]> => {
      const payloads = items.map((item, i) => {
        const p = this.payload(plan, item.values, fields, operation, dropped);
        return operation === 'update' ? { Id: ids![i], ...p } : p;
      });
      try {
        return await writeRecords(
          this.session,
          this.api(plan.type),
          operation,
          payloads,
          this.writeOptions(`${plan.type} records`)
        );
      } catch (error) {
        // A request that failed as a whole (after retries): every record in it is reported, then the run stops.
        const explained = explainOrgError(error, { org: this.session.label, action: `writing ${plan.type}` });
        for (const item of items) this.fail(report, item.doc, [`${explained.code}: ${explained.message}`]);
        throw new OrgScriptError(
          explained.code,
          `${explained.message} (${items.length} ${plan.type} records not written; re-run to finish: matching records are updated, not duplicated)`
        );
      }
    };
    const updateResults = await write(
      updates,
      'update',
      updates.map((u) => u.id)
    );
    updateResults.forEach((r) => {
      if (r.ok) report.updated++;
      else this.fail(report, updates[r.index].doc, r.errors);
    });
    // New opportunities start in the state of their first history row and replay the rest as updates, so the
    // org computes PushCount (and writes OpportunityHistory) from the same close-date moves as the demo.
    const histories = plan.type === 'Opportunity' && this.options.replayHistory !== false ? this.histories() : null;
    const startState = inserts.map((item) => {
      const rows = histories?.get(item.doc.Id);
      return rows && rows.length > 1 ? { ...item, values: { ...item.values, ...historyState(rows[0]) } } : item;
    });
    const insertResults = await write(startState, 'insert');
    const replay: { doc: DocRecord; id: string; rows: DocRecord[] }[] = [];
    insertResults.forEach((r) => {
      const item = inserts[r.index];
      if (r.ok && r.id) {
        report.inserted++;
        this.remember(plan.type, item.doc.Id, r.id);
        const rows = histories?.get(item.doc.Id);
        if (rows && rows.length > 1) replay.push({ doc: item.doc, id: r.id, rows });
      } else this.fail(report, item.doc, r.errors);
    });
    if (replay.length > 0) await this.replayHistory(report, replay, fields);
    if (dropped.size > 0)
      report.notes.push(`fields the org does not have, left out: ${[...dropped].sort().join(', ')}`);
    if (plan.deferred?.length) {
      // insertMissing types leave matched records alone, their self references included.
      const touched = plan.action === 'insertMissing' ? new Set(inserts.map((i) => i.doc.Id)) : null;
      await this.writeDeferred(plan, report, fields, touched);
    }
  }

  private async checkCorporateCurrency(): Promise<void> {
    const want = this.records('CurrencyType').find((c) => c.IsCorporate === true)?.IsoCode;
    const [corporate] = await queryAll<{ IsoCode: string }>(
      this.session,
      'SELECT IsoCode FROM CurrencyType WHERE IsCorporate = true',
      { label: 'the corporate currency', progress: false }
    );
    if (want && corporate && corporate.IsoCode !== want) {
      this.report.warnings.push(
        `The demo data's corporate currency is ${String(want)}, this org's is ${corporate.IsoCode}: conversion rates are relative to ${corporate.IsoCode} here, so converted totals differ from the demo.`
      );
    }
  }

  /** OpportunityHistory rows of the document by opportunity, oldest first. */
  private histories(): Map<string, DocRecord[]> {
    const byOpp = new Map<string, DocRecord[]>();
    for (const row of this.records('OpportunityHistory')) {
      const id = String(row.OpportunityId);
      byOpp.set(id, [...(byOpp.get(id) ?? []), row]);
    }
    for (const rows of byOpp.values()) rows.sort((a, b) => String(a.CreatedDate).localeCompare(String(b.CreatedDate)));
    return byOpp;
  }

  /**
   * Applies history rows 2…n as updates, one round per step (round k updates every deal that has a k-th
   * change), then the document's current values. A deal whose replay fails keeps its last good state and is
   * reported; the deal itself stays seeded.
   */
  private async replayHistory(
    report: TypeReport,
    replay: { doc: DocRecord; id: string; rows: DocRecord[] }[],
    fields: Map<string, FieldInfo>
  ): Promise<void> {
    const failed = new Set<string>();
    const steps = Math.max(...replay.map((r) => r.rows.length));
    const writable = (patch: Record<string, unknown>): WritableRecord =>
      Object.fromEntries(Object.entries(patch).filter(([k]) => fields.get(k)?.updateable)) as WritableRecord;
    for (let step = 1; step <= steps; step++) {
      const batch = replay.filter((r) => !failed.has(r.id) && step <= r.rows.length);
      const patches = batch.map((r) => {
        const state = step < r.rows.length ? historyState(r.rows[step]) : pick(r.doc, HISTORY_FIELDS);
        return { Id: r.id, ...writable(state) };
      });
      const results = await writeRecords(
        this.session,
        'Opportunity',
        'update',
        patches,
        this.writeOptions(`opportunity history, step ${step}`)
      );
      for (const res of results) {
        if (res.ok) continue;
        failed.add(batch[res.index].id);
        this.fail(
          report,
          batch[res.index].doc,
          res.errors.map((e) => `history replay step ${step}: ${e}`)
        );
      }
    }
    report.notes.push(
      `history replayed for ${replay.length - failed.size} new deal(s) in ${steps} step(s): the org computed PushCount and wrote OpportunityHistory (dated today)`
    );
  }

  /** Second pass for self references (User.ManagerId): every row of the type has an org id now. */
  private async writeDeferred(
    plan: TypePlan,
    report: TypeReport,
    fields: Map<string, FieldInfo>,
    only: Set<string> | null
  ): Promise<void> {
    const updates: WritableRecord[] = [];
    const docs: DocRecord[] = [];
    for (const doc of this.records(plan.type)) {
      const id = this.idMap.get(doc.Id);
      if (!id || (only && !only.has(doc.Id))) continue;
      const patch: WritableRecord = { Id: id };
      for (const field of plan.deferred ?? []) {
        const target = doc[field];
        if (target === null || target === undefined || !fields.get(this.api(field))?.updateable) continue;
        const orgTarget = this.idMap.get(String(target));
        if (orgTarget) patch[this.api(field)] = orgTarget;
        else report.notes.push(`${labelOf(doc)}: ${field} left empty (${String(target)} was not seeded)`);
      }
      if (Object.keys(patch).length > 1) {
        updates.push(patch);
        docs.push(doc);
      }
    }
    const results = await writeRecords(
      this.session,
      this.api(plan.type),
      'update',
      updates,
      this.writeOptions(`${plan.type} ${plan.deferred?.join(', ')}`)
    );
    for (const r of results)
      if (!r.ok)
        this.fail(
          report,
          docs[r.index],
          r.errors.map((e) => `${plan.deferred?.join(', ')}: ${e}`)
        );
  }

  /** Users the document marks inactive are deactivated last: records could not be given to them otherwise. */
  private async deactivateUsers(): Promise<void> {
    if (this.options.dryRun) return;
    const inactive = this.records('User').filter((u) => u.IsActive === false && this.idMap.has(u.Id));
    if (inactive.length === 0) return;
    const results = await writeRecords(
      this.session,
      'User',
      'update',
      inactive.map((u) => ({ Id: this.idMap.get(u.Id)!, IsActive: false })),
      this.writeOptions('inactive users')
    );
    const report = this.report.types.find((t) => t.type === 'User');
    for (const r of results) {
      if (!r.ok && report)
        this.fail(
          report,
          inactive[r.index],
          r.errors.map((e) => `deactivating: ${e}`)
        );
    }
    report?.notes.push(
      `${results.filter((r) => r.ok).length} former users deactivated after their records were written`
    );
  }
}

/** Seeds `doc` into the session's org and returns the report (see SeedReport). */
export function seedOrg(session: OrgSession, doc: SeedDocument, options: SeedOptions = {}): Promise<SeedReport> {
  return new Seeder(session, doc, options).run();
}

/** The report as a person reads it: one line per type, then every failure, then warnings. */
export function formatSeedReport(report: SeedReport, maxFailures = 50): string {
  const lines: string[] = [];
  lines.push(`Seed report for ${report.org} (${report.orgId})${report.dryRun ? ' — dry run, nothing written' : ''}`);
  if (report.scaledDown) lines.push(report.scaledDown);
  lines.push('');
  lines.push(
    `${'type'.padEnd(26)}${'records'.padStart(8)}${'inserted'.padStart(10)}${'updated'.padStart(9)}${'kept'.padStart(6)}${'failed'.padStart(8)}`
  );
  for (const t of report.types) {
    lines.push(
      `${t.type.padEnd(26)}${String(t.total).padStart(8)}${String(t.inserted).padStart(10)}${String(t.updated).padStart(9)}${String(t.kept).padStart(6)}${String(t.failed).padStart(8)}`
    );
    for (const n of t.notes.filter(Boolean)) lines.push(`    ${n}`);
  }
  if (report.failures.length > 0) {
    lines.push('');
    lines.push(`${report.failures.length} record(s) not seeded:`);
    for (const f of report.failures.slice(0, maxFailures)) {
      lines.push(`  ${f.type} ${f.demoId} "${f.label}": ${f.errors.join('; ')}`);
    }
    if (report.failures.length > maxFailures)
      lines.push(`  … and ${report.failures.length - maxFailures} more (see --report file)`);
  }
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n');
}
