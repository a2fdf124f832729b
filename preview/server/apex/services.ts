/**
 * The package's Apex read services, implemented over the demo org with the DTOs `docs/apex.md` documents (the
 * `*Dto` types in `c/coachingApi`): settings from the custom metadata records in force-app, fiscal quarters from
 * `Period`, quotas, opportunity history pages, and the k-anonymous feedback summaries.
 * Each respects what the Apex class does for the running user: `with sharing` reads go through the viewer's
 * sharing; the manager's own feedback summary reads in system mode but returns only k-anonymous aggregates.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { DEFAULT_SETTINGS } from 'c/coachingSettings';
import type {
  SettingsDto,
  ThresholdsDto,
  DiagnosisTuningDto,
  QuartersDto,
  QuotaResultDto,
  HistoryPageDto,
  FeedbackSummaryDto,
  RatingAveragesDto
} from 'c/coachingApi';
import { walk, packageDirectories } from '../../../scripts/lib/project.ts';
import type { SfRecord } from '../data/store.ts';
import { addDays } from '../graphql/dates.ts';
import { ApexError, type ApexCall, type ApexService } from './registry.ts';

type Xml = Record<string, any>;
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (tag) => tag === 'values' });

/** Custom metadata records of the package: `Type` → developer name → { label, fields }. */
export function readCustomMetadata(
  root: string
): Map<string, Map<string, { label: string; fields: Record<string, string | null> }>> {
  const types = new Map<string, Map<string, { label: string; fields: Record<string, string | null> }>>();
  for (const pkg of packageDirectories(root))
    for (const file of walk(pkg).filter((f) => f.endsWith('.md-meta.xml'))) {
      const [type, name] = basename(file, '.md-meta.xml').split('.');
      const xml = ((parser.parse(readFileSync(file, 'utf8')) as Xml).CustomMetadata ?? {}) as Xml;
      const fields: Record<string, string | null> = {};
      for (const v of (xml.values ?? []) as Xml[])
        fields[String(v.field)] =
          v.value === undefined || v.value === '' || typeof v.value === 'object' ? null : String(v.value);
      if (!types.has(type)) types.set(type, new Map());
      types.get(type)!.set(name, { label: String(xml.label ?? name), fields });
    }
  return types;
}

const num = (v: string | null | undefined, fallback: number): number =>
  v === null || v === undefined || v === '' ? fallback : Number(v);
const bool = (v: string | null | undefined): boolean => v === 'true';

const K_ANONYMITY_FLOOR = 3;

export function settingsDto(root: string): SettingsDto {
  const cmdt = readCustomMetadata(root);
  const defaulted: string[] = [];
  const record = cmdt.get('Coaching_Setting')?.get('Default')?.fields;
  if (!record) defaulted.push('thresholds');
  // Coaching_Setting__mdt fields; a blank value takes the engine's default (the Apex defaults equal it).
  const value = (field: string, key: keyof typeof DEFAULT_SETTINGS): number =>
    num(record?.[field], DEFAULT_SETTINGS[key] as number);
  const thresholds: ThresholdsDto = {
    defaultRequiredCoverage: value('Default_Required_Coverage__c', 'defaultRequiredCoverage'),
    staleDaysMultiplier: value('Stale_Days_Multiplier__c', 'staleDaysMultiplier'),
    existingWindowMonths: value('Existing_Window_Months__c', 'existingWindowMonths'),
    dormantWindowMonths: value('Dormant_Window_Months__c', 'dormantWindowMonths'),
    disengagedDays: value('Disengaged_Days__c', 'disengagedDays'),
    lostReviewWindowDays: value('Lost_Review_Window_Days__c', 'lostReviewWindowDays'),
    inactivityDays: value('Inactivity_Days__c', 'inactivityDays'),
    pushCountRisk: value('Push_Count_Risk__c', 'pushCountRisk'),
    // The privacy floor holds whatever the setting says.
    kAnonymityMinimum: Math.max(K_ANONYMITY_FLOOR, value('K_Anonymity_Minimum__c', 'kAnonymityMinimum')),
    adherenceToleranceHours: value('Adherence_Tolerance_Hours__c', 'adherenceToleranceHours'),
    minClosedDealsForWinRate: value('Min_Closed_Deals__c', 'minClosedDealsForWinRate')
  };
  const tuning: DiagnosisTuningDto = {
    lateStageProbability: value('Late_Stage_Probability__c', 'lateStageProbability'),
    pipelineCreationWeeks: value('Pipeline_Creation_Weeks__c', 'pipelineCreationWeeks'),
    activityWindowDays: value('Activity_Window_Days__c', 'activityWindowDays'),
    lowHangingFruitShare: value('Low_Hanging_Fruit_Share__c', 'lowHangingFruitShare'),
    belowTeamRatio: value('Below_Team_Ratio__c', 'belowTeamRatio'),
    aboveTeamRatio: value('Above_Team_Ratio__c', 'aboveTeamRatio'),
    slippageShare: value('Slippage_Share__c', 'slippageShare'),
    commitMissShare: value('Commit_Miss_Share__c', 'commitMissShare'),
    hiddenDealShare: value('Hidden_Deal_Share__c', 'hiddenDealShare'),
    disabledGapCodes: (record?.Disabled_Gap_Codes__c ?? '')
      .split(',')
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean)
  };
  const criteria = [...(cmdt.get('Stage_Exit_Criterion')?.values() ?? [])];
  const stageRecords = [...(cmdt.get('Stage_Setting')?.values() ?? [])];
  if (stageRecords.length === 0) defaulted.push('stages');
  const stages = stageRecords.length
    ? stageRecords
        .map((s) => ({
          stageName: String(s.fields.Stage_Name__c),
          sortOrder: num(s.fields.Sort_Order__c, 0),
          maxDaysInStage: s.fields.Max_Days_In_Stage__c === null ? null : num(s.fields.Max_Days_In_Stage__c, 0),
          exitCriteria: criteria
            .filter((c) => c.fields.Stage_Name__c === s.fields.Stage_Name__c)
            .sort((a, b) => num(a.fields.Sort_Order__c, 0) - num(b.fields.Sort_Order__c, 0))
            .map((c) => ({ criterion: c.fields.Criterion__c, fieldApiName: c.fields.Field_Api_Name__c }))
        }))
        .sort((a, b) => a.sortOrder - b.sortOrder)
    : DEFAULT_SETTINGS.stages.map((s) => ({ ...s, exitCriteria: s.exitCriteria.map((c) => ({ ...c })) }));
  const questions = [...(cmdt.get('Survey_Question')?.values() ?? [])];
  if (questions.length === 0) defaulted.push('surveyQuestions');
  const surveyQuestions = questions.length
    ? questions
        .map((q) => ({
          dimension: q.fields.Dimension__c,
          text: q.fields.Question_Text__c,
          sortOrder: num(q.fields.Sort_Order__c, 0),
          active: bool(q.fields.Active__c)
        }))
        .sort((a, b) => a.sortOrder - b.sortOrder)
    : DEFAULT_SETTINGS.surveyQuestions.map((q) => ({ ...q }));
  const sections = [...(cmdt.get('Agenda_Section')?.values() ?? [])];
  if (sections.length === 0) defaulted.push('agendaSections');
  const agendaSections = sections.length
    ? sections
        .map((s) => ({
          key: s.fields.Section_Key__c,
          label: s.label,
          enabled: bool(s.fields.Enabled__c),
          sortOrder: num(s.fields.Sort_Order__c, 0)
        }))
        .sort((a, b) => a.sortOrder - b.sortOrder)
    : DEFAULT_SETTINGS.agendaSections.map((s) => ({ ...s }));
  return { thresholds, tuning, stages, surveyQuestions, agendaSections, defaultedParts: defaulted, message: null };
}

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const isoDate = (v: unknown, name: string): string | null => {
  if (v === null || v === undefined || v === '') return null;
  const s = String(v).slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new ApexError(400, `${name} is not a date: ${String(v)}.`);
  return s;
};

/** FiscalPeriodService.getQuarters(around, count): the quarter holding `around` sits at (count − 1) / 2. */
export function quartersDto(call: ApexCall, params: Record<string, unknown>): QuartersDto {
  const count = params.count === null || params.count === undefined ? 4 : Number(params.count);
  if (!Number.isInteger(count) || count < 1 || count > 40)
    throw new ApexError(400, 'count must be a whole number from 1 to 40.');
  const around = isoDate(params.around, 'around') ?? call.ctx.env.dates.today;
  const before = Math.floor((count - 1) / 2);
  const store = call.org.store;
  const org = store.all('Organization')[0];
  const startMonth = call.org.fiscal().startMonth;
  const nameByStartYear = org?.UsesStartDateAsFiscalYearName === true;
  const years = store.all('FiscalYearSettings');
  const fiscalYearOf = (start: string, end: string): number => {
    const fy = years.find((y) => String(y.StartDate) <= start && start <= String(y.EndDate));
    const named = fy ? Number(fy.Name) : NaN;
    if (Number.isInteger(named)) return named;
    return Number((nameByStartYear ? start : end).slice(0, 4));
  };
  const periods = store
    .all('Period')
    .filter((p) => p.Type === 'Quarter')
    .map((p) => ({ start: String(p.StartDate), end: String(p.EndDate), number: Number(p.Number) }))
    .sort((a, b) => a.start.localeCompare(b.start));
  const index = periods.findIndex((p) => p.start <= around && around <= p.end);
  if (index >= 0 && index - before >= 0 && index - before + count <= periods.length) {
    const quarters = periods.slice(index - before, index - before + count).map((p) => {
      const fiscalYear = fiscalYearOf(p.start, p.end);
      return {
        startDate: p.start,
        endDate: p.end,
        label: `FY${fiscalYear} Q${p.number}`,
        fiscalYear,
        quarterNumber: p.number
      };
    });
    return { source: 'Period', message: null, startMonth, nameByStartYear, quarters };
  }
  // Fallback: standard quarters from the start month.
  const [y, m] = around.split('-').map(Number);
  const monthsIn = (m - startMonth + 12) % 12;
  const currentStart = new Date(Date.UTC(y, m - 1 - (monthsIn % 3), 1));
  const quarters = Array.from({ length: count }, (_, i) => {
    const s = new Date(Date.UTC(currentStart.getUTCFullYear(), currentStart.getUTCMonth() + (i - before) * 3, 1));
    const e = new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 3, 0));
    const startIso = s.toISOString().slice(0, 10);
    const fyStartYear = s.getUTCMonth() + 1 >= startMonth ? s.getUTCFullYear() : s.getUTCFullYear() - 1;
    const fiscalYear = nameByStartYear || startMonth === 1 ? fyStartYear : fyStartYear + 1;
    const quarterNumber = Math.floor(((s.getUTCMonth() + 1 - startMonth + 12) % 12) / 3) + 1;
    return {
      startDate: startIso,
      endDate: e.toISOString().slice(0, 10),
      label: `FY${fiscalYear} Q${quarterNumber}`,
      fiscalYear,
      quarterNumber
    };
  });
  return {
    source: years.length || org ? 'FiscalYearSettings' : 'Calendar',
    message: 'Fiscal periods are not defined for the whole range: quarters computed from the fiscal year start month.',
    startMonth,
    nameByStartYear,
    quarters
  };
}

const ids = (v: unknown, name: string, max: number): string[] => {
  if (!Array.isArray(v)) throw new ApexError(400, `${name} must be a list of ids.`);
  if (v.length > max) throw new ApexError(400, `${name} takes at most ${max} ids.`);
  return v.map(String);
};
const key15 = (id: string): string => id.slice(0, 15);

/** QuotaService.getQuotas(userIds, startDate, endDate): quotas overlapping the window the user may read. */
export function quotasDto(call: ApexCall, params: Record<string, unknown>): QuotaResultDto {
  const users = new Set(ids(params.userIds, 'userIds', 2000).map(key15));
  const start = isoDate(params.startDate, 'startDate');
  const end = isoDate(params.endDate, 'endDate');
  if (!start || !end) throw new ApexError(400, 'startDate and endDate are required.');
  const base = { truncated: false, forecastingAvailable: false };
  if (!call.sec.access.object('Sales_Quota__c').read)
    return { ...base, quotas: [], readable: false, message: 'You do not have access to Sales Quotas.' };
  const money = call.ctx.money;
  const rows = call.sec
    .visible('Sales_Quota__c')
    .filter(
      (q) => users.has(key15(String(q.User__c))) && String(q.Period_Start__c) <= end && String(q.Period_End__c) >= start
    )
    .sort(
      (a, b) =>
        String(a.User__c).localeCompare(String(b.User__c)) ||
        String(a.Period_Start__c).localeCompare(String(b.Period_Start__c))
    );
  return {
    ...base,
    truncated: rows.length > 10000,
    readable: true,
    message: null,
    quotas: rows.slice(0, 10000).map((q) => ({
      id: q.Id,
      userId: String(q.User__c),
      periodStart: String(q.Period_Start__c),
      periodEnd: String(q.Period_End__c),
      amount: q.Amount__c === null || q.Amount__c === undefined ? null : Number(q.Amount__c),
      currencyIsoCode: money.multiCurrency ? str(q.CurrencyIsoCode) : null,
      source: str(q.Source__c)
    }))
  };
}

/** OpportunityHistoryService.getHistory(ownerIds, since, pageSize, cursor): keyset pages, oldest first. */
export function historyDto(call: ApexCall, params: Record<string, unknown>): HistoryPageDto {
  const owners = new Set(ids(params.ownerIds, 'ownerIds', 500).map(key15));
  const pageSize = Math.min(
    2000,
    Math.max(1, params.pageSize === null || params.pageSize === undefined ? 1000 : Number(params.pageSize))
  );
  const since = params.since ? Date.parse(String(params.since)) : Number.NEGATIVE_INFINITY;
  let after: { ms: number; id: string } | null = null;
  if (params.cursor) {
    const m = /^(\d+)_([A-Za-z0-9]{15,18})$/.exec(String(params.cursor));
    if (!m) throw new ApexError(400, 'The cursor is not valid: pass back the nextCursor of the previous page.');
    after = { ms: Number(m[1]), id: m[2] };
  }
  // History follows the opportunity's sharing (with sharing, USER_MODE).
  const opportunities = new Map(call.sec.visible('Opportunity').map((o) => [o.Id, o]));
  const rows = call.org.store
    .all('OpportunityHistory')
    .map((h) => ({ h, opp: opportunities.get(String(h.OpportunityId)), ms: Date.parse(String(h.CreatedDate)) }))
    .filter(
      (r): r is { h: SfRecord; opp: SfRecord; ms: number } =>
        !!r.opp && owners.has(key15(String(r.opp.OwnerId))) && r.ms >= since
    )
    .sort((a, b) => a.ms - b.ms || a.h.Id.localeCompare(b.h.Id))
    .filter((r) => !after || r.ms > after.ms || (r.ms === after.ms && r.h.Id.localeCompare(after.id) > 0));
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  const truncated = rows.length > pageSize;
  return {
    entries: page.map(({ h, opp }) => ({
      id: h.Id,
      opportunityId: String(h.OpportunityId),
      ownerId: String(opp.OwnerId),
      createdDate: new Date(String(h.CreatedDate)).toISOString(),
      stageName: str(h.StageName),
      closeDate: str(h.CloseDate),
      previousCloseDate: str(h.PrevCloseDate),
      amount: h.Amount === null || h.Amount === undefined ? null : Number(h.Amount),
      previousAmount: h.PrevAmount === null || h.PrevAmount === undefined ? null : Number(h.PrevAmount),
      forecastCategory: str(h.ForecastCategory),
      probability: h.Probability === null || h.Probability === undefined ? null : Number(h.Probability)
    })),
    truncated,
    nextCursor: truncated && last ? `${last.ms}_${last.h.Id}` : null,
    pageSize
  };
}

/** Average of one rating over the kept answers, two decimals. */
function average(answers: SfRecord[], field: string): number {
  const values = answers.map((a) => Number(a[field])).filter((v) => Number.isFinite(v));
  return values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100 : 0;
}

/**
 * The k-anonymous summary (docs/apex.md): answers count in the UTC month of their CreatedDate; the window is
 * widened to whole months and cut at the last closed month; a month counts only with at least k answers from at
 * least k distinct reps; the kept months are combined (sums ÷ answers), two decimals.
 */
export function feedbackSummary(
  managerId: string,
  rows: SfRecord[],
  from: string,
  to: string,
  k: number,
  now: Date
): FeedbackSummaryDto {
  const monthOf = (iso: string): string => iso.slice(0, 7);
  const windowStart = `${from.slice(0, 7)}-01`;
  const currentMonth = now.toISOString().slice(0, 7);
  const lastClosed = monthOf(addDays(`${currentMonth}-01`, -1));
  const lastMonth = to.slice(0, 7) < lastClosed ? to.slice(0, 7) : lastClosed;
  const base = { managerId, windowStart, kMinimum: k, responseCount: null, averages: null };
  if (lastMonth < windowStart.slice(0, 7))
    return {
      ...base,
      status: 'NO_CLOSED_MONTH',
      message: 'Feedback is summarised by whole months once they close; this window has no closed month yet.',
      windowEnd: null,
      monthsIncluded: 0,
      monthsSuppressed: 0
    };
  const [ly, lm] = lastMonth.split('-').map(Number);
  const windowEnd = new Date(Date.UTC(ly, lm, 0)).toISOString().slice(0, 10);
  const byMonth = new Map<string, SfRecord[]>();
  for (const r of rows) {
    const day = new Date(String(r.CreatedDate)).toISOString().slice(0, 10);
    if (day < windowStart || day > windowEnd) continue;
    const m = monthOf(day);
    if (!byMonth.has(m)) byMonth.set(m, []);
    byMonth.get(m)!.push(r);
  }
  const months: string[] = [];
  for (let d = windowStart; d <= windowEnd; d = addDays(`${d.slice(0, 7)}-01`, 32).slice(0, 7) + '-01')
    months.push(d.slice(0, 7));
  const kept = months.filter((m) => {
    const answers = byMonth.get(m) ?? [];
    return answers.length >= k && new Set(answers.map((a) => String(a.Rep__c))).size >= k;
  });
  const suppressed = months.length - kept.length;
  if (kept.length === 0)
    return {
      ...base,
      status: 'NOT_ENOUGH_RESPONSES',
      message: `Not enough responses yet: a month needs at least ${k} answers from ${k} different reps.`,
      windowEnd,
      monthsIncluded: 0,
      monthsSuppressed: suppressed
    };
  const answers = kept.flatMap((m) => byMonth.get(m)!);
  const averages: RatingAveragesDto = {
    preparation: average(answers, 'Preparation_Rating__c'),
    pipelineInsight: average(answers, 'Pipeline_Insight_Rating__c'),
    skillDevelopment: average(answers, 'Skill_Development_Rating__c'),
    actionClarity: average(answers, 'Action_Clarity_Rating__c'),
    repAgenda: average(answers, 'Rep_Agenda_Rating__c'),
    overallValue: average(answers, 'Overall_Value__c')
  };
  return {
    ...base,
    status: 'OK',
    message: suppressed ? `${suppressed} month(s) left out: fewer than ${k} answers from ${k} different reps.` : null,
    windowEnd,
    monthsIncluded: kept.length,
    monthsSuppressed: suppressed,
    responseCount: answers.length,
    averages
  };
}

function window(params: Record<string, unknown>): { from: string; to: string } {
  const from = isoDate(params.fromDate, 'fromDate');
  const to = isoDate(params.toDate, 'toDate');
  if (!from || !to) throw new ApexError(400, 'fromDate and toDate are required.');
  if (to < from) throw new ApexError(400, 'toDate must not be before fromDate.');
  return { from, to };
}

const kOf = (call: ApexCall): number => Number(settingsDto(call.org.options.root).thresholds.kAnonymityMinimum);

export const APEX_SERVICES: Record<string, ApexService> = {
  'CoachingSettingsService.getSettings': (call) => settingsDto(call.org.options.root),
  'FiscalPeriodService.getQuarters': quartersDto,
  'QuotaService.getQuotas': quotasDto,
  'OpportunityHistoryService.getHistory': historyDto,
  // System mode, scoped to the running manager; only aggregates leave this function.
  'CoachingFeedbackAggregateService.getMyFeedbackSummary': (call, params) => {
    const { from, to } = window(params);
    const mine = call.org.store
      .all('Coaching_Feedback__c')
      .filter((f) => key15(String(f.Manager__c)) === key15(call.sec.userId));
    return feedbackSummary(call.sec.userId, mine, from, to, kOf(call), call.org.now());
  },
  // Leaders only (Coaching_Oversight); the rows are read with the leader's own sharing (USER_MODE).
  'CoachingFeedbackAggregateService.getTeamFeedbackSummary': (call, params) => {
    if (!call.sec.access.customPermissions.has('Coaching_Oversight'))
      throw new ApexError(
        403,
        'Only coaching leaders (the Coaching Oversight permission) can see team feedback summaries.'
      );
    const managers = ids(params.managerIds, 'managerIds', 200);
    const { from, to } = window(params);
    const readable = call.sec.visible('Coaching_Feedback__c');
    return managers.map((m) =>
      feedbackSummary(
        m,
        readable.filter((f) => key15(String(f.Manager__c)) === key15(m)),
        from,
        to,
        kOf(call),
        call.org.now()
      )
    );
  }
};
