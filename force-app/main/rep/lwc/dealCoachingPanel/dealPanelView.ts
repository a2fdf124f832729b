/**
 * What the deal coaching panel shows, computed once per data load. The engine assesses the deal (health score
 * and factors, days in stage against the stage benchmark, exit criteria, suggested questions, whether a root
 * cause is due, and the deal as each held 1:1 saw it); this module formats it and marks what changed.
 */
import type { ActionItem, Clock, CoachingDataset, Id, ReviewType } from 'c/coachingModel';
import { buildDealCoaching } from 'c/coachingEngine';
import type { DealHealth, DealSighting, StageThreshold } from 'c/coachingEngine';
import { instantMs, isoFromDay, localDay } from 'c/calendarDate';
import { formatDate, formatDays, formatLabel, formatMoney, formatNumber, NO_DATA } from 'c/coachingFormat';
import type { TileVariant } from 'c/statTile';
import { LABELS } from 'c/repLabels';
import type { DisplayContext } from 'c/cockpitViewModel';
import type { DealHealthView } from 'c/dealHealthSummary';
import type { ExitCriterionRow } from 'c/exitCriteriaChecklist';
import type { DealSightingRow } from 'c/dealHistory';
import type { ActionItemRow } from 'c/actionItemList';
import type { ExistingReview } from 'c/dealReviewForm';

export interface DealPanelInput {
  opportunityId: Id;
  dataset: CoachingDataset;
  clock: Clock;
  display: DisplayContext;
  /** Exit-criterion evidence fields the user cannot read: those criteria become questions, not "not met". */
  hiddenEvidenceFields: ReadonlySet<string>;
  /** Snapshot__c is hidden from this user: the history says so instead of "no history". */
  snapshotsHidden: boolean;
  /** Display names by record id (the deal's account and owner). */
  names: ReadonlyMap<Id, string>;
}

export interface RootCauseView {
  reviewType: ReviewType;
  /** No documented root cause yet: the panel prompts for it. */
  due: boolean;
  prompt: string;
  review: ExistingReview | null;
}

export interface DealPanelView {
  found: boolean;
  name: string;
  ownerId: Id | null;
  isOpen: boolean;
  isWon: boolean;
  health: DealHealthView | null;
  /** How many open deals in this stage the benchmark median comes from (team median benchmarks only). */
  benchmarkNote: string;
  stageName: string;
  exitCriteria: ExitCriterionRow[];
  sightings: DealSightingRow[];
  /** The snapshots are hidden from this user (field-level security). */
  historyHidden: boolean;
  questions: { key: string; text: string }[];
  rootCause: RootCauseView | null;
  actionItems: ActionItemRow[];
}

const OPEN_ITEM = new Set(['Open', 'In Progress']);
const BAND_TEXT = { HEALTHY: LABELS.dealBandHealthy, WATCH: LABELS.dealBandWatch, AT_RISK: LABELS.dealBandAtRisk };
const BAND_VARIANT: Record<string, TileVariant> = { HEALTHY: 'success', WATCH: 'warning', AT_RISK: 'error' };
/** Snapshot forecast-category codes (c/pipelineSnapshot) and the names the UI shows. */
const CATEGORY_NAMES: Record<string, string> = {
  P: 'Pipeline',
  B: 'Best Case',
  C: 'Commit',
  X: 'Closed',
  O: 'Omitted'
};

/** The stage benchmark in words: its days and the rule that set them (only the team median names its inputs). */
function benchmarkText(t: StageThreshold, multiplier: number, locale: string): string {
  const days = formatDays(t.days, locale);
  switch (t.source) {
    case 'CONFIGURED':
      return formatLabel(LABELS.dealBenchmarkConfigured, days);
    case 'CYCLE_CAP':
      return formatLabel(LABELS.dealBenchmarkCycle, days);
    case 'FLOOR':
      return formatLabel(LABELS.dealBenchmarkFloor, days);
    default:
      return formatLabel(
        LABELS.dealBenchmarkTeam,
        days,
        formatDays(t.teamMedianDays, locale),
        formatNumber(multiplier, locale, 2)
      );
  }
}

function healthView(health: DealHealth, input: DealPanelInput): DealHealthView {
  const { locale } = input.display;
  const multiplier = input.dataset.settings.staleDaysMultiplier ?? 1.5;
  const pushRisk = input.dataset.settings.pushCountRisk ?? 3;
  return {
    scoreText: String(health.score),
    bandText: BAND_TEXT[health.band],
    variant: BAND_VARIANT[health.band],
    factors: health.factors.map((f) => ({
      key: f.code,
      label: f.label,
      points: formatLabel(LABELS.dealFactorPoints, f.penalty)
    })),
    daysInStageText: formatDays(health.daysInStage, locale),
    benchmarkText: benchmarkText(health.threshold, multiplier, locale),
    stageVariant: health.isStale ? 'error' : 'neutral',
    pushText: formatNumber(health.pushCount, locale),
    pushVariant: health.pushCount >= pushRisk ? 'error' : health.pushCount > 0 ? 'warning' : 'neutral'
  };
}

/** Newest first; a value is marked changed when it differs from the 1:1 before. */
function sightingRows(history: readonly DealSighting[], input: DealPanelInput): DealSightingRow[] {
  const { locale, timeZone, currency } = input.display;
  const category = (code: string | null): string => (code ? (CATEGORY_NAMES[code] ?? code) : NO_DATA);
  const rows = history.map((s, i) => {
    const prev = i > 0 ? history[i - 1] : null;
    const seenMs = instantMs(s.takenAt);
    return {
      key: s.sessionId,
      seen: seenMs === null ? NO_DATA : formatDate(isoFromDay(localDay(seenMs, timeZone)), locale),
      stage: s.stageName,
      closeDate: formatDate(s.closeDate, locale),
      amount: formatMoney(s.amount, currency, locale),
      category: category(s.forecastCategory),
      stageChanged: !!prev && prev.stageName !== s.stageName,
      closeChanged: !!prev && prev.closeDate !== s.closeDate,
      amountChanged: !!prev && prev.amount !== s.amount,
      categoryChanged: !!prev && prev.forecastCategory !== s.forecastCategory
    };
  });
  return rows.reverse();
}

function actionItemRows(
  items: readonly ActionItem[],
  opportunityId: Id,
  names: ReadonlyMap<Id, string>
): ActionItemRow[] {
  return items
    .filter((a) => a.opportunityId === opportunityId && OPEN_ITEM.has(a.status))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
    .map((a) => ({
      id: a.id,
      subject: a.subject,
      dueDate: a.dueDate,
      status: a.status,
      assigneeName: names.get(a.assigneeId) ?? null
    }));
}

export function buildDealPanelView(input: DealPanelInput): DealPanelView {
  const { dataset, opportunityId, clock, display } = input;
  const view = buildDealCoaching(dataset, opportunityId, clock);
  const opp = view.opportunity;
  if (!opp) {
    return {
      found: false,
      name: '',
      ownerId: null,
      isOpen: false,
      isWon: false,
      health: null,
      benchmarkNote: '',
      stageName: '',
      exitCriteria: [],
      sightings: [],
      historyHidden: false,
      questions: [],
      rootCause: null,
      actionItems: []
    };
  }
  const health = view.health;
  const isLost = opp.isClosed && !opp.isWon;
  const reviewType: ReviewType | null = isLost ? 'Lost' : health?.isDisengaged ? 'Disengaged' : null;
  const existing = reviewType ? view.reviews.find((r) => r.reviewType === reviewType) : undefined;
  const rootCause: RootCauseView | null = reviewType
    ? {
        reviewType,
        due: view.needsRootCause,
        prompt: isLost
          ? LABELS.dealPromptLost
          : formatLabel(LABELS.dealPromptDisengaged, dataset.settings.disengagedDays ?? 30),
        review: existing
          ? { id: existing.id, rootCause: existing.rootCause, notes: existing.notes, reviewedOn: existing.reviewedOn }
          : null
      }
    : null;
  // The benchmark's sample: open deals in this stage that the query could see (sharing decides which).
  let benchmarkNote = '';
  if (health?.threshold.source === 'TEAM_MEDIAN') {
    const sample = new Set(
      dataset.opportunities.filter((o) => !o.isClosed && o.stageName === opp.stageName).map((o) => o.id)
    ).size;
    benchmarkNote = formatLabel(LABELS.dealBenchmarkSample, formatNumber(sample, display.locale));
  }
  return {
    found: true,
    name: opp.name,
    ownerId: opp.ownerId,
    isOpen: !opp.isClosed,
    isWon: opp.isWon,
    health: health ? healthView(health, input) : null,
    benchmarkNote,
    stageName: opp.stageName,
    exitCriteria: (health?.exitCriteria ?? []).map((c, i) => ({
      key: `${i}`,
      criterion: c.criterion,
      // A field the user cannot read proves nothing: ask instead of calling it unmet.
      met: c.fieldApiName && input.hiddenEvidenceFields.has(c.fieldApiName) ? null : c.met
    })),
    sightings: input.snapshotsHidden ? [] : sightingRows(view.history, input),
    historyHidden: input.snapshotsHidden,
    questions: (health?.questions ?? []).map((text, i) => ({ key: `q${i}`, text })),
    rootCause,
    actionItems: actionItemRows(dataset.actionItems, opportunityId, input.names)
  };
}
