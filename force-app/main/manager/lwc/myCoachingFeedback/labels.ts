/**
 * The custom labels of the manager's feedback card. In Jest each label resolves to its name.
 */
import myTitleLabel from '@salesforce/label/c.Coaching_My_Feedback_Title';
import myNotAvailableLabel from '@salesforce/label/c.Coaching_My_Feedback_Not_Available';
import myWindowLabelLabel from '@salesforce/label/c.Coaching_My_Feedback_Window_Label';
import myWindow3Label from '@salesforce/label/c.Coaching_My_Feedback_Window_3';
import myWindow6Label from '@salesforce/label/c.Coaching_My_Feedback_Window_6';
import myWindow12Label from '@salesforce/label/c.Coaching_My_Feedback_Window_12';
import myPrivacyLabel from '@salesforce/label/c.Coaching_My_Feedback_Privacy';
import myBasisLabel from '@salesforce/label/c.Coaching_My_Feedback_Basis';
import myBasisWindowLabel from '@salesforce/label/c.Coaching_My_Feedback_Basis_Window';
import mySuppressedLabel from '@salesforce/label/c.Coaching_My_Feedback_Suppressed';
import myNotEnoughHeadingLabel from '@salesforce/label/c.Coaching_My_Feedback_Not_Enough_Heading';
import myNoClosedMonthLabel from '@salesforce/label/c.Coaching_My_Feedback_No_Closed_Month';
import myChartHeadingLabel from '@salesforce/label/c.Coaching_My_Feedback_Chart_Heading';
import myOverallLabel from '@salesforce/label/c.Coaching_My_Feedback_Overall';
import myOverallValueLabel from '@salesforce/label/c.Coaching_My_Feedback_Overall_Value';
import dimPreparationLabel from '@salesforce/label/c.Coaching_Feedback_Dimension_Preparation';
import dimPipelineInsightLabel from '@salesforce/label/c.Coaching_Feedback_Dimension_Pipeline_Insight';
import dimSkillDevelopmentLabel from '@salesforce/label/c.Coaching_Feedback_Dimension_Skill_Development';
import dimActionClarityLabel from '@salesforce/label/c.Coaching_Feedback_Dimension_Action_Clarity';
import dimRepAgendaLabel from '@salesforce/label/c.Coaching_Feedback_Dimension_Rep_Agenda';
import loadingLabel from '@salesforce/label/c.Coaching_Loading';
import errorGenericLabel from '@salesforce/label/c.Coaching_Error_Generic';
import feedbackNotEnoughLabel from '@salesforce/label/c.Coaching_Feedback_Not_Enough_Answers';

export const LABELS = {
  myTitle: myTitleLabel,
  myNotAvailable: myNotAvailableLabel,
  myWindowLabel: myWindowLabelLabel,
  myWindow3: myWindow3Label,
  myWindow6: myWindow6Label,
  myWindow12: myWindow12Label,
  myPrivacy: myPrivacyLabel,
  myBasis: myBasisLabel,
  myBasisWindow: myBasisWindowLabel,
  mySuppressed: mySuppressedLabel,
  myNotEnoughHeading: myNotEnoughHeadingLabel,
  myNoClosedMonth: myNoClosedMonthLabel,
  myChartHeading: myChartHeadingLabel,
  myOverall: myOverallLabel,
  myOverallValue: myOverallValueLabel,
  dimPreparation: dimPreparationLabel,
  dimPipelineInsight: dimPipelineInsightLabel,
  dimSkillDevelopment: dimSkillDevelopmentLabel,
  dimActionClarity: dimActionClarityLabel,
  dimRepAgenda: dimRepAgendaLabel,
  loading: loadingLabel,
  errorGeneric: errorGenericLabel,
  feedbackNotEnough: feedbackNotEnoughLabel
};
