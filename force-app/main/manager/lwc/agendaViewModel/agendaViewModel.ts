/**
 * What the 1:1 agenda shows, computed once per data load from the engine's agenda: the sections in the
 * admin's order with formatted facts, links to the records each item is about and the suggested questions;
 * the action items with the CRM progress since they were agreed; the changes since the last held 1:1; the
 * rep's health across recent 1:1s; and pipeline against what the quarter needs. Pure: formatting and
 * selection only, every figure comes from the engine.
 */
import type { AgendaItem, AgendaView, DealChange, Fact, QuarterMetrics, SnapshotDiff } from 'c/coachingEngine';
import type { ActionItem, AgendaSectionKey, Id, IsoDateTime, Opportunity, Session } from 'c/coachingModel';
import type { HistoryEvent } from 'c/coachingApi';
import type { ChartBar } from 'c/barChart';
import type { TrendPoint } from 'c/trendChart';
import type { ActionItemRow } from 'c/actionItemList';
import type { ActionItemLinkOption } from 'c/actionItemForm';
import {
  NO_DATA,
  formatDate,
  formatDays,
  formatLabel,
  formatMoney,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatSignedMoney
} from 'c/coachingFormat';
import { LABELS } from 'c/managerLabels';
import type { DisplayContext } from 'c/cockpitViewModel';

export interface FactView {
  key: string;
  label: string;
  value: string;
}

export interface LinkView {
  recordId: Id;
  label: string;
}

export interface ItemView {
  id: string;
  title: string;
  severity: string;
  severityLabel: string;
  severityClass: string;
  facts: FactView[];
  links: LinkView[];
  hasLinks: boolean;
  questions: { key: string; text: string }[];
  hasQuestions: boolean;
}

export interface SectionView {
  key: AgendaSectionKey;
  label: string;
  items: ItemView[];
  hasItems: boolean;
  emptyMessage: string;
  reviewed: boolean;
  /** Sections the container fills with its own controls (action items, forecast). */
  isActionItems: boolean;
  isLostDisengaged: boolean;
  isPipelineRisk: boolean;
  isForecast: boolean;
}

export interface AgendaContext {
  display: DisplayContext;
  /** Names of the records the agenda links to (opportunities, accounts, action items). */
  names: ReadonlyMap<Id, string>;
  reviewed: ReadonlySet<string>;
  /** Sections the admin hid on this page (App Builder property). */
  hidden: ReadonlySet<string>;
  showQuestions: boolean;
}

const SEVERITY_CLASS: Record<string, string> = {
  HIGH: 'slds-badge slds-theme_error',
  MEDIUM: 'slds-badge slds-theme_warning',
  LOW: 'slds-badge',
  INFO: 'slds-badge slds-badge_lightest'
};

const SEVERITY_LABEL: Record<string, string> = {
  HIGH: LABELS.severityHigh,
  MEDIUM: LABELS.severityMedium,
  LOW: LABELS.severityLow,
  INFO: LABELS.severityInfo
};

/** One fact in the user's locale and currency; a missing value is "No data", never 0 or NaN. */
export function formatFact(fact: Fact, ctx: DisplayContext): string {
  const v = fact.value;
  if (v === null || v === undefined || v === '') return NO_DATA;
  if (typeof v === 'string') return fact.unit === 'date' ? formatDate(v, ctx.locale) : v;
  switch (fact.unit) {
    case 'money':
      return formatMoney(v, ctx.currency, ctx.locale);
    case 'percent':
      return formatPercent(v, ctx.locale);
    case 'ratio':
      return formatMultiple(v, ctx.locale);
    case 'days':
      return formatDays(v, ctx.locale);
    default:
      return formatNumber(v, ctx.locale, 1);
  }
}

function itemView(item: AgendaItem, ctx: AgendaContext): ItemView {
  const links = item.recordIds
    .filter((id) => ctx.names.has(id))
    .map((id) => ({ recordId: id, label: ctx.names.get(id) as string }));
  const questions = ctx.showQuestions ? item.questions.map((text, i) => ({ key: `${item.id}-q${i}`, text })) : [];
  return {
    id: item.id,
    title: item.title,
    severity: item.severity,
    severityLabel: SEVERITY_LABEL[item.severity] ?? item.severity,
    severityClass: SEVERITY_CLASS[item.severity] ?? 'slds-badge',
    facts: item.facts.map((f, i) => ({ key: `${item.id}-f${i}`, label: f.label, value: formatFact(f, ctx.display) })),
    links,
    hasLinks: links.length > 0,
    questions,
    hasQuestions: questions.length > 0
  };
}

export function buildSections(view: AgendaView, ctx: AgendaContext): SectionView[] {
  return (view.agenda?.sections ?? [])
    .filter((s) => !ctx.hidden.has(s.key))
    .map((s) => {
      const items = s.items.map((item) => itemView(item, ctx));
      return {
        key: s.key,
        label: s.label,
        items,
        hasItems: items.length > 0,
        emptyMessage: s.emptyMessage,
        reviewed: ctx.reviewed.has(s.key),
        isActionItems: s.key === 'Action_Items',
        isLostDisengaged: s.key === 'Lost_Disengaged',
        isPipelineRisk: s.key === 'Pipeline_Risk',
        isForecast: s.key === 'Forecast'
      };
    });
}

const OPEN_ITEM = new Set(['Open', 'In Progress']);

/**
 * The rep's open action items for the list, oldest due first, each with the CRM change since it was agreed
 * as the agenda found it (the engine's "CRM change since agreed" fact).
 */
export function actionItemRows(
  items: readonly ActionItem[],
  view: AgendaView,
  names: ReadonlyMap<Id, string>
): ActionItemRow[] {
  const progress = new Map<string, string>();
  const section = view.agenda?.sections.find((s) => s.key === 'Action_Items');
  for (const item of section?.items ?? []) {
    // The engine ends every action item's facts with "CRM change since agreed" (text, 'none' when nothing moved).
    const change = [...item.facts].reverse().find((f) => f.unit === 'text');
    if (item.recordIds.length > 1 && typeof change?.value === 'string' && change.value !== 'none')
      progress.set(item.recordIds[0], change.value);
  }
  return items
    .filter((a) => OPEN_ITEM.has(a.status))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.subject.localeCompare(b.subject))
    .map((a) => ({
      id: a.id,
      subject: a.subject,
      dueDate: a.dueDate,
      status: a.status,
      assigneeName: names.get(a.assigneeId) ?? null,
      opportunityId: a.opportunityId,
      opportunityName: a.opportunityId ? (names.get(a.opportunityId) ?? null) : null,
      accountId: a.accountId,
      accountName: a.accountId ? (names.get(a.accountId) ?? null) : null,
      progress: progress.get(a.id) ?? null
    }));
}

/** Open deals the manager can link a new action item to, biggest first, with the state stored as baseline. */
export function linkOptions(
  opportunities: readonly Opportunity[],
  repId: Id,
  ctx: DisplayContext
): ActionItemLinkOption[] {
  return opportunities
    .filter((o) => o.ownerId === repId && !o.isClosed)
    .sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0) || a.name.localeCompare(b.name))
    .map((o) => ({
      value: o.id,
      label: `${o.name} · ${o.stageName} · ${formatMoney(o.amount, o.currencyIsoCode ?? ctx.currency, ctx.locale)}`,
      accountId: o.accountId,
      stageName: o.stageName,
      closeDate: o.closeDate,
      amount: o.amount,
      lastActivityDate: o.lastActivityDate
    }));
}

/** The rep's health at each recent held 1:1 (stored when it was held), then today's. */
export function healthTrend(
  sessions: readonly Session[],
  repId: Id,
  currentScore: number | null,
  weeks: number,
  ctx: DisplayContext
): TrendPoint[] {
  const held = sessions
    .filter((s) => s.repId === repId && s.status === 'Held' && s.actualStart)
    .sort((a, b) => (a.actualStart as string).localeCompare(b.actualStart as string))
    .slice(-Math.max(1, weeks));
  const points: TrendPoint[] = held.map((s) => ({
    key: s.id,
    label: formatDate(s.actualStart, ctx.locale),
    value: s.healthScore,
    displayValue: formatNumber(s.healthScore, ctx.locale)
  }));
  points.push({
    key: 'now',
    label: LABELS.trendNow,
    value: currentScore,
    displayValue: formatNumber(currentScore, ctx.locale)
  });
  return points;
}

/** Current and next quarter: open pipeline against the pipeline the rest of the quota needs. */
export function pipelineBars(
  quarters: readonly QuarterMetrics[],
  requiredCoverage: number,
  ctx: DisplayContext
): ChartBar[] {
  return quarters.map((q) => {
    const needed = q.gap === null ? null : q.gap * requiredCoverage;
    const money = (n: number | null): string => formatMoney(n, ctx.currency, ctx.locale);
    return {
      key: q.quarter.label,
      label: q.quarter.label,
      value: q.openPipeline,
      displayValue:
        needed === null
          ? money(q.openPipeline)
          : formatLabel(LABELS.pipelineOfNeeded, money(q.openPipeline), money(needed)),
      target: needed,
      targetLabel: needed === null ? LABELS.noQuotaShort : formatLabel(LABELS.pipelineNeeded, money(needed)),
      variant: needed === null ? 'neutral' : q.openPipeline >= needed ? 'success' : 'warning'
    };
  });
}

export interface ChangeRow {
  key: string;
  recordId: Id;
  name: string;
  kinds: string;
  details: string;
  /** What opportunity history adds to the snapshot diff (every close-date move, every stage), or ''. */
  history: string;
}

export interface ChangesView {
  since: string;
  summary: { key: string; label: string; count: number }[];
  rows: ChangeRow[];
  hasChanges: boolean;
}

const KIND_LABELS: Record<string, string> = {
  NEW: LABELS.changeNew,
  SURPRISE: LABELS.changeSurprise,
  WON: LABELS.changeWon,
  LOST: LABELS.changeLost,
  PUSHED: LABELS.changePushed,
  PULLED_IN: LABELS.changePulledIn,
  MOVED_TO_LATER_QUARTER: LABELS.changeLaterQuarter,
  AMOUNT_UP: LABELS.changeAmountUp,
  AMOUNT_DOWN: LABELS.changeAmountDown,
  STAGE_REGRESSED: LABELS.changeStageBack,
  STAGE_ADVANCED: LABELS.changeStageForward,
  DROPPED: LABELS.changeDropped
};

/** Risky changes first: what a manager asks about before what went well. */
const KIND_ORDER = [
  'SURPRISE',
  'PUSHED',
  'MOVED_TO_LATER_QUARTER',
  'STAGE_REGRESSED',
  'AMOUNT_DOWN',
  'LOST',
  'DROPPED',
  'NEW',
  'PULLED_IN',
  'AMOUNT_UP',
  'STAGE_ADVANCED',
  'WON'
];

function changeDetails(c: DealChange, ctx: DisplayContext): string {
  const parts: string[] = [];
  if (c.pushedDays) parts.push(formatLabel(LABELS.changePushedBy, formatDays(c.pushedDays, ctx.locale)));
  if (c.pulledInDays) parts.push(formatLabel(LABELS.changePulledInBy, formatDays(c.pulledInDays, ctx.locale)));
  if (c.quarterBefore && c.quarterAfter && c.quarterBefore !== c.quarterAfter)
    parts.push(`${c.quarterBefore} → ${c.quarterAfter}`);
  if (c.stageBefore && c.stageAfter && c.stageBefore !== c.stageAfter) parts.push(`${c.stageBefore} → ${c.stageAfter}`);
  if (c.amountDelta) parts.push(formatSignedMoney(c.amountDelta, ctx.currency, ctx.locale));
  return parts.join(' · ');
}

export function changesView(diff: SnapshotDiff | null, ctx: DisplayContext): ChangesView | null {
  if (!diff) return null;
  const rank = (kinds: readonly string[]): number =>
    Math.min(...kinds.map((k) => KIND_ORDER.indexOf(k)).filter((i) => i >= 0), 99);
  const rows = [...diff.changes]
    .filter((c) => c.kinds.length > 0)
    .sort((a, b) => rank(a.kinds) - rank(b.kinds) || a.name.localeCompare(b.name))
    .map((c) => ({
      key: c.opportunityId,
      recordId: c.opportunityId,
      name: c.name,
      kinds: [...c.kinds]
        .sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b))
        .map((k) => KIND_LABELS[k] ?? k)
        .join(', '),
      details: changeDetails(c, ctx),
      history: ''
    }));
  const summary = KIND_ORDER.filter((k) => (diff.counts[k as keyof typeof diff.counts] ?? 0) > 0).map((k) => ({
    key: k,
    label: KIND_LABELS[k] ?? k,
    count: diff.counts[k as keyof typeof diff.counts]
  }));
  return { since: formatDate(diff.from.slice(0, 10), ctx.locale), summary, rows, hasChanges: rows.length > 0 };
}

/** The close dates a deal went through since the 1:1; null when history adds nothing to the diff. */
function closeDateTrail(events: readonly HistoryEvent[], change: DealChange | undefined): (string | null)[] | null {
  const moves = events.filter((e): e is Extract<HistoryEvent, { kind: 'closeDate' }> => e.kind === 'closeDate');
  if (moves.length === 0) return null;
  const trail = [moves[0].from, ...moves.map((m) => m.to)];
  // One move between the same dates the snapshot diff already shows.
  if (moves.length === 1 && change?.closeDateBefore === trail[0] && change?.closeDateAfter === trail[1]) return null;
  return trail;
}

/** The stages a deal went through since the 1:1; null when it stayed put or the diff already says it all. */
function stageTrail(events: readonly HistoryEvent[], change: DealChange | undefined): string[] | null {
  const entries = events.filter((e): e is Extract<HistoryEvent, { kind: 'stage' }> => e.kind === 'stage');
  if (entries.length === 0) return null;
  // The first row read has no known previous stage: the snapshot's stage is where it started from.
  const start = entries[0].fromStage ?? change?.stageBefore ?? null;
  const trail: string[] = start === null ? [] : [start];
  for (const e of entries) if (trail[trail.length - 1] !== e.toStage) trail.push(e.toStage);
  if (trail.length < 2) return null;
  if (trail.length === 2 && change?.stageBefore === trail[0] && change?.stageAfter === trail[1]) return null;
  return trail;
}

/** What history adds for one deal: its close-date and stage trails (null where it adds nothing). */
interface DealTrails {
  dates: (string | null)[] | null;
  stages: string[] | null;
}

function dealTrails(events: readonly HistoryEvent[], change: DealChange | undefined): DealTrails {
  return { dates: closeDateTrail(events, change), stages: stageTrail(events, change) };
}

function historyText({ dates, stages }: DealTrails, ctx: DisplayContext): string {
  const parts: string[] = [];
  if (dates) parts.push(formatLabel(LABELS.historyCloseDates, dates.map((d) => formatDate(d, ctx.locale)).join(' → ')));
  if (stages) parts.push(formatLabel(LABELS.historyStages, stages.join(' → ')));
  return parts.join(' · ');
}

/**
 * The snapshot diff with what opportunity history adds: every close-date move and stage change since the last held
 * 1:1, on the deal's row, leaving out what the diff already shows (one move between the same two values). Deals the
 * diff does not list (e.g. pushed and pulled back, or no stored snapshot) get a row of their own.
 * @param view the snapshot diff's view (null when no snapshot was stored)
 * @param since when the last held 1:1 started (null: none was held, so there is nothing to compare with)
 */
export function withHistory(
  view: ChangesView | null,
  diff: SnapshotDiff | null,
  events: readonly HistoryEvent[],
  names: ReadonlyMap<Id, string>,
  since: IsoDateTime | null,
  ctx: DisplayContext
): ChangesView | null {
  if (events.length === 0 || since === null) return view;
  const sinceMs = Date.parse(since);
  const byDeal = new Map<Id, HistoryEvent[]>();
  for (const e of [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    if (Date.parse(e.at) < sinceMs) continue;
    const dealEvents = byDeal.get(e.opportunityId);
    if (dealEvents) dealEvents.push(e);
    else byDeal.set(e.opportunityId, [e]);
  }
  const diffById = new Map((diff?.changes ?? []).map((c) => [c.opportunityId, c]));
  const rows = (view?.rows ?? []).map((r) => ({
    ...r,
    history: historyText(dealTrails(byDeal.get(r.recordId) ?? [], diffById.get(r.recordId)), ctx)
  }));
  const listed = new Set(rows.map((r) => r.recordId));
  const extra: ChangeRow[] = [];
  for (const [id, dealEvents] of byDeal) {
    if (listed.has(id)) continue;
    const trails = dealTrails(dealEvents, diffById.get(id));
    const history = historyText(trails, ctx);
    if (!history) continue;
    const kinds = [
      ...(trails.dates ? [LABELS.historyKindCloseDate] : []),
      ...(trails.stages ? [LABELS.historyKindStage] : [])
    ];
    extra.push({
      key: id,
      recordId: id,
      name: names.get(id) ?? LABELS.historyUnnamedDeal,
      kinds: kinds.join(', '),
      details: '',
      history
    });
  }
  extra.sort((a, b) => a.name.localeCompare(b.name));
  if (!view && extra.length === 0) return null;
  const all = [...rows, ...extra];
  return {
    since: view?.since ?? formatDate(since.slice(0, 10), ctx.locale),
    summary: view?.summary ?? [],
    rows: all,
    hasChanges: all.length > 0
  };
}

/** Names for links: the rep's opportunities, accounts and action items (a hidden name is simply not linked). */
export function recordNames(
  opportunities: readonly Opportunity[],
  accounts: readonly { id: Id; name: string }[],
  items: readonly ActionItem[],
  users: readonly { id: Id; name: string }[]
): Map<Id, string> {
  const names = new Map<Id, string>();
  for (const u of users) if (u.name) names.set(u.id, u.name);
  for (const a of accounts) if (a.name) names.set(a.id, a.name);
  for (const o of opportunities) if (o.name) names.set(o.id, o.name);
  for (const i of items) if (i.subject) names.set(i.id, i.subject);
  return names;
}
