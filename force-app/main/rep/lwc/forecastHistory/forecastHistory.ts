import { LightningElement, api } from 'lwc';
import type { TileVariant } from 'c/statTile';
import { LABELS } from 'c/repLabels';

export interface ForecastRow {
  key: string;
  quarter: string;
  commit: string;
  actual: string;
  accuracy: string;
  bias: string;
}

export interface ForecastSummary {
  accuracy: string;
  biasText: string;
  variant: TileVariant;
}

/** Forecast accuracy of the rep's commits recorded at 1:1s, per ended quarter, with the overall bias. */
export default class ForecastHistory extends LightningElement {
  @api quarters: ForecastRow[] = [];
  @api summary: ForecastSummary | null = null;
  labels = LABELS;

  get hasQuarters(): boolean {
    return (this.quarters ?? []).length > 0;
  }
}
