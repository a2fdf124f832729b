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
import { dayFromIso, instantMs, isoFromInstant, instantOfLocal, localDay, localDayOfIso } from 'c/calendarDate';
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

const SCALAR_KEYS = [
  'wonCount',
  'lostCount',
  'wonAmount',
  'lostAmount',
  'cycleDaysSum',
  'cycleCount',
  'openCount',
  'openAmount',
  'pastDueOpenCount',
  'pushedOpenCount',
  'createdCount',
  'createdAmount',
  'records',
  'allOpenAmount',
  'allWonAmount',
  'allLostAmount',
  'excludedAmountMissing',
  'excludedRateMissing',
  'closeDateMissing'
] as const;

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

  add(other: PipelineTotals): void {
    addQuarter(this.current, other.current);
    addQuarter(this.next, other.next);
    for (let i = 0; i < 4; i++) this.trailingWon[i] += other.trailingWon[i];
    for (const key of SCALAR_KEYS) this[key] += other[key];
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
    ctx.log.add(
      amount === null || amount === undefined ? 'AMOUNT_MISSING' : 'INVALID_VALUE',
      () =>
        `${opp.name}: amount ${amount === null || amount === undefined ? 'is missing' : `${shown(amount)} is not a valid amount`}; excluded from money totals.`,
      opp.id
    );
    return null;
  }
  const value = ctx.converter.convert(amount, opp.currencyIsoCode, closeDay);
  if (value === null || !Number.isFinite(value)) {
    ctx.log.add(
      'CURRENCY_RATE_MISSING',
      () =>
        `${opp.name}: no conversion rate from ${opp.currencyIsoCode ?? 'the corporate currency'} to ${ctx.converter.target}; excluded from money totals.`,
      opp.id
    );
    return null;
  }
  return value;
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
      () => `${opp.name}: close date is missing or unreadable; left out of quarter figures.`,
      opp.id
    );
    return null;
  }
  if (opp.isClosed && day > ctx.frame.today) {
    ctx.log.add(
      'FUTURE_CLOSE_ON_CLOSED',
      () => `${opp.name}: closed with a future close date ${opp.closeDate}; counted as closed today.`,
      opp.id
    );
    return ctx.frame.today;
  }
  return day;
}

function addToQuarter(q: QuarterTotals, opp: Opportunity, amount: number | null): void {
  if (opp.isClosed) {
    if (opp.isWon) {
      q.closedWonCount++;
      if (amount !== null) q.closedWon += amount;
    }
    return;
  }
  q.openCount++;
  if (amount === null || opp.forecastCategory === 'Omitted') return;
  q.pipeline += amount;
  if (opp.forecastCategory === 'Commit') q.commit += amount;
  else if (opp.forecastCategory === 'Best Case') q.bestCase += amount;
}

/** Adds one (unique) opportunity to its owner's totals. The hot path of every pass. */
export function addOpportunity(t: PipelineTotals, opp: Opportunity, ctx: MetricsContext): void {
  const closeDay = effectiveCloseDay(opp, ctx);
  addOpportunityWith(t, opp, closeDay, convertedAmount(opp, closeDay, ctx), ctx);
}

/** `addOpportunity` with the effective close day and converted amount already worked out (views reuse them). */
export function addOpportunityWith(
  t: PipelineTotals,
  opp: Opportunity,
  closeDay: number | null,
  amount: number | null,
  ctx: MetricsContext
): void {
  const frame = ctx.frame;
  t.records++;
  if (amount === null) {
    if (!isAmount(opp.amount)) t.excludedAmountMissing++;
    else t.excludedRateMissing++;
  } else if (!opp.isClosed) t.allOpenAmount += amount;
  else if (opp.isWon) t.allWonAmount += amount;
  else t.allLostAmount += amount;

  if (!opp.isClosed) {
    t.openCount++;
    if (amount !== null) t.openAmount += amount;
    if ((opp.pushCount ?? 0) > 0) t.pushedOpenCount++;
    if (closeDay !== null && closeDay < frame.today) t.pastDueOpenCount++;
  }
  if (isCreatedInWindow(opp.createdDate, ctx)) {
    t.createdCount++;
    if (amount !== null) t.createdAmount += amount;
  }
  if (closeDay === null) {
    t.closeDateMissing++;
    return;
  }
  if (closeDay >= frame.current.startDay) {
    if (closeDay <= frame.current.endDay) addToQuarter(t.current, opp, amount);
    else if (closeDay <= frame.next.endDay) addToQuarter(t.next, opp, amount);
    return;
  }
  if (!opp.isClosed || closeDay < frame.trailingStartDay) return;
  if (opp.isWon) {
    t.wonCount++;
    if (amount !== null) {
      t.wonAmount += amount;
      t.trailingWon[trailingIndex(frame, closeDay)] += amount;
    }
    const createdDay = localDayOfIso(opp.createdDate, ctx.timeZone);
    if (createdDay !== null) {
      t.cycleDaysSum += Math.max(0, closeDay - createdDay);
      t.cycleCount++;
    }
  } else {
    t.lostCount++;
    if (amount !== null) t.lostAmount += amount;
  }
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

/**
 * A set of ids sized up front: open addressing over typed arrays with each slot's hash kept beside it, so
 * a probe rarely touches a string and nothing is rehashed while the pass runs.
 */
class IdSet {
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly ids: string[] = [];
  private readonly mask: number;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Adds the id; false when it was already there. */
  add(id: string): boolean {
    let h = 0;
    for (let k = 0; k < id.length; k++) h = (Math.imul(h, 31) + id.charCodeAt(k)) | 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    let p = h & this.mask;
    for (;;) {
      const j = this.slots[p];
      if (j < 0) {
        this.slots[p] = this.ids.length;
        this.hashes[p] = h;
        this.ids.push(id);
        return true;
      }
      if (this.hashes[p] === h && this.ids[j] === id) return false;
      p = (p + 1) & this.mask;
    }
  }
}

export interface OrgPipeline {
  byOwner: Map<Id, RepMetrics>;
  org: RepMetrics;
  duplicates: number;
}

/**
 * The org-wide pass: one sweep over every opportunity into per-owner totals, then one finishing step per
 * owner. Duplicate ids keep their first record (DUPLICATE_ID warning).
 */
export function computeOrgPipeline(
  opportunities: readonly Opportunity[],
  quotasByUser: Map<Id, Quota[]>,
  ctx: MetricsContext
): OrgPipeline {
  const totalsByOwner = new Map<Id, PipelineTotals>();
  const seen = new IdSet(opportunities.length);
  let duplicates = 0;
  let lastOwner: Id | null = null;
  let lastTotals: PipelineTotals | undefined;
  for (let i = 0; i < opportunities.length; i++) {
    const opp = opportunities[i];
    if (!seen.add(opp.id)) {
      duplicates++;
      ctx.log.add(
        'DUPLICATE_ID',
        () => `Opportunity ${opp.id} appears more than once; the first record is used.`,
        opp.id
      );
      continue;
    }
    if (opp.ownerId !== lastOwner) {
      lastOwner = opp.ownerId;
      lastTotals = totalsByOwner.get(opp.ownerId);
      if (!lastTotals) {
        lastTotals = new PipelineTotals();
        totalsByOwner.set(opp.ownerId, lastTotals);
      }
    }
    addOpportunity(lastTotals as PipelineTotals, opp, ctx);
  }
  const byOwner = new Map<Id, RepMetrics>();
  const finish = (ownerId: Id, t: PipelineTotals): void => {
    const quotas = quotasByUser.get(ownerId);
    const qc = quotaForQuarter(quotas, ctx.frame.current, ctx, ownerId);
    const qn = quotaForQuarter(quotas, ctx.frame.next, ctx, ownerId);
    byOwner.set(ownerId, finishMetrics(ownerId, t, qc, qn, ctx));
  };
  for (const [ownerId, t] of totalsByOwner) finish(ownerId, t);
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

/** The local calendar day of the clock's "now", the engine's "today". */
export function todayOf(nowMs: number, timeZone: string): number {
  return localDay(nowMs, timeZone);
}
