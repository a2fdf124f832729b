import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';

export interface SessionRow {
  id: string;
  date: string;
  status: string;
  health: string;
  mainGap: string;
  commit: string;
}

/** The rep's 1:1s, newest first: when, what happened, the health and gap stored when held, and the commit. */
export default class SessionHistory extends LightningElement {
  @api sessions: SessionRow[] = [];
  labels = LABELS;

  get hasSessions(): boolean {
    return (this.sessions ?? []).length > 0;
  }
}
