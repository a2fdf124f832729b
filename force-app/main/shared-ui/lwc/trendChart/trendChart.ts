import { LightningElement, api } from 'lwc';

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

  get hasPoints(): boolean {
    return (this.points ?? []).some((p) => finite(p.value));
  }

  private coords(): { key: string; x: number; y: number | null }[] {
    const list = this.points ?? [];
    const span = this.maxValue - this.minValue || 1;
    const step = list.length > 1 ? (WIDTH - 2 * PAD) / (list.length - 1) : 0;
    return list.map((p, i) => {
      const clamped = finite(p.value) ? Math.min(this.maxValue, Math.max(this.minValue, p.value)) : null;
      return {
        key: p.key,
        x: list.length > 1 ? PAD + i * step : WIDTH / 2,
        y: clamped === null ? null : HEIGHT - PAD - ((clamped - this.minValue) / span) * (HEIGHT - 2 * PAD)
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
    return this.points?.[0]?.label ?? '';
  }

  get lastLabel(): string {
    const list = this.points ?? [];
    return list.length > 1 ? list[list.length - 1].label : '';
  }
}
