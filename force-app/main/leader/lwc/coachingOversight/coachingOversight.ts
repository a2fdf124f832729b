import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import HAS_OVERSIGHT from '@salesforce/customPermission/Coaching_Oversight';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import CURRENCY from '@salesforce/i18n/currency';
import { getQuarters, getSettings } from 'c/coachingApi';
import { DEFAULT_SETTINGS } from 'c/coachingEngine';
import type { ManagerOversight } from 'c/coachingEngine';
import type {
  Clock,
  CoachingDataset,
  CoachingSettings,
  CurrencySettings,
  FiscalCalendar,
  Id,
  Session
} from 'c/coachingModel';
import { createFiscalQuarters } from 'c/fiscalCalendar';
import { dayFromIso, instantOfLocal, isValidTimeZone, isoFromDay, isoFromInstant, localDay } from 'c/calendarDate';
import { ConnectionPager } from 'c/coachingLoader';
import {
  ACTIVITY_CONNECTIONS,
  ACTIVITY_OPERATION,
  ACTIVITY_QUERY,
  PEOPLE_CONNECTIONS,
  PEOPLE_OPERATION,
  PEOPLE_QUERY,
  RATES_OPERATION,
  RATES_QUERY,
  activityRecords,
  activityVariables,
  derivedCurrencySettings,
  hiddenActivityFields,
  oversightDataset,
  peopleFromNodes,
  rateSamples
} from 'c/oversightQueries';
import type { ActivityRecords, DerivedCurrencies } from 'c/oversightQueries';
import { managersInScope, peopleNames } from 'c/oversightScope';
import type { Person, Scope, ScopeMode } from 'c/oversightScope';
import { buildOversightReport, repBreakdown } from 'c/oversightReport';
import type { OversightPeriod, PeriodFigures } from 'c/oversightReport';
import {
  asWindowKey,
  clampTrendQuarters,
  managerRows,
  metricsHiddenBy,
  oversightPeriods,
  repRows,
  summaryCells,
  trendSeries
} from 'c/oversightViewModel';
import type {
  DisplayContext,
  ManagerRow,
  MetricCell,
  MetricKey,
  OversightPeriods,
  RepRow,
  TrendSeries,
  WindowKey
} from 'c/oversightViewModel';
import { formatLabel } from 'c/coachingFormat';
import { LABELS } from 'c/leaderLabels';

const SCOPE_MODES = ['auto', 'mine', 'org'];
const CALENDAR_QUARTERS: FiscalCalendar = { startMonth: 1, nameByStartYear: false, customQuarters: [] };

interface DetailView {
  manager: ManagerRow;
  reps: RepRow[];
  trends: TrendSeries[];
  heldFrom: string;
  heldBefore: string;
}

/**
 * Coaching oversight for sales leaders, sales ops and enablement: how every manager below the viewer (or in the
 * org) holds, prepares and follows up their 1:1s, how their reps rate them and how well their teams forecast;
 * trends by fiscal quarter, drill-down to a manager's reps, and the loss root-cause patterns.
 *
 * Data: one people query (active users with a manager, paged) walked in memory for the scope, then one activity
 * query for every manager in scope (cadences, 1:1s, action items, answers, closed-won sums per quarter) plus its
 * paging. Everything a window needs is loaded once, so changing the window only re-runs the engine.
 */
export default class CoachingOversight extends LightningElement {
  /** App Builder: the period shown first. */
  @api defaultWindow: string = 'LAST_QUARTER';
  /** App Builder: auto (managers below the viewer, else the org), mine or org. */
  @api defaultScope: string = 'auto';
  /** App Builder: fiscal quarters in the trend (2–8). */
  @api trendQuarters: number = 4;
  /** App Builder: the target for adherence, preparation and completion, in percent. */
  @api targetPercent: number = 80;
  /** App Builder: leave out the loss root-cause tab (e.g. where a separate page shows it). */
  @api hideLossTab: boolean = false;

  labels = LABELS;
  hasOversight = HAS_OVERSIGHT === true;

  // Loaded once per load.
  private now = '';
  private timeZone = 'UTC';
  private settings: CoachingSettings = { ...DEFAULT_SETTINGS };
  private fiscal: FiscalCalendar = CALENDAR_QUARTERS;
  periods: OversightPeriods | null = null;
  notes: string[] = [];

  // People: every active user with a manager.
  peopleQuery: unknown = undefined;
  peopleVariables: Record<string, unknown> | undefined = undefined;
  private readonly peoplePager = new ConnectionPager(PEOPLE_CONNECTIONS);
  private people: Person[] | null = null;
  private names = new Map<Id, string>();

  // Activity of the managers in scope.
  activityQuery: unknown = undefined;
  activityVars: Record<string, unknown> | undefined = undefined;
  private readonly activityPager = new ConnectionPager(ACTIVITY_CONNECTIONS);
  private activityBase: Record<string, unknown> = {};
  private activityLoaded = false;
  private activity: ActivityRecords | null = null;
  private dataset: CoachingDataset | null = null;
  private engineNotes: string[] = [];

  // Exchange rates derived from a few converted commits (the UI API serves no rates).
  ratesQuery: unknown = undefined;
  ratesVariables: Record<string, unknown> | undefined = undefined;
  private ratesRequested = false;
  private rateSampleSessions: Session[] = [];
  currencies: CurrencySettings | null = null;
  private hiddenMetrics = new Set<MetricKey>();
  private trendFigures: PeriodFigures[] = [];
  private windowFigures = new Map<Id, ManagerOversight>();

  scope: Scope | null = null;
  scopeMode: ScopeMode | 'auto' = 'auto';
  windowKey: WindowKey = 'LAST_QUARTER';
  error: unknown = null;
  settingsReady = false;

  // The view, computed once per data or window change.
  tiles: MetricCell[] = [];
  rows: ManagerRow[] = [];
  trends: TrendSeries[] = [];
  detail: DetailView | null = null;
  lossTabActive = false;
  private returnFocusTo: Id | null = null;

  override connectedCallback(): void {
    if (!this.hasOversight) return;
    this.now = new Date().toISOString();
    this.timeZone = isValidTimeZone(TIME_ZONE) ? TIME_ZONE : 'UTC';
    this.windowKey = asWindowKey(this.defaultWindow);
    this.scopeMode = (SCOPE_MODES.includes(this.defaultScope) ? this.defaultScope : 'auto') as ScopeMode | 'auto';
    this.peopleVariables = { ...this.peoplePager.variables() };
    this.peopleQuery = PEOPLE_QUERY;
    this.loadSettings().catch((error: unknown) => {
      this.error = error;
    });
  }

  /** Settings and fiscal quarters from Apex; either failing falls back to defaults, and the screen says so. */
  private async loadSettings(): Promise<void> {
    const today = this.todayIso();
    const count = 2 * Math.max(4, clampTrendQuarters(this.trendQuarters)) + 1;
    const [settings, quarters] = await Promise.allSettled([getSettings(), getQuarters(today, count)]);
    const notes: string[] = [];
    if (settings.status === 'fulfilled') {
      this.settings = settings.value.settings;
      if (settings.value.message) notes.push(settings.value.message);
    } else notes.push(LABELS.settingsFallback);
    if (quarters.status === 'fulfilled') {
      this.fiscal = quarters.value.calendar;
      if (quarters.value.message) notes.push(quarters.value.message);
    } else notes.push(LABELS.fiscalFallback);
    this.notes = notes;
    this.periods = oversightPeriods(
      createFiscalQuarters(this.fiscal),
      dayFromIso(today) as number,
      clampTrendQuarters(this.trendQuarters),
      LOCALE
    );
    this.settingsReady = true;
    this.startActivity();
  }

  private todayIso(): string {
    return isoFromDay(localDay(Date.parse(this.now), this.timeZone));
  }

  @wire(graphql, { query: '$peopleQuery', variables: '$peopleVariables', operationName: PEOPLE_OPERATION })
  wiredPeople(result: GraphQLResult) {
    const { data, errors } = result ?? {};
    if (errors?.length) {
      this.error = errors;
      return;
    }
    if (!data || !this.peopleVariables) return;
    if (this.peoplePager.accept(data, this.peopleVariables)) {
      this.peopleVariables = { ...this.peoplePager.variables() };
      return;
    }
    this.people = peopleFromNodes(this.peoplePager.nodes('User'));
    this.names = peopleNames(this.people);
    this.scope = managersInScope(this.people, USER_ID, this.scopeMode);
    this.startActivity();
  }

  /** Once the scope and the periods are known: load the activity of every manager in scope. */
  private startActivity(): void {
    if (!this.scope || !this.periods) return;
    this.activityPager.reset();
    this.activityLoaded = false;
    this.activity = null;
    this.dataset = null;
    this.detail = null;
    this.ratesQuery = undefined;
    this.ratesRequested = false;
    const ids = this.managerIds;
    if (ids.length === 0) {
      this.activityQuery = undefined;
      this.activityLoaded = true;
      this.rebuildView();
      return;
    }
    this.activityBase = activityVariables(ids, this.periods.loadStart, this.periods.closedQuarters);
    this.activityVars = { ...this.activityBase, ...this.activityPager.variables() };
    this.activityQuery = ACTIVITY_QUERY;
  }

  @wire(graphql, { query: '$activityQuery', variables: '$activityVars', operationName: ACTIVITY_OPERATION })
  wiredActivity(result: GraphQLResult) {
    const { data, errors } = result ?? {};
    if (errors?.length) {
      this.error = errors;
      return;
    }
    if (!data || !this.activityVars || !this.periods) return;
    if (this.activityPager.accept(data, this.activityVars)) {
      this.activityVars = { ...this.activityBase, ...this.activityPager.variables() };
      return;
    }
    this.activity = activityRecords(this.activityPager, this.periods.closedQuarters, CURRENCY);
    this.hiddenMetrics = metricsHiddenBy(hiddenActivityFields(this.activityPager));
    this.error = null;
    this.rateSampleSessions = rateSamples(this.activity.sessions);
    const codes = new Set(this.rateSampleSessions.map((x) => x.currencyIsoCode));
    if (codes.size === 0 || (codes.size === 1 && codes.has(CURRENCY))) {
      this.finishActivity(derivedCurrencySettings([], [], CURRENCY));
      return;
    }
    this.ratesVariables = { sessionIds: this.rateSampleSessions.map((x) => x.id) };
    this.ratesRequested = true;
    this.ratesQuery = RATES_QUERY;
  }

  @wire(graphql, { query: '$ratesQuery', variables: '$ratesVariables', operationName: RATES_OPERATION })
  wiredRates(result: GraphQLResult) {
    const { data, errors } = result ?? {};
    if (!this.ratesRequested || !this.activity || this.dataset) return;
    if (errors?.length) {
      // Without rates, amounts in other currencies are left out (the engine says which), never mixed in.
      this.finishActivity(derivedCurrencySettings(this.rateSampleSessions, [], CURRENCY));
      return;
    }
    if (!data) return;
    const nodes = ((data as { uiapi?: { aggregate?: Record<string, any> } }).uiapi?.aggregate?.Coaching_Session__c
      ?.edges ?? []) as { node?: unknown }[];
    this.finishActivity(
      derivedCurrencySettings(
        this.rateSampleSessions,
        nodes.map((e) => e?.node),
        CURRENCY
      )
    );
  }

  /** The dataset, in one currency, and the trend: once per load of the activity. */
  private finishActivity(currencies: DerivedCurrencies): void {
    if (!this.activity || !this.periods) return;
    // Closed-won sums are in the corporate currency (the platform converts SUM).
    const activity = {
      ...this.activity,
      won: this.activity.won.map((o) => ({ ...o, currencyIsoCode: currencies.corporate }))
    };
    this.currencies = currencies.settings;
    this.dataset = oversightDataset(
      this.people ?? [],
      activity,
      this.settings,
      this.fiscal,
      currencies.settings,
      this.managerIds
    );
    const trend = buildOversightReport(
      this.dataset,
      this.managerIds,
      this.periods.trend[0],
      this.periods.trend,
      this.clock
    );
    this.trendFigures = trend.trend;
    this.engineNotes = trend.warnings.some((w) => w.code === 'CURRENCY_RATE_MISSING') ? [LABELS.currencyMissing] : [];
    this.activityLoaded = true;
    this.rebuildView();
  }

  private get clock(): Clock {
    return { now: this.now, timeZone: this.timeZone, targetCurrency: CURRENCY };
  }

  private get ctx(): DisplayContext {
    return { locale: LOCALE, currency: CURRENCY, timeZone: this.timeZone };
  }

  private get target(): number {
    const pct = Number(this.targetPercent);
    return Number.isFinite(pct) && pct > 0 && pct <= 100 ? pct / 100 : 0.8;
  }

  get managerIds(): Id[] {
    return (this.scope?.managers ?? []).map((m) => m.id);
  }

  get selectedWindow(): OversightPeriod | null {
    return this.periods ? this.periods.windows[this.windowKey] : null;
  }

  /** Figures for the chosen window, rows, tiles and trends: once per data load or window change. */
  private rebuildView(): void {
    const period = this.selectedWindow;
    if (!this.dataset || !period || !this.scope) {
      this.tiles = [];
      this.rows = [];
      this.trends = [];
      return;
    }
    const ids = this.managerIds;
    this.windowFigures = buildOversightReport(this.dataset, ids, period, [], this.clock).window.managers;
    this.tiles = summaryCells(this.windowFigures, ids, this.ctx, this.target, this.hiddenMetrics);
    this.rows = managerRows(this.scope.managers, this.windowFigures, this.ctx, this.target, this.hiddenMetrics);
    this.trends = trendSeries(this.trendFigures, ids, this.ctx, this.target, this.hiddenMetrics);
    if (this.detail) this.openDetail(this.detail.manager.id);
  }

  private openDetail(managerId: Id): void {
    const period = this.selectedWindow;
    const manager = this.rows.find((r) => r.id === managerId);
    const scoped = this.scope?.managers.find((m) => m.id === managerId);
    if (!period || !manager || !scoped || !this.dataset) {
      this.detail = null;
      return;
    }
    const cadenceReps = this.dataset.cadences.filter((c) => c.managerId === managerId).map((c) => c.repId);
    const repIds = [...new Set([...scoped.directReportIds, ...cadenceReps])];
    const breakdown = repBreakdown(this.dataset, managerId, repIds, period, this.clock);
    const startDay = dayFromIso(period.start) as number;
    const endDay = dayFromIso(period.end) as number;
    this.detail = {
      manager,
      reps: repRows(repIds, this.names, breakdown, this.dataset.cadences, this.ctx, this.target, this.hiddenMetrics),
      trends: trendSeries(this.trendFigures, [managerId], this.ctx, this.target, this.hiddenMetrics),
      heldFrom: isoFromInstant(instantOfLocal(startDay, 0, this.timeZone)),
      heldBefore: isoFromInstant(instantOfLocal(endDay + 1, 0, this.timeZone))
    };
  }

  // ------------------------------------------------------------------------------------------------ states

  get notPermitted(): boolean {
    return !this.hasOversight;
  }
  get isLoading(): boolean {
    return this.hasOversight && !this.error && (!this.settingsReady || !this.scope || !this.activityLoaded);
  }
  get hasError(): boolean {
    return Boolean(this.error);
  }
  get isReady(): boolean {
    return this.hasOversight && !this.error && !this.isLoading;
  }
  /** Set once everything is rendered (the preview's e2e tests and benchmark wait for it). */
  get readyMarker(): string | undefined {
    return this.isReady || this.notPermitted ? 'true' : undefined;
  }
  get hasManagers(): boolean {
    return this.isReady && this.managerIds.length > 0;
  }
  get noManagers(): boolean {
    return this.isReady && this.managerIds.length === 0;
  }
  get noManagersMessage(): string {
    return this.scope?.mode === 'mine' ? LABELS.emptyNoManagersMine : LABELS.emptyNoManagersOrg;
  }
  get showScopePicker(): boolean {
    // Offered to anyone with managers below them, and to anyone shown "only mine" with nobody below (a way out).
    return (this.scope?.managersUnderViewer ?? 0) > 0 || this.scope?.mode === 'mine';
  }
  get showList(): boolean {
    return this.hasManagers && !this.detail;
  }
  get showDetail(): boolean {
    return this.hasManagers && Boolean(this.detail);
  }
  get subtitle(): string {
    const period = this.selectedWindow;
    return period ? formatLabel(LABELS.subtitle, this.managerIds.length, period.range ?? '') : '';
  }
  get windowOptions() {
    return this.periods?.options ?? [];
  }
  get scopeOptions() {
    return [
      { label: LABELS.scopeMine, value: 'mine' },
      { label: LABELS.scopeOrg, value: 'org' }
    ];
  }
  get scopeValue(): string {
    return this.scope?.mode ?? 'org';
  }
  get allNotes(): string[] {
    const notes = [...this.notes, ...this.engineNotes];
    const truncated = [...this.peoplePager.truncated, ...this.activityPager.truncated];
    if (this.activityLoaded && truncated.length) notes.push(formatLabel(LABELS.truncated, truncated.join(', ')));
    return notes;
  }
  get hasNotes(): boolean {
    return this.allNotes.length > 0;
  }
  get lossManagerIds(): Id[] | null {
    return this.scope?.mode === 'mine' ? this.managerIds : null;
  }
  get showLossTab(): boolean {
    return !this.hideLossTab;
  }
  get lossPeriods(): OversightPeriod[] {
    return this.periods?.trend ?? [];
  }

  // ------------------------------------------------------------------------------------------------ events

  handleWindowChange(event: CustomEvent<{ value: string }>): void {
    this.windowKey = asWindowKey(event.detail.value);
    this.rebuildView();
  }

  handleScopeChange(event: CustomEvent<{ value: string }>): void {
    const mode = event.detail.value === 'mine' ? 'mine' : 'org';
    if (!this.people || mode === this.scope?.mode) return;
    this.scopeMode = mode;
    this.scope = managersInScope(this.people, USER_ID, mode);
    this.startActivity();
  }

  handleManagerSelect(event: CustomEvent<{ managerId: Id }>): void {
    this.openDetail(event.detail.managerId);
  }

  handleBack(event: CustomEvent<{ managerId: Id | null }>): void {
    this.detail = null;
    this.returnFocusTo = event.detail.managerId;
  }

  override renderedCallback(): void {
    // Back on the list, focus returns to the manager the user came from (once, when the list is there again).
    if (!this.returnFocusTo) return;
    const scorecard = this.template?.querySelector('c-manager-scorecard') as unknown as {
      focusManager?: (id: Id) => void;
    } | null;
    if (!scorecard) return;
    scorecard.focusManager?.(this.returnFocusTo);
    this.returnFocusTo = null;
  }

  handleLossTabActive(): void {
    this.lossTabActive = true;
  }
}
