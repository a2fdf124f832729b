/**
 * The demo-org document: the contract between the generator and everything that reads it (the local preview,
 * the org seeder, the benchmarks, the Jest fixtures). Described for humans in docs/demo-org.md.
 *
 * One JSON document `{ meta, records }`. Records are shaped like the Salesforce REST API takes and returns them
 * (`attributes.type` + API field names exactly as in docs/data-model.md and the standard objects), references are
 * 18-character ids, dates are 'YYYY-MM-DD', datetimes ISO 8601 UTC ('2026-11-24T12:00:00.000Z'), Time fields
 * 'HH:mm:ss.SSSZ' as the REST API returns them. A field the org would return as null is present with null.
 *
 * Change rules: adding an optional field, a record type or a meta entry is compatible; renaming or removing
 * one, or changing a value's meaning, bumps FORMAT_VERSION.
 */

export const FORMAT_VERSION = 1;
/** The REST API version whose record shape the document follows. */
export const API_VERSION = '66.0';

export type Id = string;
/** 'YYYY-MM-DD' */
export type IsoDate = string;
/** 'YYYY-MM-DDTHH:mm:ss.SSSZ' (UTC) */
export type IsoDateTime = string;

/**
 * `attributes` as in the REST API's composite and sObject Tree payloads: the type only. Query results add a
 * `url`, which no reader needs; leaving it out saves a string per record (6 million in a 1M-deal org).
 */
export interface RecordAttributes {
  /** The sObject API name, e.g. 'Opportunity', 'Coaching_Session__c'. */
  type: string;
  url?: string;
}

interface SObject {
  attributes: RecordAttributes;
  Id: Id;
}

// ---------------------------------------------------------------- org set-up (configured, not inserted)

/** The org's company information the package reads (one row). */
export interface OrganizationRecord extends SObject {
  Name: string;
  TimeZoneSidKey: string;
  DefaultLocaleSidKey: string;
  LanguageLocaleKey: string;
  /** 1 = January. */
  FiscalYearStartMonth: number;
  /** false (the Salesforce default): a fiscal year is named after the calendar year it ends in. */
  UsesStartDateAsFiscalYearName: boolean;
}

/** Multi-currency: one row per active currency; ConversionRate = units per one unit of the corporate currency. */
export interface CurrencyTypeRecord extends SObject {
  IsoCode: string;
  ConversionRate: number;
  DecimalPlaces: number;
  IsActive: boolean;
  IsCorporate: boolean;
}

/** Advanced currency management: a rate valid from StartDate until the day before NextStartDate. */
export interface DatedConversionRateRecord extends SObject {
  IsoCode: string;
  ConversionRate: number;
  StartDate: IsoDate;
  /** Read-only in the org; '9999-12-31' on the open-ended last row. */
  NextStartDate: IsoDate;
}

/** One fiscal year (standard years: named after the year they end in, see Organization). */
export interface FiscalYearSettingsRecord extends SObject {
  Name: string;
  StartDate: IsoDate;
  EndDate: IsoDate;
  IsStandardYear: boolean;
  YearType: 'Standard' | 'Custom' | 'Placeholder';
  /** The Year-type Period row of this fiscal year. */
  PeriodId: Id;
  QuarterLabelScheme: 'NumberByYear' | 'Custom';
  QuarterPrefix: string;
  PeriodLabelScheme: 'NumberByYear' | 'NumberByQuarter' | 'StandardMonths' | 'Custom';
  PeriodPrefix: string;
  WeekStartDay: number;
  Description: string | null;
}

/** Fiscal periods: one Year, four Quarter and twelve Month rows per fiscal year. */
export interface PeriodRecord extends SObject {
  FiscalYearSettingsId: Id;
  Type: 'Year' | 'Quarter' | 'Month';
  StartDate: IsoDate;
  EndDate: IsoDate;
  /** Quarter 1–4 or month 1–12 within the fiscal year; null on Year rows. */
  Number: number | null;
  IsForecastPeriod: boolean;
  PeriodLabel: string | null;
  QuarterLabel: string | null;
  /** e.g. 'Q4 FY2027', 'FY2027'. */
  FullyQualifiedLabel: string;
}

/** The org's sales stages (OpportunityStage), in sort order. */
export interface OpportunityStageRecord extends SObject {
  MasterLabel: string;
  ApiName: string;
  SortOrder: number;
  DefaultProbability: number;
  ForecastCategoryName: ForecastCategoryName;
  /** The API value of the forecast category ('Forecast' is Commit, 'BestCase' is Best Case). */
  ForecastCategory: ForecastCategoryValue;
  IsActive: boolean;
  IsClosed: boolean;
  IsWon: boolean;
}

// ---------------------------------------------------------------- people and access

export interface UserRoleRecord extends SObject {
  Name: string;
  DeveloperName: string;
  /** Always an earlier row of UserRole (or null): roles load in array order. */
  ParentRoleId: Id | null;
}

export interface UserRecord extends SObject {
  Username: string;
  FirstName: string;
  LastName: string;
  /** Compound, read-only in the org: FirstName + ' ' + LastName. */
  Name: string;
  Alias: string;
  Email: string;
  Title: string;
  Department: string;
  IsActive: boolean;
  /** Always an earlier row of User (or null): users load in array order. */
  ManagerId: Id | null;
  UserRoleId: Id | null;
  TimeZoneSidKey: string;
  LocaleSidKey: string;
  LanguageLocaleKey: string;
  EmailEncodingKey: string;
  DefaultCurrencyIsoCode: string;
  CurrencyIsoCode: string;
  CreatedDate: IsoDateTime;
}

/** The package's permission sets (metadata, not data): present so assignments resolve; the seeder maps by Name. */
export interface PermissionSetRecord extends SObject {
  Name: PersonaPermissionSet;
  Label: string;
  IsOwnedByProfile: false;
  /** null here; the package's namespace in a managed install. */
  NamespacePrefix: string | null;
}

export interface PermissionSetAssignmentRecord extends SObject {
  AssigneeId: Id;
  PermissionSetId: Id;
  /** The relationship as `SELECT PermissionSet.Name` returns it: the seeder resolves the org's id by this name. */
  PermissionSet: { attributes: RecordAttributes; Name: PersonaPermissionSet };
}

export type PersonaPermissionSet = 'Coaching_Leader' | 'Coaching_Manager' | 'Coaching_Rep' | 'Coaching_Admin';

// ---------------------------------------------------------------- CRM data

export interface AccountRecord extends SObject {
  Name: string;
  OwnerId: Id;
  Type: 'Customer - Direct' | 'Customer - Channel' | 'Prospect' | 'Other';
  Industry: string;
  BillingCity: string;
  BillingCountry: string;
  NumberOfEmployees: number;
  CurrencyIsoCode: string;
  /** Read-only in the org (derived from activities): the latest opportunity activity on the account. */
  LastActivityDate: IsoDate | null;
  CreatedDate: IsoDateTime;
}

export type ForecastCategoryName = 'Pipeline' | 'Best Case' | 'Commit' | 'Closed' | 'Omitted';
export type ForecastCategoryValue = 'Pipeline' | 'BestCase' | 'Forecast' | 'Closed' | 'Omitted';

export interface OpportunityRecord extends SObject {
  Name: string;
  AccountId: Id;
  OwnerId: Id;
  Type: 'New Business' | 'Existing Business';
  LeadSource: string;
  Amount: number;
  CurrencyIsoCode: string;
  StageName: string;
  Probability: number;
  /** Read-only formula in the org: Amount × Probability ÷ 100. */
  ExpectedRevenue: number;
  ForecastCategoryName: ForecastCategoryName;
  CloseDate: IsoDate;
  /** Read-only in the org: the fiscal year and quarter that contain CloseDate. */
  FiscalYear: number;
  FiscalQuarter: number;
  IsClosed: boolean;
  IsWon: boolean;
  /** Read-only (API 53+): pushes of CloseDate into a later calendar month, never decremented. */
  PushCount: number;
  /** Read-only (API 52+): null when the stage never changed after creation. */
  LastStageChangeDate: IsoDateTime | null;
  /** Read-only (derived from tasks and events). */
  LastActivityDate: IsoDate | null;
  /** Read-only (derived from tasks). */
  HasOverdueTask: boolean;
  NextStep: string | null;
  CreatedDate: IsoDateTime;
  LastModifiedDate: IsoDateTime;
}

/**
 * One row per change of StageName, Amount, Probability, CloseDate or ForecastCategory, in time order per
 * opportunity (the first row is the creation). Read-only in the org: written by the platform.
 */
export interface OpportunityHistoryRecord extends SObject {
  OpportunityId: Id;
  CreatedById: Id;
  CreatedDate: IsoDateTime;
  StageName: string;
  Amount: number;
  ExpectedRevenue: number;
  CloseDate: IsoDate;
  Probability: number;
  ForecastCategory: ForecastCategoryValue;
  PrevAmount: number | null;
  PrevCloseDate: IsoDate | null;
  CurrencyIsoCode: string;
  IsDeleted: false;
}

// ---------------------------------------------------------------- the package's objects (docs/data-model.md)

export type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export interface CoachingCadenceRecord extends SObject {
  /** Auto number 'CAD-0001' (read-only in the org). */
  Name: string;
  OwnerId: Id;
  Manager__c: Id;
  Rep__c: Id;
  Day_Of_Week__c: Weekday;
  /** Time field, as the REST API returns it: '09:30:00.000Z' (a wall-clock time in Time_Zone__c). */
  Local_Start_Time__c: string;
  Duration_Minutes__c: number;
  Time_Zone__c: string;
  Active__c: boolean;
  /** 'ManagerId:RepId' while active (set by the trigger in the org). */
  Active_Pair_Key__c: string | null;
  CurrencyIsoCode: string;
  CreatedDate: IsoDateTime;
}

export type SessionStatus = 'Planned' | 'Held' | 'Rescheduled' | 'Skipped';

export interface CoachingSessionRecord extends SObject {
  /** Auto number '1:1-00001' (read-only in the org). */
  Name: string;
  OwnerId: Id;
  Cadence__c: Id | null;
  Manager__c: Id;
  Rep__c: Id;
  Scheduled_Start__c: IsoDateTime;
  Actual_Start__c: IsoDateTime | null;
  Status__c: SessionStatus;
  Notes__c: string | null;
  /** Multi-select picklist, ';'-separated AgendaSectionKey values, e.g. 'Action_Items;Pipeline_Risk'. */
  Sections_Reviewed__c: string | null;
  Commit_Current_Quarter__c: number | null;
  Best_Case_Current_Quarter__c: number | null;
  Commit_Next_Quarter__c: number | null;
  Best_Case_Next_Quarter__c: number | null;
  Forecast_Period_Start__c: IsoDate | null;
  Forecast_Period_End__c: IsoDate | null;
  /** Compact JSON from the engine's snapshot builder, on Held sessions (null when generated without it). */
  Snapshot__c: string | null;
  Snapshot_Version__c: number | null;
  Agenda_Opened_At__c: IsoDateTime | null;
  /** Formula (read-only): agenda opened before the actual, else scheduled, start. */
  Prepared__c: boolean;
  Health_Score__c: number | null;
  Coverage_Current_Quarter__c: number | null;
  Main_Gap__c: string | null;
  Status_Reason__c: string | null;
  CurrencyIsoCode: string;
  CreatedDate: IsoDateTime;
}

export type ActionItemStatus = 'Open' | 'In Progress' | 'Done' | 'Cancelled';

export interface ActionItemRecord extends SObject {
  /** The subject (Text 80). */
  Name: string;
  OwnerId: Id;
  Session__c: Id | null;
  Manager__c: Id | null;
  Rep__c: Id | null;
  Assignee__c: Id;
  Due_Date__c: IsoDate;
  Status__c: ActionItemStatus;
  Completed_Date__c: IsoDate | null;
  Opportunity__c: Id | null;
  Account__c: Id | null;
  Description__c: string | null;
  Baseline_Stage__c: string | null;
  Baseline_Close_Date__c: IsoDate | null;
  Baseline_Amount__c: number | null;
  Baseline_Activity_Date__c: IsoDate | null;
  CurrencyIsoCode: string;
  CreatedDate: IsoDateTime;
}

export type ReviewType = 'Lost' | 'Disengaged';

/** Master-detail to Opportunity: no OwnerId. */
export interface DealReviewRecord extends SObject {
  /** Auto number 'DR-00001'. */
  Name: string;
  Opportunity__c: Id;
  Review_Type__c: ReviewType;
  Root_Cause__c: string;
  Notes__c: string | null;
  Reviewed_By__c: Id | null;
  Reviewed_On__c: IsoDate | null;
  /** 'OpportunityId:ReviewType' (set by the trigger in the org). */
  Review_Key__c: string;
  CurrencyIsoCode: string;
  CreatedDate: IsoDateTime;
}

export interface CoachingFeedbackRecord extends SObject {
  /** Auto number 'FB-00001'. */
  Name: string;
  /** The rep: feedback is private to the rep and leaders. */
  OwnerId: Id;
  Session__c: Id;
  Rep__c: Id;
  Manager__c: Id;
  Preparation_Rating__c: number;
  Pipeline_Insight_Rating__c: number;
  Skill_Development_Rating__c: number;
  Action_Clarity_Rating__c: number;
  Rep_Agenda_Rating__c: number;
  Overall_Value__c: number;
  Improvement__c: string | null;
  /** The session id (set by the trigger in the org). */
  Session_Key__c: string;
  CreatedDate: IsoDateTime;
}

export interface SalesQuotaRecord extends SObject {
  /** Auto number 'Q-00001'. */
  Name: string;
  OwnerId: Id;
  User__c: Id;
  Period_Start__c: IsoDate;
  Period_End__c: IsoDate;
  Amount__c: number;
  Source__c: 'Manual' | 'Forecasting Quota';
  /** 'UserId:PeriodStart' (external id: idempotent imports). */
  Quota_Key__c: string;
  CurrencyIsoCode: string;
  CreatedDate: IsoDateTime;
}

// ---------------------------------------------------------------- the document

/** Every record type, keyed by sObject API name. */
export interface DemoOrgRecords {
  Organization: OrganizationRecord[];
  CurrencyType: CurrencyTypeRecord[];
  DatedConversionRate: DatedConversionRateRecord[];
  FiscalYearSettings: FiscalYearSettingsRecord[];
  Period: PeriodRecord[];
  OpportunityStage: OpportunityStageRecord[];
  UserRole: UserRoleRecord[];
  User: UserRecord[];
  PermissionSet: PermissionSetRecord[];
  PermissionSetAssignment: PermissionSetAssignmentRecord[];
  Account: AccountRecord[];
  Opportunity: OpportunityRecord[];
  OpportunityHistory: OpportunityHistoryRecord[];
  Sales_Quota__c: SalesQuotaRecord[];
  Coaching_Cadence__c: CoachingCadenceRecord[];
  Coaching_Session__c: CoachingSessionRecord[];
  Action_Item__c: ActionItemRecord[];
  Deal_Review__c: DealReviewRecord[];
  Coaching_Feedback__c: CoachingFeedbackRecord[];
}

export type RecordType = keyof DemoOrgRecords;

/**
 * How a seeder treats each record type, in load order: every reference points to a type earlier in this list
 * (or, for User.ManagerId and UserRole.ParentRoleId, to an earlier row of the same type).
 * - `configure`: org set-up done through Setup or the Metadata API, not DML (the seeder checks or applies it)
 * - `reference`: exists in the org already (the package's metadata, the stage picklist); map ids by name
 * - `insert`: insert, remapping references to the new ids
 * - `system`: written by the platform (OpportunityHistory): reproduce by replaying updates, or skip
 */
export const LOAD_ORDER: readonly { type: RecordType; action: 'configure' | 'reference' | 'insert' | 'system' }[] = [
  { type: 'Organization', action: 'configure' },
  { type: 'CurrencyType', action: 'configure' },
  { type: 'DatedConversionRate', action: 'configure' },
  { type: 'FiscalYearSettings', action: 'configure' },
  { type: 'Period', action: 'configure' },
  { type: 'OpportunityStage', action: 'reference' },
  { type: 'UserRole', action: 'insert' },
  { type: 'User', action: 'insert' },
  { type: 'PermissionSet', action: 'reference' },
  { type: 'PermissionSetAssignment', action: 'insert' },
  { type: 'Account', action: 'insert' },
  { type: 'Opportunity', action: 'insert' },
  { type: 'OpportunityHistory', action: 'system' },
  { type: 'Sales_Quota__c', action: 'insert' },
  { type: 'Coaching_Cadence__c', action: 'insert' },
  { type: 'Coaching_Session__c', action: 'insert' },
  { type: 'Action_Item__c', action: 'insert' },
  { type: 'Deal_Review__c', action: 'insert' },
  { type: 'Coaching_Feedback__c', action: 'insert' }
];

/** The reference fields of each record type and the type they point to (referential integrity, id remapping). */
export const REFERENCES: { readonly [T in RecordType]: readonly { field: string; to: RecordType }[] } = {
  Organization: [],
  CurrencyType: [],
  DatedConversionRate: [],
  FiscalYearSettings: [{ field: 'PeriodId', to: 'Period' }],
  Period: [{ field: 'FiscalYearSettingsId', to: 'FiscalYearSettings' }],
  OpportunityStage: [],
  UserRole: [{ field: 'ParentRoleId', to: 'UserRole' }],
  User: [
    { field: 'ManagerId', to: 'User' },
    { field: 'UserRoleId', to: 'UserRole' }
  ],
  PermissionSet: [],
  PermissionSetAssignment: [
    { field: 'AssigneeId', to: 'User' },
    { field: 'PermissionSetId', to: 'PermissionSet' }
  ],
  Account: [{ field: 'OwnerId', to: 'User' }],
  Opportunity: [
    { field: 'AccountId', to: 'Account' },
    { field: 'OwnerId', to: 'User' }
  ],
  OpportunityHistory: [
    { field: 'OpportunityId', to: 'Opportunity' },
    { field: 'CreatedById', to: 'User' }
  ],
  Sales_Quota__c: [
    { field: 'OwnerId', to: 'User' },
    { field: 'User__c', to: 'User' }
  ],
  Coaching_Cadence__c: [
    { field: 'OwnerId', to: 'User' },
    { field: 'Manager__c', to: 'User' },
    { field: 'Rep__c', to: 'User' }
  ],
  Coaching_Session__c: [
    { field: 'OwnerId', to: 'User' },
    { field: 'Cadence__c', to: 'Coaching_Cadence__c' },
    { field: 'Manager__c', to: 'User' },
    { field: 'Rep__c', to: 'User' }
  ],
  Action_Item__c: [
    { field: 'OwnerId', to: 'User' },
    { field: 'Session__c', to: 'Coaching_Session__c' },
    { field: 'Manager__c', to: 'User' },
    { field: 'Rep__c', to: 'User' },
    { field: 'Assignee__c', to: 'User' },
    { field: 'Opportunity__c', to: 'Opportunity' },
    { field: 'Account__c', to: 'Account' }
  ],
  Deal_Review__c: [
    { field: 'Opportunity__c', to: 'Opportunity' },
    { field: 'Reviewed_By__c', to: 'User' }
  ],
  Coaching_Feedback__c: [
    { field: 'OwnerId', to: 'User' },
    { field: 'Session__c', to: 'Coaching_Session__c' },
    { field: 'Rep__c', to: 'User' },
    { field: 'Manager__c', to: 'User' }
  ]
};

/**
 * Fields the org computes or protects: a seeder leaves them out of inserts (CreatedDate needs the
 * "Set Audit Fields upon Record Creation" permission). Everything else in a record is writable.
 */
export const READ_ONLY_FIELDS: { readonly [T in RecordType]?: readonly string[] } = {
  User: ['Name', 'CreatedDate'],
  Account: ['LastActivityDate', 'CreatedDate'],
  Opportunity: [
    'ExpectedRevenue',
    'FiscalYear',
    'FiscalQuarter',
    'IsClosed',
    'IsWon',
    'PushCount',
    'LastStageChangeDate',
    'LastActivityDate',
    'HasOverdueTask',
    'CreatedDate',
    'LastModifiedDate'
  ],
  DatedConversionRate: ['NextStartDate'],
  Sales_Quota__c: ['Name', 'CreatedDate'],
  Coaching_Cadence__c: ['Name', 'Active_Pair_Key__c', 'CreatedDate'],
  Coaching_Session__c: ['Name', 'Prepared__c', 'CreatedDate'],
  Action_Item__c: ['CreatedDate'],
  Deal_Review__c: ['Name', 'Review_Key__c', 'CreatedDate'],
  Coaching_Feedback__c: ['Name', 'Session_Key__c', 'CreatedDate']
};

/** The rep archetypes the generator plants, so that every coaching gap is visible in the data. */
export type RepProfile = 'ordinary' | 'leadGenerationGap' | 'slipper' | 'dealHider' | 'poorConverter' | 'star';

export interface DemoOrgSizes {
  /** First-line managers (each with a team). Default 2. */
  managers: number;
  /** Reps per manager: one number for every team, or one per team. Default [5, 4]. */
  repsPerManager: number | number[];
  /** Whole fiscal quarters of history before the current one. Default 8. */
  quartersOfHistory: number;
  /** Opportunities an ordinary rep creates per quarter (profiles scale it). Default 12. */
  opportunitiesPerRepPerQuarter: number;
  /** Accounts in the org. Default 8 per rep + 12. */
  accounts: number;
  /** Weeks of 1:1 sessions before the anchor. Default 10. */
  sessionWeeks: number;
}

/** What the generator planted and where, so that tests, the preview and demos can find it by role. */
export interface DemoScenario {
  organizationId: Id;
  leaderId: Id;
  adminId: Id;
  managerIds: Id[];
  /** Active reps in team order (manager by manager). */
  repIds: Id[];
  /** Users with IsActive = false (a former rep whose old deals remain). */
  inactiveUserIds: Id[];
  teams: { managerId: Id; repIds: Id[] }[];
  repProfiles: Record<Id, RepProfile>;
  /** The first rep of each problem profile (every profile is present from 5 reps up). */
  problemReps: Partial<Record<Exclude<RepProfile, 'ordinary'>, Id>>;
  /** A manager–rep pair that has no cadence (and so no 1:1s). */
  pairWithoutCadence: { managerId: Id; repId: Id } | null;
  /** The manager whose reps rate the 1:1s visibly lower. */
  lowerRatedManagerId: Id | null;
  /** Cadences whose zone changes clock during the session window, keyed by IANA zone. */
  dstCadences: Record<string, Id>;
}

export interface DemoOrgMeta {
  formatVersion: typeof FORMAT_VERSION;
  generator: 'coaching-rhythm demo-org';
  apiVersion: typeof API_VERSION;
  seed: number;
  /** The calendar date the data is relative to ("today"). */
  anchorDate: IsoDate;
  /** The instant the data is relative to: anchorDate at 12:00 UTC. Sessions after it are Planned. */
  now: IsoDateTime;
  sizes: DemoOrgSizes;
  corporateCurrency: string;
  currencies: string[];
  fiscalYearStartMonth: number;
  /** Records use un-prefixed API names; a managed org returns them with `<namespace>__`. */
  namespace: null;
  loadOrder: RecordType[];
  counts: Record<RecordType, number>;
  /** Record types left empty on request (`--no-history` leaves out OpportunityHistory). */
  omitted: RecordType[];
  /** Where Coaching_Session__c.Snapshot__c came from: the engine's snapshot builder, or not generated. */
  snapshots: { source: 'engine' | 'none'; version: number | null };
  scenario: DemoScenario;
}

export interface DemoOrg {
  meta: DemoOrgMeta;
  records: DemoOrgRecords;
}

/** The standard sales stages of the demo org, in order, with their default probability and forecast category. */
export const STAGES: readonly {
  name: string;
  probability: number;
  forecastCategory: ForecastCategoryName;
  closed: boolean;
  won: boolean;
}[] = [
  { name: 'Prospecting', probability: 10, forecastCategory: 'Pipeline', closed: false, won: false },
  { name: 'Qualification', probability: 10, forecastCategory: 'Pipeline', closed: false, won: false },
  { name: 'Needs Analysis', probability: 20, forecastCategory: 'Pipeline', closed: false, won: false },
  { name: 'Value Proposition', probability: 50, forecastCategory: 'Pipeline', closed: false, won: false },
  { name: 'Id. Decision Makers', probability: 60, forecastCategory: 'Pipeline', closed: false, won: false },
  { name: 'Perception Analysis', probability: 70, forecastCategory: 'Best Case', closed: false, won: false },
  { name: 'Proposal/Price Quote', probability: 75, forecastCategory: 'Best Case', closed: false, won: false },
  { name: 'Negotiation/Review', probability: 90, forecastCategory: 'Commit', closed: false, won: false },
  { name: 'Closed Won', probability: 100, forecastCategory: 'Closed', closed: true, won: true },
  { name: 'Closed Lost', probability: 0, forecastCategory: 'Omitted', closed: true, won: false }
];

/** Forecast category label (Opportunity.ForecastCategoryName) → API value (OpportunityHistory.ForecastCategory). */
export const FORECAST_CATEGORY_VALUE: Readonly<Record<ForecastCategoryName, ForecastCategoryValue>> = {
  Pipeline: 'Pipeline',
  'Best Case': 'BestCase',
  Commit: 'Forecast',
  Closed: 'Closed',
  Omitted: 'Omitted'
};

/** The values of the global value set Loss_Root_Cause (Deal_Review__c.Root_Cause__c), by API name. */
export const ROOT_CAUSES = [
  'Price',
  'Competitor_Fit',
  'No_Decision',
  'Product_Gap',
  'Timing',
  'Champion_Left',
  'No_Decision_Maker',
  'Weak_Business_Case',
  'Procurement_Legal',
  'Poor_Qualification',
  'Went_Dark',
  'Other'
] as const;

/** Key prefixes of the ids the generator mints (custom objects take a0… prefixes as a new org would). */
export const KEY_PREFIX: Readonly<Record<RecordType, string>> = {
  Organization: '00D',
  CurrencyType: '02U',
  DatedConversionRate: '04w',
  FiscalYearSettings: '022',
  Period: '026',
  OpportunityStage: '01J',
  UserRole: '00E',
  User: '005',
  PermissionSet: '0PS',
  PermissionSetAssignment: '0Pa',
  Account: '001',
  Opportunity: '006',
  OpportunityHistory: '008',
  Sales_Quota__c: 'a00',
  Coaching_Cadence__c: 'a01',
  Coaching_Session__c: 'a02',
  Action_Item__c: 'a03',
  Deal_Review__c: 'a04',
  Coaching_Feedback__c: 'a05'
};
