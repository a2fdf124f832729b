import { buildMyCoachingView } from '../myCoachingView';
import type { MyCoachingInput } from '../myCoachingView';
import { buildSnapshot, serializeSnapshot } from 'c/pipelineSnapshot';
import { GAP_TEXT } from 'c/repDiagnosis';
import {
  CLOCK,
  actionItem,
  cadence,
  dataset,
  feedback,
  lost,
  opportunity,
  review,
  session,
  user
} from '@test/engine/records';
import type { CoachingDataset } from 'c/coachingModel';

// Real wording for the labels whose placeholders these tests read.
jest.mock('@salesforce/label/c.Coaching_Rep_Focus_Source', () => ({ default: 'From your 1:1 on {0}' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.Coaching_Rep_Next_With', () => ({ default: 'With {0} · {1}' }), { virtual: true });
jest.mock(
  '@salesforce/label/c.Coaching_Rep_Reminder_Root_Cause_More',
  () => ({ default: '{0} more deals need a root cause.' }),
  {
    virtual: true
  }
);
jest.mock('@salesforce/label/c.Coaching_Rep_Next_Minutes', () => ({ default: '{0} min' }), { virtual: true });
jest.mock('@salesforce/label/c.Coaching_Rep_Focus_Figure_Coverage_Value', () => ({ default: '{0} (you need {1})' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.Coaching_Rep_Focus_Figure_Won_Value', () => ({ default: '{0} of {1} quota' }), {
  virtual: true
});
jest.mock(
  '@salesforce/label/c.Coaching_Rep_Reminder_Root_Cause_Lost',
  () => ({ default: 'Document why {0} was lost.' }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/label/c.Coaching_Rep_Reminder_Root_Cause_Disengaged',
  () => ({ default: '{0} has gone quiet: document why.' }),
  { virtual: true }
);

const REP = 'rep1';
const MANAGER = 'mgr';
const names = new Map([[MANAGER, 'Dana Reyes']]);
const display = { locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' };

/** The rep's figures when the 1:1 of Friday 20 November 2026 was held. */
const snapshotJson = serializeSnapshot(
  buildSnapshot({
    repId: REP,
    takenAt: '2026-11-20T14:00:00.000Z',
    currency: 'USD',
    today: 0,
    keepClosedFromDay: 0,
    opportunities: [],
    amountOf: () => null,
    metrics: {
      q: 'FY2027 Q4',
      quota: 1_000_000,
      won: 250_000,
      com: 400_000,
      bc: 600_000,
      pipe: 1_200_000,
      cov: 1.6,
      req: 3,
      wr: 0.22,
      hs: 55
    }
  })
);

const held = session({
  id: 's-held',
  status: 'Held',
  scheduledStart: '2026-11-20T14:00:00.000Z',
  actualStart: '2026-11-20T14:00:00.000Z',
  mainGap: 'CONVERSION',
  snapshotJson
});

function input(overrides: Partial<CoachingDataset> = {}, extra: Partial<MyCoachingInput> = {}): MyCoachingInput {
  return {
    userId: REP,
    clock: CLOCK,
    display,
    names,
    focusHidden: false,
    dataset: dataset({
      users: [user({ id: MANAGER, name: 'Dana Reyes' }), user({ id: REP, name: 'Riley Rep', managerId: MANAGER })],
      cadences: [cadence({ id: 'c1', managerId: MANAGER, repId: REP, dayOfWeek: 'Friday', localStartTime: '09:00' })],
      sessions: [held],
      ...overrides
    }),
    ...extra
  };
}

describe('buildMyCoachingView', () => {
  it('takes the next 1:1 from the weekly slot after now', () => {
    // Now: Tue 24 Nov 2026 10:00 New York. The slot is Friday 09:00 New York (EST, UTC−5): Fri 27 Nov 14:00Z.
    const view = buildMyCoachingView(input());
    expect(view.nextSession).toEqual({
      when: expect.stringContaining('Nov 27'),
      startIso: '2026-11-27T14:00:00.000Z',
      withWhom: 'With Dana Reyes · 60 min',
      note: 'c.Coaching_Rep_Next_From_Cadence'
    });
    expect(view.today).toBe('2026-11-24');
  });

  it('prefers a planned 1:1 and skips the slot a 1:1 held early already covered', () => {
    const planned = session({ id: 's-next', status: 'Planned', scheduledStart: '2026-11-26T15:00:00.000Z' });
    expect(buildMyCoachingView(input({ sessions: [held, planned] })).nextSession?.startIso).toBe(
      '2026-11-26T15:00:00.000Z'
    );
    // Held on Wed 25 Nov 15:00Z, 47 hours before Friday's 14:00Z slot (tolerance 48 h): that slot was this
    // week's 1:1, so on Friday at 08:00 New York the next one is Fri 4 Dec 09:00 EST = 14:00Z.
    const early = session({
      id: 's-early',
      status: 'Held',
      scheduledStart: '2026-11-27T14:00:00.000Z',
      actualStart: '2026-11-25T15:00:00.000Z'
    });
    const friday = { ...CLOCK, now: '2026-11-27T13:00:00.000Z' };
    expect(buildMyCoachingView({ ...input({ sessions: [early] }), clock: friday }).nextSession?.startIso).toBe(
      '2026-12-04T14:00:00.000Z'
    );
  });

  it('has no next 1:1 without a planned session or an active cadence', () => {
    const view = buildMyCoachingView(input({ cadences: [cadence({ repId: REP, active: false })], sessions: [] }));
    expect(view.nextSession).toBeNull();
  });

  it('asks for feedback on the last held 1:1 until it is answered', () => {
    const view = buildMyCoachingView(input());
    expect(view.survey).toEqual({
      sessionId: 's-held',
      managerId: MANAGER,
      managerName: 'Dana Reyes',
      heldAt: '2026-11-20T14:00:00.000Z'
    });
    expect(view.reminders[0]).toMatchObject({ kind: 'feedback', key: 'feedback-s-held', recordId: null });
    // The rep reads only their own feedback, so a record counts whatever its Rep__c (not queried: '').
    const answered = buildMyCoachingView(input({ feedback: [feedback({ sessionId: 's-held', repId: '' })] }));
    expect(answered.survey).toBeNull();
    expect(answered.reminders.some((r) => r.kind === 'feedback')).toBe(false);
  });

  it('shows the focus stored at the last held 1:1 with the figures of its snapshot', () => {
    const focus = buildMyCoachingView(input()).focus!;
    expect(focus.code).toBe('CONVERSION');
    expect(focus.title).toBe(GAP_TEXT.CONVERSION.title);
    expect(focus.skill).toBe(GAP_TEXT.CONVERSION.skill);
    expect(focus.source).toBe('From your 1:1 on Nov 20, 2026');
    expect(focus.questions.map((q) => q.text)).toEqual(GAP_TEXT.CONVERSION.questions);
    // Coverage 1.6× of 3×, win rate 0.22, pipeline 1,200,000, won 250,000 of 1,000,000, commit 400,000.
    expect(focus.figures.map((f) => f.value)).toEqual([
      '1.6× (you need 3×)',
      '22%',
      '$1.2M',
      '$250K of $1M quota',
      '$400K'
    ]);
  });

  it('keeps the focus without figures when the snapshot is unreadable, and hides it when the field is hidden', () => {
    const corrupt = { ...held, snapshotJson: '{not json' };
    const focus = buildMyCoachingView(input({ sessions: [corrupt] })).focus!;
    expect(focus.title).toBe(GAP_TEXT.CONVERSION.title);
    expect(focus.figures).toEqual([]);
    expect(buildMyCoachingView(input({}, { focusHidden: true })).focus).toBeNull();
    expect(buildMyCoachingView(input({ sessions: [{ ...held, mainGap: null }] })).focus).toBeNull();
  });

  it('lists open action items due first, counts those past due, and leaves out done and others’ items', () => {
    const view = buildMyCoachingView(
      input({
        actionItems: [
          actionItem({ id: 'a2', subject: 'Send proposal', status: 'In Progress', dueDate: '2026-12-01' }),
          actionItem({ id: 'a1', subject: 'Call CFO', dueDate: '2026-11-20', opportunityId: 'o9' }),
          actionItem({ id: 'a3', status: 'Done', dueDate: '2026-11-10' }),
          actionItem({ id: 'a4', repId: 'rep2', assigneeId: 'rep2', dueDate: '2026-11-01' })
        ]
      })
    );
    expect(view.actionItems.map((a) => a.id)).toEqual(['a1', 'a2']);
    // Due 20 Nov is before today (24 Nov); due 1 Dec is not.
    expect(view.pastDueCount).toBe(1);
    expect(view.actionItems[0]).toMatchObject({ opportunityId: 'o9', opportunityName: null, accountId: null });
  });

  it('reminds of lost and quiet deals still missing a root cause, and not of documented or active ones', () => {
    const view = buildMyCoachingView(
      input({
        opportunities: [
          lost({ id: 'L1', name: 'Globex renewal', ownerId: REP, closeDate: '2026-11-10' }),
          lost({ id: 'L2', name: 'Initech', ownerId: REP, closeDate: '2026-11-12' }),
          // No activity since 1 Sep (84 days) and no stage change since creation on 1 Aug: quiet (> 30 days).
          opportunity({
            id: 'Q1',
            name: 'Umbrella pilot',
            ownerId: REP,
            createdDate: '2026-08-01T12:00:00.000Z',
            lastActivityDate: '2026-09-01',
            closeDate: '2026-12-20'
          }),
          opportunity({
            id: 'A1',
            name: 'Active',
            ownerId: REP,
            lastActivityDate: '2026-11-20',
            closeDate: '2026-12-20'
          })
        ],
        reviews: [review({ opportunityId: 'L2', reviewType: 'Lost', rootCause: 'Price' })]
      })
    );
    const rootCauses = view.reminders.filter((r) => r.kind === 'rootCause');
    // Latest close date first: the quiet deal (20 Dec) before the one lost on 10 Nov.
    expect(rootCauses).toEqual([
      expect.objectContaining({ recordId: 'Q1', text: 'Umbrella pilot has gone quiet: document why.' }),
      expect.objectContaining({ recordId: 'L1', text: 'Document why Globex renewal was lost.' })
    ]);
  });

  it('lists the five most recent root causes due and sums up the rest in one line', () => {
    // Seven lost deals without a review, closed 1–7 Nov: the five latest (7, 6, 5, 4, 3 Nov) are listed.
    const opportunities = [1, 2, 3, 4, 5, 6, 7].map((d) =>
      lost({ id: `L${d}`, name: `Deal ${d}`, ownerId: REP, closeDate: `2026-11-0${d}` })
    );
    const reminders = buildMyCoachingView(input({ opportunities })).reminders.filter((r) => r.kind === 'rootCause');
    expect(reminders.map((r) => r.recordId)).toEqual(['L7', 'L6', 'L5', 'L4', 'L3', null]);
    expect(reminders[5]).toMatchObject({ key: 'rootCause-more', text: '2 more deals need a root cause.' });
  });

  it('gives an empty view for a rep with no coaching data', () => {
    const view = buildMyCoachingView({ ...input({ cadences: [], sessions: [] }), names: new Map() });
    expect(view).toEqual({
      today: '2026-11-24',
      nextSession: null,
      actionItems: [],
      pastDueCount: 0,
      survey: null,
      focus: null,
      reminders: []
    });
  });
});
