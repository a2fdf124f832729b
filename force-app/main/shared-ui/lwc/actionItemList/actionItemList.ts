import { LightningElement, api } from 'lwc';
import { updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { reduceErrors, type AnyError } from 'c/ldsErrors';
import { updateInput } from 'c/recordInput';
import { formatDate, formatLabel } from 'c/coachingFormat';
import type { ActionItemLinkOption } from 'c/actionItemForm';
import STATUS_FIELD from '@salesforce/schema/Action_Item__c.Status__c';
import COMPLETED_DATE_FIELD from '@salesforce/schema/Action_Item__c.Completed_Date__c';
import LOCALE from '@salesforce/i18n/locale';
import emptyLabel from '@salesforce/label/c.Coaching_Empty_No_Open_Action_Items';
import pastDueLabel from '@salesforce/label/c.Coaching_Action_Item_Past_Due';
import dueLabel from '@salesforce/label/c.Coaching_Action_Item_Due';
import overdueLabel from '@salesforce/label/c.Coaching_Action_Item_Days_Overdue';
import ownerLabel from '@salesforce/label/c.Coaching_Action_Item_Owner';
import progressLabel from '@salesforce/label/c.Coaching_Action_Item_Progress';
import markDoneLabel from '@salesforce/label/c.Coaching_Action_Item_Mark_Done';
import addLabel from '@salesforce/label/c.Coaching_Action_Item_Add';
import completedLabel from '@salesforce/label/c.Coaching_Action_Item_Completed';
import completeFailedLabel from '@salesforce/label/c.Coaching_Action_Item_Complete_Failed';
import statusOpenLabel from '@salesforce/label/c.Coaching_Action_Item_Status_Open';
import statusInProgressLabel from '@salesforce/label/c.Coaching_Action_Item_Status_In_Progress';
import statusDoneLabel from '@salesforce/label/c.Coaching_Action_Item_Status_Done';
import statusCancelledLabel from '@salesforce/label/c.Coaching_Action_Item_Status_Cancelled';
import statusUnknownLabel from '@salesforce/label/c.Coaching_Status_Unknown';
import linkedOpportunityLabel from '@salesforce/label/c.Coaching_Action_Item_Linked_Opportunity';
import linkedAccountLabel from '@salesforce/label/c.Coaching_Action_Item_Linked_Account';

/** One action item as the list shows it. Names are optional: a field hidden by field-level security is left out. */
export interface ActionItemRow {
  id: string;
  subject: string;
  dueDate: string | null;
  status: string | null;
  assigneeName?: string | null;
  opportunityId?: string | null;
  opportunityName?: string | null;
  accountId?: string | null;
  accountName?: string | null;
  /** What the CRM shows since the item was agreed (from the agenda), e.g. "stage Qualification → Proposal". */
  progress?: string | null;
}

interface RowView {
  id: string;
  subject: string;
  subjectClass: string;
  isPastDue: boolean;
  dueText: string;
  dueClass: string;
  statusText: string;
  ownerText: string;
  links: { recordId: string; label: string }[];
  hasLinks: boolean;
  progress: string;
  canComplete: boolean;
  saving: boolean;
  error: string;
}

const OPEN = new Set(['Open', 'In Progress']);
const STATUS_LABELS: Record<string, string> = {
  Open: statusOpenLabel,
  'In Progress': statusInProgressLabel,
  Done: statusDoneLabel,
  Cancelled: statusCancelledLabel
};

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Action items a manager and rep agreed. Past-due items say so in words and colour; linked deals and accounts
 * are links; an item can be completed in place (Status Done with today's date, as the object's validation
 * rule requires) and new ones added inline. Writes go through uiRecordApi, so sharing and field-level security
 * are the platform's; the container hears `itemchange` and refreshes its data.
 */
export default class ActionItemList extends LightningElement {
  @api items: ActionItemRow[] = [];
  /** 'YYYY-MM-DD' in the user's time zone: past due means due before today. */
  @api today = '';
  /** Show "Mark done" on open items. */
  @api canComplete = false;
  /** Show "Add action item" and the inline form. */
  @api allowAdd = false;
  @api emptyMessage = '';
  @api sessionId: string | null = null;
  @api managerId: string | null = null;
  @api repId: string | null = null;
  @api assigneeOptions: { label: string; value: string }[] = [];
  @api linkOptions: ActionItemLinkOption[] = [];
  /** Passed to the inline form: the deal a new item links to by default (the deal panel's own deal). */
  @api linkedOpportunityId: string | null = null;

  adding = false;
  /** Per item: saving, completed here (until the container refreshes), or the last error. Replaced, never mutated, so the list re-renders. */
  private rowState: Record<string, { saving?: boolean; done?: boolean; error?: string }> = {};

  labels = { pastDue: pastDueLabel, markDone: markDoneLabel, add: addLabel };

  get emptyText(): string {
    return this.emptyMessage || emptyLabel;
  }

  get rows(): RowView[] {
    const state = this.rowState;
    return (this.items ?? []).map((item) => {
      // A status hidden by field-level security is unknown: shown as such, and not completable.
      const status = state[item.id]?.done ? 'Done' : (item.status ?? null);
      const open = status !== null && OPEN.has(status);
      const due = item.dueDate ?? null;
      const isPastDue = open && due !== null && !!this.today && due < this.today;
      const links = [
        ...(item.opportunityId
          ? [{ recordId: item.opportunityId, label: item.opportunityName || linkedOpportunityLabel }]
          : []),
        ...(item.accountId ? [{ recordId: item.accountId, label: item.accountName || linkedAccountLabel }] : [])
      ];
      const dueText = formatLabel(dueLabel, formatDate(due, LOCALE));
      return {
        id: item.id,
        subject: item.subject,
        subjectClass: open ? 'slds-text-title_bold' : 'slds-text-title_bold slds-text-color_weak done',
        isPastDue,
        dueText: isPastDue
          ? `${dueText} (${formatLabel(overdueLabel, daysBetween(due as string, this.today))})`
          : dueText,
        dueClass: isPastDue ? 'slds-text-color_error' : '',
        statusText: status === null ? statusUnknownLabel : (STATUS_LABELS[status] ?? status),
        ownerText: item.assigneeName ? formatLabel(ownerLabel, item.assigneeName) : '',
        links,
        hasLinks: links.length > 0,
        progress: item.progress ? formatLabel(progressLabel, item.progress) : '',
        canComplete: this.canComplete && open,
        saving: state[item.id]?.saving === true,
        error: state[item.id]?.error ?? ''
      };
    });
  }

  get hasRows(): boolean {
    return (this.items ?? []).length > 0;
  }

  private setRow(recordId: string, state: { saving?: boolean; done?: boolean; error?: string }): void {
    this.rowState = { ...this.rowState, [recordId]: state };
  }

  async handleComplete(event: Event): Promise<void> {
    const recordId = (event.currentTarget as HTMLElement).dataset.recordId as string;
    if (!recordId || this.rowState[recordId]?.saving) return;
    this.setRow(recordId, { saving: true });
    try {
      await updateRecord(
        updateInput(recordId, [
          [STATUS_FIELD, 'Done'],
          [COMPLETED_DATE_FIELD, this.today]
        ])
      );
      this.setRow(recordId, { done: true });
      this.dispatchEvent(new ShowToastEvent({ title: completedLabel, variant: 'success' }));
      this.dispatchEvent(new CustomEvent('itemchange', { detail: { recordId, status: 'Done' } }));
    } catch (error) {
      this.setRow(recordId, {
        error: formatLabel(completeFailedLabel, reduceErrors(error as AnyError).join(' '))
      });
    }
  }

  handleAdd(): void {
    this.adding = true;
  }

  handleCancelAdd(): void {
    this.adding = false;
    this.focusAdd();
  }

  handleCreated(event: CustomEvent<{ recordId: string | null }>): void {
    this.adding = false;
    this.dispatchEvent(new CustomEvent('itemchange', { detail: { recordId: event.detail?.recordId, status: 'Open' } }));
    this.focusAdd();
  }

  /** After the inline form closes, focus returns to the button that opened it. */
  private focusAdd(): void {
    Promise.resolve().then(() => this.template?.querySelector<HTMLElement>('[data-id="add"]')?.focus());
  }
}
