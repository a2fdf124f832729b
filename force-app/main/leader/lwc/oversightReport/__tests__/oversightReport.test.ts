import fc from 'fast-check';
import { buildOversightReport, pairDataset, periodDataset, repBreakdown } from 'c/oversightReport';
import { assertProperty } from '@test/engine/property';
import { buildOversight } from 'c/coachingEngine';
import { CLOCK, actionItem, cadence, dataset, feedback, session, user, nonFiniteNumbers } from '@test/engine/records';

const WINDOW = { key: 'w', label: 'Oct 26 – Nov 22', start: '2026-10-26', end: '2026-11-22' };
const Q3 = { key: 'q3', label: 'FY2027 Q3', start: '2026-08-01', end: '2026-10-31' };
const Q4 = { key: 'q4', label: 'FY2027 Q4', start: '2026-11-01', end: '2026-11-24' };

const held = (id: string, repId: string, cadenceId: string, at: string, openedBefore = true) =>
  session({
    id,
    repId,
    cadenceId,
    status: 'Held',
    scheduledStart: at,
    actualStart: at,
    agendaOpenedAt: openedBefore ? new Date(Date.parse(at) - 3_600_000).toISOString() : '2026-11-23T00:00:00.000Z'
  });

/*
 * mgr with rep1 (Fridays 09:00 New York) and rep2 (Mondays 10:00 New York), both cadences from 2026-10-26.
 * US daylight saving ends 2026-11-01: 09:00 is 13:00Z before, 14:00Z after.
 */
function team() {
  return dataset({
    users: [
      user({ id: 'mgr', name: 'Mia' }),
      user({ id: 'rep1', name: 'Rob', managerId: 'mgr' }),
      user({ id: 'rep2', name: 'Rae', managerId: 'mgr' }),
      user({ id: 'mgr2', name: 'Max' }),
      user({ id: 'rep9', name: 'Roy', managerId: 'mgr2' })
    ],
    cadences: [
      cadence({
        id: 'cad1',
        repId: 'rep1',
        dayOfWeek: 'Friday',
        localStartTime: '09:00',
        createdDate: '2026-10-26T00:00:00Z'
      }),
      cadence({
        id: 'cad2',
        repId: 'rep2',
        dayOfWeek: 'Monday',
        localStartTime: '10:00',
        createdDate: '2026-10-26T00:00:00Z'
      }),
      cadence({ id: 'cad9', managerId: 'mgr2', repId: 'rep9', createdDate: '2026-10-26T00:00:00Z' })
    ],
    sessions: [
      held('s1', 'rep1', 'cad1', '2026-10-30T13:00:00.000Z'),
      held('s2', 'rep1', 'cad1', '2026-11-13T14:00:00.000Z', false),
      held('s3', 'rep2', 'cad2', '2026-10-26T14:00:00.000Z'),
      held('s4', 'rep2', 'cad2', '2026-11-02T15:00:00.000Z'),
      held('s5', 'rep2', 'cad2', '2026-11-09T15:00:00.000Z')
    ],
    actionItems: [
      actionItem({ repId: 'rep1', assigneeId: 'rep1', dueDate: '2026-11-05', status: 'Done' }),
      actionItem({ repId: 'rep1', assigneeId: 'rep1', dueDate: '2026-11-10', status: 'Open' }),
      actionItem({ repId: 'rep2', assigneeId: 'rep2', dueDate: '2026-11-12', status: 'Done' }),
      actionItem({ repId: 'rep2', assigneeId: 'rep2', dueDate: '2026-12-10', status: 'Open' }),
      actionItem({ managerId: 'mgr2', repId: 'rep9', assigneeId: 'rep9', dueDate: '2026-11-01', status: 'Open' })
    ],
    feedback: [
      feedback({ sessionId: 's1', repId: 'rep1', preparation: 5 }),
      feedback({ sessionId: 's3', repId: 'rep2', preparation: 3 })
    ]
  });
}

describe('buildOversightReport', () => {
  it('gives the engine’s figures per manager for the window, hand-checked', () => {
    const report = buildOversightReport(team(), ['mgr', 'mgr2'], WINDOW, [Q3, Q4], CLOCK);
    const mia = report.window.managers.get('mgr')!;
    // rep1 Fridays Oct 30, Nov 6, 13, 20: held Oct 30 and Nov 13 → 2 of 4.
    // rep2 Mondays Oct 26, Nov 2, 9, 16 (Nov 23 is after the window): held 3 of 4. Together 5 of 8.
    expect([mia.adherence.held, mia.adherence.missed, mia.adherence.rate]).toEqual([5, 3, 0.625]);
    // Agenda opened before the start in 4 of the 5 held 1:1s (s2 was opened after).
    expect(mia.preparation).toEqual({ held: 5, prepared: 4, rate: 0.8 });
    // Due in the window: Nov 5 done, Nov 10 open, Nov 12 done → 2 of 3. Open: Nov 10 (past due) and Dec 10 → 1 of 2.
    expect(mia.actions).toMatchObject({ dueInWindow: 3, done: 2, open: 2, overdue: 1, overdueShare: 0.5 });
    expect(mia.actions.completionRate).toBeCloseTo(2 / 3, 12);
    // 2 answers from 2 reps are under k = 3: no averages, but the response rate is 2 of 5 held.
    expect(mia.survey.status).toBe('NOT_ENOUGH_RESPONSES');
    expect(mia.survey.averages.preparation).toBeNull();
    expect(mia.survey.responseRate).toBe(0.4);
    expect(report.today).toBe('2026-11-24');
    expect(report.window.managers.get('mgr2')!.actions.overdue).toBe(1);
    expect(nonFiniteNumbers(report)).toEqual([]);
  });

  it('runs one period per trend quarter, each the same as asking the engine for that quarter', () => {
    const ds = team();
    const report = buildOversightReport(ds, ['mgr'], WINDOW, [Q3, Q4], CLOCK);
    expect(report.trend.map((t) => t.period.key)).toEqual(['q3', 'q4']);
    for (const t of report.trend) {
      const direct = buildOversight(ds, ['mgr'], { start: t.period.start, end: t.period.end }, CLOCK).managers[0];
      expect(t.managers.get('mgr')).toEqual(direct);
    }
    // Q3 (to Oct 31) holds rep1's Oct 30 slot and rep2's Oct 26 slot, both held: 2 of 2.
    expect(report.trend[0].managers.get('mgr')!.adherence.rate).toBe(1);
  });

  it('reuses the window’s run when the window is a trend period', () => {
    const report = buildOversightReport(team(), ['mgr'], Q4, [Q3, Q4], CLOCK);
    expect(report.trend[1].managers).toBe(report.window.managers);
  });

  it('an invalid window gives no managers and says why, never NaN', () => {
    const report = buildOversightReport(team(), ['mgr'], { ...WINDOW, start: '2026-12-01' }, [], CLOCK);
    expect(report.window.managers.size).toBe(0);
    expect(report.warnings.map((w) => w.code)).toContain('INVALID_VALUE');
  });
});

describe('repBreakdown', () => {
  it('each rep’s row is the engine’s figures for the pair, and the rows add up to the manager', () => {
    const ds = team();
    const reps = repBreakdown(ds, 'mgr', ['rep1', 'rep2', 'rep1'], WINDOW, CLOCK);
    expect([...reps.keys()]).toEqual(['rep1', 'rep2']);
    const rob = reps.get('rep1')!;
    const rae = reps.get('rep2')!;
    expect([rob.adherence.held, rob.adherence.missed]).toEqual([2, 2]);
    expect([rae.adherence.held, rae.adherence.missed]).toEqual([3, 1]);
    // rep1: due Nov 5 (done) and Nov 10 (open, past due); rep2: due Nov 12 (done), open Dec 10 (not yet due).
    expect(rob.actions).toMatchObject({ dueInWindow: 2, done: 1, open: 1, overdue: 1 });
    expect(rae.actions).toMatchObject({ dueInWindow: 1, done: 1, open: 1, overdue: 0 });
    // Reconciliation with the manager's own figures.
    const mia = buildOversight(ds, ['mgr'], { start: WINDOW.start, end: WINDOW.end }, CLOCK).managers[0];
    const sum = (pick: (m: typeof mia) => number) => pick(rob) + pick(rae);
    expect(sum((m) => m.adherence.held)).toBe(mia.adherence.held);
    expect(sum((m) => m.adherence.missed)).toBe(mia.adherence.missed);
    expect(sum((m) => m.preparation.prepared)).toBe(mia.preparation.prepared);
    expect(sum((m) => m.actions.dueInWindow)).toBe(mia.actions.dueInWindow);
    expect(sum((m) => m.actions.overdue)).toBe(mia.actions.overdue);
    expect(sum((m) => m.survey.responses)).toBe(mia.survey.responses);
    // One rep is always under k: a rep's ratings are never shown as an average.
    expect(rob.survey.status).toBe('NOT_ENOUGH_RESPONSES');
  });

  it('a manager with no reps gives no rows; a rep without records gives empty figures, not NaN', () => {
    expect(repBreakdown(team(), 'mgr', [], WINDOW, CLOCK).size).toBe(0);
    const lone = repBreakdown(team(), 'mgr', ['nobody'], WINDOW, CLOCK).get('nobody')!;
    expect(lone.adherence.rate).toBeNull();
    expect(lone.actions.completionRate).toBeNull();
    expect(lone.survey.responseRate).toBeNull();
    expect(nonFiniteNumbers(lone)).toEqual([]);
  });

  it('an item without a rep belongs to its assignee', () => {
    const ds = team();
    ds.actionItems.push(actionItem({ repId: null, assigneeId: 'rep2', dueDate: '2026-11-03', status: 'Done' }));
    const pair = pairDataset(ds, 'mgr', 'rep2');
    expect(pair.actionItems).toHaveLength(3);
    expect(pair.users.map((u) => u.id).sort()).toEqual(['mgr', 'rep2']);
  });
});

describe('periodDataset', () => {
  const day = (n: number) => new Date(Date.parse('2026-01-01T00:00:00.000Z') + n * 86_400_000);
  const iso = (n: number) => day(n).toISOString().slice(0, 10);

  it('property: a period’s figures from its slice equal the figures from every record', () => {
    const sessionArb = fc.record({
      rep: fc.constantFrom('rep1', 'rep2'),
      dayOffset: fc.integer({ min: 0, max: 330 }),
      hour: fc.integer({ min: 8, max: 20 }),
      status: fc.constantFrom('Held', 'Held', 'Held', 'Skipped', 'Planned', 'Rescheduled'),
      prepared: fc.boolean(),
      commit: fc.option(fc.integer({ min: 1, max: 900_000 }), { nil: null }),
      answered: fc.boolean()
    });
    const itemArb = fc.record({
      rep: fc.constantFrom('rep1', 'rep2'),
      dueOffset: fc.integer({ min: 0, max: 330 }),
      status: fc.constantFrom('Open', 'In Progress', 'Done', 'Cancelled')
    });
    const quarters = [
      ['2026-02-01', '2026-04-30'],
      ['2026-05-01', '2026-07-31'],
      ['2026-08-01', '2026-10-31']
    ];
    assertProperty(
      fc.property(
        fc.array(sessionArb, { maxLength: 40 }),
        fc.array(itemArb, { maxLength: 20 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 120 }),
        (rows, itemRows, startOffset, length) => {
          const ds = team();
          ds.sessions = rows.map((r, i) => {
            const at = new Date(day(r.dayOffset).getTime() + r.hour * 3_600_000).toISOString();
            const quarter = quarters.find(([a, b]) => at.slice(0, 10) >= a && at.slice(0, 10) <= b);
            return session({
              id: `x${i}`,
              repId: r.rep,
              cadenceId: r.rep === 'rep1' ? 'cad1' : 'cad2',
              status: r.status as 'Held',
              scheduledStart: at,
              actualStart: r.status === 'Held' ? at : null,
              agendaOpenedAt: r.prepared ? new Date(Date.parse(at) - 3_600_000).toISOString() : null,
              commitCurrentQuarter: quarter ? r.commit : null,
              forecastPeriodStart: quarter?.[0] ?? null,
              forecastPeriodEnd: quarter?.[1] ?? null
            });
          });
          ds.feedback = rows
            .map((r, i) => ({ r, sessionId: `x${i}` }))
            .filter(({ r }) => r.answered && r.status === 'Held')
            .map(({ r, sessionId }) => feedback({ sessionId, repId: r.rep }));
          ds.actionItems = itemRows.map((r) =>
            actionItem({ repId: r.rep, assigneeId: r.rep, dueDate: iso(r.dueOffset), status: r.status as 'Open' })
          );
          ds.cadences.forEach((c) => (c.createdDate = '2026-01-01T00:00:00.000Z'));
          const period = { key: 'p', label: 'p', start: iso(startOffset), end: iso(startOffset + length - 1) };
          const window = { start: period.start, end: period.end };
          const whole = buildOversight(ds, ['mgr'], window, CLOCK).managers;
          const sliced = buildOversight(periodDataset(ds, period), ['mgr'], window, CLOCK).managers;
          expect(sliced).toEqual(whole);
          return true;
        }
      ),
      { numRuns: 60 }
    );
  });

  it('keeps a 1:1 held just before the period that counts for the period’s first slot', () => {
    const ds = team();
    // rep1's slot on Friday 13 Nov, 09:00 New York (14:00Z); the 1:1 was held the day before, within 48 hours.
    ds.sessions = [held('before', 'rep1', 'cad1', '2026-11-12T10:00:00.000Z')];
    const period = { key: 'w', label: 'w', start: '2026-11-13', end: '2026-11-19' };
    const window = { start: period.start, end: period.end };
    const whole = buildOversight(ds, ['mgr'], window, CLOCK).managers[0];
    expect(whole.adherence.held).toBe(1);
    expect(buildOversight(periodDataset(ds, period), ['mgr'], window, CLOCK).managers[0]).toEqual(whole);
  });

  it('keeps a forecast recorded long before its quarter, and every open item', () => {
    const ds = team();
    ds.sessions.push(
      held('early', 'rep1', 'cad1', '2025-06-06T13:00:00.000Z'),
      held('old', 'rep1', 'cad1', '2025-06-13T13:00:00.000Z')
    );
    ds.sessions[ds.sessions.length - 2].forecastPeriodEnd = '2026-10-31';
    ds.actionItems.push(actionItem({ repId: 'rep1', dueDate: '2025-01-10', status: 'Open' }));
    ds.actionItems.push(actionItem({ repId: 'rep1', dueDate: '2025-01-10', status: 'Done' }));
    const slice = periodDataset(ds, Q3);
    expect(slice.sessions.map((s) => s.id)).toContain('early');
    expect(slice.sessions.map((s) => s.id)).not.toContain('old');
    expect(slice.actionItems.filter((a) => a.dueDate === '2025-01-10').map((a) => a.status)).toEqual(['Open']);
    expect(periodDataset(ds, { ...Q3, start: 'not a date' })).toBe(ds);
  });
});
