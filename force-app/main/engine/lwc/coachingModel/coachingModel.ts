/**
 * The coaching engine's input model: plain, typed records. It is the contract between the data layer
 * (GraphQL, Apex, SOQL, the demo org) and the engine. Field names are camelCase domain names, not API
 * names, so the engine does not care about namespaces or the wire format; `c/coachingRecords` maps
 * API-shaped records (demo org, GraphQL, SOQL) onto these types.
 *
 * Conventions: dates are ISO strings. `IsoDate` is a calendar date 'YYYY-MM-DD' (CloseDate,
 * LastActivityDate); `IsoDateTime` is an instant in UTC '2026-11-24T06:00:00.000Z'. Money is a number in
 * `currencyIsoCode` (null means the corporate currency).
 */

export type Id = string;
export type IsoDate = string;
export type IsoDateTime = string;

/** Standard forecast categories (Opportunity.ForecastCategoryName). */
export type ForecastCategory = 'Pipeline' | 'Best Case' | 'Commit' | 'Closed' | 'Omitted';

export interface Opportunity {
  id: Id;
  name: string;
  accountId: Id | null;
  ownerId: Id;
  amount: number | null;
  currencyIsoCode: string | null;
  stageName: string;
  forecastCategory: ForecastCategory | null;
  closeDate: IsoDate | null;
  createdDate: IsoDateTime;
  /** Opportunity.LastStageChangeDate (API 52+); null on records never moved. */
  lastStageChangeDate: IsoDateTime | null;
  lastActivityDate: IsoDate | null;
  /** Opportunity.PushCount (API 53+): pushes into a later calendar month, never decremented. */
  pushCount: number | null;
  isClosed: boolean;
  isWon: boolean;
  probability: number | null;
  hasOverdueTask: boolean;
  nextStep: string | null;
  /** Other fields by API name, for exit criteria that name an Opportunity field. */
  fields?: Record<string, unknown>;
}

export interface User {
  id: Id;
  name: string;
  managerId: Id | null;
  isActive: boolean;
  title: string | null;
  userRoleId: Id | null;
  timeZoneSidKey: string | null;
  defaultCurrencyIsoCode: string | null;
}

export interface Account {
  id: Id;
  name: string;
  ownerId: Id;
  lastActivityDate: IsoDate | null;
}

export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

/** Coaching_Cadence__c: the recurring weekly slot of one manager–rep pair. */
export interface Cadence {
  id: Id;
  managerId: Id;
  repId: Id;
  dayOfWeek: Weekday;
  /** Local wall-clock start 'HH:mm' in `timeZone`. */
  localStartTime: string;
  durationMinutes: number;
  /** IANA time zone, e.g. 'America/New_York'. */
  timeZone: string;
  active: boolean;
  /** When the pair's rhythm started: adherence counts scheduled weeks from here (or the window start). */
  createdDate?: IsoDateTime | null;
}

export type SessionStatus = 'Planned' | 'Held' | 'Rescheduled' | 'Skipped';

/** Agenda sections, in PRODUCT.md order; also the values of Coaching_Session__c.Sections_Reviewed__c. */
export type AgendaSectionKey =
  | 'Action_Items'
  | 'Lost_Disengaged'
  | 'Opportunity_Review'
  | 'Pipeline_Risk'
  | 'Account_Priorities'
  | 'Skills'
  | 'Forecast';

export const AGENDA_SECTION_KEYS: readonly AgendaSectionKey[] = [
  'Action_Items',
  'Lost_Disengaged',
  'Opportunity_Review',
  'Pipeline_Risk',
  'Account_Priorities',
  'Skills',
  'Forecast'
];

/** Coaching_Session__c: one 1:1. */
export interface Session {
  id: Id;
  cadenceId: Id | null;
  managerId: Id;
  repId: Id;
  scheduledStart: IsoDateTime;
  actualStart: IsoDateTime | null;
  status: SessionStatus;
  notes: string | null;
  sectionsReviewed: AgendaSectionKey[];
  /** The rep's forecast recorded at the 1:1, in the session's currency. */
  commitCurrentQuarter: number | null;
  bestCaseCurrentQuarter: number | null;
  commitNextQuarter: number | null;
  bestCaseNextQuarter: number | null;
  /** The fiscal quarter the "current quarter" forecast refers to. */
  forecastPeriodStart: IsoDate | null;
  forecastPeriodEnd: IsoDate | null;
  currencyIsoCode: string | null;
  /** Compact JSON produced by the snapshot builder (see `PipelineSnapshot`), or null before it is held. */
  snapshotJson: string | null;
  snapshotVersion: number | null;
  /** First time the agenda was opened; preparation = opened before the start. */
  agendaOpenedAt: IsoDateTime | null;
  /** Key metrics stored when the session is held (for trends and oversight without parsing snapshots). */
  healthScore: number | null;
  coverageCurrentQuarter: number | null;
  mainGap: string | null;
}

export type ActionItemStatus = 'Open' | 'In Progress' | 'Done' | 'Cancelled';

/** Action_Item__c: agreed in a 1:1, carried over until done. */
export interface ActionItem {
  id: Id;
  subject: string;
  sessionId: Id | null;
  managerId: Id | null;
  repId: Id | null;
  assigneeId: Id;
  dueDate: IsoDate | null;
  status: ActionItemStatus;
  completedDate: IsoDate | null;
  opportunityId: Id | null;
  accountId: Id | null;
  createdDate: IsoDateTime;
  /** CRM state of the linked opportunity when the item was agreed, to show progress since. */
  baselineStageName: string | null;
  baselineCloseDate: IsoDate | null;
  baselineAmount: number | null;
  baselineActivityDate: IsoDate | null;
}

export type ReviewType = 'Lost' | 'Disengaged';

/** Deal_Review__c: the documented root cause of a lost or disengaged deal. */
export interface DealReview {
  id: Id;
  opportunityId: Id;
  reviewType: ReviewType;
  rootCause: string | null;
  notes: string | null;
  reviewedById: Id | null;
  reviewedOn: IsoDate | null;
}

/** Coaching_Feedback__c: the rep's survey answers about one held 1:1. Ratings 1–5, overall 0–10. */
export interface Feedback {
  id: Id;
  sessionId: Id;
  repId: Id;
  managerId: Id;
  preparation: number | null;
  pipelineInsight: number | null;
  skillDevelopment: number | null;
  actionClarity: number | null;
  repAgenda: number | null;
  overallValue: number | null;
  improvement: string | null;
  createdDate: IsoDateTime;
}

/** Sales_Quota__c: quota of one user for one fiscal period. */
export interface Quota {
  id: Id;
  userId: Id;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  amount: number;
  currencyIsoCode: string | null;
}

/** A fiscal period (from Period, FiscalYearSettings or the calendar). */
export interface FiscalPeriod {
  type: 'Year' | 'Quarter';
  startDate: IsoDate;
  endDate: IsoDate;
  /** e.g. 'FY2027 Q1'. */
  label: string;
  fiscalYear: number;
  /** Quarter number 1–4 (0 for a year). */
  number: number;
}

/** The org's fiscal year settings (FiscalYearSettings) or its custom fiscal periods (Period). */
export interface FiscalCalendar {
  /** 1 = January. Standard fiscal years start on the first day of this month. */
  startMonth: number;
  /** true: the fiscal year is named after the calendar year it starts in; false: the year it ends in. */
  nameByStartYear: boolean;
  /** Custom fiscal years: explicit quarters (e.g. 4-4-5). When present they take precedence. */
  customQuarters: FiscalPeriod[];
}

/** CurrencyType / DatedConversionRate: units of this currency per one unit of the corporate currency. */
export interface CurrencyRate {
  isoCode: string;
  conversionRate: number;
  /** Dated rates (advanced currency management): valid from `startDate` until the day before `nextStartDate`. */
  startDate: IsoDate | null;
  nextStartDate: IsoDate | null;
}

export interface CurrencySettings {
  corporateCurrency: string;
  rates: CurrencyRate[];
  /** false on single-currency orgs: every amount is in the corporate currency. */
  multiCurrency: boolean;
}

export interface ExitCriterion {
  criterion: string;
  /** When set, the criterion is met when this Opportunity field is not blank; otherwise it is a question to ask. */
  fieldApiName: string | null;
}

export interface StageSetting {
  stageName: string;
  sortOrder: number;
  /** Configured maximum days in stage; null = 1.5 × the team median for the stage (multiplier is a setting). */
  maxDaysInStage: number | null;
  exitCriteria: ExitCriterion[];
}

export interface SurveyQuestion {
  dimension:
    | 'Preparation'
    | 'Pipeline_Insight'
    | 'Skill_Development'
    | 'Action_Clarity'
    | 'Rep_Agenda'
    | 'Overall'
    | 'Improvement';
  text: string;
  sortOrder: number;
  active: boolean;
}

export interface AgendaSectionSetting {
  key: AgendaSectionKey;
  label: string;
  enabled: boolean;
  sortOrder: number;
}

/** Admin-tunable settings (custom metadata: Coaching_Setting__mdt and friends). */
export interface CoachingSettings {
  defaultRequiredCoverage: number;
  staleDaysMultiplier: number;
  existingWindowMonths: number;
  dormantWindowMonths: number;
  disengagedDays: number;
  inactivityDays: number;
  pushCountRisk: number;
  kAnonymityMinimum: number;
  adherenceToleranceHours: number;
  /** Below this many closed deals in the trailing four quarters, win-rate based figures fall back to defaults. */
  minClosedDealsForWinRate: number;
  /*
   * Added by the engine (issue 4). Optional so records mapped before these existed still type-check; the
   * engine fills a missing or invalid value from DEFAULT_SETTINGS (c/coachingSettings).
   */
  /** A deal at or above this probability (%) is late-stage: surprise and hidden-deal detection. Default 70. */
  lateStageProbability?: number;
  /** Pipeline creation rate is measured over this many trailing weeks. Default 13. */
  pipelineCreationWeeks?: number;
  /** Account activity share counts accounts touched within this many days. Default 30. */
  activityWindowDays?: number;
  /** Flag a rep whose open pipeline sits at least this share (0–1) on existing accounts. Default 0.8. */
  lowHangingFruitShare?: number;
  /** Diagnosis: a figure below this multiple of the team median is "well below". Default 0.8. */
  belowTeamRatio?: number;
  /** Diagnosis: a figure above this multiple of the team median is "well above" (cycle, pushes). Default 1.25. */
  aboveTeamRatio?: number;
  /** Diagnosis: share (0–1) of open deals pushed or past due that signals slippage. Default 0.3. */
  slippageShare?: number;
  /** Diagnosis: share (0–1) of forecast quarters where commit was missed that signals a misunderstood commit. Default 0.5. */
  commitMissShare?: number;
  /** Diagnosis: share (0–1) of won or late-stage deals never seen early in snapshots that signals hidden deals. Default 0.25. */
  hiddenDealShare?: number;
  /** Lost deals without a documented root cause stay on the agenda for this many days after closing. Default 90. */
  lostReviewWindowDays?: number;
  /** Diagnosis gap codes an admin switched off (e.g. 'DEAL_SIZE'). Default none. */
  disabledGapCodes?: string[];
  stages: StageSetting[];
  surveyQuestions: SurveyQuestion[];
  agendaSections: AgendaSectionSetting[];
}

/** Everything the engine may need about a team at one moment. */
export interface CoachingDataset {
  users: User[];
  accounts: Account[];
  opportunities: Opportunity[];
  cadences: Cadence[];
  sessions: Session[];
  actionItems: ActionItem[];
  reviews: DealReview[];
  feedback: Feedback[];
  quotas: Quota[];
  fiscal: FiscalCalendar;
  currency: CurrencySettings;
  settings: CoachingSettings;
}

/** An explicit point in time and the viewer's zone: the engine never reads the clock. */
export interface Clock {
  now: IsoDateTime;
  timeZone: string;
  /** Amounts are reported in this currency. */
  targetCurrency: string;
}

/** A problem with the input that the engine handled in a defined way, for the UI to show or log. */
export interface EngineWarning {
  code:
    | 'AMOUNT_MISSING'
    | 'CLOSE_DATE_MISSING'
    | 'UNKNOWN_STAGE'
    | 'QUOTA_MISSING'
    | 'QUOTA_ZERO'
    | 'DUPLICATE_ID'
    | 'FUTURE_CLOSE_ON_CLOSED'
    | 'CURRENCY_RATE_MISSING'
    | 'MANAGER_MISSING'
    | 'INVALID_TIME_ZONE'
    | 'INVALID_SNAPSHOT'
    | 'INVALID_VALUE'
    | 'FISCAL_PERIODS_EXTENDED';
  message: string;
  recordId?: Id;
}
