import { LightningElement, api } from 'lwc';
import type { ItemView, SectionView } from 'c/agendaViewModel';
import { LABELS } from 'c/managerLabels';

const MAX_QUESTIONS = 3;

/**
 * One agenda section. Presentational: the agenda container owns the data and the session; this component
 * reports the "reviewed" tick with `reviewedchange`. Content the container adds (the action item list, the
 * forecast form, charts) goes in the `before` slot or the default slot.
 */
export default class AgendaSection extends LightningElement {
  @api readOnly = false;
  /** The container shows the items its own way (e.g. the action item list): only their questions are listed. */
  @api hideItems = false;
  private view: SectionView | null = null;

  labels = { reviewed: LABELS.sectionReviewed, ask: LABELS.askHeading };

  @api
  get section(): SectionView | null {
    return this.view;
  }
  set section(value: SectionView | null) {
    this.view = value ?? null;
  }

  get key(): string {
    return this.view?.key ?? '';
  }

  get label(): string {
    return this.view?.label ?? '';
  }

  get reviewed(): boolean {
    return this.view?.reviewed === true;
  }

  get items(): ItemView[] {
    return this.view?.items ?? [];
  }

  get emptyMessage(): string {
    return this.view?.emptyMessage ?? '';
  }

  get showItems(): boolean {
    return !this.hideItems && this.items.length > 0;
  }

  /** The distinct questions of the items, at most three, when the items themselves are shown elsewhere. */
  get questionsOnly(): { key: string; text: string }[] {
    const seen = new Set<string>();
    const out: { key: string; text: string }[] = [];
    for (const q of this.items.flatMap((i) => i.questions)) {
      if (seen.has(q.text) || out.length >= MAX_QUESTIONS) continue;
      seen.add(q.text);
      out.push(q);
    }
    return out;
  }

  get showQuestionsOnly(): boolean {
    return this.hideItems && this.questionsOnly.length > 0;
  }

  get showEmpty(): boolean {
    return !this.hideItems && this.items.length === 0;
  }

  handleReviewed(event: CustomEvent<{ checked: boolean }>): void {
    this.dispatchEvent(
      new CustomEvent('reviewedchange', { detail: { key: this.key, reviewed: event.detail?.checked === true } })
    );
  }
}
