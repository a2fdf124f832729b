import {
  actionItemRows,
  buildSections,
  changesView,
  formatFact,
  healthTrend,
  linkOptions,
  pipelineBars,
  recordNames,
  withHistory
} from 'c/agendaViewModel';
import type { HistoryEvent } from 'c/coachingApi';
import type { AgendaView, QuarterMetrics, SnapshotDiff } from 'c/coachingEngine';
import { actionItem, opportunity, session } from '@test/engine/records';

// History trails with their placeholders, so the assertions read the values filled in.
jest.mock('@salesforce/label/c.Coaching_History_Close_Dates', () => ({ default: 'Close dates: {0}' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.Coaching_History_Stages', () => ({ default: 'Stages: {0}' }), { virtual: true });

const DISPLAY = { locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' };

/** One deal's change in a snapshot diff: nothing changed unless `extra` says so. */
const change = (id: string, name: string, kinds: string[], extra: Record<string, unknown> = {}) => ({
  opportunityId: id,
  name,
  kinds,
  pushedDays: null,
  pulledInDays: null,
  amountBefore: null,
  amountAfter: null,
  amountDelta: null,
  stageBefore: null,
  stageAfter: null,
  closeDateBefore: null,
  closeDateAfter: null,
  quarterBefore: null,
  quarterAfter: null,
  ...extra
});

function agendaView(): AgendaView {
  return {
    agenda: {
      repId: 'rep1',
      generatedAt: '2026-11-24T15:00:00.000Z',
      since: '2026-11-19',
      sections: [
        {
          key: 'Action_Items',
          label: 'Action items',
          emptyMessage: 'No open action items.',
          items: [
            {
              id: 'Action_Items:a1',
              section: 'Action_Items',
              importance: 80,
              severity: 'HIGH',
              title: 'Send proposal',
              facts: [
                { label: 'Due', value: '2026-11-20', unit: 'date' },
                { label: 'Days overdue', value: 4, unit: 'days' },
                { label: 'CRM change since agreed', value: 'stage A → B', unit: 'text' }
              ],
              recordIds: ['a1', 'opp1'],
              questions: ['What stopped this item?']
            }
          ]
        },
        {
          key: 'Pipeline_Risk',
          label: 'Pipeline risk',
          emptyMessage: 'No quarter figures.',
          items: [
            {
              id: 'Pipeline_Risk:current',
              section: 'Pipeline_Risk',
              importance: 40,
              severity: 'LOW',
              title: 'FY2027 Q4',
              facts: [
                { label: 'Quota', value: 100000, unit: 'money' },
                { label: 'Coverage', value: 2.04, unit: 'ratio' },
                { label: 'Win rate', value: 0.25, unit: 'percent' },
                { label: 'Gap', value: null, unit: 'money' },
                { label: 'Deals', value: 3, unit: 'count' }
              ],
              recordIds: ['opp1', 'hidden'],
              questions: ['Q1', 'Q2']
            }
          ]
        },
        { key: 'Skills', label: 'Skills', emptyMessage: 'No diagnosis.', items: [] }
      ]
    }
  } as unknown as AgendaView;
}

describe('c/agendaViewModel', () => {
  it('formats facts by unit, and a missing value as "No data"', () => {
    const facts = buildSections(agendaView(), {
      display: DISPLAY,
      names: new Map(),
      reviewed: new Set(),
      hidden: new Set(),
      showQuestions: true
    })[1].items[0].facts.map((f) => f.value);
    expect(facts).toEqual(['$100K', '2×', '25%', 'No data', '3']);
    expect(formatFact({ label: 'Due', value: '2026-11-20', unit: 'date' }, DISPLAY)).toBe('Nov 20, 2026');
    expect(formatFact({ label: 'Days', value: 1, unit: 'days' }, DISPLAY)).toBe('1 day');
  });

  it('links only the records the viewer can see by name, hides sections the page leaves out, and marks reviewed ones', () => {
    const sections = buildSections(agendaView(), {
      display: DISPLAY,
      names: new Map([['opp1', 'Globex platform']]),
      reviewed: new Set(['Pipeline_Risk']),
      hidden: new Set(['Skills']),
      showQuestions: false
    });
    expect(sections.map((s) => [s.key, s.reviewed])).toEqual([
      ['Action_Items', false],
      ['Pipeline_Risk', true]
    ]);
    const risk = sections[1];
    expect(risk.isPipelineRisk).toBe(true);
    expect(risk.items[0].links).toEqual([{ recordId: 'opp1', label: 'Globex platform' }]);
    expect(risk.items[0].hasQuestions).toBe(false); // questions switched off on this page
    expect(risk.items[0].severityClass).toBe('slds-badge');
  });

  it('lists open action items oldest due first, with the CRM change since agreed', () => {
    const names = new Map([
      ['opp1', 'Globex platform'],
      ['rep1', 'Ana']
    ]);
    const rows = actionItemRows(
      [
        actionItem({ id: 'a2', subject: 'Later', dueDate: '2026-12-01' }),
        actionItem({ id: 'a1', subject: 'Send proposal', dueDate: '2026-11-20', opportunityId: 'opp1' }),
        actionItem({ id: 'a3', subject: 'Done already', status: 'Done' })
      ],
      agendaView(),
      names
    );
    expect(rows.map((r) => [r.id, r.progress, r.opportunityName, r.assigneeName])).toEqual([
      ['a1', 'stage A → B', 'Globex platform', 'Ana'],
      ['a2', null, null, 'Ana']
    ]);
  });

  it('offers the rep’s open deals, biggest first, to link an item to', () => {
    const options = linkOptions(
      [
        opportunity({ id: 'small', name: 'Small', amount: 10_000, ownerId: 'rep1' }),
        opportunity({ id: 'big', name: 'Big', amount: 90_000, ownerId: 'rep1', stageName: 'Proposal/Price Quote' }),
        opportunity({ id: 'closed', name: 'Closed', ownerId: 'rep1', isClosed: true }),
        opportunity({ id: 'peer', name: 'Peer', ownerId: 'rep2' })
      ],
      'rep1',
      DISPLAY
    );
    expect(options.map((o) => o.value)).toEqual(['big', 'small']);
    expect(options[0]).toEqual(
      expect.objectContaining({
        label: 'Big · Proposal/Price Quote · $90K',
        stageName: 'Proposal/Price Quote',
        amount: 90_000
      })
    );
  });

  it('draws health at each recent held 1:1 then today, oldest first, at most the history weeks', () => {
    const held = (id: string, day: string, score: number | null) =>
      session({ id, status: 'Held', actualStart: `${day}T15:00:00.000Z`, healthScore: score });
    const points = healthTrend(
      [
        held('s3', '2026-11-19', 55),
        held('s1', '2026-11-05', 70),
        held('s2', '2026-11-12', null),
        session({ id: 'p' })
      ],
      'rep1',
      48,
      2,
      DISPLAY
    );
    expect(points.map((p) => [p.key, p.value])).toEqual([
      ['s2', null],
      ['s3', 55],
      ['now', 48]
    ]);
    expect(points[0].displayValue).toBe('No data');
  });

  it('compares open pipeline with what the rest of the quota needs', () => {
    const q = (label: string, gap: number | null, pipe: number) =>
      ({ quarter: { label }, gap, openPipeline: pipe }) as unknown as QuarterMetrics;
    const bars = pipelineBars([q('FY2027 Q4', 75_000, 150_000), q('FY2028 Q1', null, 20_000)], 3, DISPLAY);
    // Needed = gap × required coverage = 75,000 × 3 = 225,000; 150,000 is short of it.
    expect(bars[0]).toEqual(expect.objectContaining({ value: 150_000, target: 225_000, variant: 'warning' }));
    expect(bars[1]).toEqual(
      expect.objectContaining({ value: 20_000, target: null, variant: 'neutral', displayValue: '$20K' })
    );
  });

  it('orders changes with the risky ones first and describes each', () => {
    const diff = {
      from: '2026-11-19T15:00:00.000Z',
      to: '2026-11-24T15:00:00.000Z',
      amountsComparable: true,
      changes: [
        change('w', 'Won deal', ['WON']),
        change('p', 'Pushed deal', ['MOVED_TO_LATER_QUARTER', 'PUSHED'], {
          pushedDays: 45,
          quarterBefore: 'FY2027 Q4',
          quarterAfter: 'FY2028 Q1',
          stageBefore: 'Proposal/Price Quote',
          stageAfter: 'Qualification',
          amountDelta: 5000
        }),
        change('quiet', 'Unchanged', [])
      ],
      counts: { WON: 1, PUSHED: 1, MOVED_TO_LATER_QUARTER: 1 }
    } as unknown as SnapshotDiff;
    const view = changesView(diff, DISPLAY)!;
    expect(view.since).toBe('Nov 19, 2026');
    expect(view.rows.map((r) => r.name)).toEqual(['Pushed deal', 'Won deal']);
    expect(view.rows[0].kinds).toBe('c.Coaching_Change_Pushed, c.Coaching_Change_Later_Quarter');
    expect(view.rows[0].details).toBe(
      'c.Coaching_Change_Pushed_By · FY2027 Q4 → FY2028 Q1 · Proposal/Price Quote → Qualification · +$5K'
    );
    expect(view.summary.map((s) => [s.key, s.count])).toEqual([
      ['PUSHED', 1],
      ['MOVED_TO_LATER_QUARTER', 1],
      ['WON', 1]
    ]);
    expect(changesView(null, DISPLAY)).toBeNull();
  });

  it('names records for links; a name hidden by field-level security is left out', () => {
    const names = recordNames(
      [opportunity({ id: 'o1', name: 'Deal' }), opportunity({ id: 'o2', name: '' })],
      [{ id: 'acc', name: 'Globex' }],
      [actionItem({ id: 'i1', subject: 'Call' })],
      [{ id: 'u1', name: 'Ana' }]
    );
    expect([...names.entries()]).toEqual([
      ['u1', 'Ana'],
      ['acc', 'Globex'],
      ['o1', 'Deal'],
      ['i1', 'Call']
    ]);
  });

  describe('withHistory', () => {
    const SINCE = '2026-11-19T15:00:00.000Z';
    const diff = {
      from: SINCE,
      to: '2026-11-24T15:00:00.000Z',
      amountsComparable: true,
      changes: [
        change('pushed', 'Pushed once', ['PUSHED'], {
          pushedDays: 7,
          closeDateBefore: '2026-12-01',
          closeDateAfter: '2026-12-08',
          stageBefore: 'Qualification',
          stageAfter: 'Qualification'
        }),
        change('advanced', 'Advanced twice', ['STAGE_ADVANCED'], {
          stageBefore: 'Qualification',
          stageAfter: 'Negotiation/Review'
        })
      ],
      counts: { PUSHED: 1, STAGE_ADVANCED: 1 }
    } as unknown as SnapshotDiff;
    const closeMove = (id: string, at: string, from: string, to: string): HistoryEvent => ({
      kind: 'closeDate',
      opportunityId: id,
      at,
      from,
      to
    });
    const stage = (id: string, at: string, fromStage: string | null, toStage: string): HistoryEvent => ({
      kind: 'stage',
      opportunityId: id,
      at,
      fromStage,
      toStage
    });
    const names = new Map([
      ['pushed', 'Pushed once'],
      ['advanced', 'Advanced twice'],
      ['yoyo', 'Pushed and pulled back']
    ]);

    it('adds only what the diff does not show, and gives deals the diff missed a row of their own', () => {
      const events = [
        // The one push the diff already shows (same dates): left out.
        closeMove('pushed', '2026-11-20T10:00:00.000Z', '2026-12-01', '2026-12-08'),
        // First row read (previous stage unknown), then two stage changes: the diff shows only the ends.
        stage('advanced', '2026-11-20T09:00:00.000Z', null, 'Qualification'),
        stage('advanced', '2026-11-21T09:00:00.000Z', 'Qualification', 'Proposal/Price Quote'),
        stage('advanced', '2026-11-23T09:00:00.000Z', 'Proposal/Price Quote', 'Negotiation/Review'),
        // Pushed then pulled back: no net change, so not in the diff.
        closeMove('yoyo', '2026-11-20T11:00:00.000Z', '2026-12-10', '2026-12-31'),
        closeMove('yoyo', '2026-11-22T11:00:00.000Z', '2026-12-31', '2026-12-10'),
        // A deal the agenda did not load, and a move from before the 1:1 (ignored).
        stage('unknown', '2026-11-22T12:00:00.000Z', 'Qualification', 'Closed Lost'),
        closeMove('pushed', '2026-11-18T10:00:00.000Z', '2026-11-30', '2026-12-01')
      ];
      const view = withHistory(changesView(diff, DISPLAY), diff, events, names, SINCE, DISPLAY)!;
      expect(view.rows.map((r) => [r.name, r.kinds, r.history])).toEqual([
        ['Pushed once', 'c.Coaching_Change_Pushed', ''],
        [
          'Advanced twice',
          'c.Coaching_Change_Stage_Forward',
          'Stages: Qualification → Proposal/Price Quote → Negotiation/Review'
        ],
        ['c.Coaching_History_Unnamed_Deal', 'c.Coaching_History_Kind_Stage', 'Stages: Qualification → Closed Lost'],
        [
          'Pushed and pulled back',
          'c.Coaching_History_Kind_Close_Date',
          'Close dates: Dec 10, 2026 → Dec 31, 2026 → Dec 10, 2026'
        ]
      ]);
      // The diff's counts stay as they were: history adds detail, not change kinds.
      expect(view.summary.map((s) => [s.key, s.count])).toEqual([
        ['PUSHED', 1],
        ['STAGE_ADVANCED', 1]
      ]);
    });

    it('without a snapshot, history alone makes the view; without events or a held 1:1, nothing changes', () => {
      const events = [closeMove('yoyo', '2026-11-20T11:00:00.000Z', '2026-12-10', '2026-12-31')];
      const alone = withHistory(null, null, events, names, SINCE, DISPLAY)!;
      expect([alone.since, alone.hasChanges, alone.rows.map((r) => r.history)]).toEqual([
        'Nov 19, 2026',
        true,
        ['Close dates: Dec 10, 2026 → Dec 31, 2026']
      ]);
      const base = changesView(diff, DISPLAY);
      expect(withHistory(base, diff, [], names, SINCE, DISPLAY)).toBe(base);
      expect(withHistory(null, null, events, names, null, DISPLAY)).toBeNull();
      // A stage seen once, with nothing before it, is where the deal stood, not a change.
      expect(
        withHistory(
          null,
          null,
          [stage('yoyo', '2026-11-20T11:00:00.000Z', null, 'Qualification')],
          names,
          SINCE,
          DISPLAY
        )
      ).toBeNull();
    });
  });
});
