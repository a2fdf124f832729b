import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/coachingFormat';
import { FORECAST_FIELDS, type ForecastDraft, type ForecastField } from 'c/agendaSession';
import { LABELS } from 'c/managerLabels';
import { reportField } from 'c/formValidity';

const FIELD_LABELS: Record<ForecastField, string> = {
  commitCurrent: LABELS.forecastCommit,
  bestCaseCurrent: LABELS.forecastBestCase,
  commitNext: LABELS.forecastCommit,
  bestCaseNext: LABELS.forecastBestCase
};

/**
 * The rep's forecast as said at the 1:1. Presentational: the agenda validates and saves it (the same rules as
 * the session's validation rules) and passes back the messages; what was typed stays in `draft`.
 */
export default class ForecastForm extends LightningElement {
  @api draft: ForecastDraft = { commitCurrent: '', bestCaseCurrent: '', commitNext: '', bestCaseNext: '' };
  private errorMap: Partial<Record<ForecastField, string>> = {};
  @api quarterLabel = '';
  @api nextQuarterLabel = '';
  @api currency = '';
  @api disabled = false;
  @api saving = false;
  /** "Recorded at …", or the reason the last save failed. */
  @api status = '';
  private editable: readonly ForecastField[] = FORECAST_FIELDS;

  /** The amounts the user may change (field-level security); the others are not offered. All four by default. */
  @api
  get editableFields(): readonly ForecastField[] {
    return this.editable;
  }
  set editableFields(value: readonly ForecastField[] | null) {
    this.editable = Array.isArray(value) ? FORECAST_FIELDS.filter((f) => value.includes(f)) : FORECAST_FIELDS;
  }

  labels = { heading: LABELS.forecastHeading, fixFields: LABELS.fixFields };

  /** Messages per field, shown beside each field as well as in the summary. */
  @api
  get errors(): Partial<Record<ForecastField, string>> {
    return this.errorMap;
  }
  set errors(value: Partial<Record<ForecastField, string>> | null) {
    this.errorMap = value ?? {};
    // After the inputs exist: each field reports its own message (or clears it).
    Promise.resolve().then(() => {
      for (const field of this.editable) reportField(this.template, field, this.errorMap[field] ?? '');
    });
  }

  get fields(): { name: ForecastField; label: string; value: string; help: string }[] {
    return this.editable.map((name) => ({
      name,
      label: formatLabel(
        FIELD_LABELS[name],
        name.endsWith('Current') ? this.quarterLabel : this.nextQuarterLabel,
        this.currency
      ),
      value: this.draft?.[name] ?? '',
      help: name.startsWith('commit') ? LABELS.forecastCommitHelp : LABELS.forecastBestCaseHelp
    }));
  }

  get errorList(): { field: string; text: string }[] {
    return FORECAST_FIELDS.filter((f) => this.errorMap[f]).map((f) => ({
      field: f,
      text: `${formatLabel(FIELD_LABELS[f], f.endsWith('Current') ? this.quarterLabel : this.nextQuarterLabel, this.currency)}: ${this.errorMap[f]}`
    }));
  }

  get hasErrors(): boolean {
    return this.errorList.length > 0;
  }

  get saveLabel(): string {
    return this.saving ? LABELS.saving : LABELS.forecastSave;
  }

  get saveDisabled(): boolean {
    return this.disabled || this.saving;
  }

  handleChange(event: CustomEvent<{ value: string }>): void {
    const field = (event.target as HTMLElement).dataset.field as ForecastField;
    this.dispatchEvent(new CustomEvent('forecastchange', { detail: { field, value: event.detail?.value ?? '' } }));
  }

  handleSave(): void {
    this.dispatchEvent(new CustomEvent('forecastsave'));
  }
}
