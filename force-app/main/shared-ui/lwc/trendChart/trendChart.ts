import { LightningElement, api } from 'lwc';
import { NO_DATA, displayText, recordList } from 'c/coachingFormat';
import emptyLabel from '@salesforce/label/c.Coaching_UI_Trend_Empty';

export interface TrendPoint {
  key: string;
  label: string;
  /** null = no data for that point: the line breaks there. */
  value: number | null;
  displayValue: string;
}

const WIDTH = 300;
const HEIGHT = 80;
const PAD = 6;
const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** A short line chart (e.g. rep health over the last 1:1s), with its figures in a table for screen readers. */
export default class TrendChart extends LightningElement {
  @api heading = '';
  @api points: TrendPoint[] = [];
  @api minValue = 0;
  @api maxValue = 100;

  viewBox = `0 0 ${WIDTH} ${HEIGHT}`;
  labels = { empty: emptyLabel };

  get headingText(): string {
    return displayText(this.heading);
  }

  /**
   * The points as the chart draws them: a value that is not a finite number is no data (the line breaks), a
   * missing label or display value reads "No data" in the table, and entries that are not records are dropped.
   */
  get rows(): TrendPoint[] {
    return recordList<Partial<TrendPoint>>(this.points).map((p, i) => ({
      key: displayText(p.key) || `point-${i}`,
      label: displayText(p.label, NO_DATA),
      value: finite(p.value) ? p.value : null,
      displayValue: displayText(p.displayValue, NO_DATA)
    }));
  }

  get hasPoints(): boolean {
    return this.rows.some((p) => p.value !== null);
  }

  /** The scale: the given bounds when they are numbers in order, else 0–100. */
  private get scale(): { min: number; max: number } {
    const min = finite(this.minValue) ? this.minValue : 0;
    const max = finite(this.maxValue) ? this.maxValue : 100;
    return max > min ? { min, max } : { min: 0, max: 100 };
  }

  private coords(): { key: string; x: number; y: number | null }[] {
    const list = this.rows;
    const { min, max } = this.scale;
    const step = list.length > 1 ? (WIDTH - 2 * PAD) / (list.length - 1) : 0;
    return list.map((p, i) => {
      const clamped = p.value === null ? null : Math.min(max, Math.max(min, p.value));
      return {
        key: p.key,
        x: list.length > 1 ? PAD + i * step : WIDTH / 2,
        y: clamped === null ? null : HEIGHT - PAD - ((clamped - min) / (max - min)) * (HEIGHT - 2 * PAD)
      };
    });
  }

  /** One polyline per run of consecutive points with data. */
  get segments(): { key: string; points: string }[] {
    const runs: { key: string; points: string }[] = [];
    let current: string[] = [];
    const flush = (): void => {
      if (current.length > 1) runs.push({ key: `seg-${runs.length}`, points: current.join(' ') });
      current = [];
    };
    for (const c of this.coords()) {
      if (c.y === null) flush();
      else current.push(`${c.x.toFixed(1)},${c.y.toFixed(1)}`);
    }
    flush();
    return runs;
  }

  get dots(): { key: string; cx: string; cy: string }[] {
    return this.coords()
      .filter((c) => c.y !== null)
      .map((c) => ({ key: c.key, cx: c.x.toFixed(1), cy: (c.y as number).toFixed(1) }));
  }

  get firstLabel(): string {
    return this.rows[0]?.label ?? '';
  }

  get lastLabel(): string {
    const list = this.rows;
    return list.length > 1 ? list[list.length - 1].label : '';
  }
}
