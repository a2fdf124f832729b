import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';

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
    return (this.reminders ?? []).length > 0;
  }

  get rows(): (ReminderView & { isFeedback: boolean; icon: string })[] {
    return (this.reminders ?? []).map((r) => ({
      ...r,
      isFeedback: r.kind === 'feedback',
      icon: r.kind === 'feedback' ? 'utility:comments' : 'utility:question_mark'
    }));
  }

  handleAction(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.key;
    this.dispatchEvent(new CustomEvent('reminderaction', { detail: { key } }));
  }
}
