import { LightningElement, api } from 'lwc';
import { reduceErrors, type AnyError } from 'c/ldsErrors';
import { displayText } from 'c/coachingFormat';
import defaultMessageLabel from '@salesforce/label/c.Coaching_Error_Generic';
import errorLabel from '@salesforce/label/c.Coaching_UI_Error_Assistive';
import showDetailsLabel from '@salesforce/label/c.Coaching_UI_Error_Show_Details';
import hideDetailsLabel from '@salesforce/label/c.Coaching_UI_Error_Hide_Details';

/** Shows what went wrong in words a user can act on, with the technical details one click away. */
export default class ErrorPanel extends LightningElement {
  /** One error or a list, in any shape the platform produces. */
  @api errors: AnyError | AnyError[] = undefined;
  /** The headline; the details list the platform's messages. Blank or not text: the generic message. */
  @api friendlyMessage = '';

  labels = { error: errorLabel };
  showDetails = false;

  get headline(): string {
    return displayText(this.friendlyMessage).trim() || defaultMessageLabel;
  }

  /** reduceErrors skips what it cannot read (a null entry, a message-less item), so odd shapes never throw here. */
  get messages(): string[] {
    return reduceErrors(this.errors);
  }

  get hasMessages(): boolean {
    return this.messages.length > 0;
  }

  get detailsLabel(): string {
    return this.showDetails ? hideDetailsLabel : showDetailsLabel;
  }

  handleToggleDetails(): void {
    this.showDetails = !this.showDetails;
  }
}
