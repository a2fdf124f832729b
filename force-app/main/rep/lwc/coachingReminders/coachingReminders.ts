import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';
import { displayText, recordList } from 'c/coachingFormat';

/** Something the rep owes: feedback on a held 1:1, or the root cause of a lost or quiet deal. */
export interface ReminderView {
  key: string;
  kind: 'feedback' | 'rootCause';
  text: string;
  /** The deal to open for a root cause. */
  recordId: string | null;
  actionLabel: string;
}

/**
 * The in-app reminders of what is due from the rep. A feedback reminder asks the container to bring the survey
 * into view (`reminderaction`); a root-cause reminder links to the deal, whose coaching panel asks for it.
 */
export default class CoachingReminders extends LightningElement {
  @api reminders: ReminderView[] = [];
  labels = LABELS;

  get hasReminders(): boolean {
    return this.rows.length > 0;
  }

  /**
   * Reminders as the template shows them. One without text is left out; any kind but feedback is a deal's root
   * cause; a deal link needs a record id, and without an action label it reads "View record" (c-record-link).
   */
  get rows(): (ReminderView & { isFeedback: boolean; icon: string })[] {
    return recordList<Partial<ReminderView>>(this.reminders)
      .filter((r) => displayText(r.text))
      .map((r, i) => {
        const isFeedback = r.kind === 'feedback';
        const recordId = displayText(r.recordId) || null;
        return {
          key: displayText(r.key) || `reminder-${i}`,
          kind: isFeedback ? 'feedback' : 'rootCause',
          text: displayText(r.text),
          recordId,
          actionLabel: displayText(r.actionLabel) || (isFeedback ? LABELS.reminderFeedbackAction : ''),
          isFeedback,
          icon: isFeedback ? 'utility:comments' : 'utility:question_mark'
        };
      });
  }

  handleAction(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.key;
    this.dispatchEvent(new CustomEvent('reminderaction', { detail: { key } }));
  }
}
