/** Entry point of the preview bundle: synthetic shadow (so global SLDS styles reach components), then the shell. */
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'preview/app';

const app = createElement('preview-app', { is: App });
document.getElementById('root')!.appendChild(app);
