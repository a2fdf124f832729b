import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';
import { formatLabel } from 'c/coachingFormat';

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

  get heading(): string {
    return formatLabel(LABELS.exitHeading, this.stageName);
  }

  get hasCriteria(): boolean {
    return (this.criteria ?? []).length > 0;
  }

  get rows(): (ExitCriterionRow & { icon: string; className: string; statusText: string })[] {
    return (this.criteria ?? []).map((c) => {
      const kind = c.met === true ? 'met' : c.met === false ? 'unmet' : 'ask';
      const statusText = kind === 'met' ? LABELS.exitMet : kind === 'unmet' ? LABELS.exitUnmet : LABELS.exitAsk;
      return { ...c, ...STATUS[kind], statusText };
    });
  }
}
