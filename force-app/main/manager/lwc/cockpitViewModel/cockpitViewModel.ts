/**
 * What the coaching cockpit shows, computed once per data load from the engine's results: one row per rep
 * (health, coverage, gap, main coaching focus, action items, next 1:1 and the reasons a figure is missing),
 * the team's tiles and the chart bars. Pure: figures come from the engine, this module only selects, formats
 * and orders them, so the same rows render in Jest, the preview and the org. `computeCockpit` is the whole
 * computation from loaded records, so the component and the demo-org tooling (which compares what the cockpit
 * loads with the whole demo org) run exactly the same code.
 */
import { buildOversight, buildTeamView, buildUpcoming } from 'c/coachingEngine';
import type { ForecastRollUp, RepView, TeamView } from 'c/coachingEngine';
import type {
  ActionItem,
  Cadence,
  Clock,
  CoachingDataset,
  CoachingSettings,
  FiscalCalendar,
  Id,
  Session
} from 'c/coachingModel';
import { datasetFromRecords, type RecordsByType } from 'c/coachingRecords';
import { forecastWindowStart } from 'c/coachingQueries';
import type { ChartBar } from 'c/barChart';
import type { TileVariant } from 'c/statTile';
import {
  formatDateTime,
  formatMoney,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatLabel,
  NO_DATA
} from 'c/coachingFormat';
import { LABELS } from 'c/managerLabels';

export interface DisplayContext {
  locale: string;
  currency: string;
  timeZone: string;
}

export type SortKey = 'risk' | 'name' | 'coverage' | 'nextSession';
export const SORT_KEYS: readonly SortKey[] = ['risk', 'name', 'coverage', 'nextSession'];

export interface RepRow {
  repId: Id;
  name: string;
  healthScore: number | null;
  healthText: string;
  healthVariant: TileVariant;
  coverageCurrent: number | null;
  coverageCurrentText: string;
  coverageCurrentDetail: string;
  coverageVariant: TileVariant;
  coverageNextText: string;
  coverageNextDetail: string;
  gapText: string;
  focusTitle: string;
  focusCode: string;
  openItems: number;
  pastDueItems: number;
  itemsText: string;
  hasPastDue: boolean;
  nextSessionMs: number | null;
  nextSessionText: string;
  /** Set when no cadence exists for the pair: the row shows a warning. */
  nextSessionWarning: string;
  cadenceId: Id | null;
  cadenceLabel: string;
  /** Why a figure is missing (no quota, no opportunities…), shown under the rep's name. */
  reasons: string[];
  hasReasons: boolean;
  hasData: boolean;
  /** Lower is riskier. Reps without a health score sort last: their risk is unknown, and the reason says why. */
  riskRank: number;
}

export interface SummaryTile {
  key: string;
  label: string;
  value: string;
  detail: string;
  variant: TileVariant;
}

export interface CockpitView {
  quarterLabel: string;
  nextQuarterLabel: string;
  rows: RepRow[];
  tiles: SummaryTile[];
  coverageBars: ChartBar[];
  stageBars: ChartBar[];
  forecastBars: ChartBar[];
  hasForecastHistory: boolean;
  warningCount: number;
}

export interface CockpitInput {
  team: TeamView;
  /** Active cadences of the manager's pairs. */
  cadences: readonly Cadence[];
  /** Next slot per cadence (engine `buildUpcoming`). */
  nextSlots: ReadonlyMap<Id, string>;
  /** The manager's sessions; Planned ones override the cadence slot (a rescheduled 1:1 has its own time). */
  sessions: readonly Session[];
  actionItems: readonly ActionItem[];
  /** Team forecast roll-ups per ended quarter (engine forecast accuracy). */
  forecastQuarters: readonly ForecastRollUp[];
  /** Stage names in the admin's order, for the pipeline-by-stage chart. */
  stageOrder: readonly string[];
  /** Now, as used by the engine (ms). */
  nowMs: number;
  display: DisplayContext;
}

const OPEN_ITEM = new Set(['Open', 'In Progress']);
const UNKNOWN_RISK = 1000;

function healthVariant(band: string | null): TileVariant {
  if (band === 'HEALTHY') return 'success';
  if (band === 'WATCH') return 'warning';
  if (band === 'AT_RISK') return 'error';
  return 'neutral';
}

function healthBandLabel(band: string | null): string {
  if (band === 'HEALTHY') return LABELS.healthHealthy;
  if (band === 'WATCH') return LABELS.healthWatch;
  if (band === 'AT_RISK') return LABELS.healthAtRisk;
  return '';
}

/** Coverage against the rep's required coverage: at or above is fine, within 75% needs attention. */
export function coverageVariant(coverageRatio: number | null): TileVariant {
  if (coverageRatio === null || !Number.isFinite(coverageRatio)) return 'neutral';
  if (coverageRatio >= 1) return 'success';
  return coverageRatio >= 0.75 ? 'warning' : 'error';
}

/** The figure, or the reason there is none (no quota, zero quota, quota met). */
function coverageText(
  q: RepView['metrics']['current'],
  required: number,
  ctx: DisplayContext
): { text: string; detail: string } {
  if (q.coverageNote === 'QUOTA_MISSING')
    return { text: NO_DATA, detail: formatLabel(LABELS.reasonNoQuota, q.quarter.label) };
  if (q.coverageNote === 'QUOTA_ZERO')
    return { text: NO_DATA, detail: formatLabel(LABELS.reasonZeroQuota, q.quarter.label) };
  if (q.coverageNote === 'QUOTA_MET') return { text: LABELS.quotaMet, detail: '' };
  return {
    text: formatMultiple(q.coverage, ctx.locale),
    detail: formatLabel(LABELS.coverageNeeds, formatMultiple(required, ctx.locale))
  };
}

interface PairSchedule {
  cadence: Cadence | undefined;
  nextMs: number | null;
}

function scheduleOf(repId: Id, input: CockpitInput): PairSchedule {
  const cadence = input.cadences.find((c) => c.repId === repId && c.active);
  const planned = input.sessions
    .filter((s) => s.repId === repId && s.status === 'Planned')
    .map((s) => Date.parse(s.scheduledStart))
    .filter((ms) => Number.isFinite(ms) && ms >= input.nowMs)
    .sort((a, b) => a - b);
  const slot = cadence ? input.nextSlots.get(cadence.id) : undefined;
  const slotMs = slot ? Date.parse(slot) : NaN;
  const candidates = [planned[0], Number.isFinite(slotMs) ? slotMs : undefined].filter(
    (ms): ms is number => ms !== undefined
  );
  return { cadence, nextMs: candidates.length ? Math.min(...candidates) : null };
}

/** "Monday at 09:30 (Europe/London)": the slot as the manager set it. */
function cadenceLabel(cadence: Cadence | undefined): string {
  if (!cadence) return '';
  return formatLabel(LABELS.cadenceSummary, cadence.dayOfWeek, cadence.localStartTime, cadence.timeZone);
}

export function repRow(rep: RepView, input: CockpitInput): RepRow {
  const ctx = input.display;
  const m = rep.metrics;
  const reasons: string[] = [];
  const hasData = m.records > 0;
  if (!hasData) reasons.push(LABELS.reasonNoOpportunities);
  const current = coverageText(m.current, m.requiredCoverage, ctx);
  const next = coverageText(m.next, m.requiredCoverage, ctx);
  if (m.current.coverageNote === 'QUOTA_MISSING' || m.current.coverageNote === 'QUOTA_ZERO')
    reasons.push(current.detail);
  // Amounts hidden by field-level security (or blank) are left out of money figures: say so, so 0× is not misread.
  if (m.excluded.amountMissing > 0) reasons.push(formatLabel(LABELS.reasonAmountsMissing, m.excluded.amountMissing));
  const items = input.actionItems.filter(
    (a) => OPEN_ITEM.has(a.status) && (a.repId === rep.repId || (a.repId === null && a.assigneeId === rep.repId))
  );
  const today = input.team.today;
  const pastDue = items.filter((a) => a.dueDate !== null && a.dueDate < today).length;
  const schedule = scheduleOf(rep.repId, input);
  const score = rep.health.score;
  const focus = rep.diagnosis.mainGap;
  return {
    repId: rep.repId,
    name: rep.name,
    healthScore: score,
    // Without any opportunity a health score says nothing: "No data", not "0 · At risk".
    healthText:
      score === null || !hasData
        ? NO_DATA
        : `${formatNumber(score, ctx.locale)} · ${healthBandLabel(rep.health.band ?? null)}`,
    healthVariant: hasData ? healthVariant(rep.health.band ?? null) : 'neutral',
    coverageCurrent: m.current.coverage,
    coverageCurrentText: current.text,
    coverageCurrentDetail: current.detail,
    coverageVariant: coverageVariant(m.current.coverageRatio),
    coverageNextText: next.text,
    coverageNextDetail: next.detail,
    gapText: formatMoney(m.current.gap, ctx.currency, ctx.locale),
    focusTitle: focus.title,
    focusCode: focus.code,
    openItems: items.length,
    pastDueItems: pastDue,
    itemsText: formatLabel(LABELS.itemsOpenPastDue, items.length, pastDue),
    hasPastDue: pastDue > 0,
    nextSessionMs: schedule.nextMs,
    nextSessionText:
      schedule.nextMs === null
        ? LABELS.noUpcoming
        : formatDateTime(new Date(schedule.nextMs).toISOString(), ctx.locale, ctx.timeZone),
    nextSessionWarning: schedule.cadence ? '' : LABELS.noCadenceWarning,
    cadenceId: schedule.cadence?.id ?? null,
    cadenceLabel: cadenceLabel(schedule.cadence),
    reasons,
    hasReasons: reasons.length > 0,
    hasData,
    riskRank: score === null || !hasData ? UNKNOWN_RISK : score
  };
}

const byName = (a: RepRow, b: RepRow): number => a.name.localeCompare(b.name);
function nullsLast(a: number | null, b: number | null): number {
  if (a === null) return b === null ? 0 : 1;
  return b === null ? -1 : a - b;
}

/** A new array in the chosen order; ties fall back to the name so the order never flickers. */
export function sortRows(rows: readonly RepRow[], key: SortKey): RepRow[] {
  const compare: Record<SortKey, (a: RepRow, b: RepRow) => number> = {
    risk: (a, b) => a.riskRank - b.riskRank || b.pastDueItems - a.pastDueItems || byName(a, b),
    name: byName,
    coverage: (a, b) => nullsLast(a.coverageCurrent, b.coverageCurrent) || byName(a, b),
    nextSession: (a, b) => nullsLast(a.nextSessionMs, b.nextSessionMs) || byName(a, b)
  };
  return [...rows].sort(compare[key] ?? compare.risk);
}

function teamTiles(team: TeamView, ctx: DisplayContext): SummaryTile[] {
  const q = team.team.current;
  const money = (n: number | null): string => formatMoney(n, ctx.currency, ctx.locale);
  const coverage = coverageText(q, team.team.requiredCoverage, ctx);
  return [
    { key: 'quota', label: LABELS.tileQuota, value: money(q.quota), detail: '', variant: 'neutral' },
    {
      key: 'closed',
      label: LABELS.tileClosedWon,
      value: money(q.closedWon),
      detail: q.attainment === null ? '' : formatLabel(LABELS.attainment, formatPercent(q.attainment, ctx.locale)),
      variant: 'neutral'
    },
    {
      key: 'commit',
      label: LABELS.tileCommit,
      value: money(q.forecastCommit),
      detail: LABELS.commitDetail,
      variant: 'neutral'
    },
    {
      key: 'bestCase',
      label: LABELS.tileBestCase,
      value: money(q.forecastBestCase),
      detail: LABELS.bestCaseDetail,
      variant: 'neutral'
    },
    {
      key: 'coverage',
      label: LABELS.tileCoverage,
      value: coverage.text,
      detail: coverage.detail,
      variant: coverageVariant(q.coverageRatio)
    },
    {
      key: 'gap',
      label: LABELS.tileGap,
      value: money(q.gap),
      detail: '',
      variant: q.gap !== null && q.gap > 0 ? 'warning' : 'neutral'
    }
  ];
}

function coverageBars(rows: readonly RepRow[], team: TeamView, ctx: DisplayContext): ChartBar[] {
  const byId = new Map(team.reps.map((r) => [r.repId, r]));
  return rows.map((row) => {
    const m = (byId.get(row.repId) as RepView).metrics;
    return {
      key: row.repId,
      label: row.name,
      value: m.current.coverage,
      displayValue: row.coverageCurrentText,
      target: m.requiredCoverage,
      targetLabel: formatLabel(LABELS.coverageNeeds, formatMultiple(m.requiredCoverage, ctx.locale)),
      variant: row.coverageVariant
    };
  });
}

/** Open pipeline by stage across the team, in the admin's stage order (unknown stages last, by name). */
function stageBars(team: TeamView, stageOrder: readonly string[], ctx: DisplayContext): ChartBar[] {
  const sums = new Map<string, { amount: number; count: number }>();
  for (const rep of team.reps)
    for (const deal of rep.deals) {
      const s = sums.get(deal.stageName) ?? { amount: 0, count: 0 };
      s.amount += deal.amount ?? 0;
      s.count++;
      sums.set(deal.stageName, s);
    }
  const rank = (stage: string): number => {
    const i = stageOrder.indexOf(stage);
    return i < 0 ? stageOrder.length : i;
  };
  return [...sums.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([stage, s]) => ({
      key: stage,
      label: stage,
      value: s.amount,
      displayValue: formatLabel(LABELS.stageBarValue, formatMoney(s.amount, ctx.currency, ctx.locale), s.count),
      variant: 'neutral' as const
    }));
}

/** Each ended quarter: what closed (bar) against what the reps committed at their 1:1s (marker). */
function forecastBars(quarters: readonly ForecastRollUp[], ctx: DisplayContext): ChartBar[] {
  return quarters.map((q) => ({
    key: q.key,
    label: q.quarterLabel,
    value: q.actual,
    displayValue: formatLabel(
      LABELS.forecastBarValue,
      formatMoney(q.actual, ctx.currency, ctx.locale),
      formatMoney(q.forecast, ctx.currency, ctx.locale),
      formatPercent(q.accuracy, ctx.locale)
    ),
    target: q.forecast,
    targetLabel: formatLabel(
      q.bias !== null && q.bias > 0 ? LABELS.forecastOver : LABELS.forecastUnder,
      formatPercent(q.bias === null ? null : Math.abs(q.bias), ctx.locale)
    ),
    variant: q.accuracy !== null && q.accuracy >= 0.9 ? ('success' as const) : ('warning' as const)
  }));
}

export function buildCockpitView(input: CockpitInput, sortKey: SortKey = 'risk'): CockpitView {
  const rows = sortRows(
    input.team.reps.map((rep) => repRow(rep, input)),
    sortKey
  );
  return {
    quarterLabel: input.team.currentQuarter.label,
    nextQuarterLabel: input.team.nextQuarter.label,
    rows,
    tiles: teamTiles(input.team, input.display),
    coverageBars: coverageBars(rows, input.team, input.display),
    stageBars: stageBars(input.team, input.stageOrder, input.display),
    forecastBars: forecastBars(input.forecastQuarters, input.display),
    hasForecastHistory: input.forecastQuarters.length > 0,
    warningCount: input.team.warnings.length
  };
}

/** Where and for whom the cockpit computes: the running manager, the instant of the load, the viewer's locale. */
export interface CockpitContext {
  managerId: Id;
  /** Now, read once per load: every figure is computed for the same instant. */
  now: string;
  timeZone: string;
  currency: string;
  locale: string;
  /** Ended quarters of the forecast chart (see `forecastQuarterCount` in `c/coachingQueries`). */
  forecastQuarters: number;
}

export interface CockpitComputation {
  view: CockpitView;
  dataset: CoachingDataset;
}

/**
 * From the records the cockpit loaded (flattened to the API shape, per object) to what it shows: maps them, runs
 * the team view, the next slots and the oversight pass (the team forecast against actuals, D-manager-ui-4).
 */
export function computeCockpit(
  records: RecordsByType,
  reference: { settings: CoachingSettings; fiscal: FiscalCalendar },
  context: CockpitContext,
  sortKey: SortKey = 'risk'
): CockpitComputation {
  const dataset = datasetFromRecords(records, reference.settings, { corporateCurrency: context.currency });
  dataset.fiscal = reference.fiscal;
  const clock: Clock = { now: context.now, timeZone: context.timeZone, targetCurrency: context.currency };
  const team = buildTeamView(dataset, clock, { managerId: context.managerId });
  const upcoming = buildUpcoming(dataset, context.managerId, 1, clock);
  const oversight = buildOversight(
    dataset,
    [context.managerId],
    { start: forecastWindowStart(context.now, context.forecastQuarters), end: team.today },
    clock
  );
  const view = buildCockpitView(
    {
      team,
      cadences: dataset.cadences,
      nextSlots: new Map(upcoming.cadences.map((c) => [c.cadenceId, c.next[0]?.start ?? ''])),
      sessions: dataset.sessions,
      actionItems: dataset.actionItems,
      forecastQuarters: oversight.managers[0]?.forecast.quarters ?? [],
      stageOrder: [...(reference.settings.stages ?? [])]
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((s) => s.stageName),
      nowMs: Date.parse(context.now),
      display: { locale: context.locale, currency: context.currency, timeZone: context.timeZone }
    },
    sortKey
  );
  return { view, dataset };
}
