import { LightningElement, api } from 'lwc';

export type TileVariant = 'neutral' | 'success' | 'warning' | 'error';

const VARIANT_CLASS: Record<TileVariant, string> = {
  neutral: '',
  success: 'tile_success',
  warning: 'tile_warning',
  error: 'tile_error'
};

/** One figure a manager scans for: label, value, and why it matters in a detail line. */
export default class StatTile extends LightningElement {
  @api label = '';
  @api value = '';
  @api detail = '';
  /** neutral | success | warning | error: colours the value and is announced for screen readers. */
  @api variant: TileVariant = 'neutral';

  get tileClass(): string {
    return `tile slds-box slds-box_x-small ${VARIANT_CLASS[this.variant] ?? ''}`.trim();
  }

  get statusText(): string {
    return this.variant === 'warning' ? 'Needs attention' : this.variant === 'error' ? 'At risk' : '';
  }
}
