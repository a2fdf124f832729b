/** The resolved inputs of one generation run, shared by every part of the generator. */
import { type DemoOrgSizes, type RecordAttributes, type RecordType } from './format.ts';
import { IdMinter } from './ids.ts';
import { DAY_MS, FiscalCalendar, HOUR_MS, parseIsoDate, type FiscalQuarter } from './calendar.ts';

export interface DemoOrgOptions {
  /** Any integer ≥ 0. Default 1. */
  seed?: number;
  /** 'YYYY-MM-DD': the "today" the data is relative to. Default 2026-11-24. */
  anchorDate?: string;
  sizes?: Partial<DemoOrgSizes>;
  /** Fill Snapshot__c and the held 1:1s' key figures with the engine. Default true. */
  snapshots?: boolean;
  /** Write OpportunityHistory (about five rows per deal). Default true; benchmarks that never read it turn it off. */
  history?: boolean;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_ANCHOR = '2026-11-24';
export const FISCAL_START_MONTH = 2;
export const CORPORATE_CURRENCY = 'USD';
export const QUOTA_PER_QUARTER = 250_000;
/** Units per 1 USD at the anchor; dated rates drift around these. */
export const BASE_RATES: Readonly<Record<string, number>> = { USD: 1, EUR: 0.92, GBP: 0.79 };

export class InvalidOptionsError extends Error {}

/** Team sizes from `repsPerManager` (a number for every team, or one per team). */
function teamSizesOf(sizes: DemoOrgSizes): number[] {
  const { managers, repsPerManager } = sizes;
  if (Array.isArray(repsPerManager)) {
    if (repsPerManager.length !== managers)
      throw new InvalidOptionsError(`repsPerManager lists ${repsPerManager.length} teams but managers is ${managers}`);
    return [...repsPerManager];
  }
  return Array.from({ length: managers }, () => repsPerManager);
}

const wholeNumber = (name: string, value: number, min: number, max: number): void => {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new InvalidOptionsError(`${name} must be a whole number from ${min} to ${max} (got ${value})`);
};

/** Managers for `reps` when none is named: as many teams of at most five as needed (9 reps → 2). */
export function defaultManagerCount(reps: number): number {
  return Math.max(1, Math.ceil(reps / 5));
}

/** Spreads `reps` over `managers` teams, earlier teams one larger: 9 over 2 → [5, 4]. */
export function spreadReps(reps: number, managers: number): number[] {
  return Array.from({ length: managers }, (_, t) => Math.floor(reps / managers) + (t < reps % managers ? 1 : 0));
}

export function resolveSizes(partial: Partial<DemoOrgSizes> = {}): DemoOrgSizes {
  const managers = partial.managers ?? 2;
  const repsPerManager = partial.repsPerManager ?? (managers === 2 ? [5, 4] : 5);
  const draft: DemoOrgSizes = {
    managers,
    repsPerManager,
    quartersOfHistory: partial.quartersOfHistory ?? 8,
    opportunitiesPerRepPerQuarter: partial.opportunitiesPerRepPerQuarter ?? 12,
    accounts: 0,
    sessionWeeks: partial.sessionWeeks ?? 10
  };
  wholeNumber('managers', draft.managers, 1, 10_000);
  const teams = teamSizesOf(draft);
  for (const size of teams) wholeNumber('reps per manager', size, 1, 1_000);
  const reps = teams.reduce((a, b) => a + b, 0);
  draft.accounts = partial.accounts ?? 8 * reps + 12;
  wholeNumber('quartersOfHistory', draft.quartersOfHistory, 1, 40);
  wholeNumber('opportunitiesPerRepPerQuarter', draft.opportunitiesPerRepPerQuarter, 1, 100_000);
  wholeNumber('accounts', draft.accounts, 2 * reps + 1, 10_000_000);
  wholeNumber('sessionWeeks', draft.sessionWeeks, 1, 52);
  return draft;
}

export class GenerationContext {
  readonly ids = new IdMinter();
  readonly fiscal = new FiscalCalendar(FISCAL_START_MONTH);
  readonly seed: number;
  readonly anchorDate: string;
  readonly anchorDay: number;
  /** anchorDate 12:00 UTC, in ms. */
  readonly now: number;
  readonly sizes: DemoOrgSizes;
  readonly teamSizes: number[];
  readonly currentQuarter: FiscalQuarter;
  /** First day of the first history quarter. */
  readonly historyStartDay: number;
  /** Deals start being created one quarter before the history, so the first history quarter has closes too. */
  readonly creationStartDay: number;
  readonly sessionWindowStart: number;
  /** Deals open at or closed after this instant matter for sessions, items and reviews. */
  readonly recentFrom: number;
  private readonly attributesByType = new Map<RecordType, RecordAttributes>();

  constructor(options: DemoOrgOptions = {}) {
    this.seed = options.seed ?? DEFAULT_SEED;
    wholeNumber('seed', this.seed, 0, 2 ** 31 - 1);
    this.anchorDate = options.anchorDate ?? DEFAULT_ANCHOR;
    try {
      this.anchorDay = parseIsoDate(this.anchorDate);
    } catch (error) {
      throw new InvalidOptionsError(`anchor date: ${(error as Error).message}`);
    }
    if (this.anchorDate < '2000-01-01' || this.anchorDate > '2199-12-31')
      throw new InvalidOptionsError(`anchor date must be between 2000-01-01 and 2199-12-31 (got ${this.anchorDate})`);
    this.now = this.anchorDay * DAY_MS + 12 * HOUR_MS;
    this.sizes = resolveSizes(options.sizes);
    this.teamSizes = teamSizesOf(this.sizes);
    this.currentQuarter = this.fiscal.quarterOf(this.anchorDay);
    this.historyStartDay = this.fiscal.quarter(this.currentQuarter.index - this.sizes.quartersOfHistory).startDay;
    this.creationStartDay = this.fiscal.quarter(this.currentQuarter.index - this.sizes.quartersOfHistory - 1).startDay;
    this.sessionWindowStart = this.now - this.sizes.sessionWeeks * 7 * DAY_MS;
    // Sessions look back to the start of their fiscal quarter; reviews cover about two quarters.
    this.recentFrom = Math.min(this.sessionWindowStart - 100 * DAY_MS, this.now - 200 * DAY_MS);
  }

  /** One shared, frozen `attributes` object per type. */
  attributes(type: RecordType): RecordAttributes {
    let attributes = this.attributesByType.get(type);
    if (!attributes) this.attributesByType.set(type, (attributes = Object.freeze({ type })));
    return attributes;
  }
}
