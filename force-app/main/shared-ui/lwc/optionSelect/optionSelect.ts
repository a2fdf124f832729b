import { LightningElement, api } from 'lwc';

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

  get items(): (SelectOption & { selected: boolean })[] {
    return (this.options ?? []).map((o) => ({ ...o, selected: o.value === this.value }));
  }

  handleChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('change', { detail: { value } }));
  }
}
