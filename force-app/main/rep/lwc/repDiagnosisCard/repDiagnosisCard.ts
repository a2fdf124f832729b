import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';

/** One diagnosed gap, formatted: the numbers behind it against the team's medians, and questions to ask. */
export interface GapView {
  code: string;
  title: string;
  skill: string;
  confidence: string;
  isMain: boolean;
  evidence: { key: string; label: string; value: string; teamMedian: string }[];
  questions: { key: string; text: string }[];
}

/** The rep's diagnosis: the main gap first, each with its evidence table and coaching questions. */
export default class RepDiagnosisCard extends LightningElement {
  @api gaps: GapView[] = [];
  labels = LABELS;

  get hasGaps(): boolean {
    return (this.gaps ?? []).length > 0;
  }

  get rows(): (GapView & { hasEvidence: boolean; headingId: string })[] {
    return (this.gaps ?? []).map((g) => ({ ...g, hasEvidence: g.evidence.length > 0, headingId: `gap-${g.code}` }));
  }
}
