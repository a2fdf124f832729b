import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';
import { displayText, formatLabel, recordList } from 'c/coachingFormat';

export interface ExitCriterionRow {
  key: string;
  criterion: string;
  /** true/false when an Opportunity field proves it; null when it is a question for the conversation. */
  met: boolean | null;
}

const STATUS = {
  met: { icon: 'utility:success', className: 'criterion criterion_met' },
  unmet: { icon: 'utility:error', className: 'criterion criterion_unmet' },
  ask: { icon: 'utility:question', className: 'criterion criterion_ask' }
};

/** The exit criteria of the deal's current stage: met, not met, or to ask about — in words, not only colour. */
export default class ExitCriteriaChecklist extends LightningElement {
  @api stageName = '';
  @api criteria: ExitCriterionRow[] = [];
  labels = LABELS;

  /** "To leave <stage>"; a stage name that is missing or not text (hidden, NaN) gives a heading without it. */
  get heading(): string {
    const stage = displayText(this.stageName).trim();
    return stage ? formatLabel(LABELS.exitHeading, stage) : LABELS.exitHeadingNoStage;
  }

  get hasCriteria(): boolean {
    return this.rows.length > 0;
  }

  /** Criteria without text are left out; anything but true or false (a hidden evidence field, a bad value) is a question. */
  get rows(): (ExitCriterionRow & { icon: string; className: string; statusText: string })[] {
    return recordList<Partial<ExitCriterionRow>>(this.criteria)
      .filter((c) => displayText(c.criterion))
      .map((c, i) => {
        const kind = c.met === true ? 'met' : c.met === false ? 'unmet' : 'ask';
        const statusText = kind === 'met' ? LABELS.exitMet : kind === 'unmet' ? LABELS.exitUnmet : LABELS.exitAsk;
        return {
          key: displayText(c.key) || `criterion-${i}`,
          criterion: displayText(c.criterion),
          met: kind === 'ask' ? null : kind === 'met',
          ...STATUS[kind],
          statusText
        };
      });
  }
}
