import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/repLabels';
import { NO_DATA, displayText, recordOrNull } from 'c/coachingFormat';

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

  /**
   * The session as the template shows it. Without a time it is no session (the empty state); a time that is not
   * text reads "No data"; a missing "with whom" or note is left out, and an unparsable instant gets no datetime.
   */
  get view(): NextSessionView | null {
    const session = recordOrNull<Partial<NextSessionView>>(this.session);
    if (!session || (session.when === undefined && session.startIso === undefined)) return null;
    const startIso = displayText(session.startIso);
    return {
      when: displayText(session.when, NO_DATA),
      startIso: Number.isNaN(Date.parse(startIso)) ? '' : startIso,
      withWhom: displayText(session.withWhom),
      note: displayText(session.note)
    };
  }
}
