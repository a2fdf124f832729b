import { LightningElement, api } from 'lwc';
import type { TileVariant } from 'c/statTile';
import { LABELS } from 'c/repLabels';
import { NO_DATA, displayText, recordList, recordOrNull } from 'c/coachingFormat';

/** One open deal's health, formatted: the score, what lowers it, and days in stage against the benchmark. */
export interface DealHealthView {
  scoreText: string;
  bandText: string;
  variant: TileVariant;
  factors: { key: string; label: string; points: string }[];
  daysInStageText: string;
  benchmarkText: string;
  stageVariant: TileVariant;
  pushText: string;
  pushVariant: TileVariant;
}

/** Score tile, days in stage against the stage benchmark, pushes, and every factor with the points it costs. */
export default class DealHealthSummary extends LightningElement {
  @api health: DealHealthView | null = null;
  labels = LABELS;

  /**
   * The health as the template shows it: a figure that is missing or not text (a hidden field, NaN) reads
   * "No data", a detail line is left out, and factors without a label are dropped. Variants are checked by the tile.
   */
  get view(): DealHealthView | null {
    const health = recordOrNull<Partial<DealHealthView>>(this.health);
    if (!health) return null;
    return {
      scoreText: displayText(health.scoreText, NO_DATA),
      bandText: displayText(health.bandText),
      variant: health.variant ?? 'neutral',
      factors: recordList<{ key?: unknown; label?: unknown; points?: unknown }>(health.factors)
        .filter((f) => displayText(f.label))
        .map((f, i) => ({
          key: displayText(f.key) || `factor-${i}`,
          label: displayText(f.label),
          points: displayText(f.points)
        })),
      daysInStageText: displayText(health.daysInStageText, NO_DATA),
      benchmarkText: displayText(health.benchmarkText),
      stageVariant: health.stageVariant ?? 'neutral',
      pushText: displayText(health.pushText, NO_DATA),
      pushVariant: health.pushVariant ?? 'neutral'
    };
  }

  get hasFactors(): boolean {
    return (this.view?.factors ?? []).length > 0;
  }
}
