/**
 * Record mappers: API-shaped records (REST/SOQL rows, the demo org, flattened GraphQL UI API nodes) → the engine's
 * model (`c/coachingModel`). Pure functions, no platform imports.
 *
 * - Missing fields (not queried, or hidden by field-level security, which GraphQL optional fields return as
 *   absent keys) map to null, never throw. Model fields that cannot be null fall back to the object's declared
 *   default (Session status 'Planned', Action item status 'Open', Active true, Duration 60) or to '' / false / 0.
 * - Namespaced API names (`<namespace>__Rep__c`, as a managed-package org returns them) are read transparently.
 * - A record without an Id is not a record: its mapper returns null and `datasetFromRecords` drops it.
 */
import {
  AGENDA_SECTION_KEYS,
  type AgendaSectionKey,
  type Account,
  type ActionItem,
  type ActionItemStatus,
  type Cadence,
  type CoachingDataset,
  type CoachingSettings,
  type CurrencyRate,
  type CurrencySettings,
  type DealReview,
  type Feedback,
  type FiscalCalendar,
  type FiscalPeriod,
  type ForecastCategory,
  type Opportunity,
  type Quota,
  type ReviewType,
  type Session,
  type SessionStatus,
  type User,
  type Weekday
} from 'c/coachingModel';

/** A record as the REST API, SOQL or a flattened GraphQL node returns it: API field name → value. */
export type ApiRecord = Record<string, unknown>;

/** A namespace prefix: 1–15 letters and digits, starting with a letter, then `__`. */
const NAMESPACED = /^[A-Za-z][A-Za-z0-9]{0,14}__/;
const CUSTOM_NAME = /__(c|r|mdt)$/;

/**
 * The value of `apiName` (written without a namespace) in `record`, whether the org returns it plain or
 * namespaced (`<namespace>__Rep__c`). Absent → undefined.
 */
export function fieldValue(record: ApiRecord, apiName: string): unknown {
  const direct = record[apiName];
  if (direct !== undefined || !CUSTOM_NAME.test(apiName)) return direct;
  for (const key of Object.keys(record)) {
    if (key.length > apiName.length + 2 && key.endsWith(`__${apiName}`) && NAMESPACED.test(key)) {
      const prefix = key.slice(0, key.length - apiName.length);
      if (NAMESPACED.exec(prefix)?.[0] === prefix) return record[key];
    }
  }
  return undefined;
}

/** `<namespace>__Coaching_Session__c` → `Coaching_Session__c`; standard and un-prefixed names are unchanged. */
export function withoutNamespace(apiName: string): string {
  if (!CUSTOM_NAME.test(apiName)) return apiName;
  const match = NAMESPACED.exec(apiName);
  if (!match) return apiName;
  const rest = apiName.slice(match[0].length);
  // `Rep__c` also starts like a prefix ("Rep__"): only strip when what is left is itself a custom name.
  return CUSTOM_NAME.test(rest) ? rest : apiName;
}

// ---------------------------------------------------------------- value readers

const textOf = (record: ApiRecord, apiName: string): string | null => {
  const value = fieldValue(record, apiName);
  return typeof value === 'string' && value !== '' ? value : null;
};

const numberOf = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
};

const num = (record: ApiRecord, apiName: string): number | null => numberOf(fieldValue(record, apiName));

const flag = (record: ApiRecord, apiName: string, fallback: boolean): boolean => {
  const value = fieldValue(record, apiName);
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
};

const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The number written by `length` ASCII digits at `from`, or -1. Reading char codes keeps big imports fast. */
function digits(text: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** 'YYYY-MM-DD' at the start of `text` is a real calendar date. */
function isRealDate(text: string): boolean {
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0);
}

/** A calendar date 'YYYY-MM-DD' (a datetime keeps its date part); anything else → null. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string' || !isRealDate(value)) return null;
  if (value.length === 10) return value;
  return value.charCodeAt(10) === 84 ? value.slice(0, 10) : null;
}

/** Already 'YYYY-MM-DDTHH:mm:ss.SSSZ' with a real date and time: the common case, checked without parsing. */
function isCanonicalInstant(text: string): boolean {
  return (
    text.length === 24 &&
    text.charCodeAt(10) === 84 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58 &&
    text.charCodeAt(19) === 46 &&
    text.charCodeAt(23) === 90 &&
    isRealDate(text) &&
    digits(text, 11, 2) >= 0 &&
    digits(text, 11, 2) < 24 &&
    digits(text, 14, 2) >= 0 &&
    digits(text, 14, 2) < 60 &&
    digits(text, 17, 2) >= 0 &&
    digits(text, 17, 2) < 60 &&
    digits(text, 20, 3) >= 0
  );
}

/**
 * An instant as ISO UTC with milliseconds ('2026-11-24T06:00:00.000Z'). Accepts the REST API's '+0000' form,
 * other offsets and a missing zone (read as UTC). Anything else → null.
 */
export function toIsoDateTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (isCanonicalInstant(value)) return value;
  const match = DATETIME.exec(value);
  if (!match) return null;
  const [, date, hh, mm, ss = '00', fraction = '', zone = 'Z'] = match;
  if (!isRealDate(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const millis = fraction ? fraction.padEnd(4, '0') : '.000';
  const ms = Date.parse(`${date}T${hh}:${mm}:${ss}${millis}${offset}`);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** A Time field ('09:30:00.000Z' from REST and GraphQL, or milliseconds after midnight) → 'HH:mm'. */
export function toLocalTime(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 86_400_000) {
    const minutes = Math.floor(value / 60_000);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  if (typeof value !== 'string') return null;
  const match = /^([01]\d|2[0-3]):([0-5]\d)/.exec(value);
  return match ? `${match[1]}:${match[2]}` : null;
}

const date = (record: ApiRecord, apiName: string): string | null => toIsoDate(fieldValue(record, apiName));
const dateTime = (record: ApiRecord, apiName: string): string | null => toIsoDateTime(fieldValue(record, apiName));

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

const FORECAST_CATEGORIES: readonly ForecastCategory[] = ['Pipeline', 'Best Case', 'Commit', 'Closed', 'Omitted'];
/** OpportunityHistory and the `ForecastCategory` field use API values; ForecastCategoryName uses labels. */
const FORECAST_VALUE_LABELS: Readonly<Record<string, ForecastCategory>> = {
  BestCase: 'Best Case',
  Forecast: 'Commit',
  MostLikely: 'Best Case'
};
const WEEKDAYS: readonly Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SESSION_STATUSES: readonly SessionStatus[] = ['Planned', 'Held', 'Rescheduled', 'Skipped'];
const ACTION_STATUSES: readonly ActionItemStatus[] = ['Open', 'In Progress', 'Done', 'Cancelled'];
const REVIEW_TYPES: readonly ReviewType[] = ['Lost', 'Disengaged'];

function forecastCategory(record: ApiRecord): ForecastCategory | null {
  const label = fieldValue(record, 'ForecastCategoryName');
  const value = fieldValue(record, 'ForecastCategory');
  return (
    oneOf(label, FORECAST_CATEGORIES) ??
    oneOf(value, FORECAST_CATEGORIES) ??
    (typeof value === 'string' ? (FORECAST_VALUE_LABELS[value] ?? null) : null)
  );
}

/** A multi-select picklist ('A;B') → the agenda section keys it names, in agenda order. */
function sections(value: unknown): AgendaSectionKey[] {
  if (Array.isArray(value)) return AGENDA_SECTION_KEYS.filter((k) => value.includes(k));
  if (typeof value !== 'string') return [];
  const picked = new Set(value.split(';').map((s) => s.trim()));
  return AGENDA_SECTION_KEYS.filter((k) => picked.has(k));
}

function idOf(record: ApiRecord | null | undefined): string | null {
  return record && typeof record.Id === 'string' && record.Id !== '' ? record.Id : null;
}

// ---------------------------------------------------------------- record mappers

export function toOpportunity(record: ApiRecord): Opportunity | null {
  const id = idOf(record);
  if (!id) return null;
  return {
    id,
    name: textOf(record, 'Name') ?? '',
    accountId: textOf(record, 'AccountId'),
    ownerId: textOf(record, 'OwnerId') ?? '',
    amount: num(record, 'Amount'),
    currencyIsoCode: textOf(record, 'CurrencyIsoCode'),
    stageName: textOf(record, 'StageName') ?? '',
    forecastCategory: forecastCategory(record),
    closeDate: date(record, 'CloseDate'),
    createdDate: dateTime(record, 'CreatedDate') ?? '',
    lastStageChangeDate: dateTime(record, 'LastStageChangeDate'),
    lastActivityDate: date(record, 'LastActivityDate'),
    pushCount: num(record, 'PushCount'),
    isClosed: flag(record, 'IsClosed', false),
    isWon: flag(record, 'IsWon', false),
    probability: num(record, 'Probability'),
    hasOverdueTask: flag(record, 'HasOverdueTask', false),
    nextStep: textOf(record, 'NextStep'),
    // Exit criteria name Opportunity fields by API name: the record itself is that map (no copy).
    fields: record
  };
}

export function toUser(record: ApiRecord): User | null {
  const id = idOf(record);
  if (!id) return null;
  const first = textOf(record, 'FirstName');
  const last = textOf(record, 'LastName');
  return {
    id,
    name: textOf(record, 'Name') ?? ([first, last].filter(Boolean).join(' ') || (textOf(record, 'Username') ?? '')),
    managerId: textOf(record, 'ManagerId'),
    isActive: flag(record, 'IsActive', true),
    title: textOf(record, 'Title'),
    userRoleId: textOf(record, 'UserRoleId'),
    timeZoneSidKey: textOf(record, 'TimeZoneSidKey'),
    defaultCurrencyIsoCode: textOf(record, 'DefaultCurrencyIsoCode')
  };
}

export function toAccount(record: ApiRecord): Account | null {
  const id = idOf(record);
  if (!id) return null;
  return {
    id,
    name: textOf(record, 'Name') ?? '',
    ownerId: textOf(record, 'OwnerId') ?? '',
    lastActivityDate: date(record, 'LastActivityDate')
  };
}

export function toCadence(record: ApiRecord): Cadence | null {
  const id = idOf(record);
  if (!id) return null;
  return {
    id,
    managerId: textOf(record, 'Manager__c') ?? '',
    repId: textOf(record, 'Rep__c') ?? '',
    dayOfWeek: oneOf(fieldValue(record, 'Day_Of_Week__c'), WEEKDAYS) ?? 'Monday',
    localStartTime: toLocalTime(fieldValue(record, 'Local_Start_Time__c')) ?? '09:00',
    durationMinutes: num(record, 'Duration_Minutes__c') ?? 60,
    timeZone: textOf(record, 'Time_Zone__c') ?? '',
    active: flag(record, 'Active__c', true),
    createdDate: dateTime(record, 'CreatedDate')
  };
}

export function toSession(record: ApiRecord): Session | null {
  const id = idOf(record);
  if (!id) return null;
  return {
    id,
    cadenceId: textOf(record, 'Cadence__c'),
    managerId: textOf(record, 'Manager__c') ?? '',
    repId: textOf(record, 'Rep__c') ?? '',
    scheduledStart: dateTime(record, 'Scheduled_Start__c') ?? '',
    actualStart: dateTime(record, 'Actual_Start__c'),
    status: oneOf(fieldValue(record, 'Status__c'), SESSION_STATUSES) ?? 'Planned',
    notes: textOf(record, 'Notes__c'),
    sectionsReviewed: sections(fieldValue(record, 'Sections_Reviewed__c')),
    commitCurrentQuarter: num(record, 'Commit_Current_Quarter__c'),
    bestCaseCurrentQuarter: num(record, 'Best_Case_Current_Quarter__c'),
    commitNextQuarter: num(record, 'Commit_Next_Quarter__c'),
    bestCaseNextQuarter: num(record, 'Best_Case_Next_Quarter__c'),
    forecastPeriodStart: date(record, 'Forecast_Period_Start__c'),
    forecastPeriodEnd: date(record, 'Forecast_Period_End__c'),
    currencyIsoCode: textOf(record, 'CurrencyIsoCode'),
    snapshotJson: textOf(record, 'Snapshot__c'),
    snapshotVersion: num(record, 'Snapshot_Version__c'),
    agendaOpenedAt: dateTime(record, 'Agenda_Opened_At__c'),
    healthScore: num(record, 'Health_Score__c'),
    coverageCurrentQuarter: num(record, 'Coverage_Current_Quarter__c'),
    mainGap: textOf(record, 'Main_Gap__c')
  };
}

export function toActionItem(record: ApiRecord): ActionItem | null {
  const id = idOf(record);
  if (!id) return null;
  return {
    id,
    subject: textOf(record, 'Name') ?? '',
    sessionId: textOf(record, 'Session__c'),
    managerId: textOf(record, 'Manager__c'),
    repId: textOf(record, 'Rep__c'),
    assigneeId: textOf(record, 'Assignee__c') ?? '',
    dueDate: date(record, 'Due_Date__c'),
    status: oneOf(fieldValue(record, 'Status__c'), ACTION_STATUSES) ?? 'Open',
    completedDate: date(record, 'Completed_Date__c'),
    opportunityId: textOf(record, 'Opportunity__c'),
    accountId: textOf(record, 'Account__c'),
    createdDate: dateTime(record, 'CreatedDate') ?? '',
    baselineStageName: textOf(record, 'Baseline_Stage__c'),
    baselineCloseDate: date(record, 'Baseline_Close_Date__c'),
    baselineAmount: num(record, 'Baseline_Amount__c'),
    baselineActivityDate: date(record, 'Baseline_Activity_Date__c')
  };
}

export function toDealReview(record: ApiRecord): DealReview | null {
  const id = idOf(record);
  if (!id) return null;
  return {
    id,
    opportunityId: textOf(record, 'Opportunity__c') ?? '',
    reviewType: oneOf(fieldValue(record, 'Review_Type__c'), REVIEW_TYPES) ?? 'Lost',
    rootCause: textOf(record, 'Root_Cause__c'),
    notes: textOf(record, 'Notes__c'),
    reviewedById: textOf(record, 'Reviewed_By__c'),
    reviewedOn: date(record, 'Reviewed_On__c')
  };
}

export function toFeedback(record: ApiRecord): Feedback | null {
  const id = idOf(record);
  if (!id) return null;
  return {
    id,
    sessionId: textOf(record, 'Session__c') ?? '',
    repId: textOf(record, 'Rep__c') ?? '',
    managerId: textOf(record, 'Manager__c') ?? '',
    preparation: num(record, 'Preparation_Rating__c'),
    pipelineInsight: num(record, 'Pipeline_Insight_Rating__c'),
    skillDevelopment: num(record, 'Skill_Development_Rating__c'),
    actionClarity: num(record, 'Action_Clarity_Rating__c'),
    repAgenda: num(record, 'Rep_Agenda_Rating__c'),
    overallValue: num(record, 'Overall_Value__c'),
    improvement: textOf(record, 'Improvement__c'),
    createdDate: dateTime(record, 'CreatedDate') ?? ''
  };
}

export function toQuota(record: ApiRecord): Quota | null {
  const id = idOf(record);
  if (!id) return null;
  return {
    id,
    userId: textOf(record, 'User__c') ?? '',
    periodStart: date(record, 'Period_Start__c') ?? '',
    periodEnd: date(record, 'Period_End__c') ?? '',
    amount: num(record, 'Amount__c') ?? 0,
    currencyIsoCode: textOf(record, 'CurrencyIsoCode')
  };
}

/** The calendar year of a fiscal year's name ('2027', 'FY2027'), else null. */
const yearOfName = (name: string | null): number | null => {
  const match = name ? /(\d{4})/.exec(name) : null;
  return match ? Number(match[1]) : null;
};

/**
 * The org's fiscal calendar from Organization (FiscalYearStartMonth, UsesStartDateAsFiscalYearName), else from
 * FiscalYearSettings rows; custom fiscal years (IsStandardYear false) contribute their Quarter periods.
 * Nothing → the calendar year (start month 1).
 */
export function toFiscalCalendar(
  fiscalYearSettings: readonly ApiRecord[] = [],
  periods: readonly ApiRecord[] = [],
  organization: ApiRecord | null = null
): FiscalCalendar {
  const standard = fiscalYearSettings.find((y) => flag(y, 'IsStandardYear', true) && date(y, 'StartDate'));
  const standardStart = standard ? date(standard, 'StartDate') : null;
  const orgMonth = organization ? num(organization, 'FiscalYearStartMonth') : null;
  const startMonth =
    orgMonth !== null && Number.isInteger(orgMonth) && orgMonth >= 1 && orgMonth <= 12
      ? orgMonth
      : standardStart
        ? Number(standardStart.slice(5, 7))
        : 1;
  const orgNaming = organization ? fieldValue(organization, 'UsesStartDateAsFiscalYearName') : undefined;
  const nameByStartYear =
    typeof orgNaming === 'boolean'
      ? orgNaming
      : standard && standardStart
        ? yearOfName(textOf(standard, 'Name')) === Number(standardStart.slice(0, 4)) && startMonth !== 1
        : false;

  const customYears = new Map<string, number | null>();
  for (const y of fiscalYearSettings) {
    const id = idOf(y);
    if (id && !flag(y, 'IsStandardYear', true)) customYears.set(id, yearOfName(textOf(y, 'Name')));
  }
  const customQuarters: FiscalPeriod[] = [];
  for (const p of periods) {
    const yearId = textOf(p, 'FiscalYearSettingsId');
    if (!yearId || !customYears.has(yearId) || fieldValue(p, 'Type') !== 'Quarter') continue;
    const startDate = date(p, 'StartDate');
    const endDate = date(p, 'EndDate');
    const number = num(p, 'Number');
    if (!startDate || !endDate || number === null) continue;
    const fiscalYear = customYears.get(yearId) ?? Number(endDate.slice(0, 4));
    customQuarters.push({
      type: 'Quarter',
      startDate,
      endDate,
      label: `FY${fiscalYear} Q${number}`,
      fiscalYear,
      number
    });
  }
  customQuarters.sort((a, b) => a.startDate.localeCompare(b.startDate));
  return { startMonth, nameByStartYear, customQuarters };
}

/**
 * Currencies from CurrencyType (static rates) and DatedConversionRate (advanced currency management). No
 * CurrencyType rows = a single-currency org in `fallbackCorporate`. Rows without a positive rate are skipped.
 */
export function toCurrencySettings(
  currencyTypes: readonly ApiRecord[] = [],
  datedRates: readonly ApiRecord[] = [],
  fallbackCorporate = 'USD'
): CurrencySettings {
  const rates: CurrencyRate[] = [];
  let corporate: string | null = null;
  for (const c of currencyTypes) {
    const isoCode = textOf(c, 'IsoCode');
    const conversionRate = num(c, 'ConversionRate');
    if (!isoCode) continue;
    if (flag(c, 'IsCorporate', false)) corporate = isoCode;
    if (conversionRate !== null && conversionRate > 0)
      rates.push({ isoCode, conversionRate, startDate: null, nextStartDate: null });
  }
  for (const d of datedRates) {
    const isoCode = textOf(d, 'IsoCode');
    const conversionRate = num(d, 'ConversionRate');
    if (!isoCode || conversionRate === null || conversionRate <= 0) continue;
    rates.push({ isoCode, conversionRate, startDate: date(d, 'StartDate'), nextStartDate: date(d, 'NextStartDate') });
  }
  return { corporateCurrency: corporate ?? fallbackCorporate, rates, multiCurrency: currencyTypes.length > 0 };
}

// ---------------------------------------------------------------- GraphQL UI API nodes

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A GraphQL UI API node (`{ Id, Name: { value, displayValue }, Owner: { Name: { value } }, Lines: { edges } }`)
 * → the flat API shape (`{ Id, Name, Owner: { Name }, Lines: { totalSize, done, records } }`), so the same
 * mappers read GraphQL, REST and SOQL. `ApiName` or `__typename` becomes `attributes.type`.
 */
export function flattenUiApiNode(node: unknown): ApiRecord {
  if (!isPlainObject(node)) return {};
  const out: ApiRecord = {};
  const type =
    typeof node.ApiName === 'string' ? node.ApiName : typeof node.__typename === 'string' ? node.__typename : null;
  if (type) out.attributes = { type };
  for (const [key, value] of Object.entries(node)) {
    if (key === '__typename' || key === 'ApiName') continue;
    out[key] = flattenValue(value);
  }
  return out;
}

function flattenValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flattenValue);
  if (!isPlainObject(value)) return value;
  if ('value' in value) return value.value;
  if (Array.isArray(value.edges)) {
    const records = value.edges.map((edge) => flattenUiApiNode(isPlainObject(edge) ? edge.node : null));
    return { totalSize: typeof value.totalCount === 'number' ? value.totalCount : records.length, done: true, records };
  }
  return flattenUiApiNode(value);
}

// ---------------------------------------------------------------- the whole dataset

/** Maps a list, dropping what is not a record. */
export function mapRecords<T>(
  records: readonly ApiRecord[] | null | undefined,
  mapper: (r: ApiRecord) => T | null
): T[] {
  const out: T[] = [];
  for (const record of records ?? []) {
    const mapped = mapper(record);
    if (mapped !== null) out.push(mapped);
  }
  return out;
}

/** Records by sObject API name, as in the demo-org document; custom object names may carry the namespace. */
export type RecordsByType = Readonly<Record<string, readonly ApiRecord[] | undefined>>;

export interface DatasetOptions {
  /** The corporate currency of a single-currency org (no CurrencyType rows). Default 'USD'. */
  corporateCurrency?: string;
}

/** Everything the engine needs, from API-shaped records of every type. Unknown types are ignored. */
export function datasetFromRecords(
  records: RecordsByType,
  settings: CoachingSettings,
  options: DatasetOptions = {}
): CoachingDataset {
  const byType = new Map<string, readonly ApiRecord[]>();
  for (const [key, list] of Object.entries(records)) if (list) byType.set(withoutNamespace(key), list);
  const of = (type: string): readonly ApiRecord[] => byType.get(type) ?? [];
  return {
    users: mapRecords(of('User'), toUser),
    accounts: mapRecords(of('Account'), toAccount),
    opportunities: mapRecords(of('Opportunity'), toOpportunity),
    cadences: mapRecords(of('Coaching_Cadence__c'), toCadence),
    sessions: mapRecords(of('Coaching_Session__c'), toSession),
    actionItems: mapRecords(of('Action_Item__c'), toActionItem),
    reviews: mapRecords(of('Deal_Review__c'), toDealReview),
    feedback: mapRecords(of('Coaching_Feedback__c'), toFeedback),
    quotas: mapRecords(of('Sales_Quota__c'), toQuota),
    fiscal: toFiscalCalendar(of('FiscalYearSettings'), of('Period'), of('Organization')[0] ?? null),
    currency: toCurrencySettings(of('CurrencyType'), of('DatedConversionRate'), options.corporateCurrency),
    settings
  };
}
