import type { Opportunity } from 'c/coachingModel';
import { dayFromIso } from 'c/calendarDate';
import type { AgendaItem, AgendaSection } from 'c/agendaBuilder';
import { buildRepAgenda } from 'c/agendaBuilder';
import type { DealChange, SnapshotDiff } from 'c/pipelineSnapshot';
import { CHANGE_KINDS } from 'c/pipelineSnapshot';
import { agendaInput } from '@test/engine/agendaInput';
import type { AgendaInputOptions } from '@test/engine/agendaInput';
import { actionItem, lost, opportunity, review, won } from '@test/engine/records';

// Today is 2026-11-24 (New York); the last 1:1 was held a week ago.
const LAST_HELD = dayFromIso('2026-11-17');
/** Two wins of 100,000 in the trailing quarters: the average won deal is 100,000. */
const WINS = [
  won({ id: 'w1', amount: 100_000, closeDate: '2026-06-15' }),
  won({ id: 'w2', amount: 100_000, closeDate: '2026-06-16' })
];

function section(options: AgendaInputOptions, key: AgendaSection['key']): AgendaItem[] {
  return buildRepAgenda(agendaInput({ lastHeldDay: LAST_HELD, ...options })).sections.find((s) => s.key === key)!.items;
}
const ranked = (items: AgendaItem[]) => items.map((i) => [i.recordIds[0] ?? i.id, i.importance]);

describe('agenda builder: lost and disengaged deals', () => {
  const losses: Opportunity[] = [
    lost({ id: 'recentSmall', amount: 50_000, closeDate: '2026-11-22' }),
    lost({ id: 'olderBig', amount: 400_000, closeDate: '2026-10-15' }),
    lost({ id: 'recentDocumented', amount: 100_000, closeDate: '2026-11-21' }),
    lost({ id: 'olderDocumented', amount: 100_000, closeDate: '2026-10-15' }),
    lost({ id: 'tooOld', amount: 100_000, closeDate: '2026-07-27' }),
    lost({ id: 'causeBlank', amount: 100_000, closeDate: '2026-10-20' })
  ];
  const reviews = [
    review({ opportunityId: 'recentDocumented', rootCause: 'Price' }),
    review({ opportunityId: 'olderDocumented', rootCause: 'Timing' }),
    review({ opportunityId: 'causeBlank', rootCause: '  ' })
  ];

  it('keeps losses without a root cause on the agenda until reviewed, within the window, by importance', () => {
    const items = section({ opportunities: [...WINS, ...losses], reviews }, 'Lost_Disengaged');
    // Importance: 70 (lost since the last 1:1, no root cause) or 60 (older, still no root cause) or 30 (documented),
    // + up to 20 for size: 5 × amount ÷ the 100,000 average win.
    // olderBig (40 days ago, 400,000): 60 + min(20, 20) = 80. recentSmall (2 days, 50,000): 70 + 2.5 = 72.5 → 73.
    // causeBlank (35 days, blank cause = missing): 60 + 5 = 65. recentDocumented (3 days): 30 + 5 = 35.
    // olderDocumented is reviewed and older than the last 1:1; tooOld closed 120 days ago, past the 90-day window.
    expect(ranked(items)).toEqual([
      ['olderBig', 80],
      ['recentSmall', 73],
      ['causeBlank', 65],
      ['recentDocumented', 35]
    ]);
    expect(items[0].facts).toEqual(
      expect.arrayContaining([
        { label: 'Days since lost', value: 40, unit: 'days' },
        { label: 'Root cause', value: 'missing', unit: 'text' }
      ])
    );
    expect(items[3].facts).toContainEqual({ label: 'Root cause', value: 'Price', unit: 'text' });
    expect(items.map((i) => i.severity)).toEqual(['HIGH', 'MEDIUM', 'MEDIUM', 'LOW']);
  });

  it('follows a shorter review window and, without any 1:1, looks back one week', () => {
    const shorter = section(
      { opportunities: [...WINS, ...losses], reviews, settings: { lostReviewWindowDays: 30 } },
      'Lost_Disengaged'
    );
    // 30 days back is 2026-10-25: olderBig (Oct 15) and causeBlank (Oct 20) drop out.
    expect(ranked(shorter).map(([id]) => id)).toEqual(['recentSmall', 'recentDocumented']);
    const firstOneOnOne = section(
      { opportunities: [...WINS, ...losses], reviews, lastHeldDay: null, settings: { lostReviewWindowDays: 30 } },
      'Lost_Disengaged'
    );
    expect(ranked(firstOneOnOne).map(([id]) => id)).toEqual(['recentSmall', 'recentDocumented']);
  });

  it('lists a disengaged open deal next to the losses', () => {
    const quiet = opportunity({
      id: 'quiet',
      amount: 100_000,
      lastStageChangeDate: '2026-09-01T15:00:00.000Z',
      lastActivityDate: '2026-09-01'
    });
    const items = section({ opportunities: [...WINS, quiet] }, 'Lost_Disengaged');
    // 84 days without activity or stage change > 30: disengaged, no review → 70 + 5 = 75.
    expect(ranked(items)).toEqual([['quiet', 75]]);
    expect(items[0].title).toBe('Disengaged: Deal');
  });
});

describe('agenda builder: ordering inside the other sections', () => {
  it('orders action items: most overdue first, then linked items without CRM progress, then the rest', () => {
    const deal = opportunity({ id: 'linkedDeal', stageName: 'Qualification', closeDate: '2026-12-20' });
    const items = section(
      {
        opportunities: [deal],
        actionItems: [
          actionItem({ id: 'plain', dueDate: '2026-12-10' }),
          actionItem({ id: 'overdue3', dueDate: '2026-11-21' }),
          actionItem({
            id: 'stuck',
            dueDate: '2026-12-05',
            opportunityId: 'linkedDeal',
            baselineStageName: 'Qualification',
            baselineCloseDate: '2026-12-20'
          }),
          actionItem({ id: 'overdue30', dueDate: '2026-10-25' }),
          actionItem({ id: 'done', status: 'Done', dueDate: '2026-10-01' })
        ]
      },
      'Action_Items'
    );
    // Overdue: 75 + days (at most 20) → 30 days 95, 3 days 78. Linked without progress: 55. Otherwise 35.
    expect(ranked(items)).toEqual([
      ['overdue30', 95],
      ['overdue3', 78],
      ['stuck', 55],
      ['plain', 35]
    ]);
    expect(items[2].facts).toContainEqual({ label: 'CRM change since agreed', value: 'none', unit: 'text' });
  });

  it('orders deals in review by 100 − health score, with 10 more for a change since the last 1:1', () => {
    const recent = { lastStageChangeDate: '2026-11-19T15:00:00.000Z', lastActivityDate: '2026-11-20' };
    const pushed = opportunity({ id: 'pushed', pushCount: 3, closeDate: '2026-12-20', ...recent });
    const pastDue = opportunity({ id: 'pastDue', closeDate: '2026-11-14', ...recent });
    const fine = opportunity({ id: 'fine', closeDate: '2026-12-20', ...recent });
    const change: DealChange = {
      opportunityId: 'pastDue',
      name: 'Deal',
      kinds: ['PUSHED'],
      pushedDays: 7,
      pulledInDays: null,
      amountBefore: 100_000,
      amountAfter: 100_000,
      amountDelta: 0,
      stageBefore: 'Qualification',
      stageAfter: 'Qualification',
      closeDateBefore: '2026-11-07',
      closeDateAfter: '2026-11-14',
      quarterBefore: 'FY2027 Q4',
      quarterAfter: 'FY2027 Q4'
    };
    const diff: SnapshotDiff = {
      from: '2026-11-17T15:00:00.000Z',
      to: '2026-11-24T15:00:00.000Z',
      amountsComparable: true,
      changes: [change],
      counts: Object.fromEntries(CHANGE_KINDS.map((k) => [k, k === 'PUSHED' ? 1 : 0])) as SnapshotDiff['counts']
    };
    const items = section({ opportunities: [pushed, pastDue, fine], diff }, 'Opportunity_Review');
    // pastDue: 100 − 75 (past due −25) + 10 (pushed since the last 1:1) = 35. pushed: 3 pushes −25 → 25.
    // fine has no signal. Pipeline fill: no quota next quarter, so no needed rate → 20.
    expect(ranked(items)).toEqual([
      ['pastDue', 35],
      ['pushed', 25],
      ['Opportunity_Review:pipeline-fill', 20]
    ]);
    expect(items[0].facts).toContainEqual({ label: 'Pushed since last 1:1 (days)', value: 7, unit: 'days' });
  });

  it('ranks the quarter short of coverage above the one without a quota', () => {
    const deal = opportunity({ id: 'd', amount: 300_000, closeDate: '2026-12-20' });
    const items = section({ opportunities: [deal] }, 'Pipeline_Risk');
    // Current: 300,000 ÷ 1,000,000 = 0.3× of the 3× default → ratio 0.1 → 60 + 0.9 × 40 = 96.
    // Next: no quota → coverage unknown → 40.
    expect(items.map((i) => [i.id, i.importance, i.severity])).toEqual([
      ['Pipeline_Risk:current', 96, 'HIGH'],
      ['Pipeline_Risk:next', 40, 'LOW']
    ]);
    expect(items[0].title).toBe('FY2027 Q4: coverage 0.3× of 3.0× needed');
  });

  it('dates the agenda from the last 1:1 and says when the lost-deal section is empty', () => {
    const agenda = buildRepAgenda(agendaInput({ lastHeldDay: LAST_HELD }));
    expect(agenda.since).toBe('2026-11-17');
    const lostSection = agenda.sections.find((s) => s.key === 'Lost_Disengaged')!;
    expect(lostSection.items).toEqual([]);
    expect(lostSection.emptyMessage).toBe(
      'No deal lost or gone quiet since the last 1:1, and no loss waiting for its root cause.'
    );
  });
});
