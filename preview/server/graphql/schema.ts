/**
 * A UI-API-shaped GraphQL schema generated from the org describe, with resolvers over the demo org:
 *
 *   query { uiapi { query { Obj(where, orderBy, first, after, upperBound, scope) {
 *     edges { node { Id Field { value displayValue } Lookup__r { Name { value } } Children__r(first) { … } } }
 *     pageInfo { hasNextPage endCursor } totalCount } } } }
 *   query { uiapi { aggregate { Obj(where, groupBy) { edges { node { aggregate { Amount { sum { value } } } } } } } } }
 *   mutation { uiapi { ObjCreate(input: { Obj: { … } }) { Record { Id } } ObjUpdate(…) ObjDelete(…) } }
 *
 * Built once with every object and field (the offline query check validates against that), and once per
 * permission profile without the objects and fields the user may not read: the UI API's schema reflects the
 * user's object and field-level security, so selecting a hidden field fails validation unless it is `@optional`.
 */
import {
  GraphQLSchema,
  GraphQLObjectType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLScalarType,
  GraphQLEnumType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLString,
  GraphQLBoolean,
  GraphQLInt,
  GraphQLFloat,
  GraphQLID,
  GraphQLDirective,
  DirectiveLocation,
  Kind,
  specifiedDirectives,
  type GraphQLFieldConfigMap,
  type GraphQLInputFieldConfigMap,
  type GraphQLOutputType,
  type GraphQLInputType,
  type GraphQLFieldConfigArgumentMap,
  type ValueNode
} from 'graphql';
import type { FieldDescribe, FieldType, ObjectDescribe, OrgDescribe } from '../metadata/describe.ts';
import type { EffectiveAccess } from '../metadata/permissions.ts';
import type { SfRecord } from '../data/store.ts';
import { DATE_LITERALS, DATE_RANGE_FIELDS } from './dates.ts';
import type { ExecContext } from './context.ts';
import {
  resolveConnection,
  resolveAggregate,
  resolveParent,
  valueField,
  aggregateValue,
  type AggregateSource
} from './resolvers.ts';

export interface RecordNode {
  object: string;
  record: SfRecord;
}

function literalValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.FLOAT:
      return Number.parseFloat(node.value);
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalValue);
    default:
      return undefined;
  }
}

function scalar(name: string, description: string): GraphQLScalarType {
  return new GraphQLScalarType({
    name,
    description,
    serialize: (v) => v,
    parseValue: (v) => v,
    parseLiteral: (node) => literalValue(node)
  });
}

/** Per field type: the value wrapper type, its scalar, and the filter operator type. */
interface TypeInfo {
  value: string;
  scalar: string;
  operators: string | null;
  aggregate: string;
  numeric: boolean;
}

const TYPE_INFO: Record<FieldType, TypeInfo> = {
  Id: { value: 'IDValue', scalar: 'ID', operators: 'IDOperators', aggregate: 'IDAggregate', numeric: false },
  Reference: { value: 'IDValue', scalar: 'ID', operators: 'IDOperators', aggregate: 'IDAggregate', numeric: false },
  String: {
    value: 'StringValue',
    scalar: 'String',
    operators: 'StringOperators',
    aggregate: 'StringAggregate',
    numeric: false
  },
  TextArea: {
    value: 'TextAreaValue',
    scalar: 'TextArea',
    operators: 'TextAreaOperators',
    aggregate: 'TextAreaAggregate',
    numeric: false
  },
  LongTextArea: {
    value: 'LongTextAreaValue',
    scalar: 'LongTextArea',
    operators: null,
    aggregate: 'LongTextAreaAggregate',
    numeric: false
  },
  Email: {
    value: 'EmailValue',
    scalar: 'Email',
    operators: 'EmailOperators',
    aggregate: 'EmailAggregate',
    numeric: false
  },
  Phone: {
    value: 'PhoneNumberValue',
    scalar: 'PhoneNumber',
    operators: 'PhoneNumberOperators',
    aggregate: 'PhoneNumberAggregate',
    numeric: false
  },
  Url: { value: 'UrlValue', scalar: 'Url', operators: 'UrlOperators', aggregate: 'UrlAggregate', numeric: false },
  Picklist: {
    value: 'PicklistValue',
    scalar: 'Picklist',
    operators: 'PicklistOperators',
    aggregate: 'PicklistAggregate',
    numeric: false
  },
  MultiPicklist: {
    value: 'MultiPicklistValue',
    scalar: 'MultiPicklist',
    operators: 'MultiPicklistOperators',
    aggregate: 'MultiPicklistAggregate',
    numeric: false
  },
  Boolean: {
    value: 'BooleanValue',
    scalar: 'Boolean',
    operators: 'BooleanOperators',
    aggregate: 'BooleanAggregate',
    numeric: false
  },
  Currency: {
    value: 'CurrencyValue',
    scalar: 'Currency',
    operators: 'CurrencyOperators',
    aggregate: 'CurrencyAggregate',
    numeric: true
  },
  Double: {
    value: 'DoubleValue',
    scalar: 'Double',
    operators: 'DoubleOperators',
    aggregate: 'DoubleAggregate',
    numeric: true
  },
  Int: { value: 'IntValue', scalar: 'Int', operators: 'IntegerOperators', aggregate: 'IntAggregate', numeric: true },
  Percent: {
    value: 'PercentValue',
    scalar: 'Percent',
    operators: 'PercentOperators',
    aggregate: 'PercentAggregate',
    numeric: true
  },
  Date: { value: 'DateValue', scalar: 'Date', operators: 'DateOperators', aggregate: 'DateAggregate', numeric: false },
  DateTime: {
    value: 'DateTimeValue',
    scalar: 'DateTime',
    operators: 'DateTimeOperators',
    aggregate: 'DateTimeAggregate',
    numeric: false
  },
  Time: { value: 'TimeValue', scalar: 'Time', operators: 'TimeOperators', aggregate: 'TimeAggregate', numeric: false }
};

const CUSTOM_SCALARS = [
  'Date',
  'DateTime',
  'Time',
  'Currency',
  'Double',
  'Long',
  'Percent',
  'Email',
  'PhoneNumber',
  'Url',
  'TextArea',
  'LongTextArea',
  'Picklist',
  'MultiPicklist',
  'IdOrRef',
  'JSON'
];

/** The `@optional` directive (API v65+): the field is left out of the response when the user cannot read it. */
export const OPTIONAL_DIRECTIVE = new GraphQLDirective({
  name: 'optional',
  description: 'Omit this field from the response instead of failing when the user cannot access it.',
  locations: [DirectiveLocation.FIELD, DirectiveLocation.INLINE_FRAGMENT]
});

const CATEGORY_DIRECTIVE = new GraphQLDirective({
  name: 'category',
  description: 'Declares the Salesforce type category of a variable (UI API).',
  locations: [DirectiveLocation.VARIABLE_DEFINITION],
  args: { name: { type: GraphQLString } }
});

class SchemaBuilder {
  private readonly scalars = new Map<string, GraphQLScalarType>();
  private readonly outputs = new Map<string, GraphQLObjectType | GraphQLInterfaceType>();
  private readonly inputs = new Map<string, GraphQLInputObjectType>();
  private readonly enums = new Map<string, GraphQLEnumType>();
  private readonly objects: ObjectDescribe[];

  constructor(
    private readonly describe: OrgDescribe,
    private readonly access?: EffectiveAccess
  ) {
    this.objects = [...describe.objects.values()]
      .filter((o) => !access || access.object(o.apiName).read)
      .sort((a, b) => a.apiName.localeCompare(b.apiName));
    for (const s of CUSTOM_SCALARS) this.scalars.set(s, scalar(s, `Salesforce ${s} values.`));
  }

  private readable(object: ObjectDescribe, field: FieldDescribe): boolean {
    return !this.access || this.access.field(object.apiName, field.apiName).read;
  }

  private has(objectName: string): boolean {
    return this.objects.some((o) => o.apiName === objectName);
  }

  scalarType(name: string): GraphQLScalarType {
    if (name === 'ID') return GraphQLID;
    if (name === 'String') return GraphQLString;
    if (name === 'Boolean') return GraphQLBoolean;
    if (name === 'Int') return GraphQLInt;
    if (name === 'Float') return GraphQLFloat;
    return this.scalars.get(name)!;
  }

  private enumType(name: string, values: string[]): GraphQLEnumType {
    if (!this.enums.has(name))
      this.enums.set(
        name,
        new GraphQLEnumType({ name, values: Object.fromEntries(values.map((v) => [v, { value: v }])) })
      );
    return this.enums.get(name)!;
  }

  /** `StringValue { value displayValue label }` and friends. */
  valueType(info: TypeInfo): GraphQLObjectType {
    const existing = this.outputs.get(info.value);
    if (existing) return existing as GraphQLObjectType;
    const fields: GraphQLFieldConfigMap<unknown, ExecContext> = {
      value: { type: this.scalarType(info.scalar) },
      displayValue: { type: GraphQLString }
    };
    if (['PicklistValue', 'StringValue', 'MultiPicklistValue'].includes(info.value))
      fields.label = { type: GraphQLString };
    if (info.numeric || ['DateValue', 'DateTimeValue', 'TimeValue'].includes(info.value))
      fields.format = { type: GraphQLString };
    const type = new GraphQLObjectType({ name: info.value, fields });
    this.outputs.set(info.value, type);
    return type;
  }

  private longValueType(): GraphQLObjectType {
    return this.valueType({ value: 'LongValue', scalar: 'Long', operators: null, aggregate: '', numeric: true });
  }

  private aggregateType(field: FieldDescribe): GraphQLObjectType {
    const info = TYPE_INFO[field.type];
    const existing = this.outputs.get(info.aggregate);
    if (existing) return existing as GraphQLObjectType;
    const value = this.valueType(info);
    const fields: GraphQLFieldConfigMap<AggregateSource, ExecContext> = {
      value: { type: this.scalarType(info.scalar), resolve: (src) => aggregateValue(src, 'value') },
      displayValue: { type: GraphQLString, resolve: (src) => aggregateValue(src, 'displayValue') },
      count: { type: this.longValueType(), resolve: (src) => aggregateValue(src, 'count') },
      countDistinct: { type: this.longValueType(), resolve: (src) => aggregateValue(src, 'countDistinct') },
      grouping: { type: this.valueType(TYPE_INFO.Int), resolve: (src) => aggregateValue(src, 'grouping') }
    };
    if (field.type !== 'Boolean' && field.type !== 'LongTextArea' && field.type !== 'MultiPicklist') {
      fields.max = { type: value, resolve: (src) => aggregateValue(src, 'max') };
      fields.min = { type: value, resolve: (src) => aggregateValue(src, 'min') };
    }
    if (info.numeric) {
      fields.sum = { type: value, resolve: (src) => aggregateValue(src, 'sum') };
      fields.avg = { type: this.valueType(TYPE_INFO.Double), resolve: (src) => aggregateValue(src, 'avg') };
    }
    const type = new GraphQLObjectType({ name: info.aggregate, fields });
    this.outputs.set(info.aggregate, type);
    return type;
  }

  private operatorsType(field: FieldDescribe): GraphQLInputObjectType | null {
    const info = TYPE_INFO[field.type];
    if (!info.operators || !field.filterable) return null;
    const existing = this.inputs.get(info.operators);
    if (existing) return existing;
    let operand: GraphQLInputType = this.scalarType(info.scalar);
    if (field.type === 'Date' || field.type === 'DateTime') operand = this.dateInput(field.type);
    const ops: GraphQLInputFieldConfigMap = {};
    if (field.type === 'MultiPicklist') {
      ops.eq = { type: operand };
      ops.ne = { type: operand };
      ops.includes = { type: new GraphQLList(operand) };
      ops.excludes = { type: new GraphQLList(operand) };
    } else {
      for (const op of ['eq', 'ne']) ops[op] = { type: operand };
      if (field.type !== 'Boolean') {
        for (const op of ['lt', 'gt', 'lte', 'gte']) ops[op] = { type: operand };
        ops.in = { type: new GraphQLList(operand) };
        ops.nin = { type: new GraphQLList(operand) };
      }
      if (['String', 'TextArea', 'Email', 'Phone', 'Url', 'Picklist'].includes(field.type))
        ops.like = { type: this.scalarType(info.scalar) };
    }
    const type = new GraphQLInputObjectType({ name: info.operators, fields: ops });
    this.inputs.set(info.operators, type);
    return type;
  }

  private dateInput(kind: 'Date' | 'DateTime'): GraphQLInputObjectType {
    const name = `${kind}Input`;
    if (!this.inputs.has('DateRange'))
      this.inputs.set(
        'DateRange',
        new GraphQLInputObjectType({
          name: 'DateRange',
          fields: Object.fromEntries(DATE_RANGE_FIELDS.map((f) => [f, { type: GraphQLInt }]))
        })
      );
    if (!this.inputs.has(name))
      this.inputs.set(
        name,
        new GraphQLInputObjectType({
          name,
          fields: {
            value: { type: this.scalarType(kind) },
            literal: { type: this.enumType('DateLiteral', DATE_LITERALS) },
            range: { type: this.inputs.get('DateRange')! }
          }
        })
      );
    return this.inputs.get(name)!;
  }

  /** Relationship target when it is a single object in the schema; polymorphic lookups resolve to `Record`. */
  private parentOf(field: FieldDescribe): ObjectDescribe | 'polymorphic' | null {
    const targets = (field.referenceTo ?? []).filter((t) => this.describe.objects.has(t));
    if ((field.referenceTo ?? []).length > 1) return targets.some((t) => this.has(t)) ? 'polymorphic' : null;
    return targets[0] && this.has(targets[0]) ? this.describe.objects.get(targets[0])! : null;
  }

  recordInterface(): GraphQLInterfaceType {
    const existing = this.outputs.get('Record');
    if (existing) return existing as GraphQLInterfaceType;
    const iface = new GraphQLInterfaceType({
      name: 'Record',
      fields: () => ({
        Id: { type: new GraphQLNonNull(GraphQLID) },
        ApiName: { type: new GraphQLNonNull(GraphQLString) },
        WeakEtag: { type: new GraphQLNonNull(this.scalarType('Long')) },
        DisplayValue: { type: GraphQLString },
        CreatedDate: { type: this.valueType(TYPE_INFO.DateTime) },
        LastModifiedDate: { type: this.valueType(TYPE_INFO.DateTime) },
        SystemModstamp: { type: this.valueType(TYPE_INFO.DateTime) },
        CreatedById: { type: this.valueType(TYPE_INFO.Reference) },
        LastModifiedById: { type: this.valueType(TYPE_INFO.Reference) }
      }),
      resolveType: (node: RecordNode) => node.object
    });
    this.outputs.set('Record', iface);
    return iface;
  }

  pageInfo(): GraphQLObjectType {
    if (!this.outputs.has('PageInfo'))
      this.outputs.set(
        'PageInfo',
        new GraphQLObjectType({
          name: 'PageInfo',
          fields: {
            hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
            hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean) },
            startCursor: { type: GraphQLString },
            endCursor: { type: GraphQLString }
          }
        })
      );
    return this.outputs.get('PageInfo') as GraphQLObjectType;
  }

  filterType(object: ObjectDescribe): GraphQLInputObjectType {
    const name = `${object.apiName}_Filter`;
    if (this.inputs.has(name)) return this.inputs.get(name)!;
    const type: GraphQLInputObjectType = new GraphQLInputObjectType({
      name,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = {
          and: { type: new GraphQLList(type) },
          or: { type: new GraphQLList(type) },
          not: { type }
        };
        for (const f of object.fields.values()) {
          if (!this.readable(object, f)) continue;
          const ops = this.operatorsType(f);
          if (ops) fields[f.apiName] = { type: ops };
          const parent = f.relationshipName ? this.parentOf(f) : null;
          if (parent && parent !== 'polymorphic') fields[f.relationshipName!] = { type: this.filterType(parent) };
        }
        return fields;
      }
    });
    this.inputs.set(name, type);
    return type;
  }

  orderByType(object: ObjectDescribe): GraphQLInputObjectType {
    const name = `${object.apiName}_OrderBy`;
    if (this.inputs.has(name)) return this.inputs.get(name)!;
    const clause =
      this.inputs.get('OrderByClause') ??
      new GraphQLInputObjectType({
        name: 'OrderByClause',
        fields: {
          order: { type: this.enumType('ResultOrder', ['ASC', 'DESC']) },
          nulls: { type: this.enumType('NullOrder', ['FIRST', 'LAST']) }
        }
      });
    this.inputs.set('OrderByClause', clause);
    const type = new GraphQLInputObjectType({
      name,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = {};
        for (const f of object.fields.values()) {
          if (!this.readable(object, f)) continue;
          if (f.sortable) fields[f.apiName] = { type: clause };
          const parent = f.relationshipName ? this.parentOf(f) : null;
          if (parent && parent !== 'polymorphic') fields[f.relationshipName!] = { type: this.orderByType(parent) };
        }
        return fields;
      }
    });
    this.inputs.set(name, type);
    return type;
  }

  connectionArgs(object: ObjectDescribe, withScope: boolean): GraphQLFieldConfigArgumentMap {
    const args: GraphQLFieldConfigArgumentMap = {
      first: { type: GraphQLInt },
      after: { type: GraphQLString },
      where: { type: this.filterType(object) },
      orderBy: { type: this.orderByType(object) },
      upperBound: { type: GraphQLInt }
    };
    if (withScope) args.scope = { type: this.enumType(`${object.apiName}Scope`, ['EVERYTHING', 'MINE']) };
    return args;
  }

  connectionType(object: ObjectDescribe): GraphQLObjectType {
    const name = `${object.apiName}Connection`;
    if (this.outputs.has(name)) return this.outputs.get(name) as GraphQLObjectType;
    const edge = new GraphQLObjectType({
      name: `${object.apiName}Edge`,
      fields: () => ({ node: { type: this.objectType(object) }, cursor: { type: new GraphQLNonNull(GraphQLString) } })
    });
    const type = new GraphQLObjectType({
      name,
      fields: () => ({
        edges: { type: new GraphQLList(edge) },
        pageInfo: { type: new GraphQLNonNull(this.pageInfo()) },
        totalCount: { type: new GraphQLNonNull(GraphQLInt) },
        pageResultCount: { type: new GraphQLNonNull(GraphQLInt) }
      })
    });
    this.outputs.set(name, type);
    return type;
  }

  objectType(object: ObjectDescribe): GraphQLObjectType {
    const existing = this.outputs.get(object.apiName);
    if (existing) return existing as GraphQLObjectType;
    const type = new GraphQLObjectType<RecordNode, ExecContext>({
      name: object.apiName,
      interfaces: () => [this.recordInterface()],
      fields: () => {
        const fields: GraphQLFieldConfigMap<RecordNode, ExecContext> = {
          Id: { type: new GraphQLNonNull(GraphQLID), resolve: (n) => n.record.Id },
          ApiName: { type: new GraphQLNonNull(GraphQLString), resolve: (n) => n.object },
          WeakEtag: {
            type: new GraphQLNonNull(this.scalarType('Long')),
            resolve: (n) => Date.parse(String(n.record.SystemModstamp ?? n.record.LastModifiedDate ?? 0)) || 0
          },
          DisplayValue: {
            type: GraphQLString,
            resolve: (n) => (n.record.Name as string | undefined) ?? null
          }
        };
        for (const f of object.fields.values()) {
          if (f.apiName === 'Id' || !this.readable(object, f)) continue;
          fields[f.apiName] = {
            type: this.valueType(TYPE_INFO[f.type]),
            resolve: (n, _a, ctx) => valueField(n, f, ctx)
          };
          const parent = f.relationshipName ? this.parentOf(f) : null;
          if (parent)
            fields[f.relationshipName!] = {
              type: parent === 'polymorphic' ? this.recordInterface() : this.objectType(parent),
              resolve: (n, _a, ctx) => resolveParent(n, f, ctx)
            };
        }
        for (const rel of object.childRelationships) {
          const child = this.describe.objects.get(rel.childObject);
          if (!child || !this.has(child.apiName)) continue;
          const childField = child.fields.get(rel.field);
          if (!childField || !this.readable(child, childField)) continue;
          fields[rel.relationshipName] = {
            type: this.connectionType(child),
            args: this.connectionArgs(child, false),
            resolve: (n, args, ctx, info) =>
              resolveConnection(child, args, ctx, info, { field: rel.field, parentId: n.record.Id })
          };
        }
        return fields;
      }
    });
    this.outputs.set(object.apiName, type);
    return type;
  }

  aggregateConnection(object: ObjectDescribe): GraphQLObjectType {
    const aggregate = new GraphQLObjectType({
      name: `${object.apiName}_Aggregate`,
      fields: () => {
        const fields: GraphQLFieldConfigMap<unknown, ExecContext> = {};
        for (const f of object.fields.values()) {
          if (!this.readable(object, f)) continue;
          fields[f.apiName] = {
            type: this.aggregateType(f),
            resolve: (group: any) => ({ group, field: f })
          };
        }
        return fields;
      }
    });
    const result = new GraphQLObjectType({
      name: `${object.apiName}_AggregateResult`,
      fields: { aggregate: { type: aggregate, resolve: (group) => group } }
    });
    const edge = new GraphQLObjectType({
      name: `${object.apiName}AggregateEdge`,
      fields: { node: { type: result }, cursor: { type: new GraphQLNonNull(GraphQLString) } }
    });
    return new GraphQLObjectType({
      name: `${object.apiName}AggregateConnection`,
      fields: {
        edges: { type: new GraphQLList(edge) },
        pageInfo: { type: new GraphQLNonNull(this.pageInfo()) },
        totalCount: { type: new GraphQLNonNull(GraphQLInt) }
      }
    });
  }

  groupByType(object: ObjectDescribe): GraphQLInputObjectType {
    const clause =
      this.inputs.get('GroupByClause') ??
      new GraphQLInputObjectType({
        name: 'GroupByClause',
        fields: {
          group: { type: GraphQLBoolean },
          function: {
            type: this.enumType('GroupByFunction', [
              'CALENDAR_MONTH',
              'CALENDAR_QUARTER',
              'CALENDAR_YEAR',
              'DAY_ONLY',
              'FISCAL_QUARTER',
              'FISCAL_YEAR'
            ])
          }
        }
      });
    this.inputs.set('GroupByClause', clause);
    const fields: GraphQLInputFieldConfigMap = {
      type: { type: this.enumType('GroupByType', ['GROUP_BY', 'ROLLUP', 'CUBE']) }
    };
    for (const f of object.fields.values())
      if (this.readable(object, f) && (f.groupable || f.type === 'Date')) fields[f.apiName] = { type: clause };
    return new GraphQLInputObjectType({ name: `${object.apiName}_GroupBy`, fields });
  }

  aggregateOrderByType(object: ObjectDescribe): GraphQLInputObjectType {
    const clause =
      this.inputs.get('AggregateOrderByClause') ??
      new GraphQLInputObjectType({
        name: 'AggregateOrderByClause',
        fields: {
          order: { type: this.enumType('ResultOrder', ['ASC', 'DESC']) },
          nulls: { type: this.enumType('NullOrder', ['FIRST', 'LAST']) },
          function: {
            type: this.enumType('AggregateOrderByFunction', ['AVG', 'COUNT', 'COUNT_DISTINCT', 'MAX', 'MIN', 'SUM'])
          }
        }
      });
    this.inputs.set('AggregateOrderByClause', clause);
    const fields: GraphQLInputFieldConfigMap = {};
    for (const f of object.fields.values())
      if (this.readable(object, f) && f.sortable) fields[f.apiName] = { type: clause };
    return new GraphQLInputObjectType({ name: `${object.apiName}_AggregateOrderBy`, fields });
  }

  mutationFields(object: ObjectDescribe): GraphQLFieldConfigMap<unknown, ExecContext> {
    const representation = (mode: 'Create' | 'Update'): GraphQLInputObjectType => {
      const fields: GraphQLInputFieldConfigMap = {};
      for (const f of object.fields.values()) {
        const writable = mode === 'Create' ? f.createable : f.updateable;
        if (!writable || f.apiName === 'Id' || !this.readable(object, f)) continue;
        const info = TYPE_INFO[f.type];
        fields[f.apiName] = { type: info.scalar === 'ID' ? this.scalarType('IdOrRef') : this.scalarType(info.scalar) };
      }
      return new GraphQLInputObjectType({ name: `${object.apiName}${mode}Representation`, fields });
    };
    const create = new GraphQLInputObjectType({
      name: `${object.apiName}CreateInput`,
      fields: { [object.apiName]: { type: new GraphQLNonNull(representation('Create')) } }
    });
    const update = new GraphQLInputObjectType({
      name: `${object.apiName}UpdateInput`,
      fields: {
        Id: { type: new GraphQLNonNull(this.scalarType('IdOrRef')) },
        [object.apiName]: { type: new GraphQLNonNull(representation('Update')) }
      }
    });
    const payload = (mode: string, extra: GraphQLFieldConfigMap<any, ExecContext> = {}) =>
      new GraphQLObjectType({
        name: `${object.apiName}${mode}Payload`,
        fields: { Record: { type: this.objectType(object) }, ...extra }
      });
    const deleteInput =
      this.inputs.get('RecordDeleteInput') ??
      new GraphQLInputObjectType({
        name: 'RecordDeleteInput',
        fields: { Id: { type: new GraphQLNonNull(this.scalarType('IdOrRef')) } }
      });
    this.inputs.set('RecordDeleteInput', deleteInput);
    const deletePayload =
      (this.outputs.get('RecordDeletePayload') as GraphQLObjectType | undefined) ??
      new GraphQLObjectType({ name: 'RecordDeletePayload', fields: { Id: { type: GraphQLID } } });
    this.outputs.set('RecordDeletePayload', deletePayload);
    const node = (id: string, ctx: ExecContext): RecordNode => ({ object: object.apiName, record: ctx.store.get(id)! });
    return {
      [`${object.apiName}Create`]: {
        type: payload('Create'),
        args: { input: { type: new GraphQLNonNull(create) } },
        resolve: (_s, args, ctx) => {
          const saved = ctx.writer.create(object.apiName, args.input[object.apiName] as Record<string, unknown>);
          return { Record: node(saved.Id, ctx) };
        }
      },
      [`${object.apiName}Update`]: {
        type: payload('Update', { success: { type: GraphQLBoolean } }),
        args: { input: { type: new GraphQLNonNull(update) } },
        resolve: (_s, args, ctx) => {
          const saved = ctx.writer.update(String(args.input.Id), args.input[object.apiName] as Record<string, unknown>);
          return { success: true, Record: node(saved.Id, ctx) };
        }
      },
      [`${object.apiName}Delete`]: {
        type: deletePayload,
        args: { input: { type: new GraphQLNonNull(deleteInput) } },
        resolve: (_s, args, ctx) => {
          ctx.writer.remove(String(args.input.Id));
          return { Id: args.input.Id };
        }
      }
    };
  }

  build(): GraphQLSchema {
    const recordQuery = new GraphQLObjectType({
      name: 'RecordQuery',
      fields: () =>
        Object.fromEntries(
          this.objects.map((o) => [
            o.apiName,
            {
              type: this.connectionType(o),
              args: this.connectionArgs(o, true),
              resolve: (_s: unknown, args: any, ctx: ExecContext, info: any) => resolveConnection(o, args, ctx, info)
            }
          ])
        )
    });
    const recordAggregate = new GraphQLObjectType({
      name: 'RecordQueryAggregate',
      fields: () =>
        Object.fromEntries(
          this.objects.map((o) => [
            o.apiName,
            {
              type: this.aggregateConnection(o),
              args: {
                first: { type: GraphQLInt },
                after: { type: GraphQLString },
                where: { type: this.filterType(o) },
                groupBy: { type: this.groupByType(o) },
                orderBy: { type: this.aggregateOrderByType(o) },
                scope: { type: this.enumType(`${o.apiName}Scope`, ['EVERYTHING', 'MINE']) }
              },
              resolve: (_s: unknown, args: any, ctx: ExecContext) => resolveAggregate(o, args, ctx)
            }
          ])
        )
    });
    const uiapi = new GraphQLObjectType({
      name: 'UIAPI',
      fields: {
        query: { type: new GraphQLNonNull(recordQuery), resolve: () => ({}) },
        aggregate: { type: new GraphQLNonNull(recordAggregate), resolve: () => ({}) }
      }
    });
    const mutations = new GraphQLObjectType({
      name: 'UIAPIMutations',
      fields: () => Object.assign({}, ...this.objects.map((o) => this.mutationFields(o)))
    });
    const mutationInput = new GraphQLInputObjectType({
      name: 'UIAPIMutationsInput',
      fields: { allOrNone: { type: GraphQLBoolean, defaultValue: true } }
    });
    return new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { uiapi: { type: new GraphQLNonNull(uiapi), resolve: () => ({}) } }
      }),
      mutation: new GraphQLObjectType({
        name: 'Mutation',
        fields: {
          uiapi: {
            type: new GraphQLNonNull(mutations),
            args: { input: { type: mutationInput } },
            resolve: () => ({})
          }
        }
      }),
      // Every object type must be reachable for `... on User` fragments on polymorphic lookups.
      types: this.objects.map((o) => this.objectType(o)) as GraphQLOutputType[] as GraphQLObjectType[],
      directives: [...specifiedDirectives, OPTIONAL_DIRECTIVE, CATEGORY_DIRECTIVE]
    });
  }
}

/** The schema for everyone (`access` undefined) or for one permission profile. */
export function buildUiApiSchema(describe: OrgDescribe, access?: EffectiveAccess): GraphQLSchema {
  return new SchemaBuilder(describe, access).build();
}
