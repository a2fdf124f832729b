import type { CoachingDataset } from 'c/coachingModel';
import {
  buildAgenda,
  buildDealCoaching,
  buildOrgPipeline,
  buildOversight,
  buildSessionSnapshot,
  buildTeamView,
  buildUpcoming
} from 'c/coachingEngine';
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
  user,
  won
} from '@test/engine/records';
import { seedTeam } from '@test/engine/seedTeam';

const EARLIER = { ...CLOCK, now: '2026-11-13T15:00:00.000Z' };

describe('team view on the seed team', () => {
  const view = buildTeamView(seedTeam(), CLOCK, { managerId: 'mgr' });

  it('shows 9 reps and the team totals', () => {
    expect(view.reps).toHaveLength(9);
    expect(view.currentQuarter.label).toBe('FY2027 Q4');
    expect(view.today).toBe('2026-11-24');
    expect(view.team.current.openPipeline).toBe(7_200_000);
    expect(view.team.current.coverage).toBeCloseTo(7_200_000 / 6_750_000, 9);
  });

  it('rolls up rep 1’s health by hand', () => {
    const rep1 = view.reps.find((r) => r.repId === 'rep1')!;
    // Every open deal was created 2026-09-01 and never moved: 84 days in stage, past each stage's configured
    // maximum (Negotiation and Proposal 21, Qualification and Prospecting 14): stale, −20 each. 84 days without
    // activity (> 14): −15. Negotiation and Prospecting lack NextStep (−5 each).
    // Scores: commit 60 (200k), best case 65 (100k), pipeline 65 (100k), next quarter 60 (300k).
    expect(rep1.deals.map((d) => d.score).sort()).toEqual([60, 60, 65, 65]);
    expect(rep1.health.staleDeals).toBe(4);
    const [coverage, deals, hygiene, creation] = rep1.health.components.map((c) => c.value as number);
    expect(coverage).toBeCloseTo((400_000 / 950_000 / 3) * 100, 6); // 14.04
    expect(deals).toBeCloseTo((60 * 200 + 65 * 100 + 65 * 100 + 60 * 300) / 700, 6); // 61.43
    expect(hygiene).toBe(0); // every deal is stale
    expect(creation).toBeCloseTo((700_000 / 13 / ((3_000_000 * 7) / 89)) * 100, 6); // 22.82
    // (14.04 × 35 + 61.43 × 30 + 0 × 20 + 22.82 × 15) ÷ 100 = 26.76 → 27.
    expect(rep1.health.score).toBe(27);
  });

  it('diagnoses against the team medians', () => {
    // Win rates 2/(2+i): the median is rep 5's 2/7. Rep 1 wins 2/3 and has coverage 0.42 of 3 required with
    // pipeline creation at 23% of need: a lead-generation gap.
    expect(view.medians.winRate).toBeCloseTo(2 / 7, 9);
    expect(view.reps.find((r) => r.repId === 'rep1')!.diagnosis.mainGap.code).toBe('LEAD_GENERATION');
  });

  it('picks the team from the manager, explicit ids, or everyone who manages no one', () => {
    expect(buildTeamView(seedTeam(), CLOCK, { repIds: ['rep2', 'rep2'] }).reps.map((r) => r.repId)).toEqual(['rep2']);
    expect(buildTeamView(seedTeam(), CLOCK).reps).toHaveLength(9);
  });
});

describe('hidden deals from snapshots', () => {
  it('finds won deals never seen before they closed', () => {
    const base = dataset({ users: [user({ id: 'mgr' }), user({ id: 'rep1', managerId: 'mgr' })] });
    const early = buildSessionSnapshot(
      { ...base, opportunities: [opportunity({ id: 'seen', closeDate: '2026-11-20' })] },
      'rep1',
      {
        ...CLOCK,
        now: '2026-11-02T15:00:00.000Z'
      }
    );
    const ds: CoachingDataset = {
      ...base,
      sessions: [
        session({ status: 'Held', actualStart: '2026-11-02T15:00:00.000Z', snapshotJson: early.snapshotJson })
      ],
      opportunities: [
        won({ id: 'seen', closeDate: '2026-11-20' }),
        won({ id: 'h1', closeDate: '2026-11-10' }),
        won({ id: 'h2', closeDate: '2026-11-12' })
      ]
    };
    const rep = buildTeamView(ds, CLOCK, { managerId: 'mgr' }).reps[0];
    const hidden = rep.diagnosis.gaps.find((g) => g.code === 'HIDDEN_DEALS')!;
    // 3 wins after the first snapshot; 2 never seen → 67% ≥ 25%.
    expect(hidden.recordIds).toEqual(['h1', 'h2']);
    // "seen" was in the snapshot but never in Commit: 1 of 1 won deals → commit misunderstood.
    expect(rep.diagnosis.gaps.map((g) => g.code)).toContain('COMMIT_MISUNDERSTOOD');
  });
});

describe('surprise deals need an earlier snapshot to have been missing from', () => {
  it('does not flag deals already late in the first snapshot, but flags one first seen late in a later one', () => {
    const base = dataset({ users: [user({ id: 'mgr' }), user({ id: 'rep1', managerId: 'mgr' })] });
    const lateAlready = opportunity({ id: 'late0', closeDate: '2026-12-20', probability: 90 });
    const first = buildSessionSnapshot({ ...base, opportunities: [lateAlready] }, 'rep1', {
      ...CLOCK,
      now: '2026-11-02T15:00:00.000Z'
    });
    const lateNew = [
      opportunity({ id: 'late1', closeDate: '2026-12-22', probability: 90 }),
      opportunity({ id: 'late2', closeDate: '2026-12-23', probability: 75 })
    ];
    const second = buildSessionSnapshot({ ...base, opportunities: [lateAlready, ...lateNew] }, 'rep1', {
      ...CLOCK,
      now: '2026-11-09T15:00:00.000Z'
    });
    const ds: CoachingDataset = {
      ...base,
      sessions: [
        session({
          id: 's1',
          status: 'Held',
          actualStart: '2026-11-02T15:00:00.000Z',
          snapshotJson: first.snapshotJson
        }),
        session({
          id: 's2',
          status: 'Held',
          actualStart: '2026-11-09T15:00:00.000Z',
          snapshotJson: second.snapshotJson
        })
      ],
      opportunities: [lateAlready, ...lateNew]
    };
    const rep = buildTeamView(ds, CLOCK, { managerId: 'mgr' }).reps[0];
    const hidden = rep.diagnosis.gaps.find((g) => g.code === 'HIDDEN_DEALS')!;
    // Three open deals at probability ≥ 70 are candidates. late0 was already late in the first snapshot (no
    // earlier 1:1 could have shown it); late1 and late2 first appeared late in the second: 2 of 3 = 67% ≥ 25%.
    expect(hidden.recordIds).toEqual(['late1', 'late2']);
    expect(hidden.evidence.find((e) => e.label === 'Deals first seen late or never')!.value).toBe(2);
  });
});

describe('agenda', () => {
  function agendaDataset(): CoachingDataset {
    const ds = seedTeam();
    const pushed = ds.opportunities.find((o) => o.name === 'R1 commit')!;
    const snapshot = buildSessionSnapshot(ds, 'rep1', EARLIER);
    return {
      ...ds,
      opportunities: [
        ...ds.opportunities.filter((o) => o !== pushed),
        { ...pushed, closeDate: '2027-02-15', pushCount: 1, lastActivityDate: '2026-11-20' },
        lost({ id: 'lostNoCause', ownerId: 'rep1', name: 'Lost deal', closeDate: '2026-11-16', amount: 80_000 }),
        lost({ id: 'lostWithCause', ownerId: 'rep1', name: 'Documented loss', closeDate: '2026-11-17' })
      ],
      reviews: [review({ opportunityId: 'lostWithCause', reviewType: 'Lost', rootCause: 'Price' })],
      sessions: [
        session({
          id: 'last',
          status: 'Held',
          actualStart: '2026-11-13T15:00:00.000Z',
          snapshotJson: snapshot.snapshotJson
        })
      ],
      actionItems: [
        actionItem({
          id: 'ai1',
          subject: 'Get the contract to legal',
          dueDate: '2026-11-20',
          opportunityId: pushed.id,
          baselineStageName: 'Proposal/Price Quote',
          baselineCloseDate: '2026-12-15',
          baselineActivityDate: '2026-11-10'
        }),
        actionItem({ id: 'ai2', subject: 'Done already', status: 'Done' })
      ]
    };
  }

  it('builds the seven sections with linked records, CRM changes and questions', () => {
    const view = buildAgenda(agendaDataset(), 'rep1', CLOCK);
    const agenda = view.agenda!;
    expect(agenda.since).toBe('2026-11-13');
    const section = (key: string) => agenda.sections.find((s) => s.key === key)!;

    const [item] = section('Action_Items').items;
    expect(item.recordIds[0]).toBe('ai1');
    expect(item.severity).toBe('HIGH'); // 4 days overdue → 75 + 4
    const change = item.facts.find((f) => f.label === 'CRM change since agreed')!.value as string;
    expect(change).toContain('stage Proposal/Price Quote → Negotiation/Review');
    expect(change).toContain('close date 2026-12-15 → 2027-02-15');
    expect(change).toContain('activity on 2026-11-20');
    expect(section('Action_Items').items).toHaveLength(1);

    const lostItems = section('Lost_Disengaged').items.filter((i) => i.title.startsWith('Lost'));
    expect(lostItems.map((i) => i.recordIds[0])).toEqual(['lostNoCause', 'lostWithCause']);
    expect(lostItems[0].facts.find((f) => f.label === 'Root cause')!.value).toBe('missing');

    const pushedItem = section('Opportunity_Review').items.find((i) => i.title === 'R1 commit')!;
    // 2026-12-15 → 2027-02-15 = 62 days, from FY2027 Q4 into FY2028 Q1.
    expect(pushedItem.facts).toEqual(
      expect.arrayContaining([
        { label: 'Pushed since last 1:1 (days)', value: 62, unit: 'days' },
        { label: 'Moved to quarter', value: 'FY2027 Q4 → FY2028 Q1', unit: 'text' }
      ])
    );
    expect(view.changes!.counts.PUSHED).toBe(1);
    expect(view.changes!.counts.LOST).toBe(2);

    const risk = section('Pipeline_Risk').items.map((i) => i.id);
    expect(risk).toEqual(expect.arrayContaining(['Pipeline_Risk:current', 'Pipeline_Risk:next']));
    expect(section('Skills').items[0].title).toMatch(/Lead generation/);
    expect(section('Forecast').items[0].facts[0]).toEqual({
      label: 'CRM commit (closed won + commit)',
      value: 50_000,
      unit: 'money'
    });
  });

  it('honours the admin’s section order and switches', () => {
    const ds = agendaDataset();
    ds.settings = {
      ...ds.settings,
      agendaSections: ds.settings.agendaSections.map((s) => {
        if (s.key === 'Forecast') return { ...s, sortOrder: 1 };
        return s.key === 'Account_Priorities' ? { ...s, enabled: false } : s;
      })
    };
    const keys = buildAgenda(ds, 'rep1', CLOCK).agenda!.sections.map((s) => s.key);
    expect(keys).toEqual([
      'Forecast',
      'Action_Items',
      'Lost_Disengaged',
      'Opportunity_Review',
      'Pipeline_Risk',
      'Skills'
    ]);
  });

  it('returns no agenda and a warning for an unknown rep', () => {
    const view = buildAgenda(seedTeam(), 'nobody', CLOCK);
    expect(view.agenda).toBeNull();
    expect(view.warnings[0].code).toBe('INVALID_VALUE');
  });
});

describe('session snapshot', () => {
  it('stores compact JSON and the key figures for the held 1:1', () => {
    const s = buildSessionSnapshot(seedTeam(), 'rep1', CLOCK);
    expect(s.fitsField).toBe(true);
    expect(s.snapshotVersion).toBe(1);
    expect(s.healthScore).toBe(27); // rep 1's health, worked out in the team view test
    expect(s.coverageCurrentQuarter).toBeCloseTo(400_000 / 950_000, 9);
    expect(s.mainGap).toBe('LEAD_GENERATION');
    expect(JSON.parse(s.snapshotJson).d).toHaveLength(5); // 4 open + the deal won this quarter
  });
});

describe('deal coaching', () => {
  it('assesses an open deal and tells its story across 1:1 snapshots', () => {
    const ds = seedTeam();
    const deal = ds.opportunities.find((o) => o.name === 'R1 commit')!;
    const snap = buildSessionSnapshot(ds, 'rep1', EARLIER);
    ds.sessions = [session({ status: 'Held', actualStart: EARLIER.now, snapshotJson: snap.snapshotJson })];
    ds.actionItems = [actionItem({ opportunityId: deal.id })];
    const view = buildDealCoaching(ds, deal.id, CLOCK);
    expect(view.health!.score).toBe(60); // 100 − 20 (84 days > 21 in Negotiation) − 15 (inactive) − 5 (no next step)
    expect(view.history).toEqual([
      {
        sessionId: ds.sessions[0].id,
        takenAt: EARLIER.now,
        stageName: 'Negotiation/Review',
        closeDate: '2026-12-15',
        amount: 200_000,
        forecastCategory: 'C'
      }
    ]);
    expect(view.openActionItems).toHaveLength(1);
    expect(view.needsRootCause).toBe(true); // disengaged (84 days quiet) and no review
  });

  it('asks for the root cause of a lost deal until one is documented, and handles unknown ids', () => {
    const ds = dataset({ opportunities: [lost({ id: 'L', ownerId: 'rep1' })], users: [user({ id: 'rep1' })] });
    expect(buildDealCoaching(ds, 'L', CLOCK).needsRootCause).toBe(true);
    // A blank root cause, or one given in a review of the other kind, documents nothing.
    ds.reviews = [
      review({ id: 'blank', opportunityId: 'L', rootCause: '  ' }),
      review({ id: 'other', opportunityId: 'L', reviewType: 'Disengaged' })
    ];
    expect(buildDealCoaching(ds, 'L', CLOCK).needsRootCause).toBe(true);
    ds.reviews = [review({ opportunityId: 'L' })];
    const documented = buildDealCoaching(ds, 'L', CLOCK);
    expect([documented.needsRootCause, documented.health]).toEqual([false, null]);
    const unknown = buildDealCoaching(ds, 'nope', CLOCK);
    expect(unknown.opportunity).toBeNull();
    expect(unknown.warnings.map((w) => w.code)).toContain('INVALID_VALUE');
  });
});

describe('oversight', () => {
  it('computes a manager’s figures over a window by hand', () => {
    const ids = ['s1', 's2', 's3', 's4'];
    const at = [
      '2026-10-30T13:00:00.000Z',
      '2026-11-06T14:00:00.000Z',
      '2026-11-13T14:00:00.000Z',
      '2026-11-20T14:00:00.000Z'
    ];
    const reps = ['rep1', 'rep2', 'rep3', 'rep1'];
    const ds = dataset({
      users: [user({ id: 'mgr' }), ...['rep1', 'rep2', 'rep3'].map((id) => user({ id, managerId: 'mgr' }))],
      cadences: [cadence({ id: 'cad', repId: 'rep1', createdDate: '2026-10-26T00:00:00.000Z' })],
      sessions: ids.map((id, i) =>
        session({
          id,
          cadenceId: reps[i] === 'rep1' ? 'cad' : null,
          repId: reps[i],
          status: 'Held',
          scheduledStart: at[i],
          actualStart: at[i],
          agendaOpenedAt: i < 3 ? '2026-10-29T12:00:00.000Z' : '2026-11-20T18:00:00.000Z',
          sectionsReviewed:
            i === 0
              ? ['Action_Items', 'Forecast']
              : [
                  'Action_Items',
                  'Lost_Disengaged',
                  'Opportunity_Review',
                  'Pipeline_Risk',
                  'Account_Priorities',
                  'Skills',
                  'Forecast'
                ],
          commitCurrentQuarter: i === 0 ? 300_000 : null,
          forecastPeriodStart: '2026-08-01',
          forecastPeriodEnd: '2026-10-31'
        })
      ),
      actionItems: [
        actionItem({ dueDate: '2026-11-05', status: 'Done' }),
        actionItem({ dueDate: '2026-11-10', status: 'Open' }),
        actionItem({ dueDate: '2026-12-10', status: 'Open' }),
        actionItem({ dueDate: '2026-11-12', status: 'Cancelled' })
      ],
      feedback: ['s1', 's2', 's3'].map((sessionId, i) => feedback({ sessionId, repId: reps[i], preparation: 3 + i })),
      opportunities: [won({ ownerId: 'rep1', closeDate: '2026-10-20', amount: 240_000 })]
    });
    const [m] = buildOversight(ds, ['mgr'], { start: '2026-10-26', end: '2026-11-22' }, CLOCK).managers;
    // rep1's Fridays from 2026-10-30: Oct 30, Nov 6, 13, 20. Held Oct 30 and Nov 20 (s1, s4) → 2 of 4.
    expect([m.adherence.held, m.adherence.missed, m.adherence.rate]).toEqual([2, 2, 0.5]);
    // Agenda opened before the start in s1–s3, after it in s4 → 3 of 4.
    expect(m.preparation).toEqual({ held: 4, prepared: 3, rate: 0.75 });
    // Sections: 2/7, 7/7, 7/7, 7/7 → mean (2/7 + 3) ÷ 4 = 0.8214.
    expect(m.agendaCoverage.rate).toBeCloseTo((2 / 7 + 3) / 4, 9);
    // Due in the window (not cancelled): Nov 5 done, Nov 10 open → 1 of 2. Open: 2, overdue: Nov 10 → 1 of 2.
    expect(m.actions).toEqual({ dueInWindow: 2, done: 1, completionRate: 0.5, open: 2, overdue: 1, overdueShare: 0.5 });
    // 3 answers from 3 reps ≥ k = 3: preparation (3 + 4 + 5) ÷ 3 = 4; response rate 3 of 4 held.
    expect(m.survey.status).toBe('OK');
    expect(m.survey.averages.preparation).toBe(4);
    expect(m.survey.responseRate).toBe(0.75);
    // FY2027 Q3 ended 2026-10-31 (in the window): forecast 300,000, actual 240,000 → 1 − 60/240 = 0.75, bias +0.25.
    expect([m.forecast.accuracy, m.forecast.bias]).toEqual([0.75, 0.25]);
  });

  it('refuses an invalid window with a warning', () => {
    const view = buildOversight(dataset(), ['mgr'], { start: '2026-12-01', end: '2026-11-01' }, CLOCK);
    expect(view.managers).toEqual([]);
    expect(view.warnings[0].code).toBe('INVALID_VALUE');
  });
});

describe('bad clocks and bad records never throw', () => {
  it('falls back to UTC and the epoch with warnings', () => {
    const view = buildTeamView(
      seedTeam(),
      { now: 'yesterday', timeZone: 'Moon/Base', targetCurrency: '' },
      { managerId: 'mgr' }
    );
    expect(view.timeZone).toBe('UTC');
    expect(view.today).toBe('1970-01-01');
    expect(view.warningCounts.INVALID_TIME_ZONE).toBe(1);
    expect(view.warningCounts.INVALID_VALUE).toBeGreaterThanOrEqual(1);
  });

  it('drops duplicate and id-less records and reports a rep without a manager', () => {
    const o = opportunity({ id: 'dup' });
    const ds = dataset({
      users: [user({ id: 'rep1' })],
      opportunities: [o, { ...o }, null as never],
      settings: { ...dataset().settings, staleDaysMultiplier: Number.NaN }
    });
    const view = buildAgenda(ds, 'rep1', CLOCK);
    expect(view.warningCounts.DUPLICATE_ID).toBe(1);
    expect(view.warningCounts.MANAGER_MISSING).toBe(1);
    expect(view.warningCounts.INVALID_VALUE).toBe(2); // the null record and the NaN setting
    expect(view.metrics!.openCount).toBe(1);
  });
});

describe('upcoming 1:1s and the org-wide pass', () => {
  it('lists the next slots of a user’s cadences', () => {
    const ds = dataset({ cadences: [cadence({ repId: 'rep1' }), cadence({ repId: 'rep2', active: false })] });
    const up = buildUpcoming(ds, 'rep1', 2, CLOCK);
    expect(up.cadences).toHaveLength(1);
    expect(up.cadences[0].next.map((s) => s.start)).toEqual(['2026-11-27T14:00:00.000Z', '2026-12-04T14:00:00.000Z']);
  });

  it('sums the seed team org-wide in one pass', () => {
    const view = buildOrgPipeline(seedTeam(), CLOCK);
    expect(view.pipeline.org.current.openPipeline).toBe(7_200_000);
    expect(view.pipeline.byOwner.size).toBe(9);
  });
});
