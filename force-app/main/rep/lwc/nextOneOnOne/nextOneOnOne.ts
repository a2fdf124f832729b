import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';

/** The next 1:1, formatted for the viewer's locale and time zone. */
export interface NextSessionView {
  /** e.g. "Tue, Mar 3, 9:00 AM PST". */
  when: string;
  /** ISO instant, for the <time> element. */
  startIso: string;
  /** e.g. "With Dana Reyes · 60 min". */
  withWhom: string;
  /** Where it comes from: a scheduled 1:1 or the weekly slot. */
  note: string;
}

/** When the rep's next 1:1 is, with whom, and whether it is scheduled or comes from the weekly slot. */
export default class NextOneOnOne extends LightningElement {
  @api session: NextSessionView | null = null;
  labels = LABELS;
}
