/**
 * What the coaching panel on a rep's User page shows a manager or leader, computed once per data load: the
 * engine's diagnosis (against the team's medians) and health, the health trend across held 1:1s, forecast
 * accuracy per ended quarter, the 1:1 history and the action items.
 */
import type { ActionItem, Clock, CoachingDataset, Id, Session, SessionStatus } from 'c/coachingModel';
import { buildAgenda, buildOversight } from 'c/coachingEngine';
import type { AgendaView, Gap } from 'c/coachingEngine';
import { GAP_TEXT } from 'c/repDiagnosis';
import type { GapCode } from 'c/repDiagnosis';
import { instantMs, isoFromDay, localDay } from 'c/calendarDate';
import { actionItemRows, formatFact, healthTrend, recordNames } from 'c/agendaViewModel';
import type { DisplayContext } from 'c/cockpitViewModel';
import type { ActionItemRow } from 'c/actionItemList';
import type { TrendPoint } from 'c/trendChart';
import type { TileVariant } from 'c/statTile';
import { NO_DATA, formatDate, formatLabel, formatMoney, formatNumber, formatPercent } from 'c/coachingFormat';
import { LABELS } from 'c/repLabels';
import statusPlanned from '@salesforce/label/c.Coaching_Session_Status_Planned';
import statusHeld from '@salesforce/label/c.Coaching_Session_Status_Held';
import statusRescheduled from '@salesforce/label/c.Coaching_Session_Status_Rescheduled';
import statusSkipped from '@salesforce/label/c.Coaching_Session_Status_Skipped';
import type { GapView } from 'c/repDiagnosisCard';
import type { SessionRow } from 'c/sessionHistory';
import type { ForecastRow, ForecastSummary } from 'c/forecastHistory';

export interface RepPanelInput {
  repId: Id;
  /** The rep's manager: forecast accuracy reads the forecasts recorded at their 1:1s. */
  managerId: Id | null;
  dataset: CoachingDataset;
  clock: Clock;
  display: DisplayContext;
  /** Held 1:1s the health trend covers (the cockpit's history weeks). */
  trendWeeks: number;
}

export interface RepPanelView {
  healthText: string;
  healthVariant: TileVariant;
  gaps: GapView[];
  trend: TrendPoint[];
  forecastRows: ForecastRow[];
  forecastSummary: ForecastSummary | null;
  sessions: SessionRow[];
  actionItems: ActionItemRow[];
}

/** Sessions listed in the history. */
const HISTORY_LENGTH = 12;
/** Forecast accuracy covers the quarters that ended in the last year. */
const FORECAST_DAYS = 365;
const CLOSED_ITEM = new Set(['Done', 'Cancelled']);
const BAND_VARIANT: Record<string, TileVariant> = { HEALTHY: 'success', WATCH: 'warning', AT_RISK: 'error' };
const STATUS_LABEL: Record<SessionStatus, string> = {
  Planned: statusPlanned,
  Held: statusHeld,
  Rescheduled: statusRescheduled,
  Skipped: statusSkipped
};

function gapView(gap: Gap, isMain: boolean, input: RepPanelInput): GapView {
  const fact = (value: number | null, unit: Gap['evidence'][number]['unit']): string =>
    formatFact({ label: '', value, unit }, input.display);
  return {
    code: gap.code,
    title: gap.title,
    skill: gap.skill,
    confidence: formatLabel(LABELS.diagnosisConfidence, formatPercent(gap.confidence, input.display.locale)),
    isMain,
    evidence: gap.evidence.map((e, i) => ({
      key: `${gap.code}-${i}`,
      label: e.label,
      value: fact(e.value, e.unit),
      teamMedian: fact(e.teamMedian, e.unit)
    })),
    questions: gap.questions.map((text, i) => ({ key: `${gap.code}-q${i}`, text }))
  };
}

function sessionRows(sessions: readonly Session[], input: RepPanelInput): SessionRow[] {
  const { locale, timeZone } = input.display;
  const startOf = (s: Session): string => s.actualStart ?? s.scheduledStart;
  return sessions
    .filter((s) => s.repId === input.repId && (instantMs(startOf(s)) ?? Infinity) <= (instantMs(input.clock.now) ?? 0))
    .sort((a, b) => startOf(b).localeCompare(startOf(a)))
    .slice(0, HISTORY_LENGTH)
    .map((s) => {
      const day = localDay(instantMs(startOf(s)) ?? 0, timeZone);
      const held = s.status === 'Held';
      const gap = s.mainGap ? (GAP_TEXT[s.mainGap as GapCode]?.title ?? s.mainGap) : NO_DATA;
      // Figures are stored only when a 1:1 is held: a skipped or rescheduled one has none, not "no data".
      return {
        id: s.id,
        date: formatDate(isoFromDay(day), locale),
        status: STATUS_LABEL[s.status] ?? s.status,
        health: held ? formatNumber(s.healthScore, locale) : '',
        mainGap: held ? gap : '',
        commit: held ? formatMoney(s.commitCurrentQuarter, s.currencyIsoCode ?? input.display.currency, locale) : ''
      };
    });
}

/**
 * Forecast accuracy of this rep: the engine's oversight figures for the manager over a dataset holding only
 * this rep's 1:1s, so the "team" forecast is the rep's own.
 */
function forecastOf(input: RepPanelInput): { rows: ForecastRow[]; summary: ForecastSummary | null } {
  if (!input.managerId) return { rows: [], summary: null };
  const { locale, currency, timeZone } = input.display;
  const end = localDay(instantMs(input.clock.now) ?? 0, timeZone);
  const own = { ...input.dataset, sessions: input.dataset.sessions.filter((s) => s.repId === input.repId) };
  const oversight = buildOversight(
    own,
    [input.managerId],
    { start: isoFromDay(end - FORECAST_DAYS), end: isoFromDay(end) },
    input.clock
  ).managers[0];
  const quarters = oversight?.forecast.quarters ?? [];
  const signed = (bias: number | null): string => {
    if (bias === null) return NO_DATA;
    return `${bias > 0 ? '+' : ''}${formatPercent(bias, locale)}`;
  };
  const rows = [...quarters].reverse().map((q) => ({
    key: q.key,
    quarter: q.quarterLabel,
    commit: formatMoney(q.forecast, currency, locale),
    actual: formatMoney(q.actual, currency, locale),
    accuracy: formatPercent(q.accuracy, locale),
    bias: signed(q.bias)
  }));
  const accuracy = oversight?.forecast.accuracy ?? null;
  const bias = oversight?.forecast.bias ?? null;
  if (rows.length === 0) return { rows, summary: null };
  return {
    rows,
    summary: {
      accuracy: formatPercent(accuracy, locale),
      biasText:
        bias === null || bias === 0
          ? ''
          : formatLabel(
              bias > 0 ? LABELS.forecastBiasOver : LABELS.forecastBiasUnder,
              formatPercent(Math.abs(bias), locale)
            ),
      variant: accuracy === null ? 'neutral' : accuracy >= 0.9 ? 'success' : accuracy >= 0.75 ? 'warning' : 'error'
    }
  };
}

function itemRows(dataset: CoachingDataset, view: AgendaView, repId: Id): ActionItemRow[] {
  const mine = dataset.actionItems.filter((a) => a.repId === repId || a.assigneeId === repId);
  const names = recordNames(dataset.opportunities, dataset.accounts, mine, dataset.users);
  const closed = mine
    .filter((a) => CLOSED_ITEM.has(a.status))
    .sort((a, b) => (b.completedDate ?? b.dueDate ?? '').localeCompare(a.completedDate ?? a.dueDate ?? ''))
    .map((a: ActionItem) => ({
      id: a.id,
      subject: a.subject,
      dueDate: a.dueDate,
      status: a.status,
      assigneeName: names.get(a.assigneeId) ?? null
    }));
  return [...actionItemRows(mine, view, names), ...closed];
}

export function buildRepPanelView(input: RepPanelInput): RepPanelView {
  const view = buildAgenda(input.dataset, input.repId, input.clock);
  const diagnosis = view.diagnosis;
  const gaps = (diagnosis?.gaps ?? []).map((g) => gapView(g, g.code === diagnosis?.mainGap.code, input));
  const score = view.health?.score ?? null;
  const forecast = forecastOf(input);
  return {
    healthText: formatNumber(score, input.display.locale),
    healthVariant: view.health?.band ? BAND_VARIANT[view.health.band] : 'neutral',
    gaps,
    trend: healthTrend(input.dataset.sessions, input.repId, score, input.trendWeeks, input.display),
    forecastRows: forecast.rows,
    forecastSummary: forecast.summary,
    sessions: sessionRows(input.dataset.sessions, input),
    actionItems: itemRows(input.dataset, view, input.repId)
  };
}
