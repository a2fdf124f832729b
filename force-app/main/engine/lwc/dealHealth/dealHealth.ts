/**
 * Deal health: for one open opportunity, the risk signals a coach looks at (days in stage against the
 * stage's threshold, a close date in the past, pushes, inactivity, a missing amount, the current stage's
 * exit criteria), and a 0–100 score = 100 minus the penalty of each signal, so every point is explained.
 */
import type { Id, IsoDate, Opportunity } from 'c/coachingModel';
import { dayFromIso, localDayOfIso } from 'c/calendarDate';
import type { ResolvedSettings, StageInfo } from 'c/coachingSettings';
import type { WarningLog } from 'c/engineWarnings';
import { clamp } from 'c/numberStats';

export type DealFactorCode =
  | 'CLOSE_DATE_PAST'
  | 'PUSHED'
  | 'STALE_IN_STAGE'
  | 'INACTIVE'
  | 'AMOUNT_MISSING'
  | 'CLOSE_DATE_MISSING'
  | 'EXIT_CRITERIA_UNMET'
  | 'OVERDUE_TASK';

/** Points each signal takes off the score. Pushes below the risk threshold cost PUSH_POINTS each. */
export const DEAL_PENALTIES: Readonly<Record<DealFactorCode, number>> = Object.freeze({
  CLOSE_DATE_PAST: 25,
  PUSHED: 25,
  STALE_IN_STAGE: 20,
  INACTIVE: 15,
  AMOUNT_MISSING: 10,
  CLOSE_DATE_MISSING: 10,
  EXIT_CRITERIA_UNMET: 5,
  OVERDUE_TASK: 5
});
export const PUSH_POINTS = 8;
/** Unmet exit criteria cost 5 points each, at most this many points. */
export const EXIT_CRITERIA_MAX_POINTS = 15;

export type HealthBand = 'HEALTHY' | 'WATCH' | 'AT_RISK';

/** 70–100 healthy, 40–69 watch, 0–39 at risk. */
export function bandOf(score: number): HealthBand {
  return score >= 70 ? 'HEALTHY' : score >= 40 ? 'WATCH' : 'AT_RISK';
}

export interface DealFactor {
  code: DealFactorCode;
  label: string;
  penalty: number;
}

export interface ExitCriterionStatus {
  criterion: string;
  fieldApiName: string | null;
  /** true/false when a field proves it; null when it is a question to ask. */
  met: boolean | null;
}

/**
 * Where a stage's threshold came from:
 * - CONFIGURED: the stage's Max_Days_In_Stage
 * - TEAM_MEDIAN: the stale multiplier × the median days in stage of the team's other open deals in the stage
 * - CYCLE_CAP: the team's sales cycle (or the 84-day benchmark): too few other deals for a median, or the
 *   multiplied median would exceed it (a team stuck in the stage)
 * - FLOOR: the multiplied median was below the floor of `STALE_FLOOR_DAYS`
 */
export type ThresholdSource = 'CONFIGURED' | 'TEAM_MEDIAN' | 'CYCLE_CAP' | 'FLOOR';

export interface StageThreshold {
  days: number;
  source: ThresholdSource;
  /** Median days in stage of the team's other open deals in the stage; null with fewer than `MIN_STAGE_PEERS`. */
  teamMedianDays: number | null;
  /** The team's other open deals in the stage: the sample behind the median. */
  peerCount: number;
}

/** Public benchmark median B2B sales cycle (PRODUCT.md), the cap when the team has no won deals to measure. */
export const BENCHMARK_SALES_CYCLE_DAYS = 84;
/** A median of fewer other deals than this says little about the stage; the cycle cap applies instead. */
export const MIN_STAGE_PEERS = 3;
/** A team-median threshold is never below a week, so a fast team does not flag a deal moved 4 days ago. */
export const STALE_FLOOR_DAYS = 7;

export interface DealHealth {
  opportunityId: Id;
  ownerId: Id;
  name: string;
  accountId: Id | null;
  stageName: string;
  stageKnown: boolean;
  amount: number | null;
  closeDate: IsoDate | null;
  daysInStage: number;
  threshold: StageThreshold;
  isStale: boolean;
  daysPastDue: number | null;
  pushCount: number;
  daysSinceActivity: number;
  isDisengaged: boolean;
  exitCriteria: ExitCriterionStatus[];
  score: number;
  band: HealthBand;
  /** Biggest penalty first. */
  factors: DealFactor[];
  questions: string[];
}

export interface DealContext {
  today: number;
  timeZone: string;
  settings: ResolvedSettings;
  stages: Map<string, StageInfo>;
  thresholds: StageThresholds;
  log: WarningLog;
}

/** Calendar days since the last stage change (CreatedDate when never moved), in the viewer's zone. */
export function daysInStage(opp: Opportunity, today: number, timeZone: string): number {
  const since =
    localDayOfIso(opp.lastStageChangeDate ?? opp.createdDate, timeZone) ?? localDayOfIso(opp.createdDate, timeZone);
  return since === null ? 0 : Math.max(0, today - since);
}

/** Days since the last activity (since creation when there was none). */
export function daysSinceActivity(opp: Opportunity, today: number, timeZone: string): number {
  const since = dayFromIso(opp.lastActivityDate) ?? localDayOfIso(opp.createdDate, timeZone);
  return since === null ? 0 : Math.max(0, today - since);
}

/** The day counts a deal's health reads, computed once per deal and view. */
export interface DealDays {
  inStage: number;
  sinceActivity: number;
  closeDay: number | null;
}

export function dealDays(opp: Opportunity, today: number, timeZone: string): DealDays {
  return {
    inStage: daysInStage(opp, today, timeZone),
    sinceActivity: daysSinceActivity(opp, today, timeZone),
    closeDay: dayFromIso(opp.closeDate)
  };
}

/** The days a deal may sit in its stage before it is stale. */
export interface StageThresholds {
  /** The threshold for a deal of the team in `stageName` that has been there `daysInStage` days. */
  forDeal(stageName: string, daysInStage: number): StageThreshold;
}

const NO_DAYS: readonly number[] = [];

/** Median of a sorted array without one element equal to `without` (when present). */
function medianWithout(sorted: readonly number[], without: number): { median: number | null; count: number } {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < without) lo = mid + 1;
    else hi = mid;
  }
  const skip = lo < sorted.length && sorted[lo] === without ? lo : -1;
  const count = skip < 0 ? sorted.length : sorted.length - 1;
  if (count === 0) return { median: null, count };
  // Indices past the skipped element shift by one; inline, because a helper closure per deal showed in profiles.
  const mid = count >> 1;
  const upper = sorted[skip >= 0 && mid >= skip ? mid + 1 : mid];
  if (count % 2 === 1) return { median: upper, count };
  const lower = sorted[skip >= 0 && mid - 1 >= skip ? mid : mid - 1];
  return { median: (lower + upper) / 2, count };
}

/**
 * Per stage, the days a deal may sit in it: the configured maximum; else the stale multiplier × the median
 * days in stage of the team's *other* open deals in the stage, kept between a floor of a week and a cap of the
 * team's sales cycle (`cycleDays`, else the 84-day benchmark). Leaving the deal itself out and capping the
 * median is what lets a lone deal, or a team that is stuck as a whole, be stale at all: 1.5 × the median of a
 * team whose every deal sits 692 days in a stage would be 1,038 days.
 */
export function stageThresholds(
  openDeals: readonly { stageName: string; daysInStage: number }[],
  settings: ResolvedSettings,
  stages: Map<string, StageInfo>,
  cycleDays: number | null = null
): StageThresholds {
  const daysByStage = new Map<string, number[]>();
  for (const { stageName, daysInStage: days } of openDeals) {
    const list = daysByStage.get(stageName);
    if (list) list.push(days);
    else daysByStage.set(stageName, [days]);
  }
  for (const list of daysByStage.values()) list.sort((a, b) => a - b);
  const cap = Math.max(
    STALE_FLOOR_DAYS,
    cycleDays !== null && Number.isFinite(cycleDays) && cycleDays > 0 ? cycleDays : BENCHMARK_SALES_CYCLE_DAYS
  );
  return {
    forDeal(stageName, days) {
      const configured = stages.get(stageName)?.setting.maxDaysInStage ?? null;
      const { median: peerMedian, count } = medianWithout(daysByStage.get(stageName) ?? NO_DAYS, days);
      const teamMedianDays = count >= MIN_STAGE_PEERS ? peerMedian : null;
      if (configured !== null && Number.isFinite(configured) && configured > 0)
        return { days: configured, source: 'CONFIGURED', teamMedianDays, peerCount: count };
      if (teamMedianDays === null) return { days: cap, source: 'CYCLE_CAP', teamMedianDays, peerCount: count };
      const multiplied = teamMedianDays * settings.staleDaysMultiplier;
      if (multiplied > cap) return { days: cap, source: 'CYCLE_CAP', teamMedianDays, peerCount: count };
      if (multiplied < STALE_FLOOR_DAYS)
        return { days: STALE_FLOOR_DAYS, source: 'FLOOR', teamMedianDays, peerCount: count };
      return { days: multiplied, source: 'TEAM_MEDIAN', teamMedianDays, peerCount: count };
    }
  };
}

/** Standard fields an exit criterion may name, read from the typed record. */
const STANDARD_FIELDS: Record<string, (o: Opportunity) => unknown> = {
  Amount: (o) => o.amount,
  NextStep: (o) => o.nextStep,
  CloseDate: (o) => o.closeDate,
  Probability: (o) => o.probability,
  ForecastCategoryName: (o) => o.forecastCategory,
  AccountId: (o) => o.accountId
};

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function exitCriteriaOf(opp: Opportunity, stage: StageInfo | undefined): ExitCriterionStatus[] {
  const criteria = stage?.setting.exitCriteria ?? [];
  const statuses: ExitCriterionStatus[] = new Array(criteria.length);
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i];
    if (!c.fieldApiName) {
      statuses[i] = { criterion: c.criterion, fieldApiName: null, met: null };
      continue;
    }
    const read = STANDARD_FIELDS[c.fieldApiName];
    const value = read ? read(opp) : opp.fields?.[c.fieldApiName];
    statuses[i] = { criterion: c.criterion, fieldApiName: c.fieldApiName, met: !isBlank(value) };
  }
  return statuses;
}

export const DEAL_QUESTIONS: Readonly<Record<DealFactorCode, string>> = Object.freeze({
  CLOSE_DATE_PAST: 'The close date has passed: what close date would the buyer confirm today, and why?',
  PUSHED: 'What has to be true for this to close on the new date?',
  STALE_IN_STAGE: 'What is the buyer’s next step, and what stops the deal from moving to the next stage?',
  INACTIVE: 'When did you last speak with someone who can sign, and what did they commit to?',
  AMOUNT_MISSING: 'What budget has the buyer confirmed for this?',
  CLOSE_DATE_MISSING: 'When does the buyer need this solved, and what event drives that date?',
  EXIT_CRITERIA_UNMET: 'Which evidence shows this deal meets the exit criteria of its stage?',
  OVERDUE_TASK: 'What is blocking the overdue follow-up on this deal?'
});

const byPenalty = (a: DealFactor, b: DealFactor): number => b.penalty - a.penalty;

/** The questions of the three biggest factors. */
function questionsFor(factors: readonly DealFactor[]): string[] {
  const questions: string[] = [];
  for (let i = 0; i < factors.length && i < 3; i++) questions.push(DEAL_QUESTIONS[factors[i].code]);
  return questions;
}

function factor(code: DealFactorCode, label: string, penalty = DEAL_PENALTIES[code]): DealFactor {
  return { code, label, penalty };
}

/** Health of one open deal. `amount` is already converted (null when excluded). */
export function assessDeal(
  opp: Opportunity,
  amount: number | null,
  ctx: DealContext,
  days: DealDays = dealDays(opp, ctx.today, ctx.timeZone)
): DealHealth {
  const { today, settings } = ctx;
  const stage = ctx.stages.get(opp.stageName);
  if (!stage)
    ctx.log.add('UNKNOWN_STAGE', `${opp.name}: stage "${opp.stageName}" is not in the stage settings.`, opp.id);
  const { inStage, sinceActivity, closeDay } = days;
  const threshold = ctx.thresholds.forDeal(opp.stageName, inStage);
  const daysPastDue = closeDay !== null && closeDay < today ? today - closeDay : null;
  const pushCount = Math.max(0, opp.pushCount ?? 0);
  const exitCriteria = exitCriteriaOf(opp, stage);
  // Pushed straight onto the list (no closure per deal): this runs for every open deal of every view.
  const factors: DealFactor[] = [];
  if (daysPastDue !== null) factors.push(factor('CLOSE_DATE_PAST', `Close date passed ${daysPastDue} days ago`));
  if (closeDay === null) factors.push(factor('CLOSE_DATE_MISSING', 'No close date'));
  if (pushCount >= settings.pushCountRisk) factors.push(factor('PUSHED', `Pushed ${pushCount} times`));
  else if (pushCount > 0)
    factors.push(factor('PUSHED', `Pushed ${pushCount} time${pushCount > 1 ? 's' : ''}`, pushCount * PUSH_POINTS));
  const isStale = inStage > threshold.days;
  if (isStale)
    factors.push(
      factor('STALE_IN_STAGE', `${inStage} days in ${opp.stageName} (threshold ${Math.round(threshold.days)})`)
    );
  if (sinceActivity > settings.inactivityDays)
    factors.push(factor('INACTIVE', `No activity for ${sinceActivity} days`));
  if (amount === null && (opp.amount === null || opp.amount === undefined))
    factors.push(factor('AMOUNT_MISSING', 'No amount'));
  let unmet = 0;
  for (const c of exitCriteria) if (c.met === false) unmet++;
  if (unmet > 0)
    factors.push(
      factor(
        'EXIT_CRITERIA_UNMET',
        `${unmet} exit criteri${unmet > 1 ? 'a' : 'on'} of ${opp.stageName} not met`,
        Math.min(EXIT_CRITERIA_MAX_POINTS, unmet * DEAL_PENALTIES.EXIT_CRITERIA_UNMET)
      )
    );
  if (opp.hasOverdueTask) factors.push(factor('OVERDUE_TASK', 'Has an overdue task'));
  if (factors.length > 1) factors.sort(byPenalty);
  let penalties = 0;
  for (const f of factors) penalties += f.penalty;
  const score = clamp(100 - penalties, 0, 100);
  return {
    opportunityId: opp.id,
    ownerId: opp.ownerId,
    name: opp.name,
    accountId: opp.accountId,
    stageName: opp.stageName,
    stageKnown: stage !== undefined,
    amount,
    closeDate: opp.closeDate,
    daysInStage: inStage,
    threshold,
    isStale,
    daysPastDue,
    pushCount,
    daysSinceActivity: sinceActivity,
    isDisengaged: sinceActivity > settings.disengagedDays && inStage > settings.disengagedDays,
    exitCriteria,
    score,
    band: bandOf(score),
    factors,
    questions: questionsFor(factors)
  };
}
