/** One component slot of a preview page: the component itself, or a "not built yet" card. */
import { LightningElement, api } from 'lwc';

export interface SlotView {
  key: string;
  tag: string;
  ctor: unknown;
  props: Record<string, unknown>;
  missing: boolean;
}

export default class Slot extends LightningElement {
  @api view: SlotView | undefined;

  get missing(): boolean {
    return !this.view || this.view.missing;
  }
}
