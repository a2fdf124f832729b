/** Builders for the leader tests: a complete ManagerOversight with neutral figures, overridden per test. */
import type { ManagerOversight } from 'c/coachingEngine';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export function managerOversight(managerId: string, o: DeepPartial<ManagerOversight> = {}): ManagerOversight {
  const base: ManagerOversight = {
    managerId,
    window: { start: '2026-08-01', end: '2026-10-31' },
    adherence: { held: 0, missed: 0, pending: 0, rate: null, cadences: [] },
    preparation: { held: 0, prepared: 0, rate: null },
    agendaCoverage: { held: 0, rate: null },
    actions: { dueInWindow: 0, done: 0, completionRate: null, open: 0, overdue: 0, overdueShare: null },
    survey: {
      status: 'NOT_ENOUGH_RESPONSES',
      message: 'Not enough responses',
      responses: 0,
      distinctReps: 0,
      k: 3,
      averages: {
        preparation: null,
        pipelineInsight: null,
        skillDevelopment: null,
        actionClarity: null,
        repAgenda: null
      },
      frameworkScore: null,
      overallValue: null,
      improvementCount: 0,
      heldSessions: 0,
      responseRate: null
    },
    forecast: { quarters: [], accuracy: null, bias: null }
  };
  return {
    ...base,
    ...o,
    adherence: { ...base.adherence, ...(o.adherence as object) },
    preparation: { ...base.preparation, ...(o.preparation as object) },
    agendaCoverage: { ...base.agendaCoverage, ...(o.agendaCoverage as object) },
    actions: { ...base.actions, ...(o.actions as object) },
    survey: { ...base.survey, ...(o.survey as object) },
    forecast: { ...base.forecast, ...(o.forecast as object) }
  } as ManagerOversight;
}

/** A forecast quarter as the engine rolls it up. */
export function quarterForecast(forecast: number, actual: number, periodStart = '2026-08-01') {
  return {
    key: `ALL|${periodStart}`,
    quarterLabel: 'FY2027 Q3',
    periodStart,
    reps: 1,
    forecast,
    actual,
    accuracy: actual === 0 ? null : 1 - Math.abs(actual - forecast) / actual,
    bias: actual === 0 ? null : (forecast - actual) / actual
  };
}

/** Labels that show their key and fill placeholders, so tests can read which message and which numbers. */
export const LABEL_PROXY = new Proxy(
  {},
  { get: (_target, key) => (typeof key === 'string' ? `${key}[{0}|{1}|{2}]` : undefined) }
) as Record<string, string>;
