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
import reasonAmountsMissingLabel from '@salesforce/label/c.Coaching_Reason_Amounts_Missing';
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
import quartersDefaultedLabel from '@salesforce/label/c.Coaching_Quarters_Defaulted';
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
import severityHighLabel from '@salesforce/label/c.Coaching_Severity_High';
import severityMediumLabel from '@salesforce/label/c.Coaching_Severity_Medium';
import severityLowLabel from '@salesforce/label/c.Coaching_Severity_Low';
import severityInfoLabel from '@salesforce/label/c.Coaching_Severity_Info';
import trendNowLabel from '@salesforce/label/c.Coaching_Trend_Now';
import trendHeadingLabel from '@salesforce/label/c.Coaching_Trend_Heading';
import pipelineChartLabel from '@salesforce/label/c.Coaching_Chart_Pipeline_Needed';
import pipelineChartDescriptionLabel from '@salesforce/label/c.Coaching_Chart_Pipeline_Needed_Description';
import pipelineOfNeededLabel from '@salesforce/label/c.Coaching_Chart_Pipeline_Of_Needed';
import pipelineNeededLabel from '@salesforce/label/c.Coaching_Chart_Pipeline_Needed_Marker';
import noQuotaShortLabel from '@salesforce/label/c.Coaching_No_Quota_Short';
import changesHeadingLabel from '@salesforce/label/c.Coaching_Changes_Heading';
import changesNoneLabel from '@salesforce/label/c.Coaching_Changes_None';
import changesNoBaselineLabel from '@salesforce/label/c.Coaching_Changes_No_Baseline';
import changesCaptionLabel from '@salesforce/label/c.Coaching_Changes_Caption';
import changesColDealLabel from '@salesforce/label/c.Coaching_Changes_Col_Deal';
import changesColWhatLabel from '@salesforce/label/c.Coaching_Changes_Col_What';
import changesColDetailLabel from '@salesforce/label/c.Coaching_Changes_Col_Detail';
import historyCloseDatesLabel from '@salesforce/label/c.Coaching_History_Close_Dates';
import historyStagesLabel from '@salesforce/label/c.Coaching_History_Stages';
import historyKindCloseDateLabel from '@salesforce/label/c.Coaching_History_Kind_Close_Date';
import historyKindStageLabel from '@salesforce/label/c.Coaching_History_Kind_Stage';
import historyUnnamedDealLabel from '@salesforce/label/c.Coaching_History_Unnamed_Deal';
import historyTruncatedLabel from '@salesforce/label/c.Coaching_History_Truncated';
import historyFailedLabel from '@salesforce/label/c.Coaching_History_Failed';
import sessionAlreadyPlannedLabel from '@salesforce/label/c.Coaching_Session_Already_Planned';
import agendaFieldsNotEditableLabel from '@salesforce/label/c.Coaching_Agenda_Fields_Not_Editable';
import forecastTooLargeLabel from '@salesforce/label/c.Coaching_Forecast_Too_Large';
import changeNewLabel from '@salesforce/label/c.Coaching_Change_New';
import changeSurpriseLabel from '@salesforce/label/c.Coaching_Change_Surprise';
import changeWonLabel from '@salesforce/label/c.Coaching_Change_Won';
import changeLostLabel from '@salesforce/label/c.Coaching_Change_Lost';
import changePushedLabel from '@salesforce/label/c.Coaching_Change_Pushed';
import changePulledInLabel from '@salesforce/label/c.Coaching_Change_Pulled_In';
import changeLaterQuarterLabel from '@salesforce/label/c.Coaching_Change_Later_Quarter';
import changeAmountUpLabel from '@salesforce/label/c.Coaching_Change_Amount_Up';
import changeAmountDownLabel from '@salesforce/label/c.Coaching_Change_Amount_Down';
import changeStageBackLabel from '@salesforce/label/c.Coaching_Change_Stage_Back';
import changeStageForwardLabel from '@salesforce/label/c.Coaching_Change_Stage_Forward';
import changeDroppedLabel from '@salesforce/label/c.Coaching_Change_Dropped';
import changePushedByLabel from '@salesforce/label/c.Coaching_Change_Pushed_By';
import changePulledInByLabel from '@salesforce/label/c.Coaching_Change_Pulled_In_By';
import forecastNotNumberLabel from '@salesforce/label/c.Coaching_Forecast_Not_Number';
import forecastNegativeLabel from '@salesforce/label/c.Coaching_Forecast_Negative';
import forecastBestBelowCommitLabel from '@salesforce/label/c.Coaching_Forecast_Best_Below_Commit';
import sectionReviewedLabel from '@salesforce/label/c.Coaching_Section_Reviewed';
import askHeadingLabel from '@salesforce/label/c.Coaching_Ask_Heading';
import forecastHeadingLabel from '@salesforce/label/c.Coaching_Forecast_Heading';
import forecastCommitLabel from '@salesforce/label/c.Coaching_Forecast_Commit';
import forecastBestCaseLabel from '@salesforce/label/c.Coaching_Forecast_Best_Case';
import forecastCommitHelpLabel from '@salesforce/label/c.Coaching_Forecast_Commit_Help';
import forecastBestCaseHelpLabel from '@salesforce/label/c.Coaching_Forecast_Best_Case_Help';
import forecastSaveLabel from '@salesforce/label/c.Coaching_Forecast_Save';
import forecastSavedLabel from '@salesforce/label/c.Coaching_Forecast_Saved';
import forecastSaveFailedLabel from '@salesforce/label/c.Coaching_Forecast_Save_Failed';
import statusHeadingLabel from '@salesforce/label/c.Coaching_Status_Heading';
import statusHeldAtLabel from '@salesforce/label/c.Coaching_Status_Held_At';
import statusMarkHeldLabel from '@salesforce/label/c.Coaching_Status_Mark_Held';
import statusRescheduleLabel from '@salesforce/label/c.Coaching_Status_Reschedule';
import statusSkipLabel from '@salesforce/label/c.Coaching_Status_Skip';
import statusNewStartLabel from '@salesforce/label/c.Coaching_Status_New_Start';
import statusRescheduleReasonLabel from '@salesforce/label/c.Coaching_Status_Reschedule_Reason';
import statusSkipReasonLabel from '@salesforce/label/c.Coaching_Status_Skip_Reason';
import statusConfirmRescheduleLabel from '@salesforce/label/c.Coaching_Status_Confirm_Reschedule';
import statusConfirmSkipLabel from '@salesforce/label/c.Coaching_Status_Confirm_Skip';
import statusBackLabel from '@salesforce/label/c.Coaching_Status_Back';
import statusHeldAtRequiredLabel from '@salesforce/label/c.Coaching_Status_Held_At_Required';
import statusHeldAtFutureLabel from '@salesforce/label/c.Coaching_Status_Held_At_Future';
import statusReasonRequiredLabel from '@salesforce/label/c.Coaching_Status_Reason_Required';
import statusNewStartRequiredLabel from '@salesforce/label/c.Coaching_Status_New_Start_Required';
import statusNewStartPastLabel from '@salesforce/label/c.Coaching_Status_New_Start_Past';
import agendaTitleLabel from '@salesforce/label/c.Coaching_Agenda_Title';
import agendaLoadErrorLabel from '@salesforce/label/c.Coaching_Agenda_Load_Error';
import noAgendaHeadingLabel from '@salesforce/label/c.Coaching_Agenda_Empty_Heading';
import noAgendaLabel from '@salesforce/label/c.Coaching_Agenda_Empty';
import agendaNoCadenceLabel from '@salesforce/label/c.Coaching_Agenda_No_Cadence';
import agendaStartNowLabel from '@salesforce/label/c.Coaching_Agenda_Start_Now';
import agendaReadOnlyLabel from '@salesforce/label/c.Coaching_Agenda_Read_Only';
import assigneeMeLabel from '@salesforce/label/c.Coaching_Assignee_Me';
import documentRootCauseLabel from '@salesforce/label/c.Coaching_Document_Root_Cause';
import notesLabel from '@salesforce/label/c.Coaching_Notes';
import notesHelpLabel from '@salesforce/label/c.Coaching_Notes_Help';
import savePendingLabel from '@salesforce/label/c.Coaching_Save_Pending';
import saveDoneLabel from '@salesforce/label/c.Coaching_Save_Done';
import saveFailedKeptLabel from '@salesforce/label/c.Coaching_Save_Failed_Kept';
import retrySaveLabel from '@salesforce/label/c.Coaching_Retry_Save';
import sessionPlannedForLabel from '@salesforce/label/c.Coaching_Session_Planned_For';
import sessionHeldAtLabel from '@salesforce/label/c.Coaching_Session_Held_At';
import sessionPreparedLabel from '@salesforce/label/c.Coaching_Session_Prepared';
import sessionNotCreatedLabel from '@salesforce/label/c.Coaching_Session_Not_Created';
import preparationNotRecordedLabel from '@salesforce/label/c.Coaching_Preparation_Not_Recorded';
import heldToastLabel from '@salesforce/label/c.Coaching_Held_Toast';
import heldDoneLabel from '@salesforce/label/c.Coaching_Held_Done';
import heldNoSnapshotLabel from '@salesforce/label/c.Coaching_Held_No_Snapshot';
import heldFailedLabel from '@salesforce/label/c.Coaching_Held_Failed';
import heldRefusedForecastLabel from '@salesforce/label/c.Coaching_Held_Refused_Forecast';
import rescheduleFailedLabel from '@salesforce/label/c.Coaching_Reschedule_Failed';
import rescheduleHalfDoneLabel from '@salesforce/label/c.Coaching_Reschedule_Half_Done';
import rescheduledDoneLabel from '@salesforce/label/c.Coaching_Rescheduled_Done';
import skippedDoneLabel from '@salesforce/label/c.Coaching_Skipped_Done';
import skipFailedLabel from '@salesforce/label/c.Coaching_Skip_Failed';

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
  reasonAmountsMissing: reasonAmountsMissingLabel,
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
  quartersDefaulted: quartersDefaultedLabel,
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
  cancel: cancelLabel,
  severityHigh: severityHighLabel,
  severityMedium: severityMediumLabel,
  severityLow: severityLowLabel,
  severityInfo: severityInfoLabel,
  trendNow: trendNowLabel,
  trendHeading: trendHeadingLabel,
  pipelineChart: pipelineChartLabel,
  pipelineChartDescription: pipelineChartDescriptionLabel,
  pipelineOfNeeded: pipelineOfNeededLabel,
  pipelineNeeded: pipelineNeededLabel,
  noQuotaShort: noQuotaShortLabel,
  changesHeading: changesHeadingLabel,
  changesNone: changesNoneLabel,
  changesNoBaseline: changesNoBaselineLabel,
  changesCaption: changesCaptionLabel,
  changesColDeal: changesColDealLabel,
  changesColWhat: changesColWhatLabel,
  changesColDetail: changesColDetailLabel,
  historyCloseDates: historyCloseDatesLabel,
  historyStages: historyStagesLabel,
  historyKindCloseDate: historyKindCloseDateLabel,
  historyKindStage: historyKindStageLabel,
  historyUnnamedDeal: historyUnnamedDealLabel,
  historyTruncated: historyTruncatedLabel,
  historyFailed: historyFailedLabel,
  sessionAlreadyPlanned: sessionAlreadyPlannedLabel,
  agendaFieldsNotEditable: agendaFieldsNotEditableLabel,
  forecastTooLarge: forecastTooLargeLabel,
  changeNew: changeNewLabel,
  changeSurprise: changeSurpriseLabel,
  changeWon: changeWonLabel,
  changeLost: changeLostLabel,
  changePushed: changePushedLabel,
  changePulledIn: changePulledInLabel,
  changeLaterQuarter: changeLaterQuarterLabel,
  changeAmountUp: changeAmountUpLabel,
  changeAmountDown: changeAmountDownLabel,
  changeStageBack: changeStageBackLabel,
  changeStageForward: changeStageForwardLabel,
  changeDropped: changeDroppedLabel,
  changePushedBy: changePushedByLabel,
  changePulledInBy: changePulledInByLabel,
  forecastNotNumber: forecastNotNumberLabel,
  forecastNegative: forecastNegativeLabel,
  forecastBestBelowCommit: forecastBestBelowCommitLabel,
  sectionReviewed: sectionReviewedLabel,
  askHeading: askHeadingLabel,
  forecastHeading: forecastHeadingLabel,
  forecastCommit: forecastCommitLabel,
  forecastBestCase: forecastBestCaseLabel,
  forecastCommitHelp: forecastCommitHelpLabel,
  forecastBestCaseHelp: forecastBestCaseHelpLabel,
  forecastSave: forecastSaveLabel,
  forecastSaved: forecastSavedLabel,
  forecastSaveFailed: forecastSaveFailedLabel,
  statusHeading: statusHeadingLabel,
  statusHeldAt: statusHeldAtLabel,
  statusMarkHeld: statusMarkHeldLabel,
  statusReschedule: statusRescheduleLabel,
  statusSkip: statusSkipLabel,
  statusNewStart: statusNewStartLabel,
  statusRescheduleReason: statusRescheduleReasonLabel,
  statusSkipReason: statusSkipReasonLabel,
  statusConfirmReschedule: statusConfirmRescheduleLabel,
  statusConfirmSkip: statusConfirmSkipLabel,
  statusBack: statusBackLabel,
  statusHeldAtRequired: statusHeldAtRequiredLabel,
  statusHeldAtFuture: statusHeldAtFutureLabel,
  statusReasonRequired: statusReasonRequiredLabel,
  statusNewStartRequired: statusNewStartRequiredLabel,
  statusNewStartPast: statusNewStartPastLabel,
  agendaTitle: agendaTitleLabel,
  agendaLoadError: agendaLoadErrorLabel,
  noAgendaHeading: noAgendaHeadingLabel,
  noAgenda: noAgendaLabel,
  agendaNoCadence: agendaNoCadenceLabel,
  agendaStartNow: agendaStartNowLabel,
  agendaReadOnly: agendaReadOnlyLabel,
  assigneeMe: assigneeMeLabel,
  documentRootCause: documentRootCauseLabel,
  notes: notesLabel,
  notesHelp: notesHelpLabel,
  savePending: savePendingLabel,
  saveDone: saveDoneLabel,
  saveFailedKept: saveFailedKeptLabel,
  retrySave: retrySaveLabel,
  sessionPlannedFor: sessionPlannedForLabel,
  sessionHeldAt: sessionHeldAtLabel,
  sessionPrepared: sessionPreparedLabel,
  sessionNotCreated: sessionNotCreatedLabel,
  preparationNotRecorded: preparationNotRecordedLabel,
  heldToast: heldToastLabel,
  heldDone: heldDoneLabel,
  heldNoSnapshot: heldNoSnapshotLabel,
  heldFailed: heldFailedLabel,
  heldRefusedForecast: heldRefusedForecastLabel,
  rescheduleFailed: rescheduleFailedLabel,
  rescheduleHalfDone: rescheduleHalfDoneLabel,
  rescheduledDone: rescheduledDoneLabel,
  skippedDone: skippedDoneLabel,
  skipFailed: skipFailedLabel
});

export type LabelKey = keyof typeof LABELS;
