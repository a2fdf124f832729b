import { LightningElement, api } from 'lwc';
import type { ItemView, SectionView } from 'c/agendaViewModel';
import { NO_DATA, displayText as text, recordList as list } from 'c/coachingFormat';
import { LABELS } from 'c/managerLabels';

const MAX_QUESTIONS = 3;

/**
 * An item as the template can show it whatever the container passed: lists are lists, a fact whose value is
 * missing (e.g. a field hidden by field-level security) reads "No data", a link without a name is left out.
 */
function shownItem(item: ItemView, index: number): ItemView {
  const id = text(item?.id, `item-${index}`);
  const facts = list<ItemView['facts'][number]>(item?.facts).map((f, i) => ({
    key: text(f?.key, `${id}-f${i}`),
    label: text(f?.label),
    value: text(f?.value, NO_DATA) || NO_DATA
  }));
  const links = list<ItemView['links'][number]>(item?.links).filter((l) => !!l?.recordId && !!text(l?.label));
  const questions = list<ItemView['questions'][number]>(item?.questions).filter((q) => !!text(q?.text));
  return {
    ...item,
    id,
    title: text(item?.title),
    severityLabel: text(item?.severityLabel),
    severityClass: text(item?.severityClass, 'slds-badge') || 'slds-badge',
    facts,
    links,
    hasLinks: links.length > 0,
    questions,
    hasQuestions: questions.length > 0
  };
}

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
    return text(this.view?.label);
  }

  get reviewed(): boolean {
    return this.view?.reviewed === true;
  }

  get items(): ItemView[] {
    return list<ItemView>(this.view?.items).map(shownItem);
  }

  get emptyMessage(): string {
    return text(this.view?.emptyMessage);
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
