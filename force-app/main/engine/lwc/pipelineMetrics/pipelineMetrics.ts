/**
 * Pipeline metrics per rep and per team for the current and the next fiscal quarter, from one linear pass
 * over the opportunities: every record is read once, converted once and added to its owner's totals.
 * Definitions (normative in PRODUCT.md, worked examples in docs/metrics.md):
 * - coverage = open pipeline closing in the quarter ÷ (quota − closed won)
 * - a team's gap, coverage and attainment count only the owners who carry a quota for the quarter; the
 *   closed won and pipeline of owners without one are still reported in the totals (`quotaScope` says which)
 * - required coverage = 1 ÷ trailing win rate by amount, or the configured default when history is thin
 * - win rate = won ÷ (won + lost) over deals closed in the four complete quarters before the current one
 * - sales cycle = mean(close date − created date) over those won deals
 * - velocity = open deals × win rate (count) × average won amount ÷ sales cycle (per day)
 */
import type { Id, Opportunity, Quota } from 'c/coachingModel';
import { dayFromIso, instantMs, isoFromInstant, instantOfLocal, localDayOfIso } from 'c/calendarDate';
import type { CurrencyConverter } from 'c/currencyConversion';
import type { FiscalFrame, FiscalQuarter } from 'c/fiscalCalendar';
import type { WarningLog } from 'c/engineWarnings';
import { shown } from 'c/engineWarnings';
import type { ResolvedSettings } from 'c/coachingSettings';
import { isAmount, ratio } from 'c/numberStats';

/** What a pass needs besides the records: computed once per view. */
export interface MetricsContext {
  frame: FiscalFrame;
  converter: CurrencyConverter;
  settings: ResolvedSettings;
  timeZone: string;
  log: WarningLog;
  /** Pipeline creation window: from the start of this local day (inclusive) to now. */
  creationStartMs: number;
  creationStartIso: string;
  nowMs: number;
  nowIso: string;
}

export function createMetricsContext(
  frame: FiscalFrame,
  converter: CurrencyConverter,
  settings: ResolvedSettings,
  timeZone: string,
  nowMs: number,
  log: WarningLog
): MetricsContext {
  const creationStartMs = instantOfLocal(frame.today - settings.pipelineCreationWeeks * 7 + 1, 0, timeZone);
  return {
    frame,
    converter,
    settings,
    timeZone,
    log,
    creationStartMs,
    creationStartIso: isoFromInstant(creationStartMs),
    nowMs,
    nowIso: isoFromInstant(nowMs)
  };
}

/*
 * The running totals of one owner are a row of a Float64Array: a pass over a million records adds into typed
 * memory, so no sum is boxed into a heap number and the garbage collector stays out of the pass. Columns:
 */
const RECORDS = 0;
const OPEN_COUNT = 1;
const OPEN_AMOUNT = 2;
const PAST_DUE_OPEN = 3;
const PUSHED_OPEN = 4;
const CREATED_COUNT = 5;
const CREATED_AMOUNT = 6;
const ALL_OPEN = 7;
const ALL_WON = 8;
const ALL_LOST = 9;
const EXCLUDED_AMOUNT = 10;
const EXCLUDED_RATE = 11;
const CLOSE_MISSING = 12;
const WON_COUNT = 13;
const LOST_COUNT = 14;
const WON_AMOUNT = 15;
const LOST_AMOUNT = 16;
const CYCLE_SUM = 17;
const CYCLE_COUNT = 18;
/** Six columns per quarter, in QuarterTotals order: closed won, closed won count, commit, best case, pipeline, open count. */
const CURRENT = 19;
const NEXT = 25;
const TRAILING_WON = 31;
/** Columns per owner. */
const TOTALS_WIDTH = 35;

/** Money and counts of one quarter. Amounts are in the target currency. */
export class QuarterTotals {
  closedWon = 0;
  closedWonCount = 0;
  /** Open deals in forecast category Commit. */
  commit = 0;
  /** Open deals in forecast category Best Case (commit not included). */
  bestCase = 0;
  /** Open deals in any category but Omitted. */
  pipeline = 0;
  openCount = 0;

  static fromRow(row: Float64Array, at: number): QuarterTotals {
    const q = new QuarterTotals();
    q.closedWon = row[at];
    q.closedWonCount = row[at + 1];
    q.commit = row[at + 2];
    q.bestCase = row[at + 3];
    q.pipeline = row[at + 4];
    q.openCount = row[at + 5];
    return q;
  }
}

/** Running totals of one owner (or of a team when reps are added together). */
export class PipelineTotals {
  current = new QuarterTotals();
  next = new QuarterTotals();
  /** Won amount per trailing quarter, oldest first (forecast accuracy actuals). */
  trailingWon = [0, 0, 0, 0];
  wonCount = 0;
  lostCount = 0;
  wonAmount = 0;
  lostAmount = 0;
  cycleDaysSum = 0;
  cycleCount = 0;
  openCount = 0;
  openAmount = 0;
  pastDueOpenCount = 0;
  pushedOpenCount = 0;
  createdCount = 0;
  createdAmount = 0;
  /** Every unique record, whatever its status or date. */
  records = 0;
  /** All converted amounts by status, any date: with the exclusions they reconcile to the input. */
  allOpenAmount = 0;
  allWonAmount = 0;
  allLostAmount = 0;
  excludedAmountMissing = 0;
  excludedRateMissing = 0;
  closeDateMissing = 0;

  /** The totals in a row of `addRecord` columns. */
  static fromRow(row: Float64Array, at = 0): PipelineTotals {
    const t = new PipelineTotals();
    t.records = row[at + RECORDS];
    t.openCount = row[at + OPEN_COUNT];
    t.openAmount = row[at + OPEN_AMOUNT];
    t.pastDueOpenCount = row[at + PAST_DUE_OPEN];
    t.pushedOpenCount = row[at + PUSHED_OPEN];
    t.createdCount = row[at + CREATED_COUNT];
    t.createdAmount = row[at + CREATED_AMOUNT];
    t.allOpenAmount = row[at + ALL_OPEN];
    t.allWonAmount = row[at + ALL_WON];
    t.allLostAmount = row[at + ALL_LOST];
    t.excludedAmountMissing = row[at + EXCLUDED_AMOUNT];
    t.excludedRateMissing = row[at + EXCLUDED_RATE];
    t.closeDateMissing = row[at + CLOSE_MISSING];
    t.wonCount = row[at + WON_COUNT];
    t.lostCount = row[at + LOST_COUNT];
    t.wonAmount = row[at + WON_AMOUNT];
    t.lostAmount = row[at + LOST_AMOUNT];
    t.cycleDaysSum = row[at + CYCLE_SUM];
    t.cycleCount = row[at + CYCLE_COUNT];
    t.current = QuarterTotals.fromRow(row, at + CURRENT);
    t.next = QuarterTotals.fromRow(row, at + NEXT);
    for (let i = 0; i < 4; i++) t.trailingWon[i] = row[at + TRAILING_WON + i];
    return t;
  }

  add(other: PipelineTotals): void {
    addQuarter(this.current, other.current);
    addQuarter(this.next, other.next);
    for (let i = 0; i < 4; i++) this.trailingWon[i] += other.trailingWon[i];
    this.wonCount += other.wonCount;
    this.lostCount += other.lostCount;
    this.wonAmount += other.wonAmount;
    this.lostAmount += other.lostAmount;
    this.cycleDaysSum += other.cycleDaysSum;
    this.cycleCount += other.cycleCount;
    this.openCount += other.openCount;
    this.openAmount += other.openAmount;
    this.pastDueOpenCount += other.pastDueOpenCount;
    this.pushedOpenCount += other.pushedOpenCount;
    this.createdCount += other.createdCount;
    this.createdAmount += other.createdAmount;
    this.records += other.records;
    this.allOpenAmount += other.allOpenAmount;
    this.allWonAmount += other.allWonAmount;
    this.allLostAmount += other.allLostAmount;
    this.excludedAmountMissing += other.excludedAmountMissing;
    this.excludedRateMissing += other.excludedRateMissing;
    this.closeDateMissing += other.closeDateMissing;
  }
}

function addQuarter(into: QuarterTotals, from: QuarterTotals): void {
  into.closedWon += from.closedWon;
  into.closedWonCount += from.closedWonCount;
  into.commit += from.commit;
  into.bestCase += from.bestCase;
  into.pipeline += from.pipeline;
  into.openCount += from.openCount;
}

/** An opportunity's amount in the target currency, or null (excluded from money, with a warning). */
export function convertedAmount(opp: Opportunity, closeDay: number | null, ctx: MetricsContext): number | null {
  const amount = opp.amount;
  if (!isAmount(amount)) {
    warnAmount(opp, ctx);
    return null;
  }
  const value = ctx.converter.convert(amount, opp.currencyIsoCode, closeDay);
  if (value === null || !Number.isFinite(value)) {
    warnRate(opp, ctx);
    return null;
  }
  return value;
}

function warnAmount(opp: Opportunity, ctx: MetricsContext): void {
  const amount = opp.amount;
  ctx.log.add(
    amount === null || amount === undefined ? 'AMOUNT_MISSING' : 'INVALID_VALUE',
    () =>
      `${shown(opp.name)}: amount ${amount === null || amount === undefined ? 'is missing' : `${shown(amount)} is not a valid amount`}; excluded from money totals.`,
    opp.id
  );
}

function warnRate(opp: Opportunity, ctx: MetricsContext): void {
  ctx.log.add(
    'CURRENCY_RATE_MISSING',
    () =>
      `${shown(opp.name)}: no conversion rate from ${shown(opp.currencyIsoCode ?? 'the corporate currency')} to ${ctx.converter.target}; excluded from money totals.`,
    opp.id
  );
}

/**
 * The close day used for quarter assignment: a closed deal dated in the future is a data error and counts
 * as closed today (with a warning), so it lands in the current quarter and the trailing window stays honest.
 */
export function effectiveCloseDay(opp: Opportunity, ctx: MetricsContext): number | null {
  const day = dayFromIso(opp.closeDate);
  if (day === null) {
    ctx.log.add(
      'CLOSE_DATE_MISSING',
      () => `${shown(opp.name)}: close date is missing or unreadable; left out of quarter figures.`,
      opp.id
    );
    return null;
  }
  if (opp.isClosed && day > ctx.frame.today) {
    ctx.log.add(
      'FUTURE_CLOSE_ON_CLOSED',
      () => `${shown(opp.name)}: closed with a future close date ${shown(opp.closeDate)}; counted as closed today.`,
      opp.id
    );
    return ctx.frame.today;
  }
  return day;
}

/** Per record of a pass, in input order: the effective close day and the converted amount (NaN = none). */
export interface RecordFacts {
  closeDays: Float64Array;
  amounts: Float64Array;
}

export function recordFacts(count: number): RecordFacts {
  return { closeDays: new Float64Array(count), amounts: new Float64Array(count) };
}

/** A fact as the rest of the engine reads it: NaN (none) as null. */
export const factOrNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

function addToQuarter(row: Float64Array, at: number, opp: Opportunity, amount: number, sign: number): void {
  if (opp.isClosed) {
    if (opp.isWon) {
      row[at + 1] += sign;
      if (!Number.isNaN(amount)) row[at] += sign * amount;
    }
    return;
  }
  row[at + 5] += sign;
  if (Number.isNaN(amount) || opp.forecastCategory === 'Omitted') return;
  row[at + 4] += sign * amount;
  if (opp.forecastCategory === 'Commit') row[at + 2] += sign * amount;
  else if (opp.forecastCategory === 'Best Case') row[at + 3] += sign * amount;
}

/**
 * Adds one (unique) opportunity to the totals row at `at`: the hot path of every pass. Amounts stay unboxed
 * doubles (NaN when excluded) from the record to the row; `facts`, when given, receives the record's close
 * day and amount at `index`. `sign` −1 takes a record added before back out (a repeated id).
 */
export function addRecord(
  row: Float64Array,
  at: number,
  opp: Opportunity,
  ctx: MetricsContext,
  facts: RecordFacts | null,
  index: number,
  sign = 1
): void {
  const frame = ctx.frame;
  const closeDay = effectiveCloseDay(opp, ctx);
  let amount = Number.NaN;
  const raw = opp.amount;
  const valid = isAmount(raw);
  if (!valid) warnAmount(opp, ctx);
  else {
    if (ctx.converter.hasDatedRates && closeDay !== null) {
      const converted = ctx.converter.convert(raw, opp.currencyIsoCode, closeDay);
      if (converted !== null) amount = converted;
    } else amount = raw * ctx.converter.factor(opp.currencyIsoCode);
    if (!Number.isFinite(amount)) {
      amount = Number.NaN;
      warnRate(opp, ctx);
    }
  }
  if (facts !== null) {
    facts.closeDays[index] = closeDay === null ? Number.NaN : closeDay;
    facts.amounts[index] = amount;
  }
  const known = !Number.isNaN(amount);
  row[at + RECORDS] += sign;
  if (!known) row[at + (valid ? EXCLUDED_RATE : EXCLUDED_AMOUNT)] += sign;
  else row[at + (!opp.isClosed ? ALL_OPEN : opp.isWon ? ALL_WON : ALL_LOST)] += sign * amount;

  if (!opp.isClosed) {
    row[at + OPEN_COUNT] += sign;
    if (known) row[at + OPEN_AMOUNT] += sign * amount;
    if ((opp.pushCount ?? 0) > 0) row[at + PUSHED_OPEN] += sign;
    if (closeDay !== null && closeDay < frame.today) row[at + PAST_DUE_OPEN] += sign;
  }
  if (isCreatedInWindow(opp.createdDate, ctx)) {
    row[at + CREATED_COUNT] += sign;
    if (known) row[at + CREATED_AMOUNT] += sign * amount;
  }
  if (closeDay === null) {
    row[at + CLOSE_MISSING] += sign;
    return;
  }
  if (closeDay >= frame.current.startDay) {
    if (closeDay <= frame.current.endDay) addToQuarter(row, at + CURRENT, opp, amount, sign);
    else if (closeDay <= frame.next.endDay) addToQuarter(row, at + NEXT, opp, amount, sign);
    return;
  }
  if (!opp.isClosed || closeDay < frame.trailingStartDay) return;
  if (opp.isWon) {
    row[at + WON_COUNT] += sign;
    if (known) {
      row[at + WON_AMOUNT] += sign * amount;
      row[at + TRAILING_WON + trailingIndex(frame, closeDay)] += sign * amount;
    }
    const createdDay = localDayOfIso(opp.createdDate, ctx.timeZone);
    if (createdDay !== null) {
      row[at + CYCLE_SUM] += sign * Math.max(0, closeDay - createdDay);
      row[at + CYCLE_COUNT] += sign;
    }
  } else {
    row[at + LOST_COUNT] += sign;
    if (known) row[at + LOST_AMOUNT] += sign * amount;
  }
}

/** The totals of a list of (unique) opportunities, and optionally each one's facts. */
export function totalsOf(
  opportunities: readonly Opportunity[],
  ctx: MetricsContext,
  facts: RecordFacts | null = null
): PipelineTotals {
  const row = new Float64Array(TOTALS_WIDTH);
  for (let i = 0; i < opportunities.length; i++) addRecord(row, 0, opportunities[i], ctx, facts, i);
  return PipelineTotals.fromRow(row);
}

function trailingIndex(frame: FiscalFrame, day: number): number {
  for (let i = 3; i > 0; i--) if (day >= frame.trailing[i].startDay) return i;
  return 0;
}

/** Created at or after the window start and not after now; the canonical UTC form compares as text. */
function isCreatedInWindow(created: string, ctx: MetricsContext): boolean {
  if (typeof created === 'string' && created.length === 24 && created.charCodeAt(23) === 90) {
    return created >= ctx.creationStartIso && created <= ctx.nowIso;
  }
  const ms = instantMs(created);
  return ms !== null && ms >= ctx.creationStartMs && ms <= ctx.nowMs;
}

/** Quotas by user, so each rep's quota is found without scanning every quota. */
export function indexQuotas(quotas: readonly Quota[]): Map<Id, Quota[]> {
  const byUser = new Map<Id, Quota[]>();
  for (const q of quotas) {
    const list = byUser.get(q.userId);
    if (list) list.push(q);
    else byUser.set(q.userId, [q]);
  }
  return byUser;
}

/**
 * A user's quota for a quarter: the sum of their quota records, each prorated by the days it shares with
 * the quarter (monthly, quarterly and annual quotas all work). null when no record overlaps.
 */
export function quotaForQuarter(
  quotas: readonly Quota[] | undefined,
  quarter: FiscalQuarter,
  ctx: MetricsContext,
  userId: Id
): number | null {
  let total: number | null = null;
  for (const q of quotas ?? []) {
    const start = dayFromIso(q.periodStart);
    const end = dayFromIso(q.periodEnd);
    if (start === null || end === null || end < start || !isAmount(q.amount)) {
      ctx.log.add('INVALID_VALUE', () => `Quota ${q.id} has unreadable dates or amount; ignored.`, q.id);
      continue;
    }
    const overlap = Math.min(end, quarter.endDay) - Math.max(start, quarter.startDay) + 1;
    if (overlap <= 0) continue;
    const converted = ctx.converter.convert(q.amount, q.currencyIsoCode, null);
    if (converted === null || !Number.isFinite(converted)) {
      ctx.log.add(
        'CURRENCY_RATE_MISSING',
        () => `Quota ${q.id}: no rate from ${q.currencyIsoCode ?? '?'}; ignored.`,
        q.id
      );
      continue;
    }
    total = (total ?? 0) + (converted * overlap) / (end - start + 1);
  }
  if (total === null) ctx.log.add('QUOTA_MISSING', () => `No quota for ${quarter.label}.`, userId);
  else if (total === 0)
    ctx.log.add('QUOTA_ZERO', () => `Quota for ${quarter.label} is zero; coverage has no meaning.`, userId);
  return total;
}

export type CoverageNote = 'QUOTA_MISSING' | 'QUOTA_ZERO' | 'QUOTA_MET' | null;

export interface QuarterMetrics {
  quarter: FiscalQuarter;
  quota: number | null;
  closedWon: number;
  closedWonCount: number;
  commit: number;
  bestCase: number;
  openPipeline: number;
  openCount: number;
  /** Cumulative forecast views: closed won + commit, and closed won + commit + best case. */
  forecastCommit: number;
  forecastBestCase: number;
  /** quota − closed won, not below 0; null without quota. */
  gap: number | null;
  /** closed won ÷ quota. */
  attainment: number | null;
  coverage: number | null;
  coverageNote: CoverageNote;
  /** coverage ÷ required coverage: 1 means exactly covered. */
  coverageRatio: number | null;
  /** What gap, attainment and coverage were computed on: the owners who carry a quota for the quarter. */
  quotaScope: QuotaScope;
}

/**
 * The owners a quota applies to. A rep's own figures are always in scope when the rep has a quota record; a
 * team's are the reps with a positive quota, so a rep without quota who closes 900,000 does not shrink the
 * gap of the reps who carry the number (and inflate their coverage).
 */
export interface QuotaScope {
  ownersWithQuota: number;
  ownersWithoutQuota: number;
  closedWon: number;
  openPipeline: number;
}

export interface TrailingMetrics {
  startDay: number;
  endDay: number;
  wonCount: number;
  lostCount: number;
  wonAmount: number;
  lostAmount: number;
  winRateByCount: number | null;
  winRateByAmount: number | null;
  averageWonAmount: number | null;
  salesCycleDays: number | null;
  /** Won amount per trailing quarter, oldest first. */
  wonByQuarter: number[];
}

export interface RepMetrics {
  repId: Id;
  current: QuarterMetrics;
  next: QuarterMetrics;
  trailing: TrailingMetrics;
  requiredCoverage: number;
  requiredCoverageSource: 'WIN_RATE' | 'DEFAULT';
  openCount: number;
  openAmount: number;
  pastDueOpenCount: number;
  pushedOpenCount: number;
  /** Per day, in the target currency. */
  velocity: number | null;
  creation: {
    weeks: number;
    count: number;
    amount: number;
    perWeek: number;
    /** Next quarter's quota × required coverage ÷ its length in weeks. */
    neededPerWeek: number | null;
    /** Created per week by the owners who carry next quarter's quota (all of them for a rep with a quota). */
    perWeekInQuotaScope: number;
    /** perWeekInQuotaScope ÷ neededPerWeek. */
    ratio: number | null;
  };
  records: number;
  excluded: { amountMissing: number; rateMissing: number; closeDateMissing: number };
  /** The raw totals behind the figures, for roll-ups and reconciliation. */
  totals: PipelineTotals;
}

function quarterMetrics(
  q: QuarterTotals,
  quarter: FiscalQuarter,
  quota: number | null,
  requiredCoverage: number,
  scope: QuarterScope
): QuarterMetrics {
  const remaining = quota === null ? null : quota - scope.totals.closedWon;
  let coverageNote: CoverageNote = null;
  if (quota === null) coverageNote = 'QUOTA_MISSING';
  else if (quota === 0) coverageNote = 'QUOTA_ZERO';
  else if (remaining !== null && remaining <= 0) coverageNote = 'QUOTA_MET';
  const coverage = coverageNote === null ? ratio(scope.totals.pipeline, remaining) : null;
  return {
    quarter,
    quota,
    closedWon: q.closedWon,
    closedWonCount: q.closedWonCount,
    commit: q.commit,
    bestCase: q.bestCase,
    openPipeline: q.pipeline,
    openCount: q.openCount,
    forecastCommit: q.closedWon + q.commit,
    forecastBestCase: q.closedWon + q.commit + q.bestCase,
    gap: remaining === null ? null : Math.max(0, remaining),
    attainment: ratio(scope.totals.closedWon, quota),
    coverage,
    coverageNote,
    coverageRatio: ratio(coverage, requiredCoverage),
    quotaScope: {
      ownersWithQuota: scope.ownersWithQuota,
      ownersWithoutQuota: scope.ownersWithoutQuota,
      closedWon: scope.totals.closedWon,
      openPipeline: scope.totals.pipeline
    }
  };
}

/** The quota-carrying part of a quarter's totals (see `QuotaScope`). */
export interface QuarterScope {
  ownersWithQuota: number;
  ownersWithoutQuota: number;
  totals: QuarterTotals;
  /** Amount created in the creation window by these owners. */
  createdAmount: number;
}

/** One owner's scope: their own figures when they have a quota record, nothing otherwise. */
function ownScope(q: QuarterTotals, createdAmount: number, quota: number | null): QuarterScope {
  return quota === null
    ? { ownersWithQuota: 0, ownersWithoutQuota: 1, totals: new QuarterTotals(), createdAmount: 0 }
    : { ownersWithQuota: 1, ownersWithoutQuota: 0, totals: q, createdAmount };
}

/** Turns an owner's (or a team's) totals and quotas into the reported figures. */
export function finishMetrics(
  repId: Id,
  t: PipelineTotals,
  quotaCurrent: number | null,
  quotaNext: number | null,
  ctx: MetricsContext,
  scopes: { current: QuarterScope; next: QuarterScope } = {
    current: ownScope(t.current, t.createdAmount, quotaCurrent),
    next: ownScope(t.next, t.createdAmount, quotaNext)
  }
): RepMetrics {
  const { frame, settings } = ctx;
  const closed = t.wonCount + t.lostCount;
  const winRateByCount = ratio(t.wonCount, closed);
  const winRateByAmount = ratio(t.wonAmount, t.wonAmount + t.lostAmount);
  const fromWinRate = closed >= settings.minClosedDealsForWinRate && winRateByAmount !== null && winRateByAmount > 0;
  const requiredCoverage = fromWinRate ? 1 / (winRateByAmount as number) : settings.defaultRequiredCoverage;
  const averageWonAmount = ratio(t.wonAmount, t.wonCount);
  const salesCycleDays = ratio(t.cycleDaysSum, t.cycleCount);
  const velocityBase =
    winRateByCount === null || averageWonAmount === null ? null : t.openCount * winRateByCount * averageWonAmount;
  const weeks = settings.pipelineCreationWeeks;
  const nextWeeks = (frame.next.endDay - frame.next.startDay + 1) / 7;
  const neededPerWeek = quotaNext === null ? null : (quotaNext * requiredCoverage) / nextWeeks;
  const perWeek = t.createdAmount / weeks;
  const perWeekInQuotaScope = scopes.next.createdAmount / weeks;
  return {
    repId,
    current: quarterMetrics(t.current, frame.current, quotaCurrent, requiredCoverage, scopes.current),
    next: quarterMetrics(t.next, frame.next, quotaNext, requiredCoverage, scopes.next),
    trailing: {
      startDay: frame.trailingStartDay,
      endDay: frame.trailingEndDay,
      wonCount: t.wonCount,
      lostCount: t.lostCount,
      wonAmount: t.wonAmount,
      lostAmount: t.lostAmount,
      winRateByCount,
      winRateByAmount,
      averageWonAmount,
      salesCycleDays,
      wonByQuarter: [...t.trailingWon]
    },
    requiredCoverage,
    requiredCoverageSource: fromWinRate ? 'WIN_RATE' : 'DEFAULT',
    openCount: t.openCount,
    openAmount: t.openAmount,
    pastDueOpenCount: t.pastDueOpenCount,
    pushedOpenCount: t.pushedOpenCount,
    velocity: ratio(velocityBase, salesCycleDays),
    creation: {
      weeks,
      count: t.createdCount,
      amount: t.createdAmount,
      perWeek,
      neededPerWeek,
      perWeekInQuotaScope,
      ratio: ratio(perWeekInQuotaScope, neededPerWeek)
    },
    records: t.records,
    excluded: {
      amountMissing: t.excludedAmountMissing,
      rateMissing: t.excludedRateMissing,
      closeDateMissing: t.closeDateMissing
    },
    totals: t
  };
}

/** A 32-bit hash of an id: FNV-1a over its last 12 characters (where record ids differ), then a finaliser. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let k = id.length > 12 ? id.length - 12 : 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;
/** Records are sorted by these 22 low hash bits (two radix passes); runs of equal keys are then compared. */
const KEY_MASK = (1 << (2 * RADIX_BITS)) - 1;

/** In `recordFlags`: the record repeats the id of an earlier record. */
export const REPEATED_ID = 1;
/** In `recordFlags`: the record is not a record with an id. */
export const MISSING_ID = 2;

interface Identified {
  id: string;
}

/**
 * Per record, REPEATED_ID, MISSING_ID or 0; null when every record has an id of its own. A hash table would
 * cost a cache miss per record at a million records; instead the record indices are radix-sorted by their id
 * hash's low 22 bits (two stable passes over sequential memory), so records with equal ids end up in one run,
 * in input order, and one scan finds the repeats (equal full hashes confirmed by comparing the ids).
 */
export function recordFlags(records: readonly (Identified | null | undefined)[]): Uint8Array | null {
  const n = records.length;
  const keys = new Uint32Array(n);
  let flags: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    const record = records[i];
    if (record && typeof record.id === 'string') keys[i] = idHash(record.id);
    else (flags ??= new Uint8Array(n))[i] = MISSING_ID;
  }
  return markRepeats(records, keys, flags);
}

/** `recordFlags` once the id hashes (`idHash`) are known: adds REPEATED_ID to `flags`. Overwrites `hashes`. */
function markRepeats(
  records: readonly (Identified | null | undefined)[],
  hashes: Uint32Array,
  missing: Uint8Array | null
): Uint8Array | null {
  const n = records.length;
  let flags = missing;
  // Two stable passes carry (hash, index) pairs, so the scan below reads hashes in sorted order, sequentially.
  let keys: Uint32Array = hashes;
  let indices: Int32Array | null = null;
  let sortedKeys: Uint32Array = new Uint32Array(n);
  let sortedIndices: Int32Array = new Int32Array(n);
  const counts = new Int32Array(RADIX);
  for (let shift = 0; shift < 2 * RADIX_BITS; shift += RADIX_BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i] >>> shift) & (RADIX - 1)]++;
    let sum = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      const at = counts[(key >>> shift) & (RADIX - 1)]++;
      sortedKeys[at] = key;
      sortedIndices[at] = indices === null ? i : indices[i];
    }
    // The hashes are read once, by the first pass: the second writes over them instead of into a fresh 4 MB.
    const spareKeys = keys;
    keys = sortedKeys;
    sortedKeys = spareKeys;
    const spareIndices = indices ?? new Int32Array(n);
    indices = sortedIndices;
    sortedIndices = spareIndices;
  }
  const order = indices as Int32Array;
  for (let i = 1; i < n; i++) {
    const h = keys[i];
    const key = h & KEY_MASK;
    if ((keys[i - 1] & KEY_MASK) !== key || (flags !== null && flags[order[i]] === MISSING_ID)) continue;
    // A run of equal 22-bit keys is short (about one record in four shares its key at a million records);
    // records are read only for an equal full hash: a repeat or a rare collision.
    for (let j = i - 1; j >= 0 && (keys[j] & KEY_MASK) === key; j--) {
      if (keys[j] !== h) continue;
      const index = order[i];
      const other = order[j];
      if (flags !== null && flags[other] === MISSING_ID) continue;
      if ((records[other] as Identified).id === (records[index] as Identified).id) {
        (flags ??= new Uint8Array(n))[index] = REPEATED_ID;
        break;
      }
    }
  }
  return flags;
}

export interface OrgPipeline {
  byOwner: Map<Id, RepMetrics>;
  org: RepMetrics;
  duplicates: number;
}

/**
 * The org-wide pass: one sweep over every opportunity adds it into its owner's row of one Float64Array and
 * hashes its id; then repeated ids are found from the hashes (`recordFlags`) and each repeat is taken back out
 * of its row (repeats are rare, and one sweep over a million records costs less than two). Then one finishing
 * step per owner, and per user with a quota but no opportunity. Duplicate ids keep their first record
 * (DUPLICATE_ID warning); a record without an id is skipped (INVALID_VALUE).
 */
export function computeOrgPipeline(
  opportunities: readonly Opportunity[],
  quotasByUser: Map<Id, Quota[]>,
  ctx: MetricsContext
): OrgPipeline {
  const n = opportunities.length;
  const hashes = new Uint32Array(n);
  let missing: Uint8Array | null = null;
  const slots = new Map<Id, number>();
  const owners: Id[] = [];
  let rows = new Float64Array(TOTALS_WIDTH * 256);
  let lastOwner: Id | null = null;
  let at = 0;
  const rowOf = (ownerId: Id): number => {
    let slot = slots.get(ownerId);
    if (slot === undefined) {
      slot = owners.length;
      owners.push(ownerId);
      slots.set(ownerId, slot);
      if ((slot + 1) * TOTALS_WIDTH > rows.length) {
        const grown = new Float64Array(rows.length * 2);
        grown.set(rows);
        rows = grown;
      }
    }
    return slot * TOTALS_WIDTH;
  };
  for (let i = 0; i < n; i++) {
    const opp = opportunities[i];
    if (!opp || typeof opp.id !== 'string') {
      (missing ??= new Uint8Array(n))[i] = MISSING_ID;
      continue;
    }
    hashes[i] = idHash(opp.id);
    if (opp.ownerId !== lastOwner) {
      lastOwner = opp.ownerId;
      at = rowOf(lastOwner);
    }
    addRecord(rows, at, opp, ctx, null, i);
  }
  const flags = markRepeats(opportunities, hashes, missing);
  let duplicates = 0;
  let skipped = 0;
  for (let i = 0; flags !== null && i < n; i++) {
    if (flags[i] === MISSING_ID) skipped++;
    if (flags[i] !== REPEATED_ID) continue;
    const opp = opportunities[i];
    duplicates++;
    ctx.log.add(
      'DUPLICATE_ID',
      () => `Opportunity ${opp.id} appears more than once; the first record is used.`,
      opp.id
    );
    addRecord(rows, rowOf(opp.ownerId), opp, ctx, null, i, -1);
  }
  if (skipped > 0) ctx.log.add('INVALID_VALUE', `${skipped} opportunity records without an id were ignored.`);
  const byOwner = new Map<Id, RepMetrics>();
  const finish = (ownerId: Id, t: PipelineTotals): void => {
    const quotas = quotasByUser.get(ownerId);
    const qc = quotaForQuarter(quotas, ctx.frame.current, ctx, ownerId);
    const qn = quotaForQuarter(quotas, ctx.frame.next, ctx, ownerId);
    byOwner.set(ownerId, finishMetrics(ownerId, t, qc, qn, ctx));
  };
  owners.forEach((ownerId, slot) => {
    // An owner seen only on repeated records has nothing left.
    if (rows[slot * TOTALS_WIDTH + RECORDS] > 0) finish(ownerId, PipelineTotals.fromRow(rows, slot * TOTALS_WIDTH));
  });
  // A user with a quota but no opportunity still carries part of the org's number.
  for (const userId of quotasByUser.keys()) if (!byOwner.has(userId)) finish(userId, new PipelineTotals());
  return { byOwner, org: teamMetrics('ORG', [...byOwner.values()], ctx), duplicates };
}

/**
 * Team figures: the reps' totals added up, ratios recomputed from the sums (never averaged). Quota, gap,
 * attainment, coverage and the creation ratio count only the reps with a positive quota for the quarter
 * (see `QuotaScope`); every total (closed won, pipeline, counts) still includes every rep.
 */
export function teamMetrics(teamId: Id, reps: readonly RepMetrics[], ctx: MetricsContext): RepMetrics {
  const all = new PipelineTotals();
  const scope = (): QuarterScope => ({
    ownersWithQuota: 0,
    ownersWithoutQuota: 0,
    totals: new QuarterTotals(),
    createdAmount: 0
  });
  const current = scope();
  const next = scope();
  let quotaCurrent: number | null = null;
  let quotaNext: number | null = null;
  const addTo = (s: QuarterScope, quota: number | null, q: QuarterTotals, created: number): boolean => {
    if (quota === null || quota <= 0) {
      s.ownersWithoutQuota++;
      return false;
    }
    s.ownersWithQuota++;
    addQuarter(s.totals, q);
    s.createdAmount += created;
    return true;
  };
  for (const r of reps) {
    all.add(r.totals);
    if (addTo(current, r.current.quota, r.totals.current, r.totals.createdAmount))
      quotaCurrent = (quotaCurrent ?? 0) + (r.current.quota as number);
    if (addTo(next, r.next.quota, r.totals.next, r.totals.createdAmount))
      quotaNext = (quotaNext ?? 0) + (r.next.quota as number);
  }
  // Reps whose quotas are all zero leave a zero team quota, not a missing one.
  if (quotaCurrent === null && reps.some((r) => r.current.quota === 0)) quotaCurrent = 0;
  if (quotaNext === null && reps.some((r) => r.next.quota === 0)) quotaNext = 0;
  return finishMetrics(teamId, all, quotaCurrent, quotaNext, ctx, { current, next });
}
