import { LightningElement, api } from 'lwc';
import { displayText, recordList } from 'c/coachingFormat';

export interface SelectOption {
  label: string;
  value: string;
}

/**
 * A labelled single choice as an SLDS select: the native control is accessible everywhere, light, and works
 * where lightning-combobox cannot (synthetic shadow has no attachInternals). Fires `change` { value }.
 */
export default class OptionSelect extends LightningElement {
  @api label = '';
  @api name = '';
  @api options: SelectOption[] = [];
  @api value: string | null = null;
  @api disabled = false;

  get labelText(): string {
    return displayText(this.label);
  }

  /**
   * The options the control offers. One without a value (missing, or not text) cannot be chosen and is left out
   * (an empty string is a value, e.g. "none"); one whose label is
   * missing (a name hidden by field-level security) shows its value, so every choice stays distinct.
   */
  get items(): (SelectOption & { selected: boolean })[] {
    const current = displayText(this.value);
    return recordList<{ label?: unknown; value?: unknown }>(this.options)
      .filter((o) => o.value === '' || displayText(o.value) !== '')
      .map((o) => {
        const value = displayText(o.value);
        return { label: displayText(o.label) || value, value, selected: value === current };
      });
  }

  handleChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('change', { detail: { value } }));
  }
}
