// Custom labels of the root-cause review form (CustomLabels.labels-meta.xml, block "dealReviewForm").
import headingLost from '@salesforce/label/c.Coaching_Review_Heading_Lost';
import headingDisengaged from '@salesforce/label/c.Coaching_Review_Heading_Disengaged';
import intro from '@salesforce/label/c.Coaching_Review_Intro';
import rootCause from '@salesforce/label/c.Coaching_Review_Root_Cause';
import rootCausePlaceholder from '@salesforce/label/c.Coaching_Review_Root_Cause_Placeholder';
import notes from '@salesforce/label/c.Coaching_Review_Notes';
import notesHelp from '@salesforce/label/c.Coaching_Review_Notes_Help';
import save from '@salesforce/label/c.Coaching_Review_Save';
import saving from '@salesforce/label/c.Coaching_Review_Saving';
import change from '@salesforce/label/c.Coaching_Review_Change';
import savedToast from '@salesforce/label/c.Coaching_Review_Saved_Toast';
import recordedOn from '@salesforce/label/c.Coaching_Review_Recorded_On';
import errorSummary from '@salesforce/label/c.Coaching_Review_Error_Summary';
import rootCauseMissing from '@salesforce/label/c.Coaching_Review_Error_Root_Cause_Missing';
import rootCauseUnknown from '@salesforce/label/c.Coaching_Review_Error_Root_Cause_Unknown';
import notesRequired from '@salesforce/label/c.Coaching_Review_Error_Notes_Required';
import notesTooLong from '@salesforce/label/c.Coaching_Review_Error_Notes_Too_Long';
import notesHidden from '@salesforce/label/c.Coaching_Review_Error_Notes_Hidden';
import loadError from '@salesforce/label/c.Coaching_Review_Load_Error';
import saveError from '@salesforce/label/c.Coaching_Review_Save_Error';
import duplicate from '@salesforce/label/c.Coaching_Review_Duplicate';
import noAccess from '@salesforce/label/c.Coaching_Review_No_Access';
import noValuesHeading from '@salesforce/label/c.Coaching_Review_No_Values_Heading';
import noValues from '@salesforce/label/c.Coaching_Review_No_Values';
import loading from '@salesforce/label/c.Coaching_Review_Loading';

export const LABELS = {
  headingLost,
  headingDisengaged,
  intro,
  rootCause,
  rootCausePlaceholder,
  notes,
  notesHelp,
  save,
  saving,
  change,
  savedToast,
  recordedOn,
  errorSummary,
  rootCauseMissing,
  rootCauseUnknown,
  notesRequired,
  notesTooLong,
  notesHidden,
  loadError,
  saveError,
  duplicate,
  noAccess,
  noValuesHeading,
  noValues,
  loading
};
