/**
 * What "My coaching" shows, computed once per data load. Pure: the engine computes (next slots, deal health,
 * which deals still need a root cause); this module picks the rep's records, formats them and orders them.
 */
import type { ActionItem, Clock, CoachingDataset, DealReview, Id, Session } from 'c/coachingModel';
import { buildDealCoaching, buildTeamView, buildUpcoming, parseSnapshot } from 'c/coachingEngine';
import { instantMs, isoFromDay, localDay } from 'c/calendarDate';
import { GAP_TEXT } from 'c/repDiagnosis';
import type { GapCode } from 'c/repDiagnosis';
import { formatDate, formatDateTime, formatLabel, formatMoney, formatMultiple, formatPercent } from 'c/coachingFormat';
import { LABELS } from 'c/repLabels';
import type { DisplayContext } from 'c/cockpitViewModel';
import type { FocusView } from 'c/coachingFocus';
import type { NextSessionView } from 'c/nextOneOnOne';
import type { ReminderView } from 'c/coachingReminders';
import type { ActionItemRow } from 'c/actionItemList';

export interface MyCoachingInput {
  userId: Id;
  dataset: CoachingDataset;
  clock: Clock;
  display: DisplayContext;
  /** Display names by record id (managers, deals, accounts) from the query. */
  names: ReadonlyMap<Id, string>;
  /** The focus field (Main_Gap__c) is hidden from this user by field-level security. */
  focusHidden: boolean;
}

/** The held 1:1 the survey is about. */
export interface SurveyTarget {
  sessionId: Id;
  managerId: Id;
  managerName: string;
  heldAt: string;
}

export interface MyCoachingView {
  /** The rep's local calendar date: past due means due before it. */
  today: string;
  nextSession: NextSessionView | null;
  actionItems: ActionItemRow[];
  pastDueCount: number;
  /** The last held 1:1 when it still waits for the rep's feedback. */
  survey: SurveyTarget | null;
  focus: FocusView | null;
  reminders: ReminderView[];
}

const MS_PER_HOUR = 3_600_000;
const OPEN_ITEM = new Set(['Open', 'In Progress']);

const startOf = (s: Session): string => s.actualStart ?? s.scheduledStart;

/** Held 1:1s of the rep, most recent first. */
function heldSessions(dataset: CoachingDataset, userId: Id, nowMs: number): Session[] {
  return dataset.sessions
    .filter((s) => s.repId === userId && s.status === 'Held' && (instantMs(startOf(s)) ?? Infinity) <= nowMs)
    .sort((a, b) => startOf(b).localeCompare(startOf(a)));
}

/**
 * The next 1:1: the earliest planned one that has not ended, else the next slot of the weekly cadence. Slots
 * within the adherence tolerance after the last held 1:1 are that week's 1:1, already done.
 */
function nextSession(input: MyCoachingInput, nowMs: number, lastHeld: Session | undefined): NextSessionView | null {
  const { dataset, userId, display, names } = input;
  const durationOf = (s: Session): number => dataset.cadences.find((c) => c.id === s.cadenceId)?.durationMinutes ?? 60;
  const planned = dataset.sessions
    .filter((s) => {
      const start = instantMs(s.scheduledStart);
      return s.repId === userId && s.status === 'Planned' && start !== null && start + durationOf(s) * 60_000 > nowMs;
    })
    .sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))[0];
  const withWhom = (managerId: Id, minutes: number): string =>
    formatLabel(LABELS.nextWith, names.get(managerId) ?? '', formatLabel(LABELS.nextMinutes, minutes));
  if (planned) {
    return {
      when: formatDateTime(planned.scheduledStart, display.locale, display.timeZone),
      startIso: planned.scheduledStart,
      withWhom: withWhom(planned.managerId, durationOf(planned)),
      note: LABELS.nextScheduled
    };
  }
  // A slot under way still shows; a slot within the tolerance of the last held 1:1 was that 1:1 (held early or late).
  const tolerance = dataset.settings.adherenceToleranceHours ?? 48;
  const lastHeldMs = lastHeld ? instantMs(startOf(lastHeld)) : null;
  const fromMs = Math.max(
    nowMs - MS_PER_HOUR,
    lastHeldMs === null ? -Infinity : lastHeldMs + tolerance * MS_PER_HOUR + 1
  );
  const upcoming = buildUpcoming(dataset, userId, 2, { ...input.clock, now: new Date(fromMs).toISOString() });
  let best: { start: string; cadenceId: Id } | null = null;
  for (const c of upcoming.cadences) {
    if (c.repId !== userId) continue;
    const slot = c.next[0];
    if (slot && (!best || slot.start < best.start)) best = { start: slot.start, cadenceId: c.cadenceId };
  }
  const cadence = best ? dataset.cadences.find((c) => c.id === best!.cadenceId) : undefined;
  if (!best || !cadence) return null;
  return {
    when: formatDateTime(best.start, display.locale, display.timeZone),
    startIso: best.start,
    withWhom: withWhom(cadence.managerId, cadence.durationMinutes),
    note: formatLabel(LABELS.nextFromCadence, cadence.dayOfWeek, cadence.localStartTime, cadence.timeZone)
  };
}

/** The focus agreed at the latest held 1:1 that stored one, with the rep's figures at that 1:1. */
function focusOf(input: MyCoachingInput, held: Session[]): FocusView | null {
  const session = held.find((s) => (s.mainGap ?? '').trim() !== '');
  if (!session || !session.mainGap) return null;
  const { locale, timeZone } = input.display;
  const text = GAP_TEXT[session.mainGap as GapCode];
  const parsed = parseSnapshot(session.snapshotJson, session.id);
  const figures: FocusView['figures'] = [];
  if (parsed.ok) {
    const m = parsed.snapshot.m;
    const currency = parsed.snapshot.cur || input.display.currency;
    figures.push(
      {
        key: 'coverage',
        label: LABELS.focusFigureCoverage,
        value: formatLabel(
          LABELS.focusFigureCoverageValue,
          formatMultiple(m.cov, locale),
          formatMultiple(m.req, locale)
        )
      },
      { key: 'winRate', label: LABELS.focusFigureWinRate, value: formatPercent(m.wr, locale) },
      { key: 'pipeline', label: LABELS.focusFigurePipeline, value: formatMoney(m.pipe, currency, locale) },
      {
        key: 'won',
        label: formatLabel(LABELS.focusFigureWon, m.q),
        value:
          m.quota === null
            ? formatMoney(m.won, currency, locale)
            : formatLabel(
                LABELS.focusFigureWonValue,
                formatMoney(m.won, currency, locale),
                formatMoney(m.quota, currency, locale)
              )
      },
      { key: 'commit', label: LABELS.focusFigureCommit, value: formatMoney(m.com, currency, locale) }
    );
  }
  const heldDay = localDay(instantMs(startOf(session)) ?? 0, timeZone);
  return {
    code: session.mainGap,
    title: text?.title ?? session.mainGap,
    skill: text?.skill ?? '',
    source: formatLabel(LABELS.focusSource, formatDate(isoFromDay(heldDay), locale)),
    figures,
    questions: (text?.questions ?? []).map((q, i) => ({ key: `q${i}`, text: q }))
  };
}

/** Root-cause reminders listed one by one; the rest are summed up in one line. */
export const ROOT_CAUSE_REMINDERS_SHOWN = 5;

/**
 * Lost deals in the query window and open deals gone quiet that still need a documented root cause, most
 * recently closed or active first; beyond the first few, one line says how many more are waiting.
 */
function rootCauseReminders(input: MyCoachingInput): ReminderView[] {
  const { dataset, userId, clock } = input;
  const mine = dataset.opportunities.filter((o) => o.ownerId === userId);
  const lost = mine.filter((o) => o.isClosed && !o.isWon).map((o) => o.id);
  const team = buildTeamView(dataset, clock, { repIds: [userId] });
  const quiet = (team.reps[0]?.deals ?? []).filter((d) => d.isDisengaged).map((d) => d.opportunityId);
  // Whether a deal still needs its root cause depends only on the deal and its reviews (not on the team), so the
  // engine is asked with just those: one small call per candidate instead of re-indexing every deal each time.
  const reviewsOf = new Map<Id, DealReview[]>();
  for (const r of dataset.reviews) reviewsOf.set(r.opportunityId, [...(reviewsOf.get(r.opportunityId) ?? []), r]);
  const byId = new Map(mine.map((o) => [o.id, o]));
  const alone = (id: Id): CoachingDataset => ({
    ...dataset,
    users: [],
    accounts: [],
    opportunities: [byId.get(id)!],
    cadences: [],
    sessions: [],
    actionItems: [],
    reviews: reviewsOf.get(id) ?? [],
    feedback: [],
    quotas: []
  });
  const due = [...lost, ...quiet]
    .map((id) => buildDealCoaching(alone(id), id, clock))
    .filter((view) => view.needsRootCause && view.opportunity)
    .map((view) => view.opportunity!)
    .sort((a, b) => (b.closeDate ?? '').localeCompare(a.closeDate ?? '') || a.name.localeCompare(b.name));
  const reminders: ReminderView[] = due.slice(0, ROOT_CAUSE_REMINDERS_SHOWN).map((opp) => ({
    key: `rootCause-${opp.id}`,
    kind: 'rootCause',
    text: formatLabel(opp.isClosed ? LABELS.reminderRootCauseLost : LABELS.reminderRootCauseDisengaged, opp.name),
    recordId: opp.id,
    actionLabel: LABELS.reminderOpenDeal
  }));
  const more = due.length - reminders.length;
  if (more > 0)
    reminders.push({
      key: 'rootCause-more',
      kind: 'rootCause',
      text: formatLabel(LABELS.reminderRootCauseMore, more),
      recordId: null,
      actionLabel: ''
    });
  return reminders;
}

function actionItemRows(items: readonly ActionItem[], userId: Id, names: ReadonlyMap<Id, string>): ActionItemRow[] {
  return items
    .filter((a) => (a.assigneeId === userId || a.repId === userId) && OPEN_ITEM.has(a.status))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.subject.localeCompare(b.subject))
    .map((a) => ({
      id: a.id,
      subject: a.subject,
      dueDate: a.dueDate,
      status: a.status,
      opportunityId: a.opportunityId,
      opportunityName: a.opportunityId ? (names.get(a.opportunityId) ?? null) : null,
      accountId: a.accountId,
      accountName: a.accountId ? (names.get(a.accountId) ?? null) : null
    }));
}

export function buildMyCoachingView(input: MyCoachingInput): MyCoachingView {
  const { dataset, userId, display, names } = input;
  const nowMs = instantMs(input.clock.now) ?? 0;
  const today = isoFromDay(localDay(nowMs, display.timeZone));
  const held = heldSessions(dataset, userId, nowMs);
  const lastHeld = held[0];
  // Feedback is private to the rep who gave it: every record the rep can read is their own.
  const answered = new Set(dataset.feedback.map((f) => f.sessionId));
  const survey: SurveyTarget | null =
    lastHeld && !answered.has(lastHeld.id)
      ? {
          sessionId: lastHeld.id,
          managerId: lastHeld.managerId,
          managerName: names.get(lastHeld.managerId) ?? '',
          heldAt: startOf(lastHeld)
        }
      : null;
  const actionItems = actionItemRows(dataset.actionItems, userId, names);
  const reminders: ReminderView[] = [];
  if (survey) {
    reminders.push({
      key: `feedback-${survey.sessionId}`,
      kind: 'feedback',
      text: formatLabel(
        LABELS.reminderFeedback,
        formatDate(isoFromDay(localDay(instantMs(survey.heldAt) ?? 0, display.timeZone)), display.locale)
      ),
      recordId: null,
      actionLabel: LABELS.reminderFeedbackAction
    });
  }
  reminders.push(...rootCauseReminders(input));
  return {
    today,
    nextSession: nextSession(input, nowMs, lastHeld),
    actionItems,
    pastDueCount: actionItems.filter((a) => a.dueDate !== null && a.dueDate < today).length,
    survey,
    focus: input.focusHidden ? null : focusOf(input, held),
    reminders
  };
}
