import { LightningElement, api } from 'lwc';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import type { AnyError } from 'c/ldsErrors';
import { reportField, reportServerFieldErrors } from 'c/formValidity';
import { createInput, updateInput } from 'c/recordInput';
import { formatLabel } from 'c/coachingFormat';
import type { Cadence, Weekday } from 'c/coachingModel';
import { WEEKDAYS } from 'c/cadenceSchedule';
import { LABELS } from 'c/managerLabels';
import CADENCE_OBJECT from '@salesforce/schema/Coaching_Cadence__c';
import MANAGER_FIELD from '@salesforce/schema/Coaching_Cadence__c.Manager__c';
import REP_FIELD from '@salesforce/schema/Coaching_Cadence__c.Rep__c';
import DAY_FIELD from '@salesforce/schema/Coaching_Cadence__c.Day_Of_Week__c';
import TIME_FIELD from '@salesforce/schema/Coaching_Cadence__c.Local_Start_Time__c';
import DURATION_FIELD from '@salesforce/schema/Coaching_Cadence__c.Duration_Minutes__c';
import TIME_ZONE_FIELD from '@salesforce/schema/Coaching_Cadence__c.Time_Zone__c';
import ACTIVE_FIELD from '@salesforce/schema/Coaching_Cadence__c.Active__c';
import USER_TIME_ZONE from '@salesforce/i18n/timeZone';
import LOCALE from '@salesforce/i18n/locale';

export interface CadenceDraft {
  dayOfWeek: string;
  /** 'HH:mm' */
  localStartTime: string;
  durationMinutes: number | string | null;
  timeZone: string;
  managerId: string | null;
  repId: string | null;
}

/** Whether the runtime knows the IANA zone (the cadence keeps its local time across DST in that zone). */
export function isTimeZone(zone: string | null | undefined): boolean {
  if (!zone) return false;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone.length > 0;
  } catch {
    return false;
  }
}

/** Field → message, the same rules as the Coaching Cadence object (duration 15–120, manager ≠ rep). */
export function validateCadence(draft: CadenceDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!WEEKDAYS.includes(draft.dayOfWeek as Weekday)) errors.dayOfWeek = LABELS.cadenceDayRequired;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.localStartTime ?? '')) errors.localStartTime = LABELS.cadenceTimeRequired;
  const duration = Number(draft.durationMinutes);
  if (
    draft.durationMinutes === null ||
    draft.durationMinutes === '' ||
    !Number.isInteger(duration) ||
    duration < 15 ||
    duration > 120
  )
    errors.durationMinutes = LABELS.cadenceDurationRange;
  if (!isTimeZone(draft.timeZone)) errors.timeZone = LABELS.cadenceTimeZoneInvalid;
  if (!draft.repId || !draft.managerId) errors.repId = LABELS.cadenceNoRep;
  else if (draft.repId === draft.managerId) errors.repId = LABELS.cadenceSamePerson;
  return errors;
}

/** 'HH:mm' from the time input ('HH:mm:ss.SSS') or a stored Time ('HH:mm:ss.SSSZ'). */
export function toHourMinute(value: string | null | undefined): string {
  const match = /^(\d{2}):(\d{2})/.exec(value ?? '');
  return match ? `${match[1]}:${match[2]}` : '';
}

let zoneList: string[] | null = null;
function timeZones(): string[] {
  if (!zoneList) {
    const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
    zoneList = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
  }
  return zoneList;
}

const FIELD_OF_API: Record<string, string> = {
  Day_Of_Week__c: 'dayOfWeek',
  Local_Start_Time__c: 'localStartTime',
  Duration_Minutes__c: 'durationMinutes',
  Time_Zone__c: 'timeZone',
  Rep__c: 'repId'
};

/**
 * Sets up or changes the weekly 1:1 slot of a manager–rep pair. The slot keeps its local time in its zone
 * across daylight-saving changes, so the zone is part of the slot. Validates before saving, keeps the input
 * when the save fails (e.g. the pair already has an active cadence), and Save is disabled while saving.
 */
export default class CadenceForm extends LightningElement {
  @api repId: string | null = null;
  @api repName = '';
  @api managerId: string | null = null;
  /** The rep's zone (User.TimeZoneSidKey), the default for a new slot. */
  @api repTimeZone: string | null = null;

  dayOfWeek = '';
  localStartTime = '';
  durationMinutes: number | string | null = 30;
  timeZone = '';
  active = true;
  saving = false;
  serverErrors: AnyError = null;
  invalid: Record<string, string> = {};
  private existing: Cadence | null = null;
  /** False when the cadence came without Active__c (hidden by field-level security): not offered, not written. */
  private activeKnown = true;

  labels = {
    help: LABELS.cadenceHelp,
    day: LABELS.cadenceDay,
    time: LABELS.cadenceTime,
    duration: LABELS.cadenceDuration,
    durationRange: LABELS.cadenceDurationRange,
    timeZone: LABELS.cadenceTimeZone,
    timeZoneHelp: LABELS.cadenceTimeZoneHelp,
    active: LABELS.cadenceActive,
    activeOn: LABELS.cadenceActiveOn,
    activeOff: LABELS.cadenceActiveOff,
    fixFields: LABELS.fixFields,
    saveFailed: LABELS.cadenceSaveFailed,
    cancel: LABELS.cancel
  };

  /** The cadence to edit; null to create one. */
  @api
  get cadence(): Cadence | null {
    return this.existing;
  }
  set cadence(value: Cadence | null) {
    this.existing = value ?? null;
    if (value) {
      this.dayOfWeek = value.dayOfWeek ?? '';
      this.localStartTime = toHourMinute(value.localStartTime);
      this.durationMinutes = value.durationMinutes ?? null;
      this.timeZone = value.timeZone ?? '';
      this.activeKnown = typeof value.active === 'boolean';
      this.active = value.active !== false;
    }
  }

  override connectedCallback(): void {
    if (!this.existing) {
      this.timeZone = this.timeZone || this.repTimeZone || USER_TIME_ZONE;
    }
  }

  get isEdit(): boolean {
    return this.existing !== null;
  }

  get showActiveToggle(): boolean {
    return this.isEdit && this.activeKnown;
  }

  get heading(): string {
    return formatLabel(this.isEdit ? LABELS.cadenceEditHeading : LABELS.cadenceNewHeading, this.repName);
  }

  get saveLabel(): string {
    return this.saving ? LABELS.saving : LABELS.save;
  }

  get timeValue(): string {
    return this.localStartTime ? `${this.localStartTime}:00.000` : '';
  }

  /** Weekday names in the user's language; the stored value stays the English picklist value. */
  get dayOptions(): { label: string; value: string }[] {
    const names = new Intl.DateTimeFormat(LOCALE, { weekday: 'long', timeZone: 'UTC' });
    // 2024-01-01 was a Monday: day i of the week is 1 + i January 2024.
    return WEEKDAYS.map((d, i) => ({ label: names.format(Date.UTC(2024, 0, 1 + i)), value: d }));
  }

  get timeZoneOptions(): { label: string; value: string }[] {
    const zones = timeZones();
    const list = zones.includes(this.timeZone) || !this.timeZone ? zones : [this.timeZone, ...zones];
    return list.map((z) => ({ label: z.replace(/_/g, ' '), value: z }));
  }

  get invalidMessages(): { field: string; text: string }[] {
    return Object.entries(this.invalid).map(([field, text]) => ({ field, text }));
  }

  get hasInvalidFields(): boolean {
    return Object.keys(this.invalid).length > 0;
  }

  handleChange(event: CustomEvent<{ value: string }>): void {
    const field = (event.target as HTMLElement).dataset.field as string;
    const value = event.detail?.value ?? '';
    if (field === 'localStartTime') this.localStartTime = toHourMinute(value);
    else if (field === 'dayOfWeek' || field === 'timeZone' || field === 'durationMinutes') this[field] = value;
    this.clearInvalid(field);
  }

  handleToggle(event: CustomEvent<{ checked: boolean }>): void {
    this.active = !!event.detail?.checked;
  }

  handleCancel(): void {
    this.dispatchEvent(new CustomEvent('cancel'));
  }

  private clearInvalid(field: string): void {
    if (!this.invalid[field]) return;
    const rest = { ...this.invalid };
    delete rest[field];
    this.invalid = rest;
    reportField(this.template, field, '');
  }

  async handleSave(): Promise<void> {
    if (this.saving) return;
    const invalid = validateCadence({
      dayOfWeek: this.dayOfWeek,
      localStartTime: this.localStartTime,
      durationMinutes: this.durationMinutes,
      timeZone: this.timeZone,
      managerId: this.managerId,
      repId: this.repId
    });
    this.invalid = invalid;
    for (const field of ['dayOfWeek', 'localStartTime', 'durationMinutes', 'timeZone'])
      reportField(this.template, field, invalid[field] ?? '');
    if (Object.keys(invalid).length > 0) return;
    this.saving = true;
    this.serverErrors = null;
    const slot = [
      [DAY_FIELD, this.dayOfWeek],
      // A Time field travels as 'HH:mm:ss.SSSZ'; the Z is notation only: it is the wall-clock time in Time_Zone__c.
      [TIME_FIELD, `${this.localStartTime}:00.000Z`],
      [DURATION_FIELD, Number(this.durationMinutes)],
      [TIME_ZONE_FIELD, this.timeZone]
    ] as const;
    try {
      const record = this.existing
        ? await updateRecord(
            updateInput(this.existing.id, [
              ...slot,
              ...(this.activeKnown ? [[ACTIVE_FIELD, this.active] as const] : [])
            ])
          )
        : await createRecord(
            createInput(CADENCE_OBJECT, [
              [MANAGER_FIELD, this.managerId],
              [REP_FIELD, this.repId],
              ...slot,
              [ACTIVE_FIELD, true]
            ])
          );
      this.dispatchEvent(
        new ShowToastEvent({
          title: LABELS.cadenceSaved,
          message: formatLabel(LABELS.cadenceSavedDetail, this.repName),
          variant: 'success'
        })
      );
      this.dispatchEvent(new CustomEvent('saved', { detail: { recordId: record?.id ?? this.existing?.id ?? null } }));
    } catch (error) {
      this.serverErrors = error as AnyError;
      this.invalid = reportServerFieldErrors(this.template, error, FIELD_OF_API);
    } finally {
      this.saving = false;
    }
  }
}
