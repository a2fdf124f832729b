/**
 * Accounts and opportunities. Each opportunity is generated as a life: a time-ordered list of changes (created,
 * stage moves, close-date pushes and pull-ins, amount changes, the close). The record is the life's state at
 * the anchor, OpportunityHistory is the list of changes up to the anchor, and the 1:1s read the state at the
 * time each one was held — so records, history and snapshots agree by construction.
 */
import {
  FORECAST_CATEGORY_VALUE,
  STAGES,
  type AccountRecord,
  type ForecastCategoryName,
  type Id,
  type OpportunityHistoryRecord,
  type OpportunityRecord,
  type RepProfile
} from './format.ts';
import type { GenerationContext } from './context.ts';
import type { People, Person, Rep } from './people.ts';
import type { Currencies } from './setup.ts';
import { evenlySpread, stream, type Random } from './random.ts';
import {
  DAY_MS as DAY_MS_EXPORT,
  HOUR_MS as HOUR_MS_EXPORT,
  MINUTE_MS as MINUTE_MS_EXPORT,
  dayOf,
  isoDate,
  isoDateTime,
  monthIndex,
  workingDayOnOrAfter
} from './calendar.ts';
import {
  COMPANY_TRADES,
  COMPANY_WORDS,
  INDUSTRY_OF_TRADE,
  LEAD_SOURCES,
  NEXT_STEPS,
  PRODUCTS_EXISTING,
  PRODUCTS_NEW,
  type Location
} from './text.ts';

/** Read once: imported bindings cost a property read per use when tsx runs this as CommonJS (millions of uses). */
const DAY_MS = DAY_MS_EXPORT;
const HOUR_MS = HOUR_MS_EXPORT;
const MINUTE_MS = MINUTE_MS_EXPORT;

export const WON = 8;
export const LOST = 9;
/** Proposal/Price Quote and later: a deal first seen here skipped the early 1:1 conversations. */
export const LATE_STAGE = 6;

/** What makes each rep archetype recognisable in the data. */
export interface ProfileTraits {
  /** Multiplier on opportunitiesPerRepPerQuarter. */
  creationRate: number;
  /** Share of deals that end won. */
  winRate: number;
  dealSizeUsd: number;
  /** Median days from creation to close. */
  cycleDays: number;
  /** Mean close-date pushes per deal. */
  pushMean: number;
  /** Share of pushes made after the close date has already passed. */
  latePushShare: number;
  /** Share of deals entered at Proposal or Negotiation that close within days. */
  lateEntryShare: number;
  /** Win rate of those late entries (a rep who hides deals logs them when they are nearly done). */
  lateEntryWinRate: number;
  /** Days after the close date has passed that a late push comes (at most). */
  latePushMaxDays: number;
  /** The first close date, as a share of the real cycle: optimists set dates they will have to push. */
  firstEstimateShare: readonly [number, number];
  /** Share of non-won deals on accounts that already buy. */
  existingShare: number;
  /** Share of lost deals that go quiet for weeks before they are closed out. */
  quietShare: number;
  /** Share of open deals with an overdue task. */
  overdueShare: number;
  /** Share of deals the rep puts in Commit already at Proposal. */
  eagerCommit: number;
  /** Share of open deals without a next step. */
  blankNextStep: number;
  /** The rep's commit call ÷ what the pipeline supports. */
  forecastBias: number;
}

const ORDINARY: ProfileTraits = {
  creationRate: 1,
  winRate: 0.27,
  dealSizeUsd: 75_000,
  cycleDays: 84,
  pushMean: 0.7,
  latePushShare: 0.15,
  lateEntryShare: 0.03,
  lateEntryWinRate: 0.27,
  latePushMaxDays: 25,
  firstEstimateShare: [0.3, 0.65],
  existingShare: 0.5,
  quietShare: 0.45,
  overdueShare: 0.15,
  eagerCommit: 0.15,
  blankNextStep: 0.12,
  forecastBias: 0.92
};

export const TRAITS: Readonly<Record<RepProfile, ProfileTraits>> = {
  ordinary: ORDINARY,
  star: {
    ...ORDINARY,
    creationRate: 1.05,
    winRate: 0.4,
    dealSizeUsd: 95_000,
    cycleDays: 60,
    pushMean: 0.25,
    forecastBias: 0.95
  },
  leadGenerationGap: { ...ORDINARY, creationRate: 0.33, winRate: 0.34, existingShare: 0.95, forecastBias: 0.97 },
  // Overall win rate 0.7 × 0.4 + 0.3 × 0.15 ≈ 0.33; the late entries close within days, between 1:1s.
  dealHider: {
    ...ORDINARY,
    winRate: 0.15,
    dealSizeUsd: 70_000,
    lateEntryShare: 0.7,
    lateEntryWinRate: 0.4,
    forecastBias: 0.8
  },
  // Works a lot of pipeline (coverage above what its own win rate requires) and wins little of it.
  poorConverter: { ...ORDINARY, creationRate: 2.3, winRate: 0.13, cycleDays: 95, pushMean: 0.9, forecastBias: 1.15 },
  slipper: {
    ...ORDINARY,
    winRate: 0.25,
    pushMean: 3,
    latePushShare: 0.85,
    latePushMaxDays: 40,
    firstEstimateShare: [0.12, 0.3],
    overdueShare: 0.45,
    eagerCommit: 0.35,
    blankNextStep: 0.3,
    forecastBias: 1.25
  }
};

/** One state of a deal, after a change. */
export interface DealEvent {
  at: number;
  stage: number;
  closeDay: number;
  amount: number;
  category: ForecastCategoryName;
  /** PushCount so far: moves of the close date into a later calendar month. */
  pushCount: number;
  /** The last stage change so far (null while the deal is in the stage it was created in). */
  stageChangedAt: number | null;
}

/** What the org would show for a deal at one instant. */
export interface DealState {
  stage: number;
  closeDay: number;
  amount: number;
  category: ForecastCategoryName;
  pushCount: number;
  lastStageChangeAt: number | null;
  lastActivityDay: number | null;
  lastModifiedAt: number;
  hasOverdueTask: boolean;
  nextStep: string | null;
}

export interface AccountInfo {
  id: Id;
  name: string;
  shortName: string;
  owner: Person;
  location: Location;
  industry: string;
  pool: 'existing' | 'newLogo' | 'dormant';
  wins: number;
  lastActivityDay: number | null;
  createdAt: number;
  employees: number;
}

export class Deal {
  constructor(
    readonly id: Id,
    readonly name: string,
    readonly account: AccountInfo,
    readonly owner: Person,
    readonly currency: string,
    readonly type: OpportunityRecord['Type'],
    readonly leadSource: string,
    readonly events: DealEvent[],
    /** Days between logged activities while the deal is worked; 0 = no activity is ever logged. */
    readonly activityEveryDays: number,
    /** Activity stops here (the close, or the day a deal went quiet). */
    readonly activeUntil: number,
    readonly overdueTasks: boolean,
    readonly blankNextStep: boolean,
    readonly nextStepChoice: number
  ) {}

  get createdAt(): number {
    return this.events[0].at;
  }

  /** The close, or the last change if it is still open at the end of its life. */
  get endsAt(): number {
    return this.events[this.events.length - 1].at;
  }

  /** The deal as the org shows it at `at` (undefined before it was created). */
  stateAt(at: number): DealState | undefined {
    const { events } = this;
    if (at < events[0].at) return undefined;
    let i = 0;
    while (i + 1 < events.length && events[i + 1].at <= at) i++;
    const current = events[i];
    const open = current.stage < WON;
    return {
      stage: current.stage,
      closeDay: current.closeDay,
      amount: current.amount,
      category: current.category,
      pushCount: current.pushCount,
      lastStageChangeAt: current.stageChangedAt,
      lastActivityDay: this.lastActivityDay(at),
      lastModifiedAt: current.at,
      hasOverdueTask: open && this.overdueTasks && at - events[0].at > 7 * DAY_MS,
      nextStep: open
        ? this.blankNextStep
          ? null
          : NEXT_STEPS[current.stage][this.nextStepChoice % NEXT_STEPS[current.stage].length]
        : current.stage === WON
          ? 'Hand over to onboarding'
          : null
    };
  }

  private lastActivityDay(at: number): number | null {
    if (this.activityEveryDays === 0) return null;
    const first = dayOf(this.createdAt);
    const limit = dayOf(Math.min(at, this.activeUntil));
    return first + Math.floor((limit - first) / this.activityEveryDays) * this.activityEveryDays;
  }
}

export interface Pipeline {
  accounts: AccountRecord[];
  opportunities: OpportunityRecord[];
  history: OpportunityHistoryRecord[];
  /** Per rep: deals open at or closed after ctx.recentFrom (what 1:1s, items and reviews talk about). */
  recentDeals: Map<Id, Deal[]>;
  accountsByOwner: Map<Id, AccountInfo[]>;
  firstCloseDay: number;
  lastCloseDay: number;
}

const roundMoney = (value: number): number => Math.max(1_000, Math.round(value / 500) * 500);
const round2 = (value: number): number => Math.round(value * 100) / 100;

/** A working-hours instant on `day` in the owner's zone (09:00–18:00 local, standard time). */
const workInstant = (random: Random, day: number, location: Location): number =>
  day * DAY_MS + (9 - location.utcOffsetHours) * HOUR_MS + Math.floor(random.next() * 9 * 60) * MINUTE_MS;

interface DealPlan {
  createdAt: number;
  won: boolean;
  lateEntry: boolean;
  amount: number;
  /** Force a quiet loss (re-engagement attempts on dormant accounts). */
  forceQuiet?: boolean;
  maxCycleDays?: number;
}

/** The changes of one deal's life, in time order, each carrying the full state after it. */
/** Module-level helpers: planLife runs once per deal (a million times for a big org), so it creates no closures. */
const byNumber = (a: number, b: number): number => a - b;
const byTime = (a: { at: number }, b: { at: number }): number => a.at - b.at;

function categoryFor(stage: number, commitShy: boolean, eagerCommit: boolean): ForecastCategoryName {
  if (stage === 7 && commitShy) return 'Best Case';
  if (stage === 6 && eagerCommit) return 'Commit';
  return STAGES[stage].forecastCategory;
}

/** Appends the state after a change, carrying PushCount and the last stage change forward. */
function appendEvent(
  events: DealEvent[],
  at: number,
  stage: number,
  closeDay: number,
  amount: number,
  category: ForecastCategoryName
): void {
  const prev = events[events.length - 1];
  events.push({
    at,
    stage,
    closeDay,
    amount,
    category,
    pushCount: prev.pushCount + (monthIndex(closeDay) > monthIndex(prev.closeDay) ? 1 : 0),
    stageChangedAt: stage !== prev.stage ? at : prev.stageChangedAt
  });
}

function planLife(
  random: Random,
  traits: ProfileTraits,
  plan: DealPlan,
  location: Location
): { events: DealEvent[]; activeUntil: number } {
  const { createdAt, won, lateEntry } = plan;
  const createdDay = dayOf(createdAt);
  const maxCycle = plan.maxCycleDays ?? 360;
  const lengthDays = lateEntry
    ? random.int(1, 6)
    : Math.min(maxCycle, Math.max(10, Math.round(random.logNormal(traits.cycleDays, 0.35))));
  const quiet = plan.forceQuiet === true || (!won && !lateEntry && random.chance(traits.quietShare));
  const plannedFinal = workingDayOnOrAfter(createdDay + lengthDays);
  // A deal that went quiet is closed out late, when someone finally cleans up the pipeline.
  const outcomeDay = quiet ? workingDayOnOrAfter(plannedFinal + random.int(0, 30)) : plannedFinal;
  const outcomeAt = Math.max(workInstant(random, outcomeDay, location), createdAt + HOUR_MS);

  // Planned close dates: the first estimate, then one per push, ending at the planned close.
  let pushes = lateEntry ? 0 : Math.min(6, random.poisson(traits.pushMean));
  const [estimateFrom, estimateTo] = traits.firstEstimateShare;
  const firstEstimate = createdDay + Math.max(7, Math.round(lengthDays * random.between(estimateFrom, estimateTo)));
  if (plannedFinal - firstEstimate < 7 * pushes) pushes = Math.floor((plannedFinal - firstEstimate) / 7);
  const closes: number[] = [];
  if (pushes <= 0) {
    // Some wins come early: the close date is pulled in when the deal is signed.
    closes.push(won && random.chance(0.15) ? plannedFinal + random.int(7, 30) : plannedFinal);
  } else {
    const weights: number[] = [];
    let total = 0;
    for (let i = 0; i < pushes; i++) {
      weights.push(0.5 + random.next());
      total += weights[i];
    }
    const spread = plannedFinal - firstEstimate - 7 * pushes;
    closes.push(firstEstimate);
    let day = firstEstimate;
    for (const w of weights) {
      day += 7 + Math.floor((spread * w) / total);
      closes.push(day);
    }
    closes[closes.length - 1] = plannedFinal;
  }

  // Changes as data (field and value), applied in time order below.
  type Change = { at: number; field: 'closeDay' | 'stage' | 'amount'; value: number };
  const changes: Change[] = [];

  for (let i = 1; i < closes.length; i++) {
    const from = closes[i - 1];
    const to = closes[i];
    const late = random.chance(traits.latePushShare);
    let day = late
      ? from + random.int(Math.ceil(traits.latePushMaxDays / 3), traits.latePushMaxDays)
      : from - random.int(0, 10);
    day = Math.min(day, to - 3, outcomeDay - 1);
    day = Math.max(day, createdDay + 1);
    changes.push({ at: workInstant(random, day, location), field: 'closeDay', value: to });
  }

  // Stage path: each stage between the entry stage and the highest one reached, some skipped, now and then a
  // step back.
  const startStage = lateEntry ? random.pick([6, 7]) : random.chance(0.7) ? 0 : 1;
  const topStage = won
    ? random.chance(0.85)
      ? 7
      : 6
    : Math.min(7, startStage + Math.floor(Math.pow(random.next(), 1.6) * (8 - startStage)));
  const path: number[] = [];
  for (let s = startStage + 1; s <= topStage; s++) if (s === topStage || random.chance(0.75)) path.push(s);
  if (path.length >= 3 && random.chance(0.08)) {
    const k = random.int(1, path.length - 2);
    path.splice(k + 1, 0, path[k] - 1);
  }
  const progressEnd = quiet ? createdAt + (outcomeAt - createdAt) * random.between(0.2, 0.45) : outcomeAt - HOUR_MS;
  // A won deal sits in its last stage (negotiation) for the last fifth to half of its life before it signs.
  const lastStageAt = won && !lateEntry ? random.between(0.5, 0.8) : random.between(0.6, 0.98);
  const shares: number[] = [];
  for (let k = 0; k < path.length; k++)
    shares.push(k === path.length - 1 ? lastStageAt : random.between(0.05, lastStageAt));
  shares.sort(byNumber);
  const eagerCommit = random.chance(0.2);
  const commitShy = random.chance(0.1);
  for (let k = 0; k < path.length; k++)
    changes.push({ at: Math.round(createdAt + (progressEnd - createdAt) * shares[k]), field: 'stage', value: path[k] });

  if (!lateEntry && random.chance(0.25)) {
    const amount = roundMoney(plan.amount * random.between(0.75, 1.25));
    changes.push({
      at: Math.round(createdAt + (outcomeAt - createdAt) * random.between(0.3, 0.8)),
      field: 'amount',
      value: amount
    });
  }

  changes.sort(byTime);
  const events: DealEvent[] = [
    {
      at: createdAt,
      stage: startStage,
      closeDay: closes[0],
      amount: plan.amount,
      category: categoryFor(startStage, commitShy, eagerCommit),
      pushCount: 0,
      stageChangedAt: null
    }
  ];
  for (const change of changes) {
    const prev = events[events.length - 1];
    if (change.at <= prev.at || change.at >= outcomeAt) continue;
    if (change.field === 'stage')
      appendEvent(
        events,
        change.at,
        change.value,
        prev.closeDay,
        prev.amount,
        categoryFor(change.value, commitShy, eagerCommit)
      );
    else if (change.field === 'closeDay')
      appendEvent(events, change.at, prev.stage, change.value, prev.amount, prev.category);
    else appendEvent(events, change.at, prev.stage, prev.closeDay, change.value, prev.category);
  }
  const last = events[events.length - 1];
  appendEvent(events, outcomeAt, won ? WON : LOST, outcomeDay, last.amount, won ? 'Closed' : 'Omitted');
  const activeUntil = quiet ? Math.round(progressEnd) + random.int(0, 5) * DAY_MS : outcomeAt;
  return { events, activeUntil };
}

export function buildPipeline(
  ctx: GenerationContext,
  people: People,
  currencies: Currencies,
  withHistory = true
): Pipeline {
  const opportunities: OpportunityRecord[] = [];
  const history: OpportunityHistoryRecord[] = [];
  const recentDeals = new Map<Id, Deal[]>();
  const accountsByOwner = new Map<Id, AccountInfo[]>();
  const allAccounts: AccountInfo[] = [];
  let firstCloseDay = Infinity;
  let lastCloseDay = -Infinity;

  // ---- accounts: per rep a pool of customers and of new logos; dormant accounts spread over the reps
  const accountRandom = stream(ctx.seed, 'accounts');
  const reps = people.reps;
  const dormantCount = Math.max(1, Math.round(ctx.sizes.accounts * 0.12));
  const perRep = ctx.sizes.accounts - dormantCount;
  const usedNames = new Set<string>();
  let nameCounter = 0;
  const newAccount = (owner: Person, pool: AccountInfo['pool']): AccountInfo => {
    let word: string;
    let trade: string;
    let shortName: string;
    do {
      const n = nameCounter++;
      word = COMPANY_WORDS[(n * 7) % COMPANY_WORDS.length];
      trade = COMPANY_TRADES[(n * 3 + Math.floor(n / COMPANY_WORDS.length)) % COMPANY_TRADES.length];
      const round = Math.floor(n / (COMPANY_WORDS.length * COMPANY_TRADES.length));
      shortName = round === 0 ? `${word} ${trade}` : `${word} ${trade} ${round + 1}`;
    } while (usedNames.has(shortName));
    usedNames.add(shortName);
    const location = owner.location;
    const ageDays = pool === 'dormant' ? accountRandom.int(1300, 2000) : accountRandom.int(900, 1600);
    const info: AccountInfo = {
      id: ctx.ids.next('Account'),
      name: `${shortName} ${location.companySuffix}`,
      shortName,
      owner,
      location,
      industry: INDUSTRY_OF_TRADE[trade] ?? 'Other',
      pool,
      wins: 0,
      lastActivityDay: null,
      createdAt: ctx.anchorDay * DAY_MS - ageDays * DAY_MS + 14 * HOUR_MS,
      employees: Math.round(accountRandom.logNormal(800, 1.1)) + 20
    };
    allAccounts.push(info);
    let list = accountsByOwner.get(owner.user.Id);
    if (!list) accountsByOwner.set(owner.user.Id, (list = []));
    list.push(info);
    return info;
  };
  const pools = reps.map((rep, r) => {
    const count = Math.floor(perRep / reps.length) + (r < perRep % reps.length ? 1 : 0);
    const existing = Math.max(1, Math.round(count * 0.55));
    return {
      existing: Array.from({ length: existing }, () => newAccount(rep, 'existing')),
      newLogo: Array.from({ length: Math.max(1, count - existing) }, () => newAccount(rep, 'newLogo')),
      nextWin: 0
    };
  });
  const dormant = Array.from({ length: dormantCount }, (_, k) => newAccount(reps[k % reps.length], 'dormant'));

  // ---- one deal: record at the anchor, its history up to the anchor, and the account's activity
  const addDeal = (
    random: Random,
    owner: Person,
    account: AccountInfo,
    traits: ProfileTraits,
    plan: DealPlan
  ): void => {
    const currency = account.location.currency;
    const usdToLocal = currencies.rateOn(currency, dayOf(plan.createdAt));
    plan.amount = roundMoney(plan.amount * usdToLocal);
    const { events, activeUntil } = planLife(random, traits, plan, owner.location);
    const existingBusiness = account.pool !== 'newLogo' && (account.wins > 0 || account.pool === 'existing');
    const products = existingBusiness ? PRODUCTS_EXISTING : PRODUCTS_NEW;
    const deal = new Deal(
      ctx.ids.next('Opportunity'),
      `${account.shortName} - ${random.pick(products)}`,
      account,
      owner,
      currency,
      existingBusiness ? 'Existing Business' : 'New Business',
      random.pick(LEAD_SOURCES),
      events,
      random.chance(0.04) ? 0 : random.int(3, 9),
      activeUntil,
      random.chance(traits.overdueShare),
      random.chance(traits.blankNextStep),
      random.int(0, 1)
    );
    const state = deal.stateAt(ctx.now)!;
    opportunities.push(opportunityRecord(ctx, deal, state));
    let prev: DealEvent | null = null;
    for (const event of withHistory ? events : []) {
      if (event.at > ctx.now) break;
      const Id = ctx.ids.next('OpportunityHistory');
      history.push({
        attributes: ctx.attributes('OpportunityHistory'),
        Id,
        OpportunityId: deal.id,
        CreatedById: owner.user.Id,
        CreatedDate: isoDateTime(event.at),
        StageName: STAGES[event.stage].name,
        Amount: event.amount,
        ExpectedRevenue: round2((event.amount * STAGES[event.stage].probability) / 100),
        CloseDate: isoDate(event.closeDay),
        Probability: STAGES[event.stage].probability,
        ForecastCategory: FORECAST_CATEGORY_VALUE[event.category],
        PrevAmount: prev ? prev.amount : null,
        PrevCloseDate: prev ? isoDate(prev.closeDay) : null,
        CurrencyIsoCode: currency,
        IsDeleted: false
      });
      prev = event;
    }
    if (state.stage === WON) account.wins++;
    if (state.lastActivityDay !== null && (account.lastActivityDay ?? -Infinity) < state.lastActivityDay)
      account.lastActivityDay = state.lastActivityDay;
    if (state.closeDay < firstCloseDay) firstCloseDay = state.closeDay;
    if (state.closeDay > lastCloseDay) lastCloseDay = state.closeDay;
    if ((state.stage < WON || deal.endsAt >= ctx.recentFrom) && 'profile' in owner) {
      let list = recentDeals.get(owner.user.Id);
      if (!list) recentDeals.set(owner.user.Id, (list = []));
      list.push(deal);
    }
  };

  // ---- the former rep's old wins and losses make the dormant accounts (closed more than 24 months ago)
  const formerRandom = stream(ctx.seed, 'former-rep');
  for (const account of dormant) {
    const deals = formerRandom.int(1, 3);
    for (let k = 0; k < deals; k++) {
      const createdDay = workingDayOnOrAfter(ctx.anchorDay - formerRandom.int(900, 1180));
      addDeal(formerRandom, people.former, account, ORDINARY, {
        createdAt: workInstant(formerRandom, createdDay, account.location),
        won: k === 0 || formerRandom.chance(0.3),
        lateEntry: false,
        amount: formerRandom.logNormal(ORDINARY.dealSizeUsd, 0.55),
        maxCycleDays: 120
      });
    }
  }

  // ---- each rep's deals, quarter by quarter, from the rep's own random stream
  const firstQuarter = ctx.fiscal.quarterIndexOf(ctx.creationStartDay);
  reps.forEach((rep: Rep, r) => {
    const random = stream(ctx.seed, 'deals', rep.index);
    const traits = TRAITS[rep.profile];
    const winOffset = random.next();
    const lateWinOffset = random.next();
    const lateOffset = random.next();
    const pool = pools[r];
    let k = 0;
    let kLate = 0;
    let kOther = 0;
    for (let qi = firstQuarter; qi <= ctx.currentQuarter.index; qi++) {
      const q = ctx.fiscal.quarter(qi);
      const start = Math.max(q.startDay, ctx.creationStartDay);
      const end = Math.min(q.endDay, ctx.anchorDay);
      if (end < start) continue;
      const share = (end - start + 1) / (q.endDay - q.startDay + 1);
      const n = Math.round(
        ctx.sizes.opportunitiesPerRepPerQuarter * traits.creationRate * share * random.between(0.85, 1.15)
      );
      for (let i = 0; i < n; i++, k++) {
        const day = Math.min(
          ctx.anchorDay,
          workingDayOnOrAfter(start + Math.floor(((i + random.next()) / n) * (end - start + 1)))
        );
        const createdAt = Math.min(workInstant(random, day, rep.location), ctx.now - 30 * MINUTE_MS);
        const lateEntry = evenlySpread(lateOffset, k, traits.lateEntryShare);
        const won = lateEntry
          ? evenlySpread(lateWinOffset, kLate++, traits.lateEntryWinRate)
          : evenlySpread(winOffset, kOther++, traits.winRate);
        const account = won
          ? pool.existing[pool.nextWin++ % pool.existing.length]
          : random.chance(traits.existingShare)
            ? random.pick(pool.existing)
            : random.pick(pool.newLogo);
        addDeal(random, rep, account, traits, {
          createdAt,
          won,
          lateEntry,
          amount: random.logNormal(traits.dealSizeUsd, 0.55)
        });
      }
    }
  });

  // ---- a third of the dormant accounts saw a failed re-engagement 13–18 months ago, nothing since
  const reengageRandom = stream(ctx.seed, 'reengagement');
  dormant.forEach((account, k) => {
    if (k % 3 !== 0) return;
    const createdDay = workingDayOnOrAfter(ctx.anchorDay - reengageRandom.int(420, 540));
    addDeal(reengageRandom, account.owner, account, ORDINARY, {
      createdAt: workInstant(reengageRandom, createdDay, account.location),
      won: false,
      lateEntry: false,
      amount: reengageRandom.logNormal(ORDINARY.dealSizeUsd, 0.55),
      forceQuiet: true,
      maxCycleDays: 30
    });
  });

  const accounts = allAccounts.map((a) => accountRecord(ctx, a, accountRandom));
  return { accounts, opportunities, history, recentDeals, accountsByOwner, firstCloseDay, lastCloseDay };
}

export function opportunityRecord(ctx: GenerationContext, deal: Deal, state: DealState): OpportunityRecord {
  const stage = STAGES[state.stage];
  const quarter = ctx.fiscal.quarterOf(state.closeDay);
  return {
    attributes: ctx.attributes('Opportunity'),
    Id: deal.id,
    Name: deal.name,
    AccountId: deal.account.id,
    OwnerId: deal.owner.user.Id,
    Type: deal.type,
    LeadSource: deal.leadSource,
    Amount: state.amount,
    CurrencyIsoCode: deal.currency,
    StageName: stage.name,
    Probability: stage.probability,
    ExpectedRevenue: round2((state.amount * stage.probability) / 100),
    ForecastCategoryName: state.category,
    CloseDate: isoDate(state.closeDay),
    FiscalYear: quarter.fiscalYear,
    FiscalQuarter: quarter.number,
    IsClosed: stage.closed,
    IsWon: stage.won,
    PushCount: state.pushCount,
    LastStageChangeDate: state.lastStageChangeAt === null ? null : isoDateTime(state.lastStageChangeAt),
    LastActivityDate: state.lastActivityDay === null ? null : isoDate(state.lastActivityDay),
    HasOverdueTask: state.hasOverdueTask,
    NextStep: state.nextStep,
    CreatedDate: isoDateTime(deal.createdAt),
    LastModifiedDate: isoDateTime(state.lastModifiedAt)
  };
}

function accountRecord(ctx: GenerationContext, a: AccountInfo, random: Random): AccountRecord {
  const customer = a.wins > 0 || a.pool === 'dormant';
  return {
    attributes: ctx.attributes('Account'),
    Id: a.id,
    Name: a.name,
    OwnerId: a.owner.user.Id,
    Type: customer ? (random.chance(0.2) ? 'Customer - Channel' : 'Customer - Direct') : 'Prospect',
    Industry: a.industry,
    BillingCity: a.location.city,
    BillingCountry: a.location.country,
    NumberOfEmployees: a.employees,
    CurrencyIsoCode: a.location.currency,
    LastActivityDate: a.lastActivityDay === null ? null : isoDate(a.lastActivityDay),
    CreatedDate: isoDateTime(a.createdAt)
  };
}
