import { LightningElement, api } from 'lwc';
import HAS_MANAGE from '@salesforce/customPermission/Coaching_Manage';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { getMyFeedbackSummary } from 'c/coachingApi';
import type { FeedbackSummary } from 'c/coachingApi';
import { addMonths, civilFromDay, dayFromCivil, isValidTimeZone, isoFromDay, localDay } from 'c/calendarDate';
import type { ChartBar } from 'c/barChart';
import { formatDate, formatLabel, formatNumber } from 'c/coachingFormat';
import { LABELS } from './labels';

const WINDOWS = [3, 6, 12];
const DIMENSIONS: {
  key: 'preparation' | 'pipelineInsight' | 'skillDevelopment' | 'actionClarity' | 'repAgenda';
  label: string;
}[] = [
  { key: 'preparation', label: LABELS.dimPreparation },
  { key: 'pipelineInsight', label: LABELS.dimPipelineInsight },
  { key: 'skillDevelopment', label: LABELS.dimSkillDevelopment },
  { key: 'actionClarity', label: LABELS.dimActionClarity },
  { key: 'repAgenda', label: LABELS.dimRepAgenda }
];

/**
 * The manager's own k-anonymous feedback: how their reps rate their 1:1s, as averages over whole months in which
 * at least k different reps answered (the rule is enforced by the Apex service, which is the only way a manager
 * reaches feedback at all; this card never receives a single answer). Otherwise "not enough responses yet".
 */
export default class MyCoachingFeedback extends LightningElement {
  /** App Builder: months shown first (3, 6 or 12). */
  @api defaultMonths = '6';

  labels = LABELS;
  hasManage = HAS_MANAGE === true;
  months = 6;
  summary: FeedbackSummary | null = null;
  error: unknown = null;
  loading = false;
  private request = 0;

  override connectedCallback(): void {
    if (!this.hasManage) return;
    this.months = WINDOWS.includes(Number(this.defaultMonths)) ? Number(this.defaultMonths) : 6;
    this.load();
  }

  /** [first day of the month `months` back, today] in the viewer's zone; the service keeps only closed months. */
  private window(): { from: string; to: string } {
    const zone = isValidTimeZone(TIME_ZONE) ? TIME_ZONE : 'UTC';
    const today = localDay(Date.now(), zone);
    const { year, month } = civilFromDay(addMonths(today, -this.months));
    return { from: isoFromDay(dayFromCivil(year, month, 1)), to: isoFromDay(today) };
  }

  private load(): void {
    const { from, to } = this.window();
    const request = ++this.request;
    this.loading = true;
    getMyFeedbackSummary(from, to)
      .then((summary) => {
        if (request !== this.request) return;
        this.summary = summary;
        this.error = null;
      })
      .catch((error: unknown) => {
        if (request !== this.request) return;
        this.summary = null;
        this.error = error;
      })
      .finally(() => {
        if (request === this.request) this.loading = false;
      });
  }

  get windowOptions() {
    return [
      { label: LABELS.myWindow3, value: '3' },
      { label: LABELS.myWindow6, value: '6' },
      { label: LABELS.myWindow12, value: '12' }
    ];
  }
  get windowValue(): string {
    return String(this.months);
  }
  get notPermitted(): boolean {
    return !this.hasManage;
  }
  get hasError(): boolean {
    return Boolean(this.error) && !this.loading;
  }
  get errorMessages(): unknown {
    // CoachingApiError carries the readable messages; the panel shows them under the friendly headline.
    return (this.error as { messages?: string[] })?.messages ?? this.error;
  }
  get isOk(): boolean {
    return !this.loading && !this.error && this.summary?.status === 'OK' && Boolean(this.summary.averages);
  }
  get notEnough(): boolean {
    return !this.loading && !this.error && Boolean(this.summary) && !this.isOk;
  }
  get notEnoughMessage(): string {
    const s = this.summary;
    if (!s) return '';
    return s.status === 'NO_CLOSED_MONTH' ? LABELS.myNoClosedMonth : formatLabel(LABELS.feedbackNotEnough, s.kMinimum);
  }
  get privacyNote(): string {
    return formatLabel(LABELS.myPrivacy, this.summary?.kMinimum ?? 3);
  }
  get bars(): ChartBar[] {
    const averages = this.summary?.averages;
    return DIMENSIONS.map((d) => {
      const value = averages ? averages[d.key] : null;
      return {
        key: d.key,
        label: d.label,
        value: typeof value === 'number' ? value : null,
        displayValue: formatNumber(value, LOCALE, 1),
        variant: typeof value === 'number' && value < 3 ? 'warning' : 'neutral'
      };
    });
  }
  get overall(): string {
    return formatLabel(LABELS.myOverallValue, formatNumber(this.summary?.averages?.overallValue ?? null, LOCALE, 1));
  }
  get basis(): string {
    const s = this.summary;
    if (!s) return '';
    const from = formatDate(s.windowStart, LOCALE);
    const to = formatDate(s.windowEnd, LOCALE);
    // A count the service left out is unknown, not zero: say only the window then.
    if (typeof s.responseCount !== 'number' || !Number.isFinite(s.responseCount))
      return formatLabel(LABELS.myBasisWindow, from, to);
    return formatLabel(LABELS.myBasis, formatNumber(s.responseCount, LOCALE), from, to);
  }
  get suppressedNote(): string {
    const n = this.summary?.monthsSuppressed ?? 0;
    return n > 0 ? formatLabel(LABELS.mySuppressed, n) : '';
  }

  handleWindowChange(event: CustomEvent<{ value: string }>): void {
    const months = Number(event.detail.value);
    if (!WINDOWS.includes(months) || months === this.months) return;
    this.months = months;
    this.load();
  }
}
