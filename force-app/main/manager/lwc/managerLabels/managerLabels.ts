/**
 * The custom labels of the manager's screens in one object: components and view models share one import.
 * In Jest each label resolves to its name (e.g. 'c.Coaching_Cockpit_Title'), so tests assert which message
 * is shown without depending on its wording.
 */
import cockpitTitleLabel from '@salesforce/label/c.Coaching_Cockpit_Title';
import teamHeadingLabel from '@salesforce/label/c.Coaching_Cockpit_Team_Heading';
import rosterHeadingLabel from '@salesforce/label/c.Coaching_Cockpit_Roster_Heading';
import rosterCaptionLabel from '@salesforce/label/c.Coaching_Cockpit_Roster_Caption';
import sortLabelLabel from '@salesforce/label/c.Coaching_Cockpit_Sort_Label';
import sortRiskLabel from '@salesforce/label/c.Coaching_Cockpit_Sort_Risk';
import sortNameLabel from '@salesforce/label/c.Coaching_Cockpit_Sort_Name';
import sortCoverageLabel from '@salesforce/label/c.Coaching_Cockpit_Sort_Coverage';
import sortNextLabel from '@salesforce/label/c.Coaching_Cockpit_Sort_Next';
import colRepLabel from '@salesforce/label/c.Coaching_Cockpit_Col_Rep';
import colHealthLabel from '@salesforce/label/c.Coaching_Cockpit_Col_Health';
import colCoverageLabel from '@salesforce/label/c.Coaching_Cockpit_Col_Coverage';
import colGapLabel from '@salesforce/label/c.Coaching_Cockpit_Col_Gap';
import colFocusLabel from '@salesforce/label/c.Coaching_Cockpit_Col_Focus';
import colItemsLabel from '@salesforce/label/c.Coaching_Cockpit_Col_Items';
import colNextLabel from '@salesforce/label/c.Coaching_Cockpit_Col_Next';
import colActionsLabel from '@salesforce/label/c.Coaching_Cockpit_Col_Actions';
import openAgendaLabel from '@salesforce/label/c.Coaching_Cockpit_Open_Agenda';
import setUpCadenceLabel from '@salesforce/label/c.Coaching_Cockpit_Set_Up_Cadence';
import editCadenceLabel from '@salesforce/label/c.Coaching_Cockpit_Edit_Cadence';
import backToTeamLabel from '@salesforce/label/c.Coaching_Cockpit_Back_To_Team';
import healthHealthyLabel from '@salesforce/label/c.Coaching_Health_Healthy';
import healthWatchLabel from '@salesforce/label/c.Coaching_Health_Watch';
import healthAtRiskLabel from '@salesforce/label/c.Coaching_Health_At_Risk';
import reasonNoQuotaLabel from '@salesforce/label/c.Coaching_Reason_No_Quota';
import reasonZeroQuotaLabel from '@salesforce/label/c.Coaching_Reason_Zero_Quota';
import reasonNoOpportunitiesLabel from '@salesforce/label/c.Coaching_Reason_No_Opportunities';
import reasonNoManagerLabel from '@salesforce/label/c.Coaching_Reason_No_Manager';
import quotaMetLabel from '@salesforce/label/c.Coaching_Quota_Met';
import coverageNeedsLabel from '@salesforce/label/c.Coaching_Coverage_Needs';
import itemsOpenPastDueLabel from '@salesforce/label/c.Coaching_Items_Open_Past_Due';
import noUpcomingLabel from '@salesforce/label/c.Coaching_Empty_No_Upcoming_1_1';
import noCadenceWarningLabel from '@salesforce/label/c.Coaching_Cockpit_No_Cadence';
import cadenceSummaryLabel from '@salesforce/label/c.Coaching_Cadence_Summary';
import tileQuotaLabel from '@salesforce/label/c.Coaching_Tile_Quota';
import tileClosedWonLabel from '@salesforce/label/c.Coaching_Tile_Closed_Won';
import attainmentLabel from '@salesforce/label/c.Coaching_Tile_Attainment';
import tileCommitLabel from '@salesforce/label/c.Coaching_Tile_Commit';
import commitDetailLabel from '@salesforce/label/c.Coaching_Tile_Commit_Detail';
import tileBestCaseLabel from '@salesforce/label/c.Coaching_Tile_Best_Case';
import bestCaseDetailLabel from '@salesforce/label/c.Coaching_Tile_Best_Case_Detail';
import tileCoverageLabel from '@salesforce/label/c.Coaching_Tile_Coverage';
import tileGapLabel from '@salesforce/label/c.Coaching_Tile_Gap';
import coverageChartLabel from '@salesforce/label/c.Coaching_Chart_Coverage';
import coverageChartDescriptionLabel from '@salesforce/label/c.Coaching_Chart_Coverage_Description';
import stageChartLabel from '@salesforce/label/c.Coaching_Chart_Pipeline_By_Stage';
import stageBarValueLabel from '@salesforce/label/c.Coaching_Chart_Stage_Value';
import forecastChartLabel from '@salesforce/label/c.Coaching_Chart_Forecast';
import forecastChartDescriptionLabel from '@salesforce/label/c.Coaching_Chart_Forecast_Description';
import forecastBarValueLabel from '@salesforce/label/c.Coaching_Chart_Forecast_Value';
import forecastOverLabel from '@salesforce/label/c.Coaching_Chart_Forecast_Over';
import forecastUnderLabel from '@salesforce/label/c.Coaching_Chart_Forecast_Under';
import noForecastHistoryLabel from '@salesforce/label/c.Coaching_Chart_No_Forecast';
import noTeamLabel from '@salesforce/label/c.Coaching_Empty_No_Team';
import noTeamHeadingLabel from '@salesforce/label/c.Coaching_Cockpit_No_Team_Heading';
import loadingLabel from '@salesforce/label/c.Coaching_Loading';
import retryLabel from '@salesforce/label/c.Coaching_Retry';
import loadErrorLabel from '@salesforce/label/c.Coaching_Error_Generic';
import truncatedLabel from '@salesforce/label/c.Coaching_Cockpit_Truncated';
import settingsDefaultedLabel from '@salesforce/label/c.Coaching_Settings_Defaulted';
import cadenceNewHeadingLabel from '@salesforce/label/c.Coaching_Cadence_New_Heading';
import cadenceEditHeadingLabel from '@salesforce/label/c.Coaching_Cadence_Edit_Heading';
import cadenceHelpLabel from '@salesforce/label/c.Coaching_Cadence_Help';
import cadenceDayLabel from '@salesforce/label/c.Coaching_Cadence_Day';
import cadenceTimeLabel from '@salesforce/label/c.Coaching_Cadence_Time';
import cadenceDurationLabel from '@salesforce/label/c.Coaching_Cadence_Duration';
import cadenceTimeZoneLabel from '@salesforce/label/c.Coaching_Cadence_Time_Zone';
import cadenceTimeZoneHelpLabel from '@salesforce/label/c.Coaching_Cadence_Time_Zone_Help';
import cadenceActiveLabel from '@salesforce/label/c.Coaching_Cadence_Active';
import cadenceActiveOnLabel from '@salesforce/label/c.Coaching_Cadence_Active_On';
import cadenceActiveOffLabel from '@salesforce/label/c.Coaching_Cadence_Active_Off';
import cadenceDayRequiredLabel from '@salesforce/label/c.Coaching_Cadence_Day_Required';
import cadenceTimeRequiredLabel from '@salesforce/label/c.Coaching_Cadence_Time_Required';
import cadenceDurationRangeLabel from '@salesforce/label/c.Coaching_Cadence_Duration_Range';
import cadenceTimeZoneInvalidLabel from '@salesforce/label/c.Coaching_Cadence_Time_Zone_Invalid';
import cadenceNoRepLabel from '@salesforce/label/c.Coaching_Cadence_No_Rep';
import cadenceSamePersonLabel from '@salesforce/label/c.Coaching_Cadence_Same_Person';
import cadenceSaveFailedLabel from '@salesforce/label/c.Coaching_Cadence_Save_Failed';
import cadenceSavedLabel from '@salesforce/label/c.Coaching_Cadence_Saved';
import cadenceSavedDetailLabel from '@salesforce/label/c.Coaching_Cadence_Saved_Detail';
import fixFieldsLabel from '@salesforce/label/c.Coaching_Form_Fix_Fields';
import saveLabel from '@salesforce/label/c.Coaching_Form_Save';
import savingLabel from '@salesforce/label/c.Coaching_Form_Saving';
import cancelLabel from '@salesforce/label/c.Coaching_Form_Cancel';

export const LABELS = Object.freeze({
  cockpitTitle: cockpitTitleLabel,
  teamHeading: teamHeadingLabel,
  rosterHeading: rosterHeadingLabel,
  rosterCaption: rosterCaptionLabel,
  sortLabel: sortLabelLabel,
  sortRisk: sortRiskLabel,
  sortName: sortNameLabel,
  sortCoverage: sortCoverageLabel,
  sortNext: sortNextLabel,
  colRep: colRepLabel,
  colHealth: colHealthLabel,
  colCoverage: colCoverageLabel,
  colGap: colGapLabel,
  colFocus: colFocusLabel,
  colItems: colItemsLabel,
  colNext: colNextLabel,
  colActions: colActionsLabel,
  openAgenda: openAgendaLabel,
  setUpCadence: setUpCadenceLabel,
  editCadence: editCadenceLabel,
  backToTeam: backToTeamLabel,
  healthHealthy: healthHealthyLabel,
  healthWatch: healthWatchLabel,
  healthAtRisk: healthAtRiskLabel,
  reasonNoQuota: reasonNoQuotaLabel,
  reasonZeroQuota: reasonZeroQuotaLabel,
  reasonNoOpportunities: reasonNoOpportunitiesLabel,
  reasonNoManager: reasonNoManagerLabel,
  quotaMet: quotaMetLabel,
  coverageNeeds: coverageNeedsLabel,
  itemsOpenPastDue: itemsOpenPastDueLabel,
  noUpcoming: noUpcomingLabel,
  noCadenceWarning: noCadenceWarningLabel,
  cadenceSummary: cadenceSummaryLabel,
  tileQuota: tileQuotaLabel,
  tileClosedWon: tileClosedWonLabel,
  attainment: attainmentLabel,
  tileCommit: tileCommitLabel,
  commitDetail: commitDetailLabel,
  tileBestCase: tileBestCaseLabel,
  bestCaseDetail: bestCaseDetailLabel,
  tileCoverage: tileCoverageLabel,
  tileGap: tileGapLabel,
  coverageChart: coverageChartLabel,
  coverageChartDescription: coverageChartDescriptionLabel,
  stageChart: stageChartLabel,
  stageBarValue: stageBarValueLabel,
  forecastChart: forecastChartLabel,
  forecastChartDescription: forecastChartDescriptionLabel,
  forecastBarValue: forecastBarValueLabel,
  forecastOver: forecastOverLabel,
  forecastUnder: forecastUnderLabel,
  noForecastHistory: noForecastHistoryLabel,
  noTeam: noTeamLabel,
  noTeamHeading: noTeamHeadingLabel,
  loading: loadingLabel,
  retry: retryLabel,
  loadError: loadErrorLabel,
  truncated: truncatedLabel,
  settingsDefaulted: settingsDefaultedLabel,
  cadenceNewHeading: cadenceNewHeadingLabel,
  cadenceEditHeading: cadenceEditHeadingLabel,
  cadenceHelp: cadenceHelpLabel,
  cadenceDay: cadenceDayLabel,
  cadenceTime: cadenceTimeLabel,
  cadenceDuration: cadenceDurationLabel,
  cadenceTimeZone: cadenceTimeZoneLabel,
  cadenceTimeZoneHelp: cadenceTimeZoneHelpLabel,
  cadenceActive: cadenceActiveLabel,
  cadenceActiveOn: cadenceActiveOnLabel,
  cadenceActiveOff: cadenceActiveOffLabel,
  cadenceDayRequired: cadenceDayRequiredLabel,
  cadenceTimeRequired: cadenceTimeRequiredLabel,
  cadenceDurationRange: cadenceDurationRangeLabel,
  cadenceTimeZoneInvalid: cadenceTimeZoneInvalidLabel,
  cadenceNoRep: cadenceNoRepLabel,
  cadenceSamePerson: cadenceSamePersonLabel,
  cadenceSaveFailed: cadenceSaveFailedLabel,
  cadenceSaved: cadenceSavedLabel,
  cadenceSavedDetail: cadenceSavedDetailLabel,
  fixFields: fixFieldsLabel,
  save: saveLabel,
  saving: savingLabel,
  cancel: cancelLabel
});

export type LabelKey = keyof typeof LABELS;
