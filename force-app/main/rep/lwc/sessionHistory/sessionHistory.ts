import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';
import { displayFields, displayText, recordList } from 'c/coachingFormat';

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
    return this.rows.length > 0;
  }

  /** Each 1:1 as a row: a value that is missing or not text (a hidden field, NaN) reads "No data". */
  get rows(): SessionRow[] {
    return recordList<Partial<SessionRow>>(this.sessions).map((s, i) => ({
      id: displayText(s.id) || `session-${i}`,
      ...displayFields(s, ['date', 'status', 'health', 'mainGap', 'commit'])
    }));
  }
}
