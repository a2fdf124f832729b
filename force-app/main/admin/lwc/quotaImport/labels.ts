// Custom labels of the quota import (CustomLabels.labels-meta.xml, block "quotaImport").
import title from '@salesforce/label/c.Coaching_Quota_Import_Title';
import intro from '@salesforce/label/c.Coaching_Quota_Import_Intro';
import loading from '@salesforce/label/c.Coaching_Quota_Import_Loading';
import available from '@salesforce/label/c.Coaching_Quota_Import_Available';
import unavailableHeading from '@salesforce/label/c.Coaching_Quota_Import_Unavailable_Heading';
import unavailable from '@salesforce/label/c.Coaching_Quota_Import_Unavailable';
import noAccessHeading from '@salesforce/label/c.Coaching_Quota_Import_No_Access_Heading';
import noAccess from '@salesforce/label/c.Coaching_Quota_Import_No_Access';
import start from '@salesforce/label/c.Coaching_Quota_Import_Start';
import end from '@salesforce/label/c.Coaching_Quota_Import_End';
import windowHelp from '@salesforce/label/c.Coaching_Quota_Import_Window_Help';
import calendarNote from '@salesforce/label/c.Coaching_Quota_Import_Calendar_Note';
import startMissing from '@salesforce/label/c.Coaching_Quota_Import_Start_Missing';
import endMissing from '@salesforce/label/c.Coaching_Quota_Import_End_Missing';
import endBeforeStart from '@salesforce/label/c.Coaching_Quota_Import_End_Before_Start';
import errorSummary from '@salesforce/label/c.Coaching_Quota_Import_Error_Summary';
import importButton from '@salesforce/label/c.Coaching_Quota_Import_Button';
import importing from '@salesforce/label/c.Coaching_Quota_Import_Importing';
import resultHeading from '@salesforce/label/c.Coaching_Quota_Import_Result_Heading';
import created from '@salesforce/label/c.Coaching_Quota_Import_Created';
import updated from '@salesforce/label/c.Coaching_Quota_Import_Updated';
import skipped from '@salesforce/label/c.Coaching_Quota_Import_Skipped';
import skippedHelp from '@salesforce/label/c.Coaching_Quota_Import_Skipped_Help';
import statusError from '@salesforce/label/c.Coaching_Quota_Import_Status_Error';
import failed from '@salesforce/label/c.Coaching_Quota_Import_Failed';

export const LABELS = {
  title,
  intro,
  loading,
  available,
  unavailableHeading,
  unavailable,
  noAccessHeading,
  noAccess,
  start,
  end,
  windowHelp,
  calendarNote,
  startMissing,
  endMissing,
  endBeforeStart,
  errorSummary,
  importButton,
  importing,
  resultHeading,
  created,
  updated,
  skipped,
  skippedHelp,
  statusError,
  failed
};
