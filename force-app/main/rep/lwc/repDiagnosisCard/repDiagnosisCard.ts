import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';
import { NO_DATA, displayText, recordList } from 'c/coachingFormat';

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
    return this.rows.length > 0;
  }

  /**
   * Each gap as the template shows it. A gap without a title is left out; evidence figures that are missing or
   * not text (a hidden peer field, NaN) read "No data"; a missing evidence or question list is an empty one.
   */
  get rows(): (GapView & { hasEvidence: boolean; hasSubtitle: boolean; subtitle: string })[] {
    return recordList<Partial<GapView>>(this.gaps)
      .filter((g) => displayText(g.title))
      .map((g, i) => {
        const evidence = recordList<Partial<GapView['evidence'][number]>>(g.evidence)
          .filter((e) => displayText(e.label))
          .map((e, j) => ({
            key: displayText(e.key) || `evidence-${j}`,
            label: displayText(e.label),
            value: displayText(e.value, NO_DATA),
            teamMedian: displayText(e.teamMedian, NO_DATA)
          }));
        const skill = displayText(g.skill);
        const confidence = displayText(g.confidence);
        return {
          code: displayText(g.code) || `gap-${i}`,
          title: displayText(g.title),
          skill,
          confidence,
          isMain: g.isMain === true,
          evidence,
          questions: recordList<{ key: string; text: string }>(g.questions),
          hasEvidence: evidence.length > 0,
          hasSubtitle: !!(skill || confidence),
          subtitle: [skill ? `${LABELS.focusSkill}: ${skill}` : '', confidence].filter(Boolean).join(' · ')
        };
      });
  }
}
