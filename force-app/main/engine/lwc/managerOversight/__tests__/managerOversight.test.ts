import type { AgendaSectionKey } from 'c/coachingModel';
import { dayFromIso, instantOfLocal } from 'c/calendarDate';
import type { Adherence } from 'c/cadenceSchedule';
import { WarningLog } from 'c/engineWarnings';
import { accuracyOf } from 'c/forecastAccuracy';
import type { QuarterForecast } from 'c/forecastAccuracy';
import type { OversightInput } from 'c/managerOversight';
import { managerOversight } from 'c/managerOversight';
import { actionItem, feedback, session } from '@test/engine/records';

const ZONE = 'America/New_York';
const day = (iso: string): number => dayFromIso(iso) as number;
// The window: 2026-11-01 – 2026-11-21 in New York; today 2026-11-24.
const START = day('2026-11-01');
const END = day('2026-11-21');
const ENABLED: AgendaSectionKey[] = ['Action_Items', 'Lost_Disengaged', 'Pipeline_Risk', 'Forecast'];

const adherence = (held: number, missed: number, pending: number): Adherence => ({
  cadenceId: `c${held}`,
  managerId: 'mgr',
  repId: 'rep1',
  held,
  missed,
  pending,
  rate: null,
  slots: []
});

const quarterForecast = (periodEnd: string, forecast: number, actual: number): QuarterForecast => ({
  ...accuracyOf(forecast, actual),
  repId: 'rep1',
  managerId: 'mgr',
  quarterLabel: 'FY2027 Q3',
  periodStart: '2026-08-01',
  periodEnd,
  missed: actual < forecast,
  calls: []
});

function input(o: Partial<OversightInput> = {}): OversightInput {
  const held = (id: string, at: string, opened: string | null, sections: AgendaSectionKey[]) =>
    session({
      id,
      status: 'Held',
      scheduledStart: at,
      actualStart: at,
      agendaOpenedAt: opened,
      sectionsReviewed: sections
    });
  return {
    managerId: 'mgr',
    startDay: START,
    endDay: END,
    startMs: instantOfLocal(START, 0, ZONE),
    endMs: instantOfLocal(END + 1, 0, ZONE),
    today: day('2026-11-24'),
    enabledSections: ENABLED,
    kAnonymityMinimum: 3,
    adherence: [adherence(3, 1, 1), adherence(1, 1, 0)],
    sessions: [
      // Opened before the start, all four enabled sections (+ one disabled, which does not count).
      held('s1', '2026-11-02T15:00:00.000Z', '2026-11-02T12:00:00.000Z', [...ENABLED, 'Skills']),
      // Opened before, two of four.
      held('s2', '2026-11-09T15:00:00.000Z', '2026-11-08T12:00:00.000Z', ['Action_Items', 'Forecast']),
      // Opened after the start, none reviewed.
      held('s3', '2026-11-16T15:00:00.000Z', '2026-11-16T16:00:00.000Z', []),
      // Held after the window (Nov 22 local), and a planned one: neither counts.
      held('late', '2026-11-22T15:00:00.000Z', null, ENABLED),
      session({ id: 'planned', status: 'Planned', scheduledStart: '2026-11-10T15:00:00.000Z' })
    ],
    actionItems: [
      actionItem({ dueDate: '2026-11-05', status: 'Done' }),
      actionItem({ dueDate: '2026-11-10', status: 'Open' }),
      actionItem({ dueDate: '2026-11-12', status: 'Cancelled' }),
      actionItem({ dueDate: '2026-11-20', status: 'In Progress' }),
      actionItem({ dueDate: '2026-10-20', status: 'Open' }),
      actionItem({ dueDate: '2026-12-01', status: 'Open' })
    ],
    feedback: [
      feedback({ sessionId: 's1', repId: 'rep1', preparation: 5 }),
      feedback({ sessionId: 's2', repId: 'rep2', preparation: 3 }),
      feedback({ sessionId: 'late', repId: 'rep3', preparation: 1 })
    ],
    forecasts: [quarterForecast('2026-10-31', 300_000, 240_000), quarterForecast('2026-11-15', 100_000, 100_000)],
    log: new WarningLog(),
    ...o
  };
}

describe('manager oversight', () => {
  it('computes every figure of one manager by hand', () => {
    const m = managerOversight(input());
    // Adherence: held 3 + 1 = 4 of (4 + missed 2) = 6 → 0.667; pending 1 counts for neither.
    expect([m.adherence.held, m.adherence.missed, m.adherence.pending]).toEqual([4, 2, 1]);
    expect(m.adherence.rate).toBeCloseTo(4 / 6, 12);
    // Held in the window: s1, s2, s3. Opened before the start: s1, s2 → 2 of 3.
    expect(m.preparation.prepared).toBe(2);
    expect(m.preparation.rate).toBeCloseTo(2 / 3, 12);
    // Sections: 4/4, 2/4, 0/4 (Skills is not enabled) → mean (1 + 0.5 + 0) ÷ 3 = 0.5.
    expect(m.agendaCoverage).toEqual({ held: 3, rate: 0.5 });
    // Due Nov 1–21, not cancelled: Nov 5 done, Nov 10 open, Nov 20 in progress → 1 of 3 done.
    // Open now: Nov 10, Nov 20, Oct 20, Dec 1 → 4; past due on Nov 24: Nov 10, Nov 20, Oct 20 → 3 of 4.
    expect(m.actions.dueInWindow).toBe(3);
    expect(m.actions.completionRate).toBeCloseTo(1 / 3, 12);
    expect([m.actions.open, m.actions.overdue, m.actions.overdueShare]).toEqual([4, 3, 0.75]);
    // Feedback on held 1:1s in the window: 2 answers from 2 reps < k = 3 → hidden; response rate 2 of 3.
    expect(m.survey.status).toBe('NOT_ENOUGH_RESPONSES');
    expect(m.survey.averages.preparation).toBeNull();
    expect(m.survey.responseRate).toBeCloseTo(2 / 3, 12);
    // Forecast: only the quarter ending Nov 15 is in the window → 100,000 vs 100,000 → accuracy 1, bias 0.
    expect([m.forecast.accuracy, m.forecast.bias, m.forecast.quarters.length]).toEqual([1, 0, 1]);
    expect(m.window).toEqual({ start: '2026-11-01', end: '2026-11-21' });
  });

  it('shows the survey once k answers from k reps are in, and adds quarters before computing accuracy', () => {
    const m = managerOversight(
      input({
        kAnonymityMinimum: 2,
        forecasts: [quarterForecast('2026-11-05', 400_000, 320_000), quarterForecast('2026-11-15', 100_000, 180_000)]
      })
    );
    // k = 2: rep1 and rep2 answered → shown; preparation (5 + 3) ÷ 2 = 4.
    expect(m.survey.status).toBe('OK');
    expect(m.survey.averages.preparation).toBe(4);
    // (400,000 + 100,000) vs (320,000 + 180,000): 500,000 vs 500,000 → accuracy 1, bias 0, not the mean of
    // 0.75 and 0.556.
    expect([m.forecast.accuracy, m.forecast.bias]).toEqual([1, 0]);
  });

  it('has no rates (null, never NaN) for a manager with nothing in the window', () => {
    const m = managerOversight(input({ adherence: [], sessions: [], actionItems: [], feedback: [], forecasts: [] }));
    expect([
      m.adherence.rate,
      m.preparation.rate,
      m.agendaCoverage.rate,
      m.actions.completionRate,
      m.actions.overdueShare,
      m.survey.responseRate,
      m.forecast.accuracy,
      m.forecast.bias
    ]).toEqual([null, null, null, null, null, null, null, null]);
  });
});
