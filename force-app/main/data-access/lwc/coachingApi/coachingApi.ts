/**
 * The one module components call for Apex-backed data: settings (custom metadata), fiscal quarters, quotas,
 * opportunity history and k-anonymous feedback summaries (ARCHITECTURE.md decision 4). Each function calls one
 * `@AuraEnabled` method, maps its DTO onto the engine's model types where they exist (`c/coachingModel`) and
 * turns any failure into a CoachingApiError whose messages come from `c/ldsErrors`.
 *
 * The `*Dto` interfaces mirror the Apex DTOs field for field; each carries an `@apex Class.Inner` tag and the
 * offline check `apex-contract` compares them with the Apex source both ways. Apex leaves out null fields, so
 * every field that can be null is optional here and read with `?? null`.
 */
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import apexGetQuotas from '@salesforce/apex/QuotaService.getQuotas';
import apexImportForecastingQuotas from '@salesforce/apex/QuotaService.importForecastingQuotas';
import apexGetHistory from '@salesforce/apex/OpportunityHistoryService.getHistory';
import apexGetMyFeedbackSummary from '@salesforce/apex/CoachingFeedbackAggregateService.getMyFeedbackSummary';
import apexGetTeamFeedbackSummary from '@salesforce/apex/CoachingFeedbackAggregateService.getTeamFeedbackSummary';
import { reduceErrors, type AnyError } from 'c/ldsErrors';
import {
  AGENDA_SECTION_KEYS,
  type AgendaSectionKey,
  type AgendaSectionSetting,
  type CoachingSettings,
  type FiscalCalendar,
  type FiscalPeriod,
  type Id,
  type IsoDate,
  type IsoDateTime,
  type Quota,
  type StageSetting,
  type SurveyQuestion
} from 'c/coachingModel';

// ---------------------------------------------------------------------------------------------------------
// DTOs: what the Apex methods return, field for field.
// ---------------------------------------------------------------------------------------------------------

/** @apex CoachingSettingsService.Settings */
export interface SettingsDto {
  thresholds: ThresholdsDto;
  tuning: DiagnosisTuningDto;
  stages: StageSettingDto[];
  surveyQuestions: SurveyQuestionDto[];
  agendaSections: AgendaSectionDto[];
  /** 'thresholds' | 'stages' | 'surveyQuestions' | 'agendaSections': parts that use the coded defaults. */
  defaultedParts: string[];
  message?: string | null;
}

/** @apex CoachingSettingsService.Thresholds */
export interface ThresholdsDto {
  defaultRequiredCoverage: number;
  staleDaysMultiplier: number;
  existingWindowMonths: number;
  dormantWindowMonths: number;
  disengagedDays: number;
  lostReviewWindowDays: number;
  inactivityDays: number;
  pushCountRisk: number;
  kAnonymityMinimum: number;
  adherenceToleranceHours: number;
  minClosedDealsForWinRate: number;
}

/** @apex CoachingSettingsService.DiagnosisTuning */
export interface DiagnosisTuningDto {
  lateStageProbability: number;
  pipelineCreationWeeks: number;
  activityWindowDays: number;
  lowHangingFruitShare: number;
  belowTeamRatio: number;
  aboveTeamRatio: number;
  slippageShare: number;
  commitMissShare: number;
  hiddenDealShare: number;
  disabledGapCodes: string[];
}

/** @apex CoachingSettingsService.StageSetting */
export interface StageSettingDto {
  stageName: string;
  sortOrder?: number | null;
  maxDaysInStage?: number | null;
  exitCriteria: ExitCriterionDto[];
}

/** @apex CoachingSettingsService.ExitCriterion */
export interface ExitCriterionDto {
  criterion?: string | null;
  fieldApiName?: string | null;
}

/** @apex CoachingSettingsService.SurveyQuestion */
export interface SurveyQuestionDto {
  dimension?: string | null;
  text?: string | null;
  sortOrder?: number | null;
  active: boolean;
}

/** @apex CoachingSettingsService.AgendaSection */
export interface AgendaSectionDto {
  key?: string | null;
  label?: string | null;
  enabled: boolean;
  sortOrder?: number | null;
}

/** @apex FiscalPeriodService.Quarters */
export interface QuartersDto {
  /** 'Period' | 'FiscalYearSettings' | 'Calendar'. */
  source: string;
  message?: string | null;
  startMonth: number;
  nameByStartYear: boolean;
  quarters: QuarterDto[];
}

/** @apex FiscalPeriodService.Quarter */
export interface QuarterDto {
  startDate: IsoDate;
  endDate: IsoDate;
  label: string;
  fiscalYear: number;
  quarterNumber: number;
}

/** @apex QuotaService.QuotaResult */
export interface QuotaResultDto {
  quotas: QuotaRowDto[];
  truncated: boolean;
  forecastingAvailable: boolean;
  /** False when the user cannot read Sales Quotas (reps, by design): quotas is empty and message says why. */
  readable: boolean;
  message?: string | null;
}

/** @apex QuotaService.QuotaRow */
export interface QuotaRowDto {
  id: Id;
  userId: Id;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  amount?: number | null;
  currencyIsoCode?: string | null;
  source?: string | null;
}

/** @apex QuotaService.ImportResult */
export interface ImportResultDto {
  /** 'IMPORTED' | 'FORECASTS_UNAVAILABLE'. */
  status: string;
  created: number;
  updated: number;
  skipped: number;
  message?: string | null;
}

/** @apex OpportunityHistoryService.HistoryPage */
export interface HistoryPageDto {
  entries: HistoryEntryDto[];
  truncated: boolean;
  nextCursor?: string | null;
  pageSize: number;
}

/** @apex OpportunityHistoryService.HistoryEntry */
export interface HistoryEntryDto {
  id: Id;
  opportunityId: Id;
  ownerId: Id;
  createdDate: IsoDateTime;
  stageName?: string | null;
  closeDate?: IsoDate | null;
  previousCloseDate?: IsoDate | null;
  amount?: number | null;
  previousAmount?: number | null;
  forecastCategory?: string | null;
  probability?: number | null;
}

/** @apex CoachingFeedbackAggregateService.FeedbackSummary */
export interface FeedbackSummaryDto {
  managerId: Id;
  /** 'OK' | 'NOT_ENOUGH_RESPONSES' | 'NO_CLOSED_MONTH'. */
  status: string;
  message?: string | null;
  windowStart: IsoDate;
  windowEnd?: IsoDate | null;
  kMinimum: number;
  monthsIncluded: number;
  monthsSuppressed: number;
  responseCount?: number | null;
  averages?: RatingAveragesDto | null;
}

/** @apex CoachingFeedbackAggregateService.RatingAverages */
export interface RatingAveragesDto {
  preparation: number;
  pipelineInsight: number;
  skillDevelopment: number;
  actionClarity: number;
  repAgenda: number;
  overallValue: number;
}

// ---------------------------------------------------------------------------------------------------------
// What the wrappers return.
// ---------------------------------------------------------------------------------------------------------

/** A failed Apex call, with readable messages (from c/ldsErrors) and the original error. */
export class CoachingApiError extends Error {
  readonly messages: string[];
  readonly original: unknown;

  constructor(messages: string[], original: unknown) {
    super(messages.length > 0 ? messages.join(' ') : 'The request to Salesforce failed.');
    this.name = 'CoachingApiError';
    this.messages = messages;
    this.original = original;
  }
}

export interface LoadedSettings {
  settings: CoachingSettings;
  /** Parts that use the coded defaults (custom metadata missing or unreadable). */
  defaultedParts: string[];
  /** Why settings fell back, or null. */
  message: string | null;
  /** Custom metadata values the engine cannot use (unknown survey dimension or agenda section), left out. */
  ignored: string[];
}

export type QuarterSource = 'Period' | 'FiscalYearSettings' | 'Calendar';

export interface FiscalQuarters {
  source: QuarterSource;
  message: string | null;
  /** For the engine: the start month and naming, and the exact quarters when they come from Period. */
  calendar: FiscalCalendar;
  /** The requested quarters, oldest first; the one containing the date is at index (count - 1) / 2. */
  quarters: FiscalPeriod[];
}

export interface QuotaResult {
  quotas: Quota[];
  truncated: boolean;
  forecastingAvailable: boolean;
  /** False when the user cannot read Sales Quotas: show `message` instead of quota figures. */
  readable: boolean;
  message: string | null;
}

/** One OpportunityHistory row: a change of stage, amount, probability, close date or forecast category. */
export interface HistoryEntry {
  id: Id;
  opportunityId: Id;
  ownerId: Id;
  createdDate: IsoDateTime;
  stageName: string | null;
  closeDate: IsoDate | null;
  previousCloseDate: IsoDate | null;
  amount: number | null;
  previousAmount: number | null;
  forecastCategory: string | null;
  probability: number | null;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  truncated: boolean;
  nextCursor: string | null;
}

/** What happened to one opportunity at one moment, derived from its history rows. */
export type HistoryEvent =
  | { kind: 'stage'; opportunityId: Id; at: IsoDateTime; fromStage: string | null; toStage: string }
  | { kind: 'closeDate'; opportunityId: Id; at: IsoDateTime; from: IsoDate; to: IsoDate | null };

export type FeedbackStatus = 'OK' | 'NOT_ENOUGH_RESPONSES' | 'NO_CLOSED_MONTH';

export type FeedbackAverages = RatingAveragesDto;

export interface FeedbackSummary {
  managerId: Id;
  status: FeedbackStatus;
  message: string | null;
  windowStart: IsoDate;
  windowEnd: IsoDate | null;
  kMinimum: number;
  monthsIncluded: number;
  monthsSuppressed: number;
  /** Null unless status is OK. */
  responseCount: number | null;
  /** Null unless status is OK. */
  averages: FeedbackAverages | null;
}

// ---------------------------------------------------------------------------------------------------------
// Mapping DTOs onto the engine's types.
// ---------------------------------------------------------------------------------------------------------

const SURVEY_DIMENSIONS: readonly SurveyQuestion['dimension'][] = [
  'Preparation',
  'Pipeline_Insight',
  'Skill_Development',
  'Action_Clarity',
  'Rep_Agenda',
  'Overall',
  'Improvement'
];

const isDimension = (value: string | null | undefined): value is SurveyQuestion['dimension'] =>
  SURVEY_DIMENSIONS.includes(value as SurveyQuestion['dimension']);

const isSectionKey = (value: string | null | undefined): value is AgendaSectionKey =>
  AGENDA_SECTION_KEYS.includes(value as AgendaSectionKey);

const bySortOrder = <T extends { sortOrder: number }>(a: T, b: T): number => a.sortOrder - b.sortOrder;

function toStage(dto: StageSettingDto, index: number): StageSetting {
  return {
    stageName: dto.stageName,
    sortOrder: dto.sortOrder ?? index + 1,
    maxDaysInStage: dto.maxDaysInStage ?? null,
    exitCriteria: dto.exitCriteria
      .filter((c) => (c.criterion ?? '').trim() !== '')
      .map((c) => ({ criterion: c.criterion as string, fieldApiName: c.fieldApiName ?? null }))
  };
}

/** Settings DTO -> the engine's CoachingSettings; unknown dimensions and section keys are left out and listed. */
export function toCoachingSettings(dto: SettingsDto): LoadedSettings {
  const ignored: string[] = [];
  const surveyQuestions: SurveyQuestion[] = [];
  dto.surveyQuestions.forEach((q, index) => {
    if (isDimension(q.dimension))
      surveyQuestions.push({
        dimension: q.dimension,
        text: q.text ?? '',
        sortOrder: q.sortOrder ?? index + 1,
        active: q.active
      });
    else ignored.push(`survey question with unknown dimension "${q.dimension ?? ''}"`);
  });
  const agendaSections: AgendaSectionSetting[] = [];
  dto.agendaSections.forEach((s, index) => {
    if (isSectionKey(s.key))
      agendaSections.push({
        key: s.key,
        label: s.label ?? s.key,
        enabled: s.enabled,
        sortOrder: s.sortOrder ?? index + 1
      });
    else ignored.push(`agenda section with unknown key "${s.key ?? ''}"`);
  });
  return {
    settings: {
      ...dto.thresholds,
      ...dto.tuning,
      disabledGapCodes: [...dto.tuning.disabledGapCodes],
      stages: dto.stages.map(toStage).sort(bySortOrder),
      surveyQuestions: surveyQuestions.sort(bySortOrder),
      agendaSections: agendaSections.sort(bySortOrder)
    },
    defaultedParts: dto.defaultedParts,
    message: dto.message ?? null,
    ignored
  };
}

const QUARTER_SOURCES: readonly QuarterSource[] = ['Period', 'FiscalYearSettings', 'Calendar'];

/** Quarters DTO -> FiscalPeriods and the FiscalCalendar the engine uses. */
export function toFiscalQuarters(dto: QuartersDto): FiscalQuarters {
  const quarters: FiscalPeriod[] = dto.quarters.map((q) => ({
    type: 'Quarter',
    startDate: q.startDate,
    endDate: q.endDate,
    label: q.label,
    fiscalYear: q.fiscalYear,
    number: q.quarterNumber
  }));
  const source = QUARTER_SOURCES.includes(dto.source as QuarterSource) ? (dto.source as QuarterSource) : 'Calendar';
  return {
    source,
    message: dto.message ?? null,
    calendar: {
      startMonth: dto.startMonth,
      nameByStartYear: dto.nameByStartYear,
      // Only forecasting periods describe custom (e.g. 4-4-5) quarters; computed ones follow from the start month.
      customQuarters: source === 'Period' ? quarters : []
    },
    quarters
  };
}

/** Quota DTO -> the engine's Quota; a quota without an amount cannot be used and is left out. */
export function toQuotaResult(dto: QuotaResultDto): QuotaResult {
  return {
    quotas: dto.quotas
      .filter((q) => typeof q.amount === 'number')
      .map((q) => ({
        id: q.id,
        userId: q.userId,
        periodStart: q.periodStart,
        periodEnd: q.periodEnd,
        amount: q.amount as number,
        currencyIsoCode: q.currencyIsoCode ?? null
      })),
    truncated: dto.truncated,
    forecastingAvailable: dto.forecastingAvailable,
    readable: dto.readable,
    message: dto.message ?? null
  };
}

export function toHistoryPage(dto: HistoryPageDto): HistoryPage {
  return {
    entries: dto.entries.map((e) => ({
      id: e.id,
      opportunityId: e.opportunityId,
      ownerId: e.ownerId,
      createdDate: e.createdDate,
      stageName: e.stageName ?? null,
      closeDate: e.closeDate ?? null,
      previousCloseDate: e.previousCloseDate ?? null,
      amount: e.amount ?? null,
      previousAmount: e.previousAmount ?? null,
      forecastCategory: e.forecastCategory ?? null,
      probability: e.probability ?? null
    })),
    truncated: dto.truncated,
    nextCursor: dto.nextCursor ?? null
  };
}

/**
 * Stage entries and close-date moves from history rows (any order). A stage entry is a row whose stage differs
 * from the opportunity's previous row; the first row seen enters its stage from an unknown one (null), because
 * rows before `since` were not read. A close-date move is a row whose previous close date differs from its own.
 */
export function historyEvents(entries: HistoryEntry[]): HistoryEvent[] {
  const ordered = [...entries].sort((a, b) => a.createdDate.localeCompare(b.createdDate) || a.id.localeCompare(b.id));
  const lastStage = new Map<Id, string | null>();
  const events: HistoryEvent[] = [];
  for (const e of ordered) {
    const seen = lastStage.has(e.opportunityId);
    const previous = lastStage.get(e.opportunityId) ?? null;
    if (e.stageName !== null && (!seen || previous !== e.stageName))
      events.push({
        kind: 'stage',
        opportunityId: e.opportunityId,
        at: e.createdDate,
        fromStage: previous,
        toStage: e.stageName
      });
    if (e.stageName !== null) lastStage.set(e.opportunityId, e.stageName);
    if (e.previousCloseDate !== null && e.previousCloseDate !== e.closeDate)
      events.push({
        kind: 'closeDate',
        opportunityId: e.opportunityId,
        at: e.createdDate,
        from: e.previousCloseDate,
        to: e.closeDate
      });
  }
  return events;
}

const FEEDBACK_STATUSES: readonly FeedbackStatus[] = ['OK', 'NOT_ENOUGH_RESPONSES', 'NO_CLOSED_MONTH'];

/** Feedback DTO -> summary. Numbers are kept only when the status is OK, whatever the DTO carries. */
export function toFeedbackSummary(dto: FeedbackSummaryDto): FeedbackSummary {
  const status = FEEDBACK_STATUSES.includes(dto.status as FeedbackStatus)
    ? (dto.status as FeedbackStatus)
    : 'NOT_ENOUGH_RESPONSES';
  // An OK without averages would show empty numbers: treat it as not enough responses.
  const ok = status === 'OK' && dto.averages != null;
  return {
    managerId: dto.managerId,
    status: status === 'OK' && !ok ? 'NOT_ENOUGH_RESPONSES' : status,
    message: dto.message ?? null,
    windowStart: dto.windowStart,
    windowEnd: dto.windowEnd ?? null,
    kMinimum: dto.kMinimum,
    monthsIncluded: dto.monthsIncluded,
    monthsSuppressed: dto.monthsSuppressed,
    responseCount: ok ? (dto.responseCount ?? null) : null,
    averages: ok && dto.averages ? { ...dto.averages } : null
  };
}

// ---------------------------------------------------------------------------------------------------------
// The calls.
// ---------------------------------------------------------------------------------------------------------

async function call<T>(
  method: (params?: Record<string, unknown>) => Promise<unknown>,
  params?: Record<string, unknown>
): Promise<T> {
  try {
    return (await method(params)) as T;
  } catch (error) {
    throw new CoachingApiError(reduceErrors(error as AnyError), error);
  }
}

/** The coaching settings, with the parts that fell back to defaults. */
export async function getSettings(): Promise<LoadedSettings> {
  return toCoachingSettings(await call<SettingsDto>(apexGetSettings));
}

/**
 * `count` fiscal quarters around a date: the quarter containing it at index (count - 1) / 2.
 * @param around the date ('YYYY-MM-DD'); today when null
 * @param count 1 to 40 quarters; 4 when null
 */
export async function getQuarters(around: IsoDate | null, count: number | null = null): Promise<FiscalQuarters> {
  return toFiscalQuarters(await call<QuartersDto>(apexGetQuarters, { around, count }));
}

/** The quotas of these users that overlap [startDate, endDate]. */
export async function getQuotas(userIds: Id[], startDate: IsoDate, endDate: IsoDate): Promise<QuotaResult> {
  return toQuotaResult(await call<QuotaResultDto>(apexGetQuotas, { userIds, startDate, endDate }));
}

/** Imports Collaborative Forecasts quotas starting in [startDate, endDate] (admins; writes records). */
export async function importForecastingQuotas(startDate: IsoDate, endDate: IsoDate): Promise<ImportResultDto> {
  const result = await call<ImportResultDto>(apexImportForecastingQuotas, { startDate, endDate });
  return { ...result, message: result.message ?? null };
}

/** One page of opportunity history; pass `nextCursor` back for the next page. */
export async function getHistory(
  ownerIds: Id[],
  since: IsoDateTime,
  pageSize: number | null = null,
  cursor: string | null = null
): Promise<HistoryPage> {
  return toHistoryPage(await call<HistoryPageDto>(apexGetHistory, { ownerIds, since, pageSize, cursor }));
}

/**
 * Every history page, one Apex call per page, stopping after `maxPages` (then `truncated` is true and
 * `nextCursor` continues where it stopped).
 */
export async function getAllHistory(
  ownerIds: Id[],
  since: IsoDateTime,
  { pageSize = 2000, maxPages = 25 }: { pageSize?: number; maxPages?: number } = {}
): Promise<HistoryPage> {
  const entries: HistoryEntry[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    // Pages must be read in order: each cursor comes from the page before.
    // eslint-disable-next-line no-await-in-loop
    const result = await getHistory(ownerIds, since, pageSize, cursor);
    entries.push(...result.entries);
    cursor = result.nextCursor;
    if (!result.truncated) return { entries, truncated: false, nextCursor: null };
  }
  return { entries, truncated: true, nextCursor: cursor };
}

/** The running manager's k-anonymous feedback summary over the closed months of the window. */
export async function getMyFeedbackSummary(fromDate: IsoDate, toDate: IsoDate): Promise<FeedbackSummary> {
  return toFeedbackSummary(await call<FeedbackSummaryDto>(apexGetMyFeedbackSummary, { fromDate, toDate }));
}

/** Feedback summaries of these managers (leaders with the Coaching Oversight permission only). */
export async function getTeamFeedbackSummary(
  managerIds: Id[],
  fromDate: IsoDate,
  toDate: IsoDate
): Promise<FeedbackSummary[]> {
  const summaries = await call<FeedbackSummaryDto[]>(apexGetTeamFeedbackSummary, { managerIds, fromDate, toDate });
  return summaries.map(toFeedbackSummary);
}
