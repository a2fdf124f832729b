// Custom labels of the 1:1 feedback survey (CustomLabels.labels-meta.xml, block "feedbackSurvey").
import heading from '@salesforce/label/c.Coaching_Survey_Heading';
import about from '@salesforce/label/c.Coaching_Survey_About';
import privacy from '@salesforce/label/c.Coaching_Survey_Privacy';
import scaleAgree from '@salesforce/label/c.Coaching_Survey_Scale_Agree';
import scaleValue from '@salesforce/label/c.Coaching_Survey_Scale_Value';
import submit from '@salesforce/label/c.Coaching_Survey_Submit';
import submitting from '@salesforce/label/c.Coaching_Survey_Submitting';
import thanksHeading from '@salesforce/label/c.Coaching_Survey_Thanks_Heading';
import thanks from '@salesforce/label/c.Coaching_Survey_Thanks';
import already from '@salesforce/label/c.Coaching_Survey_Already_Answered';
import sentToast from '@salesforce/label/c.Coaching_Survey_Sent_Toast';
import errorSummary from '@salesforce/label/c.Coaching_Survey_Error_Summary';
import ratingMissing from '@salesforce/label/c.Coaching_Survey_Error_Rating_Missing';
import ratingOutOfRange from '@salesforce/label/c.Coaching_Survey_Error_Rating_Out_Of_Range';
import textTooLong from '@salesforce/label/c.Coaching_Survey_Error_Text_Too_Long';
import saveError from '@salesforce/label/c.Coaching_Survey_Save_Error';
import loadError from '@salesforce/label/c.Coaching_Survey_Load_Error';
import noAccess from '@salesforce/label/c.Coaching_Survey_No_Access';
import noSessionHeading from '@salesforce/label/c.Coaching_Survey_No_Session_Heading';
import noSession from '@salesforce/label/c.Coaching_Survey_No_Session';
import loading from '@salesforce/label/c.Coaching_Survey_Loading';

export const LABELS = {
  heading,
  about,
  privacy,
  scaleAgree,
  scaleValue,
  submit,
  submitting,
  thanksHeading,
  thanks,
  already,
  sentToast,
  errorSummary,
  ratingMissing,
  ratingOutOfRange,
  textTooLong,
  saveError,
  loadError,
  noAccess,
  noSessionHeading,
  noSession,
  loading
};
