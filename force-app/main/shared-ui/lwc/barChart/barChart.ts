import { LightningElement, api } from 'lwc';
import { NO_DATA, displayText, recordList } from 'c/coachingFormat';
import emptyLabel from '@salesforce/label/c.Coaching_UI_Chart_Empty';

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

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const VARIANTS = new Set(['neutral', 'success', 'warning', 'error']);

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

  labels = { empty: emptyLabel };

  get headingText(): string {
    return displayText(this.heading);
  }

  get descriptionText(): string {
    return displayText(this.description);
  }

  /**
   * The bars as the chart draws them: a value or target that is not a finite number draws nothing, a missing
   * label or display value reads "No data", an unknown variant is neutral, and entries that are not records go.
   */
  private get chartBars(): ChartBar[] {
    return recordList<Partial<ChartBar>>(this.bars).map((bar, i) => ({
      key: displayText(bar.key) || `bar-${i}`,
      label: displayText(bar.label, NO_DATA),
      value: finite(bar.value) ? bar.value : null,
      displayValue: displayText(bar.displayValue, NO_DATA),
      target: finite(bar.target) ? bar.target : null,
      targetLabel: displayText(bar.targetLabel),
      variant: VARIANTS.has(bar.variant as string) ? bar.variant : 'neutral'
    }));
  }

  get hasBars(): boolean {
    return this.chartBars.length > 0;
  }

  get scaleMax(): number {
    if (finite(this.maxValue) && this.maxValue > 0) return this.maxValue;
    const values = this.chartBars.flatMap((b) => [b.value, b.target]).filter(finite);
    const max = Math.max(0, ...values);
    return max > 0 ? max * 1.1 : 1;
  }

  get rows(): BarRow[] {
    const max = this.scaleMax;
    const pct = (n: number): number => Math.max(0, Math.min(100, (n / max) * 100));
    return this.chartBars.map((bar) => ({
      ...bar,
      width: finite(bar.value) ? pct(bar.value) : 0,
      hasTarget: finite(bar.target),
      targetX: finite(bar.target) ? pct(bar.target) : 0,
      barClass: `bar bar_${bar.variant ?? 'neutral'}`,
      targetText: bar.targetLabel ?? ''
    }));
  }
}
