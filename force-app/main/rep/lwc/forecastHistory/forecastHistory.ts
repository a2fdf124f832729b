import { LightningElement, api } from 'lwc';
import type { TileVariant } from 'c/statTile';
import { LABELS } from 'c/repLabels';
import { NO_DATA, displayFields, displayText, recordList, recordOrNull } from 'c/coachingFormat';

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
    return this.rows.length > 0;
  }

  /** Each ended quarter: a figure that is missing or not text (a hidden field, NaN) reads "No data". */
  get rows(): ForecastRow[] {
    return recordList<Partial<ForecastRow>>(this.quarters).map((q, i) => ({
      key: displayText(q.key) || `quarter-${i}`,
      ...displayFields(q, ['quarter', 'commit', 'actual', 'accuracy', 'bias'])
    }));
  }

  /** The overall tile, or none when the summary is missing or of the wrong type. */
  get summaryView(): ForecastSummary | null {
    const summary = recordOrNull<Partial<ForecastSummary>>(this.summary);
    if (!summary) return null;
    return {
      accuracy: displayText(summary.accuracy, NO_DATA),
      biasText: displayText(summary.biasText),
      variant: summary.variant ?? 'neutral'
    };
  }
}
