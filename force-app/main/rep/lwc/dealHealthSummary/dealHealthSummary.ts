import { LightningElement, api } from 'lwc';
import type { TileVariant } from 'c/statTile';
import { LABELS } from 'c/repLabels';

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

  get hasFactors(): boolean {
    return (this.health?.factors ?? []).length > 0;
  }
}
