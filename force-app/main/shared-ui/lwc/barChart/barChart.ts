import { LightningElement, api } from 'lwc';

export interface ChartBar {
  key: string;
  label: string;
  /** null = no data (e.g. hidden by field-level security): no bar is drawn. */
  value: number | null;
  displayValue: string;
  /** Optional target drawn as a marker, e.g. required coverage. */
  target?: number | null;
  targetLabel?: string;
  variant?: 'neutral' | 'success' | 'warning' | 'error';
}

interface BarRow extends ChartBar {
  width: number;
  hasTarget: boolean;
  targetX: number;
  barClass: string;
  targetText: string;
}

const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * Horizontal bars with optional target markers. The SVG is decoration for sighted users; the same figures
 * are in a table for assistive technology, so nothing is conveyed by colour or shape alone.
 */
export default class BarChart extends LightningElement {
  @api heading = '';
  @api description = '';
  @api bars: ChartBar[] = [];
  /** Scale maximum; defaults to the largest value or target plus 10% headroom. */
  @api maxValue: number | null = null;

  get hasBars(): boolean {
    return Array.isArray(this.bars) && this.bars.length > 0;
  }

  get scaleMax(): number {
    if (finite(this.maxValue) && this.maxValue > 0) return this.maxValue;
    const values = (this.bars ?? []).flatMap((b) => [b.value, b.target]).filter(finite);
    const max = Math.max(0, ...values);
    return max > 0 ? max * 1.1 : 1;
  }

  get rows(): BarRow[] {
    const max = this.scaleMax;
    const pct = (n: number): number => Math.max(0, Math.min(100, (n / max) * 100));
    return (this.bars ?? []).map((bar) => ({
      ...bar,
      width: finite(bar.value) ? pct(bar.value) : 0,
      hasTarget: finite(bar.target),
      targetX: finite(bar.target) ? pct(bar.target) : 0,
      barClass: `bar bar_${bar.variant ?? 'neutral'}`,
      targetText: bar.targetLabel ?? ''
    }));
  }
}
