/**
 * The custom labels of the leader's screens in one object: components and view models share one import.
 * In Jest each label resolves to its name (e.g. 'c.Coaching_Oversight_Title'), so tests assert which message
 * is shown without depending on its wording.
 */
import feedbackNotEnoughLabel from '@salesforce/label/c.Coaching_Feedback_Not_Enough_Answers';
import fieldHiddenLabel from '@salesforce/label/c.Coaching_Error_Field_Hidden';
import loadingLabel from '@salesforce/label/c.Coaching_Loading';
import errorGenericLabel from '@salesforce/label/c.Coaching_Error_Generic';
import reviewTypeLostLabel from '@salesforce/label/c.Coaching_Review_Type_Lost';
import reviewTypeDisengagedLabel from '@salesforce/label/c.Coaching_Review_Type_Disengaged';
import titleLabel from '@salesforce/label/c.Coaching_Oversight_Title';
import notAvailableHeadingLabel from '@salesforce/label/c.Coaching_Oversight_Not_Available_Heading';
import notAvailableLabel from '@salesforce/label/c.Coaching_Oversight_Not_Available';
import windowLabelLabel from '@salesforce/label/c.Coaching_Oversight_Window_Label';
import windowThisQuarterLabel from '@salesforce/label/c.Coaching_Oversight_Window_This_Quarter';
import windowLastQuarterLabel from '@salesforce/label/c.Coaching_Oversight_Window_Last_Quarter';
import windowLast30DaysLabel from '@salesforce/label/c.Coaching_Oversight_Window_Last_30_Days';
import windowLast90DaysLabel from '@salesforce/label/c.Coaching_Oversight_Window_Last_90_Days';
import windowLast4QuartersLabel from '@salesforce/label/c.Coaching_Oversight_Window_Last_4_Quarters';
import scopeLabelLabel from '@salesforce/label/c.Coaching_Oversight_Scope_Label';
import scopeMineLabel from '@salesforce/label/c.Coaching_Oversight_Scope_Mine';
import scopeOrgLabel from '@salesforce/label/c.Coaching_Oversight_Scope_Org';
import tabManagersLabel from '@salesforce/label/c.Coaching_Oversight_Tab_Managers';
import tabLossesLabel from '@salesforce/label/c.Coaching_Oversight_Tab_Losses';
import subtitleLabel from '@salesforce/label/c.Coaching_Oversight_Subtitle';
import emptyNoManagersHeadingLabel from '@salesforce/label/c.Coaching_Oversight_Empty_No_Managers_Heading';
import emptyNoManagersMineLabel from '@salesforce/label/c.Coaching_Oversight_Empty_No_Managers_Mine';
import emptyNoManagersOrgLabel from '@salesforce/label/c.Coaching_Oversight_Empty_No_Managers_Org';
import truncatedLabel from '@salesforce/label/c.Coaching_Oversight_Truncated';
import settingsFallbackLabel from '@salesforce/label/c.Coaching_Oversight_Settings_Fallback';
import fiscalFallbackLabel from '@salesforce/label/c.Coaching_Oversight_Fiscal_Fallback';
import summaryHeadingLabel from '@salesforce/label/c.Coaching_Oversight_Summary_Heading';
import trendHeadingLabel from '@salesforce/label/c.Coaching_Oversight_Trend_Heading';
import metricAdherenceLabel from '@salesforce/label/c.Coaching_Oversight_Metric_Adherence';
import metricPreparationLabel from '@salesforce/label/c.Coaching_Oversight_Metric_Preparation';
import metricCoverageLabel from '@salesforce/label/c.Coaching_Oversight_Metric_Coverage';
import metricCompletionLabel from '@salesforce/label/c.Coaching_Oversight_Metric_Completion';
import metricOverdueLabel from '@salesforce/label/c.Coaching_Oversight_Metric_Overdue';
import metricResponseRateLabel from '@salesforce/label/c.Coaching_Oversight_Metric_Response_Rate';
import metricScoreLabel from '@salesforce/label/c.Coaching_Oversight_Metric_Score';
import metricForecastLabel from '@salesforce/label/c.Coaching_Oversight_Metric_Forecast';
import countOfLabel from '@salesforce/label/c.Coaching_Oversight_Count_Of';
import detailWeeksHeldLabel from '@salesforce/label/c.Coaching_Oversight_Detail_Weeks_Held';
import detailPreparedLabel from '@salesforce/label/c.Coaching_Oversight_Detail_Prepared';
import detailCoverageLabel from '@salesforce/label/c.Coaching_Oversight_Detail_Coverage';
import detailItemsDoneLabel from '@salesforce/label/c.Coaching_Oversight_Detail_Items_Done';
import detailOverdueLabel from '@salesforce/label/c.Coaching_Oversight_Detail_Overdue';
import detailResponsesLabel from '@salesforce/label/c.Coaching_Oversight_Detail_Responses';
import detailOverallLabel from '@salesforce/label/c.Coaching_Oversight_Detail_Overall';
import detailScoredManagersLabel from '@salesforce/label/c.Coaching_Oversight_Detail_Scored_Managers';
import detailNoneScheduledLabel from '@salesforce/label/c.Coaching_Oversight_Detail_None_Scheduled';
import detailNoneHeldLabel from '@salesforce/label/c.Coaching_Oversight_Detail_None_Held';
import detailNoneDueLabel from '@salesforce/label/c.Coaching_Oversight_Detail_None_Due';
import detailNoneOpenLabel from '@salesforce/label/c.Coaching_Oversight_Detail_None_Open';
import notEnoughAnswersLabel from '@salesforce/label/c.Coaching_Oversight_Not_Enough_Answers';
import scoreOutOf5Label from '@salesforce/label/c.Coaching_Oversight_Score_Out_Of_5';
import biasOverLabel from '@salesforce/label/c.Coaching_Oversight_Bias_Over';
import biasUnderLabel from '@salesforce/label/c.Coaching_Oversight_Bias_Under';
import biasNoneLabel from '@salesforce/label/c.Coaching_Oversight_Bias_None';
import forecastNoQuarterLabel from '@salesforce/label/c.Coaching_Oversight_Forecast_No_Quarter';
import forecastNoActualLabel from '@salesforce/label/c.Coaching_Oversight_Forecast_No_Actual';
import statusOnTargetLabel from '@salesforce/label/c.Coaching_Oversight_Status_On_Target';
import statusBelowTargetLabel from '@salesforce/label/c.Coaching_Oversight_Status_Below_Target';
import statusFarBelowTargetLabel from '@salesforce/label/c.Coaching_Oversight_Status_Far_Below_Target';
import tableCaptionLabel from '@salesforce/label/c.Coaching_Oversight_Table_Caption';
import colManagerLabel from '@salesforce/label/c.Coaching_Oversight_Col_Manager';
import colRepsLabel from '@salesforce/label/c.Coaching_Oversight_Col_Reps';
import colRepLabel from '@salesforce/label/c.Coaching_Oversight_Col_Rep';
import colCadenceLabel from '@salesforce/label/c.Coaching_Oversight_Col_Cadence';
import sortByLabel from '@salesforce/label/c.Coaching_Oversight_Sort_By';
import reportsToLabel from '@salesforce/label/c.Coaching_Oversight_Reports_To';
import openManagerLabel from '@salesforce/label/c.Coaching_Oversight_Open_Manager';
import noRepsLabel from '@salesforce/label/c.Coaching_Oversight_No_Reps';
import backLabel from '@salesforce/label/c.Coaching_Oversight_Back';
import repsHeadingLabel from '@salesforce/label/c.Coaching_Oversight_Reps_Heading';
import repsCaptionLabel from '@salesforce/label/c.Coaching_Oversight_Reps_Caption';
import emptyNoRepsHeadingLabel from '@salesforce/label/c.Coaching_Oversight_Empty_No_Reps_Heading';
import emptyNoRepsLabel from '@salesforce/label/c.Coaching_Oversight_Empty_No_Reps';
import cadenceSlotLabel from '@salesforce/label/c.Coaching_Oversight_Cadence_Slot';
import noCadenceLabel from '@salesforce/label/c.Coaching_Oversight_No_Cadence';
import feedbackHeadingLabel from '@salesforce/label/c.Coaching_Oversight_Feedback_Heading';
import feedbackCaptionLabel from '@salesforce/label/c.Coaching_Oversight_Feedback_Caption';
import feedbackEmptyLabel from '@salesforce/label/c.Coaching_Oversight_Feedback_Empty';
import feedbackMoreLabel from '@salesforce/label/c.Coaching_Oversight_Feedback_More';
import colDateLabel from '@salesforce/label/c.Coaching_Oversight_Col_Date';
import colRatingsLabel from '@salesforce/label/c.Coaching_Oversight_Col_Ratings';
import colOverallLabel from '@salesforce/label/c.Coaching_Oversight_Col_Overall';
import colImproveLabel from '@salesforce/label/c.Coaching_Oversight_Col_Improve';
import ratingsTextLabel from '@salesforce/label/c.Coaching_Oversight_Ratings_Text';
import noCommentLabel from '@salesforce/label/c.Coaching_Oversight_No_Comment';
import managerTrendHeadingLabel from '@salesforce/label/c.Coaching_Oversight_Manager_Trend_Heading';
import currencyMissingLabel from '@salesforce/label/c.Coaching_Oversight_Currency_Missing';
import warningsHeadingLabel from '@salesforce/label/c.Coaching_Oversight_Warnings';
import lossHeadingLabel from '@salesforce/label/c.Coaching_Losses_Heading';
import lossMeasureLabelLabel from '@salesforce/label/c.Coaching_Losses_Measure_Label';
import lossMeasureCountLabel from '@salesforce/label/c.Coaching_Losses_Measure_Count';
import lossMeasureAmountLabel from '@salesforce/label/c.Coaching_Losses_Measure_Amount';
import lossTypeLabelLabel from '@salesforce/label/c.Coaching_Losses_Type_Label';
import lossTypeAllLabel from '@salesforce/label/c.Coaching_Losses_Type_All';
import lossTeamLabelLabel from '@salesforce/label/c.Coaching_Losses_Team_Label';
import lossTeamAllLabel from '@salesforce/label/c.Coaching_Losses_Team_All';
import lossNoTeamLabel from '@salesforce/label/c.Coaching_Losses_No_Team';
import lossUnspecifiedLabel from '@salesforce/label/c.Coaching_Losses_Unspecified';
import lossParetoHeadingLabel from '@salesforce/label/c.Coaching_Losses_Pareto_Heading';
import lossParetoDescriptionLabel from '@salesforce/label/c.Coaching_Losses_Pareto_Description';
import lossBarValueLabel from '@salesforce/label/c.Coaching_Losses_Bar_Value';
import lossSummaryLabel from '@salesforce/label/c.Coaching_Losses_Summary';
import lossUnknownAmountLabel from '@salesforce/label/c.Coaching_Losses_Unknown_Amount';
import lossTrendHeadingLabel from '@salesforce/label/c.Coaching_Losses_Trend_Heading';
import lossTrendCaptionLabel from '@salesforce/label/c.Coaching_Losses_Trend_Caption';
import lossTeamHeadingLabel from '@salesforce/label/c.Coaching_Losses_Team_Heading';
import lossTeamCaptionLabel from '@salesforce/label/c.Coaching_Losses_Team_Caption';
import lossReviewsLabelLabel from '@salesforce/label/c.Coaching_Losses_Reviews_Label';
import lossReviewsCaptionLabel from '@salesforce/label/c.Coaching_Losses_Reviews_Caption';
import lossEmptyHeadingLabel from '@salesforce/label/c.Coaching_Losses_Empty_Heading';
import lossEmptyLabel from '@salesforce/label/c.Coaching_Losses_Empty';
import colCauseLabel from '@salesforce/label/c.Coaching_Losses_Col_Cause';
import colTotalLabel from '@salesforce/label/c.Coaching_Losses_Col_Total';
import colTeamLabel from '@salesforce/label/c.Coaching_Losses_Col_Team';
import colLossesLabel from '@salesforce/label/c.Coaching_Losses_Col_Losses';
import colAmountLabel from '@salesforce/label/c.Coaching_Losses_Col_Amount';
import colTopCauseLabel from '@salesforce/label/c.Coaching_Losses_Col_Top_Cause';
import colOpportunityLabel from '@salesforce/label/c.Coaching_Losses_Col_Opportunity';
import colOwnerLabel from '@salesforce/label/c.Coaching_Losses_Col_Owner';
import colTypeLabel from '@salesforce/label/c.Coaching_Losses_Col_Type';
import colNotesLabel from '@salesforce/label/c.Coaching_Losses_Col_Notes';

export const LABELS = {
  feedbackNotEnough: feedbackNotEnoughLabel,
  fieldHidden: fieldHiddenLabel,
  loading: loadingLabel,
  errorGeneric: errorGenericLabel,
  reviewTypeLost: reviewTypeLostLabel,
  reviewTypeDisengaged: reviewTypeDisengagedLabel,
  title: titleLabel,
  notAvailableHeading: notAvailableHeadingLabel,
  notAvailable: notAvailableLabel,
  windowLabel: windowLabelLabel,
  windowThisQuarter: windowThisQuarterLabel,
  windowLastQuarter: windowLastQuarterLabel,
  windowLast30Days: windowLast30DaysLabel,
  windowLast90Days: windowLast90DaysLabel,
  windowLast4Quarters: windowLast4QuartersLabel,
  scopeLabel: scopeLabelLabel,
  scopeMine: scopeMineLabel,
  scopeOrg: scopeOrgLabel,
  tabManagers: tabManagersLabel,
  tabLosses: tabLossesLabel,
  subtitle: subtitleLabel,
  emptyNoManagersHeading: emptyNoManagersHeadingLabel,
  emptyNoManagersMine: emptyNoManagersMineLabel,
  emptyNoManagersOrg: emptyNoManagersOrgLabel,
  truncated: truncatedLabel,
  settingsFallback: settingsFallbackLabel,
  fiscalFallback: fiscalFallbackLabel,
  summaryHeading: summaryHeadingLabel,
  trendHeading: trendHeadingLabel,
  metricAdherence: metricAdherenceLabel,
  metricPreparation: metricPreparationLabel,
  metricCoverage: metricCoverageLabel,
  metricCompletion: metricCompletionLabel,
  metricOverdue: metricOverdueLabel,
  metricResponseRate: metricResponseRateLabel,
  metricScore: metricScoreLabel,
  metricForecast: metricForecastLabel,
  countOf: countOfLabel,
  detailWeeksHeld: detailWeeksHeldLabel,
  detailPrepared: detailPreparedLabel,
  detailCoverage: detailCoverageLabel,
  detailItemsDone: detailItemsDoneLabel,
  detailOverdue: detailOverdueLabel,
  detailResponses: detailResponsesLabel,
  detailOverall: detailOverallLabel,
  detailScoredManagers: detailScoredManagersLabel,
  detailNoneScheduled: detailNoneScheduledLabel,
  detailNoneHeld: detailNoneHeldLabel,
  detailNoneDue: detailNoneDueLabel,
  detailNoneOpen: detailNoneOpenLabel,
  notEnoughAnswers: notEnoughAnswersLabel,
  scoreOutOf5: scoreOutOf5Label,
  biasOver: biasOverLabel,
  biasUnder: biasUnderLabel,
  biasNone: biasNoneLabel,
  forecastNoQuarter: forecastNoQuarterLabel,
  forecastNoActual: forecastNoActualLabel,
  statusOnTarget: statusOnTargetLabel,
  statusBelowTarget: statusBelowTargetLabel,
  statusFarBelowTarget: statusFarBelowTargetLabel,
  tableCaption: tableCaptionLabel,
  colManager: colManagerLabel,
  colReps: colRepsLabel,
  colRep: colRepLabel,
  colCadence: colCadenceLabel,
  sortBy: sortByLabel,
  reportsTo: reportsToLabel,
  openManager: openManagerLabel,
  noReps: noRepsLabel,
  back: backLabel,
  repsHeading: repsHeadingLabel,
  repsCaption: repsCaptionLabel,
  emptyNoRepsHeading: emptyNoRepsHeadingLabel,
  emptyNoReps: emptyNoRepsLabel,
  cadenceSlot: cadenceSlotLabel,
  noCadence: noCadenceLabel,
  feedbackHeading: feedbackHeadingLabel,
  feedbackCaption: feedbackCaptionLabel,
  feedbackEmpty: feedbackEmptyLabel,
  feedbackMore: feedbackMoreLabel,
  colDate: colDateLabel,
  colRatings: colRatingsLabel,
  colOverall: colOverallLabel,
  colImprove: colImproveLabel,
  ratingsText: ratingsTextLabel,
  noComment: noCommentLabel,
  managerTrendHeading: managerTrendHeadingLabel,
  currencyMissing: currencyMissingLabel,
  warningsHeading: warningsHeadingLabel,
  lossHeading: lossHeadingLabel,
  lossMeasureLabel: lossMeasureLabelLabel,
  lossMeasureCount: lossMeasureCountLabel,
  lossMeasureAmount: lossMeasureAmountLabel,
  lossTypeLabel: lossTypeLabelLabel,
  lossTypeAll: lossTypeAllLabel,
  lossTeamLabel: lossTeamLabelLabel,
  lossTeamAll: lossTeamAllLabel,
  lossNoTeam: lossNoTeamLabel,
  lossUnspecified: lossUnspecifiedLabel,
  lossParetoHeading: lossParetoHeadingLabel,
  lossParetoDescription: lossParetoDescriptionLabel,
  lossBarValue: lossBarValueLabel,
  lossSummary: lossSummaryLabel,
  lossUnknownAmount: lossUnknownAmountLabel,
  lossTrendHeading: lossTrendHeadingLabel,
  lossTrendCaption: lossTrendCaptionLabel,
  lossTeamHeading: lossTeamHeadingLabel,
  lossTeamCaption: lossTeamCaptionLabel,
  lossReviewsLabel: lossReviewsLabelLabel,
  lossReviewsCaption: lossReviewsCaptionLabel,
  lossEmptyHeading: lossEmptyHeadingLabel,
  lossEmpty: lossEmptyLabel,
  colCause: colCauseLabel,
  colTotal: colTotalLabel,
  colTeam: colTeamLabel,
  colLosses: colLossesLabel,
  colAmount: colAmountLabel,
  colTopCause: colTopCauseLabel,
  colOpportunity: colOpportunityLabel,
  colOwner: colOwnerLabel,
  colType: colTypeLabel,
  colNotes: colNotesLabel
};
