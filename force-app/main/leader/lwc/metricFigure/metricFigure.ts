import { LightningElement, api } from 'lwc';
import type { MetricCell } from 'c/oversightViewModel';
import { NO_DATA, displayText, recordOrNull } from 'c/coachingFormat';

const VARIANTS = new Set(['neutral', 'success', 'warning', 'error']);

/**
 * One oversight figure in a table cell: the value (coloured by its band, with a shape when off target so colour is
 * never the only signal, and the status for screen readers) over its "n of m" detail. Whatever the table passes,
 * a missing value reads "No data", an unknown band is neutral and a shape without an icon is not drawn.
 */
export default class MetricFigure extends LightningElement {
  private figure: MetricCell | null = null;

  @api
  get cell(): MetricCell | null {
    return this.figure;
  }
  set cell(value: MetricCell | null) {
    const cell = recordOrNull<MetricCell>(value);
    this.figure = cell
      ? {
          ...cell,
          text: displayText(cell.text, NO_DATA) || NO_DATA,
          detail: displayText(cell.detail),
          statusText: displayText(cell.statusText),
          iconName: displayText(cell.iconName),
          hasIcon: cell.hasIcon === true && displayText(cell.iconName) !== ''
        }
      : null;
  }

  get valueClass(): string {
    const variant = VARIANTS.has(this.figure?.variant ?? '') ? this.figure?.variant : 'neutral';
    return `figure__value figure_${variant}`;
  }
}
