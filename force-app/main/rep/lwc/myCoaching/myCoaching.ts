import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import CURRENCY from '@salesforce/i18n/currency';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { MY_COACHING_QUERY } from 'c/myCoachingQueries';
import { PagedQuery } from 'c/coachingLoader';
import { datasetFromRecords, fieldValue, flattenUiApiNode } from 'c/coachingRecords';
import type { ApiRecord } from 'c/coachingRecords';
import { loadReferenceData } from 'c/coachingReference';
import type { ReferenceData } from 'c/coachingReference';
import { formatLabel } from 'c/coachingFormat';
import type { AnyError } from 'c/ldsErrors';
import { LABELS } from 'c/repLabels';
import { buildMyCoachingView } from './myCoachingView';
import type { MyCoachingView } from './myCoachingView';

/** 1:1s scheduled in this many past days are enough to find the last held one and the next planned one. */
const RECENT_DAYS = 120;

const CONNECTIONS = [
  { key: 'Coaching_Cadence__c', objectApiName: 'Coaching_Cadence__c' },
  { key: 'Coaching_Session__c', objectApiName: 'Coaching_Session__c' },
  { key: 'Coaching_Feedback__c', objectApiName: 'Coaching_Feedback__c' },
  { key: 'Action_Item__c', objectApiName: 'Action_Item__c' },
  { key: 'Deal_Review__c', objectApiName: 'Deal_Review__c' },
  { key: 'Opportunity', objectApiName: 'Opportunity' }
];

/** Display names of the lookups the view shows (managers, linked deals and accounts). */
function namesOf(records: Record<string, ApiRecord[]>): Map<string, string> {
  const names = new Map<string, string>();
  const add = (id: unknown, parent: unknown): void => {
    const name = (parent as { Name?: unknown } | null | undefined)?.Name;
    if (typeof id === 'string' && typeof name === 'string') names.set(id, name);
  };
  for (const r of [...records.Coaching_Cadence__c, ...records.Coaching_Session__c]) {
    add(fieldValue(r, 'Manager__c'), fieldValue(r, 'Manager__r'));
  }
  for (const r of records.Action_Item__c) {
    add(fieldValue(r, 'Opportunity__c'), fieldValue(r, 'Opportunity__r'));
    add(fieldValue(r, 'Account__c'), fieldValue(r, 'Account__r'));
  }
  return names;
}

/**
 * The rep's Home: the next 1:1, open and past-due action items (completed in place), the survey for the last
 * held 1:1, the current coaching focus with its evidence, and what is due from the rep. One GraphQL query plus
 * the settings (survey questions, thresholds) from Apex; the engine computes once per data change.
 */
export default class MyCoaching extends LightningElement {
  /** App Builder: the card title. */
  @api cardTitle = '';
  /** App Builder: lost deals closed in this many days are checked for a missing root cause. */
  @api lostDays = 90;

  labels = LABELS;
  view: MyCoachingView | null = null;
  queryError: AnyError = null;
  /** Some records did not fit in one page: the view says it is partial. */
  truncated = false;
  /** Settings and fiscal quarters; on failure the engine's defaults, with a notice saying so. */
  reference: ReferenceData | null = null;
  /** A survey answered here stays in its thank-you state until the page is reloaded. */
  answeredSessionId: string | null = null;
  /** The coaching focus field is hidden from this user. */
  focusHidden = false;

  private wired: GraphQLResult | null = null;
  /** The clock, read once per load: every figure on the page is computed for the same instant. */
  private now = new Date().toISOString();
  /** One page: a rep's own records fit in it; `truncated` says when they do not. */
  private readonly query = new PagedQuery(CONNECTIONS);

  override connectedCallback(): void {
    this.loadReference();
  }

  get variables(): Record<string, unknown> {
    const days = Number(this.lostDays);
    return {
      userId: USER_ID,
      recentDays: RECENT_DAYS,
      lostDays: Number.isInteger(days) && days > 0 && days <= 3650 ? days : 90
    };
  }

  @wire(graphql, { query: MY_COACHING_QUERY, variables: '$variables' })
  wiredCoaching(result: GraphQLResult): void {
    this.wired = result;
    const outcome = this.query.receive(result);
    if (outcome === 'failed') this.queryError = this.query.errors as unknown as AnyError;
    else if (outcome === 'complete') {
      this.queryError = null;
      this.compute();
    }
  }

  private async loadReference(): Promise<void> {
    this.reference = await loadReferenceData(this.now);
    this.compute();
  }

  /** Runs the engine once both the records and the settings are in. */
  private compute(): void {
    if (!this.query.complete || !this.reference) return;
    this.truncated = this.query.truncated.length > 0;
    const records = this.query.records(flattenUiApiNode);
    const dataset = datasetFromRecords(records, this.reference.settings, { corporateCurrency: CURRENCY });
    dataset.fiscal = this.reference.fiscal;
    const held = records.Coaching_Session__c.filter((s) => fieldValue(s, 'Status__c') === 'Held');
    // Field-level security leaves a hidden field out of every node (GraphQL @optional).
    this.focusHidden = held.length > 0 && held.every((s) => fieldValue(s, 'Main_Gap__c') === undefined);
    this.view = buildMyCoachingView({
      userId: USER_ID,
      dataset,
      clock: { now: this.now, timeZone: TIME_ZONE, targetCurrency: CURRENCY },
      display: { locale: LOCALE, currency: CURRENCY, timeZone: TIME_ZONE },
      names: namesOf(records),
      focusHidden: this.focusHidden
    });
  }

  get cardHeading(): string {
    return this.cardTitle || LABELS.homeTitle;
  }

  get loadError(): AnyError {
    return this.queryError;
  }

  get isLoading(): boolean {
    return !this.view && !this.loadError;
  }

  get survey(): MyCoachingView['survey'] {
    if (!this.view) return null;
    if (this.view.survey) return this.view.survey;
    // Keep the thank-you state of a survey sent here, after the refresh removed it from the pending list.
    return this.answeredSessionId
      ? { sessionId: this.answeredSessionId, managerId: '', managerName: '', heldAt: '' }
      : null;
  }

  get surveyAnswered(): boolean {
    return !!this.answeredSessionId && this.survey?.sessionId === this.answeredSessionId;
  }

  get surveyQuestions(): unknown[] {
    return this.reference?.settings.surveyQuestions ?? [];
  }

  get kMinimum(): number {
    return this.reference?.settings.kAnonymityMinimum ?? 3;
  }

  get focusUnavailable(): string {
    return this.focusHidden ? LABELS.focusHidden : '';
  }

  get actionItemsHeading(): string {
    const count = this.view?.pastDueCount ?? 0;
    return count > 0 ? formatLabel(LABELS.homeItemsPastDue, count) : LABELS.homeItemsHeading;
  }

  get notices(): string[] {
    return this.reference?.notices ?? [];
  }

  handleReminderAction(): void {
    // The only in-page reminder is the survey: bring it into view and to the keyboard.
    const survey = this.template?.querySelector<HTMLElement>('[data-id="survey"]');
    survey?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    survey?.focus();
  }

  handleSurveySubmitted(event: CustomEvent<{ sessionId: string }>): void {
    this.answeredSessionId = event.detail.sessionId;
    this.refresh();
  }

  handleItemChange(): void {
    this.refresh();
  }

  private refresh(): void {
    this.wired?.refresh?.();
  }
}
