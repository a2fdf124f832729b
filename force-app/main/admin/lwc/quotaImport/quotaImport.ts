import { LightningElement, wire } from 'lwc';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import type { ObjectInfo } from 'lightning/uiObjectInfoApi';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import LOCALE from '@salesforce/i18n/locale';
import SALES_QUOTA_OBJECT from '@salesforce/schema/Sales_Quota__c';
import SOURCE_FIELD from '@salesforce/schema/Sales_Quota__c.Source__c';
import QUOTA_KEY_FIELD from '@salesforce/schema/Sales_Quota__c.Quota_Key__c';
import { getQuarters, getQuotas, importForecastingQuotas } from 'c/coachingApi';
import type { ImportResultDto } from 'c/coachingApi';
import { isValidTimeZone, isoFromDay, localDay } from 'c/calendarDate';
import { formatNumber } from 'c/coachingFormat';
import { fieldApiName } from 'c/recordInput';
import { reportField } from 'c/formValidity';
import type { AnyError } from 'c/ldsErrors';
import { LABELS } from './labels';
import { calendarYearsWindow, checkWindow, fiscalYearsWindow } from './importWindow';
import type { WindowProblem } from './importWindow';

/** Quarters asked around today: enough to hold this and the next fiscal year whole, wherever today falls. */
const QUARTERS_AROUND = 15;
/** The fields an import writes besides the required ones (which every reader of the object can see). */
const WRITTEN_FIELDS = [fieldApiName(SOURCE_FIELD), fieldApiName(QUOTA_KEY_FIELD)];

const PROBLEM_LABEL: Record<WindowProblem, string> = {
  START_MISSING: LABELS.startMissing,
  END_MISSING: LABELS.endMissing,
  END_BEFORE_START: LABELS.endBeforeStart
};

/**
 * The admin's entry point for quotas kept in Collaborative Forecasts: says whether they can be imported, offers a
 * window of period starts (this and the next fiscal year by default) and copies them into Sales Quotas through
 * QuotaService.importForecastingQuotas, which upserts on the quota key as the user, all or nothing. Whether the
 * user may write quotas comes from the object info (object and field-level security), so an admin without the
 * Coaching Admin grants is told so before anything runs.
 */
export default class QuotaImport extends LightningElement {
  labels = LABELS;
  objectInfo: ObjectInfo | null = null;
  objectInfoError: AnyError = null;
  /** Whether Forecasts quotas are readable; null until known. */
  forecastingAvailable: boolean | null = null;
  statusError: AnyError = null;
  windowReady = false;
  /** The dates follow calendar years because the fiscal year could not be read. */
  calendarFallback = false;
  startDate: string | null = null;
  endDate: string | null = null;
  problems: { start: WindowProblem | null; end: WindowProblem | null } = { start: null, end: null };
  isImporting = false;
  result: ImportResultDto | null = null;
  importError: AnyError = null;

  @wire(getObjectInfo, { objectApiName: SALES_QUOTA_OBJECT })
  wiredObjectInfo({ data, error }: { data?: ObjectInfo; error?: AnyError }): void {
    if (data) {
      this.objectInfo = data;
      this.objectInfoError = null;
    } else if (error) {
      this.objectInfoError = error;
    }
  }

  override connectedCallback(): void {
    this.load().catch((error: unknown) => {
      this.statusError = error as AnyError;
    });
  }

  private today(): string {
    return isoFromDay(localDay(Date.now(), isValidTimeZone(TIME_ZONE) ? TIME_ZONE : 'UTC'));
  }

  /** The default window from the fiscal quarters, and whether Forecasts quotas are readable, side by side. */
  private async load(): Promise<void> {
    const today = this.today();
    // No user ids: getQuotas then reads no quota and only answers whether an import is possible.
    const [quarters, status] = await Promise.allSettled([
      getQuarters(today, QUARTERS_AROUND),
      getQuotas([], today, today)
    ]);
    const fiscal = quarters.status === 'fulfilled' ? fiscalYearsWindow(quarters.value.quarters, today) : null;
    const window = fiscal ?? calendarYearsWindow(today);
    this.calendarFallback = fiscal === null;
    this.startDate = window.startDate;
    this.endDate = window.endDate;
    this.windowReady = true;
    if (status.status === 'fulfilled') this.forecastingAvailable = status.value.forecastingAvailable;
    else this.statusError = status.reason as AnyError;
  }

  get isLoading(): boolean {
    return !this.statusError && !this.objectInfoError && (!this.windowReady || !this.objectInfo);
  }

  get loadError(): AnyError {
    return this.statusError ?? this.objectInfoError;
  }

  /** Sales Quotas and the fields an import writes are creatable and editable for this user. */
  get canWriteQuotas(): boolean {
    const info = this.objectInfo;
    if (!info?.createable || !info.updateable) return false;
    return WRITTEN_FIELDS.every((name) => info.fields?.[name]?.createable && info.fields[name].updateable);
  }

  get showNoAccess(): boolean {
    return !this.isLoading && !this.loadError && !this.canWriteQuotas;
  }

  get showUnavailable(): boolean {
    return !this.isLoading && !this.loadError && this.canWriteQuotas && this.forecastingAvailable === false;
  }

  get showForm(): boolean {
    return !this.isLoading && !this.loadError && this.canWriteQuotas && this.forecastingAvailable === true;
  }

  get errorMessages(): string[] {
    return [this.problems.start, this.problems.end]
      .filter((p): p is WindowProblem => p !== null)
      .map((p) => PROBLEM_LABEL[p]);
  }

  get hasProblems(): boolean {
    return this.errorMessages.length > 0;
  }

  get importLabel(): string {
    return this.isImporting ? LABELS.importing : LABELS.importButton;
  }

  get isImported(): boolean {
    return this.result?.status === 'IMPORTED';
  }

  get isUnavailableResult(): boolean {
    return !!this.result && this.result.status !== 'IMPORTED';
  }

  get createdText(): string {
    return formatNumber(this.result?.created, LOCALE);
  }

  get updatedText(): string {
    return formatNumber(this.result?.updated, LOCALE);
  }

  get skippedText(): string {
    return formatNumber(this.result?.skipped, LOCALE);
  }

  handleStartChange(event: CustomEvent<{ value: string }>): void {
    this.startDate = event.detail.value || null;
    this.problems = { ...this.problems, start: null };
    reportField(this.template, 'start', '');
  }

  handleEndChange(event: CustomEvent<{ value: string }>): void {
    this.endDate = event.detail.value || null;
    this.problems = { ...this.problems, end: null };
    reportField(this.template, 'end', '');
  }

  async handleImport(): Promise<void> {
    if (this.isImporting) return;
    const check = checkWindow(this.startDate, this.endDate);
    this.problems = { start: check.start, end: check.end };
    reportField(this.template, 'start', check.start ? PROBLEM_LABEL[check.start] : '');
    reportField(this.template, 'end', check.end ? PROBLEM_LABEL[check.end] : '');
    if (!check.valid) return;
    this.isImporting = true;
    this.importError = null;
    this.result = null;
    try {
      this.result = await importForecastingQuotas(this.startDate as string, this.endDate as string);
      // Forecasts became unreadable since the page loaded: say so where the form was.
      if (this.result.status !== 'IMPORTED') this.forecastingAvailable = false;
    } catch (error) {
      this.importError = error as AnyError;
    } finally {
      this.isImporting = false;
    }
  }
}
