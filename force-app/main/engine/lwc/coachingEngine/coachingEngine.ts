/**
 * The coaching engine's public API: what components, the preview, the CLI and the benchmark call. It indexes
 * the dataset once (by owner, by id, by rep), then composes the service bundles. Every function takes an
 * explicit clock and returns plain results with typed warnings; none of them throws on bad data.
 */
import type {
  Account,
  ActionItem,
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
import { WarningLog } from 'c/engineWarnings';
import type { WarningCode } from 'c/engineWarnings';
import { indexStages, resolveSettings } from 'c/coachingSettings';
import type { ResolvedSettings, StageInfo } from 'c/coachingSettings';
import { createFiscalQuarters, fiscalFrame } from 'c/fiscalCalendar';
import type { FiscalFrame, FiscalQuarter, FiscalQuarters } from 'c/fiscalCalendar';
import { createCurrencyConverter } from 'c/currencyConversion';
import {
  PipelineTotals,
  addOpportunity,
  computeOrgPipeline,
  convertedAmount,
  createMetricsContext,
  finishMetrics,
  indexQuotas,
  quotaForQuarter,
  teamMetrics
} from 'c/pipelineMetrics';
import type { MetricsContext, OrgPipeline, RepMetrics } from 'c/pipelineMetrics';
import { assessDeal, stageThresholds } from 'c/dealHealth';
import type { DealContext, DealHealth } from 'c/dealHealth';
import { rollUpRepHealth } from 'c/repHealth';
import type { RepHealth } from 'c/repHealth';
import { buildSnapshot, diffSnapshots, parseSnapshot, serializeSnapshot, sightings } from 'c/pipelineSnapshot';
import type { PipelineSnapshot, SnapshotDiff } from 'c/pipelineSnapshot';
import { accountPriorities, collectAccountFacts } from 'c/accountPriority';
import type { AccountFacts, AccountPriorities } from 'c/accountPriority';
import { diagnoseRep, teamMedians } from 'c/repDiagnosis';
import type { Diagnosis, DiagnosisFigures, TeamMedians } from 'c/repDiagnosis';
import { buildRepAgenda } from 'c/agendaBuilder';
import type { Agenda } from 'c/agendaBuilder';
import { cadenceAdherence, nextOccurrences } from 'c/cadenceSchedule';
import type { Slot } from 'c/cadenceSchedule';
import { repForecasts } from 'c/forecastAccuracy';
import type { QuarterForecast } from 'c/forecastAccuracy';
import { managerOversight } from 'c/managerOversight';
import type { ManagerOversight, OversightWindow } from 'c/managerOversight';
import { ratio } from 'c/numberStats';

export type { Agenda, AgendaItem, AgendaSection, Fact } from 'c/agendaBuilder';
export type { DealHealth, DealFactor } from 'c/dealHealth';
export type { RepHealth, HealthComponent } from 'c/repHealth';
export type { RepMetrics, QuarterMetrics } from 'c/pipelineMetrics';
export type { Diagnosis, Gap, Evidence, TeamMedians } from 'c/repDiagnosis';
export type { AccountPriorities } from 'c/accountPriority';
export type { PipelineSnapshot, SnapshotDiff, DealChange } from 'c/pipelineSnapshot';
export type { ManagerOversight, OversightWindow } from 'c/managerOversight';
export type { QuarterForecast, ForecastRollUp } from 'c/forecastAccuracy';
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
  warnings: EngineWarning[];
  warningCounts: Partial<Record<WarningCode, number>>;
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
  opportunities: Opportunity[];
  oppsById: Map<Id, Opportunity>;
  oppsByOwner: Map<Id, Opportunity[]>;
  quotasByUser: Map<Id, Quota[]>;
  sessionsByRep: Map<Id, Session[]>;
  sessionsByManager: Map<Id, Session[]>;
  itemsByRep: Map<Id, ActionItem[]>;
  itemsByManager: Map<Id, ActionItem[]>;
  reviewsByOpp: Map<Id, DealReview[]>;
  feedbackByManager: Map<Id, Feedback[]>;
  dataset: CoachingDataset;
  accountFacts: () => Map<Id, AccountFacts>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Records with a unique id; later duplicates are dropped with a DUPLICATE_ID warning. */
function unique<T extends { id: Id }>(records: readonly T[] | null | undefined, kind: string, log: WarningLog): T[] {
  const seen = new Set<Id>();
  const out: T[] = [];
  for (const r of records ?? []) {
    if (!r || typeof r.id !== 'string') {
      log.add('INVALID_VALUE', `A ${kind} record without an id was ignored.`);
      continue;
    }
    if (seen.has(r.id)) {
      log.add('DUPLICATE_ID', `${kind} ${r.id} appears more than once; the first record is used.`, r.id);
      continue;
    }
    seen.add(r.id);
    out.push(r);
  }
  return out;
}

/** Reads the clock: an unreadable zone falls back to UTC, an unreadable instant to the epoch, both with a warning. */
function readClock(clock: Clock, log: WarningLog): { nowMs: number; timeZone: string; currency: string } {
  let timeZone = clock?.timeZone;
  if (!isValidTimeZone(timeZone)) {
    log.add('INVALID_TIME_ZONE', `Time zone "${String(timeZone)}" is not an IANA zone; UTC is used.`);
    timeZone = 'UTC';
  }
  let nowMs = instantMs(clock?.now);
  if (nowMs === null) {
    log.add('INVALID_VALUE', `Clock "${String(clock?.now)}" is not an ISO instant; 1970-01-01T00:00:00Z is used.`);
    nowMs = 0;
  }
  return { nowMs, timeZone, currency: clock?.targetCurrency || 'USD' };
}

/** One pass over each record list: de-duplicated and indexed by the keys every view needs. */
export function indexDataset(dataset: CoachingDataset, clock: Clock): EngineIndex {
  const log = new WarningLog();
  const { nowMs, timeZone, currency } = readClock(clock, log);
  const settings = resolveSettings(dataset.settings, log);
  const quarters = createFiscalQuarters(dataset.fiscal, log);
  const frame = fiscalFrame(quarters, localDay(nowMs, timeZone));
  const converter = createCurrencyConverter(dataset.currency, currency, log);
  const ctx = createMetricsContext(frame, converter, settings, timeZone, nowMs, log);

  const users = new Map(unique(dataset.users, 'User', log).map((u) => [u.id, u]));
  const accounts = unique(dataset.accounts, 'Account', log);
  const accountsByOwner = new Map<Id, Account[]>();
  for (const a of accounts) pushTo(accountsByOwner, a.ownerId, a);
  const opportunities = unique(dataset.opportunities, 'Opportunity', log);
  const oppsByOwner = new Map<Id, Opportunity[]>();
  for (const o of opportunities) pushTo(oppsByOwner, o.ownerId, o);
  const startOf = (s: Session): string => s.actualStart ?? s.scheduledStart;
  const sessions = unique(dataset.sessions, 'Session', log).sort((a, b) => startOf(a).localeCompare(startOf(b)));
  const sessionsByRep = new Map<Id, Session[]>();
  const sessionsByManager = new Map<Id, Session[]>();
  for (const s of sessions) {
    pushTo(sessionsByRep, s.repId, s);
    pushTo(sessionsByManager, s.managerId, s);
  }
  const itemsByRep = new Map<Id, ActionItem[]>();
  const itemsByManager = new Map<Id, ActionItem[]>();
  for (const a of unique(dataset.actionItems, 'Action item', log)) {
    for (const key of new Set([a.repId, a.assigneeId])) if (key) pushTo(itemsByRep, key, a);
    if (a.managerId) pushTo(itemsByManager, a.managerId, a);
  }
  const reviewsByOpp = new Map<Id, DealReview[]>();
  for (const r of unique(dataset.reviews, 'Deal review', log)) pushTo(reviewsByOpp, r.opportunityId, r);
  const feedbackByManager = new Map<Id, Feedback[]>();
  for (const f of unique(dataset.feedback, 'Feedback', log)) pushTo(feedbackByManager, f.managerId, f);
  let facts: Map<Id, AccountFacts> | null = null;
  return {
    nowMs,
    nowIso: isoFromInstant(nowMs),
    timeZone,
    currency,
    log,
    settings,
    stages: indexStages(settings.stages),
    quarters,
    frame,
    ctx,
    users,
    accountsById: new Map(accounts.map((a) => [a.id, a])),
    accountsByOwner,
    opportunities,
    oppsById: new Map(opportunities.map((o) => [o.id, o])),
    oppsByOwner,
    quotasByUser: indexQuotas(unique(dataset.quotas, 'Quota', log)),
    sessionsByRep,
    sessionsByManager,
    itemsByRep,
    itemsByManager,
    reviewsByOpp,
    feedbackByManager,
    dataset,
    accountFacts: () => (facts ??= collectAccountFacts(opportunities))
  };
}

function resultContext(ix: EngineIndex): ResultContext {
  return {
    generatedAt: ix.nowIso,
    today: isoFromDay(ix.frame.today),
    timeZone: ix.timeZone,
    currency: ix.currency,
    currentQuarter: ix.frame.current,
    nextQuarter: ix.frame.next,
    warnings: ix.log.warnings,
    warningCounts: { ...ix.log.counts }
  };
}

const amountFn =
  (ix: EngineIndex) =>
  (opp: Opportunity): number | null =>
    convertedAmount(opp, dayFromIso(opp.closeDate), ix.ctx);

/** Parsed snapshots by session, reused while the stored JSON is unchanged (views are rebuilt often). */
const snapshotCache = new Map<Id, { json: string; snapshot: PipelineSnapshot | null }>();
const SNAPSHOT_CACHE_LIMIT = 5_000;

function snapshotOf(session: Session, log: WarningLog): PipelineSnapshot | null {
  if (!session.snapshotJson) return null;
  const cached = snapshotCache.get(session.id);
  if (cached && cached.json === session.snapshotJson) {
    if (!cached.snapshot) log.add('INVALID_SNAPSHOT', 'Snapshot is unreadable; it is ignored.', session.id);
    return cached.snapshot;
  }
  const parsed = parseSnapshot(session.snapshotJson, session.id);
  if (!parsed.ok) log.add(parsed.warning.code, parsed.warning.message, session.id);
  if (snapshotCache.size >= SNAPSHOT_CACHE_LIMIT) snapshotCache.delete(snapshotCache.keys().next().value as Id);
  const snapshot = parsed.ok ? parsed.snapshot : null;
  snapshotCache.set(session.id, { json: session.snapshotJson, snapshot });
  return snapshot;
}

/** Everything computed for one rep: the building blocks of the team view, the agenda and the diagnosis. */
interface RepState {
  repId: Id;
  opportunities: Opportunity[];
  metrics: RepMetrics;
  deals: DealHealth[];
  health: RepHealth;
  heldSessions: Session[];
  snapshots: PipelineSnapshot[];
  forecasts: QuarterForecast[];
  figures: DiagnosisFigures;
}

function heldSessionsOf(ix: EngineIndex, repId: Id): Session[] {
  return (ix.sessionsByRep.get(repId) ?? []).filter((s) => {
    const at = instantMs(s.actualStart);
    return s.status === 'Held' && at !== null && at <= ix.nowMs;
  });
}

function wonBetweenFn(ix: EngineIndex, opportunities: readonly Opportunity[]) {
  const amountOf = amountFn(ix);
  return (start: number, end: number): number => {
    let sum = 0;
    for (const o of opportunities) {
      const close = dayFromIso(o.closeDate);
      if (o.isWon && close !== null && close >= start && close <= end) sum += amountOf(o) ?? 0;
    }
    return sum;
  };
}

function repState(ix: EngineIndex, repId: Id, dealCtx: DealContext): RepState {
  const opportunities = ix.oppsByOwner.get(repId) ?? [];
  const totals = new PipelineTotals();
  for (const o of opportunities) addOpportunity(totals, o, ix.ctx);
  const quotas = ix.quotasByUser.get(repId);
  const metrics = finishMetrics(
    repId,
    totals,
    quotaForQuarter(quotas, ix.frame.current, ix.ctx, repId),
    quotaForQuarter(quotas, ix.frame.next, ix.ctx, repId),
    ix.ctx
  );
  const amountOf = amountFn(ix);
  const deals = opportunities.filter((o) => !o.isClosed).map((o) => assessDeal(o, amountOf(o), dealCtx));
  const health = rollUpRepHealth(metrics, deals);
  const heldSessions = heldSessionsOf(ix, repId);
  const trailingStartMs = instantOfLocal(ix.frame.trailingStartDay, 0, ix.timeZone);
  const snapshots = heldSessions
    .filter((s) => (instantMs(s.actualStart) as number) >= trailingStartMs)
    .map((s) => snapshotOf(s, ix.log))
    .filter((s): s is PipelineSnapshot => s !== null);
  const forecasts = repForecasts({
    repId,
    sessions: heldSessions,
    today: ix.frame.today,
    timeZone: ix.timeZone,
    quarters: ix.quarters,
    converter: ix.ctx.converter,
    log: ix.log,
    wonBetween: wonBetweenFn(ix, opportunities)
  });
  return {
    repId,
    opportunities,
    metrics,
    deals,
    health,
    heldSessions,
    snapshots,
    forecasts,
    figures: diagnosisFigures(ix, repId, opportunities, metrics, deals, snapshots, forecasts)
  };
}

function diagnosisFigures(
  ix: EngineIndex,
  repId: Id,
  opportunities: readonly Opportunity[],
  metrics: RepMetrics,
  deals: readonly DealHealth[],
  snapshots: readonly PipelineSnapshot[],
  forecasts: readonly QuarterForecast[]
): DiagnosisFigures {
  const late = ix.settings.lateStageProbability;
  const seen = sightings(snapshots, late);
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
    for (const o of opportunities) {
      const s = seen.get(o.id);
      const firstSeenDay = s ? localDayOfIso(s.firstSeen, ix.timeZone) : null;
      if (o.isWon) {
        const close = dayFromIso(o.closeDate);
        if (close === null || close <= firstDay || close < ix.frame.trailingStartDay) continue;
        candidates++;
        const seenBeforeClose = s !== undefined && firstSeenDay !== null && firstSeenDay < close;
        if (!seenBeforeClose || surprise(s, firstSeenDay)) hidden.push(o.id);
        if (seenBeforeClose) {
          wonSeen++;
          if (!s.everCommit) wonNeverCommit++;
        }
      } else if (!o.isClosed && o.probability !== null && o.probability >= late) {
        candidates++;
        if (!s || surprise(s, firstSeenDay)) hidden.push(o.id);
      }
    }
  }
  const trailingStart = ix.frame.trailingStartDay;
  const scored = forecasts.filter((f) => (dayFromIso(f.periodStart) ?? -Infinity) >= trailingStart);
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

/** The reps of a team: explicit ids, else the manager's active direct reports, else every active user who manages no one. */
function teamOf(ix: EngineIndex, options: TeamOptions): Id[] {
  if (options.repIds) return [...new Set(options.repIds)];
  const users = [...ix.users.values()];
  if (options.managerId) return users.filter((u) => u.isActive && u.managerId === options.managerId).map((u) => u.id);
  const managers = new Set(users.map((u) => u.managerId).filter(Boolean));
  return users.filter((u) => u.isActive && !managers.has(u.id)).map((u) => u.id);
}

interface TeamState {
  reps: RepState[];
  medians: TeamMedians;
  diagnoses: Map<Id, Diagnosis>;
  dealCtx: DealContext;
}

/** Deal-health context with stage thresholds from the open deals of these reps. */
function dealContextFor(ix: EngineIndex, repIds: readonly Id[]): DealContext {
  const teamOpen: Opportunity[] = [];
  for (const id of repIds) for (const o of ix.oppsByOwner.get(id) ?? []) if (!o.isClosed) teamOpen.push(o);
  return {
    today: ix.frame.today,
    timeZone: ix.timeZone,
    settings: ix.settings,
    stages: ix.stages,
    thresholds: stageThresholds(teamOpen, ix.settings, ix.stages, ix.frame.today, ix.timeZone),
    log: ix.log
  };
}

function teamState(ix: EngineIndex, repIds: readonly Id[]): TeamState {
  const dealCtx = dealContextFor(ix, repIds);
  const reps = repIds.map((id) => repState(ix, id, dealCtx));
  const medians = teamMedians(reps.map((r) => r.figures));
  const diagnoses = new Map(reps.map((r) => [r.repId, diagnoseRep(r.figures, medians, ix.settings)]));
  return { reps, medians, diagnoses, dealCtx };
}

export interface TeamOptions {
  /** The manager whose direct reports form the team. */
  managerId?: Id;
  /** Or an explicit list of reps. */
  repIds?: Id[];
}

export interface RepView {
  repId: Id;
  name: string;
  metrics: RepMetrics;
  health: RepHealth;
  diagnosis: Diagnosis;
  /** Open deals, least healthy first. */
  deals: DealHealth[];
}

export interface TeamView extends ResultContext {
  reps: RepView[];
  team: RepMetrics;
  medians: TeamMedians;
}

/** Per-rep metrics, health and diagnosis, and the team's totals, for the manager's cockpit. */
export function buildTeamView(dataset: CoachingDataset, clock: Clock, options: TeamOptions = {}): TeamView {
  const ix = indexDataset(dataset, clock);
  const state = teamState(ix, teamOf(ix, options));
  const reps = state.reps.map((r): RepView => ({
    repId: r.repId,
    name: ix.users.get(r.repId)?.name ?? r.repId,
    metrics: r.metrics,
    health: r.health,
    diagnosis: state.diagnoses.get(r.repId) as Diagnosis,
    deals: [...r.deals].sort((a, b) => a.score - b.score || (b.amount ?? 0) - (a.amount ?? 0))
  }));
  return {
    ...resultContext(ix),
    reps,
    team: teamMetrics(
      options.managerId ?? 'TEAM',
      state.reps.map((r) => r.metrics),
      ix.ctx
    ),
    medians: state.medians
  };
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

function liveSnapshot(ix: EngineIndex, rep: RepState): PipelineSnapshot {
  const m = rep.metrics;
  return buildSnapshot({
    repId: rep.repId,
    takenAt: ix.nowIso,
    currency: ix.currency,
    today: ix.frame.today,
    keepClosedFromDay: Math.min(ix.frame.current.startDay, ix.frame.today - 31),
    opportunities: rep.opportunities,
    amountOf: amountFn(ix),
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
}

export interface AgendaView extends ResultContext {
  agenda: Agenda | null;
  metrics: RepMetrics | null;
  health: RepHealth | null;
  diagnosis: Diagnosis | null;
  accounts: AccountPriorities | null;
  /** Changes since the last held 1:1's snapshot. */
  changes: SnapshotDiff | null;
}

/** The prepared 1:1 agenda for one rep now. */
export function buildAgenda(dataset: CoachingDataset, repId: Id, clock: Clock): AgendaView {
  const ix = indexDataset(dataset, clock);
  const empty = { agenda: null, metrics: null, health: null, diagnosis: null, accounts: null, changes: null };
  if (!ix.users.has(repId) && !ix.oppsByOwner.has(repId)) {
    ix.log.add('INVALID_VALUE', `Rep ${repId} is not in the dataset.`, repId);
    return { ...resultContext(ix), ...empty };
  }
  const state = teamState(ix, peersOf(ix, repId));
  const rep = state.reps.find((r) => r.repId === repId) as RepState;
  const diagnosis = state.diagnoses.get(repId) as Diagnosis;
  const amountOf = amountFn(ix);
  const lastHeld = rep.heldSessions[rep.heldSessions.length - 1];
  const previous = lastHeld ? snapshotOf(lastHeld, ix.log) : null;
  const changes = previous
    ? diffSnapshots(previous, liveSnapshot(ix, rep), {
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
    amountOf
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
    heldSessions: rep.heldSessions,
    lastHeldDay: lastHeld ? localDayOfIso(lastHeld.actualStart, ix.timeZone) : null,
    diff: changes,
    accounts,
    diagnosis,
    forecasts: rep.forecasts,
    amountOf
  });
  return { ...resultContext(ix), agenda, metrics: rep.metrics, health: rep.health, diagnosis, accounts, changes };
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

/** The snapshot and key figures to store on a 1:1 when it is held. */
export function buildSessionSnapshot(dataset: CoachingDataset, repId: Id, clock: Clock): SessionSnapshot {
  const ix = indexDataset(dataset, clock);
  const state = teamState(ix, peersOf(ix, repId));
  const rep = state.reps.find((r) => r.repId === repId) as RepState;
  const diagnosis = state.diagnoses.get(repId) as Diagnosis;
  const json = serializeSnapshot(liveSnapshot(ix, rep));
  return {
    ...resultContext(ix),
    snapshotJson: json,
    snapshotVersion: 1,
    characters: json.length,
    fitsField: json.length <= 131_072,
    healthScore: rep.health.score,
    coverageCurrentQuarter: rep.metrics.current.coverage,
    mainGap: diagnosis.mainGap.code
  };
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

/** Coaching for one opportunity (the deal coaching panel on the Opportunity page). */
export function buildDealCoaching(dataset: CoachingDataset, opportunityId: Id, clock: Clock): DealCoachingView {
  const ix = indexDataset(dataset, clock);
  const opp = ix.oppsById.get(opportunityId) ?? null;
  const base = { opportunity: opp, health: null, history: [], reviews: [], needsRootCause: false, openActionItems: [] };
  if (!opp) {
    ix.log.add('INVALID_VALUE', `Opportunity ${opportunityId} is not in the dataset.`, opportunityId);
    return { ...resultContext(ix), ...base };
  }
  const peers = ix.users.has(opp.ownerId) ? peersOf(ix, opp.ownerId) : [opp.ownerId];
  const dealCtx = dealContextFor(ix, peers);
  const health = opp.isClosed ? null : assessDeal(opp, amountFn(ix)(opp), dealCtx);
  const history: DealSighting[] = [];
  for (const s of heldSessionsOf(ix, opp.ownerId)) {
    const snap = snapshotOf(s, ix.log);
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
  const needsRootCause =
    (lost || health?.isDisengaged === true) &&
    !reviews.some((r) => r.reviewType === type && (r.rootCause ?? '').trim() !== '');
  const openActionItems = (ix.itemsByRep.get(opp.ownerId) ?? []).filter(
    (a) => a.opportunityId === opportunityId && (a.status === 'Open' || a.status === 'In Progress')
  );
  return { ...resultContext(ix), opportunity: opp, health, history, reviews, needsRootCause, openActionItems };
}

export interface OversightView extends ResultContext {
  managers: ManagerOversight[];
}

/** Oversight figures for each manager over a window of local dates (inclusive). */
export function buildOversight(
  dataset: CoachingDataset,
  managerIds: readonly Id[],
  window: OversightWindow,
  clock: Clock
): OversightView {
  const ix = indexDataset(dataset, clock);
  const startDay = dayFromIso(window?.start);
  const endDay = dayFromIso(window?.end);
  if (startDay === null || endDay === null || endDay < startDay) {
    ix.log.add('INVALID_VALUE', `Window ${String(window?.start)} – ${String(window?.end)} is not a valid date range.`);
    return { ...resultContext(ix), managers: [] };
  }
  const startMs = instantOfLocal(startDay, 0, ix.timeZone);
  const endMs = instantOfLocal(endDay + 1, 0, ix.timeZone);
  const cadences = unique(dataset.cadences, 'Cadence', ix.log);
  const managers = [...new Set(managerIds)].map((managerId) => {
    const own = cadences.filter((c) => c.managerId === managerId && c.active);
    const adherence = own.map((c) =>
      cadenceAdherence(
        c,
        ix.sessionsByManager.get(managerId) ?? [],
        isoFromInstant(startMs),
        isoFromInstant(endMs),
        ix.nowIso,
        ix.settings.adherenceToleranceHours,
        ix.log
      )
    );
    const repIds = new Set([...teamOf(ix, { managerId }), ...own.map((c) => c.repId)]);
    const forecasts = [...repIds].flatMap((repId) =>
      repForecasts({
        repId,
        sessions: (ix.sessionsByRep.get(repId) ?? []).filter((s) => s.managerId === managerId),
        today: ix.frame.today,
        timeZone: ix.timeZone,
        quarters: ix.quarters,
        converter: ix.ctx.converter,
        log: ix.log,
        wonBetween: wonBetweenFn(ix, ix.oppsByOwner.get(repId) ?? [])
      })
    );
    return managerOversight({
      managerId,
      startDay,
      endDay,
      startMs,
      endMs,
      today: ix.frame.today,
      enabledSections: ix.settings.agendaSections.filter((s) => s.enabled).map((s) => s.key),
      kAnonymityMinimum: ix.settings.kAnonymityMinimum,
      adherence,
      sessions: ix.sessionsByManager.get(managerId) ?? [],
      actionItems: ix.itemsByManager.get(managerId) ?? [],
      feedback: ix.feedbackByManager.get(managerId) ?? [],
      forecasts,
      log: ix.log
    });
  });
  return { ...resultContext(ix), managers };
}

export interface UpcomingSessions extends ResultContext {
  cadences: { cadenceId: Id; managerId: Id; repId: Id; next: Slot[] }[];
}

/** The next occurrences of each active cadence of a manager or a rep. */
export function buildUpcoming(dataset: CoachingDataset, userId: Id, count: number, clock: Clock): UpcomingSessions {
  const ix = indexDataset(dataset, clock);
  const cadences = unique(dataset.cadences, 'Cadence', ix.log).filter(
    (c) => c.active && (c.managerId === userId || c.repId === userId)
  );
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

export interface OrgPipelineView extends ResultContext {
  pipeline: OrgPipeline;
}

/** The org-wide pass: pipeline metrics for every owner and the org in one sweep over the opportunities. */
export function buildOrgPipeline(dataset: CoachingDataset, clock: Clock): OrgPipelineView {
  const log = new WarningLog();
  const { nowMs, timeZone, currency } = readClock(clock, log);
  const settings = resolveSettings(dataset.settings, log);
  const frame = fiscalFrame(createFiscalQuarters(dataset.fiscal, log), localDay(nowMs, timeZone));
  const ctx = createMetricsContext(
    frame,
    createCurrencyConverter(dataset.currency, currency, log),
    settings,
    timeZone,
    nowMs,
    log
  );
  const pipeline = computeOrgPipeline(dataset.opportunities ?? [], indexQuotas(dataset.quotas ?? []), ctx);
  return {
    generatedAt: isoFromInstant(nowMs),
    today: isoFromDay(frame.today),
    timeZone,
    currency,
    currentQuarter: frame.current,
    nextQuarter: frame.next,
    warnings: log.warnings,
    warningCounts: { ...log.counts },
    pipeline
  };
}
