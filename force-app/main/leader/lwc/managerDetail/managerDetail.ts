import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { LABELS } from 'c/leaderLabels';
import { ANSWERS_LIMIT, ANSWERS_OPERATION, ANSWERS_QUERY, answersFromNodes, hiddenFields } from 'c/oversightQueries';
import type { Answer } from 'c/oversightQueries';
import { METRIC_LABELS, REP_METRICS } from 'c/oversightViewModel';
import type { ManagerRow, RepRow, TrendSeries } from 'c/oversightViewModel';
import { NO_DATA, formatDateTime, formatLabel, formatNumber } from 'c/coachingFormat';

interface AnswerRow {
  id: string;
  when: string;
  rep: string;
  ratings: string;
  overall: string;
  improvement: string;
}

/**
 * One manager in depth: their figures, their trend, each rep's 1:1s with them, and what the reps said (single
 * answers with comments: leaders hold View All on feedback, so the platform serves them; managers never reach
 * this screen). Owns the answers query; everything else comes from the container. Fires `back`.
 */
export default class ManagerDetail extends LightningElement {
  @api reps: RepRow[] = [];
  @api trends: TrendSeries[] = [];

  @api
  get manager(): ManagerRow | null {
    return this.currentManager;
  }
  set manager(value: ManagerRow | null) {
    if (value?.id !== this.currentManager?.id) this.answersLoaded = false;
    this.currentManager = value ?? null;
  }

  /** The window as instants: answers about 1:1s held in [heldFrom, heldBefore). */
  @api
  get heldFrom(): string | null {
    return this.from;
  }
  set heldFrom(value: string | null) {
    if (value !== this.from) this.answersLoaded = false;
    this.from = value ?? null;
  }

  @api
  get heldBefore(): string | null {
    return this.before;
  }
  set heldBefore(value: string | null) {
    if (value !== this.before) this.answersLoaded = false;
    this.before = value ?? null;
  }

  labels = LABELS;
  currentManager: ManagerRow | null = null;
  from: string | null = null;
  before: string | null = null;
  answers: AnswerRow[] = [];
  answersLoaded = false;
  answersError: unknown = null;
  improvementHidden = false;
  moreAnswers = false;
  private focusHeading = true;

  get answersVariables(): Record<string, unknown> | undefined {
    if (!this.currentManager?.id || !this.from || !this.before) return undefined;
    return { managerId: this.currentManager.id, heldFrom: this.from, heldBefore: this.before };
  }

  get answersQuery(): unknown {
    return this.answersVariables ? ANSWERS_QUERY : undefined;
  }

  @wire(graphql, { query: '$answersQuery', variables: '$answersVariables', operationName: ANSWERS_OPERATION })
  wiredAnswers(result: GraphQLResult) {
    const { data, errors } = result ?? {};
    if (errors?.length) {
      this.answersError = errors;
      this.answersLoaded = true;
      return;
    }
    if (!data) return;
    const connection = (data as { uiapi?: { query?: Record<string, any> } }).uiapi?.query?.Coaching_Feedback__c;
    const nodes: unknown[] = (connection?.edges ?? []).map((e: { node?: unknown }) => e?.node);
    this.answersError = null;
    this.improvementHidden = hiddenFields(nodes, ['Improvement__c']).has('Improvement__c');
    this.moreAnswers = Boolean(connection?.pageInfo?.hasNextPage);
    this.answers = answersFromNodes(nodes).map((a) => this.answerRow(a));
    this.answersLoaded = true;
  }

  private answerRow(a: Answer): AnswerRow {
    const n = (v: number | null): string => formatNumber(v, LOCALE);
    return {
      id: a.id,
      when: formatDateTime(a.heldAt, LOCALE, TIME_ZONE),
      rep: a.repName ?? NO_DATA,
      ratings: formatLabel(LABELS.ratingsText, ...a.ratings.map(n)),
      overall: n(a.overallValue),
      improvement: this.improvementHidden ? NO_DATA : (a.improvement ?? LABELS.noComment)
    };
  }

  override renderedCallback(): void {
    // Once per drill-down: move focus to the manager's heading so keyboard and screen-reader users land here.
    if (!this.focusHeading) return;
    const heading = this.template?.querySelector<HTMLElement>('[data-id="heading"]');
    if (heading) {
      heading.focus();
      this.focusHeading = false;
    }
  }

  get name(): string {
    return this.currentManager?.name ?? '';
  }
  get tiles() {
    return this.currentManager?.cells ?? [];
  }
  get hasReps(): boolean {
    return (this.reps ?? []).length > 0;
  }
  get repsHeading(): string {
    return formatLabel(LABELS.repsHeading, this.name);
  }
  get repsCaption(): string {
    return formatLabel(LABELS.repsCaption, this.name);
  }
  get emptyRepsHeading(): string {
    return formatLabel(LABELS.emptyNoRepsHeading, this.name);
  }
  get trendHeading(): string {
    return formatLabel(LABELS.managerTrendHeading, this.name);
  }
  get answersCaption(): string {
    return formatLabel(LABELS.feedbackCaption, this.name);
  }
  get moreAnswersText(): string {
    return formatLabel(LABELS.feedbackMore, ANSWERS_LIMIT);
  }
  get answersLoading(): boolean {
    return Boolean(this.answersVariables) && !this.answersLoaded;
  }
  get hasAnswers(): boolean {
    return this.answers.length > 0;
  }
  get noAnswers(): boolean {
    return this.answersLoaded && !this.answersError && this.answers.length === 0;
  }
  get repColumns(): { key: string; label: string }[] {
    return REP_METRICS.map((key) => ({ key, label: METRIC_LABELS[key] }));
  }

  handleBack(): void {
    this.dispatchEvent(new CustomEvent('back', { detail: { managerId: this.currentManager?.id ?? null } }));
  }
}
