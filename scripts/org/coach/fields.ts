/**
 * The fields the `coach` CLI reads, per object: what the engine's input model (c/coachingModel) needs, as
 * API names. The components' GraphQL queries read the same fields; a test keeps the two lists (and the
 * data model in docs/data-model.md) in sync, so the CLI and the UI never disagree about the data.
 */

export interface ObjectFields {
  /** Always selected; a missing one is an error (the package is not deployed, or FLS hides it). */
  required: readonly string[];
  /**
   * Selected when the org has them: CurrencyIsoCode exists only in multi-currency orgs, and some orgs gate
   * a field behind a licence or FLS. Absent ones map to null, as GraphQL optional fields do.
   */
  optional: readonly string[];
}

export const COACH_FIELDS = {
  User: {
    required: ['Id', 'Name', 'ManagerId', 'IsActive', 'Title', 'UserRoleId', 'TimeZoneSidKey', 'Username'],
    optional: ['DefaultCurrencyIsoCode']
  },
  Account: {
    required: ['Id', 'Name', 'OwnerId', 'LastActivityDate'],
    optional: []
  },
  Opportunity: {
    required: [
      'Id',
      'Name',
      'AccountId',
      'OwnerId',
      'Amount',
      'StageName',
      'ForecastCategoryName',
      'CloseDate',
      'CreatedDate',
      'LastStageChangeDate',
      'LastActivityDate',
      'PushCount',
      'IsClosed',
      'IsWon',
      'Probability',
      'HasOverdueTask',
      'NextStep'
    ],
    optional: ['CurrencyIsoCode']
  },
  Coaching_Cadence__c: {
    required: [
      'Id',
      'Manager__c',
      'Rep__c',
      'Day_Of_Week__c',
      'Local_Start_Time__c',
      'Duration_Minutes__c',
      'Time_Zone__c',
      'Active__c',
      'CreatedDate'
    ],
    optional: []
  },
  Coaching_Session__c: {
    required: [
      'Id',
      'Cadence__c',
      'Manager__c',
      'Rep__c',
      'Scheduled_Start__c',
      'Actual_Start__c',
      'Status__c',
      'Notes__c',
      'Sections_Reviewed__c',
      'Commit_Current_Quarter__c',
      'Best_Case_Current_Quarter__c',
      'Commit_Next_Quarter__c',
      'Best_Case_Next_Quarter__c',
      'Forecast_Period_Start__c',
      'Forecast_Period_End__c',
      'Snapshot__c',
      'Snapshot_Version__c',
      'Agenda_Opened_At__c',
      'Health_Score__c',
      'Coverage_Current_Quarter__c',
      'Main_Gap__c'
    ],
    optional: ['CurrencyIsoCode']
  },
  Action_Item__c: {
    required: [
      'Id',
      'Name',
      'Session__c',
      'Manager__c',
      'Rep__c',
      'Assignee__c',
      'Due_Date__c',
      'Status__c',
      'Completed_Date__c',
      'Opportunity__c',
      'Account__c',
      'CreatedDate',
      'Baseline_Stage__c',
      'Baseline_Close_Date__c',
      'Baseline_Amount__c',
      'Baseline_Activity_Date__c'
    ],
    optional: []
  },
  Deal_Review__c: {
    required: [
      'Id',
      'Opportunity__c',
      'Review_Type__c',
      'Root_Cause__c',
      'Notes__c',
      'Reviewed_By__c',
      'Reviewed_On__c'
    ],
    optional: []
  },
  Coaching_Feedback__c: {
    required: [
      'Id',
      'Session__c',
      'Rep__c',
      'Manager__c',
      'Preparation_Rating__c',
      'Pipeline_Insight_Rating__c',
      'Skill_Development_Rating__c',
      'Action_Clarity_Rating__c',
      'Rep_Agenda_Rating__c',
      'Overall_Value__c',
      'Improvement__c',
      'CreatedDate'
    ],
    optional: []
  },
  Sales_Quota__c: {
    required: ['Id', 'User__c', 'Period_Start__c', 'Period_End__c', 'Amount__c'],
    optional: ['CurrencyIsoCode']
  }
} as const satisfies Record<string, ObjectFields>;

export type CoachObject = keyof typeof COACH_FIELDS;

/** Settings (custom metadata), fiscal and currency set-up: read through SOQL as the Apex layer does. */
export const SETUP_QUERIES = {
  Organization: 'SELECT Id, TimeZoneSidKey, FiscalYearStartMonth, UsesStartDateAsFiscalYearName FROM Organization',
  FiscalYearSettings:
    'SELECT Id, Name, StartDate, EndDate, IsStandardYear, YearType, PeriodId FROM FiscalYearSettings ORDER BY StartDate',
  Period:
    "SELECT Id, FiscalYearSettingsId, Type, StartDate, EndDate, Number, FullyQualifiedLabel FROM Period WHERE Type = 'Quarter' ORDER BY StartDate",
  CurrencyType:
    'SELECT Id, IsoCode, ConversionRate, DecimalPlaces, IsActive, IsCorporate FROM CurrencyType WHERE IsActive = true',
  DatedConversionRate:
    'SELECT Id, IsoCode, ConversionRate, StartDate, NextStartDate FROM DatedConversionRate ORDER BY StartDate'
} as const;

export const SETTINGS_QUERIES = {
  Coaching_Setting__mdt: [
    'DeveloperName',
    'Default_Required_Coverage__c',
    'Stale_Days_Multiplier__c',
    'Existing_Window_Months__c',
    'Dormant_Window_Months__c',
    'Disengaged_Days__c',
    'Lost_Review_Window_Days__c',
    'Inactivity_Days__c',
    'Push_Count_Risk__c',
    'K_Anonymity_Minimum__c',
    'Adherence_Tolerance_Hours__c',
    'Min_Closed_Deals__c',
    'Late_Stage_Probability__c',
    'Pipeline_Creation_Weeks__c',
    'Activity_Window_Days__c',
    'Low_Hanging_Fruit_Share__c',
    'Below_Team_Ratio__c',
    'Above_Team_Ratio__c',
    'Slippage_Share__c',
    'Commit_Miss_Share__c',
    'Hidden_Deal_Share__c',
    'Disabled_Gap_Codes__c'
  ],
  Stage_Setting__mdt: ['DeveloperName', 'Stage_Name__c', 'Sort_Order__c', 'Max_Days_In_Stage__c'],
  Stage_Exit_Criterion__mdt: ['DeveloperName', 'Stage_Name__c', 'Criterion__c', 'Field_Api_Name__c', 'Sort_Order__c'],
  Survey_Question__mdt: ['DeveloperName', 'Dimension__c', 'Question_Text__c', 'Sort_Order__c', 'Active__c'],
  Agenda_Section__mdt: ['DeveloperName', 'MasterLabel', 'Section_Key__c', 'Enabled__c', 'Sort_Order__c']
} as const;
