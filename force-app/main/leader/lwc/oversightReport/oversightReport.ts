/**
 * Runs the engine's oversight figures for everything the leader's screen shows: the chosen window, each
 * quarter of the trend, and, on drill-down, each of a manager's reps. Pure composition of
 * `c/coachingEngine.buildOversight`: no figure is computed here. A rep's figures are the engine's figures of
 * the manager over a dataset narrowed to that pair, so they mean exactly what the manager's figures mean.
 */
import { buildOversight } from 'c/coachingEngine';
import type { ManagerOversight } from 'c/coachingEngine';
import type { Clock, CoachingDataset, EngineWarning, Id, IsoDate } from 'c/coachingModel';

export interface OversightPeriod {
  key: string;
  label: string;
  /** Local calendar dates in the viewer's zone, both inclusive. */
  start: IsoDate;
  end: IsoDate;
  /** The dates as the viewer reads them, e.g. 'Aug 1, 2026 – Oct 31, 2026'. */
  range?: string;
}

export interface PeriodFigures {
  period: OversightPeriod;
  managers: Map<Id, ManagerOversight>;
}

export interface OversightReport {
  window: PeriodFigures;
  /** Oldest first. */
  trend: PeriodFigures[];
  today: IsoDate;
  /** Engine warnings of every run, de-duplicated by code and record. */
  warnings: EngineWarning[];
}

const MS_PER_DAY = 86_400_000;

/**
 * The records one period's figures can depend on: 1:1s within the period widened by the adherence tolerance (a
 * held 1:1 matches a slot within it) and a day (the period is in local dates, the records in UTC), 1:1s whose
 * recorded forecast is for a quarter ending in the period (forecast accuracy scores it), and their answers.
 * Open action items (they count whatever their date) and items due in the period, every cadence and closed won. The engine then
 * indexes a fifth of the records for each trend quarter instead of all of them; the figures are the same
 * (tested against the whole dataset).
 */
export function periodDataset(dataset: CoachingDataset, period: OversightPeriod): CoachingDataset {
  const start = Date.parse(`${period.start}T00:00:00.000Z`);
  const end = Date.parse(`${period.end}T00:00:00.000Z`) + MS_PER_DAY;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return dataset;
  const tolerance = Number(dataset.settings?.adherenceToleranceHours);
  const marginMs = MS_PER_DAY + (Number.isFinite(tolerance) && tolerance > 0 ? tolerance * 3_600_000 : 0);
  const sessions = dataset.sessions.filter((s) => {
    const at = Date.parse(s.actualStart ?? s.scheduledStart);
    if (!Number.isFinite(at) || (at >= start - marginMs && at < end + marginMs)) return true;
    const forecastEnd = s.forecastPeriodEnd ?? '';
    return forecastEnd >= period.start && forecastEnd <= period.end;
  });
  const kept = new Set(sessions.map((s) => s.id));
  // Open items count whatever their due date; closed ones only when due in the period.
  const actionItems = dataset.actionItems.filter(
    (a) =>
      a.status === 'Open' ||
      a.status === 'In Progress' ||
      !a.dueDate ||
      (a.dueDate.slice(0, 10) >= period.start && a.dueDate.slice(0, 10) <= period.end)
  );
  return { ...dataset, sessions, actionItems, feedback: dataset.feedback.filter((f) => kept.has(f.sessionId)) };
}

function run(
  dataset: CoachingDataset,
  managerIds: readonly Id[],
  period: OversightPeriod,
  clock: Clock,
  warnings: Map<string, EngineWarning>
): PeriodFigures & { today: IsoDate } {
  const view = buildOversight(
    periodDataset(dataset, period),
    managerIds,
    { start: period.start, end: period.end },
    clock
  );
  for (const w of view.warnings) warnings.set(`${w.code}|${w.recordId ?? ''}|${w.message}`, w);
  return { period, managers: new Map(view.managers.map((m) => [m.managerId, m])), today: view.today };
}

/** The window's figures and the trend's, for the given managers. */
export function buildOversightReport(
  dataset: CoachingDataset,
  managerIds: readonly Id[],
  window: OversightPeriod,
  trend: readonly OversightPeriod[],
  clock: Clock
): OversightReport {
  const warnings = new Map<string, EngineWarning>();
  const current = run(dataset, managerIds, window, clock, warnings);
  const sameAsWindow = (p: OversightPeriod): boolean => p.start === window.start && p.end === window.end;
  const periods = (trend ?? []).map((p) => (sameAsWindow(p) ? current : run(dataset, managerIds, p, clock, warnings)));
  return {
    window: { period: current.period, managers: current.managers },
    trend: periods.map((p) => ({ period: p.period, managers: p.managers })),
    today: current.today,
    warnings: [...warnings.values()]
  };
}

/** The records of one manager–rep pair: what the rep's row is computed from. */
export function pairDataset(dataset: CoachingDataset, managerId: Id, repId: Id): CoachingDataset {
  const ofPair = (r: { managerId: Id | null; repId: Id | null }): boolean =>
    r.managerId === managerId && r.repId === repId;
  return {
    ...dataset,
    users: dataset.users.filter((u) => u.id === repId || u.id === managerId),
    opportunities: dataset.opportunities.filter((o) => o.ownerId === repId),
    cadences: dataset.cadences.filter(ofPair),
    sessions: dataset.sessions.filter(ofPair),
    actionItems: dataset.actionItems.filter(
      (a) => a.managerId === managerId && (a.repId === repId || (a.repId === null && a.assigneeId === repId))
    ),
    feedback: dataset.feedback.filter(ofPair),
    reviews: [],
    accounts: [],
    quotas: []
  };
}

/** Each rep's figures with this manager over the window (the rep's survey answers stay under the k rule). */
export function repBreakdown(
  dataset: CoachingDataset,
  managerId: Id,
  repIds: readonly Id[],
  window: OversightPeriod,
  clock: Clock
): Map<Id, ManagerOversight> {
  const own: CoachingDataset = {
    ...dataset,
    cadences: dataset.cadences.filter((c) => c.managerId === managerId),
    sessions: dataset.sessions.filter((s) => s.managerId === managerId),
    actionItems: dataset.actionItems.filter((a) => a.managerId === managerId),
    feedback: dataset.feedback.filter((f) => f.managerId === managerId)
  };
  const out = new Map<Id, ManagerOversight>();
  for (const repId of new Set(repIds)) {
    const [figures] = buildOversight(
      pairDataset(own, managerId, repId),
      [managerId],
      { start: window.start, end: window.end },
      clock
    ).managers;
    if (figures) out.set(repId, figures);
  }
  return out;
}
