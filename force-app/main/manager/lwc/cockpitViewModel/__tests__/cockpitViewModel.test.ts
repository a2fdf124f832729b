import { buildTeamView, buildUpcoming } from 'c/coachingEngine';
import { buildCockpitView, coverageVariant, sortRows, type CockpitInput, type RepRow } from 'c/cockpitViewModel';
import {
  FEBRUARY_FISCAL,
  actionItem,
  cadence,
  dataset,
  opportunity,
  quota,
  session,
  user,
  won
} from '@test/engine/records';

// Today 2026-11-24 (New York) lies in FY2027 Q4 = 2026-11-01 – 2027-01-31 (fiscal year from February).
const NOW = '2026-11-24T15:00:00.000Z';
const CLOCK = { now: NOW, timeZone: 'America/New_York', targetCurrency: 'USD' };
const DISPLAY = { locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' };

function teamData() {
  const users = [
    user({ id: 'mgr', name: 'Maya Manager' }),
    user({ id: 'ana', name: 'Ana Lopez', managerId: 'mgr' }),
    user({ id: 'ben', name: 'Ben Okafor', managerId: 'mgr' }),
    user({ id: 'cy', name: 'Cy Young', managerId: 'mgr' })
  ];
  const opportunities = [
    // Ana: won 25,000 this quarter; 150,000 open closing this quarter (100,000 commit + 50,000 pipeline).
    won({ ownerId: 'ana', amount: 25_000, closeDate: '2026-11-05', createdDate: '2026-09-01T12:00:00.000Z' }),
    opportunity({
      ownerId: 'ana',
      amount: 100_000,
      forecastCategory: 'Commit',
      stageName: 'Negotiation/Review',
      probability: 90
    }),
    opportunity({ ownerId: 'ana', amount: 50_000, stageName: 'Qualification' }),
    // Ben: 400,000 open closing this quarter, nothing won.
    opportunity({ ownerId: 'ben', amount: 400_000, stageName: 'Qualification', closeDate: '2027-01-10' })
  ];
  const quotas = [
    quota({ userId: 'ana', amount: 100_000 }),
    quota({ userId: 'ben', amount: 100_000 }),
    quota({ userId: 'ana', amount: 100_000, periodStart: '2027-02-01', periodEnd: '2027-04-30' })
  ];
  const cadences = [cadence({ id: 'cadAna', repId: 'ana', dayOfWeek: 'Thursday', localStartTime: '10:00' })];
  const sessions = [session({ repId: 'ben', status: 'Planned', scheduledStart: '2026-11-26T15:00:00.000Z' })];
  const actionItems = [
    actionItem({ repId: 'ana', assigneeId: 'ana', dueDate: '2026-11-20' }), // past due
    actionItem({ repId: 'ana', assigneeId: 'ana', dueDate: '2026-12-01', status: 'In Progress' }),
    actionItem({ repId: 'ana', assigneeId: 'ana', dueDate: '2026-11-01', status: 'Done' }) // not open
  ];
  return dataset({ users, opportunities, quotas, cadences, sessions, actionItems, fiscal: FEBRUARY_FISCAL });
}

function input(): CockpitInput {
  const data = teamData();
  const team = buildTeamView(data, CLOCK, { managerId: 'mgr' });
  const upcoming = buildUpcoming(data, 'mgr', 1, CLOCK);
  return {
    team,
    cadences: data.cadences,
    nextSlots: new Map(upcoming.cadences.map((c) => [c.cadenceId, c.next[0]?.start ?? ''])),
    sessions: data.sessions,
    actionItems: data.actionItems,
    forecastQuarters: [],
    stageOrder: ['Prospecting', 'Qualification', 'Negotiation/Review'],
    nowMs: Date.parse(NOW),
    display: DISPLAY
  };
}

describe('c/cockpitViewModel', () => {
  it('shows each rep’s coverage against what they need, the gap and the reason a figure is missing', () => {
    const view = buildCockpitView(input());
    const byId = new Map(view.rows.map((r) => [r.repId, r]));
    const ana = byId.get('ana') as RepRow;
    // Ana: 150,000 open ÷ (100,000 quota − 25,000 won) = 2.0×; thin history → required coverage = default 3×.
    expect(ana.coverageCurrent).toBeCloseTo(2, 6);
    expect(ana.coverageCurrentText).toBe('2×');
    // In Jest a label resolves to its name, so the detail is the "needs {0}" label (the 3× is the chart's target).
    expect(ana.coverageCurrentDetail).toBe('c.Coaching_Coverage_Needs');
    // 2.0 ÷ 3 = 0.67 of what she needs: below 0.75 → error.
    expect(ana.coverageVariant).toBe('error');
    expect(ana.gapText).toBe('$75K'); // 100,000 − 25,000
    // Ben: 400,000 ÷ 100,000 = 4.0× ≥ 3× → success.
    const ben = byId.get('ben') as RepRow;
    expect(ben.coverageCurrentText).toBe('4×');
    expect(ben.coverageVariant).toBe('success');
    // Next quarter: Ben has no quota record for FY2028 Q1, so the reason is named.
    expect(ben.coverageNextText).toBe('No data');
    expect(ben.coverageNextDetail).toBe('c.Coaching_Reason_No_Quota');
    const cy = byId.get('cy') as RepRow;
    expect(cy.hasData).toBe(false);
    expect(cy.reasons).toEqual(['c.Coaching_Reason_No_Opportunities', 'c.Coaching_Reason_No_Quota']);
  });

  it('counts open and past-due action items per rep (done items do not count)', () => {
    const ana = buildCockpitView(input()).rows.find((r) => r.repId === 'ana') as RepRow;
    expect(ana.openItems).toBe(2);
    expect(ana.pastDueItems).toBe(1); // due 2026-11-20 < today 2026-11-24
    expect(ana.hasPastDue).toBe(true);
  });

  it('takes the next 1:1 from a planned session or the cadence, and warns when no cadence is set', () => {
    const rows = new Map(buildCockpitView(input()).rows.map((r) => [r.repId, r]));
    // Ana: Thursday 10:00 New York → Thu 2026-11-26 15:00Z (EST, UTC−5).
    expect(rows.get('ana')!.nextSessionMs).toBe(Date.parse('2026-11-26T15:00:00.000Z'));
    expect(rows.get('ana')!.nextSessionWarning).toBe('');
    expect(rows.get('ana')!.cadenceId).toBe('cadAna');
    // Ben: no cadence, but a planned session → shown, with the warning that no weekly slot exists.
    expect(rows.get('ben')!.nextSessionMs).toBe(Date.parse('2026-11-26T15:00:00.000Z'));
    expect(rows.get('ben')!.nextSessionText).toContain('Nov 26');
    expect(rows.get('ben')!.nextSessionWarning).toBe('c.Coaching_Cockpit_No_Cadence');
    expect(rows.get('cy')!.nextSessionMs).toBeNull();
    expect(rows.get('cy')!.nextSessionText).toBe('c.Coaching_Empty_No_Upcoming_1_1');
  });

  it('sorts a rep whose risk is unknown (no data) after every scored rep', () => {
    const rows = buildCockpitView(input()).rows;
    expect(rows[rows.length - 1].repId).toBe('cy');
    expect(rows.slice(0, 2).every((r) => r.healthScore !== null)).toBe(true);
    expect(rows[0].riskRank).toBeLessThanOrEqual(rows[1].riskRank);
  });

  it('sums the team tiles and charts pipeline by stage in the admin’s order', () => {
    const view = buildCockpitView(input());
    const tiles = new Map(view.tiles.map((t) => [t.key, t]));
    expect(tiles.get('quota')!.value).toBe('$200K'); // 100,000 + 100,000 (Cy has none)
    expect(tiles.get('closed')!.value).toBe('$25K');
    // Team coverage: (150,000 + 400,000) open ÷ (200,000 − 25,000) = 3.14…×
    expect(tiles.get('coverage')!.value).toBe('3.1×');
    expect(view.stageBars.map((b) => [b.label, b.value])).toEqual([
      ['Qualification', 450_000], // Ana 50,000 + Ben 400,000
      ['Negotiation/Review', 100_000]
    ]);
    expect(view.coverageBars.find((b) => b.key === 'ana')!.target).toBe(3);
    expect(view.quarterLabel).toBe('FY2027 Q4');
    expect(view.hasForecastHistory).toBe(false);
  });

  it('charts each ended quarter’s actual against the team’s final commit', () => {
    const base = input();
    const view = buildCockpitView({
      ...base,
      forecastQuarters: [
        {
          key: 'ALL|2026-08-01',
          quarterLabel: 'FY2027 Q3',
          periodStart: '2026-08-01',
          reps: 2,
          forecast: 500_000,
          actual: 400_000,
          accuracy: 0.75, // 1 − |400,000 − 500,000| ÷ 400,000
          bias: 0.25 // (500,000 − 400,000) ÷ 400,000
        }
      ]
    });
    expect(view.forecastBars).toEqual([
      expect.objectContaining({ label: 'FY2027 Q3', value: 400_000, target: 500_000, variant: 'warning' })
    ]);
    expect(view.hasForecastHistory).toBe(true);
  });
});

describe('sortRows', () => {
  const row = (repId: string, o: Partial<RepRow>): RepRow =>
    ({ repId, name: repId, riskRank: 50, pastDueItems: 0, coverageCurrent: null, nextSessionMs: null, ...o }) as RepRow;
  const rows = [
    row('b', { riskRank: 40, coverageCurrent: 2, nextSessionMs: 300 }),
    row('a', { riskRank: 40, pastDueItems: 2, coverageCurrent: null, nextSessionMs: 100 }),
    row('c', { riskRank: 10, coverageCurrent: 1, nextSessionMs: null })
  ];

  it('orders by risk, then past-due items, then name; and by the other keys with unknowns last', () => {
    expect(sortRows(rows, 'risk').map((r) => r.repId)).toEqual(['c', 'a', 'b']);
    expect(sortRows(rows, 'name').map((r) => r.repId)).toEqual(['a', 'b', 'c']);
    expect(sortRows(rows, 'coverage').map((r) => r.repId)).toEqual(['c', 'b', 'a']);
    expect(sortRows(rows, 'nextSession').map((r) => r.repId)).toEqual(['a', 'b', 'c']);
    expect(rows.map((r) => r.repId)).toEqual(['b', 'a', 'c']); // input untouched
  });

  it('colours coverage by how much of the required coverage is there', () => {
    expect([1.2, 1, 0.75, 0.74, null, Number.NaN].map(coverageVariant)).toEqual([
      'success',
      'success',
      'warning',
      'error',
      'neutral',
      'neutral'
    ]);
  });
});
