import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import CURRENCY from '@salesforce/i18n/currency';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import HAS_MANAGE from '@salesforce/customPermission/Coaching_Manage';
import { DEAL_COACHING_QUERY, DEAL_CONTEXT_QUERY } from 'c/dealCoachingQueries';
import { NO_MANAGER_ID } from 'c/coachingQueries';
import { PagedQuery } from 'c/coachingLoader';
import { datasetFromRecords, fieldValue, flattenUiApiNode } from 'c/coachingRecords';
import type { ApiRecord } from 'c/coachingRecords';
import { loadReferenceData } from 'c/coachingReference';
import type { ReferenceData } from 'c/coachingReference';
import { isoFromDay, localDay } from 'c/calendarDate';
import type { AnyError } from 'c/ldsErrors';
import { LABELS } from 'c/repLabels';
import { buildDealPanelView } from './dealPanelView';
import type { DealPanelView } from './dealPanelView';

/** Opportunity fields the deal query reads itself; other exit-criterion evidence fields come from getRecord. */
const QUERIED_FIELDS = new Set([
  'Amount',
  'NextStep',
  'CloseDate',
  'Probability',
  'ForecastCategoryName',
  'AccountId',
  'StageName',
  'Name'
]);

const DEAL_CONNECTIONS = [
  { key: 'Opportunity', objectApiName: 'Opportunity' },
  { key: 'Deal_Review__c', objectApiName: 'Deal_Review__c' },
  { key: 'Action_Item__c', objectApiName: 'Action_Item__c' }
];
const CONTEXT_CONNECTIONS = [
  { key: 'Opportunity', objectApiName: 'Opportunity' },
  { key: 'User', objectApiName: 'User' },
  { key: 'Coaching_Session__c', objectApiName: 'Coaching_Session__c' }
];

/**
 * The deal coaching panel on the Opportunity record page: health with its factors, days in stage against the
 * benchmark, the current stage's exit criteria, pushes and the deal across the owner's 1:1s, linked action
 * items (managers add them here), suggested questions, and — on a lost or quiet deal — the root-cause review,
 * completed in place. Two GraphQL queries (the deal, then its team context once the owner is known).
 */
export default class DealCoachingPanel extends LightningElement {
  @api recordId: string | undefined;
  @api objectApiName: string | undefined;
  /** App Builder: leave out the deal as each held 1:1 saw it (e.g. on a compact page). */
  @api hideHistory = false;

  labels = LABELS;
  view: DealPanelView | null = null;
  /** Who a new action item can go to (the owner, and the manager adding it) and the deal it links to. */
  assigneeOptions: { label: string; value: string }[] = [];
  linkOptions: unknown[] = [];
  /** Settings (stage benchmarks, exit criteria, thresholds); on failure the engine's defaults, with a notice. */
  reference: ReferenceData | null = null;
  dealError: AnyError = null;
  contextError: AnyError = null;

  /** The deal, and then its team context: each one page (a team's open deals fit in 2,000). */
  private readonly dealQuery = new PagedQuery(DEAL_CONNECTIONS);
  private readonly contextQueryPages = new PagedQuery(CONTEXT_CONNECTIONS);
  private deal: Record<string, ApiRecord[]> | null = null;
  private context: Record<string, ApiRecord[]> | null = null;
  private evidence: RecordRepresentation | null = null;
  private evidenceDone = false;
  private dealWire: GraphQLResult | null = null;
  private contextWire: GraphQLResult | null = null;
  private ownerId: string | null = null;
  private managerId: string | null = null;
  /** The clock, read once per load. */
  private now = new Date().toISOString();

  override connectedCallback(): void {
    this.loadReference();
  }

  private async loadReference(): Promise<void> {
    this.reference = await loadReferenceData(this.now);
    this.compute();
  }

  get dealVariables(): Record<string, unknown> | undefined {
    return this.recordId ? { recordId: this.recordId } : undefined;
  }

  @wire(graphql, { query: DEAL_COACHING_QUERY, variables: '$dealVariables' })
  wiredDeal(result: GraphQLResult): void {
    this.dealWire = result;
    const outcome = this.dealQuery.receive(result);
    if (outcome === 'failed') this.dealError = this.dealQuery.errors as unknown as AnyError;
    if (outcome !== 'complete') return;
    this.dealError = null;
    this.deal = this.dealQuery.records(flattenUiApiNode);
    const deal = this.deal.Opportunity[0];
    const owner = deal ? (fieldValue(deal, 'Owner') as ApiRecord | null | undefined) : null;
    this.ownerId = deal ? ((fieldValue(deal, 'OwnerId') as string | null) ?? null) : null;
    this.managerId = (owner ? (fieldValue(owner, 'ManagerId') as string | null) : null) ?? null;
    this.compute();
  }

  /** Asked for only once the owner is known (a query left undefined waits). */
  get contextQuery(): unknown {
    return this.ownerId ? DEAL_CONTEXT_QUERY : undefined;
  }

  get contextVariables(): Record<string, unknown> | undefined {
    return this.ownerId ? { ownerId: this.ownerId, managerId: this.managerId ?? NO_MANAGER_ID } : undefined;
  }

  @wire(graphql, { query: '$contextQuery', variables: '$contextVariables' })
  wiredContext(result: GraphQLResult): void {
    this.contextWire = result;
    const outcome = this.contextQueryPages.receive(result);
    if (outcome === 'failed') this.contextError = this.contextQueryPages.errors as unknown as AnyError;
    if (outcome !== 'complete') return;
    this.contextError = null;
    this.context = this.contextQueryPages.records(flattenUiApiNode);
    this.compute();
  }

  /** Exit-criterion evidence fields the deal query does not read (e.g. Description or a custom field). */
  get evidenceFields(): string[] | undefined {
    if (!this.reference) return undefined;
    const names = new Set<string>();
    for (const stage of this.reference.settings.stages ?? [])
      for (const c of stage.exitCriteria ?? [])
        if (c.fieldApiName && !QUERIED_FIELDS.has(c.fieldApiName)) names.add(c.fieldApiName);
    return names.size > 0 ? [...names].sort().map((n) => `Opportunity.${n}`) : undefined;
  }

  @wire(getRecord, { recordId: '$recordId', optionalFields: '$evidenceFields' })
  wiredEvidence({ data, error }: { data?: RecordRepresentation; error?: AnyError }): void {
    // Evidence is optional: without it those criteria are questions to ask, never a failed panel.
    if (data || error) {
      this.evidence = data ?? null;
      this.evidenceDone = true;
      this.compute();
    }
  }

  private compute(): void {
    const deal = this.deal;
    if (!deal || !this.reference) return;
    const dealRecord = deal.Opportunity[0];
    if (dealRecord && (!this.context || (this.evidenceFields && !this.evidenceDone))) return;
    const context = this.context ?? { Opportunity: [], User: [], Coaching_Session__c: [] };
    const evidenceValues: ApiRecord = {};
    for (const [name, value] of Object.entries(this.evidence?.fields ?? {}))
      evidenceValues[name] = value?.value ?? null;
    const opportunity = dealRecord ? { ...dealRecord, ...evidenceValues } : null;
    const owner = dealRecord ? (fieldValue(dealRecord, 'Owner') as ApiRecord | null | undefined) : null;
    const users = [...context.User];
    if (this.ownerId && !users.some((u) => u.Id === this.ownerId))
      users.push({ Id: this.ownerId, Name: owner?.Name ?? null, ManagerId: this.managerId, IsActive: true });
    const records = {
      // The deal's full record replaces its stage-age-only copy among the team's open deals.
      Opportunity: [
        ...(opportunity ? [opportunity] : []),
        ...context.Opportunity.filter((o) => o.Id !== this.recordId)
      ],
      User: users,
      Coaching_Session__c: context.Coaching_Session__c,
      Deal_Review__c: deal.Deal_Review__c,
      Action_Item__c: deal.Action_Item__c
    };
    const names = new Map<string, string>();
    for (const u of users) if (typeof u.Name === 'string') names.set(u.Id as string, u.Name);
    for (const a of deal.Action_Item__c) {
      const assignee = fieldValue(a, 'Assignee__r') as ApiRecord | null | undefined;
      if (typeof assignee?.Name === 'string') names.set(fieldValue(a, 'Assignee__c') as string, assignee.Name);
    }
    const criterionFields = new Set(
      (this.reference.settings.stages ?? []).flatMap((s) =>
        (s.exitCriteria ?? []).map((c) => c.fieldApiName).filter(Boolean)
      )
    ) as Set<string>;
    // A criterion's field the user cannot read is absent from both the deal node and the getRecord answer.
    const hidden = new Set(
      [...criterionFields].filter((f) => !opportunity || fieldValue(opportunity, f) === undefined)
    );
    const sessions = context.Coaching_Session__c;
    this.itemOptions(dealRecord, owner);
    this.view = buildDealPanelView({
      opportunityId: this.recordId ?? '',
      dataset: datasetFromRecords(records, this.reference.settings, { corporateCurrency: CURRENCY }),
      clock: { now: this.now, timeZone: TIME_ZONE, targetCurrency: CURRENCY },
      display: { locale: LOCALE, currency: CURRENCY, timeZone: TIME_ZONE },
      hiddenEvidenceFields: hidden,
      snapshotsHidden: sessions.length > 0 && sessions.every((s) => fieldValue(s, 'Snapshot__c') === undefined),
      names
    });
  }

  private itemOptions(deal: ApiRecord | undefined, owner: ApiRecord | null | undefined): void {
    const options: { label: string; value: string }[] = [];
    if (this.ownerId)
      options.push({ label: typeof owner?.Name === 'string' ? owner.Name : this.ownerId, value: this.ownerId });
    if (USER_ID && USER_ID !== this.ownerId) options.push({ label: LABELS.dealAssigneeMe, value: USER_ID });
    this.assigneeOptions = options;
    this.linkOptions = deal
      ? [
          {
            value: this.recordId,
            label: fieldValue(deal, 'Name') ?? '',
            accountId: fieldValue(deal, 'AccountId') ?? null,
            stageName: fieldValue(deal, 'StageName') ?? null,
            closeDate: fieldValue(deal, 'CloseDate') ?? null,
            amount: fieldValue(deal, 'Amount') ?? null,
            lastActivityDate: fieldValue(deal, 'LastActivityDate') ?? null
          }
        ]
      : [];
  }

  get loadError(): AnyError {
    return this.dealError ?? this.contextError;
  }

  get isLoading(): boolean {
    return !this.view && !this.loadError;
  }

  get notFound(): boolean {
    return !!this.view && !this.view.found;
  }

  get today(): string {
    return isoFromDay(localDay(Date.parse(this.now), TIME_ZONE));
  }

  get canAddItems(): boolean {
    return HAS_MANAGE === true && !!this.view?.isOpen;
  }

  get canCompleteItems(): boolean {
    return HAS_MANAGE === true || (!!this.view?.ownerId && this.view.ownerId === USER_ID);
  }

  get managerIdForItems(): string | null {
    return this.managerId ?? (HAS_MANAGE === true ? USER_ID : null);
  }

  get notices(): string[] {
    return this.reference?.notices ?? [];
  }

  get showHistory(): boolean {
    return !this.hideHistory;
  }

  get showRootCause(): boolean {
    return !!this.view?.rootCause;
  }

  handleReviewSaved(): void {
    this.dealWire?.refresh?.();
  }

  handleItemChange(): void {
    this.dealWire?.refresh?.();
    this.contextWire?.refresh?.();
  }
}
