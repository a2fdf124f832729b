/**
 * Oversight of one manager over a window: do they hold their 1:1s on cadence, prepare them, cover the
 * agenda, close their action items, how do their reps rate the 1:1s (k-anonymous), and how accurate is
 * their team's forecast. Built from 1:1 records, not raw opportunities, so it stays small at any org size.
 */
import type { ActionItem, AgendaSectionKey, Cadence, Feedback, Id, IsoDate, Session } from 'c/coachingModel';
import { dayFromIso, instantMs, isoFromDay } from 'c/calendarDate';
import type { Adherence } from 'c/cadenceSchedule';
import type { ForecastRollUp, QuarterForecast } from 'c/forecastAccuracy';
import { accuracyOf, rollUpForecasts } from 'c/forecastAccuracy';
import type { SurveyAggregate } from 'c/surveyResults';
import { aggregateSurvey } from 'c/surveyResults';
import type { WarningLog } from 'c/engineWarnings';
import { shown } from 'c/engineWarnings';
import { mean, ratio } from 'c/numberStats';

export interface OversightWindow {
  /** Local calendar dates in the viewer's zone, both inclusive. */
  start: IsoDate;
  end: IsoDate;
}

export interface ManagerOversight {
  managerId: Id;
  window: OversightWindow;
  adherence: { held: number; missed: number; pending: number; rate: number | null; cadences: Adherence[] };
  preparation: { held: number; prepared: number; rate: number | null };
  agendaCoverage: { held: number; rate: number | null };
  actions: {
    dueInWindow: number;
    done: number;
    completionRate: number | null;
    open: number;
    overdue: number;
    overdueShare: number | null;
  };
  survey: SurveyAggregate & { heldSessions: number; responseRate: number | null };
  forecast: { quarters: ForecastRollUp[]; accuracy: number | null; bias: number | null };
}

export interface OversightInput {
  managerId: Id;
  /** Window as local day numbers, both inclusive. */
  startDay: number;
  endDay: number;
  /** Window bounds as instants: [start of the first day, start of the day after the last). */
  startMs: number;
  endMs: number;
  today: number;
  enabledSections: readonly AgendaSectionKey[];
  kAnonymityMinimum: number;
  adherence: Adherence[];
  sessions: readonly Session[];
  actionItems: readonly ActionItem[];
  feedback: readonly Feedback[];
  forecasts: readonly QuarterForecast[];
  log: WarningLog;
}

const OPEN_STATUSES = new Set(['Open', 'In Progress']);

export function managerOversight(input: OversightInput): ManagerOversight {
  const inWindow = (iso: string | null): boolean => {
    const ms = instantMs(iso);
    return ms !== null && ms >= input.startMs && ms < input.endMs;
  };
  const held = input.sessions.filter((s) => s.status === 'Held' && inWindow(s.actualStart ?? s.scheduledStart));
  const prepared = held.filter((s) => {
    const opened = instantMs(s.agendaOpenedAt);
    const start = instantMs(s.actualStart ?? s.scheduledStart);
    return opened !== null && start !== null && opened <= start;
  }).length;
  const enabled = new Set(input.enabledSections);
  const coverage = mean(
    held.map((s) => ratio((s.sectionsReviewed ?? []).filter((k) => enabled.has(k)).length, enabled.size))
  );

  const { startDay, endDay } = input;
  const due = input.actionItems.filter((a) => {
    const d = dayFromIso(a.dueDate);
    return a.status !== 'Cancelled' && d !== null && d >= startDay && d <= endDay;
  });
  const done = due.filter((a) => a.status === 'Done').length;
  const open = input.actionItems.filter((a) => OPEN_STATUSES.has(a.status));
  const overdue = open.filter((a) => {
    const d = dayFromIso(a.dueDate);
    return d !== null && d < input.today;
  }).length;

  const heldIds = new Set(held.map((s) => s.id));
  // One answer per 1:1 (the latest): a second submission must not count twice or lift the response rate past 1.
  const bySession = new Map<Id, Feedback>();
  for (const f of input.feedback) {
    if (!f || !heldIds.has(f.sessionId)) continue;
    const earlier = bySession.get(f.sessionId);
    if (earlier) {
      input.log.add('INVALID_VALUE', `1:1 ${f.sessionId} has more than one survey answer; the latest is used.`, f.id);
      if (shown(f.createdDate) < shown(earlier.createdDate)) continue;
    }
    bySession.set(f.sessionId, f);
  }
  const answers = [...bySession.values()];
  const survey = aggregateSurvey(answers, input.kAnonymityMinimum, input.log);

  const quarters = input.forecasts.filter((q) => {
    const end = dayFromIso(q.periodEnd);
    return end !== null && end >= startDay && end <= endDay;
  });
  const sumForecast = quarters.reduce((s, q) => s + q.forecast, 0);
  const sumActual = quarters.reduce((s, q) => s + q.actual, 0);
  const overall = quarters.length ? accuracyOf(sumForecast, sumActual) : { accuracy: null, bias: null };

  const adherenceHeld = input.adherence.reduce((s, a) => s + a.held, 0);
  const adherenceMissed = input.adherence.reduce((s, a) => s + a.missed, 0);
  return {
    managerId: input.managerId,
    window: { start: isoFromDay(startDay), end: isoFromDay(endDay) },
    adherence: {
      held: adherenceHeld,
      missed: adherenceMissed,
      pending: input.adherence.reduce((s, a) => s + a.pending, 0),
      rate: ratio(adherenceHeld, adherenceHeld + adherenceMissed),
      cadences: input.adherence
    },
    preparation: { held: held.length, prepared, rate: ratio(prepared, held.length) },
    agendaCoverage: { held: held.length, rate: coverage },
    actions: {
      dueInWindow: due.length,
      done,
      completionRate: ratio(done, due.length),
      open: open.length,
      overdue,
      overdueShare: ratio(overdue, open.length)
    },
    survey: { ...survey, heldSessions: held.length, responseRate: ratio(answers.length, held.length) },
    forecast: { quarters: rollUpForecasts(quarters), accuracy: overall.accuracy, bias: overall.bias }
  };
}

/** Cadences of a manager (for callers that hold the whole dataset). */
export const cadencesOf = (cadences: readonly Cadence[], managerId: Id): Cadence[] =>
  cadences.filter((c) => c.managerId === managerId);
