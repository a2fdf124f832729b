import { LightningElement, api } from 'lwc';
import { reduceErrors, type AnyError } from 'c/ldsErrors';

/** Shows what went wrong in words a user can act on, with the technical details one click away. */
export default class ErrorPanel extends LightningElement {
  /** One error or a list, in any shape the platform produces. */
  @api errors: AnyError | AnyError[] = undefined;
  /** The headline; the details list the platform's messages. */
  @api friendlyMessage = 'Something went wrong while loading this section.';

  showDetails = false;

  get messages(): string[] {
    return reduceErrors(this.errors);
  }

  get hasMessages(): boolean {
    return this.messages.length > 0;
  }

  get detailsLabel(): string {
    return this.showDetails ? 'Hide details' : 'Show details';
  }

  handleToggleDetails(): void {
    this.showDetails = !this.showDetails;
  }
}
