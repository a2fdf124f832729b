/**
 * What the oversight screen shows, computed once per data load or window change from the engine's figures:
 * the periods a leader can pick, the scope's totals, one row per manager and per rep, and the quarterly
 * trends. Pure: the engine computes every figure; this module only adds counts across managers, picks,
 * formats and orders, so the same rows render in Jest, the preview and the org.
 */
import { accuracyOf } from 'c/coachingEngine';
import type { ManagerOversight } from 'c/coachingEngine';
import type { Cadence, Id } from 'c/coachingModel';
import type { FiscalQuarters } from 'c/fiscalCalendar';
import { isoFromDay } from 'c/calendarDate';
import type { ScopedManager } from 'c/oversightScope';
import type { OversightPeriod, PeriodFigures } from 'c/oversightReport';
import type { TileVariant } from 'c/statTile';
import type { TrendPoint } from 'c/trendChart';
import { NO_DATA, formatDate, formatLabel, formatNumber, formatPercent } from 'c/coachingFormat';
import { LABELS } from 'c/leaderLabels';

export interface DisplayContext {
  locale: string;
  currency: string;
  timeZone: string;
}

// ---------------------------------------------------------------------------------------------------------
// Periods

export type WindowKey = 'THIS_QUARTER' | 'LAST_QUARTER' | 'LAST_30_DAYS' | 'LAST_90_DAYS' | 'LAST_4_QUARTERS';
export const WINDOW_KEYS: readonly WindowKey[] = [
  'THIS_QUARTER',
  'LAST_QUARTER',
  'LAST_30_DAYS',
  'LAST_90_DAYS',
  'LAST_4_QUARTERS'
];
export const DEFAULT_WINDOW: WindowKey = 'LAST_QUARTER';
export const DEFAULT_TREND_QUARTERS = 4;
export const MAX_TREND_QUARTERS = 8;

export interface WindowOption {
  label: string;
  value: WindowKey;
}

export interface OversightPeriods {
  windows: Record<WindowKey, OversightPeriod>;
  options: WindowOption[];
  /** The last quarters, oldest first; the current one runs to today. */
  trend: OversightPeriod[];
  /** The earliest day any window or trend quarter needs: the start of what the screen loads. */
  loadStart: string;
  /** The four complete quarters before the current one, oldest first: forecast accuracy scores these. */
  closedQuarters: { start: string; end: string; label: string }[];
  today: string;
}

export function asWindowKey(value: unknown): WindowKey {
  return WINDOW_KEYS.includes(value as WindowKey) ? (value as WindowKey) : DEFAULT_WINDOW;
}

export function clampTrendQuarters(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= MAX_TREND_QUARTERS ? n : DEFAULT_TREND_QUARTERS;
}

/** The windows a leader can pick and the trend's quarters, in the org's fiscal quarters, as of `today`. */
export function oversightPeriods(
  quarters: FiscalQuarters,
  today: number,
  trendQuarters: number,
  locale: string
): OversightPeriods {
  const current = quarters.containing(today);
  const previous: (typeof current)[] = [];
  let q = current;
  for (let i = 0; i < Math.max(4, clampTrendQuarters(trendQuarters) - 1); i++) {
    q = quarters.before(q);
    previous.unshift(q);
  }
  const range = (start: number, end: number): string =>
    `${formatDate(isoFromDay(start), locale)} – ${formatDate(isoFromDay(end), locale)}`;
  const period = (key: string, label: string, start: number, end: number): OversightPeriod => ({
    key,
    label,
    start: isoFromDay(start),
    end: isoFromDay(end),
    range: range(start, end)
  });
  const last = previous[previous.length - 1];
  const fourBack = previous[previous.length - 4];
  const windows: Record<WindowKey, OversightPeriod> = {
    THIS_QUARTER: period('THIS_QUARTER', formatLabel(LABELS.windowThisQuarter, current.label), current.startDay, today),
    LAST_QUARTER: period('LAST_QUARTER', formatLabel(LABELS.windowLastQuarter, last.label), last.startDay, last.endDay),
    LAST_30_DAYS: period('LAST_30_DAYS', LABELS.windowLast30Days, today - 29, today),
    LAST_90_DAYS: period('LAST_90_DAYS', LABELS.windowLast90Days, today - 89, today),
    LAST_4_QUARTERS: period('LAST_4_QUARTERS', LABELS.windowLast4Quarters, fourBack.startDay, last.endDay)
  };
  const trend = [...previous.slice(previous.length - (clampTrendQuarters(trendQuarters) - 1)), current].map((x) =>
    period(x.label, x.label, x.startDay, Math.min(x.endDay, today))
  );
  const starts = [...Object.values(windows), ...trend].map((p) => p.start).sort();
  return {
    windows,
    options: WINDOW_KEYS.map((value) => ({ value, label: `${windows[value].label} (${windows[value].range})` })),
    trend,
    loadStart: starts[0],
    closedQuarters: previous
      .slice(-4)
      .map((x) => ({ start: isoFromDay(x.startDay), end: isoFromDay(x.endDay), label: x.label })),
    today: isoFromDay(today)
  };
}

// ---------------------------------------------------------------------------------------------------------
// Figures: one shape for a manager, a rep and the scope's totals

export interface Figures {
  adherence: { held: number; missed: number; rate: number | null };
  preparation: { held: number; prepared: number; rate: number | null };
  coverage: { held: number; rate: number | null };
  actions: {
    due: number;
    done: number;
    completionRate: number | null;
    open: number;
    overdue: number;
    overdueShare: number | null;
  };
  survey: {
    visible: boolean;
    k: number;
    responses: number;
    held: number;
    responseRate: number | null;
    frameworkScore: number | null;
    overallValue: number | null;
    /** Managers whose answers passed the k rule (totals only). */
    managersWithScores: number;
  };
  forecast: { quarters: number; forecast: number; actual: number; accuracy: number | null; bias: number | null };
}

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);
const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

export function figuresOf(m: ManagerOversight | null | undefined): Figures {
  return rollUpOversight(m ? [m] : []);
}

/**
 * Totals over managers: counts are added before dividing (5 of 8 weeks and 1 of 2 weeks is 6 of 10, not the
 * mean of 63% and 50%), agenda coverage is weighted by held 1:1s, survey averages by answers of the managers
 * whose answers pass the k rule, and forecast accuracy is the accuracy of the summed forecast and actual.
 */
export function rollUpOversight(list: readonly ManagerOversight[]): Figures {
  const all = (list ?? []).filter(Boolean);
  const sum = (pick: (m: ManagerOversight) => number | null | undefined): number =>
    all.reduce((s, m) => s + (finite(pick(m)) ? (pick(m) as number) : 0), 0);
  const held = sum((m) => m.adherence.held);
  const missed = sum((m) => m.adherence.missed);
  const sessionsHeld = sum((m) => m.preparation.held);
  const prepared = sum((m) => m.preparation.prepared);
  const coverageRows = all.filter((m) => finite(m.agendaCoverage.rate) && m.agendaCoverage.held > 0);
  const coverageHeld = coverageRows.reduce((s, m) => s + m.agendaCoverage.held, 0);
  const due = sum((m) => m.actions.dueInWindow);
  const done = sum((m) => m.actions.done);
  const open = sum((m) => m.actions.open);
  const overdue = sum((m) => m.actions.overdue);
  const scored = all.filter((m) => m.survey.status === 'OK' && m.survey.responses > 0);
  const scoredAnswers = scored.reduce((s, m) => s + m.survey.responses, 0);
  const weighted = (pick: (m: ManagerOversight) => number | null): number | null => {
    const rows = scored.filter((m) => finite(pick(m)));
    const n = rows.reduce((s, m) => s + m.survey.responses, 0);
    return n > 0 ? rows.reduce((s, m) => s + (pick(m) as number) * m.survey.responses, 0) / n : null;
  };
  const responses = sum((m) => m.survey.responses);
  const surveyHeld = sum((m) => m.survey.heldSessions);
  const quarters = all.flatMap((m) => m.forecast.quarters ?? []);
  const forecast = quarters.reduce((s, q) => s + (finite(q.forecast) ? q.forecast : 0), 0);
  const actual = quarters.reduce((s, q) => s + (finite(q.actual) ? q.actual : 0), 0);
  const accuracy = quarters.length ? accuracyOf(forecast, actual) : { accuracy: null, bias: null };
  return {
    adherence: { held, missed, rate: ratio(held, held + missed) },
    preparation: { held: sessionsHeld, prepared, rate: ratio(prepared, sessionsHeld) },
    coverage: {
      held: coverageHeld,
      rate:
        coverageHeld > 0
          ? coverageRows.reduce((s, m) => s + (m.agendaCoverage.rate as number) * m.agendaCoverage.held, 0) /
            coverageHeld
          : null
    },
    actions: { due, done, completionRate: ratio(done, due), open, overdue, overdueShare: ratio(overdue, open) },
    survey: {
      visible: scoredAnswers > 0,
      k: all[0]?.survey.k ?? 3,
      responses,
      held: surveyHeld,
      responseRate: ratio(responses, surveyHeld),
      frameworkScore: weighted((m) => m.survey.frameworkScore),
      overallValue: weighted((m) => m.survey.overallValue),
      managersWithScores: scored.length
    },
    forecast: { quarters: quarters.length, forecast, actual, accuracy: accuracy.accuracy, bias: accuracy.bias }
  };
}

// ---------------------------------------------------------------------------------------------------------
// Cells: a figure as the table, the tiles and the trends show it

export type MetricKey =
  'adherence' | 'preparation' | 'coverage' | 'completion' | 'overdue' | 'responseRate' | 'score' | 'forecast';

export const MANAGER_METRICS: readonly MetricKey[] = [
  'adherence',
  'preparation',
  'coverage',
  'completion',
  'overdue',
  'responseRate',
  'score',
  'forecast'
];
/** A rep's survey answers are never averaged (one rep is always under k): the rep row shows the count only. */
export const REP_METRICS: readonly MetricKey[] = [
  'adherence',
  'preparation',
  'coverage',
  'completion',
  'overdue',
  'responseRate',
  'forecast'
];

export const METRIC_LABELS: Record<MetricKey, string> = {
  adherence: LABELS.metricAdherence,
  preparation: LABELS.metricPreparation,
  coverage: LABELS.metricCoverage,
  completion: LABELS.metricCompletion,
  overdue: LABELS.metricOverdue,
  responseRate: LABELS.metricResponseRate,
  score: LABELS.metricScore,
  forecast: LABELS.metricForecast
};

/** Forecast accuracy bands: within 10% of what closed is good, within 25% is fair. */
export const FORECAST_GOOD = 0.9;
export const FORECAST_FAIR = 0.75;
/** Rep ratings (1–5): 4 and above good, 3 and above fair. */
export const SCORE_GOOD = 4;
export const SCORE_FAIR = 3;
/** The band below the target that is a warning rather than an error. */
const WARNING_BAND = 0.2;

export interface MetricCell {
  key: MetricKey;
  label: string;
  /** For sorting and charts; null = no data. */
  value: number | null;
  text: string;
  detail: string;
  variant: TileVariant;
  /** Said to screen readers after the value, so colour is never the only signal. */
  statusText: string;
  cellClass: string;
  /** A shape next to a figure off target, so colour is not the only signal ('' when on target or no data). */
  iconName: string;
  hasIcon: boolean;
}

/** Compared with a tolerance, so a band edge computed in floating point (0.8 − 0.2) still includes 0.6. */
const EPSILON = 1e-9;

function band(value: number | null, good: number, fair: number, lowerIsBetter = false): TileVariant {
  if (!finite(value)) return 'neutral';
  if (lowerIsBetter) return value <= good + EPSILON ? 'success' : value <= fair + EPSILON ? 'warning' : 'error';
  return value >= good - EPSILON ? 'success' : value >= fair - EPSILON ? 'warning' : 'error';
}

const ICONS: Record<TileVariant, string> = {
  neutral: '',
  success: '',
  warning: 'utility:warning',
  error: 'utility:error'
};

const STATUS_TEXT: Record<TileVariant, string> = {
  neutral: '',
  success: LABELS.statusOnTarget,
  warning: LABELS.statusBelowTarget,
  error: LABELS.statusFarBelowTarget
};

function cell(key: MetricKey, value: number | null, text: string, detail: string, variant: TileVariant): MetricCell {
  return {
    key,
    label: METRIC_LABELS[key],
    value,
    text,
    detail,
    variant,
    statusText: STATUS_TEXT[variant],
    cellClass: `metric metric_${variant}`,
    iconName: ICONS[variant],
    hasIcon: ICONS[variant] !== ''
  };
}

function biasText(bias: number | null, locale: string): string {
  if (!finite(bias)) return '';
  if (Math.abs(bias) < 0.005) return LABELS.biasNone;
  return formatLabel(bias > 0 ? LABELS.biasOver : LABELS.biasUnder, formatPercent(Math.abs(bias), locale));
}

/** One figure as a cell: its value, its "n of m" detail and its band against the target. */
export function metricCell(
  key: MetricKey,
  f: Figures,
  ctx: DisplayContext,
  target: number,
  hidden: ReadonlySet<MetricKey> = new Set()
): MetricCell {
  if (hidden.has(key)) return cell(key, null, NO_DATA, LABELS.fieldHidden, 'neutral');
  const pct = (v: number | null): string => formatPercent(v, ctx.locale);
  const rate = (v: number | null, detail: string, empty: string): MetricCell =>
    cell(key, v, pct(v), finite(v) ? detail : empty, band(v, target, target - WARNING_BAND));
  switch (key) {
    case 'adherence':
      return rate(
        f.adherence.rate,
        formatLabel(LABELS.detailWeeksHeld, f.adherence.held, f.adherence.held + f.adherence.missed),
        LABELS.detailNoneScheduled
      );
    case 'preparation':
      return rate(
        f.preparation.rate,
        formatLabel(LABELS.detailPrepared, f.preparation.prepared, f.preparation.held),
        LABELS.detailNoneHeld
      );
    case 'coverage':
      return rate(f.coverage.rate, formatLabel(LABELS.detailCoverage, f.coverage.held), LABELS.detailNoneHeld);
    case 'completion':
      return rate(
        f.actions.completionRate,
        formatLabel(LABELS.detailItemsDone, f.actions.done, f.actions.due),
        LABELS.detailNoneDue
      );
    case 'overdue': {
      const v = f.actions.overdueShare;
      return cell(
        key,
        v,
        pct(v),
        finite(v) ? formatLabel(LABELS.detailOverdue, f.actions.overdue, f.actions.open) : LABELS.detailNoneOpen,
        band(v, 1 - target, 1 - target + WARNING_BAND, true)
      );
    }
    case 'responseRate':
      return rate(
        f.survey.responseRate,
        formatLabel(LABELS.detailResponses, f.survey.responses, f.survey.held),
        LABELS.detailNoneHeld
      );
    case 'score': {
      if (!f.survey.visible || !finite(f.survey.frameworkScore))
        return cell(key, null, LABELS.notEnoughAnswers, formatLabel(LABELS.feedbackNotEnough, f.survey.k), 'neutral');
      const detail = [
        finite(f.survey.overallValue)
          ? formatLabel(LABELS.detailOverall, formatNumber(f.survey.overallValue, ctx.locale, 1))
          : '',
        f.survey.managersWithScores > 1 ? formatLabel(LABELS.detailScoredManagers, f.survey.managersWithScores) : ''
      ]
        .filter(Boolean)
        .join(' · ');
      return cell(
        key,
        f.survey.frameworkScore,
        formatLabel(LABELS.scoreOutOf5, formatNumber(f.survey.frameworkScore, ctx.locale, 1)),
        detail,
        band(f.survey.frameworkScore, SCORE_GOOD, SCORE_FAIR)
      );
    }
    default: {
      const v = f.forecast.accuracy;
      const detail = finite(v)
        ? biasText(f.forecast.bias, ctx.locale)
        : f.forecast.quarters === 0
          ? LABELS.forecastNoQuarter
          : LABELS.forecastNoActual;
      return cell(key, v, pct(v), detail, band(v, FORECAST_GOOD, FORECAST_FAIR));
    }
  }
}

const ALL_SESSION_METRICS: readonly MetricKey[] = [
  'adherence',
  'preparation',
  'coverage',
  'responseRate',
  'score',
  'forecast'
];
const FIELD_METRICS: Readonly<Record<string, readonly MetricKey[]>> = {
  'Coaching_Session__c.Status__c': ALL_SESSION_METRICS,
  'Coaching_Session__c.Actual_Start__c': ALL_SESSION_METRICS,
  'Coaching_Session__c.Agenda_Opened_At__c': ['preparation'],
  'Coaching_Session__c.Sections_Reviewed__c': ['coverage'],
  'Coaching_Session__c.Commit_Current_Quarter__c': ['forecast'],
  'Coaching_Session__c.Forecast_Period_Start__c': ['forecast'],
  'Coaching_Session__c.Forecast_Period_End__c': ['forecast'],
  'Action_Item__c.Status__c': ['completion', 'overdue'],
  'Opportunity.Amount': ['forecast']
};

/** The figures that cannot be computed because a field they read is hidden from the user. */
export function metricsHiddenBy(fields: Iterable<string>): Set<MetricKey> {
  const out = new Set<MetricKey>();
  for (const f of fields) for (const m of FIELD_METRICS[f] ?? []) out.add(m);
  return out;
}

export function metricCells(
  keys: readonly MetricKey[],
  f: Figures,
  ctx: DisplayContext,
  target: number,
  hidden?: ReadonlySet<MetricKey>
): MetricCell[] {
  return keys.map((k) => metricCell(k, f, ctx, target, hidden));
}

// ---------------------------------------------------------------------------------------------------------
// Rows

export interface ManagerRow {
  id: Id;
  name: string;
  title: string;
  reportsTo: string;
  repCount: number;
  hasReps: boolean;
  cells: MetricCell[];
  openLabel: string;
}

export function managerRows(
  managers: readonly ScopedManager[],
  figures: ReadonlyMap<Id, ManagerOversight>,
  ctx: DisplayContext,
  target: number,
  hidden?: ReadonlySet<MetricKey>
): ManagerRow[] {
  return (managers ?? []).map((m) => ({
    id: m.id,
    name: m.name,
    title: m.title ?? '',
    reportsTo: m.reportsToName ? formatLabel(LABELS.reportsTo, m.reportsToName) : '',
    repCount: m.directReportIds.length,
    hasReps: m.directReportIds.length > 0,
    cells: metricCells(MANAGER_METRICS, figuresOf(figures.get(m.id)), ctx, target, hidden),
    openLabel: formatLabel(LABELS.openManager, m.name)
  }));
}

export type SortKey = 'name' | MetricKey;
export type SortDirection = 'asc' | 'desc';

/** Rows ordered by a column; rows without data for it always come last, then by name. */
export function sortRows<R extends { name: string; cells: MetricCell[] }>(
  rows: readonly R[],
  key: SortKey,
  direction: SortDirection
): R[] {
  const sign = direction === 'desc' ? -1 : 1;
  const valueOf = (r: R): number | null => r.cells.find((c) => c.key === key)?.value ?? null;
  return [...rows].sort((a, b) => {
    if (key !== 'name') {
      const va = valueOf(a);
      const vb = valueOf(b);
      if (va === null && vb !== null) return 1;
      if (vb === null && va !== null) return -1;
      if (va !== null && vb !== null && va !== vb) return (va - vb) * sign;
      return a.name.localeCompare(b.name);
    }
    return a.name.localeCompare(b.name) * sign;
  });
}

export interface RepRow {
  id: Id;
  name: string;
  cadenceText: string;
  hasCadence: boolean;
  cells: MetricCell[];
}

function cadenceText(c: Cadence | undefined): string {
  return c ? formatLabel(LABELS.cadenceSlot, c.dayOfWeek, c.localStartTime, c.timeZone) : LABELS.noCadence;
}

export function repRows(
  repIds: readonly Id[],
  names: ReadonlyMap<Id, string>,
  breakdown: ReadonlyMap<Id, ManagerOversight>,
  cadences: readonly Cadence[],
  ctx: DisplayContext,
  target: number,
  hidden?: ReadonlySet<MetricKey>
): RepRow[] {
  return (repIds ?? []).map((id) => {
    const cadence = (cadences ?? []).find((c) => c.repId === id && c.active);
    return {
      id,
      name: names.get(id) ?? id,
      cadenceText: cadenceText(cadence),
      hasCadence: Boolean(cadence),
      cells: metricCells(REP_METRICS, figuresOf(breakdown.get(id)), ctx, target, hidden)
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Tiles and trends

export function summaryCells(
  figures: ReadonlyMap<Id, ManagerOversight>,
  managerIds: readonly Id[],
  ctx: DisplayContext,
  target: number,
  hidden?: ReadonlySet<MetricKey>
): MetricCell[] {
  const list = (managerIds ?? []).map((id) => figures.get(id)).filter((m): m is ManagerOversight => Boolean(m));
  return metricCells(MANAGER_METRICS, rollUpOversight(list), ctx, target, hidden);
}

export const TREND_METRICS: readonly MetricKey[] = ['adherence', 'preparation', 'completion', 'forecast'];

export interface TrendSeries {
  key: MetricKey;
  heading: string;
  points: TrendPoint[];
}

/** Each trend metric per quarter (as a percentage), for the scope or for one manager. */
export function trendSeries(
  trend: readonly PeriodFigures[],
  managerIds: readonly Id[],
  ctx: DisplayContext,
  target: number,
  hidden?: ReadonlySet<MetricKey>
): TrendSeries[] {
  const perPeriod = (trend ?? []).map((t) => ({
    period: t.period,
    cells: summaryCells(t.managers, managerIds, ctx, target, hidden)
  }));
  return TREND_METRICS.map((key) => ({
    key,
    heading: METRIC_LABELS[key],
    points: perPeriod.map(({ period, cells }) => {
      const c = cells.find((x) => x.key === key) as MetricCell;
      return {
        key: `${key}-${period.key}`,
        label: period.label,
        value: finite(c.value) ? Math.round(c.value * 1000) / 10 : null,
        displayValue: c.text
      };
    })
  }));
}
