import { LightningElement, api } from 'lwc';

/** Says what is missing and what to do about it; an optional action goes in the default slot. */
export default class EmptyState extends LightningElement {
  @api heading = 'Nothing here yet';
  @api message = '';
}
