import { LightningElement, api } from 'lwc';
import type { TrendSeries } from 'c/oversightViewModel';
import { displayText, recordList } from 'c/coachingFormat';

/**
 * The oversight figures per fiscal quarter, one small line chart each (with its table for screen readers).
 * Whatever the container passes, a series without a key is left out and its points stay a list.
 */
export default class OversightTrends extends LightningElement {
  @api heading = '';
  private seriesList: TrendSeries[] = [];

  @api
  get series(): TrendSeries[] {
    return this.seriesList;
  }
  set series(value: TrendSeries[] | null) {
    this.seriesList = recordList<TrendSeries>(value)
      .filter((s) => displayText(s.key) !== '')
      .map((s) => ({
        ...s,
        heading: displayText(s.heading),
        points: recordList<TrendSeries['points'][number]>(s.points)
      }));
  }

  get hasSeries(): boolean {
    return this.seriesList.length > 0;
  }
}
