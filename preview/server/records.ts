/**
 * Record reads and writes as the UI API performs them for the running user: object permissions, field-level
 * security and sharing are checked; values are type-checked (restricted picklists, lengths, dates); the
 * package's trigger-maintained keys are set as docs/data-model.md says; required fields, validation rules
 * (evaluated from the objects' metadata) and unique fields are enforced; and a failing write saves nothing and
 * answers with the platform's error shape (`body.output.errors` / `body.output.fieldErrors`).
 */
import type { DataStore, SfRecord } from './data/store.ts';
import type { FieldDescribe, ObjectDescribe, OrgDescribe } from './metadata/describe.ts';
import type { SecurityContext } from './security.ts';
import { parseFormula, evaluate, type FormulaScope, type FormulaValue, type Node } from './formula.ts';
import { displayValue, wireValue, type Money, type UserFormat } from './graphql/values.ts';
import { localDate } from './graphql/dates.ts';
import type { RecordWriter } from './graphql/context.ts';

export interface PageError {
  errorCode: string;
  message: string;
}
export interface FieldError {
  errorCode: string;
  field: string;
  fieldLabel: string;
  message: string;
  constituentField: null;
  duplicateRecordError: null;
}

/** An error with the body the UI API answers with (LDS hands it to the component as `error.body`). */
export class UiApiError extends Error {
  readonly body: {
    message: string;
    statusCode: number;
    errorCode: string;
    enhancedErrorType: 'RecordError';
    output: { errors: PageError[]; fieldErrors: Record<string, FieldError[]> };
  };

  constructor(
    readonly status: number,
    errors: PageError[],
    fieldErrors: Record<string, FieldError[]> = {}
  ) {
    const first = errors[0] ?? Object.values(fieldErrors)[0]?.[0];
    super(first?.message ?? 'The record could not be saved.');
    this.body = {
      message: this.message,
      statusCode: status,
      errorCode: first?.errorCode ?? 'UNKNOWN',
      enhancedErrorType: 'RecordError',
      output: { errors, fieldErrors }
    };
  }
}

const NO_ACCESS = 'insufficient access rights on object id';
const FLS_MESSAGE = (fields: string[]) =>
  `Unable to create/update fields: ${fields.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`;

/** The messages of the package's trigger handlers (force-app/main/data-access/classes); a test keeps them equal to
 * the custom labels the handlers read (TRIGGER_LABELS). */
export const TRIGGER = {
  duplicatePair: 'This rep already has an active cadence with this manager.',
  duplicateReview: 'This deal already has a review of this type. Open it and edit the root cause there.',
  duplicateQuota: 'This user already has a quota starting on that date. Edit that quota instead.',
  duplicateFeedback: 'You have already given feedback on this 1:1. Open it to change your answers.',
  duplicatePlannedDay:
    'A 1:1 with this rep is already planned on that day. Open it, or reschedule it, instead of planning another.',
  noSession: 'Choose the 1:1 this feedback is about.',
  notYourSession: 'You can give feedback only on your own 1:1s.',
  notHeld: 'You can give feedback once the 1:1 has been held.',
  linksLocked: 'The 1:1, rep and manager of a feedback cannot be changed.',
  answersLocked:
    "Feedback can be changed only in the month it was given: closed months feed your manager's anonymous summary.",
  deleteLocked:
    "Feedback from a closed month can be deleted only by an administrator: closed months feed the manager's anonymous summary."
};

/** The custom label behind each trigger message. */
export const TRIGGER_LABELS: Record<keyof typeof TRIGGER, string> = {
  duplicatePair: 'Coaching_Apex_Cadence_Duplicate',
  duplicateReview: 'Coaching_Apex_Review_Duplicate',
  duplicateQuota: 'Coaching_Apex_Quota_Duplicate',
  duplicateFeedback: 'Coaching_Apex_Feedback_Duplicate',
  duplicatePlannedDay: 'Coaching_Apex_Session_Duplicate',
  noSession: 'Coaching_Apex_Feedback_No_Session',
  notYourSession: 'Coaching_Apex_Feedback_Not_Your_Session',
  notHeld: 'Coaching_Apex_Feedback_Not_Held',
  linksLocked: 'Coaching_Apex_Feedback_Links_Locked',
  answersLocked: 'Coaching_Apex_Feedback_Answers_Locked',
  deleteLocked: 'Coaching_Apex_Feedback_Delete_Locked'
};

const FEEDBACK_ANSWERS = [
  'Preparation_Rating__c',
  'Pipeline_Insight_Rating__c',
  'Skill_Development_Rating__c',
  'Action_Clarity_Rating__c',
  'Rep_Agenda_Rating__c',
  'Overall_Value__c'
];

function addFieldError(errors: Record<string, FieldError[]>, field: FieldDescribe | undefined, message: string): void {
  if (!field) return;
  (errors[field.apiName] ??= []).push({
    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
    field: field.apiName,
    fieldLabel: field.label,
    message,
    constituentField: null,
    duplicateRecordError: null
  });
}

const compiled = new Map<string, Node>();
function formula(src: string): Node {
  if (!compiled.has(src)) compiled.set(src, parseFormula(src));
  return compiled.get(src)!;
}

export interface RecordServiceOptions {
  store: DataStore;
  describe: OrgDescribe;
  sec: SecurityContext;
  fmt: UserFormat;
  money: Money;
  /** The clock: now (ISO) and today in the user's time zone. */
  now: () => { now: string; today: string };
}

export class RecordService implements RecordWriter {
  constructor(private readonly o: RecordServiceOptions) {}

  private objectFor(apiName: string): ObjectDescribe {
    const object = this.o.describe.objects.get(apiName);
    if (!object)
      throw new UiApiError(400, [
        { errorCode: 'INVALID_TYPE', message: `Object ${apiName} is not supported in UI API.` }
      ]);
    return object;
  }

  private scope(object: ObjectDescribe, record: SfRecord, prior: SfRecord | null): FormulaScope {
    const { store, sec } = this.o;
    const follow = (start: SfRecord | null, path: string): FormulaValue => {
      let current: SfRecord | undefined | null = start;
      let describe: ObjectDescribe | undefined = object;
      const parts = path.split('.');
      for (const part of parts.slice(0, -1)) {
        const rel = describe ? [...describe.fields.values()].find((f) => f.relationshipName === part) : undefined;
        if (!rel || !current) return null;
        const parentId = current[rel.apiName] as string | undefined;
        current = store.get(parentId);
        describe = parentId ? this.o.describe.objects.get(store.objectOf(parentId) ?? '') : undefined;
      }
      const v = current?.[parts[parts.length - 1]];
      return v === undefined ? null : (v as FormulaValue);
    };
    const clock = this.o.now();
    return {
      field: (path) => follow(record, path),
      prior: (path) => follow(prior, path),
      global: (path) => {
        const [root, ...rest] = path.split('.');
        const name = rest.join('.');
        if (root === '$User')
          return name === 'Id' ? sec.userId : ((sec.user[name] as FormulaValue | undefined) ?? null);
        if (root === '$Permission') return sec.access.customPermissions.has(name);
        if (root === '$Profile') return name === 'Name' ? 'Standard User' : null;
        return null;
      },
      isNew: prior === null,
      today: clock.today,
      now: clock.now
    };
  }

  /** Checks and coerces one input value; returns the stored form. */
  private coerce(field: FieldDescribe, value: unknown, errors: Record<string, FieldError[]>): unknown {
    const fail = (errorCode: string, message: string): undefined => {
      (errors[field.apiName] ??= []).push({
        errorCode,
        field: field.apiName,
        fieldLabel: field.label,
        message,
        constituentField: null,
        duplicateRecordError: null
      });
      return undefined;
    };
    if (value === null || value === undefined || value === '') return field.type === 'Boolean' ? false : null;
    switch (field.type) {
      case 'Boolean':
        if (typeof value !== 'boolean')
          return fail(
            'INVALID_TYPE_ON_FIELD_IN_RECORD',
            `${field.label}: value not of required type: ${String(value)}`
          );
        return value;
      case 'Currency':
      case 'Double':
      case 'Int':
      case 'Percent': {
        const n = typeof value === 'number' ? value : Number(value);
        if (!Number.isFinite(n))
          return fail(
            'INVALID_TYPE_ON_FIELD_IN_RECORD',
            `${field.label}: value not of required type: ${String(value)}`
          );
        if (field.precision !== undefined) {
          const intDigits = field.precision - (field.scale ?? 0);
          if (Math.abs(Math.trunc(n)).toString().length > intDigits)
            return fail(
              'NUMBER_OUTSIDE_VALID_RANGE',
              `${field.label}: value outside of valid range on numeric field: ${n}`
            );
        }
        return field.type === 'Int' ? Math.trunc(n) : n;
      }
      case 'Date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(String(value)) || Number.isNaN(Date.parse(`${String(value)}T00:00:00Z`)))
          return fail(
            'INVALID_TYPE_ON_FIELD_IN_RECORD',
            `${field.label}: value not of required type: ${String(value)}`
          );
        return String(value);
      case 'DateTime': {
        const t = Date.parse(String(value));
        if (Number.isNaN(t))
          return fail(
            'INVALID_TYPE_ON_FIELD_IN_RECORD',
            `${field.label}: value not of required type: ${String(value)}`
          );
        return new Date(t).toISOString();
      }
      case 'Time': {
        const m = /^(\d{2}):(\d{2})/.exec(String(value));
        if (!m)
          return fail(
            'INVALID_TYPE_ON_FIELD_IN_RECORD',
            `${field.label}: value not of required type: ${String(value)}`
          );
        return `${m[1]}:${m[2]}:00.000Z`;
      }
      case 'Picklist':
        if (field.restrictedPicklist && field.picklistValues && !field.picklistValues.some((p) => p.value === value))
          return fail(
            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
            `${field.label}: bad value for restricted picklist field: ${String(value)}`
          );
        return String(value);
      case 'MultiPicklist': {
        const list = String(value).split(';');
        if (field.restrictedPicklist && field.picklistValues) {
          const bad = list.find((v) => !field.picklistValues!.some((p) => p.value === v));
          if (bad)
            return fail(
              'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
              `${field.label}: bad value for restricted picklist field: ${bad}`
            );
        }
        return list.join(';');
      }
      case 'Reference': {
        const target = this.o.store.get(String(value));
        const targetObject = target ? this.o.store.objectOf(target.Id) : undefined;
        if (!target || !targetObject || !(field.referenceTo ?? []).includes(targetObject))
          return fail('INVALID_CROSS_REFERENCE_KEY', `${field.label}: id value of incorrect type: ${String(value)}`);
        // Pointing a lookup at a record you cannot see is refused, as on the platform; the value stays on the
        // record so the triggers see what was asked (and report their own problem with it).
        const hidden = targetObject !== 'User' && !this.o.sec.canRead(targetObject, target);
        if (hidden || (field.masterDetail && !this.o.sec.canEdit(targetObject, target)))
          fail('INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', 'insufficient access rights on cross-reference id');
        return target.Id;
      }
      default: {
        const s = String(value);
        const max =
          field.length ?? (field.type === 'LongTextArea' ? 131072 : field.type === 'TextArea' ? 255 : undefined);
        if (max !== undefined && s.length > max)
          return fail(
            'STRING_TOO_LONG',
            `${field.label}: data value too large: ${s.slice(0, 40)}… (max length=${max})`
          );
        return s;
      }
    }
  }

  /**
   * What the package's before-triggers do (force-app/main/data-access/classes, *TriggerHandler and RecordKeys):
   * the unique keys with their duplicate pre-check and message, and the feedback rules. Errors are added the way
   * `addError` adds them: on the key field, or on the record.
   */
  private beforeSave(
    object: ObjectDescribe,
    record: SfRecord,
    prior: SfRecord | null,
    pageErrors: PageError[],
    fieldErrors: Record<string, FieldError[]>
  ): void {
    const id = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
    const keyed = (field: string, key: string | null, message: string): void => {
      record[field] = key;
      if (!key) return;
      const clash = this.o.store
        .all(object.apiName)
        .some((r) => r.Id !== record.Id && String(r[field] ?? '').toLowerCase() === key.toLowerCase());
      if (clash) addFieldError(fieldErrors, object.fields.get(field), message);
    };
    switch (object.apiName) {
      case 'Coaching_Cadence__c': {
        const manager = id(record.Manager__c);
        const rep = id(record.Rep__c);
        keyed(
          'Active_Pair_Key__c',
          record.Active__c === true && manager && rep ? `${manager}:${rep}` : null,
          TRIGGER.duplicatePair
        );
        break;
      }
      case 'Deal_Review__c': {
        const opportunity = id(record.Opportunity__c);
        const type = id(record.Review_Type__c);
        keyed('Review_Key__c', opportunity && type ? `${opportunity}:${type}` : null, TRIGGER.duplicateReview);
        break;
      }
      case 'Sales_Quota__c': {
        const user = id(record.User__c);
        const start = id(record.Period_Start__c);
        keyed('Quota_Key__c', user && start ? `${user}:${start.slice(0, 10)}` : null, TRIGGER.duplicateQuota);
        break;
      }
      case 'Coaching_Session__c': {
        // Records loaded from the demo document carry no key, so the clash check computes every session's key.
        const key = this.plannedDayKey(record);
        record.Planned_Day_Key__c = key;
        // The key names the pair and needs Planned: only the pair's other planned 1:1s can clash.
        const clash =
          key !== null &&
          this.o.store
            .all('Coaching_Session__c')
            .some(
              (r) =>
                r.Id !== record.Id &&
                r.Status__c === 'Planned' &&
                r.Manager__c === record.Manager__c &&
                r.Rep__c === record.Rep__c &&
                this.plannedDayKey(r) === key
            );
        if (clash) {
          const field = object.fields.get('Planned_Day_Key__c');
          if (field) addFieldError(fieldErrors, field, TRIGGER.duplicatePlannedDay);
          else
            pageErrors.push({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: TRIGGER.duplicatePlannedDay });
        }
        break;
      }
      case 'Coaching_Feedback__c':
        if (prior) this.guardFeedbackChange(record, prior, pageErrors);
        else this.prepareFeedback(record, pageErrors, keyed);
        break;
      default:
        break;
    }
  }

  /**
   * CoachingSessionTriggerHandler's planned-day key: `Manager__c:Rep__c:YYYY-MM-DD`, the scheduled day in the
   * manager's time zone (GMT when unknown), while the 1:1 is Planned; null otherwise.
   */
  private plannedDayKey(session: SfRecord): string | null {
    const manager = typeof session.Manager__c === 'string' ? session.Manager__c : '';
    const rep = typeof session.Rep__c === 'string' ? session.Rep__c : '';
    const start = Date.parse(String(session.Scheduled_Start__c ?? ''));
    if (session.Status__c !== 'Planned' || !manager || !rep || Number.isNaN(start)) return null;
    const zone = String(this.o.store.get(manager)?.TimeZoneSidKey ?? 'GMT');
    return `${manager}:${rep}:${localDate(new Date(start), zone)}`;
  }

  /** Modify All Data: the Apex layer's "data steward" who may load history or erase feedback. */
  private isDataSteward(): boolean {
    return this.o.sec.access.modifyAllData;
  }

  private prepareFeedback(
    record: SfRecord,
    pageErrors: PageError[],
    keyed: (field: string, key: string | null, message: string) => void
  ): void {
    const fail = (message: string): void =>
      void pageErrors.push({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message });
    if (!record.Session__c) return fail(TRIGGER.noSession);
    // The handler reads the session WITH USER_MODE: a session the rep cannot read is "not yours".
    const session = this.o.store.get(record.Session__c as string);
    const readable = session && this.o.sec.canRead('Coaching_Session__c', session);
    if (!session || !readable || (record.Rep__c && record.Rep__c !== session.Rep__c))
      return fail(TRIGGER.notYourSession);
    if (session.Status__c !== 'Held') return fail(TRIGGER.notHeld);
    if (session.Rep__c !== this.o.sec.userId && !this.isDataSteward()) return fail(TRIGGER.notYourSession);
    record.Rep__c = session.Rep__c;
    record.Manager__c = session.Manager__c;
    record.OwnerId = session.Rep__c;
    keyed('Session_Key__c', session.Id, TRIGGER.duplicateFeedback);
  }

  /** Feedback answers freeze when their UTC month closes: a closed month may already be in an aggregate. */
  private guardFeedbackChange(record: SfRecord, prior: SfRecord, pageErrors: PageError[]): void {
    if (['Session__c', 'Rep__c', 'Manager__c'].some((f) => record[f] !== prior[f]))
      pageErrors.push({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: TRIGGER.linksLocked });
    else if (FEEDBACK_ANSWERS.some((f) => record[f] !== prior[f]) && this.inClosedMonth(prior) && !this.isDataSteward())
      pageErrors.push({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: TRIGGER.answersLocked });
  }

  private inClosedMonth(feedback: SfRecord): boolean {
    const created = String(feedback.CreatedDate ?? '');
    return created !== '' && created.slice(0, 7) < this.o.now().now.slice(0, 7);
  }

  /** Required fields, validation rules and unique fields; throws with every problem found, saves nothing. */
  private validate(
    object: ObjectDescribe,
    record: SfRecord,
    prior: SfRecord | null,
    pageErrors: PageError[],
    fieldErrors: Record<string, FieldError[]>
  ): void {
    const missing = [...object.fields.values()].filter(
      (f) =>
        f.required &&
        f.createable &&
        (record[f.apiName] === null || record[f.apiName] === undefined || record[f.apiName] === '')
    );
    // One message naming every missing field, on each of them (as the platform words REQUIRED_FIELD_MISSING).
    const missingMessage = `Required fields are missing: [${missing.map((f) => f.label).join(', ')}]`;
    for (const f of missing)
      (fieldErrors[f.apiName] ??= []).push({
        errorCode: 'REQUIRED_FIELD_MISSING',
        field: f.apiName,
        fieldLabel: f.label,
        message: missingMessage,
        constituentField: null,
        duplicateRecordError: null
      });
    if (pageErrors.length === 0 && Object.keys(fieldErrors).length === 0) {
      const scope = this.scope(object, record, prior);
      for (const rule of object.validationRules.filter((r) => r.active)) {
        if (evaluate(formula(rule.formula), scope) !== true) continue;
        if (rule.errorField && object.fields.has(rule.errorField))
          addFieldError(fieldErrors, object.fields.get(rule.errorField), rule.message);
        else pageErrors.push({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: rule.message });
      }
    }
    if (pageErrors.length > 0 || Object.keys(fieldErrors).length > 0)
      throw new UiApiError(400, pageErrors, fieldErrors);
    for (const f of object.fields.values()) {
      const v = record[f.apiName];
      if (!f.unique || v === null || v === undefined || v === '') continue;
      const clash = this.o.store
        .all(object.apiName)
        .find((r) => r.Id !== record.Id && String(r[f.apiName] ?? '').toLowerCase() === String(v).toLowerCase());
      if (clash)
        throw new UiApiError(400, [
          {
            errorCode: 'DUPLICATE_VALUE',
            message: `duplicate value found: ${f.apiName} duplicates value on record with id: ${clash.Id}`
          }
        ]);
    }
  }

  /** Formula fields are computed on save (and when the org loads) so filters and sorts see them. */
  computeFormulas(object: ObjectDescribe, record: SfRecord): void {
    for (const f of object.fields.values()) {
      if (!f.formula) continue;
      try {
        const v = evaluate(formula(f.formula), this.scope(object, record, null));
        record[f.apiName] = f.type === 'Boolean' ? v === true : v;
      } catch {
        record[f.apiName] = null;
      }
    }
  }

  private writableFields(object: ObjectDescribe, input: Record<string, unknown>, mode: 'create' | 'update'): void {
    const unknown = Object.keys(input).filter((k) => !object.fields.has(k));
    if (unknown.length)
      throw new UiApiError(400, [
        { errorCode: 'INVALID_FIELD', message: `No such column '${unknown[0]}' on sobject of type ${object.apiName}` }
      ]);
    const refused = Object.keys(input).filter((k) => {
      if (k === 'Id') return false;
      const f = object.fields.get(k)!;
      const writable = mode === 'create' ? f.createable : f.updateable;
      return !writable || !this.o.sec.access.field(object.apiName, k).edit;
    });
    if (refused.length)
      throw new UiApiError(400, [{ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', message: FLS_MESSAGE(refused) }]);
  }

  private applyInput(
    object: ObjectDescribe,
    record: SfRecord,
    input: Record<string, unknown>,
    fieldErrors: Record<string, FieldError[]>
  ): void {
    for (const [k, v] of Object.entries(input)) {
      if (k === 'Id') continue;
      const coerced = this.coerce(object.fields.get(k)!, v, fieldErrors);
      if (coerced !== undefined) record[k] = coerced;
    }
  }

  create(apiName: string, input: Record<string, unknown>): SfRecord {
    const object = this.objectFor(apiName);
    if (!this.o.sec.access.object(apiName).create)
      throw new UiApiError(403, [
        { errorCode: 'INSUFFICIENT_ACCESS', message: `You don't have permission to create ${object.label} records.` }
      ]);
    this.writableFields(object, input, 'create');
    const { store, sec } = this.o;
    const clock = this.o.now();
    const keyPrefix = store.keyPrefixOf(apiName) ?? object.keyPrefix;
    const record: SfRecord = { attributes: { type: apiName }, Id: store.newId(keyPrefix) } as SfRecord;
    const scope = this.scope(object, record, null);
    for (const f of object.fields.values())
      if (f.defaultFormula !== undefined && f.createable) {
        try {
          record[f.apiName] = wireValue(f, evaluate(formula(f.defaultFormula), scope));
        } catch {
          record[f.apiName] = null;
        }
      } else if (f.type === 'Boolean' && !f.calculated) record[f.apiName] = false;
    if (object.fields.has('OwnerId')) record.OwnerId = sec.userId;
    if (object.fields.has('CurrencyIsoCode') && this.o.money.multiCurrency)
      record.CurrencyIsoCode = this.o.fmt.currency;
    Object.assign(record, {
      CreatedById: sec.userId,
      LastModifiedById: sec.userId,
      CreatedDate: clock.now,
      LastModifiedDate: clock.now,
      SystemModstamp: clock.now
    });
    const fieldErrors: Record<string, FieldError[]> = {};
    const pageErrors: PageError[] = [];
    this.applyInput(object, record, input, fieldErrors);
    if (object.nameField.type === 'AutoNumber') record.Name = this.autoNumber(object);
    this.beforeSave(object, record, null, pageErrors, fieldErrors);
    this.validate(object, record, null, pageErrors, fieldErrors);
    this.computeFormulas(object, record);
    return store.transaction((tx) => {
      tx.put(apiName, record);
      return record;
    });
  }

  private autoNumber(object: ObjectDescribe): string {
    const format = object.nameField.displayFormat ?? '{0}';
    const m = /\{(0+)\}/.exec(format);
    const width = m ? m[1].length : 1;
    const used = this.o.store
      .all(object.apiName)
      .map((r) => Number(/(\d+)\D*$/.exec(String(r.Name ?? ''))?.[1] ?? 0))
      .reduce((a, b) => Math.max(a, b), 0);
    return format.replace(/\{0+\}/, String(used + 1).padStart(width, '0'));
  }

  update(id: string, input: Record<string, unknown>): SfRecord {
    const { store, sec } = this.o;
    const existing = store.get(id);
    const apiName = existing ? store.objectOf(existing.Id)! : '';
    if (!existing || !sec.canRead(apiName, existing))
      throw new UiApiError(404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    const object = this.objectFor(apiName);
    if (!sec.access.object(apiName).edit || !sec.canEdit(apiName, existing))
      throw new UiApiError(403, [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: NO_ACCESS }]);
    this.writableFields(object, input, 'update');
    const record: SfRecord = structuredClone(existing);
    const fieldErrors: Record<string, FieldError[]> = {};
    const pageErrors: PageError[] = [];
    this.applyInput(object, record, input, fieldErrors);
    const clock = this.o.now();
    Object.assign(record, { LastModifiedById: sec.userId, LastModifiedDate: clock.now, SystemModstamp: clock.now });
    this.beforeSave(object, record, existing, pageErrors, fieldErrors);
    this.validate(object, record, existing, pageErrors, fieldErrors);
    this.computeFormulas(object, record);
    return store.transaction((tx) => {
      tx.put(apiName, record);
      return record;
    });
  }

  remove(id: string): void {
    const { store, sec, describe } = this.o;
    const existing = store.get(id);
    const apiName = existing ? store.objectOf(existing.Id)! : '';
    if (!existing || !sec.canRead(apiName, existing))
      throw new UiApiError(404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    if (!sec.canDelete(apiName, existing))
      throw new UiApiError(403, [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: NO_ACCESS }]);
    if (apiName === 'Coaching_Feedback__c' && this.inClosedMonth(existing) && !this.isDataSteward())
      throw new UiApiError(400, [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: TRIGGER.deleteLocked }]);
    store.transaction((tx) => {
      tx.remove(id);
      // Master-detail children go with their parent; lookups to it are cleared.
      for (const child of describe.objects.values())
        for (const f of child.fields.values()) {
          if (f.type !== 'Reference' || !(f.referenceTo ?? []).includes(apiName)) continue;
          for (const r of store.all(child.apiName).filter((x) => x[f.apiName] === id)) {
            if (f.masterDetail) tx.remove(r.Id);
            else tx.put(child.apiName, { ...r, [f.apiName]: null });
          }
        }
    });
  }

  /**
   * A UI API record representation (`getRecord`): `fields` must all be readable (else an error names them);
   * `optionalFields` the user cannot read are left out. Entries are 'Object.Field' or 'Object.Lookup.Field'.
   */
  getRecord(id: string, fields: string[], optionalFields: string[]) {
    const { store, sec } = this.o;
    const record = store.get(id);
    const apiName = record ? store.objectOf(record.Id)! : '';
    if (!record || !this.o.describe.objects.has(apiName) || !sec.canRead(apiName, record))
      throw new UiApiError(404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    const object = this.objectFor(apiName);
    const out: Record<string, unknown> = {};
    const bad: string[] = [];
    const add = (path: string, optional: boolean): void => {
      const parts = path.split('.');
      if (parts[0] === apiName) parts.shift();
      if (!this.putField(object, record, parts, out) && !optional) bad.push(path);
    };
    for (const f of fields) add(f, false);
    for (const f of optionalFields) add(f, true);
    if (bad.length)
      throw new UiApiError(400, [
        { errorCode: 'INVALID_FIELD', message: `Cannot find or access the fields: ${bad.join(', ')}` }
      ]);
    return this.representation(object, record, out);
  }

  private representation(object: ObjectDescribe, record: SfRecord, fields: Record<string, unknown>) {
    return {
      apiName: object.apiName,
      id: record.Id,
      childRelationships: {},
      fields,
      lastModifiedById: (record.LastModifiedById as string | undefined) ?? null,
      lastModifiedDate: (record.LastModifiedDate as string | undefined) ?? null,
      systemModstamp: (record.SystemModstamp as string | undefined) ?? null,
      recordTypeId: null,
      recordTypeInfo: null,
      weakEtag: Date.parse(String(record.SystemModstamp ?? 0)) || 0
    };
  }

  private putField(object: ObjectDescribe, record: SfRecord, parts: string[], out: Record<string, unknown>): boolean {
    const { sec, store } = this.o;
    const [head, ...rest] = parts;
    if (rest.length === 0) {
      const field = object.fields.get(head);
      if (!field || !sec.access.field(object.apiName, head).read) return false;
      out[head] = {
        value: wireValue(field, record[head]),
        displayValue: displayValue(field, record[head], record, this.o.fmt, this.o.money)
      };
      return true;
    }
    const rel = [...object.fields.values()].find((f) => f.relationshipName === head);
    if (!rel || !sec.access.field(object.apiName, rel.apiName).read) return false;
    const parentId = record[rel.apiName] as string | undefined;
    const parent = store.get(parentId);
    const parentObject = parent ? this.o.describe.objects.get(store.objectOf(parent.Id)!) : undefined;
    if (!parent || !parentObject || !sec.canRead(parentObject.apiName, parent)) {
      out[head] = { value: null, displayValue: null };
      return true;
    }
    const existing = out[head] as { value: { fields: Record<string, unknown> } } | undefined;
    const nested = existing?.value?.fields ?? {};
    if (!this.putField(parentObject, parent, rest, nested)) return false;
    out[head] = {
      value: this.representation(parentObject, parent, nested),
      displayValue: (parent.Name as string | undefined) ?? null
    };
    return true;
  }
}
