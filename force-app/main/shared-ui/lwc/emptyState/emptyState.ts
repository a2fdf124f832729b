import { LightningElement, api } from 'lwc';
import { displayText } from 'c/coachingFormat';
import defaultHeadingLabel from '@salesforce/label/c.Coaching_UI_Empty_Heading';

/** Says what is missing and what to do about it; an optional action goes in the default slot. */
export default class EmptyState extends LightningElement {
  /** Blank or not text: "Nothing here yet", so the status always has a heading. */
  @api heading = '';
  @api message = '';

  get headingText(): string {
    return displayText(this.heading).trim() || defaultHeadingLabel;
  }

  get messageText(): string {
    return displayText(this.message);
  }
}
