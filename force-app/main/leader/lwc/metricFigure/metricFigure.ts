import { LightningElement, api } from 'lwc';
import type { MetricCell } from 'c/oversightViewModel';

/**
 * One oversight figure in a table cell: the value (coloured by its band, with a shape when off target so colour is
 * never the only signal, and the status for screen readers) over its "n of m" detail.
 */
export default class MetricFigure extends LightningElement {
  @api cell: MetricCell | null = null;

  get valueClass(): string {
    return `figure__value figure_${this.cell?.variant ?? 'neutral'}`;
  }
}
