/**
 * The coaching rhythm: a weekly cadence per pair, ten weeks of 1:1s (held, skipped, rescheduled, one planned),
 * the action items agreed in them, root-cause reviews of lost and quiet deals, and the reps' feedback.
 * Everything a 1:1 says about deals is read from the deals' state at the time it was held.
 */
import { AGENDA_SECTION_KEYS } from 'c/coachingModel';
import {
  ROOT_CAUSES,
  STAGES,
  type ActionItemRecord,
  type CoachingCadenceRecord,
  type CoachingFeedbackRecord,
  type CoachingSessionRecord,
  type DealReviewRecord,
  type Id,
  type OpportunityRecord,
  type RepProfile,
  type SalesQuotaRecord,
  type SessionStatus,
  type Weekday
} from './format.ts';
import type {
  Account,
  CoachingDataset,
  CoachingSettings,
  CurrencySettings,
  FiscalCalendar,
  Opportunity,
  Quota,
  Session,
  User
} from 'c/coachingModel';
import { toOpportunity, toQuota, toSession, toUser, type ApiRecord } from 'c/coachingRecords';
import { DEFAULT_SETTINGS } from 'c/coachingEngine';
import type { GenerationContext } from './context.ts';
import type { CoachingStyle, People, Person, Rep } from './people.ts';
import type { Currencies } from './setup.ts';
import {
  LOST,
  TRAITS,
  WON,
  opportunityRecord,
  type AccountInfo,
  type Deal,
  type DealState,
  type Pipeline
} from './pipeline.ts';
import { stream, type Random } from './random.ts';
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  WEEKDAYS,
  dayOf,
  isoDate,
  isoDateTime,
  weekdayIndex,
  workingDayOnOrAfter,
  zonedDay,
  zonedInstant,
  type FiscalQuarter
} from './calendar.ts';
import {
  ACTION_TEMPLATES_ACCOUNT,
  ACTION_TEMPLATES_DEAL,
  ACTION_TEMPLATES_SKILL,
  IMPROVEMENTS_STEADY,
  IMPROVEMENTS_STRETCHED,
  NOTE_OPENERS_STEADY,
  NOTE_OPENERS_STRETCHED,
  RESCHEDULE_REASONS,
  REVIEW_NOTES,
  SKIP_REASONS
} from './text.ts';

/** One held 1:1 for the snapshot builder: the rep's team as the org stood at that moment. */
export interface SnapshotRequest {
  repId: Id;
  /** The actual start, ms. */
  at: number;
  timeZone: string;
  currency: string;
  /** The team's users, accounts, deals, quotas and earlier held 1:1s as they were at `at`. */
  dataset: () => CoachingDataset;
}

/** What the engine stores on a held 1:1: the snapshot and the rep's key figures at that moment. */
export interface SessionFigures {
  json: string;
  version: number;
  healthScore: number | null;
  coverage: number | null;
  mainGap: string | null;
}

/** Turns a held 1:1 into Snapshot__c and its figures (the engine), or null when generating without snapshots. */
export type SnapshotMaker = (request: SnapshotRequest) => SessionFigures | null;

export interface Coaching {
  cadences: CoachingCadenceRecord[];
  sessions: CoachingSessionRecord[];
  actionItems: ActionItemRecord[];
  reviews: DealReviewRecord[];
  feedback: CoachingFeedbackRecord[];
  dstCadences: Record<string, Id>;
}

/** A leader's 1:1s with managers run like a steady team's, without deals of their own. */
type PairStyle = CoachingStyle | 'leader';

interface StyleTraits {
  held: number;
  rescheduled: number;
  prepared: number;
  itemsMin: number;
  itemsMax: number;
  itemsDone: number;
  reviewed: number;
  responds: number;
  /** Mean rating per dimension: preparation, pipeline insight, skill development, action clarity, rep agenda. */
  ratings: [number, number, number, number, number];
  durations: readonly number[];
}

const STYLE: Readonly<Record<PairStyle, StyleTraits>> = {
  steady: {
    held: 0.9,
    rescheduled: 0.05,
    prepared: 0.88,
    itemsMin: 1,
    itemsMax: 3,
    itemsDone: 0.8,
    reviewed: 0.65,
    responds: 0.85,
    ratings: [4.4, 4.3, 3.9, 4.4, 4.3],
    durations: [45, 60]
  },
  stretched: {
    held: 0.68,
    rescheduled: 0.12,
    prepared: 0.5,
    itemsMin: 0,
    itemsMax: 2,
    itemsDone: 0.55,
    reviewed: 0.4,
    responds: 0.7,
    ratings: [2.7, 3.3, 2.8, 3.1, 2.7],
    durations: [30, 45]
  },
  leader: {
    held: 0.85,
    rescheduled: 0.05,
    prepared: 0.8,
    itemsMin: 0,
    itemsMax: 1,
    itemsDone: 0.75,
    reviewed: 0,
    responds: 0.8,
    ratings: [4, 4, 3.8, 4.1, 4.2],
    durations: [45]
  }
};

const START_TIMES = ['08:30', '09:00', '09:30', '10:00', '11:00', '14:00', '15:30', '16:00'];
const DISENGAGED_DAYS = 30;

/** How often each root cause comes up, by rep archetype (the poor converter loses on fit and price, etc.). */
const causeWeights = (heavy: Partial<Record<(typeof ROOT_CAUSES)[number], number>>) =>
  ROOT_CAUSES.map((c) => [c, heavy[c] ?? (c === 'Other' ? 0.5 : 1)] as const);

const ROOT_CAUSE_WEIGHTS: Readonly<Record<RepProfile | 'disengaged', readonly (readonly [string, number])[]>> = {
  ordinary: causeWeights({}),
  star: causeWeights({ Timing: 2, Procurement_Legal: 2 }),
  leadGenerationGap: causeWeights({ Weak_Business_Case: 2 }),
  dealHider: causeWeights({ Poor_Qualification: 2 }),
  poorConverter: causeWeights({ Competitor_Fit: 4, Price: 3, Product_Gap: 2, Poor_Qualification: 2 }),
  slipper: causeWeights({ No_Decision: 4, Timing: 3, No_Decision_Maker: 2 }),
  // A deal that went quiet: mostly silence, indecision or a lost champion.
  disengaged: causeWeights({ Went_Dark: 6, No_Decision: 3, Champion_Left: 2, Timing: 2, Price: 0.3, Other: 0.2 })
};

const clampRound = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, Math.round(value)));
const roundThousands = (value: number): number => Math.max(0, Math.round(value / 1000) * 1000);
const truncate = (text: string, max: number): string => (text.length <= max ? text : text.slice(0, max - 1) + '…');
const fill = (template: string, deal: Deal | null, account: string): string =>
  template.replace('{deal}', deal ? deal.name : '').replace('{account}', account);

/** Minutes past midnight of an 'HH:mm' string. */
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A manager–rep pair with its cadence: what phase two needs to write the content of its held 1:1s. */
interface Pair {
  manager: Person;
  rep: Person;
  style: PairStyle;
  profile: RepProfile | null;
  deals: Deal[];
  traits: StyleTraits;
  timeZone: string;
  duration: number;
}

interface HeldSlot {
  pair: Pair;
  record: CoachingSessionRecord;
  actual: number;
}

/**
 * The team as the org stood at an instant, for the snapshot builder: deals replayed to that instant, the deals
 * that had closed long before (as they are now), quotas, accounts and the 1:1s held so far.
 */
class TeamAtTime {
  private prepared: {
    users: User[];
    quotas: Quota[];
    accounts: AccountInfo[];
    closedEarlier: Opportunity[];
    deals: Deal[];
  } | null = null;
  readonly held: Session[] = [];

  constructor(
    private readonly ctx: GenerationContext,
    private readonly people: Person[],
    private readonly pipeline: Pipeline,
    private readonly quotaRecords: readonly SalesQuotaRecord[],
    private readonly opportunitiesByOwner: () => Map<Id, OpportunityRecord[]>
  ) {}

  /** Built on first use only: generating without snapshots never pays for it. */
  private prepare(): NonNullable<TeamAtTime['prepared']> {
    if (this.prepared) return this.prepared;
    const { ctx, people, pipeline } = this;
    const ids = new Set(people.map((p) => p.user.Id));
    const deals = people.flatMap((p) => pipeline.recentDeals.get(p.user.Id) ?? []);
    const recent = new Set(deals.map((d) => d.id));
    // The diagnosis looks back four fiscal quarters from each 1:1: older deals cannot matter.
    const relevantFrom = isoDate(
      ctx.fiscal.quarter(ctx.fiscal.quarterIndexOf(dayOf(ctx.sessionWindowStart)) - 5).startDay
    );
    const closedEarlier: Opportunity[] = [];
    for (const person of people)
      for (const o of this.opportunitiesByOwner().get(person.user.Id) ?? [])
        if (!recent.has(o.Id) && o.CloseDate >= relevantFrom)
          closedEarlier.push(toOpportunity(o as unknown as ApiRecord)!);
    this.prepared = {
      users: people.map((p) => toUser(p.user as unknown as ApiRecord)!),
      quotas: this.quotaRecords.filter((q) => ids.has(q.User__c)).map((q) => toQuota(q as unknown as ApiRecord)!),
      accounts: people.flatMap((p) => pipeline.accountsByOwner.get(p.user.Id) ?? []),
      closedEarlier,
      deals
    };
    return this.prepared;
  }

  datasetAt(at: number, currency: CurrencySettings, fiscal: FiscalCalendar): CoachingDataset {
    const { users, quotas, accounts, closedEarlier, deals } = this.prepare();
    const opportunities = [...closedEarlier];
    for (const deal of deals) {
      const state = deal.stateAt(at);
      if (state) opportunities.push(toOpportunity(opportunityRecord(this.ctx, deal, state) as unknown as ApiRecord)!);
    }
    // An account's last activity as it stood then: its deals' latest, or the anchor's value if that was earlier.
    const today = isoDate(dayOf(at));
    const activity = new Map<Id, string>();
    for (const o of opportunities)
      if (o.accountId && o.lastActivityDate && (activity.get(o.accountId) ?? '') < o.lastActivityDate)
        activity.set(o.accountId, o.lastActivityDate);
    const accountsThen: Account[] = accounts.map((a) => {
      const known = a.lastActivityDay === null ? null : isoDate(a.lastActivityDay);
      const fromDeals = activity.get(a.id) ?? null;
      const lastActivityDate =
        known !== null && known <= today && (fromDeals === null || known > fromDeals) ? known : fromDeals;
      return { id: a.id, name: a.name, ownerId: a.owner.user.Id, lastActivityDate };
    });
    return {
      users,
      accounts: accountsThen,
      opportunities,
      cadences: [],
      sessions: this.held,
      actionItems: [],
      reviews: [],
      feedback: [],
      quotas,
      fiscal,
      currency,
      settings: DEFAULT_SETTINGS as CoachingSettings
    };
  }
}

export function buildCoaching(
  ctx: GenerationContext,
  people: People,
  pipeline: Pipeline,
  currencies: Currencies,
  quotas: readonly SalesQuotaRecord[],
  setup: { fiscal: FiscalCalendar; currency: CurrencySettings },
  makeSnapshot: SnapshotMaker
): Coaching {
  const out: Coaching = { cadences: [], sessions: [], actionItems: [], reviews: [], feedback: [], dstCadences: {} };
  let sessionNumber = 0;
  let reviewNumber = 0;
  let feedbackNumber = 0;

  const toCurrency = (amount: number, from: string, to: string, day: number): number =>
    (amount / currencies.rateOn(from, day)) * currencies.rateOn(to, day);

  /** Phase one: the cadence and its weekly slots, each planned, held, rescheduled or skipped. */
  const schedulePair = (pair: Pair, heldSlots: HeldSlot[]): void => {
    const { manager, rep, style, traits } = pair;
    const random = stream(ctx.seed, 'pair', rep.user.Id);
    const timeZone =
      rep.location.timeZone === manager.location.timeZone || style === 'leader'
        ? manager.location.timeZone
        : random.chance(0.5)
          ? rep.location.timeZone
          : manager.location.timeZone;
    const localStart = timeZone === 'Asia/Singapore' ? random.pick(['16:00', '16:30']) : random.pick(START_TIMES);
    const dayOfWeek: Weekday = WEEKDAYS[random.int(0, 4)];
    const duration = random.pick(traits.durations);
    pair.timeZone = timeZone;
    pair.duration = duration;
    const cadenceId = ctx.ids.next('Coaching_Cadence__c');
    const cadenceCreated = ctx.sessionWindowStart - random.int(3, 20) * DAY_MS - 2 * HOUR_MS;
    out.cadences.push({
      attributes: ctx.attributes('Coaching_Cadence__c'),
      Id: cadenceId,
      Name: `CAD-${String(out.cadences.length + 1).padStart(4, '0')}`,
      OwnerId: manager.user.Id,
      Manager__c: manager.user.Id,
      Rep__c: rep.user.Id,
      Day_Of_Week__c: dayOfWeek,
      Local_Start_Time__c: `${localStart}:00.000Z`,
      Duration_Minutes__c: duration,
      Time_Zone__c: timeZone,
      Active__c: true,
      Active_Pair_Key__c: `${manager.user.Id}:${rep.user.Id}`,
      CurrencyIsoCode: rep.location.currency,
      CreatedDate: isoDateTime(cadenceCreated)
    });
    if (!(timeZone in out.dstCadences) && (timeZone === 'Europe/London' || timeZone === 'America/New_York'))
      out.dstCadences[timeZone] = cadenceId;

    // The weekly slots: the same wall-clock time in the pair's zone, whatever DST does to UTC.
    const slots: number[] = [];
    const weekday = WEEKDAYS.indexOf(dayOfWeek);
    for (let day = dayOf(ctx.sessionWindowStart) - 1; slots.length === 0 || slots[slots.length - 1] < ctx.now; day++) {
      if (weekdayIndex(day) !== weekday) continue;
      const at = zonedInstant(day, minutesOf(localStart), timeZone);
      if (at >= ctx.sessionWindowStart) slots.push(at);
    }

    const session = (
      scheduled: number,
      status: SessionStatus,
      fields: Partial<CoachingSessionRecord> = {}
    ): CoachingSessionRecord => {
      const Id = ctx.ids.next('Coaching_Session__c');
      const record: CoachingSessionRecord = {
        attributes: ctx.attributes('Coaching_Session__c'),
        Id,
        Name: `1:1-${String(++sessionNumber).padStart(5, '0')}`,
        OwnerId: manager.user.Id,
        Cadence__c: cadenceId,
        Manager__c: manager.user.Id,
        Rep__c: rep.user.Id,
        Scheduled_Start__c: isoDateTime(scheduled),
        Actual_Start__c: null,
        Status__c: status,
        Notes__c: null,
        Sections_Reviewed__c: null,
        Commit_Current_Quarter__c: null,
        Best_Case_Current_Quarter__c: null,
        Commit_Next_Quarter__c: null,
        Best_Case_Next_Quarter__c: null,
        Forecast_Period_Start__c: null,
        Forecast_Period_End__c: null,
        Snapshot__c: null,
        Snapshot_Version__c: null,
        Agenda_Opened_At__c: null,
        Prepared__c: false,
        Health_Score__c: null,
        Coverage_Current_Quarter__c: null,
        Main_Gap__c: null,
        Status_Reason__c: null,
        CurrencyIsoCode: rep.location.currency,
        // Sessions are planned a week ahead by the cadence job.
        CreatedDate: isoDateTime(Math.max(cadenceCreated, Math.min(scheduled - 7 * DAY_MS, ctx.now - HOUR_MS))),
        ...fields
      };
      // The formula: the agenda was opened before the actual, else the scheduled, start.
      record.Prepared__c =
        record.Agenda_Opened_At__c !== null &&
        record.Agenda_Opened_At__c < (record.Actual_Start__c ?? record.Scheduled_Start__c);
      out.sessions.push(record);
      return record;
    };

    const held = (scheduled: number): void => {
      const late = style === 'stretched' && random.chance(0.25);
      const actual = scheduled + (late ? random.int(10, 35) : random.int(-2, 6)) * MINUTE_MS;
      const prepared = random.chance(traits.prepared);
      const opened = prepared
        ? scheduled - random.int(15, 20 * 60) * MINUTE_MS
        : random.chance(0.5)
          ? null
          : actual + random.int(2, 15) * MINUTE_MS;
      const record = session(scheduled, 'Held', {
        Actual_Start__c: isoDateTime(actual),
        Agenda_Opened_At__c: opened === null ? null : isoDateTime(opened)
      });
      heldSlots.push({ pair, record, actual });
    };

    slots.forEach((scheduled, i) => {
      if (scheduled >= ctx.now) {
        const opened =
          random.chance(0.4) && scheduled - ctx.now < 2 * DAY_MS ? ctx.now - random.int(30, 600) * MINUTE_MS : null;
        session(scheduled, 'Planned', { Agenda_Opened_At__c: opened === null ? null : isoDateTime(opened) });
        return;
      }
      const roll = random.next();
      // Never skip the last two held weeks of a steady pair: their latest snapshot is always fresh.
      if (roll < traits.held || (style === 'steady' && i >= slots.length - 3)) {
        held(scheduled);
      } else if (roll < traits.held + traits.rescheduled && scheduled + 2 * DAY_MS < ctx.now - 2 * HOUR_MS) {
        session(scheduled, 'Rescheduled', { Status_Reason__c: random.pick(RESCHEDULE_REASONS) });
        // Moved a day or two, to the same local time.
        held(zonedInstant(zonedDay(scheduled, timeZone) + random.int(1, 2), minutesOf(localStart), timeZone));
      } else {
        session(scheduled, 'Skipped', { Status_Reason__c: random.pick(SKIP_REASONS) });
      }
    });
  };

  /** Phase two: what was said at a held 1:1, from the team's pipeline at that moment. */
  const writeHeld = ({ pair, record, actual }: HeldSlot, team: TeamAtTime | null): void => {
    const { manager, rep, style, profile, deals, traits, timeZone } = pair;
    const random = stream(ctx.seed, 'held', record.Id);
    const sessionDay = zonedDay(actual, timeZone);
    const quarter = ctx.fiscal.quarterOf(sessionDay);
    const open: { deal: Deal; state: DealState }[] = [];
    const closedInQuarter: { deal: Deal; state: DealState }[] = [];
    for (const deal of deals) {
      const state = deal.stateAt(actual);
      if (!state) continue;
      if (state.stage < WON) open.push({ deal, state });
      else if (state.closeDay >= quarter.startDay && state.closeDay <= quarter.endDay)
        closedInQuarter.push({ deal, state });
    }
    const repCurrency = rep.location.currency;
    const forecast = profile
      ? forecastAt(
          random,
          TRAITS[profile].forecastBias,
          quarter,
          ctx.fiscal.quarter(quarter.index + 1),
          open,
          closedInQuarter,
          (a, d) => toCurrency(a, d.currency, repCurrency, sessionDay)
        )
      : null;
    const figures =
      team && profile
        ? makeSnapshot({
            repId: rep.user.Id,
            at: actual,
            timeZone,
            currency: repCurrency,
            dataset: () => team.datasetAt(actual, setup.currency, setup.fiscal)
          })
        : null;
    Object.assign(record, {
      Notes__c: notesFor(random, style, open, actual, forecast, repCurrency),
      Sections_Reviewed__c: sectionsFor(random, style),
      Commit_Current_Quarter__c: forecast?.commit ?? null,
      Best_Case_Current_Quarter__c: forecast?.bestCase ?? null,
      Commit_Next_Quarter__c: forecast?.commitNext ?? null,
      Best_Case_Next_Quarter__c: forecast?.bestCaseNext ?? null,
      Forecast_Period_Start__c: forecast ? isoDate(quarter.startDay) : null,
      Forecast_Period_End__c: forecast ? isoDate(quarter.endDay) : null,
      Snapshot__c: figures?.json ?? null,
      Snapshot_Version__c: figures?.version ?? null,
      Health_Score__c: figures?.healthScore ?? null,
      Coverage_Current_Quarter__c:
        figures && figures.coverage !== null ? Math.round(figures.coverage * 100) / 100 : null,
      Main_Gap__c: figures?.mainGap ?? null
    } satisfies Partial<CoachingSessionRecord>);
    team?.held.push(toSession(record as unknown as ApiRecord)!);
    const end = actual + pair.duration * MINUTE_MS;
    actionItems(random, record, sessionDay, end, open, manager, rep, traits);
    // Feedback arrives a few hours to two days later, when the rep answers at all.
    const answeredAt = end + random.int(2 * 60, 40 * 60) * MINUTE_MS;
    if (random.chance(traits.responds) && answeredAt < ctx.now)
      feedbackFor(random, record, rep, manager, style, answeredAt);
  };

  const actionItems = (
    random: Random,
    session: CoachingSessionRecord,
    sessionDay: number,
    createdAt: number,
    open: { deal: Deal; state: DealState }[],
    manager: Person,
    rep: Person,
    traits: StyleTraits
  ): void => {
    const count = random.int(traits.itemsMin, traits.itemsMax);
    const accounts = pipeline.accountsByOwner.get(rep.user.Id) ?? [];
    // The deals worth an action: pushed, past due or stuck; otherwise any open deal.
    const risky = open.filter(
      ({ state }) =>
        state.pushCount >= 2 || state.closeDay < sessionDay || (state.lastActivityDay ?? 0) < sessionDay - 14
    );
    for (let n = 0; n < count; n++) {
      const kind = random.weighted([
        ['deal', open.length > 0 ? 0.5 : 0],
        ['account', accounts.length > 0 ? 0.2 : 0],
        ['skill', 0.3]
      ] as const);
      const target = kind === 'deal' ? random.pick(risky.length > 0 && random.chance(0.7) ? risky : open) : null;
      const account = kind === 'account' ? random.pick(accounts) : null;
      const subject =
        kind === 'deal'
          ? fill(random.pick(ACTION_TEMPLATES_DEAL), target!.deal, target!.deal.account.shortName)
          : kind === 'account'
            ? fill(random.pick(ACTION_TEMPLATES_ACCOUNT), null, account!.shortName)
            : random.pick(ACTION_TEMPLATES_SKILL);
      const dueDay = workingDayOnOrAfter(sessionDay + random.pick([3, 7, 7, 14]));
      const roll = random.next();
      let status: ActionItemRecord['Status__c'];
      let completedDay: number | null = null;
      if (dueDay < ctx.anchorDay) {
        status =
          roll < traits.itemsDone
            ? 'Done'
            : roll < traits.itemsDone + 0.05
              ? 'Cancelled'
              : random.pick(['Open', 'In Progress']);
      } else {
        status = roll < 0.3 ? 'Done' : roll < 0.55 ? 'In Progress' : 'Open';
      }
      if (status === 'Done') completedDay = Math.min(ctx.anchorDay, Math.max(sessionDay, dueDay + random.int(-5, 3)));
      const Id = ctx.ids.next('Action_Item__c');
      const state = target?.state;
      out.actionItems.push({
        attributes: ctx.attributes('Action_Item__c'),
        Id,
        Name: truncate(subject, 80),
        OwnerId: manager.user.Id,
        Session__c: session.Id,
        Manager__c: manager.user.Id,
        Rep__c: rep.user.Id,
        Assignee__c: random.chance(0.85) ? rep.user.Id : manager.user.Id,
        Due_Date__c: isoDate(dueDay),
        Status__c: status,
        Completed_Date__c: completedDay === null ? null : isoDate(completedDay),
        Opportunity__c: target ? target.deal.id : null,
        Account__c: target ? target.deal.account.id : account ? account.id : null,
        Description__c: random.chance(0.4) ? 'Agreed in the 1:1; report back next week.' : null,
        Baseline_Stage__c: state ? STAGES[state.stage].name : null,
        Baseline_Close_Date__c: state ? isoDate(state.closeDay) : null,
        Baseline_Amount__c: state ? state.amount : null,
        Baseline_Activity_Date__c: state && state.lastActivityDay !== null ? isoDate(state.lastActivityDay) : null,
        CurrencyIsoCode: target ? target.deal.currency : rep.location.currency,
        CreatedDate: isoDateTime(createdAt)
      });
    }
  };

  const feedbackFor = (
    random: Random,
    session: CoachingSessionRecord,
    rep: Person,
    manager: Person,
    style: PairStyle,
    answeredAt: number
  ): void => {
    const repLean = stream(ctx.seed, 'lean', rep.user.Id).normal() * 0.3;
    const ratings = STYLE[style].ratings.map((mean) => clampRound(mean + repLean + random.normal() * 0.6, 1, 5));
    const average = ratings.reduce((a, b) => a + b, 0) / ratings.length;
    const Id = ctx.ids.next('Coaching_Feedback__c');
    out.feedback.push({
      attributes: ctx.attributes('Coaching_Feedback__c'),
      Id,
      Name: `FB-${String(++feedbackNumber).padStart(5, '0')}`,
      OwnerId: rep.user.Id,
      Session__c: session.Id,
      Rep__c: rep.user.Id,
      Manager__c: manager.user.Id,
      Preparation_Rating__c: ratings[0],
      Pipeline_Insight_Rating__c: ratings[1],
      Skill_Development_Rating__c: ratings[2],
      Action_Clarity_Rating__c: ratings[3],
      Rep_Agenda_Rating__c: ratings[4],
      Overall_Value__c: clampRound(average * 2 + random.normal() * 0.8, 0, 10),
      Improvement__c: random.chance(0.45)
        ? random.pick(style === 'stretched' ? IMPROVEMENTS_STRETCHED : IMPROVEMENTS_STEADY)
        : null,
      Session_Key__c: session.Id,
      CreatedDate: isoDateTime(answeredAt)
    });
  };

  const reviewsFor = (rep: Rep, manager: Person, style: CoachingStyle, deals: Deal[]): void => {
    const random = stream(ctx.seed, 'reviews', rep.index);
    const reviewFrom = ctx.now - 26 * 7 * DAY_MS;
    const review = (deal: Deal, type: DealReviewRecord['Review_Type__c'], reviewedDay: number): void => {
      const cause = random.weighted(ROOT_CAUSE_WEIGHTS[type === 'Disengaged' ? 'disengaged' : rep.profile]);
      const Id = ctx.ids.next('Deal_Review__c');
      out.reviews.push({
        attributes: ctx.attributes('Deal_Review__c'),
        Id,
        Name: `DR-${String(++reviewNumber).padStart(5, '0')}`,
        Opportunity__c: deal.id,
        Review_Type__c: type,
        Root_Cause__c: cause,
        Notes__c: cause === 'Other' || random.chance(0.5) ? random.pick(REVIEW_NOTES[cause]) : null,
        Reviewed_By__c: random.chance(0.8) ? rep.user.Id : manager.user.Id,
        Reviewed_On__c: isoDate(reviewedDay),
        Review_Key__c: `${deal.id}:${type}`,
        CurrencyIsoCode: deal.currency,
        CreatedDate: isoDateTime(reviewedDay * DAY_MS + (10 - rep.location.utcOffsetHours) * HOUR_MS)
      });
    };
    for (const deal of deals) {
      const state = deal.stateAt(ctx.now)!;
      if (state.stage === LOST && deal.endsAt >= reviewFrom) {
        const reviewedDay = dayOf(deal.endsAt) + random.int(1, 12);
        const recent = deal.endsAt > ctx.now - 14 * DAY_MS;
        if (reviewedDay <= ctx.anchorDay && random.chance(STYLE[style].reviewed * (recent ? 0.5 : 1)))
          review(deal, 'Lost', reviewedDay);
      } else if (state.stage < WON) {
        const lastTouch = Math.max(
          state.lastActivityDay ?? -Infinity,
          dayOf(state.lastStageChangeAt ?? deal.createdAt)
        );
        if (lastTouch < ctx.anchorDay - DISENGAGED_DAYS && random.chance(0.3))
          review(deal, 'Disengaged', ctx.anchorDay - random.int(0, 20));
      }
    }
  };

  const runTeam = (pairs: Pair[], team: TeamAtTime | null): void => {
    const heldSlots: HeldSlot[] = [];
    for (const pair of pairs) schedulePair(pair, heldSlots);
    // In time order across the team, so each snapshot sees every 1:1 the team held before it.
    heldSlots.sort((a, b) => a.actual - b.actual);
    for (const slot of heldSlots) writeHeld(slot, team);
  };
  const pairOf = (manager: Person, rep: Person, style: PairStyle, profile: RepProfile | null): Pair => ({
    manager,
    rep,
    style,
    profile,
    deals: pipeline.recentDeals.get(rep.user.Id) ?? [],
    traits: STYLE[style],
    timeZone: '',
    duration: 0
  });

  let byOwner: Map<Id, OpportunityRecord[]> | null = null;
  const opportunitiesByOwner = (): Map<Id, OpportunityRecord[]> => {
    if (!byOwner) {
      byOwner = new Map();
      for (const o of pipeline.opportunities) {
        let list = byOwner.get(o.OwnerId);
        if (!list) byOwner.set(o.OwnerId, (list = []));
        list.push(o);
      }
    }
    return byOwner;
  };
  for (const team of people.teams) {
    const state = new TeamAtTime(ctx, [team.manager, ...team.reps], pipeline, quotas, opportunitiesByOwner);
    runTeam(
      team.reps.filter((rep) => rep.hasCadence).map((rep) => pairOf(team.manager, rep, team.style, rep.profile)),
      state
    );
    for (const rep of team.reps) reviewsFor(rep, team.manager, team.style, pipeline.recentDeals.get(rep.user.Id) ?? []);
  }
  runTeam(
    people.teams.map((team) => pairOf(people.leader, team.manager, 'leader', null)),
    null
  );
  return out;
}

interface Forecast {
  commit: number;
  bestCase: number;
  commitNext: number;
  bestCaseNext: number;
}

/** What a rep calls at a 1:1: won so far plus the committed deals, coloured by the rep's habitual bias. */
function forecastAt(
  random: Random,
  bias: number,
  quarter: FiscalQuarter,
  next: FiscalQuarter,
  open: { deal: Deal; state: DealState }[],
  closed: { deal: Deal; state: DealState }[],
  convert: (amount: number, deal: Deal) => number
): Forecast {
  let won = 0;
  for (const { deal, state } of closed) if (state.stage === WON) won += convert(state.amount, deal);
  const sums = (q: FiscalQuarter): { commit: number; best: number; pipeline: number } => {
    const s = { commit: 0, best: 0, pipeline: 0 };
    for (const { deal, state } of open) {
      if (state.closeDay < q.startDay || state.closeDay > q.endDay) continue;
      const amount = convert(state.amount, deal);
      if (state.category === 'Commit') s.commit += amount;
      else if (state.category === 'Best Case') s.best += amount;
      else if (state.category === 'Pipeline') s.pipeline += amount;
    }
    return s;
  };
  const current = sums(quarter);
  const following = sums(next);
  const commit = roundThousands((won + current.commit) * bias * random.between(0.95, 1.05));
  const commitNext = roundThousands(following.commit * bias * random.between(0.9, 1.1));
  return {
    commit,
    bestCase: Math.max(commit, roundThousands(won + current.commit + current.best + 0.2 * current.pipeline)),
    commitNext,
    bestCaseNext: Math.max(commitNext, roundThousands(following.commit + following.best + 0.2 * following.pipeline))
  };
}

function sectionsFor(random: Random, style: PairStyle): string {
  const keep = (key: string): boolean => {
    if (key === 'Opportunity_Review' || key === 'Forecast') return true;
    if (style === 'steady') return random.chance(0.85);
    if (style === 'leader') return key === 'Action_Items' || key === 'Skills' || key === 'Pipeline_Risk';
    return random.chance(key === 'Pipeline_Risk' || key === 'Action_Items' ? 0.5 : 0.15);
  };
  return AGENDA_SECTION_KEYS.filter(keep).join(';');
}

function notesFor(
  random: Random,
  style: PairStyle,
  open: { deal: Deal; state: DealState }[],
  at: number,
  forecast: Forecast | null,
  currency: string
): string {
  const today = dayOf(at);
  const opener = random.pick(style === 'stretched' ? NOTE_OPENERS_STRETCHED : NOTE_OPENERS_STEADY);
  if (style === 'leader') return `${opener} Team forecast, hiring plan and one coaching focus per rep.`;
  const pastDue = open.filter(({ state }) => state.closeDay < today).length;
  const parts = [opener, `${open.length} open deals, ${pastDue} past their close date.`];
  const pushed = open
    .filter(({ state }) => state.pushCount >= 2)
    .sort((a, b) => b.state.pushCount - a.state.pushCount)[0];
  if (pushed)
    parts.push(
      `${pushed.deal.name} has moved ${pushed.state.pushCount} times: what has to be true to close on the new date?`
    );
  if (forecast)
    parts.push(
      `Commit ${forecast.commit.toLocaleString('en-US')} ${currency}, best case ${forecast.bestCase.toLocaleString('en-US')}.`
    );
  return parts.join(' ');
}
