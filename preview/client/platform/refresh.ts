/** `lightning/refresh`: a RefreshEvent makes the shell re-fetch every wire on the page. */
export class RefreshEvent extends CustomEvent<null> {
  constructor() {
    super('lightning__refreshevent', { detail: null, bubbles: true, composed: true });
  }
}
