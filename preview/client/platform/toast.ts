/** `lightning/platformShowToastEvent`: the shell listens for this event and shows the toast. */
export interface ToastConfig {
  title: string;
  message?: string;
  variant?: 'info' | 'success' | 'warning' | 'error';
  mode?: 'dismissible' | 'pester' | 'sticky';
}

export class ShowToastEvent extends CustomEvent<ToastConfig> {
  constructor(config: ToastConfig) {
    super('lightning__showtoast', { detail: config, bubbles: true, composed: true, cancelable: true });
  }
}
