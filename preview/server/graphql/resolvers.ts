/**
 * Resolvers of the generated schema: record connections (filter, order, page with the platform's limits),
 * field values, parent lookups the viewer may see, and aggregates (count, countDistinct, sum, avg, min, max,
 * groupBy with date functions). Only records the viewer's sharing lets them read ever enter a result.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { SfRecord } from '../data/store.ts';
import type { FieldDescribe, ObjectDescribe } from '../metadata/describe.ts';
import type { ExecContext } from './context.ts';
import { matches, sortKeys, sortRecords, QueryError } from './filters.ts';
import { dateFunctionKey } from './dates.ts';
import { displayValue, toCorporate, wireValue, type Money } from './values.ts';
import type { RecordNode } from './schema.ts';

/** UI API limits: 10 records unless `first` says otherwise, at most 2,000 per page, 4,000 without upperBound. */
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 2000;
export const MAX_OFFSET_WITHOUT_UPPER_BOUND = 4000;

const encodeCursor = (offset: number): string => Buffer.from(`v1:${offset}`).toString('base64');

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^v1:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m) throw new QueryError(`The cursor "${cursor}" is not valid for this query.`);
  return Number(m[1]) + 1;
}

function visible(object: ObjectDescribe, ctx: ExecContext): SfRecord[] {
  const key = `visible:${object.apiName}`;
  if (!ctx.cache.has(key)) ctx.cache.set(key, ctx.sec.visible(object.apiName));
  return ctx.cache.get(key) as SfRecord[];
}

function childrenOf(object: ObjectDescribe, field: string, parentId: string, ctx: ExecContext): SfRecord[] {
  const key = `children:${object.apiName}.${field}`;
  if (!ctx.cache.has(key)) {
    const index = new Map<string, SfRecord[]>();
    for (const r of visible(object, ctx)) {
      const p = String(r[field] ?? '').slice(0, 15);
      if (!p) continue;
      if (!index.has(p)) index.set(p, []);
      index.get(p)!.push(r);
    }
    ctx.cache.set(key, index);
  }
  return (ctx.cache.get(key) as Map<string, SfRecord[]>).get(parentId.slice(0, 15)) ?? [];
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
  upperBound?: number | null;
}

function page<T>(items: T[], args: PageArgs, what: string) {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0) throw new QueryError(`${what}: first must not be negative.`);
  if (first > MAX_PAGE_SIZE) throw new QueryError(`${what}: first must be ${MAX_PAGE_SIZE} or less (was ${first}).`);
  const offset = decodeCursor(args.after);
  const limit = args.upperBound ?? MAX_OFFSET_WITHOUT_UPPER_BOUND;
  if (offset + first > limit)
    throw new QueryError(
      args.upperBound
        ? `${what}: paging past upperBound ${args.upperBound} is not allowed.`
        : `${what}: paging beyond ${MAX_OFFSET_WITHOUT_UPPER_BOUND} records needs the upperBound argument.`
    );
  const slice = items.slice(offset, offset + first);
  return {
    slice,
    offset,
    pageInfo: {
      hasNextPage: offset + first < items.length,
      hasPreviousPage: offset > 0,
      startCursor: slice.length ? encodeCursor(offset) : null,
      endCursor: slice.length ? encodeCursor(offset + slice.length - 1) : null
    }
  };
}

export function resolveConnection(
  object: ObjectDescribe,
  args: Record<string, any>,
  ctx: ExecContext,
  _info: GraphQLResolveInfo,
  childOf?: { field: string; parentId: string }
) {
  let records = childOf ? childrenOf(object, childOf.field, childOf.parentId, ctx) : visible(object, ctx);
  if (args.scope === 'MINE') records = records.filter((r) => r.OwnerId === ctx.sec.userId);
  records = records.filter((r) => matches(object, r, args.where, ctx.env));
  records = sortRecords(records, sortKeys(object, args.orderBy, ctx.describe), ctx.store);
  const { slice, offset, pageInfo } = page(records, args, object.apiName);
  return {
    edges: slice.map((record, i) => ({
      node: { object: object.apiName, record } satisfies RecordNode,
      cursor: encodeCursor(offset + i)
    })),
    pageInfo,
    totalCount: records.length,
    pageResultCount: slice.length
  };
}

export function valueField(node: RecordNode, field: FieldDescribe, ctx: ExecContext) {
  const raw = node.record[field.apiName];
  const value = wireValue(field, raw);
  // Formatted only when the query asks for it (graphql-js calls a function-valued property): formatting every
  // date and amount of a large answer cost the preview seconds that the platform does not spend.
  const display = (): unknown => displayValue(field, raw, node.record, ctx.fmt, ctx.money);
  const out: Record<string, unknown> = { value, displayValue: display };
  if (field.type === 'Picklist') out.label = display;
  return out;
}

export function resolveParent(node: RecordNode, field: FieldDescribe, ctx: ExecContext): RecordNode | null {
  const id = node.record[field.apiName] as string | undefined;
  const parent = ctx.store.get(id);
  const object = id ? ctx.store.objectOf(id) : undefined;
  if (!parent || !object || !ctx.describe.objects.has(object)) return null;
  // A lookup to a record the viewer cannot see comes back empty, as on the platform.
  return ctx.sec.canRead(object, parent) ? { object, record: parent } : null;
}

export interface Group {
  object: ObjectDescribe;
  records: SfRecord[];
  keys: Map<string, unknown>;
  functions: Map<string, string>;
  money: Money;
  locale: string;
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';

export function resolveAggregate(object: ObjectDescribe, args: Record<string, any>, ctx: ExecContext) {
  let records = visible(object, ctx);
  if (args.scope === 'MINE') records = records.filter((r) => r.OwnerId === ctx.sec.userId);
  records = records.filter((r) => matches(object, r, args.where, ctx.env));
  const groupBy = (args.groupBy ?? {}) as Record<string, any>;
  if (groupBy.type && groupBy.type !== 'GROUP_BY')
    throw new QueryError(`groupBy type ${groupBy.type} is not supported by the local preview.`);
  const grouped = Object.entries(groupBy).filter(([k, v]) => k !== 'type' && v && (v.group || v.function));
  const functions = new Map<string, string>(grouped.filter(([, v]) => v.function).map(([k, v]) => [k, v.function]));
  const groups = new Map<string, Group>();
  for (const r of records) {
    const keys = new Map<string, unknown>();
    for (const [name, clause] of grouped) {
      const raw = r[name] ?? null;
      keys.set(
        name,
        clause.function && raw !== null ? dateFunctionKey(String(raw), clause.function, ctx.env.dates.fiscal) : raw
      );
    }
    const k = JSON.stringify([...keys.values()]);
    if (!groups.has(k))
      groups.set(k, { object, records: [], keys, functions, money: ctx.money, locale: ctx.fmt.locale });
    groups.get(k)!.records.push(r);
  }
  if (grouped.length === 0 && groups.size === 0)
    groups.set('[]', { object, records: [], keys: new Map(), functions, money: ctx.money, locale: ctx.fmt.locale });
  let list = [...groups.values()];
  const order = Object.entries((args.orderBy ?? {}) as Record<string, any>);
  list.sort((a, b) => {
    for (const [name, clause] of order) {
      const field = object.fields.get(name)!;
      const pick = (g: Group): unknown =>
        clause.function
          ? (
              aggregateValue(
                { group: g, field },
                clause.function.toLowerCase().replace('count_distinct', 'countDistinct')
              ) as {
                value: unknown;
              } | null
            )?.value
          : g.keys.get(name);
      const va = pick(a) as any;
      const vb = pick(b) as any;
      if (va === vb) continue;
      if (va === null || va === undefined) return clause.nulls === 'LAST' ? 1 : -1;
      if (vb === null || vb === undefined) return clause.nulls === 'LAST' ? -1 : 1;
      const c = va < vb ? -1 : 1;
      return clause.order === 'DESC' ? -c : c;
    }
    return 0;
  });
  list = list.filter((g) => g.records.length > 0 || grouped.length === 0);
  const { slice, offset, pageInfo } = page(list, args, `${object.apiName} aggregate`);
  return {
    edges: slice.map((group, i) => ({ node: group, cursor: encodeCursor(offset + i) })),
    pageInfo,
    totalCount: list.length
  };
}

/** One aggregate function of one field over one group. */
export interface AggregateSource {
  group: Group;
  field: FieldDescribe;
}

export function aggregateValue(src: AggregateSource, kind: string): unknown {
  const { group, field } = src;
  const present = group.records.filter((r) => !isBlank(r[field.apiName]));
  const grouped = group.keys.has(field.apiName);
  const key = group.keys.get(field.apiName);
  const byFunction = group.functions.has(field.apiName);
  switch (kind) {
    case 'value':
      return grouped ? (byFunction ? key : wireValue(field, key)) : null;
    case 'displayValue':
      if (!grouped || byFunction || key === null || key === undefined) return null;
      return field.picklistValues?.find((p) => p.value === key)?.label ?? String(key);
    case 'count':
      return { value: field.apiName === 'Id' ? group.records.length : present.length, displayValue: null };
    case 'countDistinct':
      return { value: new Set(present.map((r) => String(r[field.apiName]))).size, displayValue: null };
    case 'grouping':
      return { value: 0, displayValue: null };
    case 'sum':
    case 'avg': {
      if (present.length === 0) return { value: null, displayValue: null };
      // Multi-currency orgs: currency aggregates are reported in the corporate currency.
      const amounts = present.map((r) =>
        field.type === 'Currency'
          ? toCorporate(Number(r[field.apiName]), r.CurrencyIsoCode as string | undefined, group.money)
          : Number(r[field.apiName])
      );
      const sum = amounts.reduce((a, b) => a + b, 0);
      const value = kind === 'sum' ? sum : sum / amounts.length;
      const display =
        field.type === 'Currency' && kind === 'sum'
          ? new Intl.NumberFormat(group.locale, { style: 'currency', currency: group.money.corporate }).format(value)
          : null;
      return { value, displayValue: display };
    }
    case 'min':
    case 'max': {
      if (present.length === 0) return { value: null, displayValue: null };
      const numeric = ['Currency', 'Double', 'Int', 'Percent'].includes(field.type);
      const sorted = present
        .map((r) => r[field.apiName])
        .sort((a, b) => (numeric ? Number(a) - Number(b) : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
      return { value: wireValue(field, kind === 'min' ? sorted[0] : sorted[sorted.length - 1]), displayValue: null };
    }
    default:
      throw new QueryError(`Unknown aggregate function ${kind}.`);
  }
}
