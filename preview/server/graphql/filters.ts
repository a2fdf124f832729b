/**
 * `where:` and `orderBy:` of the UI API GraphQL, evaluated over raw records: `eq ne gt gte lt lte in nin like`
 * (strings compare case-insensitively, as on the platform), `includes`/`excludes` for multi-select picklists,
 * `and`/`or`/`not`, date values, literals and relative ranges (in the user's time zone), filters through
 * lookups (`Account: { Name: { like: "Acme%" } }`), and ordering with `nulls: FIRST | LAST`.
 */
import type { DataStore, SfRecord } from '../data/store.ts';
import type { FieldDescribe, ObjectDescribe, OrgDescribe } from '../metadata/describe.ts';
import { literalRange, relativeRange, localDate, type DateContext, type DateRangeBounds } from './dates.ts';

export interface FilterEnv {
  describe: OrgDescribe;
  store: DataStore;
  dates: DateContext;
  timeZone: string;
}

type Where = Record<string, any>;

export class QueryError extends Error {}

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';

/** Ids compare on their case-sensitive 15-character form, so 15- and 18-character ids match. */
const idKey = (v: unknown): string => String(v).slice(0, 15);

function likeToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${escaped}$`, 'is');
}

type Comparable = string | number | boolean;

function normalise(field: FieldDescribe, v: unknown): Comparable | null {
  if (isBlank(v)) return field.type === 'Boolean' ? false : null;
  switch (field.type) {
    case 'Boolean':
      return v === true || v === 'true';
    case 'Currency':
    case 'Double':
    case 'Int':
    case 'Percent':
      return Number(v);
    case 'Id':
    case 'Reference':
      return idKey(v);
    case 'Date':
      return String(v).slice(0, 10);
    case 'DateTime':
      return new Date(String(v)).toISOString();
    default:
      return String(v).toLowerCase();
  }
}

function compare(a: Comparable, b: Comparable): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** A date operand: a single value, or a range from a literal or relative range. */
function dateOperand(
  input: any,
  field: FieldDescribe,
  env: FilterEnv
): { value?: string | null; range?: DateRangeBounds } {
  if (input === null) return { value: null };
  if (typeof input !== 'object') return { value: String(input) };
  if (input.literal) return { range: literalRange(String(input.literal), env.dates) };
  if (input.range) return { range: relativeRange(input.range as Record<string, number>, env.dates) };
  if ('value' in input) {
    if (input.value === null) return { value: null };
    return {
      value: field.type === 'Date' ? String(input.value).slice(0, 10) : new Date(String(input.value)).toISOString()
    };
  }
  throw new QueryError(`The filter on ${field.apiName} needs a value, a literal or a range.`);
}

function matchDate(op: string, raw: unknown, input: any, field: FieldDescribe, env: FilterEnv): boolean {
  const operand = dateOperand(input, field, env);
  if (operand.range) {
    if (isBlank(raw)) return op === 'ne';
    // Ranges are calendar dates: a date-time is placed on the user's local calendar day.
    const day = field.type === 'DateTime' ? localDate(String(raw), env.timeZone) : String(raw).slice(0, 10);
    const { start, end } = operand.range;
    switch (op) {
      case 'eq':
        return day >= start && day < end;
      case 'ne':
        return !(day >= start && day < end);
      case 'lt':
        return day < start;
      case 'lte':
        return day < end;
      case 'gt':
        return day >= end;
      case 'gte':
        return day >= start;
      default:
        throw new QueryError(`Operator ${op} is not supported with a date range.`);
    }
  }
  return matchScalar(op, normalise(field, raw), operand.value === null ? null : normalise(field, operand.value));
}

function matchScalar(op: string, value: Comparable | null, operand: Comparable | null): boolean {
  switch (op) {
    case 'eq':
      return operand === null ? value === null : value !== null && compare(value, operand) === 0;
    case 'ne':
      return operand === null ? value !== null : value === null || compare(value, operand) !== 0;
    case 'lt':
      return value !== null && operand !== null && compare(value, operand) < 0;
    case 'lte':
      return value !== null && operand !== null && compare(value, operand) <= 0;
    case 'gt':
      return value !== null && operand !== null && compare(value, operand) > 0;
    case 'gte':
      return value !== null && operand !== null && compare(value, operand) >= 0;
    default:
      throw new QueryError(`Unknown operator ${op}.`);
  }
}

function matchField(field: FieldDescribe, raw: unknown, ops: Where, env: FilterEnv): boolean {
  for (const [op, operand] of Object.entries(ops)) {
    if (operand === undefined) continue;
    const isDate = field.type === 'Date' || field.type === 'DateTime';
    let ok: boolean;
    if (op === 'in' || op === 'nin') {
      const list = (operand as unknown[]) ?? [];
      const hit = list.some((item) =>
        isDate
          ? matchDate('eq', raw, item, field, env)
          : matchScalar('eq', normalise(field, raw), normalise(field, item))
      );
      ok = op === 'in' ? hit : !hit;
    } else if (op === 'like') {
      ok = !isBlank(raw) && likeToRegExp(String(operand)).test(String(raw));
    } else if (op === 'includes' || op === 'excludes') {
      const have = new Set(
        String(raw ?? '')
          .split(';')
          .filter(Boolean)
          .map((s) => s.toLowerCase())
      );
      // Each list entry may be 'A;B' (all of A and B); the list is OR-ed, as in SOQL.
      const hit = ((operand as string[]) ?? []).some((entry) =>
        String(entry)
          .split(';')
          .every((v) => have.has(v.toLowerCase()))
      );
      ok = op === 'includes' ? hit : !hit;
    } else if (isDate) {
      ok = matchDate(op, raw, operand, field, env);
    } else {
      ok = matchScalar(op, normalise(field, raw), operand === null ? null : normalise(field, operand));
    }
    if (!ok) return false;
  }
  return true;
}

function relationshipField(object: ObjectDescribe, name: string): FieldDescribe | undefined {
  for (const f of object.fields.values()) if (f.relationshipName === name) return f;
  return undefined;
}

export function matches(
  object: ObjectDescribe,
  record: SfRecord,
  where: Where | null | undefined,
  env: FilterEnv
): boolean {
  if (!where) return true;
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null) continue;
    if (key === 'and') {
      if (!(value as Where[]).every((w) => matches(object, record, w, env))) return false;
    } else if (key === 'or') {
      if (!(value as Where[]).some((w) => matches(object, record, w, env))) return false;
    } else if (key === 'not') {
      if (matches(object, record, value as Where, env)) return false;
    } else {
      const field = object.fields.get(key);
      if (field) {
        if (!matchField(field, record[key], value as Where, env)) return false;
        continue;
      }
      const rel = relationshipField(object, key);
      if (!rel) throw new QueryError(`${object.apiName} has no field ${key} to filter on.`);
      const parentId = record[rel.apiName] as string | undefined;
      const parent = env.store.get(parentId);
      const parentObject = parentId ? env.describe.objects.get(env.store.objectOf(parentId) ?? '') : undefined;
      if (!parent || !parentObject) return false;
      if (!matches(parentObject, parent, value as Where, env)) return false;
    }
  }
  return true;
}

export interface SortKey {
  path: FieldDescribe[];
  desc: boolean;
  nullsFirst: boolean;
}

/** Turns `orderBy: { CloseDate: { order: DESC }, Account: { Name: { order: ASC } } }` into sort keys. */
export function sortKeys(object: ObjectDescribe, orderBy: Where | null | undefined, describe: OrgDescribe): SortKey[] {
  const keys: SortKey[] = [];
  const walk = (obj: ObjectDescribe, clause: Where, prefix: FieldDescribe[]): void => {
    for (const [name, value] of Object.entries(clause ?? {})) {
      if (!value) continue;
      const field = obj.fields.get(name);
      if (field) {
        const desc = value.order === 'DESC';
        // SOQL default: nulls first when ascending, last when descending.
        const nullsFirst = value.nulls ? value.nulls === 'FIRST' : !desc;
        keys.push({ path: [...prefix, field], desc, nullsFirst });
        continue;
      }
      const rel = relationshipField(obj, name);
      const parent = rel?.referenceTo?.[0] ? describe.objects.get(rel.referenceTo[0]) : undefined;
      if (!rel || !parent) throw new QueryError(`${obj.apiName} has no field ${name} to order by.`);
      walk(parent, value as Where, [...prefix, rel]);
    }
  };
  walk(object, orderBy ?? {}, []);
  return keys;
}

export function sortRecords(records: SfRecord[], keys: SortKey[], store: DataStore): SfRecord[] {
  const valueAt = (r: SfRecord, path: FieldDescribe[]): Comparable | null => {
    let current: SfRecord | undefined = r;
    for (const f of path.slice(0, -1)) current = store.get(current?.[f.apiName] as string | undefined);
    const last = path[path.length - 1];
    return current ? normalise(last, current[last.apiName]) : null;
  };
  return [...records].sort((a, b) => {
    for (const key of keys) {
      const va = valueAt(a, key.path);
      const vb = valueAt(b, key.path);
      if (va === null && vb === null) continue;
      if (va === null) return key.nullsFirst ? -1 : 1;
      if (vb === null) return key.nullsFirst ? 1 : -1;
      const c = compare(va, vb);
      if (c !== 0) return key.desc ? -c : c;
    }
    return a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0;
  });
}
