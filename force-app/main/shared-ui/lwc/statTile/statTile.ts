import { LightningElement, api } from 'lwc';
import { NO_DATA, displayText } from 'c/coachingFormat';
import needsAttentionLabel from '@salesforce/label/c.Coaching_UI_Tile_Needs_Attention';
import atRiskLabel from '@salesforce/label/c.Coaching_UI_Tile_At_Risk';

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
  /** Text or a number. Left blank: an empty tile; missing (a hidden field), NaN or another type: "No data". */
  @api value: unknown = '';
  @api detail = '';
  /** neutral | success | warning | error: colours the value and is announced for screen readers. */
  @api variant: TileVariant = 'neutral';

  get labelText(): string {
    return displayText(this.label);
  }

  get valueText(): string {
    return displayText(this.value, NO_DATA);
  }

  get detailText(): string {
    return displayText(this.detail);
  }

  get tileClass(): string {
    const variant = Object.prototype.hasOwnProperty.call(VARIANT_CLASS, this.variant) ? this.variant : 'neutral';
    return `tile slds-box slds-box_x-small ${VARIANT_CLASS[variant]}`.trim();
  }

  get statusText(): string {
    return this.variant === 'warning' ? needsAttentionLabel : this.variant === 'error' ? atRiskLabel : '';
  }
}
