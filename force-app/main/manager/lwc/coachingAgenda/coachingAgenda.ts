import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { createRecord, getRecord, updateRecord } from 'lightning/uiRecordApi';
import type { RecordInput } from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import type { ObjectInfo } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import CURRENCY from '@salesforce/i18n/currency';
import LOCALE from '@salesforce/i18n/locale';
import CAN_MANAGE from '@salesforce/customPermission/Coaching_Manage';
import USER_NAME_FIELD from '@salesforce/schema/User.Name';
import USER_MANAGER_FIELD from '@salesforce/schema/User.ManagerId';
import USER_TIME_ZONE_FIELD from '@salesforce/schema/User.TimeZoneSidKey';
import SESSION_OBJECT from '@salesforce/schema/Coaching_Session__c';
import { buildAgenda, buildSessionSnapshot } from 'c/coachingEngine';
import type { AgendaView } from 'c/coachingEngine';
import { getAllHistory, historyEvents, type HistoryEvent } from 'c/coachingApi';
import type { AgendaSectionKey, Cadence, Clock, CoachingDataset, Id, Session } from 'c/coachingModel';
import { datasetFromRecords, flattenUiApiNode } from 'c/coachingRecords';
import { PagedQuery, type GraphQLWireResult } from 'c/coachingLoader';
import {
  REP_AGENDA_CONNECTIONS,
  REP_AGENDA_OPERATION,
  REP_AGENDA_QUERY,
  repAgendaVariables,
  type RepAgendaVariables
} from 'c/coachingQueries';
import { loadReferenceData, type ReferenceData } from 'c/coachingReference';
import {
  actionItemRows,
  buildSections,
  changesView,
  healthTrend,
  linkOptions,
  pipelineBars,
  recordNames,
  withHistory,
  type ChangesView,
  type SectionView
} from 'c/agendaViewModel';
import {
  AutoSaver,
  EMPTY_FORECAST,
  canEditNotes,
  canEndSession,
  canTickSections,
  changesAnything,
  chooseSession,
  createSession,
  defaultActualStart,
  editableForecastFields,
  fieldsNotEditable,
  forecastDraftOf,
  hasForecast,
  isDuplicatePlannedSession,
  isRunBy,
  markHeld,
  markNotHeld,
  sessionAccess,
  slotStartFor,
  updateSession,
  validateForecast,
  writableInput,
  type ForecastDraft,
  type ForecastField,
  type SaveState,
  type SessionAccess,
  type SessionChanges
} from 'c/agendaSession';
import { coverageVariant } from 'c/cockpitViewModel';
import type { ActionItemRow } from 'c/actionItemList';
import type { ActionItemLinkOption } from 'c/actionItemForm';
import type { ChartBar } from 'c/barChart';
import type { TrendPoint } from 'c/trendChart';
import type { TileVariant } from 'c/statTile';
import { NO_DATA, formatDateTime, formatLabel, formatMultiple, formatNumber } from 'c/coachingFormat';
import { reduceErrors, type AnyError } from 'c/ldsErrors';
import { LABELS } from 'c/managerLabels';

interface UserRecordResult {
  data?: { fields: Record<string, { value: unknown }> };
  error?: unknown;
}

interface ReviewTarget {
  key: string;
  opportunityId: Id;
  reviewType: 'Lost' | 'Disengaged';
  name: string;
  open: boolean;
}

interface Summary {
  health: string;
  healthDetail: string;
  healthVariant: TileVariant;
  coverageLabel: string;
  coverage: string;
  coverageDetail: string;
  coverageVariant: TileVariant;
  focus: string;
  focusDetail: string;
}

const EMPTY_SUMMARY: Summary = {
  health: NO_DATA,
  healthDetail: '',
  healthVariant: 'neutral',
  coverageLabel: '',
  coverage: NO_DATA,
  coverageDetail: '',
  coverageVariant: 'neutral',
  focus: NO_DATA,
  focusDetail: ''
};

/** Pages of opportunity history (2,000 rows each) read for one rep's week before the agenda says it is partial. */
const HISTORY_MAX_PAGES = 5;

const BAND_VARIANT: Record<string, TileVariant> = { HEALTHY: 'success', WATCH: 'warning', AT_RISK: 'error' };
const BAND_LABEL: Record<string, string> = {
  HEALTHY: LABELS.healthHealthy,
  WATCH: LABELS.healthWatch,
  AT_RISK: LABELS.healthAtRisk
};

/**
 * The weekly 1:1 agenda for one rep, run by their manager (on the rep's User page, or opened from the
 * coaching cockpit). It owns the data (ONE GraphQL query for the rep and their peers, plus the settings and
 * quarters) and the session: it prepares the upcoming 1:1 from the cadence, records that the agenda was opened
 * before the start, autosaves notes and reviewed sections, records the forecast, and marks the 1:1 held
 * (storing the snapshot and key metrics), rescheduled or skipped. Anyone else sees it read-only.
 *
 * Decision (docs/decisions.md D-manager-ui-2): notes and reviewed sections autosave 1.5 s after typing stops
 * and on leaving the field; the forecast is saved explicitly because it is a commitment that is validated first.
 * A failed save keeps what was typed, says so, and offers a retry.
 */
export default class CoachingAgenda extends LightningElement {
  @api historyWeeks = 13;
  private questionsHidden = false;

  /** App Builder: leave out the suggested questions under each item. */
  @api
  get hideQuestions(): boolean {
    return this.questionsHidden;
  }
  set hideQuestions(value: boolean) {
    this.questionsHidden = !!value;
  }

  /** For components that embed the agenda: `show-questions` is the opposite of `hide-questions`. */
  @api
  get showQuestions(): boolean {
    return !this.questionsHidden;
  }
  set showQuestions(value: boolean) {
    this.questionsHidden = !value;
  }

  userId = USER_ID;
  timeZone = TIME_ZONE;
  currency = CURRENCY;
  private now = new Date().toISOString();
  nowMs = Date.parse(this.now);
  private repKey: Id | null = null;
  repManagerId: Id | null = null;
  private managerResolved = false;
  repName = '';
  repTimeZone: string | null = null;
  private query = new PagedQuery(REP_AGENDA_CONNECTIONS);
  /** The page the query asks for (null: the first); a field so the wire reacts when it changes. */
  private cursor: string | null = null;
  private reference: ReferenceData | null = null;
  private dataset: CoachingDataset | null = null;
  private agenda: AgendaView | null = null;
  private cadence: Cadence | null = null;
  private session: Session | null = null;
  private justHeld: Session | null = null;
  private loaded = false;
  private sectionFilter = '';
  /** Set once this instance created a session or changed its status: it then never prepares another by itself. */
  private lifecycleDone = false;
  private creating = false;
  private stampedSessionId: Id | null = null;
  private draftSessionId: Id | null = null;
  private saver: AutoSaver | null = null;
  /** What the user may write on 1:1s (field-level security); null until known, and then the platform decides. */
  private access: SessionAccess | null = null;

  errors: AnyError | AnyError[] = null;
  notices: string[] = [];
  actionError: AnyError = null;
  actionErrorMessage = '';
  statusMessage = '';
  busy = false;
  showCadenceForm = false;

  sectionViews: SectionView[] = [];
  actionItems: ActionItemRow[] = [];
  linkOptions: ActionItemLinkOption[] = [];
  assigneeOptions: { label: string; value: string }[] = [];
  reviewTargets: ReviewTarget[] = [];
  changes: ChangesView | null = null;
  /** Why the week's changes lack some or all opportunity history (truncated, or the Apex call failed), or ''. */
  historyNote = '';
  historyFailed = false;
  private snapshotChanges: ChangesView | null = null;
  private names: ReadonlyMap<Id, string> = new Map();
  /** The rep and the start of the last held 1:1 that history was asked for: asked again only when it changes. */
  private historyKey: string | null = null;
  private historySince: string | null = null;
  private historyRequest = 0;
  private history: HistoryEvent[] = [];
  trend: TrendPoint[] = [];
  pipelineBars: ChartBar[] = [];
  summary: Summary = EMPTY_SUMMARY;
  today = '';
  quarterLabel = '';
  nextQuarterLabel = '';
  private quarterPeriod: { start: string; end: string } | null = null;

  notes = '';
  reviewed = new Set<AgendaSectionKey>();
  forecastDraft: ForecastDraft = { ...EMPTY_FORECAST };
  forecastErrors: Partial<Record<ForecastField, string>> = {};
  forecastSaving = false;
  forecastStatus = '';
  saveState: SaveState = 'idle';
  private saveError: unknown = null;

  labels = {
    loading: LABELS.loading,
    loadError: LABELS.agendaLoadError,
    retry: LABELS.retry,
    noAgenda: LABELS.noAgenda,
    noAgendaHeading: LABELS.noAgendaHeading,
    health: LABELS.colHealth,
    focus: LABELS.colFocus,
    noCadence: LABELS.agendaNoCadence,
    startNow: LABELS.agendaStartNow,
    setUpCadence: LABELS.setUpCadence,
    pipelineChart: LABELS.pipelineChart,
    pipelineChartDescription: LABELS.pipelineChartDescription,
    documentRootCause: LABELS.documentRootCause,
    trendHeading: LABELS.trendHeading,
    notes: LABELS.notes,
    notesHelp: LABELS.notesHelp,
    retrySave: LABELS.retrySave
  };

  /** The rep: `recordId` on a User page, `repId` when the cockpit opens it. */
  @api
  get recordId(): Id | null {
    return this.repKey;
  }
  set recordId(value: Id | null) {
    this.setRep(value);
  }

  @api
  get repId(): Id | null {
    return this.repKey;
  }
  set repId(value: Id | null) {
    this.setRep(value);
  }

  /** Comma-separated section keys to show (App Builder); blank shows every enabled section. */
  @api
  get sections(): string {
    return this.sectionFilter;
  }
  set sections(value: string) {
    this.sectionFilter = value ?? '';
  }

  private setRep(value: Id | null): void {
    if (value === this.repKey) return;
    this.repKey = value;
    this.managerResolved = false;
    this.query.reset();
    this.cursor = null;
    this.loaded = false;
  }

  @wire(getRecord, { recordId: '$repKey', fields: [USER_NAME_FIELD, USER_MANAGER_FIELD, USER_TIME_ZONE_FIELD] })
  handleUser({ data, error }: UserRecordResult): void {
    if (error) {
      this.fail(error as AnyError);
      return;
    }
    if (!data) return;
    this.repName = String(data.fields.Name?.value ?? '');
    this.repManagerId = (data.fields.ManagerId?.value as Id | null) ?? null;
    this.repTimeZone = (data.fields.TimeZoneSidKey?.value as string | null) ?? null;
    this.managerResolved = true;
  }

  @wire(getObjectInfo, { objectApiName: SESSION_OBJECT })
  handleSessionInfo({ data, error }: { data?: ObjectInfo; error?: unknown }): void {
    // Without the object info every field is sent as before, and the platform still enforces field-level security.
    if (data) this.access = sessionAccess(data);
    else if (error) this.access = null;
    if (this.loaded && this.agenda) this.notices = this.allNotices(this.agenda);
  }

  /** Updates a 1:1 with only the fields the user may write; an update left with nothing to change is not sent. */
  private async writeUpdate(input: RecordInput): Promise<void> {
    const writable = writableInput(input, this.access);
    if (changesAnything(writable)) await updateRecord(writable);
  }

  /** Undefined until the rep's manager is known: the query needs it to find the peers. */
  get variables(): RepAgendaVariables | undefined {
    if (!this.repKey || !this.managerResolved) return undefined;
    return repAgendaVariables(this.repKey, this.repManagerId, this.now, this.historyWeeks, this.cursor);
  }

  @wire(graphql, { query: REP_AGENDA_QUERY, variables: '$variables', operationName: REP_AGENDA_OPERATION })
  handleAgenda(result: GraphQLWireResult): void {
    const outcome = this.query.receive(result);
    if (outcome === 'failed') this.fail(this.query.errors as AnyError[]);
    // More opportunities than one page: the same query again from the next cursor.
    else if (outcome === 'paging') this.cursor = this.query.cursor;
    else if (outcome === 'complete') this.compute();
  }

  override connectedCallback(): void {
    this.loadReference();
  }

  override disconnectedCallback(): void {
    // Typed notes still waiting for the pause are written now rather than lost.
    this.saver?.flush().catch(() => undefined);
    this.saver?.dispose();
  }

  private async loadReference(): Promise<void> {
    this.reference = await loadReferenceData(this.now);
    this.compute();
  }

  private fail(errors: AnyError | AnyError[]): void {
    this.errors = errors;
    this.loaded = true;
  }

  private get clock(): Clock {
    return { now: this.now, timeZone: TIME_ZONE, targetCurrency: CURRENCY };
  }

  /** Maps the records, runs the engine once and prepares every view model. */
  private compute(): void {
    if (!this.reference || !this.repKey || !this.query.complete) return;
    const records = this.query.records(flattenUiApiNode);
    const dataset = datasetFromRecords(records, this.reference.settings, { corporateCurrency: CURRENCY });
    dataset.fiscal = this.reference.fiscal;
    this.dataset = dataset;
    const repId = this.repKey;
    const view = buildAgenda(dataset, repId, this.clock);
    this.agenda = view;
    this.cadence = dataset.cadences.find((c) => c.repId === repId && c.active) ?? null;
    const choice = chooseSession(dataset.sessions, repId, this.nowMs, this.reference.settings.adherenceToleranceHours);
    this.session = choice.current;
    this.justHeld = choice.justHeld;
    this.today = view.today;
    this.quarterLabel = view.currentQuarter.label;
    this.nextQuarterLabel = view.nextQuarter.label;
    this.quarterPeriod = { start: view.currentQuarter.start, end: view.currentQuarter.end };
    this.initDrafts();
    this.buildViews(dataset, view);
    this.notices = this.allNotices(view);
    this.errors = null;
    this.loaded = true;
    this.prepareSession();
  }

  private buildViews(dataset: CoachingDataset, view: AgendaView): void {
    const repId = this.repKey as Id;
    const display = { locale: LOCALE, currency: CURRENCY, timeZone: TIME_ZONE };
    const names = recordNames(dataset.opportunities, dataset.accounts, dataset.actionItems, dataset.users);
    const hidden = new Set<string>();
    const wanted = this.sectionFilter
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (wanted.length) for (const s of view.agenda?.sections ?? []) if (!wanted.includes(s.key)) hidden.add(s.key);
    this.sectionViews = buildSections(view, {
      display,
      names,
      reviewed: this.reviewed,
      hidden,
      showQuestions: !this.questionsHidden
    });
    const items = dataset.actionItems.filter((a) => a.repId === repId || a.assigneeId === repId);
    this.actionItems = actionItemRows(items, view, names);
    this.linkOptions = linkOptions(dataset.opportunities, repId, display);
    const managerId = this.managerId;
    this.assigneeOptions = [
      { label: this.repName || names.get(repId) || repId, value: repId },
      ...(managerId && managerId !== repId ? [{ label: LABELS.assigneeMe, value: managerId }] : [])
    ];
    this.reviewTargets = this.buildReviewTargets(dataset, view);
    this.names = names;
    this.snapshotChanges = changesView(view.changes, display);
    this.applyHistory();
    this.loadHistory(repId, this.lastHeldStart(dataset, repId));
    this.trend = healthTrend(dataset.sessions, repId, view.health?.score ?? null, this.historyWeeks, display);
    this.pipelineBars = view.metrics
      ? pipelineBars([view.metrics.current, view.metrics.next], view.metrics.requiredCoverage, display)
      : [];
    this.summary = this.buildSummary(view);
  }

  /** When the rep's last held 1:1 started (not in the future), or null when none was held. */
  private lastHeldStart(dataset: CoachingDataset, repId: Id): string | null {
    let latest: string | null = null;
    for (const s of dataset.sessions) {
      if (s.repId !== repId || s.status !== 'Held' || !s.actualStart) continue;
      const at = Date.parse(s.actualStart);
      if (at <= this.nowMs && (latest === null || at > Date.parse(latest))) latest = s.actualStart;
    }
    return latest;
  }

  /**
   * Close-date moves and stage changes since the last held 1:1 from OpportunityHistory (Apex: the UI API cannot read
   * it). The rest of the agenda never waits for it: a failure or a partial read only adds a note to the changes.
   */
  private loadHistory(repId: Id, since: string | null): void {
    const key = `${repId}|${since ?? ''}`;
    if (key === this.historyKey) return;
    this.historyKey = key;
    this.historySince = since;
    this.history = [];
    this.historyNote = '';
    this.historyFailed = false;
    const request = ++this.historyRequest;
    if (!since) {
      this.applyHistory();
      return;
    }
    getAllHistory([repId], since, { maxPages: HISTORY_MAX_PAGES })
      .then((page) => {
        if (request !== this.historyRequest) return;
        this.history = historyEvents(page.entries);
        if (page.truncated)
          this.historyNote = formatLabel(LABELS.historyTruncated, formatNumber(page.entries.length, LOCALE));
      })
      .catch((error: unknown) => {
        if (request !== this.historyRequest) return;
        this.historyFailed = true;
        this.historyNote = formatLabel(LABELS.historyFailed, reduceErrors(error as AnyError).join(' '));
      })
      .finally(() => {
        if (request === this.historyRequest) this.applyHistory();
      });
  }

  private applyHistory(): void {
    const display = { locale: LOCALE, currency: CURRENCY, timeZone: TIME_ZONE };
    this.changes = withHistory(
      this.snapshotChanges,
      this.agenda?.changes ?? null,
      this.history,
      this.names,
      this.historySince,
      display
    );
  }

  private buildSummary(view: AgendaView): Summary {
    const m = view.metrics;
    if (!m || !view.health || !view.diagnosis) return EMPTY_SUMMARY;
    const q = m.current;
    const noQuota = q.coverageNote === 'QUOTA_MISSING' || q.coverageNote === 'QUOTA_ZERO';
    return {
      health: formatNumber(view.health.score, LOCALE),
      healthDetail: BAND_LABEL[view.health.band ?? ''] ?? '',
      healthVariant: BAND_VARIANT[view.health.band ?? ''] ?? 'neutral',
      coverageLabel: formatLabel(LABELS.colCoverage, q.quarter.label),
      coverage: q.coverageNote === 'QUOTA_MET' ? LABELS.quotaMet : formatMultiple(q.coverage, LOCALE),
      coverageDetail: noQuota
        ? formatLabel(LABELS.reasonNoQuota, q.quarter.label)
        : formatLabel(LABELS.coverageNeeds, formatMultiple(m.requiredCoverage, LOCALE)),
      coverageVariant: coverageVariant(q.coverageRatio),
      focus: view.diagnosis.mainGap.title,
      focusDetail: view.diagnosis.mainGap.skill
    };
  }

  /** Lost and disengaged deals from the agenda that still need a documented root cause. */
  private buildReviewTargets(dataset: CoachingDataset, view: AgendaView): ReviewTarget[] {
    const section = view.agenda?.sections.find((s) => s.key === 'Lost_Disengaged');
    const opps = new Map(dataset.opportunities.map((o) => [o.id, o]));
    const targets: ReviewTarget[] = [];
    for (const item of section?.items ?? []) {
      const opp = opps.get(item.recordIds[0]);
      if (!opp) continue;
      const reviewType = opp.isClosed && !opp.isWon ? 'Lost' : 'Disengaged';
      const documented = dataset.reviews.some(
        (r) => r.opportunityId === opp.id && r.reviewType === reviewType && (r.rootCause ?? '').trim() !== ''
      );
      if (!documented)
        targets.push({
          key: `${opp.id}:${reviewType}`,
          opportunityId: opp.id,
          reviewType,
          name: opp.name,
          open: false
        });
    }
    return targets;
  }

  private allNotices(view: AgendaView): string[] {
    const notEditable = this.canRun ? fieldsNotEditable(this.access) : [];
    return [
      ...(this.reference?.notices ?? []),
      ...this.reasons(view),
      ...(notEditable.length ? [formatLabel(LABELS.agendaFieldsNotEditable, notEditable.join(', '))] : [])
    ];
  }

  /** Why figures are missing, in words: no manager link, no quota, more data than loaded. */
  private reasons(view: AgendaView): string[] {
    const reasons: string[] = [];
    if (!this.repManagerId) reasons.push(LABELS.reasonNoManager);
    const q = view.metrics?.current;
    if (q && (q.coverageNote === 'QUOTA_MISSING' || q.coverageNote === 'QUOTA_ZERO'))
      reasons.push(
        formatLabel(q.coverageNote === 'QUOTA_MISSING' ? LABELS.reasonNoQuota : LABELS.reasonZeroQuota, q.quarter.label)
      );
    if (view.metrics && view.metrics.records === 0) reasons.push(LABELS.reasonNoOpportunities);
    if (view.metrics && view.metrics.excluded.amountMissing > 0)
      reasons.push(formatLabel(LABELS.reasonAmountsMissing, view.metrics.excluded.amountMissing));
    if (this.query.truncated.length) reasons.push(formatLabel(LABELS.truncated, this.query.truncated.join(', ')));
    return reasons;
  }

  /** Drafts follow the record only when the session changes: typed text is never replaced by a refresh. */
  private initDrafts(): void {
    const session = this.session ?? this.justHeld;
    const id = session?.id ?? null;
    if (id === this.draftSessionId) return;
    this.draftSessionId = id;
    this.notes = session?.notes ?? '';
    this.reviewed = new Set(session?.sectionsReviewed ?? []);
    this.forecastDraft = forecastDraftOf(session);
    this.forecastErrors = {};
    this.forecastStatus = '';
    this.saver?.dispose();
    this.saver =
      this.session && this.canRun
        ? new AutoSaver(
            (changes) => this.writeSession(changes),
            (state, error) => {
              this.saveState = state;
              this.saveError = error;
            }
          )
        : null;
    this.saveState = 'idle';
  }

  private async writeSession(changes: SessionChanges): Promise<void> {
    if (!this.session) return;
    await this.writeUpdate(updateSession(this.session.id, changes));
  }

  // ---------------------------------------------------------------- the session lifecycle

  get managerId(): Id | null {
    return this.session?.managerId ?? this.cadence?.managerId ?? this.repManagerId;
  }

  /** Only the rep's manager, holding the manager permission, runs the 1:1. */
  get canRun(): boolean {
    return !!CAN_MANAGE && isRunBy(USER_ID, this.cadence, this.session ?? this.justHeld, this.repManagerId);
  }

  get readOnly(): boolean {
    return !this.canRun || !this.session;
  }

  /** The section ticks are saved on the 1:1: read-only when the user may not change them. */
  get sectionsReadOnly(): boolean {
    return this.readOnly || !canTickSections(this.access);
  }

  /** The notes box is offered only to a manager who may change the notes; otherwise they are shown as text. */
  get notesEditable(): boolean {
    return this.canRun && canEditNotes(this.access);
  }

  get forecastFields(): ForecastField[] {
    return editableForecastFields(this.access);
  }

  get showForecastForm(): boolean {
    return this.canRun && this.forecastFields.length > 0;
  }

  get noSession(): boolean {
    return !this.session;
  }

  get sessionId(): Id | null {
    return this.session?.id ?? this.justHeld?.id ?? null;
  }

  get canAddItems(): boolean {
    return this.canRun;
  }

  get needsSession(): boolean {
    return this.canRun && !this.session && !this.justHeld && !this.cadence && !this.lifecycleDone;
  }

  get showStatusPanel(): boolean {
    return this.canRun && !!this.session && canEndSession(this.access);
  }

  get defaultActualStart(): string {
    return defaultActualStart(this.session, this.nowMs);
  }

  /**
   * On open, by the manager only: create the upcoming 1:1 from the cadence when none exists, and record that
   * the agenda was opened before its start (preparation).
   */
  private prepareSession(): void {
    if (!this.canRun || this.lifecycleDone) return;
    if (this.session) {
      const start = Date.parse(this.session.scheduledStart);
      if (!this.session.agendaOpenedAt && this.nowMs < start && this.stampedSessionId !== this.session.id) {
        this.stampedSessionId = this.session.id;
        this.writeUpdate(updateSession(this.session.id, { agendaOpenedAt: this.now })).catch((error: unknown) => {
          this.notices = [
            ...this.notices,
            formatLabel(LABELS.preparationNotRecorded, reduceErrors(error as AnyError).join(' '))
          ];
        });
      }
      return;
    }
    if (this.justHeld || !this.cadence || this.creating) return;
    const start = slotStartFor(this.cadence, this.now);
    if (!start) return;
    this.creatingSession(
      createSession(
        {
          cadenceId: this.cadence.id,
          managerId: this.cadence.managerId,
          repId: this.repKey as Id,
          scheduledStart: start
        },
        Date.parse(start) > this.nowMs ? { agendaOpenedAt: this.now } : {}
      )
    );
  }

  private async creatingSession(input: ReturnType<typeof createSession>): Promise<void> {
    this.creating = true;
    this.lifecycleDone = true;
    try {
      await createRecord(writableInput(input, this.access));
      await this.refresh();
    } catch (error) {
      // Planned meanwhile elsewhere: the platform kept one 1:1, and the agenda opens that one.
      if (isDuplicatePlannedSession(error)) {
        this.statusMessage = LABELS.sessionAlreadyPlanned;
        await this.refresh();
      } else this.showActionError(LABELS.sessionNotCreated, error);
    } finally {
      this.creating = false;
    }
  }

  handleStartNow(): void {
    if (this.busy || this.creating || !this.repKey) return;
    this.creatingSession(
      createSession({ cadenceId: null, managerId: USER_ID, repId: this.repKey, scheduledStart: this.now })
    );
  }

  // ---------------------------------------------------------------- drafts: notes, sections, forecast

  handleNotesChange(event: CustomEvent<{ value: string }>): void {
    this.notes = event.detail?.value ?? '';
    this.saver?.queue({ notes: this.notes });
  }

  handleNotesBlur(): void {
    this.saver?.flush().catch(() => undefined);
  }

  handleReviewed(event: CustomEvent<{ key: AgendaSectionKey; reviewed: boolean }>): void {
    const next = new Set(this.reviewed);
    if (event.detail.reviewed) next.add(event.detail.key);
    else next.delete(event.detail.key);
    this.reviewed = next;
    this.sectionViews = this.sectionViews.map((s) => ({ ...s, reviewed: next.has(s.key) }));
    this.saver?.queue({ sectionsReviewed: [...next] });
  }

  handleRetrySave(): void {
    this.saver?.retry().catch(() => undefined);
  }

  get saveFailed(): boolean {
    return this.saveState === 'error';
  }

  get saveStateText(): string {
    switch (this.saveState) {
      case 'pending':
        return LABELS.savePending;
      case 'saving':
        return LABELS.saving;
      case 'saved':
        return LABELS.saveDone;
      case 'error':
        return formatLabel(LABELS.saveFailedKept, reduceErrors(this.saveError as AnyError).join(' '));
      default:
        return '';
    }
  }

  get saveStateClass(): string {
    return this.saveState === 'error'
      ? 'slds-text-body_small slds-text-color_error slds-m-top_xx-small'
      : 'slds-text-body_small slds-text-color_weak slds-m-top_xx-small';
  }

  handleForecastChange(event: CustomEvent<{ field: ForecastField; value: string }>): void {
    this.forecastDraft = { ...this.forecastDraft, [event.detail.field]: event.detail.value };
    if (this.forecastErrors[event.detail.field]) {
      const rest = { ...this.forecastErrors };
      delete rest[event.detail.field];
      this.forecastErrors = rest;
    }
  }

  async handleForecastSave(): Promise<void> {
    if (!this.session || this.forecastSaving) return;
    const { values, errors } = validateForecast(this.forecastDraft);
    this.forecastErrors = errors;
    if (Object.keys(errors).length > 0) return;
    this.forecastSaving = true;
    try {
      await this.writeUpdate(
        updateSession(this.session.id, { forecast: values, forecastPeriod: this.quarterPeriod ?? undefined })
      );
      this.forecastStatus = LABELS.forecastSaved;
    } catch (error) {
      this.forecastStatus = formatLabel(LABELS.forecastSaveFailed, reduceErrors(error as AnyError).join(' '));
    } finally {
      this.forecastSaving = false;
    }
  }

  // ---------------------------------------------------------------- ending the 1:1

  /**
   * One write: status Held, actual start, snapshot and metrics, plus the notes, sections and a valid forecast.
   * Refused (nothing written) when the forecast is invalid; on failure the typed notes stay and the error shows.
   */
  async handleMarkHeld(event: CustomEvent<{ actualStart: string }>): Promise<void> {
    if (this.busy || !this.session || !this.dataset || !this.repKey) return;
    const { values, errors } = validateForecast(this.forecastDraft);
    if (Object.keys(errors).length > 0) {
      this.forecastErrors = errors;
      this.showActionError(LABELS.heldRefusedForecast, null);
      return;
    }
    this.busy = true;
    this.actionError = null;
    const pending = this.saver?.take() ?? {};
    const changes: SessionChanges = {
      notes: this.notes,
      sectionsReviewed: [...this.reviewed],
      ...(hasForecast(values) ? { forecast: values, forecastPeriod: this.quarterPeriod ?? undefined } : {})
    };
    try {
      const snapshot = buildSessionSnapshot(this.dataset, this.repKey, this.clock);
      await this.writeUpdate(markHeld(this.session.id, snapshot, event.detail.actualStart, changes));
      this.lifecycleDone = true;
      this.statusMessage = snapshot.fitsField ? LABELS.heldDone : LABELS.heldNoSnapshot;
      this.dispatchEvent(new ShowToastEvent({ title: LABELS.heldToast, message: this.repName, variant: 'success' }));
      await this.refresh();
    } catch (error) {
      this.saver?.restore(pending);
      this.showActionError(LABELS.heldFailed, error);
    } finally {
      this.busy = false;
    }
  }

  /** Marks this 1:1 rescheduled, then plans the new one; if the second write fails, says exactly that. */
  async handleReschedule(event: CustomEvent<{ newStart: string; reason: string }>): Promise<void> {
    if (this.busy || !this.session || !this.repKey) return;
    this.busy = true;
    this.actionError = null;
    const session = this.session;
    try {
      await this.saver?.flush().catch(() => undefined);
      await this.writeUpdate(markNotHeld(session.id, 'Rescheduled', event.detail.reason));
    } catch (error) {
      this.showActionError(LABELS.rescheduleFailed, error);
      this.busy = false;
      return;
    }
    this.lifecycleDone = true;
    try {
      await createRecord(
        writableInput(
          createSession({
            cadenceId: session.cadenceId,
            managerId: session.managerId,
            repId: session.repId,
            scheduledStart: event.detail.newStart
          }),
          this.access
        )
      );
      this.statusMessage = formatLabel(
        LABELS.rescheduledDone,
        formatDateTime(event.detail.newStart, LOCALE, TIME_ZONE)
      );
    } catch (error) {
      this.showActionError(LABELS.rescheduleHalfDone, error);
    } finally {
      this.busy = false;
    }
    await this.refresh();
  }

  async handleSkip(event: CustomEvent<{ reason: string }>): Promise<void> {
    if (this.busy || !this.session) return;
    this.busy = true;
    this.actionError = null;
    try {
      await this.saver?.flush().catch(() => undefined);
      await this.writeUpdate(markNotHeld(this.session.id, 'Skipped', event.detail.reason));
      this.lifecycleDone = true;
      this.statusMessage = LABELS.skippedDone;
      await this.refresh();
    } catch (error) {
      this.showActionError(LABELS.skipFailed, error);
    } finally {
      this.busy = false;
    }
  }

  private showActionError(message: string, error: unknown): void {
    this.actionErrorMessage = message;
    this.actionError = (error ?? message) as AnyError;
  }

  // ---------------------------------------------------------------- other writes refresh the data

  handleItemChange(): void {
    this.refresh();
  }

  handleOpenReview(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.key;
    this.reviewTargets = this.reviewTargets.map((t) => (t.key === key ? { ...t, open: true } : t));
  }

  handleReviewSaved(): void {
    this.refresh();
  }

  handleShowCadenceForm(): void {
    this.showCadenceForm = true;
  }

  handleCadenceSaved(): void {
    this.showCadenceForm = false;
    this.refresh();
  }

  handleCadenceCancel(): void {
    this.showCadenceForm = false;
  }

  handleRetry(): void {
    this.errors = null;
    this.loaded = false;
    this.refresh();
  }

  private async refresh(): Promise<void> {
    try {
      // 'changed': the wire handler has already computed the new view.
      if ((await this.query.refresh()) !== 'changed') this.compute();
    } catch (error) {
      this.fail(error as AnyError);
    }
  }

  // ---------------------------------------------------------------- what the template reads

  get isLoading(): boolean {
    return !this.loaded;
  }

  get hasError(): boolean {
    return this.loaded && this.errors !== null && this.errors !== undefined;
  }

  get hasNoAgenda(): boolean {
    return this.loaded && !this.agenda?.agenda;
  }

  get hasNotices(): boolean {
    return this.notices.length > 0;
  }

  get readyMarker(): string | undefined {
    return this.loaded ? 'true' : undefined;
  }

  get heading(): string {
    return formatLabel(LABELS.agendaTitle, this.repName || NO_DATA);
  }

  get sessionLine(): string {
    const s = this.session ?? this.justHeld;
    if (!s) return this.loaded ? LABELS.noUpcoming : '';
    const when = formatDateTime(s.actualStart ?? s.scheduledStart, LOCALE, TIME_ZONE);
    const status = s.status === 'Held' ? LABELS.sessionHeldAt : LABELS.sessionPlannedFor;
    const prepared = s.agendaOpenedAt || this.stampedSessionId === s.id ? ` · ${LABELS.sessionPrepared}` : '';
    return `${formatLabel(status, when)}${prepared}`;
  }

  get readOnlyNote(): string {
    return this.loaded && !this.canRun ? LABELS.agendaReadOnly : '';
  }
}
