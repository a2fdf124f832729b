/**
 * The life of one 1:1 as the agenda runs it:
 * - which session is current (the planned one nearest now; the one just held; or none yet),
 * - when the next one starts (the cadence's next slot, an in-progress slot included),
 * - what each step writes (open, notes, sections, forecast, held, rescheduled, skipped) as uiRecordApi input
 *   built from schema references,
 * - the forecast rules (the object's validation rules, checked before saving),
 * - an autosave that batches typing, never loses text on a failure, and says what it is doing.
 */
import { nextOccurrences } from 'c/coachingEngine';
import type { SessionSnapshot } from 'c/coachingEngine';
import type { AgendaSectionKey, Cadence, Id, Session } from 'c/coachingModel';
import type { RecordInput } from 'lightning/uiRecordApi';
import type { ObjectInfo } from 'lightning/uiObjectInfoApi';
import { createInput, fieldApiName, updateInput, type SchemaRef } from 'c/recordInput';
import { fieldErrorMessages, hasErrorCode, type AnyError } from 'c/ldsErrors';
import { LABELS } from 'c/managerLabels';
import SESSION_OBJECT from '@salesforce/schema/Coaching_Session__c';
import CADENCE_FIELD from '@salesforce/schema/Coaching_Session__c.Cadence__c';
import MANAGER_FIELD from '@salesforce/schema/Coaching_Session__c.Manager__c';
import REP_FIELD from '@salesforce/schema/Coaching_Session__c.Rep__c';
import SCHEDULED_FIELD from '@salesforce/schema/Coaching_Session__c.Scheduled_Start__c';
import ACTUAL_FIELD from '@salesforce/schema/Coaching_Session__c.Actual_Start__c';
import STATUS_FIELD from '@salesforce/schema/Coaching_Session__c.Status__c';
import STATUS_REASON_FIELD from '@salesforce/schema/Coaching_Session__c.Status_Reason__c';
import NOTES_FIELD from '@salesforce/schema/Coaching_Session__c.Notes__c';
import SECTIONS_FIELD from '@salesforce/schema/Coaching_Session__c.Sections_Reviewed__c';
import COMMIT_CURRENT_FIELD from '@salesforce/schema/Coaching_Session__c.Commit_Current_Quarter__c';
import BEST_CURRENT_FIELD from '@salesforce/schema/Coaching_Session__c.Best_Case_Current_Quarter__c';
import COMMIT_NEXT_FIELD from '@salesforce/schema/Coaching_Session__c.Commit_Next_Quarter__c';
import BEST_NEXT_FIELD from '@salesforce/schema/Coaching_Session__c.Best_Case_Next_Quarter__c';
import PERIOD_START_FIELD from '@salesforce/schema/Coaching_Session__c.Forecast_Period_Start__c';
import PERIOD_END_FIELD from '@salesforce/schema/Coaching_Session__c.Forecast_Period_End__c';
import SNAPSHOT_FIELD from '@salesforce/schema/Coaching_Session__c.Snapshot__c';
import SNAPSHOT_VERSION_FIELD from '@salesforce/schema/Coaching_Session__c.Snapshot_Version__c';
import OPENED_FIELD from '@salesforce/schema/Coaching_Session__c.Agenda_Opened_At__c';
import HEALTH_FIELD from '@salesforce/schema/Coaching_Session__c.Health_Score__c';
import COVERAGE_FIELD from '@salesforce/schema/Coaching_Session__c.Coverage_Current_Quarter__c';
import MAIN_GAP_FIELD from '@salesforce/schema/Coaching_Session__c.Main_Gap__c';
import PLANNED_DAY_KEY_FIELD from '@salesforce/schema/Coaching_Session__c.Planned_Day_Key__c';

const MS_PER_HOUR = 3_600_000;
/** A 1:1 held this recently is shown as done, instead of preparing next week's straight away. */
export const JUST_HELD_HOURS = 12;

export interface SessionChoice {
  /** The planned 1:1 the agenda runs, or null. */
  current: Session | null;
  /** The 1:1 held in the last hours, when no planned one is due. */
  justHeld: Session | null;
}

const startMs = (s: Session): number => Date.parse(s.scheduledStart);

/**
 * The planned 1:1 of the rep nearest now, counting one that started up to `toleranceHours` ago (a late 1:1
 * still belongs to its slot, as in cadence adherence); otherwise the 1:1 held in the last 12 hours.
 */
export function chooseSession(
  sessions: readonly Session[],
  repId: Id,
  nowMs: number,
  toleranceHours: number
): SessionChoice {
  const mine = sessions.filter((s) => s.repId === repId);
  const current =
    mine
      .filter((s) => s.status === 'Planned' && startMs(s) >= nowMs - toleranceHours * MS_PER_HOUR)
      .sort((a, b) => startMs(a) - startMs(b))[0] ?? null;
  const justHeld = current
    ? null
    : (mine
        .filter(
          (s) =>
            s.status === 'Held' && s.actualStart && Date.parse(s.actualStart) >= nowMs - JUST_HELD_HOURS * MS_PER_HOUR
        )
        .sort((a, b) => Date.parse(b.actualStart as string) - Date.parse(a.actualStart as string))[0] ?? null);
  return { current, justHeld };
}

/** The start of the cadence's current or next slot: a slot still running (started less than its duration ago) counts. */
export function slotStartFor(cadence: Cadence | null | undefined, nowIso: string): string | null {
  if (!cadence || !cadence.active) return null;
  const duration =
    Number.isFinite(cadence.durationMinutes) && cadence.durationMinutes > 0 ? cadence.durationMinutes : 60;
  const from = new Date(Date.parse(nowIso) - duration * 60_000).toISOString();
  return nextOccurrences(cadence, from, 1)[0]?.start ?? null;
}

/** The one who runs the 1:1: the cadence's manager, else the session's, else the rep's manager. */
export function isRunBy(
  userId: Id,
  cadence: Cadence | null,
  session: Session | null,
  repManagerId: Id | null
): boolean {
  const owner = session?.managerId ?? cadence?.managerId ?? repManagerId;
  return !!owner && owner === userId;
}

// ---------------------------------------------------------------- field-level security on writes

/**
 * What the running user may write on 1:1s, from the object info (UI API: a field the user cannot read is absent;
 * one they can read but not edit is there with `updateable: false`).
 */
export interface SessionAccess {
  createable: ReadonlySet<string>;
  updateable: ReadonlySet<string>;
  labels: ReadonlyMap<string, string>;
}

export function sessionAccess(info: ObjectInfo): SessionAccess {
  const fields = Object.values(info?.fields ?? {});
  return {
    createable: new Set(fields.filter((f) => f.createable).map((f) => f.apiName)),
    updateable: new Set(fields.filter((f) => f.updateable).map((f) => f.apiName)),
    labels: new Map(fields.map((f) => [f.apiName, f.label]))
  };
}

/** Whether the user may change this field on an existing 1:1; true while access is unknown (the platform decides). */
function canUpdate(access: SessionAccess | null, field: SchemaRef): boolean {
  return !access || access.updateable.has(fieldApiName(field));
}

/**
 * The write without the fields the user may not write, so one hidden field does not sink the whole save; the Id and
 * object name stay. Unchanged while access is unknown.
 */
export function writableInput(input: RecordInput, access: SessionAccess | null): RecordInput {
  if (!access) return input;
  const allowed = input.apiName ? access.createable : access.updateable;
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input.fields))
    if (name === 'Id' || allowed.has(name)) fields[name] = value;
  return { ...input, fields };
}

export const canEditNotes = (access: SessionAccess | null): boolean => canUpdate(access, NOTES_FIELD);
export const canTickSections = (access: SessionAccess | null): boolean => canUpdate(access, SECTIONS_FIELD);
/** Marking held, rescheduled or skipped needs the status and the actual start. */
export const canEndSession = (access: SessionAccess | null): boolean =>
  canUpdate(access, STATUS_FIELD) && canUpdate(access, ACTUAL_FIELD);

/** An update that still changes something once the fields the user may not write are left out. */
export function changesAnything(input: RecordInput): boolean {
  return Object.keys(input.fields).some((name) => name !== 'Id');
}

/** The fields the agenda writes when the manager runs a 1:1. */
export const RUN_FIELDS: readonly SchemaRef[] = [
  STATUS_FIELD,
  ACTUAL_FIELD,
  NOTES_FIELD,
  SECTIONS_FIELD,
  COMMIT_CURRENT_FIELD,
  BEST_CURRENT_FIELD,
  COMMIT_NEXT_FIELD,
  BEST_NEXT_FIELD,
  PERIOD_START_FIELD,
  PERIOD_END_FIELD,
  SNAPSHOT_FIELD,
  SNAPSHOT_VERSION_FIELD,
  OPENED_FIELD,
  HEALTH_FIELD,
  COVERAGE_FIELD,
  MAIN_GAP_FIELD
];

/** Labels (API names for fields the user cannot even read) of the fields the agenda writes that the user may not. */
export function fieldsNotEditable(access: SessionAccess | null): string[] {
  if (!access) return [];
  return RUN_FIELDS.map(fieldApiName)
    .filter((name) => !access.updateable.has(name))
    .map((name) => access.labels.get(name) ?? name);
}

// ---------------------------------------------------------------- the forecast

export type ForecastField = 'commitCurrent' | 'bestCaseCurrent' | 'commitNext' | 'bestCaseNext';
export const FORECAST_FIELDS: readonly ForecastField[] = [
  'commitCurrent',
  'bestCaseCurrent',
  'commitNext',
  'bestCaseNext'
];
export type ForecastDraft = Record<ForecastField, string>;

const FORECAST_SCHEMA: Record<ForecastField, SchemaRef> = {
  commitCurrent: COMMIT_CURRENT_FIELD,
  bestCaseCurrent: BEST_CURRENT_FIELD,
  commitNext: COMMIT_NEXT_FIELD,
  bestCaseNext: BEST_NEXT_FIELD
};

/** The forecast amounts the user may change. */
export function editableForecastFields(access: SessionAccess | null): ForecastField[] {
  return FORECAST_FIELDS.filter((f) => canUpdate(access, FORECAST_SCHEMA[f]));
}
export type ForecastValues = Record<ForecastField, number | null>;

export const EMPTY_FORECAST: ForecastDraft = Object.freeze({
  commitCurrent: '',
  bestCaseCurrent: '',
  commitNext: '',
  bestCaseNext: ''
});

export function forecastDraftOf(session: Session | null): ForecastDraft {
  const text = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));
  return {
    commitCurrent: text(session?.commitCurrentQuarter),
    bestCaseCurrent: text(session?.bestCaseCurrentQuarter),
    commitNext: text(session?.commitNextQuarter),
    bestCaseNext: text(session?.bestCaseNextQuarter)
  };
}

/** Digits before the decimal point of the forecast fields: Currency(16, 2). */
const FORECAST_INTEGER_DIGITS = 14;
/** The first amount the forecast fields cannot hold; refused in the form rather than by a failed save. */
const FORECAST_LIMIT = 10 ** FORECAST_INTEGER_DIGITS;

/** Blank is "not given" (null); anything else must be a finite number. */
function amountOf(text: string): number | null | typeof NaN {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return null;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : NaN;
}

/**
 * The values, or a message per field: not a number, negative, too large for the field, or best case below commit —
 * the 1:1 Session validation rules and the field's range, so nothing partial is ever sent.
 */
export function validateForecast(draft: ForecastDraft): {
  values: ForecastValues;
  errors: Partial<Record<ForecastField, string>>;
} {
  const values = {} as ForecastValues;
  const errors: Partial<Record<ForecastField, string>> = {};
  for (const field of FORECAST_FIELDS) {
    const n = amountOf(draft[field]);
    values[field] = Number.isNaN(n) ? null : n;
    if (Number.isNaN(n)) errors[field] = LABELS.forecastNotNumber;
    else if (n !== null && n < 0) errors[field] = LABELS.forecastNegative;
    else if (n !== null && n >= FORECAST_LIMIT) errors[field] = LABELS.forecastTooLarge;
  }
  for (const [commit, best] of [
    ['commitCurrent', 'bestCaseCurrent'],
    ['commitNext', 'bestCaseNext']
  ] as const) {
    const c = values[commit];
    const b = values[best];
    if (!errors[commit] && !errors[best] && c !== null && b !== null && b < c)
      errors[best] = LABELS.forecastBestBelowCommit;
  }
  return { values, errors };
}

export function hasForecast(values: ForecastValues): boolean {
  return FORECAST_FIELDS.some((f) => values[f] !== null);
}

// ---------------------------------------------------------------- what each step writes

export interface SessionChanges {
  notes?: string;
  sectionsReviewed?: readonly AgendaSectionKey[];
  forecast?: ForecastValues;
  /** The fiscal quarter the current-quarter forecast is for. */
  forecastPeriod?: { start: string; end: string };
  agendaOpenedAt?: string;
}

function changeEntries(changes: SessionChanges): [SchemaRef, unknown][] {
  const entries: [SchemaRef, unknown][] = [];
  if (changes.notes !== undefined) entries.push([NOTES_FIELD, changes.notes]);
  // A multi-select picklist travels as 'A;B;C'; none reviewed clears it.
  if (changes.sectionsReviewed !== undefined)
    entries.push([SECTIONS_FIELD, changes.sectionsReviewed.length ? changes.sectionsReviewed.join(';') : null]);
  if (changes.forecast) {
    entries.push(
      [COMMIT_CURRENT_FIELD, changes.forecast.commitCurrent],
      [BEST_CURRENT_FIELD, changes.forecast.bestCaseCurrent],
      [COMMIT_NEXT_FIELD, changes.forecast.commitNext],
      [BEST_NEXT_FIELD, changes.forecast.bestCaseNext]
    );
  }
  if (changes.forecastPeriod)
    entries.push([PERIOD_START_FIELD, changes.forecastPeriod.start], [PERIOD_END_FIELD, changes.forecastPeriod.end]);
  if (changes.agendaOpenedAt !== undefined) entries.push([OPENED_FIELD, changes.agendaOpenedAt]);
  return entries;
}

export function updateSession(sessionId: Id, changes: SessionChanges): RecordInput {
  return updateInput(sessionId, changeEntries(changes));
}

export interface NewSession {
  cadenceId: Id | null;
  managerId: Id;
  repId: Id;
  scheduledStart: string;
}

/** A planned 1:1 for a slot (or an unscheduled one now); opened now when that is before its start. */
export function createSession(session: NewSession, changes: SessionChanges = {}, status = 'Planned'): RecordInput {
  return createInput(SESSION_OBJECT, [
    [CADENCE_FIELD, session.cadenceId ?? undefined],
    [MANAGER_FIELD, session.managerId],
    [REP_FIELD, session.repId],
    [SCHEDULED_FIELD, session.scheduledStart],
    [STATUS_FIELD, status],
    ...changeEntries(changes)
  ]);
}

/**
 * Whether creating a planned 1:1 failed because one is already planned for the pair that day (another tab, or the
 * cockpit and the User page at once): the trigger's message on the planned-day key, or the unique index's
 * DUPLICATE_VALUE when two saves race past that check.
 */
export function isDuplicatePlannedSession(error: unknown): boolean {
  return (
    hasErrorCode(error as AnyError, 'DUPLICATE_VALUE') ||
    fieldApiName(PLANNED_DAY_KEY_FIELD) in fieldErrorMessages(error as AnyError)
  );
}

/** Coverage is stored as Number(6,2): two decimals, and nothing the field cannot hold. */
function storableCoverage(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const rounded = Math.round(value * 100) / 100;
  return rounded < 10_000 ? rounded : null;
}

/** Everything "mark held" stores, in one write: the status, the actual start, the snapshot and the key metrics. */
export function heldEntries(snapshot: SessionSnapshot, actualStart: string): [SchemaRef, unknown][] {
  return [
    [STATUS_FIELD, 'Held'],
    [ACTUAL_FIELD, actualStart],
    // A snapshot too large for the field is left out rather than failing the whole save (the UI says so).
    [SNAPSHOT_FIELD, snapshot.fitsField ? snapshot.snapshotJson : null],
    [SNAPSHOT_VERSION_FIELD, snapshot.fitsField ? snapshot.snapshotVersion : null],
    [HEALTH_FIELD, snapshot.healthScore === null ? null : Math.round(snapshot.healthScore)],
    [COVERAGE_FIELD, storableCoverage(snapshot.coverageCurrentQuarter)],
    [MAIN_GAP_FIELD, snapshot.mainGap ? snapshot.mainGap.slice(0, 40) : null]
  ];
}

export function markHeld(
  sessionId: Id,
  snapshot: SessionSnapshot,
  actualStart: string,
  changes: SessionChanges
): RecordInput {
  return updateInput(sessionId, [...heldEntries(snapshot, actualStart), ...changeEntries(changes)]);
}

export function markNotHeld(sessionId: Id, status: 'Rescheduled' | 'Skipped', reason: string): RecordInput {
  return updateInput(sessionId, [
    [STATUS_FIELD, status],
    [STATUS_REASON_FIELD, reason.trim().slice(0, 255)]
  ]);
}

/**
 * Default "held at": the scheduled start when the 1:1 is marked within the day it was planned (it happened
 * on time), else now.
 */
export function defaultActualStart(session: Session | null, nowMs: number): string {
  const scheduled = session ? startMs(session) : NaN;
  if (Number.isFinite(scheduled) && scheduled <= nowMs && nowMs - scheduled <= 24 * MS_PER_HOUR)
    return new Date(scheduled).toISOString();
  return new Date(nowMs).toISOString();
}

// ---------------------------------------------------------------- autosave

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Batches changes (notes, sections) and saves them after a pause in typing. A failed save keeps the
 * changes queued and reports the error; the next change, `retry()` or `flush()` tries again. Saves never
 * overlap: changes made during a save are written right after it.
 */
export class AutoSaver {
  state: SaveState = 'idle';
  error: unknown = null;
  private pending: SessionChanges = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly save: (changes: SessionChanges) => Promise<void>,
    private readonly onState: (state: SaveState, error: unknown) => void,
    private readonly delayMs = 1500
  ) {}

  get hasPending(): boolean {
    return Object.keys(this.pending).length > 0;
  }

  queue(changes: SessionChanges): void {
    this.pending = { ...this.pending, ...changes };
    this.setState('pending', this.state === 'error' ? this.error : null);
    if (this.timer) clearTimeout(this.timer);
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- debounce: save once typing pauses
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(() => undefined);
    }, this.delayMs);
  }

  /** Takes the queued changes out (e.g. to send them with "mark held"), cancelling the timer. */
  take(): SessionChanges {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const taken = this.pending;
    this.pending = {};
    return taken;
  }

  /** Puts changes back after a combined write failed, so nothing typed is lost. */
  restore(changes: SessionChanges): void {
    this.pending = { ...changes, ...this.pending };
  }

  retry(): Promise<void> {
    return this.flush();
  }

  /** Saves what is queued now; resolves when it is written, rejects when the save failed. */
  async flush(): Promise<void> {
    if (this.inFlight) await this.inFlight.catch(() => undefined);
    const changes = this.take();
    if (Object.keys(changes).length === 0) return;
    this.setState('saving', null);
    this.inFlight = this.save(changes);
    try {
      await this.inFlight;
      this.setState(this.hasPending ? 'pending' : 'saved', null);
    } catch (error) {
      this.restore(changes);
      this.setState('error', error);
      throw error;
    } finally {
      this.inFlight = null;
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: SaveState, error: unknown): void {
    this.state = state;
    this.error = error;
    this.onState(state, error);
  }
}
