import { LightningElement, api } from 'lwc';
import type { TrendSeries } from 'c/oversightViewModel';

/** The oversight figures per fiscal quarter, one small line chart each (with its table for screen readers). */
export default class OversightTrends extends LightningElement {
  @api heading = '';
  @api series: TrendSeries[] = [];

  get hasSeries(): boolean {
    return Array.isArray(this.series) && this.series.length > 0;
  }
}
