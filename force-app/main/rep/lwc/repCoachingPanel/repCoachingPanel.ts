import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import CURRENCY from '@salesforce/i18n/currency';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import HAS_OVERSIGHT from '@salesforce/customPermission/Coaching_Oversight';
import USER_NAME_FIELD from '@salesforce/schema/User.Name';
import USER_MANAGER_FIELD from '@salesforce/schema/User.ManagerId';
import { REP_AGENDA_OPERATION, REP_AGENDA_QUERY, REP_AGENDA_CONNECTIONS, repAgendaVariables } from 'c/coachingQueries';
import type { RepAgendaVariables } from 'c/coachingQueries';
import { PagedQuery } from 'c/coachingLoader';
import { datasetFromRecords, flattenUiApiNode } from 'c/coachingRecords';
import { loadReferenceData } from 'c/coachingReference';
import type { ReferenceData } from 'c/coachingReference';
import type { AnyError } from 'c/ldsErrors';
import { LABELS } from 'c/repLabels';
import { buildRepPanelView } from './repPanelView';
import type { RepPanelView } from './repPanelView';

type Access = 'pending' | 'allowed' | 'own' | 'denied';

interface UserRecordResult {
  data?: { fields: Record<string, { value: unknown }> };
  error?: AnyError;
}

/**
 * The coaching panel on a User record page. The rep's manager and sales leaders (Coaching Oversight) see the
 * rep's diagnosis, health trend across 1:1s, forecast accuracy, 1:1 history and action items, and can open the
 * 1:1 agenda. Whether the viewer may see it is decided from the User record before any coaching data is asked
 * for; sharing enforces the same on the server. It reads the agenda's own query, so both agree on every figure.
 */
export default class RepCoachingPanel extends LightningElement {
  @api recordId: string | undefined;
  @api objectApiName: string | undefined;
  /** App Builder: held 1:1 snapshots read by the diagnosis and the trend; use the cockpit's value. */
  @api historyWeeks = 13;

  labels = LABELS;
  access: Access = 'pending';
  view: RepPanelView | null = null;
  errors: AnyError | AnyError[] = null;
  truncated = false;
  notices: string[] = [];
  agendaOpen = false;

  private managerId: string | null = null;
  private reference: ReferenceData | null = null;
  private referenceRequested = false;
  private readonly query = new PagedQuery(REP_AGENDA_CONNECTIONS);
  /** The page being asked for: kept in a field so the wire configuration reacts to it. */
  private cursor: string | null = null;
  /** The clock, read once per load. */
  private now = new Date().toISOString();

  @wire(getRecord, { recordId: '$recordId', fields: [USER_NAME_FIELD, USER_MANAGER_FIELD] })
  handleUser({ data, error }: UserRecordResult): void {
    if (error) {
      this.errors = error;
      return;
    }
    if (!data) return;
    this.managerId = (data.fields.ManagerId?.value as string | null) ?? null;
    this.access =
      this.recordId === USER_ID ? 'own' : USER_ID === this.managerId || HAS_OVERSIGHT === true ? 'allowed' : 'denied';
    if (this.access === 'allowed') this.loadReference();
  }

  /**
   * Undefined unless the viewer may see this rep's coaching: a query left undefined is never sent, so another
   * rep's browser does not even ask for it (undefined variables alone would not stop every adapter).
   */
  get agendaQuery(): unknown {
    return this.access === 'allowed' && this.recordId ? REP_AGENDA_QUERY : undefined;
  }

  get variables(): RepAgendaVariables | undefined {
    if (this.access !== 'allowed' || !this.recordId) return undefined;
    return repAgendaVariables(this.recordId, this.managerId, this.now, this.historyWeeks, this.cursor);
  }

  @wire(graphql, { query: '$agendaQuery', variables: '$variables', operationName: REP_AGENDA_OPERATION })
  handleData(result: GraphQLResult): void {
    const outcome = this.query.receive(result);
    if (outcome === 'failed') this.errors = this.query.errors as AnyError[];
    // More team deals than one page: the same query again from the next cursor.
    else if (outcome === 'paging') this.cursor = this.query.cursor;
    else if (outcome === 'complete') {
      this.truncated = this.query.truncated.length > 0;
      this.compute();
    }
  }

  private async loadReference(): Promise<void> {
    if (this.referenceRequested) return;
    this.referenceRequested = true;
    this.reference = await loadReferenceData(this.now);
    this.notices = this.reference.notices;
    this.compute();
  }

  private compute(): void {
    if (!this.reference || !this.query.complete || !this.recordId) return;
    const records = this.query.records(flattenUiApiNode);
    const dataset = datasetFromRecords(records, this.reference.settings, { corporateCurrency: CURRENCY });
    dataset.fiscal = this.reference.fiscal;
    this.view = buildRepPanelView({
      repId: this.recordId,
      managerId: this.managerId,
      dataset,
      clock: { now: this.now, timeZone: TIME_ZONE, targetCurrency: CURRENCY },
      display: { locale: LOCALE, currency: CURRENCY, timeZone: TIME_ZONE },
      trendWeeks: this.historyWeeks
    });
  }

  get isLoading(): boolean {
    return !this.errors && (this.access === 'pending' || (this.access === 'allowed' && !this.view));
  }

  get isDenied(): boolean {
    return this.access === 'denied' || this.access === 'own';
  }

  get deniedMessage(): string {
    return this.access === 'own' ? LABELS.panelOwnPage : LABELS.panelNotAvailable;
  }

  get showView(): boolean {
    return this.access === 'allowed' && !!this.view && !this.errors;
  }

  get agendaToggleLabel(): string {
    return this.agendaOpen ? LABELS.panelAgendaClose : LABELS.panelAgendaOpen;
  }

  /** lightning-button takes aria-expanded as the string 'true' or 'false'. */
  get agendaExpanded(): string {
    return String(this.agendaOpen);
  }

  handleToggleAgenda(): void {
    this.agendaOpen = !this.agendaOpen;
  }
}
