/**
 * Runs a component's real GraphQL document for the view-as user: parse, drop `@optional` selections the user's
 * schema does not have (the field is then absent from the response, as the UI API does), validate against the
 * user's schema (a non-optional hidden field is a validation error), enforce the subquery limit, execute.
 * Mutations are all-or-none by default: one failing operation rolls the others back.
 */
import {
  parse,
  validate,
  execute,
  visit,
  visitWithTypeInfo,
  TypeInfo,
  GraphQLError,
  getNamedType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
  type ExecutionResult,
  type ASTNode
} from 'graphql';
import type { ExecContext } from './context.ts';
import { UiApiError } from '../records.ts';

export const MAX_SUBQUERIES = 10;

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

const hasOptional = (node: { directives?: readonly { name: { value: string } }[] }): boolean =>
  !!node.directives?.some((d) => d.name.value === 'optional');

/** Removes `@optional` fields and fragments the schema lacks; repeats until nothing changes (nested empties). */
export function stripOptional(doc: DocumentNode, schema: GraphQLSchema): DocumentNode {
  let current = doc;
  for (let pass = 0; pass < 5; pass++) {
    let changed = false;
    const typeInfo = new TypeInfo(schema);
    current = visit(
      current,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          if (hasOptional(node) && !typeInfo.getFieldDef()) {
            changed = true;
            return null;
          }
          return undefined;
        },
        InlineFragment(node) {
          if (hasOptional(node) && node.typeCondition && !schema.getType(node.typeCondition.name.value)) {
            changed = true;
            return null;
          }
          return undefined;
        },
        SelectionSet: {
          leave(node, _key, parent) {
            // A field whose every selection was optional and removed is removed with them.
            if (node.selections.length === 0 && parent && (parent as ASTNode).kind === 'Field') changed = true;
            return undefined;
          }
        }
      })
    );
    current = visit(current, {
      Field(node) {
        return node.selectionSet && node.selectionSet.selections.length === 0 ? null : undefined;
      }
    });
    if (!changed) break;
  }
  return current;
}

/** Child-relationship connections selected inside records (the UI API allows at most 10 per query). */
export function countSubqueries(doc: DocumentNode, schema: GraphQLSchema): number {
  let count = 0;
  const typeInfo = new TypeInfo(schema);
  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const type = typeInfo.getType();
        if (!parent || !type || !isObjectType(parent)) return;
        const named = getNamedType(type);
        const parentIsRecord = parent.getInterfaces().some((i) => i.name === 'Record');
        if (parentIsRecord && named.name.endsWith('Connection')) count++;
      }
    })
  );
  return count;
}

/** graphql-js errors in the UI API's JSON shape. */
function toJsonErrors(errors: readonly GraphQLError[]) {
  return errors.map((e) => {
    const original = e.originalError;
    const extensions: Record<string, unknown> = { ...(e.extensions ?? {}) };
    if (original instanceof UiApiError) {
      extensions.ErrorType = 'RecordError';
      extensions.output = original.body.output;
    } else if (!e.path) extensions.ErrorType = 'ValidationError';
    else extensions.ErrorType = 'DataFetchingException';
    return { message: e.message, locations: e.locations ?? [], path: e.path ?? null, extensions };
  });
}

export function runGraphQL(
  schema: GraphQLSchema,
  request: GraphQLRequest,
  ctx: ExecContext
): { data?: unknown; errors?: ReturnType<typeof toJsonErrors> } {
  let doc: DocumentNode;
  try {
    doc = parse(request.query);
  } catch (error) {
    return { errors: toJsonErrors([error as GraphQLError]) };
  }
  doc = stripOptional(doc, schema);
  const validationErrors = validate(schema, doc);
  if (validationErrors.length) return { errors: toJsonErrors(validationErrors) };
  const subqueries = countSubqueries(doc, schema);
  if (subqueries > MAX_SUBQUERIES)
    return {
      errors: toJsonErrors([
        new GraphQLError(
          `A query can have at most ${MAX_SUBQUERIES} child relationship subqueries (found ${subqueries}).`
        )
      ])
    };
  const isMutation = doc.definitions.some(
    (d) =>
      d.kind === 'OperationDefinition' &&
      d.operation === 'mutation' &&
      (!request.operationName || d.name?.value === request.operationName)
  );
  const savepoint = isMutation ? ctx.store.savepoint() : null;
  let result: ExecutionResult;
  try {
    result = execute({
      schema,
      document: doc,
      variableValues: request.variables ?? undefined,
      operationName: request.operationName ?? undefined,
      contextValue: ctx
    }) as ExecutionResult;
  } finally {
    savepoint?.release();
  }
  if (savepoint && result.errors?.length && allOrNone(doc, request.variables)) {
    savepoint.rollback();
    return { data: null, errors: toJsonErrors(result.errors) };
  }
  return result.errors?.length ? { data: result.data, errors: toJsonErrors(result.errors) } : { data: result.data };
}

/** `mutation { uiapi(input: { allOrNone: false }) { … } }` lets operations succeed independently. */
function allOrNone(doc: DocumentNode, variables: GraphQLRequest['variables']): boolean {
  let value = true;
  visit(doc, {
    Argument(node) {
      if (node.name.value !== 'input') return;
      if (node.value.kind === 'ObjectValue') {
        const field = node.value.fields.find((f) => f.name.value === 'allOrNone');
        if (field?.value.kind === 'BooleanValue') value = field.value.value;
        if (field?.value.kind === 'Variable') value = variables?.[field.value.name.value] !== false;
      }
    }
  });
  return value;
}
