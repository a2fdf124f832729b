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

  get messages(): string[] {
    try {
      return reduceErrors(this.errors);
    } catch {
      // An error of a shape no reader knows (e.g. a list holding null) still leaves the headline standing.
      return [];
    }
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
