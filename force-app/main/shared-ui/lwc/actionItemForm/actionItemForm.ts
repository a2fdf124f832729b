import { LightningElement, api } from 'lwc';
import { createRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import type { AnyError } from 'c/ldsErrors';
import { reportField, reportServerFieldErrors } from 'c/formValidity';
import { createInput } from 'c/recordInput';
import ACTION_ITEM_OBJECT from '@salesforce/schema/Action_Item__c';
import NAME_FIELD from '@salesforce/schema/Action_Item__c.Name';
import SESSION_FIELD from '@salesforce/schema/Action_Item__c.Session__c';
import MANAGER_FIELD from '@salesforce/schema/Action_Item__c.Manager__c';
import REP_FIELD from '@salesforce/schema/Action_Item__c.Rep__c';
import ASSIGNEE_FIELD from '@salesforce/schema/Action_Item__c.Assignee__c';
import DUE_DATE_FIELD from '@salesforce/schema/Action_Item__c.Due_Date__c';
import STATUS_FIELD from '@salesforce/schema/Action_Item__c.Status__c';
import OPPORTUNITY_FIELD from '@salesforce/schema/Action_Item__c.Opportunity__c';
import ACCOUNT_FIELD from '@salesforce/schema/Action_Item__c.Account__c';
import DESCRIPTION_FIELD from '@salesforce/schema/Action_Item__c.Description__c';
import BASELINE_STAGE_FIELD from '@salesforce/schema/Action_Item__c.Baseline_Stage__c';
import BASELINE_CLOSE_FIELD from '@salesforce/schema/Action_Item__c.Baseline_Close_Date__c';
import BASELINE_AMOUNT_FIELD from '@salesforce/schema/Action_Item__c.Baseline_Amount__c';
import BASELINE_ACTIVITY_FIELD from '@salesforce/schema/Action_Item__c.Baseline_Activity_Date__c';
import headingLabel from '@salesforce/label/c.Coaching_Action_Item_Form_Heading';
import subjectLabel from '@salesforce/label/c.Coaching_Action_Item_Subject';
import dueDateLabel from '@salesforce/label/c.Coaching_Action_Item_Due_Date';
import assigneeLabel from '@salesforce/label/c.Coaching_Action_Item_Assignee';
import linkLabel from '@salesforce/label/c.Coaching_Action_Item_Link';
import linkHelpLabel from '@salesforce/label/c.Coaching_Action_Item_Link_Help';
import noLinkLabel from '@salesforce/label/c.Coaching_Action_Item_No_Link';
import descriptionLabel from '@salesforce/label/c.Coaching_Action_Item_Description';
import subjectRequiredLabel from '@salesforce/label/c.Coaching_Action_Item_Subject_Required';
import subjectTooLongLabel from '@salesforce/label/c.Coaching_Action_Item_Subject_Too_Long';
import dueDateRequiredLabel from '@salesforce/label/c.Coaching_Action_Item_Due_Date_Required';
import dueDatePastLabel from '@salesforce/label/c.Coaching_Action_Item_Due_Date_Past';
import assigneeRequiredLabel from '@salesforce/label/c.Coaching_Action_Item_Assignee_Required';
import fixFieldsLabel from '@salesforce/label/c.Coaching_Form_Fix_Fields';
import saveFailedLabel from '@salesforce/label/c.Coaching_Action_Item_Save_Failed';
import createdLabel from '@salesforce/label/c.Coaching_Action_Item_Created';
import saveLabel from '@salesforce/label/c.Coaching_Form_Save';
import savingLabel from '@salesforce/label/c.Coaching_Form_Saving';
import cancelLabel from '@salesforce/label/c.Coaching_Form_Cancel';

/** An opportunity the item can be linked to, with the CRM state stored as the item's baseline. */
export interface ActionItemLinkOption {
  value: string;
  label: string;
  accountId?: string | null;
  stageName?: string | null;
  closeDate?: string | null;
  amount?: number | null;
  lastActivityDate?: string | null;
}

export interface ActionItemDraft {
  subject: string;
  dueDate: string;
  assigneeId: string;
}

export const SUBJECT_MAX = 80;

/** Field → message for what the object's validation rules (and common sense) refuse. Empty when valid. */
export function validateActionItem(draft: ActionItemDraft, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const subject = (draft.subject ?? '').trim();
  if (!subject) errors.subject = subjectRequiredLabel;
  else if (subject.length > SUBJECT_MAX) errors.subject = subjectTooLongLabel;
  if (!draft.dueDate || !/^\d{4}-\d{2}-\d{2}$/.test(draft.dueDate)) errors.dueDate = dueDateRequiredLabel;
  else if (today && draft.dueDate < today) errors.dueDate = dueDatePastLabel;
  if (!draft.assigneeId) errors.assigneeId = assigneeRequiredLabel;
  return errors;
}

/** Due a week from `today` by default: the next 1:1. */
function weekAfter(today: string): string {
  const ms = Date.parse(`${today}T00:00:00Z`);
  return Number.isFinite(ms) ? new Date(ms + 7 * 86_400_000).toISOString().slice(0, 10) : '';
}

const FIELD_OF_API: Record<string, string> = {
  Name: 'subject',
  Due_Date__c: 'dueDate',
  Assignee__c: 'assigneeId',
  Opportunity__c: 'opportunityId',
  Description__c: 'description'
};

/**
 * Adds one action item. Validates before saving (same rules as the object), keeps what was typed when the save
 * fails, disables Save while saving so a double click creates one record, and announces success with a toast.
 */
export default class ActionItemForm extends LightningElement {
  /** The 1:1 that agreed the item, when there is one. */
  @api sessionId: string | null = null;
  @api managerId: string | null = null;
  @api repId: string | null = null;
  /** 'YYYY-MM-DD' in the user's time zone. */
  @api today = '';
  /** People the item can be assigned to (usually the rep and the manager); defaults to the first. */
  @api assigneeOptions: { label: string; value: string }[] = [];
  @api linkOptions: ActionItemLinkOption[] = [];
  /** The deal the item is about when the form sits on that deal's page: chosen in the picker from the start. */
  @api linkedOpportunityId: string | null = null;

  subject = '';
  dueDate = '';
  assigneeId = '';
  opportunityId = '';
  description = '';
  saving = false;
  serverErrors: AnyError = null;
  invalid: Record<string, string> = {};

  labels = {
    heading: headingLabel,
    subject: subjectLabel,
    dueDate: dueDateLabel,
    assignee: assigneeLabel,
    link: linkLabel,
    linkHelp: linkHelpLabel,
    description: descriptionLabel,
    subjectRequired: subjectRequiredLabel,
    dueDateRequired: dueDateRequiredLabel,
    dueDatePast: dueDatePastLabel,
    fixFields: fixFieldsLabel,
    saveFailed: saveFailedLabel,
    cancel: cancelLabel
  };

  override connectedCallback(): void {
    if (!this.dueDate) this.dueDate = weekAfter(this.today);
    if (!this.assigneeId) this.assigneeId = this.assigneeOptions?.[0]?.value ?? this.repId ?? '';
    if (!this.opportunityId) this.opportunityId = this.defaultLink;
  }

  /** The preset deal, when it is one the user can link to; else no link. */
  private get defaultLink(): string {
    const id = this.linkedOpportunityId;
    return id && (this.linkOptions ?? []).some((o) => o.value === id) ? id : '';
  }

  get hasAssigneeChoice(): boolean {
    return (this.assigneeOptions ?? []).length > 1;
  }

  get hasLinkOptions(): boolean {
    return (this.linkOptions ?? []).length > 0;
  }

  get linkChoices(): { label: string; value: string }[] {
    return [
      { label: noLinkLabel, value: '' },
      ...(this.linkOptions ?? []).map((o) => ({ label: o.label, value: o.value }))
    ];
  }

  get saveLabel(): string {
    return this.saving ? savingLabel : saveLabel;
  }

  get invalidMessages(): { field: string; text: string }[] {
    return Object.entries(this.invalid).map(([field, text]) => ({ field, text }));
  }

  get hasInvalidFields(): boolean {
    return Object.keys(this.invalid).length > 0;
  }

  handleChange(event: CustomEvent<{ value: string }>): void {
    const field = (event.target as HTMLElement).dataset.field as
      'subject' | 'dueDate' | 'assigneeId' | 'opportunityId' | 'description';
    this[field] = event.detail?.value ?? '';
    if (this.invalid[field]) {
      const rest = { ...this.invalid };
      delete rest[field];
      this.invalid = rest;
      reportField(this.template, field, '');
    }
  }

  handleCancel(): void {
    this.dispatchEvent(new CustomEvent('cancel'));
  }

  async handleSave(): Promise<void> {
    if (this.saving) return;
    const invalid = validateActionItem(
      { subject: this.subject, dueDate: this.dueDate, assigneeId: this.assigneeId },
      this.today
    );
    this.invalid = invalid;
    for (const field of ['subject', 'dueDate', 'assigneeId']) reportField(this.template, field, invalid[field] ?? '');
    if (Object.keys(invalid).length > 0) return;
    this.saving = true;
    this.serverErrors = null;
    const link = (this.linkOptions ?? []).find((o) => o.value === this.opportunityId);
    try {
      const record = await createRecord(
        createInput(ACTION_ITEM_OBJECT, [
          [NAME_FIELD, this.subject.trim()],
          [SESSION_FIELD, this.sessionId || undefined],
          [MANAGER_FIELD, this.managerId || undefined],
          [REP_FIELD, this.repId || undefined],
          [ASSIGNEE_FIELD, this.assigneeId],
          [DUE_DATE_FIELD, this.dueDate],
          [STATUS_FIELD, 'Open'],
          [OPPORTUNITY_FIELD, link?.value],
          [ACCOUNT_FIELD, link?.accountId || undefined],
          [DESCRIPTION_FIELD, this.description.trim() || undefined],
          // The deal as it stands when the item is agreed: the agenda later shows what moved since.
          [BASELINE_STAGE_FIELD, link ? (link.stageName ?? null) : undefined],
          [BASELINE_CLOSE_FIELD, link ? (link.closeDate ?? null) : undefined],
          [BASELINE_AMOUNT_FIELD, link ? (link.amount ?? null) : undefined],
          [BASELINE_ACTIVITY_FIELD, link ? (link.lastActivityDate ?? null) : undefined]
        ])
      );
      this.dispatchEvent(new ShowToastEvent({ title: createdLabel, message: this.subject.trim(), variant: 'success' }));
      this.dispatchEvent(new CustomEvent('created', { detail: { recordId: record?.id ?? null } }));
      this.subject = '';
      this.description = '';
      this.opportunityId = this.defaultLink;
    } catch (error) {
      // Keep everything typed; show field errors beside their fields and the rest in the panel.
      this.serverErrors = error as AnyError;
      this.invalid = reportServerFieldErrors(this.template, error, FIELD_OF_API);
    } finally {
      this.saving = false;
    }
  }
}
