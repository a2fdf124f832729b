import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import CURRENCY from '@salesforce/i18n/currency';
import LOCALE from '@salesforce/i18n/locale';
import type { Cadence, CoachingDataset, Id } from 'c/coachingModel';
import { flattenUiApiNode } from 'c/coachingRecords';
import { ConnectionPagedQuery, type GraphQLWireResult } from 'c/coachingLoader';
import {
  TEAM_COCKPIT_CONNECTIONS,
  TEAM_COCKPIT_OPERATION,
  TEAM_COCKPIT_QUERY,
  TEAM_COCKPIT_WRITABLE,
  forecastQuarterCount,
  teamCockpitVariables
} from 'c/coachingQueries';
import { loadReferenceData, type ReferenceData } from 'c/coachingReference';
import { computeCockpit, sortRows, SORT_KEYS, type CockpitView, type RepRow, type SortKey } from 'c/cockpitViewModel';
import { formatLabel } from 'c/coachingFormat';
import type { AnyError } from 'c/ldsErrors';
import { LABELS } from 'c/managerLabels';

interface CadenceTarget {
  repId: Id;
  name: string;
  timeZone: string | null;
  cadence: Cadence | null;
}

/**
 * The manager's coaching cockpit (Home or an app page). It owns the data: the Apex-backed settings and fiscal
 * quarters first (the query's windows are the engine's fiscal quarters and settings), then ONE GraphQL document
 * for the running user's direct reports, each of its connections paged on its own; it runs the engine once per
 * data change and hands the results to presentational children. The manager can sort by risk, set up a rep's
 * weekly slot, and open a rep's prepared 1:1 agenda in place.
 */
export default class CoachingCockpit extends LightningElement {
  @api historyWeeks = 13;
  /** App Builder: leave out the charts (coverage, pipeline by stage, forecast against actuals). */
  @api hideCharts = false;
  @api forecastQuarters = 4;

  userId = USER_ID;
  /** Now, read once per load: every figure on the page is computed for the same instant. */
  private now = new Date().toISOString();
  private query = new ConnectionPagedQuery(TEAM_COCKPIT_CONNECTIONS);
  /** The pages the document asks for next; a field so the wire reacts when it changes. */
  private paging: Record<string, string | null> = this.query.variables();
  private reference: ReferenceData | null = null;
  private dataset: CoachingDataset | null = null;

  view: CockpitView | null = null;
  rows: RepRow[] = [];
  sortKey: SortKey = 'risk';
  errors: AnyError | AnyError[] = null;
  notices: string[] = [];
  agendaRepId: Id | null = null;
  cadenceRep: CadenceTarget | null = null;
  engineMs: string | undefined = undefined;
  private loaded = false;

  labels = {
    title: LABELS.cockpitTitle,
    loading: LABELS.loading,
    loadError: LABELS.loadError,
    retry: LABELS.retry,
    noTeam: LABELS.noTeam,
    noTeamHeading: LABELS.noTeamHeading,
    backToTeam: LABELS.backToTeam
  };

  @api
  get defaultSort(): string {
    return this.sortKey;
  }
  set defaultSort(value: string) {
    this.sortKey = SORT_KEYS.includes(value as SortKey) ? (value as SortKey) : 'risk';
  }

  private get quarterCount(): number {
    return forecastQuarterCount(this.forecastQuarters);
  }

  /** The document waits for the reference data: its windows are the fiscal quarters and settings. */
  get teamQuery(): unknown {
    return this.reference ? TEAM_COCKPIT_QUERY : undefined;
  }

  get variables(): Record<string, unknown> | undefined {
    if (!this.reference) return undefined;
    const windows = teamCockpitVariables(USER_ID, this.now, {
      timeZone: TIME_ZONE,
      fiscal: this.reference.fiscal,
      settings: this.reference.settings,
      historyWeeks: this.historyWeeks,
      forecastQuarters: this.quarterCount
    });
    return { ...windows, ...this.paging };
  }

  @wire(graphql, { query: '$teamQuery', variables: '$variables', operationName: TEAM_COCKPIT_OPERATION })
  handleTeam(result: GraphQLWireResult): void {
    if (!this.reference) return;
    const outcome = this.query.receive(result);
    if (outcome === 'failed') this.fail(this.query.errors as AnyError[]);
    // A connection has more pages: the document again, asking only those connections for their next page.
    else if (outcome === 'paging') this.paging = this.query.variables();
    else if (outcome === 'complete') this.compute();
  }

  override connectedCallback(): void {
    this.loadReference();
  }

  private async loadReference(): Promise<void> {
    try {
      this.reference = await loadReferenceData(this.now);
      this.compute();
    } catch (error) {
      this.fail(error as AnyError);
    }
  }

  private fail(errors: AnyError | AnyError[]): void {
    this.errors = errors;
    this.loaded = true;
  }

  /** Maps the records and runs the engine: once per data change, never per render. */
  private compute(): void {
    if (!this.reference || !this.query.complete) return;
    const started = performance.now();
    const { view, dataset } = computeCockpit(
      this.query.records(flattenUiApiNode),
      this.reference,
      {
        managerId: USER_ID,
        now: this.now,
        timeZone: TIME_ZONE,
        currency: CURRENCY,
        locale: LOCALE,
        forecastQuarters: this.quarterCount
      },
      this.sortKey
    );
    this.dataset = dataset;
    this.view = view;
    this.rows = view.rows;
    this.notices = [
      ...this.reference.notices,
      ...(this.query.truncated.length ? [formatLabel(LABELS.truncated, this.query.truncated.join(', '))] : [])
    ];
    this.engineMs = (performance.now() - started).toFixed(1);
    this.errors = null;
    this.loaded = true;
  }

  get showCharts(): boolean {
    return !this.hideCharts;
  }

  get isLoading(): boolean {
    return !this.loaded;
  }

  get hasError(): boolean {
    return this.loaded && this.errors !== null && this.errors !== undefined;
  }

  get hasNoReps(): boolean {
    return this.loaded && !!this.view && this.view.rows.length === 0;
  }

  get hasNotices(): boolean {
    return this.notices.length > 0;
  }

  /** Set once the page shows data, the empty state or an error: what the preview's benchmark waits for. */
  get readyMarker(): string | undefined {
    return this.loaded ? 'true' : undefined;
  }

  handleSortChange(event: CustomEvent<{ sortKey: SortKey }>): void {
    this.sortKey = SORT_KEYS.includes(event.detail.sortKey) ? event.detail.sortKey : 'risk';
    this.rows = sortRows(this.rows, this.sortKey);
  }

  handleOpenAgenda(event: CustomEvent<{ repId: Id }>): void {
    this.cadenceRep = null;
    this.agendaRepId = event.detail.repId;
  }

  handleBackToTeam(): void {
    const repId = this.agendaRepId;
    this.agendaRepId = null;
    // The 1:1 may have changed sessions, items or forecasts: reload, then return focus to where the manager was.
    this.refresh();
    Promise.resolve().then(() =>
      this.template
        ?.querySelector<HTMLElement>('[data-id="roster"]')
        ?.shadowRoot?.querySelector<HTMLElement>(`[data-id="open-agenda"][data-rep-id="${repId}"]`)
        ?.focus()
    );
  }

  handleEditCadence(event: CustomEvent<{ repId: Id; cadenceId: Id | null }>): void {
    const repId = event.detail.repId;
    const user = this.dataset?.users.find((u) => u.id === repId);
    const row = this.rows.find((r) => r.repId === repId);
    this.cadenceRep = {
      repId,
      name: row?.name ?? user?.name ?? '',
      timeZone: user?.timeZoneSidKey ?? null,
      cadence: this.dataset?.cadences.find((c) => c.id === event.detail.cadenceId) ?? null
    };
  }

  handleCadenceSaved(): void {
    const repId = this.cadenceRep?.repId;
    this.cadenceRep = null;
    this.refresh();
    this.focusCadenceButton(repId);
  }

  handleCadenceCancel(): void {
    const repId = this.cadenceRep?.repId;
    this.cadenceRep = null;
    this.focusCadenceButton(repId);
  }

  private focusCadenceButton(repId: Id | undefined): void {
    if (!repId) return;
    Promise.resolve().then(() =>
      (
        this.template?.querySelector('[data-id="roster"]') as
          (HTMLElement & { focusCadenceButton?: (id: string) => void }) | null
      )?.focusCadenceButton?.(repId)
    );
  }

  handleRetry(): void {
    this.errors = null;
    this.loaded = false;
    if (!this.reference) this.loadReference();
    // Only what is still missing is asked again, as a new request.
    else this.paging = this.query.retry();
  }

  /**
   * After a write: re-reads what the manager can change from here (cadences, 1:1s, snapshots, action items);
   * the team, its deals and quotas stay as loaded. The wire handler computes when the answer is in.
   */
  private refresh(): void {
    if (this.reference) this.paging = this.query.reread(TEAM_COCKPIT_WRITABLE);
  }
}
