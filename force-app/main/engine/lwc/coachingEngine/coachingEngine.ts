/**
 * The coaching engine's public API: what components, the preview, the CLI and the benchmark call.
 * `createCoachingEngine` indexes a dataset once for one clock and answers every view from that index: the
 * team view, each rep's agenda, deal coaching, oversight. What a view computes for a team (metrics, deal
 * health, diagnosis) is kept in the engine, so the agendas of a team after its team view reuse it. The
 * `build*` functions are one-shot shorthands. Nothing is kept between engines unless the caller passes a
 * `SnapshotCache`. Every function takes an explicit clock and returns plain results with typed warnings; none
 * of them throws on bad data.
 */
import type {
  Account,
  ActionItem,
  Cadence,
  CoachingDataset,
  Clock,
  DealReview,
  EngineWarning,
  Feedback,
  Id,
  IsoDate,
  IsoDateTime,
  Opportunity,
  Quota,
  Session,
  User
} from 'c/coachingModel';
import {
  dayFromIso,
  instantMs,
  instantOfLocal,
  isValidTimeZone,
  isoFromDay,
  isoFromInstant,
  localDay,
  localDayOfIso
} from 'c/calendarDate';
import { WarningLog, shown } from 'c/engineWarnings';
import type { WarningCode } from 'c/engineWarnings';
import { indexStages, resolveSettings } from 'c/coachingSettings';
import type { ResolvedSettings, StageInfo } from 'c/coachingSettings';
import { createFiscalQuarters, fiscalFrame } from 'c/fiscalCalendar';
import type { FiscalFrame, FiscalQuarter, FiscalQuarters } from 'c/fiscalCalendar';
import { createCurrencyConverter } from 'c/currencyConversion';
import {
  computeOrgPipeline,
  convertedAmount,
  createMetricsContext,
  effectiveCloseDay,
  factOrNull,
  finishMetrics,
  indexQuotas,
  quotaForQuarter,
  recordFacts,
  teamMetrics,
  totalsOf
} from 'c/pipelineMetrics';
import type { MetricsContext, OrgPipeline, RecordFacts, RepMetrics } from 'c/pipelineMetrics';
import { assessDeal, dealDays, stageThresholds } from 'c/dealHealth';
import type { DealContext, DealDays, DealHealth } from 'c/dealHealth';
import { rollUpRepHealth } from 'c/repHealth';
import type { RepHealth } from 'c/repHealth';
import {
  SNAPSHOT_MAX_CHARS,
  SNAPSHOT_VERSION,
  buildSnapshot,
  diffSnapshots,
  parseSnapshot,
  serializeSnapshot,
  sightings
} from 'c/pipelineSnapshot';
import type { PipelineSnapshot, Sighting, SnapshotDiff } from 'c/pipelineSnapshot';
import { accountPriorities, collectAccountFacts } from 'c/accountPriority';
import type { AccountFacts, AccountPriorities } from 'c/accountPriority';
import { diagnoseRep, teamMedians } from 'c/repDiagnosis';
import type { Diagnosis, DiagnosisFigures, TeamMedians } from 'c/repDiagnosis';
import { buildRepAgenda, documentedReview } from 'c/agendaBuilder';
import type { Agenda } from 'c/agendaBuilder';
import { cadenceAdherence, nextOccurrences } from 'c/cadenceSchedule';
import type { Slot } from 'c/cadenceSchedule';
import { repForecastView, repForecasts } from 'c/forecastAccuracy';
import type { ForecastInput, RepForecastView } from 'c/forecastAccuracy';
import { managerOversight } from 'c/managerOversight';
import type { ManagerOversight, OversightWindow } from 'c/managerOversight';
import { ratio } from 'c/numberStats';

export type { Agenda, AgendaItem, AgendaSection, Fact } from 'c/agendaBuilder';
export type { DealHealth, DealFactor, StageThreshold } from 'c/dealHealth';
export type { RepHealth, HealthComponent } from 'c/repHealth';
export type { RepMetrics, QuarterMetrics, QuotaScope } from 'c/pipelineMetrics';
export type { Diagnosis, Gap, Evidence, TeamMedians } from 'c/repDiagnosis';
export type { AccountPriorities } from 'c/accountPriority';
export type { PipelineSnapshot, SnapshotDiff, DealChange } from 'c/pipelineSnapshot';
export type { ManagerOversight, OversightWindow } from 'c/managerOversight';
export type {
  QuarterForecast,
  ForecastRollUp,
  ForecastCall,
  RepForecastView,
  CurrentQuarterForecast
} from 'c/forecastAccuracy';
export type { SurveyAggregate } from 'c/surveyResults';
export type { Slot, Adherence } from 'c/cadenceSchedule';
export type { FiscalQuarter } from 'c/fiscalCalendar';
export { DEFAULT_SETTINGS } from 'c/coachingSettings';
export { parseSnapshot, diffSnapshots, SNAPSHOT_VERSION, SNAPSHOT_MAX_CHARS } from 'c/pipelineSnapshot';
export { aggregateSurvey } from 'c/surveyResults';
export { nextOccurrences, cadenceAdherence } from 'c/cadenceSchedule';
export { accuracyOf } from 'c/forecastAccuracy';

/** What every result carries about how it was computed. */
export interface ResultContext {
  generatedAt: IsoDateTime;
  today: IsoDate;
  timeZone: string;
  currency: string;
  currentQuarter: FiscalQuarter;
  nextQuarter: FiscalQuarter;
  /** The warnings of everything the engine has read so far (an engine answering several views shares them). */
  warnings: EngineWarning[];
  warningCounts: Partial<Record<WarningCode, number>>;
}

/**
 * Parsed 1:1 snapshots by session, reused while the stored JSON is unchanged. Owned by the caller: a component
 * that rebuilds its views from the same records keeps one and passes it to each engine, so a refresh does not
 * parse hundreds of snapshots again. Without one, each engine parses each snapshot once.
 */
export class SnapshotCache {
  private readonly entries = new Map<Id, { json: string; snapshot: PipelineSnapshot | null }>();
  private readonly seen = new Map<Id, { late: number; snapshots: PipelineSnapshot[]; sightings: Map<Id, Sighting> }>();

  constructor(readonly limit = 5_000) {}

  get size(): number {
    return this.entries.size;
  }

  /** The session's parsed snapshot, or null (an unreadable one adds an INVALID_SNAPSHOT warning each time). */
  read(session: Session, log: WarningLog): PipelineSnapshot | null {
    const json = session.snapshotJson;
    if (!json) return null;
    const cached = this.entries.get(session.id);
    if (cached && cached.json === json) {
      if (!cached.snapshot) log.add('INVALID_SNAPSHOT', 'Snapshot is unreadable; it is ignored.', session.id);
      return cached.snapshot;
    }
    const parsed = parseSnapshot(json, session.id);
    if (!parsed.ok) log.add(parsed.warning.code, parsed.warning.message, session.id);
    // Oldest first out: a Map iterates in insertion order.
    if (!cached && this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as Id);
    const snapshot = parsed.ok ? parsed.snapshot : null;
    this.entries.set(session.id, { json, snapshot });
    return snapshot;
  }

  /**
   * When each deal of a rep was first seen in these snapshots (see `sightings`), reused while they are the same
   * parsed snapshots: weekly 1:1s add one snapshot a week, but a view reads them all.
   */
  sightingsOf(repId: Id, snapshots: readonly PipelineSnapshot[], lateStageProbability: number): Map<Id, Sighting> {
    const memo = this.seen.get(repId);
    if (
      memo &&
      memo.late === lateStageProbability &&
      memo.snapshots.length === snapshots.length &&
      memo.snapshots.every((snapshot, i) => snapshot === snapshots[i])
    )
      return memo.sightings;
    const result = sightings(snapshots, lateStageProbability);
    this.seen.set(repId, { late: lateStageProbability, snapshots: [...snapshots], sightings: result });
    return result;
  }
}

export interface EngineOptions {
  /** Reuse parsed snapshots across engines (see `SnapshotCache`). */
  snapshotCache?: SnapshotCache;
}

interface EngineIndex {
  nowMs: number;
  nowIso: IsoDateTime;
  timeZone: string;
  currency: string;
  log: WarningLog;
  settings: ResolvedSettings;
  stages: Map<string, StageInfo>;
  quarters: FiscalQuarters;
  frame: FiscalFrame;
  ctx: MetricsContext;
  users: Map<Id, User>;
  accountsById: Map<Id, Account>;
  accountsByOwner: Map<Id, Account[]>;
  oppsById: Map<Id, Opportunity>;
  oppsByOwner: Map<Id, Opportunity[]>;
  quotasByUser: Map<Id, Quota[]>;
  cadences: Cadence[];
  sessionsByRep: Map<Id, Session[]>;
  sessionsByManager: Map<Id, Session[]>;
  itemsByRep: Map<Id, ActionItem[]>;
  itemsByManager: Map<Id, ActionItem[]>;
  reviewsByOpp: Map<Id, DealReview[]>;
  feedbackByManager: Map<Id, Feedback[]>;
  snapshots: SnapshotCache;
  accountFacts: () => Map<Id, AccountFacts>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Records by their unique id, in input order; later duplicates are dropped with a DUPLICATE_ID warning. */
function byUniqueId<T extends { id: Id }>(
  records: readonly T[] | null | undefined,
  kind: string,
  log: WarningLog
): Map<Id, T> {
  const byId = new Map<Id, T>();
  for (const r of Array.isArray(records) ? records : []) {
    if (!r || typeof r.id !== 'string') {
      log.add('INVALID_VALUE', `A ${kind} record without an id was ignored.`);
      continue;
    }
    if (byId.has(r.id)) {
      log.add('DUPLICATE_ID', `${kind} ${r.id} appears more than once; the first record is used.`, r.id);
      continue;
    }
    byId.set(r.id, r);
  }
  return byId;
}

const unique = <T extends { id: Id }>(records: readonly T[] | null | undefined, kind: string, log: WarningLog): T[] => [
  ...byUniqueId(records, kind, log).values()
];

/** Reads the clock: an unreadable zone falls back to UTC, an unreadable instant to the epoch, both with a warning. */
function readClock(clock: Clock, log: WarningLog): { nowMs: number; timeZone: string; currency: string } {
  let timeZone = clock?.timeZone;
  if (!isValidTimeZone(timeZone)) {
    log.add('INVALID_TIME_ZONE', `Time zone "${shown(timeZone)}" is not an IANA zone; UTC is used.`);
    timeZone = 'UTC';
  }
  let nowMs = instantMs(clock?.now);
  if (nowMs === null) {
    log.add('INVALID_VALUE', `Clock "${shown(clock?.now)}" is not an ISO instant; 1970-01-01T00:00:00Z is used.`);
    nowMs = 0;
  }
  const currency = typeof clock?.targetCurrency === 'string' && clock.targetCurrency ? clock.targetCurrency : 'USD';
  return { nowMs, timeZone, currency };
}

/** The metrics context of a dataset and a clock: settings, quarters and conversion, each read once. */
function metricsContextOf(
  dataset: CoachingDataset,
  clock: Clock,
  log: WarningLog
): { ctx: MetricsContext; settings: ResolvedSettings; quarters: FiscalQuarters; currency: string } {
  const { nowMs, timeZone, currency } = readClock(clock, log);
  const settings = resolveSettings(dataset?.settings, log);
  const quarters = createFiscalQuarters(dataset?.fiscal, log);
  const frame = fiscalFrame(quarters, localDay(nowMs, timeZone));
  const converter = createCurrencyConverter(dataset?.currency, currency, log);
  return { ctx: createMetricsContext(frame, converter, settings, timeZone, nowMs, log), settings, quarters, currency };
}

/** One pass over each record list: de-duplicated and indexed by the keys every view needs. */
function indexDataset(dataset: CoachingDataset, clock: Clock, options: EngineOptions): EngineIndex {
  const log = new WarningLog();
  const { ctx, settings, quarters, currency } = metricsContextOf(dataset, clock, log);
  const { frame, timeZone, nowMs } = ctx;
  const ds: Partial<CoachingDataset> = dataset ?? {};

  const users = byUniqueId(ds.users, 'User', log);
  const accountsById = byUniqueId(ds.accounts, 'Account', log);
  const accountsByOwner = new Map<Id, Account[]>();
  for (const a of accountsById.values()) pushTo(accountsByOwner, a.ownerId, a);
  const oppsById = byUniqueId(ds.opportunities, 'Opportunity', log);
  const oppsByOwner = new Map<Id, Opportunity[]>();
  for (const o of oppsById.values()) pushTo(oppsByOwner, o.ownerId, o);
  // Oldest first by their ISO instants, which sort as text (no locale collation needed).
  const startOf = (s: Session): string => shown(s.actualStart ?? s.scheduledStart ?? '');
  const sessions = unique(ds.sessions, 'Session', log)
    .map((s) => ({ s, at: startOf(s) }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((x) => x.s);
  const sessionsByRep = new Map<Id, Session[]>();
  const sessionsByManager = new Map<Id, Session[]>();
  for (const s of sessions) {
    pushTo(sessionsByRep, s.repId, s);
    pushTo(sessionsByManager, s.managerId, s);
  }
  const itemsByRep = new Map<Id, ActionItem[]>();
  const itemsByManager = new Map<Id, ActionItem[]>();
  for (const a of unique(ds.actionItems, 'Action item', log)) {
    for (const key of new Set([a.repId, a.assigneeId])) if (key) pushTo(itemsByRep, key, a);
    if (a.managerId) pushTo(itemsByManager, a.managerId, a);
  }
  const reviewsByOpp = new Map<Id, DealReview[]>();
  for (const r of unique(ds.reviews, 'Deal review', log)) pushTo(reviewsByOpp, r.opportunityId, r);
  const feedbackByManager = new Map<Id, Feedback[]>();
  for (const f of unique(ds.feedback, 'Feedback', log)) pushTo(feedbackByManager, f.managerId, f);

  let accountFacts: Map<Id, AccountFacts> | null = null;
  return {
    nowMs,
    nowIso: ctx.nowIso,
    timeZone,
    currency,
    log,
    settings,
    stages: indexStages(settings.stages),
    quarters,
    frame,
    ctx,
    users,
    accountsById,
    accountsByOwner,
    oppsById,
    oppsByOwner,
    quotasByUser: indexQuotas(unique(ds.quotas, 'Quota', log)),
    cadences: unique(ds.cadences, 'Cadence', log),
    sessionsByRep,
    sessionsByManager,
    itemsByRep,
    itemsByManager,
    reviewsByOpp,
    feedbackByManager,
    snapshots: options.snapshotCache ?? new SnapshotCache(),
    accountFacts: () => (accountFacts ??= collectAccountFacts(oppsById.values()))
  };
}

/** The clock, zone, quarters and warnings a result was computed with: all in the metrics context. */
function resultContext({ ctx, currency }: { ctx: MetricsContext; currency: string }): ResultContext {
  const { frame, log } = ctx;
  return {
    generatedAt: ctx.nowIso,
    today: isoFromDay(frame.today),
    timeZone: ctx.timeZone,
    currency,
    currentQuarter: frame.current,
    nextQuarter: frame.next,
    warnings: log.warnings,
    warningCounts: { ...log.counts }
  };
}

/**
 * A rep's pipeline figures and what each opportunity says, read once per engine: they depend on nothing but the
 * rep's own records. Per-opportunity facts sit in arrays in the order of `opportunities` (no map per record).
 */
interface RepBase {
  repId: Id;
  opportunities: Opportunity[];
  /** Close day used for quarters and converted amount per opportunity (NaN = none; see `factOrNull`). */
  facts: RecordFacts;
  /** Day counts of the open deals (null for closed ones). */
  days: (DealDays | null)[];
  metrics: RepMetrics;
  /** Converted amounts by opportunity id, built when a view first asks. */
  amountOf: (opp: Opportunity) => number | null;
}

/** Everything computed for one rep in a team: the building blocks of the team view, the agenda and the diagnosis. */
interface RepState extends RepBase {
  deals: DealHealth[];
  health: RepHealth;
  heldSessions: Session[];
  snapshots: PipelineSnapshot[];
  forecast: RepForecastView;
  figures: DiagnosisFigures;
}

interface TeamState {
  reps: RepState[];
  medians: TeamMedians;
  diagnoses: Map<Id, Diagnosis>;
  dealCtx: DealContext;
}

/** The rep's 1:1s held by now, oldest first, with their start instants. */
interface HeldSessions {
  sessions: Session[];
  startMs: number[];
}

function heldSessionsOf(ix: EngineIndex, repId: Id): HeldSessions {
  const held: HeldSessions = { sessions: [], startMs: [] };
  for (const s of ix.sessionsByRep.get(repId) ?? []) {
    if (s.status !== 'Held') continue;
    const at = instantMs(s.actualStart);
    if (at === null || at > ix.nowMs) continue;
    held.sessions.push(s);
    held.startMs.push(at);
  }
  return held;
}

function repBaseOf(ix: EngineIndex, repId: Id): RepBase {
  const opportunities = ix.oppsByOwner.get(repId) ?? [];
  const { ctx } = ix;
  const facts = recordFacts(opportunities.length);
  const totals = totalsOf(opportunities, ctx, facts);
  const days = opportunities.map((o) => (o.isClosed ? null : dealDays(o, ix.frame.today, ix.timeZone)));
  const quotas = ix.quotasByUser.get(repId);
  const metrics = finishMetrics(
    repId,
    totals,
    quotaForQuarter(quotas, ix.frame.current, ctx, repId),
    quotaForQuarter(quotas, ix.frame.next, ctx, repId),
    ctx
  );
  let byId: Map<Id, number | null> | null = null;
  const amountOf = (opp: Opportunity): number | null => {
    byId ??= new Map(opportunities.map((o, i) => [o.id, factOrNull(facts.amounts[i])]));
    const known = byId.get(opp.id);
    return known !== undefined ? known : convertedAmount(opp, effectiveCloseDay(opp, ctx), ctx);
  };
  return { repId, opportunities, facts, days, metrics, amountOf };
}

/** A rep's won deals as close days and converted amounts: what forecast actuals are summed from. */
interface WonDeals {
  closeDays: number[];
  amounts: number[];
}

/** From the rep's base when there is one; otherwise only the won deals are read (oversight needs no more). */
function wonDealsOf(ix: EngineIndex, repId: Id, base: RepBase | undefined): WonDeals {
  const won: WonDeals = { closeDays: [], amounts: [] };
  const opportunities = base?.opportunities ?? ix.oppsByOwner.get(repId) ?? [];
  for (let i = 0; i < opportunities.length; i++) {
    const o = opportunities[i];
    if (!o.isWon) continue;
    const close = base ? factOrNull(base.facts.closeDays[i]) : effectiveCloseDay(o, ix.ctx);
    if (close === null) continue;
    won.closeDays.push(close);
    won.amounts.push((base ? factOrNull(base.facts.amounts[i]) : convertedAmount(o, close, ix.ctx)) ?? 0);
  }
  return won;
}

function forecastInput(ix: EngineIndex, repId: Id, won: WonDeals, sessions: readonly Session[]): ForecastInput {
  return {
    repId,
    sessions,
    today: ix.frame.today,
    timeZone: ix.timeZone,
    quarters: ix.quarters,
    converter: ix.ctx.converter,
    log: ix.log,
    wonBetween: (start, end) => {
      let sum = 0;
      for (let i = 0; i < won.closeDays.length; i++) {
        const close = won.closeDays[i];
        if (close >= start && close <= end) sum += won.amounts[i];
      }
      return sum;
    }
  };
}

function diagnosisFigures(
  ix: EngineIndex,
  base: RepBase,
  deals: readonly DealHealth[],
  snapshots: readonly PipelineSnapshot[],
  forecast: RepForecastView
): DiagnosisFigures {
  const { repId, opportunities, metrics } = base;
  const late = ix.settings.lateStageProbability;
  const seen = ix.snapshots.sightingsOf(repId, snapshots, late);
  const firstDay = snapshots.reduce<number | null>((min, s) => {
    const d = localDayOfIso(s.t, ix.timeZone);
    return d !== null && (min === null || d < min) ? d : min;
  }, null);
  // First seen at a late stage counts only after the first snapshot: a deal already late in the very first
  // snapshot had no earlier 1:1 to appear in, so it is not a surprise.
  const surprise = (s: { firstSeenLate: boolean }, firstSeenDay: number | null): boolean =>
    s.firstSeenLate && firstSeenDay !== null && firstDay !== null && firstSeenDay > firstDay;
  let candidates = 0;
  let wonSeen = 0;
  let wonNeverCommit = 0;
  const hidden: Id[] = [];
  if (firstDay !== null) {
    for (let i = 0; i < opportunities.length; i++) {
      const o = opportunities[i];
      if (o.isWon) {
        const close = factOrNull(base.facts.closeDays[i]);
        if (close === null || close <= firstDay || close < ix.frame.trailingStartDay) continue;
        const s = seen.get(o.id);
        const firstSeenDay = s ? localDayOfIso(s.firstSeen, ix.timeZone) : null;
        candidates++;
        const seenBeforeClose = s !== undefined && firstSeenDay !== null && firstSeenDay < close;
        if (!seenBeforeClose || surprise(s, firstSeenDay)) hidden.push(o.id);
        if (seenBeforeClose) {
          wonSeen++;
          if (!s.everCommit) wonNeverCommit++;
        }
      } else if (!o.isClosed && o.probability !== null && o.probability >= late) {
        const s = seen.get(o.id);
        candidates++;
        if (!s || surprise(s, localDayOfIso(s.firstSeen, ix.timeZone))) hidden.push(o.id);
      }
    }
  }
  const scored = forecast.quarters;
  const slipping = deals.filter((d) => d.pushCount > 0 || d.daysPastDue !== null).length;
  return {
    repId,
    closedDeals: metrics.trailing.wonCount + metrics.trailing.lostCount,
    winRate: metrics.trailing.winRateByCount,
    coverage: metrics.current.coverage,
    requiredCoverage: metrics.requiredCoverage,
    quotaMet: metrics.current.coverageNote === 'QUOTA_MET',
    creationRatio: metrics.creation.ratio,
    averageWonAmount: metrics.trailing.averageWonAmount,
    salesCycleDays: metrics.trailing.salesCycleDays,
    openDeals: deals.length,
    slippageShare: ratio(slipping, deals.length),
    commitQuarters: scored.length,
    commitMissed: scored.filter((f) => f.missed).length,
    wonNeverCommitShare: ratio(wonNeverCommit, wonSeen),
    wonSeen,
    hiddenCandidates: candidates,
    hiddenDealIds: hidden
  };
}

export interface TeamOptions {
  /** The manager whose direct reports form the team. */
  managerId?: Id;
  /** Or an explicit list of reps. */
  repIds?: Id[];
}

/** The reps of a team: explicit ids, else the manager's active direct reports, else every active user who manages no one. */
function teamOf(ix: EngineIndex, options: TeamOptions): Id[] {
  if (options.repIds) return [...new Set(options.repIds)];
  const users = [...ix.users.values()];
  if (options.managerId) return users.filter((u) => u.isActive && u.managerId === options.managerId).map((u) => u.id);
  const managers = new Set(users.map((u) => u.managerId).filter(Boolean));
  return users.filter((u) => u.isActive && !managers.has(u.id)).map((u) => u.id);
}

/** The rep's peers: the manager's active direct reports (the rep alone when the manager link is missing). */
function peersOf(ix: EngineIndex, repId: Id): Id[] {
  const managerId = ix.users.get(repId)?.managerId ?? null;
  if (!managerId) {
    ix.log.add('MANAGER_MISSING', `User ${repId} has no manager; team comparisons use the rep alone.`, repId);
    return [repId];
  }
  const peers = teamOf(ix, { managerId });
  return peers.includes(repId) ? peers : [...peers, repId];
}

export interface RepView {
  repId: Id;
  name: string;
  metrics: RepMetrics;
  health: RepHealth;
  diagnosis: Diagnosis;
  /** Open deals, least healthy first. */
  deals: DealHealth[];
  /** Forecast accuracy and bias of the trailing quarters, and this quarter's commits week over week. */
  forecast: RepForecastView;
}

export interface TeamView extends ResultContext {
  reps: RepView[];
  team: RepMetrics;
  medians: TeamMedians;
}

export interface AgendaView extends ResultContext {
  agenda: Agenda | null;
  metrics: RepMetrics | null;
  health: RepHealth | null;
  diagnosis: Diagnosis | null;
  accounts: AccountPriorities | null;
  /** Changes since the last held 1:1's snapshot. */
  changes: SnapshotDiff | null;
  forecast: RepForecastView | null;
}

export interface SessionSnapshot extends ResultContext {
  /** For Coaching_Session__c.Snapshot__c, Snapshot_Version__c and the key-metric fields. */
  snapshotJson: string;
  snapshotVersion: number;
  characters: number;
  fitsField: boolean;
  healthScore: number | null;
  coverageCurrentQuarter: number | null;
  mainGap: string | null;
}

export interface DealSighting {
  sessionId: Id;
  takenAt: IsoDateTime;
  stageName: string;
  closeDate: IsoDate | null;
  amount: number | null;
  forecastCategory: string | null;
}

export interface DealCoachingView extends ResultContext {
  opportunity: Opportunity | null;
  /** Null for a closed deal or an unknown id. */
  health: DealHealth | null;
  /** The deal as each held 1:1 saw it, oldest first: the week-over-week story. */
  history: DealSighting[];
  reviews: DealReview[];
  /** A lost or disengaged deal still needs its root cause documented. */
  needsRootCause: boolean;
  openActionItems: ActionItem[];
}

export interface OversightView extends ResultContext {
  managers: ManagerOversight[];
}

export interface UpcomingSessions extends ResultContext {
  cadences: { cadenceId: Id; managerId: Id; repId: Id; next: Slot[] }[];
}

export interface OrgPipelineView extends ResultContext {
  pipeline: OrgPipeline;
}

/** Every view of one dataset at one moment, from one index. */
export interface CoachingEngine {
  /** Per-rep metrics, health, diagnosis and forecast, and the team's totals, for the manager's cockpit. */
  teamView(options?: TeamOptions): TeamView;
  /** The prepared 1:1 agenda for one rep now. */
  agenda(repId: Id): AgendaView;
  /** The snapshot and key figures to store on a 1:1 when it is held. */
  sessionSnapshot(repId: Id): SessionSnapshot;
  /** Coaching for one opportunity (the deal coaching panel on the Opportunity page). */
  dealCoaching(opportunityId: Id): DealCoachingView;
  /** Oversight figures for each manager over a window of local dates (inclusive). */
  oversight(managerIds: readonly Id[], window: OversightWindow): OversightView;
  /** The next occurrences of each active cadence of a manager or a rep. */
  upcoming(userId: Id, count: number): UpcomingSessions;
}

export function createCoachingEngine(
  dataset: CoachingDataset,
  clock: Clock,
  options: EngineOptions = {}
): CoachingEngine {
  const ix = indexDataset(dataset, clock, options);
  const bases = new Map<Id, RepBase>();
  const contexts = new Map<string, DealContext>();
  const teams = new Map<string, TeamState>();
  const teamKey = (repIds: readonly Id[]): string => [...new Set(repIds)].sort().join('\u0000');
  // Snapshots count from the start of the trailing window, midnight in the viewer's zone.
  const trailingStartMs = instantOfLocal(ix.frame.trailingStartDay, 0, ix.timeZone);

  const baseOf = (repId: Id): RepBase => {
    let base = bases.get(repId);
    if (!base) {
      base = repBaseOf(ix, repId);
      bases.set(repId, base);
    }
    return base;
  };

  /** Deal-health context of a team: stage thresholds from its open deals, capped by its sales cycle. */
  const dealContextOf = (repIds: readonly Id[]): DealContext => {
    const key = teamKey(repIds);
    let dealCtx = contexts.get(key);
    if (!dealCtx) {
      const open: { stageName: string; daysInStage: number }[] = [];
      let cycleSum = 0;
      let cycleCount = 0;
      for (const id of repIds) {
        const base = baseOf(id);
        cycleSum += base.metrics.totals.cycleDaysSum;
        cycleCount += base.metrics.totals.cycleCount;
        base.opportunities.forEach((o, i) => {
          const d = base.days[i];
          if (d) open.push({ stageName: o.stageName, daysInStage: d.inStage });
        });
      }
      dealCtx = {
        today: ix.frame.today,
        timeZone: ix.timeZone,
        settings: ix.settings,
        stages: ix.stages,
        thresholds: stageThresholds(open, ix.settings, ix.stages, ratio(cycleSum, cycleCount)),
        log: ix.log
      };
      contexts.set(key, dealCtx);
    }
    return dealCtx;
  };

  const repStateOf = (repId: Id, dealCtx: DealContext): RepState => {
    const base = baseOf(repId);
    const deals: DealHealth[] = [];
    for (let i = 0; i < base.opportunities.length; i++) {
      const o = base.opportunities[i];
      const d = base.days[i];
      if (d) deals.push(assessDeal(o, factOrNull(base.facts.amounts[i]), dealCtx, d));
    }
    const health = rollUpRepHealth(base.metrics, deals);
    const held = heldSessionsOf(ix, repId);
    const heldSessions = held.sessions;
    const snapshots: PipelineSnapshot[] = [];
    for (let i = 0; i < heldSessions.length; i++) {
      if (held.startMs[i] < trailingStartMs) continue;
      const snapshot = ix.snapshots.read(heldSessions[i], ix.log);
      if (snapshot) snapshots.push(snapshot);
    }
    const forecast = repForecastView(
      forecastInput(ix, repId, wonDealsOf(ix, repId, base), heldSessions),
      { startDay: ix.frame.current.startDay, endDay: ix.frame.current.endDay, label: ix.frame.current.label },
      ix.frame.trailingStartDay
    );
    return {
      ...base,
      deals,
      health,
      heldSessions,
      snapshots,
      forecast,
      figures: diagnosisFigures(ix, base, deals, snapshots, forecast)
    };
  };

  const teamStateOf = (repIds: readonly Id[]): TeamState => {
    const key = teamKey(repIds);
    let state = teams.get(key);
    if (!state) {
      const dealCtx = dealContextOf(repIds);
      const reps = [...new Set(repIds)].map((id) => repStateOf(id, dealCtx));
      const medians = teamMedians(reps.map((r) => r.figures));
      const diagnoses = new Map(reps.map((r) => [r.repId, diagnoseRep(r.figures, medians, ix.settings)]));
      state = { reps, medians, diagnoses, dealCtx };
      teams.set(key, state);
    }
    return state;
  };

  const liveSnapshot = (rep: RepState): PipelineSnapshot => {
    const m = rep.metrics;
    return buildSnapshot({
      repId: rep.repId,
      takenAt: ix.nowIso,
      currency: ix.currency,
      today: ix.frame.today,
      keepClosedFromDay: Math.min(ix.frame.current.startDay, ix.frame.today - 31),
      opportunities: rep.opportunities,
      amountOf: rep.amountOf,
      metrics: {
        q: m.current.quarter.label,
        quota: m.current.quota,
        won: m.current.closedWon,
        com: m.current.commit,
        bc: m.current.bestCase,
        pipe: m.current.openPipeline,
        cov: m.current.coverage,
        req: m.requiredCoverage,
        wr: m.trailing.winRateByCount,
        hs: rep.health.score
      }
    });
  };

  const repOf = (repId: Id): { rep: RepState; diagnosis: Diagnosis } => {
    const state = teamStateOf(peersOf(ix, repId));
    const rep = state.reps.find((r) => r.repId === repId) as RepState;
    return { rep, diagnosis: state.diagnoses.get(repId) as Diagnosis };
  };

  return {
    teamView(teamOptions = {}) {
      const state = teamStateOf(teamOf(ix, teamOptions));
      const reps = state.reps.map((r): RepView => ({
        repId: r.repId,
        name: ix.users.get(r.repId)?.name ?? r.repId,
        metrics: r.metrics,
        health: r.health,
        diagnosis: state.diagnoses.get(r.repId) as Diagnosis,
        deals: [...r.deals].sort((a, b) => a.score - b.score || (b.amount ?? 0) - (a.amount ?? 0)),
        forecast: r.forecast
      }));
      const team = teamMetrics(
        teamOptions.managerId ?? 'TEAM',
        state.reps.map((r) => r.metrics),
        ix.ctx
      );
      return { ...resultContext(ix), reps, team, medians: state.medians };
    },

    agenda(repId) {
      if (!ix.users.has(repId) && !ix.oppsByOwner.has(repId)) {
        ix.log.add('INVALID_VALUE', `Rep ${repId} is not in the dataset.`, repId);
        return {
          ...resultContext(ix),
          agenda: null,
          metrics: null,
          health: null,
          diagnosis: null,
          accounts: null,
          changes: null,
          forecast: null
        };
      }
      const { rep, diagnosis } = repOf(repId);
      const lastHeld = rep.heldSessions[rep.heldSessions.length - 1];
      const previous = lastHeld ? ix.snapshots.read(lastHeld, ix.log) : null;
      const changes = previous
        ? diffSnapshots(previous, liveSnapshot(rep), {
            stages: ix.stages,
            quarters: ix.quarters,
            lateStageProbability: ix.settings.lateStageProbability
          })
        : null;
      const accounts = accountPriorities({
        repId,
        today: ix.frame.today,
        settings: ix.settings,
        ownedAccounts: ix.accountsByOwner.get(repId) ?? [],
        accountsById: ix.accountsById,
        opportunities: rep.opportunities,
        facts: ix.accountFacts(),
        amountOf: rep.amountOf
      });
      const agenda = buildRepAgenda({
        repId,
        generatedAt: ix.nowIso,
        today: ix.frame.today,
        settings: ix.settings,
        metrics: rep.metrics,
        deals: rep.deals,
        opportunities: rep.opportunities,
        opportunitiesById: ix.oppsById,
        accountActivityDay: (id) => dayFromIso(ix.accountsById.get(id)?.lastActivityDate),
        actionItems: ix.itemsByRep.get(repId) ?? [],
        reviewsByOpportunity: ix.reviewsByOpp,
        lastHeldDay: lastHeld ? localDayOfIso(lastHeld.actualStart, ix.timeZone) : null,
        diff: changes,
        accounts,
        diagnosis,
        forecast: rep.forecast,
        amountOf: rep.amountOf
      });
      return {
        ...resultContext(ix),
        agenda,
        metrics: rep.metrics,
        health: rep.health,
        diagnosis,
        accounts,
        changes,
        forecast: rep.forecast
      };
    },

    sessionSnapshot(repId) {
      const { rep, diagnosis } = repOf(repId);
      const json = serializeSnapshot(liveSnapshot(rep));
      return {
        ...resultContext(ix),
        snapshotJson: json,
        snapshotVersion: SNAPSHOT_VERSION,
        characters: json.length,
        fitsField: json.length <= SNAPSHOT_MAX_CHARS,
        healthScore: rep.health.score,
        coverageCurrentQuarter: rep.metrics.current.coverage,
        mainGap: diagnosis.mainGap.code
      };
    },

    dealCoaching(opportunityId) {
      const opp = ix.oppsById.get(opportunityId) ?? null;
      if (!opp) {
        ix.log.add('INVALID_VALUE', `Opportunity ${opportunityId} is not in the dataset.`, opportunityId);
        return {
          ...resultContext(ix),
          opportunity: null,
          health: null,
          history: [],
          reviews: [],
          needsRootCause: false,
          openActionItems: []
        };
      }
      const peers = ix.users.has(opp.ownerId) ? peersOf(ix, opp.ownerId) : [opp.ownerId];
      const health = opp.isClosed ? null : assessDeal(opp, baseOf(opp.ownerId).amountOf(opp), dealContextOf(peers));
      const history: DealSighting[] = [];
      for (const s of heldSessionsOf(ix, opp.ownerId).sessions) {
        const snap = ix.snapshots.read(s, ix.log);
        const d = snap?.d.find((x) => x.i === opportunityId);
        if (snap && d)
          history.push({
            sessionId: s.id,
            takenAt: snap.t,
            stageName: snap.sg[d.s],
            closeDate: d.c,
            amount: d.a,
            forecastCategory: d.f
          });
      }
      const reviews = ix.reviewsByOpp.get(opportunityId) ?? [];
      const lost = opp.isClosed && !opp.isWon;
      const type = lost ? 'Lost' : 'Disengaged';
      const needsRootCause = (lost || health?.isDisengaged === true) && !documentedReview(reviews, type);
      const openActionItems = (ix.itemsByRep.get(opp.ownerId) ?? []).filter(
        (a) => a.opportunityId === opportunityId && (a.status === 'Open' || a.status === 'In Progress')
      );
      return { ...resultContext(ix), opportunity: opp, health, history, reviews, needsRootCause, openActionItems };
    },

    oversight(managerIds, window) {
      const startDay = dayFromIso(window?.start);
      const endDay = dayFromIso(window?.end);
      if (startDay === null || endDay === null || endDay < startDay) {
        ix.log.add(
          'INVALID_VALUE',
          `Window ${shown(window?.start)} – ${shown(window?.end)} is not a valid date range.`
        );
        return { ...resultContext(ix), managers: [] };
      }
      const startMs = instantOfLocal(startDay, 0, ix.timeZone);
      const endMs = instantOfLocal(endDay + 1, 0, ix.timeZone);
      const windowStart = isoFromInstant(startMs);
      const windowEnd = isoFromInstant(endMs);
      const enabledSections = ix.settings.agendaSections.filter((s) => s.enabled).map((s) => s.key);
      const managers = [...new Set(Array.isArray(managerIds) ? managerIds : [])].map((managerId) => {
        const own = ix.cadences.filter((c) => c.managerId === managerId && c.active);
        const sessions = ix.sessionsByManager.get(managerId) ?? [];
        const adherence = own.map((c) =>
          cadenceAdherence(c, sessions, windowStart, windowEnd, ix.nowIso, ix.settings.adherenceToleranceHours, ix.log)
        );
        const repIds = new Set([...teamOf(ix, { managerId }), ...own.map((c) => c.repId)]);
        const forecasts = [...repIds].flatMap((repId) =>
          repForecasts(
            forecastInput(
              ix,
              repId,
              wonDealsOf(ix, repId, bases.get(repId)),
              (ix.sessionsByRep.get(repId) ?? []).filter((s) => s.managerId === managerId)
            )
          )
        );
        return managerOversight({
          managerId,
          startDay,
          endDay,
          startMs,
          endMs,
          today: ix.frame.today,
          enabledSections,
          kAnonymityMinimum: ix.settings.kAnonymityMinimum,
          adherence,
          sessions,
          actionItems: ix.itemsByManager.get(managerId) ?? [],
          feedback: ix.feedbackByManager.get(managerId) ?? [],
          forecasts,
          log: ix.log
        });
      });
      return { ...resultContext(ix), managers };
    },

    upcoming(userId, count) {
      const cadences = ix.cadences.filter((c) => c.active && (c.managerId === userId || c.repId === userId));
      return {
        ...resultContext(ix),
        cadences: cadences.map((c) => ({
          cadenceId: c.id,
          managerId: c.managerId,
          repId: c.repId,
          next: nextOccurrences(c, ix.nowIso, count, ix.log)
        }))
      };
    }
  };
}

/** Per-rep metrics, health, diagnosis and forecast, and the team's totals, for the manager's cockpit. */
export function buildTeamView(
  dataset: CoachingDataset,
  clock: Clock,
  options: TeamOptions = {},
  engineOptions: EngineOptions = {}
): TeamView {
  return createCoachingEngine(dataset, clock, engineOptions).teamView(options);
}

/** The prepared 1:1 agenda for one rep now. */
export function buildAgenda(
  dataset: CoachingDataset,
  repId: Id,
  clock: Clock,
  engineOptions: EngineOptions = {}
): AgendaView {
  return createCoachingEngine(dataset, clock, engineOptions).agenda(repId);
}

/** The snapshot and key figures to store on a 1:1 when it is held. */
export function buildSessionSnapshot(
  dataset: CoachingDataset,
  repId: Id,
  clock: Clock,
  engineOptions: EngineOptions = {}
): SessionSnapshot {
  return createCoachingEngine(dataset, clock, engineOptions).sessionSnapshot(repId);
}

/** Coaching for one opportunity (the deal coaching panel on the Opportunity page). */
export function buildDealCoaching(
  dataset: CoachingDataset,
  opportunityId: Id,
  clock: Clock,
  engineOptions: EngineOptions = {}
): DealCoachingView {
  return createCoachingEngine(dataset, clock, engineOptions).dealCoaching(opportunityId);
}

/** Oversight figures for each manager over a window of local dates (inclusive). */
export function buildOversight(
  dataset: CoachingDataset,
  managerIds: readonly Id[],
  window: OversightWindow,
  clock: Clock
): OversightView {
  return createCoachingEngine(dataset, clock).oversight(managerIds, window);
}

/** The next occurrences of each active cadence of a manager or a rep. */
export function buildUpcoming(dataset: CoachingDataset, userId: Id, count: number, clock: Clock): UpcomingSessions {
  return createCoachingEngine(dataset, clock).upcoming(userId, count);
}

/**
 * The org-wide pass: pipeline metrics for every owner (and every user with a quota) and the org in one sweep
 * over the opportunities. It needs no index, so it reads nothing but opportunities, quotas and settings.
 */
export function buildOrgPipeline(dataset: CoachingDataset, clock: Clock): OrgPipelineView {
  const log = new WarningLog();
  const { ctx, currency } = metricsContextOf(dataset, clock, log);
  const pipeline = computeOrgPipeline(
    Array.isArray(dataset?.opportunities) ? dataset.opportunities : [],
    indexQuotas(Array.isArray(dataset?.quotas) ? dataset.quotas : []),
    ctx
  );
  return {
    ...resultContext({ ctx, currency }),
    pipeline
  };
}
