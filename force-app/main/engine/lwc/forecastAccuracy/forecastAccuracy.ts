/**
 * Forecast accuracy and bias from the commit each rep records at the 1:1, against what actually closed.
 * accuracy = 1 − |actual − forecast| ÷ actual; bias = (forecast − actual) ÷ actual (positive = over-forecast).
 * A quarter's forecast is the last one recorded at a held 1:1 on or before the quarter's last day; only
 * quarters that have ended are scored. Actual 0 gives null (no data), never Infinity.
 */
import type { Id, IsoDate, IsoDateTime, Session } from 'c/coachingModel';
import { dayFromIso, isoFromDay, localDayOfIso } from 'c/calendarDate';
import type { CurrencyConverter } from 'c/currencyConversion';
import type { FiscalQuarters } from 'c/fiscalCalendar';
import type { WarningLog } from 'c/engineWarnings';
import { shown } from 'c/engineWarnings';
import { isAmount, ratio } from 'c/numberStats';

export interface AccuracyFigures {
  forecast: number;
  actual: number;
  accuracy: number | null;
  bias: number | null;
}

export function accuracyOf(forecast: number, actual: number): AccuracyFigures {
  return {
    forecast,
    actual,
    accuracy: actual === 0 ? null : 1 - Math.abs(actual - forecast) / actual,
    bias: ratio(forecast - actual, actual)
  };
}

export interface ForecastCall {
  sessionId: Id;
  heldAt: IsoDateTime;
  commit: number;
  bestCase: number | null;
  /** Change of the commit since the previous 1:1 for the same quarter (null for the first). */
  commitChange: number | null;
}

export interface QuarterForecast extends AccuracyFigures {
  repId: Id;
  managerId: Id;
  quarterLabel: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** Actual below the final commit. */
  missed: boolean;
  /** Every commit recorded for the quarter, oldest first: the week-over-week view. */
  calls: ForecastCall[];
}

export interface ForecastInput {
  repId: Id;
  sessions: readonly Session[];
  today: number;
  timeZone: string;
  quarters: FiscalQuarters;
  converter: CurrencyConverter;
  log: WarningLog;
  /** Closed-won amount of the rep with a close date in [startDay, endDay], in the target currency. */
  wonBetween: (startDay: number, endDay: number) => number;
}

function money(value: number | null, session: Session, input: ForecastInput): number | null {
  if (value === null || value === undefined) return null;
  if (!isAmount(value)) {
    input.log.add('INVALID_VALUE', `1:1 forecast ${shown(value)} is not a valid amount; ignored.`, session.id);
    return null;
  }
  const raw = input.converter.convert(value, session.currencyIsoCode, null);
  const converted = raw !== null && Number.isFinite(raw) ? raw : null;
  if (converted === null)
    input.log.add(
      'CURRENCY_RATE_MISSING',
      `1:1 forecast in ${session.currencyIsoCode ?? '?'} cannot be converted; ignored.`,
      session.id
    );
  return converted;
}

/** The commits recorded for one forecast period (the quarter a 1:1's forecast refers to), oldest first. */
interface ForecastPeriod {
  startDay: number;
  endDay: number;
  managerId: Id;
  calls: ForecastCall[];
}

/** The rep's held 1:1 forecasts grouped by the period they refer to; a call held after its period is ignored. */
function forecastPeriods(input: ForecastInput): ForecastPeriod[] {
  const byPeriod = new Map<string, ForecastPeriod>();
  const held = input.sessions
    .filter((s) => s && s.repId === input.repId && s.status === 'Held' && typeof s.actualStart === 'string')
    .sort((a, b) => ((a.actualStart as string) < (b.actualStart as string) ? -1 : 1));
  for (const s of held) {
    const start = dayFromIso(s.forecastPeriodStart);
    const end = dayFromIso(s.forecastPeriodEnd);
    const heldDay = localDayOfIso(s.actualStart, input.timeZone);
    if (start === null || end === null || end < start || heldDay === null || heldDay > end) continue;
    const commit = money(s.commitCurrentQuarter, s, input);
    if (commit === null) continue;
    const key = `${start}:${end}`;
    let period = byPeriod.get(key);
    if (!period) {
      period = { startDay: start, endDay: end, managerId: s.managerId, calls: [] };
      byPeriod.set(key, period);
    }
    const previous = period.calls[period.calls.length - 1];
    period.managerId = s.managerId;
    period.calls.push({
      sessionId: s.id,
      heldAt: s.actualStart as string,
      commit,
      bestCase: money(s.bestCaseCurrentQuarter, s, input),
      commitChange: previous ? commit - previous.commit : null
    });
  }
  return [...byPeriod.values()].sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay);
}

/** Scores the periods that have ended: the last commit against what closed. Oldest first. */
function scorePeriods(periods: readonly ForecastPeriod[], input: ForecastInput): QuarterForecast[] {
  const result: QuarterForecast[] = [];
  for (const p of periods) {
    if (p.endDay >= input.today) continue;
    const final = p.calls[p.calls.length - 1];
    const figures = accuracyOf(final.commit, input.wonBetween(p.startDay, p.endDay));
    result.push({
      ...figures,
      repId: input.repId,
      managerId: p.managerId,
      quarterLabel: input.quarters.containing(p.startDay).label,
      periodStart: isoFromDay(p.startDay),
      periodEnd: isoFromDay(p.endDay),
      missed: figures.actual < figures.forecast,
      calls: p.calls
    });
  }
  return result;
}

/** The rep's scored quarters (ended ones with a recorded commit), oldest first. */
export function repForecasts(input: ForecastInput): QuarterForecast[] {
  return scorePeriods(forecastPeriods(input), input);
}

/** The running quarter's calls, week over week, against what has closed so far. */
export interface CurrentQuarterForecast {
  quarterLabel: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** Every commit recorded at a 1:1 for this quarter, oldest first, each with its change since the one before. */
  calls: ForecastCall[];
  latest: ForecastCall | null;
  /** The call before the latest: the week-over-week comparison. */
  previous: ForecastCall | null;
  /** latest commit − previous commit; null with fewer than two calls. */
  commitChange: number | null;
  /** Closed won in the quarter so far (target currency). */
  closedWonToDate: number;
  /** closed won so far ÷ latest commit. */
  commitAttained: number | null;
}

export interface RepForecastView {
  /** Scored past quarters, oldest first. */
  quarters: QuarterForecast[];
  /** Accuracy and bias of the scored quarters together (forecasts and actuals added first). */
  accuracy: number | null;
  bias: number | null;
  current: CurrentQuarterForecast;
}

/**
 * Per rep: accuracy and bias of past quarters (those starting on or after `sinceDay`), and the current quarter's
 * calls week over week. The current quarter's calls are those recorded for a period starting on the quarter's
 * first day (or, failing that, the period containing today).
 */
export function repForecastView(
  input: ForecastInput,
  current: { startDay: number; endDay: number; label: string },
  sinceDay: number
): RepForecastView {
  const periods = forecastPeriods(input);
  const quarters = scorePeriods(periods, input).filter((q) => (dayFromIso(q.periodStart) as number) >= sinceDay);
  const overall = quarters.length
    ? accuracyOf(
        quarters.reduce((s, q) => s + q.forecast, 0),
        quarters.reduce((s, q) => s + q.actual, 0)
      )
    : null;
  const running =
    periods.find((p) => p.startDay === current.startDay) ??
    periods.find((p) => p.startDay <= input.today && p.endDay >= input.today);
  const calls = running?.calls ?? [];
  const latest = calls[calls.length - 1] ?? null;
  const previous = calls[calls.length - 2] ?? null;
  const closedWonToDate = input.wonBetween(current.startDay, Math.min(current.endDay, input.today));
  return {
    quarters,
    accuracy: overall?.accuracy ?? null,
    bias: overall?.bias ?? null,
    current: {
      quarterLabel: current.label,
      periodStart: isoFromDay(current.startDay),
      periodEnd: isoFromDay(current.endDay),
      calls,
      latest,
      previous,
      commitChange: latest && previous ? latest.commit - previous.commit : null,
      closedWonToDate,
      commitAttained: latest ? ratio(closedWonToDate, latest.commit) : null
    }
  };
}

export interface ForecastRollUp extends AccuracyFigures {
  key: string;
  quarterLabel: string;
  periodStart: IsoDate;
  reps: number;
}

/**
 * Adds forecasts and actuals per quarter (and per `groupOf`, e.g. the manager) before computing accuracy,
 * so a team's accuracy is the accuracy of the team's number, not an average of ratios.
 */
export function rollUpForecasts(
  quarters: readonly QuarterForecast[],
  groupOf: (q: QuarterForecast) => string = () => 'ALL'
): ForecastRollUp[] {
  const sums = new Map<string, { q: QuarterForecast; forecast: number; actual: number; reps: number }>();
  for (const q of quarters) {
    const key = `${groupOf(q)}|${q.periodStart}`;
    const s = sums.get(key);
    if (s) {
      s.forecast += q.forecast;
      s.actual += q.actual;
      s.reps++;
    } else sums.set(key, { q, forecast: q.forecast, actual: q.actual, reps: 1 });
  }
  return [...sums.entries()]
    .map(([key, s]) => ({
      ...accuracyOf(s.forecast, s.actual),
      key,
      quarterLabel: s.q.quarterLabel,
      periodStart: s.q.periodStart,
      reps: s.reps
    }))
    .sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : a.key < b.key ? -1 : 1));
}
