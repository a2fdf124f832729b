// The rep screens' custom labels (CustomLabels.labels-meta.xml, block "repLabels"), imported once and shared.
import focusHeading from '@salesforce/label/c.Coaching_Rep_Focus_Heading';
import focusSource from '@salesforce/label/c.Coaching_Rep_Focus_Source';
import focusSkill from '@salesforce/label/c.Coaching_Rep_Focus_Skill';
import focusEvidence from '@salesforce/label/c.Coaching_Rep_Focus_Evidence';
import focusEmptyHeading from '@salesforce/label/c.Coaching_Rep_Focus_Empty_Heading';
import focusEmpty from '@salesforce/label/c.Coaching_Rep_Focus_Empty';
import focusHidden from '@salesforce/label/c.Coaching_Rep_Focus_Hidden';
import questionsHeading from '@salesforce/label/c.Coaching_Rep_Questions_Heading';
import nextHeading from '@salesforce/label/c.Coaching_Rep_Next_Heading';
import nextEmptyHeading from '@salesforce/label/c.Coaching_Rep_Next_Empty_Heading';
import nextEmpty from '@salesforce/label/c.Coaching_Rep_Next_Empty';
import nextWith from '@salesforce/label/c.Coaching_Rep_Next_With';
import nextMinutes from '@salesforce/label/c.Coaching_Rep_Next_Minutes';
import nextFromCadence from '@salesforce/label/c.Coaching_Rep_Next_From_Cadence';
import nextScheduled from '@salesforce/label/c.Coaching_Rep_Next_Scheduled';
import remindersHeading from '@salesforce/label/c.Coaching_Rep_Reminders_Heading';
import reminderFeedback from '@salesforce/label/c.Coaching_Rep_Reminder_Feedback';
import reminderFeedbackAction from '@salesforce/label/c.Coaching_Rep_Reminder_Feedback_Action';
import reminderRootCauseLost from '@salesforce/label/c.Coaching_Rep_Reminder_Root_Cause_Lost';
import reminderRootCauseDisengaged from '@salesforce/label/c.Coaching_Rep_Reminder_Root_Cause_Disengaged';
import reminderOpenDeal from '@salesforce/label/c.Coaching_Rep_Reminder_Open_Deal';
import diagnosisHeading from '@salesforce/label/c.Coaching_Rep_Diagnosis_Heading';
import diagnosisMain from '@salesforce/label/c.Coaching_Rep_Diagnosis_Main';
import diagnosisConfidence from '@salesforce/label/c.Coaching_Rep_Diagnosis_Confidence';
import diagnosisFigure from '@salesforce/label/c.Coaching_Rep_Diagnosis_Figure';
import diagnosisRep from '@salesforce/label/c.Coaching_Rep_Diagnosis_Rep';
import diagnosisTeam from '@salesforce/label/c.Coaching_Rep_Diagnosis_Team';
import diagnosisEmpty from '@salesforce/label/c.Coaching_Rep_Diagnosis_Empty';
import historyHeading from '@salesforce/label/c.Coaching_Rep_History_Heading';
import historyDate from '@salesforce/label/c.Coaching_Rep_History_Date';
import historyStatus from '@salesforce/label/c.Coaching_Rep_History_Status';
import historyHealth from '@salesforce/label/c.Coaching_Rep_History_Health';
import historyGap from '@salesforce/label/c.Coaching_Rep_History_Gap';
import historyCommit from '@salesforce/label/c.Coaching_Rep_History_Commit';
import historyEmpty from '@salesforce/label/c.Coaching_Rep_History_Empty';
import forecastHeading from '@salesforce/label/c.Coaching_Rep_Forecast_Heading';
import forecastQuarter from '@salesforce/label/c.Coaching_Rep_Forecast_Quarter';
import forecastCommit from '@salesforce/label/c.Coaching_Rep_Forecast_Commit';
import forecastActual from '@salesforce/label/c.Coaching_Rep_Forecast_Actual';
import forecastAccuracy from '@salesforce/label/c.Coaching_Rep_Forecast_Accuracy';
import forecastBias from '@salesforce/label/c.Coaching_Rep_Forecast_Bias';
import forecastOverall from '@salesforce/label/c.Coaching_Rep_Forecast_Overall';
import forecastBiasOver from '@salesforce/label/c.Coaching_Rep_Forecast_Bias_Over';
import forecastBiasUnder from '@salesforce/label/c.Coaching_Rep_Forecast_Bias_Under';
import forecastEmpty from '@salesforce/label/c.Coaching_Rep_Forecast_Empty';
import trendHeading from '@salesforce/label/c.Coaching_Rep_Trend_Heading';
import dealHealth from '@salesforce/label/c.Coaching_Rep_Deal_Health';
import dealBandHealthy from '@salesforce/label/c.Coaching_Rep_Deal_Band_Healthy';
import dealBandWatch from '@salesforce/label/c.Coaching_Rep_Deal_Band_Watch';
import dealBandAtRisk from '@salesforce/label/c.Coaching_Rep_Deal_Band_At_Risk';
import dealFactors from '@salesforce/label/c.Coaching_Rep_Deal_Factors';
import dealFactorPoints from '@salesforce/label/c.Coaching_Rep_Deal_Factor_Points';
import dealNoFactors from '@salesforce/label/c.Coaching_Rep_Deal_No_Factors';
import dealDaysInStage from '@salesforce/label/c.Coaching_Rep_Deal_Days_In_Stage';
import dealBenchmarkConfigured from '@salesforce/label/c.Coaching_Rep_Deal_Benchmark_Configured';
import dealBenchmarkTeam from '@salesforce/label/c.Coaching_Rep_Deal_Benchmark_Team';
import dealBenchmarkCycle from '@salesforce/label/c.Coaching_Rep_Deal_Benchmark_Cycle';
import dealBenchmarkFloor from '@salesforce/label/c.Coaching_Rep_Deal_Benchmark_Floor';
import dealPushes from '@salesforce/label/c.Coaching_Rep_Deal_Pushes';
import dealPushesDetail from '@salesforce/label/c.Coaching_Rep_Deal_Pushes_Detail';
import exitHeading from '@salesforce/label/c.Coaching_Rep_Exit_Heading';
import exitHeadingNoStage from '@salesforce/label/c.Coaching_Rep_Exit_Heading_No_Stage';
import exitMet from '@salesforce/label/c.Coaching_Rep_Exit_Met';
import exitUnmet from '@salesforce/label/c.Coaching_Rep_Exit_Unmet';
import exitAsk from '@salesforce/label/c.Coaching_Rep_Exit_Ask';
import exitEmpty from '@salesforce/label/c.Coaching_Rep_Exit_Empty';
import changesHeading from '@salesforce/label/c.Coaching_Rep_Changes_Heading';
import changesSeen from '@salesforce/label/c.Coaching_Rep_Changes_Seen';
import changesStage from '@salesforce/label/c.Coaching_Rep_Changes_Stage';
import changesClose from '@salesforce/label/c.Coaching_Rep_Changes_Close';
import changesAmount from '@salesforce/label/c.Coaching_Rep_Changes_Amount';
import changesCategory from '@salesforce/label/c.Coaching_Rep_Changes_Category';
import changesChanged from '@salesforce/label/c.Coaching_Rep_Changes_Changed';
import changesEmpty from '@salesforce/label/c.Coaching_Rep_Changes_Empty';
import changesHidden from '@salesforce/label/c.Coaching_Rep_Changes_Hidden';
import focusFigureCoverage from '@salesforce/label/c.Coaching_Rep_Focus_Figure_Coverage';
import focusFigureCoverageValue from '@salesforce/label/c.Coaching_Rep_Focus_Figure_Coverage_Value';
import focusFigureWinRate from '@salesforce/label/c.Coaching_Rep_Focus_Figure_Win_Rate';
import focusFigurePipeline from '@salesforce/label/c.Coaching_Rep_Focus_Figure_Pipeline';
import focusFigureWon from '@salesforce/label/c.Coaching_Rep_Focus_Figure_Won';
import focusFigureWonValue from '@salesforce/label/c.Coaching_Rep_Focus_Figure_Won_Value';
import focusFigureCommit from '@salesforce/label/c.Coaching_Rep_Focus_Figure_Commit';
import homeTitle from '@salesforce/label/c.Coaching_Rep_Home_Title';
import homeLoading from '@salesforce/label/c.Coaching_Rep_Home_Loading';
import homeLoadError from '@salesforce/label/c.Coaching_Rep_Home_Load_Error';
import homeItemsHeading from '@salesforce/label/c.Coaching_Rep_Home_Items_Heading';
import homeItemsPastDue from '@salesforce/label/c.Coaching_Rep_Home_Items_Past_Due';
import homeItemsEmpty from '@salesforce/label/c.Coaching_Rep_Home_Items_Empty';
import homeTruncated from '@salesforce/label/c.Coaching_Rep_Home_Truncated';
import dealTitle from '@salesforce/label/c.Coaching_Rep_Deal_Title';
import dealLoading from '@salesforce/label/c.Coaching_Rep_Deal_Loading';
import dealLoadError from '@salesforce/label/c.Coaching_Rep_Deal_Load_Error';
import dealNotFound from '@salesforce/label/c.Coaching_Rep_Deal_Not_Found';
import dealWon from '@salesforce/label/c.Coaching_Rep_Deal_Won';
import dealPromptLost from '@salesforce/label/c.Coaching_Rep_Deal_Prompt_Lost';
import dealPromptDisengaged from '@salesforce/label/c.Coaching_Rep_Deal_Prompt_Disengaged';
import dealItemsHeading from '@salesforce/label/c.Coaching_Rep_Deal_Items_Heading';
import dealItemsEmpty from '@salesforce/label/c.Coaching_Rep_Deal_Items_Empty';
import dealQuestionsHeading from '@salesforce/label/c.Coaching_Rep_Deal_Questions_Heading';
import dealAssigneeMe from '@salesforce/label/c.Coaching_Rep_Deal_Assignee_Me';
import dealBenchmarkSample from '@salesforce/label/c.Coaching_Rep_Deal_Benchmark_Sample';
import panelTitle from '@salesforce/label/c.Coaching_Rep_Panel_Title';
import panelLoading from '@salesforce/label/c.Coaching_Rep_Panel_Loading';
import panelLoadError from '@salesforce/label/c.Coaching_Rep_Panel_Load_Error';
import panelNotAvailableHeading from '@salesforce/label/c.Coaching_Rep_Panel_Not_Available_Heading';
import panelNotAvailable from '@salesforce/label/c.Coaching_Rep_Panel_Not_Available';
import panelOwnPage from '@salesforce/label/c.Coaching_Rep_Panel_Own_Page';
import panelHealth from '@salesforce/label/c.Coaching_Rep_Panel_Health';
import panelItemsHeading from '@salesforce/label/c.Coaching_Rep_Panel_Items_Heading';
import panelItemsEmpty from '@salesforce/label/c.Coaching_Rep_Panel_Items_Empty';
import panelAgendaOpen from '@salesforce/label/c.Coaching_Rep_Panel_Agenda_Open';
import panelAgendaClose from '@salesforce/label/c.Coaching_Rep_Panel_Agenda_Close';
import panelTruncated from '@salesforce/label/c.Coaching_Rep_Panel_Truncated';
import reminderRootCauseMore from '@salesforce/label/c.Coaching_Rep_Reminder_Root_Cause_More';

export const LABELS = {
  focusHeading,
  focusSource,
  focusSkill,
  focusEvidence,
  focusEmptyHeading,
  focusEmpty,
  focusHidden,
  questionsHeading,
  nextHeading,
  nextEmptyHeading,
  nextEmpty,
  nextWith,
  nextMinutes,
  nextFromCadence,
  nextScheduled,
  remindersHeading,
  reminderFeedback,
  reminderFeedbackAction,
  reminderRootCauseLost,
  reminderRootCauseDisengaged,
  reminderOpenDeal,
  diagnosisHeading,
  diagnosisMain,
  diagnosisConfidence,
  diagnosisFigure,
  diagnosisRep,
  diagnosisTeam,
  diagnosisEmpty,
  historyHeading,
  historyDate,
  historyStatus,
  historyHealth,
  historyGap,
  historyCommit,
  historyEmpty,
  forecastHeading,
  forecastQuarter,
  forecastCommit,
  forecastActual,
  forecastAccuracy,
  forecastBias,
  forecastOverall,
  forecastBiasOver,
  forecastBiasUnder,
  forecastEmpty,
  trendHeading,
  dealHealth,
  dealBandHealthy,
  dealBandWatch,
  dealBandAtRisk,
  dealFactors,
  dealFactorPoints,
  dealNoFactors,
  dealDaysInStage,
  dealBenchmarkConfigured,
  dealBenchmarkTeam,
  dealBenchmarkCycle,
  dealBenchmarkFloor,
  dealPushes,
  dealPushesDetail,
  exitHeading,
  exitHeadingNoStage,
  exitMet,
  exitUnmet,
  exitAsk,
  exitEmpty,
  changesHeading,
  changesSeen,
  changesStage,
  changesClose,
  changesAmount,
  changesCategory,
  changesChanged,
  changesEmpty,
  changesHidden,
  focusFigureCoverage,
  focusFigureCoverageValue,
  focusFigureWinRate,
  focusFigurePipeline,
  focusFigureWon,
  focusFigureWonValue,
  focusFigureCommit,
  homeTitle,
  homeLoading,
  homeLoadError,
  homeItemsHeading,
  homeItemsPastDue,
  homeItemsEmpty,
  homeTruncated,
  dealTitle,
  dealLoading,
  dealLoadError,
  dealNotFound,
  dealWon,
  dealPromptLost,
  dealPromptDisengaged,
  dealItemsHeading,
  dealItemsEmpty,
  dealQuestionsHeading,
  dealAssigneeMe,
  dealBenchmarkSample,
  panelTitle,
  panelLoading,
  panelLoadError,
  panelNotAvailableHeading,
  panelNotAvailable,
  panelOwnPage,
  panelHealth,
  panelItemsHeading,
  panelItemsEmpty,
  panelAgendaOpen,
  panelAgendaClose,
  panelTruncated,
  reminderRootCauseMore
};
