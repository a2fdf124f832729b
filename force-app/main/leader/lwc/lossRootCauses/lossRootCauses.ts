import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import LOCALE from '@salesforce/i18n/locale';
import CURRENCY from '@salesforce/i18n/currency';
import { ConnectionPager } from 'c/coachingLoader';
import {
  LOSS_REVIEWS_OPERATION,
  LOSS_REVIEWS_QUERY,
  LOSS_REVIEW_CONNECTIONS,
  lossReviewsFromNodes,
  toLossReview
} from 'c/oversightQueries';
import type { LossReviewRecord } from 'c/oversightQueries';
import { UNSPECIFIED_CAUSE, filterLosses, lossPareto, lossTrend, lossesByTeam } from 'c/lossPatterns';
import type { LossPeriod, LossReview, ParetoMeasure } from 'c/lossPatterns';
import { createCurrencyConverter } from 'c/currencyConversion';
import { dayFromIso } from 'c/calendarDate';
import type { ChartBar } from 'c/barChart';
import type { CurrencySettings, Id } from 'c/coachingModel';
import { NO_DATA, formatDate, formatLabel, formatMoney, formatNumber, formatPercent } from 'c/coachingFormat';
import { LABELS } from 'c/leaderLabels';

interface Option {
  label: string;
  value: string;
}

interface LossView {
  count: number;
  summary: string;
  bars: ChartBar[];
  paretoDescription: string;
  unknownAmountNote: string;
  trendPeriods: LossPeriod[];
  trendRows: { cause: string; label: string; total: number; cells: { key: string; count: number }[] }[];
  trendTotals: { key: string; count: number }[];
  hasTrend: boolean;
  teams: { key: string; name: string; count: number; amount: string; topCause: string }[];
  teamOptions: Option[];
  causeOptions: Option[];
  activeCause: string | null;
  causeReviews: {
    id: string;
    name: string;
    url: string | null;
    owner: string;
    team: string;
    type: string;
    date: string;
    amount: string;
    notes: string;
  }[];
}

const EMPTY_VIEW: LossView = {
  count: 0,
  summary: '',
  bars: [],
  paretoDescription: '',
  unknownAmountNote: '',
  trendPeriods: [],
  trendRows: [],
  trendTotals: [],
  hasTrend: false,
  teams: [],
  teamOptions: [],
  causeOptions: [],
  activeCause: null,
  causeReviews: []
};

/**
 * Loss root-cause patterns for sales ops and enablement: a Pareto of the documented causes of lost and
 * disengaged deals by count or amount, the causes per fiscal quarter and per team, and the reviews behind a
 * cause. Reads the deal reviews the viewer can see (they follow the opportunity's sharing) with their deal's
 * amount and team, once per load; the filters only re-count.
 */
export default class LossRootCauses extends LightningElement {
  /** The first day to load (covers every period the leader can pick). */
  @api
  get sinceDate(): string | null {
    return this.since;
  }
  set sinceDate(value: string | null) {
    if (!value || value === this.since) return;
    this.since = value;
    this.pager.reset();
    this.records = null;
    this.error = null;
    this.reviewsVariables = { sinceDate: value, ...this.pager.variables() };
    this.reviewsQuery = LOSS_REVIEWS_QUERY;
  }
  /** The period shown, calendar dates both inclusive. */
  @api
  get periodStart(): string | null {
    return this.start;
  }
  set periodStart(value: string | null) {
    this.start = value ?? null;
    this.recompute();
  }
  @api
  get periodEnd(): string | null {
    return this.end;
  }
  set periodEnd(value: string | null) {
    this.end = value ?? null;
    this.recompute();
  }
  /** The fiscal quarters of the over-time table, oldest first. */
  @api
  get periods(): LossPeriod[] {
    return this.quarters;
  }
  set periods(value: LossPeriod[]) {
    this.quarters = Array.isArray(value) ? value : [];
    this.recompute();
  }
  /** Only the teams of these managers; null = every team the viewer can see. */
  @api
  get managerIds(): Id[] | null {
    return this.teamsInScope;
  }
  set managerIds(value: Id[] | null) {
    this.teamsInScope = Array.isArray(value) ? value : null;
    this.recompute();
  }

  /**
   * The org's currencies as the oversight screen derived them; without them, amounts in another currency than
   * the viewer's count as unknown rather than being mixed in.
   */
  @api
  get currencySettings(): CurrencySettings | null {
    return this.currencies;
  }
  set currencySettings(value: CurrencySettings | null) {
    this.currencies = value ?? null;
    this.convertAmounts();
    this.recompute();
  }

  labels = LABELS;
  currencies: CurrencySettings | null = null;
  since: string | null = null;
  start: string | null = null;
  end: string | null = null;
  quarters: LossPeriod[] = [];
  teamsInScope: Id[] | null = null;
  reviewsQuery: unknown = undefined;
  reviewsVariables: Record<string, unknown> | undefined = undefined;
  private readonly pager = new ConnectionPager(LOSS_REVIEW_CONNECTIONS);
  private records: LossReviewRecord[] | null = null;
  private reviews: LossReview[] = [];
  error: unknown = null;

  measure: ParetoMeasure = 'count';
  reviewType = 'all';
  team = 'all';
  selectedCause: string | null = null;
  /** What the template shows, computed once per data or filter change. */
  view: LossView = EMPTY_VIEW;

  @wire(graphql, { query: '$reviewsQuery', variables: '$reviewsVariables', operationName: LOSS_REVIEWS_OPERATION })
  wiredReviews(result: GraphQLResult) {
    const { data, errors } = result ?? {};
    if (errors?.length) {
      this.error = errors;
      return;
    }
    if (!data || !this.reviewsVariables) return;
    if (this.pager.accept(data, this.reviewsVariables)) {
      this.reviewsVariables = { sinceDate: this.since, ...this.pager.variables() };
      return;
    }
    this.records = lossReviewsFromNodes(this.pager.nodes('Deal_Review__c'));
    this.error = null;
    this.convertAmounts();
    this.recompute();
  }

  /** Every amount in the viewer's currency, or null (counted as unknown) when no rate converts it. */
  private convertAmounts(): void {
    const records = this.records ?? [];
    const settings: CurrencySettings = this.currencies ?? {
      corporateCurrency: CURRENCY,
      rates: [],
      multiCurrency: records.some((r) => r.currencyIsoCode !== null && r.currencyIsoCode !== CURRENCY)
    };
    const converter = createCurrencyConverter(settings, CURRENCY);
    this.reviews = records.map((r) =>
      toLossReview(r, (amount, currency, closeDate) => converter.convert(amount, currency, dayFromIso(closeDate)))
    );
  }

  // ------------------------------------------------------------------------------------------------ states

  get isLoading(): boolean {
    return !this.error && this.records === null && Boolean(this.since);
  }
  get hasError(): boolean {
    return Boolean(this.error);
  }
  get isEmpty(): boolean {
    return this.records !== null && !this.error && this.view.count === 0;
  }
  get hasReviews(): boolean {
    return this.records !== null && !this.error && this.view.count > 0;
  }
  get truncatedNote(): string {
    return this.pager.truncated.length ? formatLabel(LABELS.truncated, LABELS.tabLosses) : '';
  }
  get measureOptions(): Option[] {
    return [
      { label: LABELS.lossMeasureCount, value: 'count' },
      { label: LABELS.lossMeasureAmount, value: 'amount' }
    ];
  }
  get typeOptions(): Option[] {
    return [
      { label: LABELS.lossTypeAll, value: 'all' },
      { label: LABELS.reviewTypeLost, value: 'Lost' },
      { label: LABELS.reviewTypeDisengaged, value: 'Disengaged' }
    ];
  }

  // ------------------------------------------------------------------------------------------------ view

  private money(value: number | null): string {
    return formatMoney(value, CURRENCY, LOCALE);
  }

  private filtered(start: string, end: string): LossReview[] {
    return filterLosses(this.reviews, {
      start,
      end,
      managerIds: this.team !== 'all' ? [this.team] : this.teamsInScope,
      reviewType: this.reviewType === 'Lost' || this.reviewType === 'Disengaged' ? this.reviewType : null
    });
  }

  private recompute(): void {
    if (!this.records || !this.start || !this.end) {
      this.view = EMPTY_VIEW;
      return;
    }
    const inView = this.filtered(this.start, this.end);
    const pareto = lossPareto(inView, this.measure, { unspecifiedLabel: LABELS.lossUnspecified });
    const quarters = this.quarters;
    const trend = lossTrend(
      quarters.length ? this.filtered(quarters[0].start, quarters[quarters.length - 1].end) : [],
      quarters,
      LABELS.lossUnspecified
    );
    const causeOptions = pareto.bars.map((b) => ({ label: `${b.label} (${b.count})`, value: b.cause }));
    const activeCause = causeOptions.some((o) => o.value === this.selectedCause)
      ? this.selectedCause
      : (causeOptions[0]?.value ?? null);
    const amount = inView.reduce((s, r) => s + (r.amount !== null && r.amount > 0 ? r.amount : 0), 0);
    this.view = {
      count: inView.length,
      summary: formatLabel(LABELS.lossSummary, inView.length, this.money(amount)),
      bars: pareto.bars.map((b) => ({
        key: b.cause,
        label: b.label,
        value: b.value,
        displayValue: formatLabel(
          LABELS.lossBarValue,
          this.measure === 'amount' ? this.money(b.value) : formatNumber(b.value, LOCALE),
          formatPercent(b.share, LOCALE),
          formatPercent(b.cumulativeShare, LOCALE)
        ),
        variant: b.vitalFew ? 'warning' : 'neutral'
      })),
      paretoDescription:
        pareto.vitalFewCount > 0
          ? formatLabel(LABELS.lossParetoDescription, pareto.vitalFewCount, pareto.bars.length)
          : '',
      unknownAmountNote:
        this.measure === 'amount' && pareto.unknownAmountCount > 0
          ? formatLabel(LABELS.lossUnknownAmount, pareto.unknownAmountCount)
          : '',
      trendPeriods: trend.periods,
      trendRows: trend.rows.map((r) => ({
        cause: r.cause,
        label: r.label,
        total: r.total,
        cells: r.counts.map((count, i) => ({ key: `${r.cause}-${i}`, count }))
      })),
      trendTotals: trend.periodTotals.map((count, i) => ({ key: `total-${i}`, count })),
      hasTrend: trend.rows.length > 0,
      teams: lossesByTeam(inView, LABELS.lossUnspecified).map((t) => ({
        key: t.managerId ?? 'none',
        name: t.managerName ?? LABELS.lossNoTeam,
        count: t.count,
        amount: this.money(t.amount),
        topCause: t.topCauseLabel ? `${t.topCauseLabel} (${t.topCauseCount})` : NO_DATA
      })),
      teamOptions: this.teamOptionsOf(),
      causeOptions,
      activeCause,
      causeReviews: inView
        .filter((r) => (r.rootCause && r.rootCause.trim() ? r.rootCause : UNSPECIFIED_CAUSE) === activeCause)
        .sort((a, b) => (b.eventDate ?? '').localeCompare(a.eventDate ?? ''))
        .map((r) => ({
          id: r.id,
          name: r.opportunityName || NO_DATA,
          url: r.opportunityId ? `/lightning/r/Opportunity/${r.opportunityId}/view` : null,
          owner: r.ownerName ?? NO_DATA,
          team: r.managerName ?? LABELS.lossNoTeam,
          type: r.reviewType === 'Lost' ? LABELS.reviewTypeLost : LABELS.reviewTypeDisengaged,
          date: formatDate(r.eventDate, LOCALE),
          amount:
            r.amount === null && typeof r.originalAmount === 'number'
              ? formatMoney(r.originalAmount, r.originalCurrency ?? CURRENCY, LOCALE)
              : this.money(r.amount),
          notes: r.notes ?? ''
        }))
    };
  }

  private teamOptionsOf(): Option[] {
    const seen = new Map<string, string>();
    const allowed = this.teamsInScope ? new Set(this.teamsInScope) : null;
    for (const r of this.reviews)
      if (r.managerId && (!allowed || allowed.has(r.managerId)) && !seen.has(r.managerId))
        seen.set(r.managerId, r.managerName ?? r.managerId);
    return [
      { label: LABELS.lossTeamAll, value: 'all' },
      ...[...seen.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ label, value }))
    ];
  }

  // ------------------------------------------------------------------------------------------------ events

  handleMeasure(event: CustomEvent<{ value: string }>): void {
    this.measure = event.detail.value === 'amount' ? 'amount' : 'count';
    this.recompute();
  }
  handleType(event: CustomEvent<{ value: string }>): void {
    this.reviewType = event.detail.value;
    this.recompute();
  }
  handleTeam(event: CustomEvent<{ value: string }>): void {
    this.team = event.detail.value;
    this.recompute();
  }
  handleCause(event: CustomEvent<{ value: string }>): void {
    this.selectedCause = event.detail.value;
    this.recompute();
  }
}
