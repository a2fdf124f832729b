import { LightningElement, api, wire } from 'lwc';
import { getObjectInfo, getPicklistValues } from 'lightning/uiObjectInfoApi';
import type { ObjectInfo, PicklistValues } from 'lightning/uiObjectInfoApi';
import { createRecord, updateRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import LOCALE from '@salesforce/i18n/locale';
import DEAL_REVIEW_OBJECT from '@salesforce/schema/Deal_Review__c';
import OPPORTUNITY_FIELD from '@salesforce/schema/Deal_Review__c.Opportunity__c';
import REVIEW_TYPE_FIELD from '@salesforce/schema/Deal_Review__c.Review_Type__c';
import ROOT_CAUSE_FIELD from '@salesforce/schema/Deal_Review__c.Root_Cause__c';
import NOTES_FIELD from '@salesforce/schema/Deal_Review__c.Notes__c';
import REVIEWED_BY_FIELD from '@salesforce/schema/Deal_Review__c.Reviewed_By__c';
import REVIEWED_ON_FIELD from '@salesforce/schema/Deal_Review__c.Reviewed_On__c';
import { isoFromDay, localDay } from 'c/calendarDate';
import { formatDate, formatLabel } from 'c/coachingFormat';
import { hasErrorCode } from 'c/ldsErrors';
import { createInput, fieldApiName, updateInput } from 'c/recordInput';
import type { AnyError } from 'c/ldsErrors';
import { LABELS } from './labels';
import { NOTES_MAX_LENGTH, checkDealReview } from './dealReviewRules';
import type { DealReviewProblem } from './dealReviewRules';

const ROOT_CAUSE = fieldApiName(ROOT_CAUSE_FIELD);
const NOTES = fieldApiName(NOTES_FIELD);

/** An existing Deal_Review__c of this deal and type (one per deal and type: edit it, never create a second). */
export interface ExistingReview {
  id: string;
  rootCause: string | null;
  notes: string | null;
  reviewedOn?: string | null;
}

export interface ReviewSavedDetail {
  id: string;
  opportunityId: string;
  reviewType: string;
  rootCause: string;
}

const PROBLEM_LABEL: Record<DealReviewProblem, string> = {
  ROOT_CAUSE_MISSING: LABELS.rootCauseMissing,
  ROOT_CAUSE_UNKNOWN: LABELS.rootCauseUnknown,
  NOTES_REQUIRED: LABELS.notesRequired,
  NOTES_TOO_LONG: LABELS.notesTooLong
};

/**
 * The root-cause review of one lost or disengaged deal: a category from the admin-managed Loss_Root_Cause
 * picklist plus notes (required for Other). Used in place on the deal coaching panel and in the manager's
 * agenda. Checks the object's rules before saving, keeps the typed answer on any failure, and saves once.
 */
export default class DealReviewForm extends LightningElement {
  @api opportunityId: string | null = null;
  /** 'Lost' or 'Disengaged' (Deal_Review__c.Review_Type__c). */
  @api reviewType: 'Lost' | 'Disengaged' = 'Lost';

  labels = LABELS;
  notesMaxLength = NOTES_MAX_LENGTH;
  objectInfo: ObjectInfo | null = null;
  picklist: PicklistValues | null = null;
  loadError: AnyError = null;
  saveError: AnyError = null;
  rootCause: string | null = null;
  notes = '';
  /** Problems found by the last attempt to save; cleared field by field as the user fixes them. */
  problems: { rootCause: DealReviewProblem | null; notes: DealReviewProblem | null } = {
    rootCause: null,
    notes: null
  };
  isSaving = false;
  /** The user pressed Change on a saved review. */
  userEditing = false;
  private existing: ExistingReview | null = null;

  /** The deal's existing review of this type, if any: shown as a summary with a Change button. */
  @api
  get review(): ExistingReview | null {
    return this.existing;
  }
  set review(value: ExistingReview | null) {
    this.existing = value ?? null;
    // A refresh from the parent never overwrites what the user is typing.
    if (this.existing && !this.userEditing) {
      this.rootCause = this.existing.rootCause;
      this.notes = this.existing.notes ?? '';
    }
  }

  @wire(getObjectInfo, { objectApiName: DEAL_REVIEW_OBJECT })
  wiredObjectInfo({ data, error }: { data?: ObjectInfo; error?: AnyError }): void {
    if (data) {
      this.objectInfo = data;
      this.loadError = null;
    } else if (error) {
      this.loadError = error;
    }
  }

  @wire(getPicklistValues, { recordTypeId: '$recordTypeId', fieldApiName: ROOT_CAUSE_FIELD })
  wiredPicklist({ data, error }: { data?: PicklistValues; error?: AnyError }): void {
    if (data) {
      this.picklist = data;
    } else if (error) {
      this.loadError = error;
    }
  }

  get recordTypeId(): string | undefined {
    // Only ask for the picklist once the field is known to be visible to this user.
    return this.objectInfo?.fields?.[ROOT_CAUSE] ? this.objectInfo.defaultRecordTypeId : undefined;
  }

  get heading(): string {
    return this.reviewType === 'Disengaged' ? LABELS.headingDisengaged : LABELS.headingLost;
  }

  get isLoading(): boolean {
    if (this.loadError) return false;
    return !this.objectInfo || (!!this.recordTypeId && !this.picklist);
  }

  /** Field-level security hides the root cause, or the user may not write reviews at all. */
  get isUnavailable(): boolean {
    const info = this.objectInfo;
    if (!info) return false;
    const rootCauseField = info.fields?.[ROOT_CAUSE];
    if (!rootCauseField) return true;
    return this.existing?.id ? !rootCauseField.updateable : !(info.createable && rootCauseField.createable);
  }

  get notesAvailable(): boolean {
    const notes = this.objectInfo?.fields?.[NOTES];
    return !!notes && (this.existing?.id ? notes.updateable : notes.createable);
  }

  get options(): { label: string; value: string }[] {
    return (this.picklist?.values ?? []).map((v) => ({ label: v.label, value: v.value }));
  }

  get hasNoOptions(): boolean {
    return this.options.length === 0;
  }

  get showSummary(): boolean {
    return !!this.existing?.rootCause && !this.userEditing;
  }

  get summaryRootCause(): string {
    const value = this.existing?.rootCause ?? '';
    return this.options.find((o) => o.value === value)?.label ?? value;
  }

  get summaryDate(): string {
    return this.existing?.reviewedOn
      ? formatLabel(LABELS.recordedOn, formatDate(this.existing.reviewedOn, LOCALE))
      : '';
  }

  get notesRequired(): boolean {
    return this.rootCause === 'Other';
  }

  get errorMessages(): string[] {
    const list: string[] = [];
    if (this.problems.rootCause) list.push(PROBLEM_LABEL[this.problems.rootCause]);
    if (this.problems.notes)
      list.push(
        this.problems.notes === 'NOTES_REQUIRED' && !this.notesAvailable
          ? LABELS.notesHidden
          : PROBLEM_LABEL[this.problems.notes]
      );
    return list;
  }

  get hasErrors(): boolean {
    return this.errorMessages.length > 0;
  }

  get saveErrorMessage(): string {
    // The unique Review_Key__c refused a second review of the same deal and type.
    return hasErrorCode(this.saveError, 'DUPLICATE_VALUE') ? LABELS.duplicate : LABELS.saveError;
  }

  get saveLabel(): string {
    return this.isSaving ? LABELS.saving : LABELS.save;
  }

  handleRootCauseChange(event: CustomEvent<{ value: string }>): void {
    this.rootCause = event.detail.value;
    this.problems = { rootCause: null, notes: this.problems.notes === 'NOTES_REQUIRED' ? null : this.problems.notes };
  }

  handleNotesChange(event: CustomEvent<{ value: string }>): void {
    this.notes = event.detail.value ?? '';
    this.problems = { ...this.problems, notes: null };
  }

  handleEdit(): void {
    this.userEditing = true;
  }

  async handleSave(): Promise<void> {
    if (this.isSaving) return;
    const check = checkDealReview(
      { rootCause: this.rootCause, notes: this.notes },
      this.options.map((o) => o.value)
    );
    this.problems = { rootCause: check.rootCause, notes: check.notes };
    this.showFieldValidity();
    if (!check.valid) return;

    this.isSaving = true;
    this.saveError = null;
    const today = isoFromDay(localDay(Date.now(), TIME_ZONE));
    // Notes are written only when the user may edit them (undefined leaves the field out of the write).
    const notes = this.notesAvailable ? (this.notes.trim() === '' ? null : this.notes) : undefined;
    const entries = [
      [ROOT_CAUSE_FIELD, this.rootCause],
      [NOTES_FIELD, notes],
      [REVIEWED_BY_FIELD, USER_ID],
      [REVIEWED_ON_FIELD, today]
    ] as const;
    try {
      let id: string;
      if (this.existing?.id) {
        await updateRecord(updateInput(this.existing.id, entries));
        id = this.existing.id;
      } else {
        const created = await createRecord(
          createInput(DEAL_REVIEW_OBJECT, [
            ...entries,
            [OPPORTUNITY_FIELD, this.opportunityId],
            [REVIEW_TYPE_FIELD, this.reviewType]
          ])
        );
        id = created.id;
      }
      this.existing = { id, rootCause: this.rootCause, notes: this.notes, reviewedOn: today };
      this.userEditing = false;
      this.dispatchEvent(
        new ShowToastEvent({ title: LABELS.savedToast, message: this.summaryRootCause, variant: 'success' })
      );
      const detail: ReviewSavedDetail = {
        id,
        opportunityId: this.opportunityId ?? '',
        reviewType: this.reviewType,
        rootCause: this.rootCause ?? ''
      };
      this.dispatchEvent(new CustomEvent('reviewsaved', { detail }));
      if (this.opportunityId) await notifyRecordUpdateAvailable([{ recordId: this.opportunityId }]);
    } catch (error) {
      this.saveError = error as AnyError;
    } finally {
      this.isSaving = false;
    }
  }

  /** Marks the base components invalid (or valid again) so their own messages and aria state match. */
  private showFieldValidity(): void {
    const mark = (id: string, problem: DealReviewProblem | null): void => {
      const input = this.template?.querySelector<
        HTMLElement & { setCustomValidity(m: string): void; reportValidity(): boolean }
      >(`[data-id="${id}"]`);
      if (!input) return;
      input.setCustomValidity(problem ? PROBLEM_LABEL[problem] : '');
      input.reportValidity();
    };
    mark('root-cause', this.problems.rootCause);
    mark('notes', this.problems.notes);
  }
}
