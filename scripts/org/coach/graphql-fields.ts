/**
 * Which object fields the components' GraphQL queries read, so a test can hold the `coach` CLI's SOQL field
 * list (fields.ts) to the same data: a field the UI reads for the engine but the CLI does not (or the reverse)
 * means the terminal and the screen compute from different records.
 *
 * The documents are read the way the platform reads them:
 * - every gql`…` template in the package's TypeScript, with each `${…}` resolved to its text: a constant or
 *   gql fragment of the same module, or one imported from another module (`c/bundle` or a relative path).
 *   An interpolation that cannot be resolved is an error, never dropped, since its fragment may hold fields;
 * - parsed with graphql-js and walked with the UI-API schema the offline query check validates against, so
 *   fragment spreads, inline fragments, parent relationships (`Owner { Name }` reads Opportunity.OwnerId and
 *   User.Name), child relationships and aggregates (`aggregate { Amount { sum { value } } }`) are placed on
 *   the object whose field they are. A selection the schema cannot place is reported, not skipped.
 * Only selections count: a field used in a `where` filter is not read into the engine.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import {
  parse,
  visit,
  visitWithTypeInfo,
  TypeInfo,
  Kind,
  getNamedType,
  type DocumentNode,
  type GraphQLSchema
} from 'graphql';
import { walk, packageDirectories, findLwcBundles, PROJECT_ROOT } from '../../lib/project.ts';
import { readOrgDescribe, type OrgDescribe } from '../../../preview/server/metadata/describe.ts';
import { buildUiApiSchema } from '../../../preview/server/graphql/schema.ts';
import type { ObjectFields } from './fields.ts';

export interface GqlTemplate {
  /** Path relative to the source root, and the line of the template. */
  file: string;
  line: number;
  text: string;
}

/** A source problem the check must not skip: an unresolvable interpolation, a syntax error, an unplaced field. */
export class GraphqlSyncError extends Error {}

type Resolved = string | null;

/** Reads and resolves the gql templates of TypeScript modules, following imports between them. */
class TemplateReader {
  private readonly modules = new Map<string, ts.SourceFile>();
  private readonly bundles: Map<string, string>;

  constructor(private readonly root: string) {
    this.bundles = new Map(findLwcBundles(root).map((b) => [b.name, b.dir]));
  }

  private module(file: string): ts.SourceFile {
    let sf = this.modules.get(file);
    if (!sf) {
      sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      this.modules.set(file, sf);
    }
    return sf;
  }

  /** `c/bundle` → the bundle's main module; `./x` → a sibling module; anything else is outside the package. */
  private modulePath(from: string, specifier: string): string | null {
    const bundle = /^c\/(\w+)$/.exec(specifier);
    if (bundle) {
      const dir = this.bundles.get(bundle[1]);
      return dir && existsSync(join(dir, `${bundle[1]}.ts`)) ? join(dir, `${bundle[1]}.ts`) : null;
    }
    if (!specifier.startsWith('.')) return null;
    const base = resolve(dirname(from), specifier);
    return [base, `${base}.ts`, join(base, 'index.ts')].find((p) => p.endsWith('.ts') && existsSync(p)) ?? null;
  }

  /** The expression a module-level name stands for, following imports into other modules. */
  private binding(file: string, name: string, depth: number): { file: string; expr: ts.Expression } | null {
    if (depth > 8) return null;
    const sf = this.module(file);
    for (const statement of sf.statements) {
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return { file, expr: d.initializer };
      }
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const named = statement.importClause?.namedBindings;
        if (!named || !ts.isNamedImports(named)) continue;
        const spec = named.elements.find((e) => e.name.text === name);
        if (!spec) continue;
        const target = this.modulePath(file, statement.moduleSpecifier.text);
        return target ? this.binding(target, (spec.propertyName ?? spec.name).text, depth + 1) : null;
      }
      if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        const spec = statement.exportClause.elements.find((e) => e.name.text === name);
        if (!spec) continue;
        const local = (spec.propertyName ?? spec.name).text;
        if (!statement.moduleSpecifier) return this.binding(file, local, depth + 1);
        if (!ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const target = this.modulePath(file, statement.moduleSpecifier.text);
        return target ? this.binding(target, local, depth + 1) : null;
      }
    }
    return null;
  }

  private resolveExpression(file: string, expr: ts.Expression, depth: number): Resolved {
    if (depth > 12) return null;
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
    if (ts.isTemplateExpression(expr)) return this.templateText(file, expr, depth + 1);
    if (ts.isTaggedTemplateExpression(expr) && expr.tag.getText() === 'gql')
      return ts.isNoSubstitutionTemplateLiteral(expr.template)
        ? expr.template.text
        : this.templateText(file, expr.template, depth + 1);
    if (ts.isAsExpression(expr) || ts.isParenthesizedExpression(expr) || ts.isSatisfiesExpression(expr))
      return this.resolveExpression(file, expr.expression, depth);
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.resolveExpression(file, expr.left, depth + 1);
      const right = this.resolveExpression(file, expr.right, depth + 1);
      return left === null || right === null ? null : left + right;
    }
    if (ts.isIdentifier(expr)) {
      const bound = this.binding(file, expr.text, 0);
      return bound ? this.resolveExpression(bound.file, bound.expr, depth + 1) : null;
    }
    return null;
  }

  private templateText(file: string, template: ts.TemplateExpression, depth: number): Resolved {
    let text = template.head.text;
    for (const span of template.templateSpans) {
      const value = this.resolveExpression(file, span.expression, depth);
      if (value === null) {
        const sf = this.module(file);
        const line = sf.getLineAndCharacterOfPosition(span.expression.getStart(sf)).line + 1;
        throw new GraphqlSyncError(
          `${relative(this.root, file)}:${line}: cannot resolve \${${span.expression.getText(sf)}} in a gql template; interpolate only constants or gql fragments (of this module or imported), and pass data through variables`
        );
      }
      text += value + span.literal.text;
    }
    return text;
  }

  /** The gql`…` templates of one module, interpolations resolved. */
  templates(file: string): GqlTemplate[] {
    const sf = this.module(file);
    const out: GqlTemplate[] = [];
    const visitNode = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'gql') {
        const line = sf.getLineAndCharacterOfPosition(node.template.getStart(sf)).line + 1;
        const text = this.resolveExpression(file, node, 0)!;
        out.push({ file: relative(this.root, file), line, text });
      }
      ts.forEachChild(node, visitNode);
    };
    visitNode(sf);
    return out;
  }
}

/** Every gql template in the package directories of `root` (tests and type declarations left out). */
export function gqlTemplates(root: string = PROJECT_ROOT): GqlTemplate[] {
  const reader = new TemplateReader(root);
  return packageDirectories(root)
    .flatMap((dir) => walk(dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !/[\\/]__tests__[\\/]/.test(f))
    .filter((f) => /\bgql\s*`/.test(readFileSync(f, 'utf8')))
    .flatMap((f) => reader.templates(f));
}

/** Object → field → the documents that read it. */
export type FieldReads = Map<string, Map<string, Set<string>>>;

/** Meta fields every record type has; not object fields. */
const RECORD_META = new Set(['Id', 'ApiName', 'WeakEtag', 'DisplayValue', '__typename']);

/**
 * The object fields one document selects, placed with the schema: fields of a record type, of an aggregate
 * record (`Opportunity_Aggregate`), and lookups named through their parent relationship. `unplaced` lists
 * selections on a record type that are neither (a polymorphic parent, a field the describe lacks), and
 * fragment spreads the document does not define.
 */
export function fieldsReadByDocument(
  document: DocumentNode,
  schema: GraphQLSchema,
  describe: OrgDescribe,
  source: string,
  into: FieldReads = new Map()
): { reads: FieldReads; unplaced: string[] } {
  const unplaced: string[] = [];
  const add = (object: string, field: string): void => {
    const fields = into.get(object) ?? new Map<string, Set<string>>();
    fields.set(field, (fields.get(field) ?? new Set()).add(source));
    into.set(object, fields);
  };
  const fragments = new Set(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => d.name.value)
  );
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      FragmentSpread(node) {
        if (!fragments.has(node.name.value)) unplaced.push(`...${node.name.value} (fragment not in the document)`);
      },
      Field(node) {
        const name = node.name.value;
        const parent = typeInfo.getParentType();
        if (!parent) {
          unplaced.push(`${name} (no type in the schema)`);
          return;
        }
        const aggregate = /^(.+)_Aggregate$/.exec(parent.name);
        const object = describe.objects.get(aggregate ? aggregate[1] : parent.name);
        if (!object) {
          // Structure (uiapi, query, edges, node, pageInfo, value…) or the polymorphic Record interface.
          if (parent.name === 'Record' && !RECORD_META.has(name)) unplaced.push(`Record.${name} (polymorphic parent)`);
          return;
        }
        if (RECORD_META.has(name)) return;
        if (object.fields.has(name)) return add(object.apiName, name);
        const lookup = [...object.fields.values()].find((f) => f.relationshipName === name);
        if (lookup) return add(object.apiName, lookup.apiName);
        if (object.childRelationships.some((c) => c.relationshipName === name)) return;
        const type = typeInfo.getType();
        unplaced.push(`${object.apiName}.${name}${type ? ` (${getNamedType(type).name})` : ''}`);
      }
    })
  );
  return { reads: into, unplaced };
}

export interface ComponentReads {
  /** `file:line operationName` of every operation found. */
  operations: string[];
  reads: FieldReads;
}

/**
 * The fields every component query reads. `sourceRoot` holds the package's TypeScript, `schemaRoot` the object
 * metadata the schema is built from (tests plant sources in a temporary folder and keep the real schema).
 * Throws when a template cannot be resolved or parsed, when a selection cannot be placed, and when no query
 * is found at all: a check that finds nothing must not pass.
 */
export function componentQueryFields(options: { sourceRoot?: string; schemaRoot?: string } = {}): ComponentReads {
  const sourceRoot = options.sourceRoot ?? PROJECT_ROOT;
  const describe = readOrgDescribe(options.schemaRoot ?? PROJECT_ROOT, { includeGated: true });
  const schema = buildUiApiSchema(describe);
  const reads: FieldReads = new Map();
  const operations: string[] = [];
  const problems: string[] = [];
  for (const template of gqlTemplates(sourceRoot)) {
    const where = `${template.file}:${template.line}`;
    let document: DocumentNode;
    try {
      document = parse(template.text);
    } catch (error) {
      problems.push(`${where}: GraphQL syntax: ${(error as Error).message}`);
      continue;
    }
    const ops = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    // A fragment-only template is read where it is interpolated into a query.
    if (ops.length === 0) continue;
    const source = `${where} ${ops.map((o) => o.name?.value ?? 'anonymous').join(', ')}`;
    operations.push(source);
    const { unplaced } = fieldsReadByDocument(document, schema, describe, source, reads);
    for (const u of unplaced) problems.push(`${where}: cannot place ${u}`);
  }
  if (problems.length > 0) throw new GraphqlSyncError(problems.join('\n'));
  if (operations.length === 0)
    throw new GraphqlSyncError(`No GraphQL query found under the package directories of ${sourceRoot}.`);
  return { operations, reads };
}

/**
 * Fields a component reads that the CLI need not: display-only values that never reach the engine.
 * Each entry says why; anything else a component reads must be in the CLI's list.
 */
export const UI_ONLY_FIELDS: Record<string, string> = {
  'Opportunity.Description':
    'exit-criterion evidence named by a default Stage_Exit_Criterion__mdt record; the CLI selects every field the criteria name (extract.ts exitCriteriaFields)',
  'Coaching_Session__c.Status_Reason__c': 'shown on the 1:1, not an engine input',
  'Action_Item__c.Description__c': 'details shown on the item, not an engine input',
  'Deal_Review__c.CreatedDate':
    "dates a review without Reviewed_On__c in the leader's loss-cause trend; the CLI has no trend"
};

/** Objects a component reads that the CLI does not read at all, and why. */
export const UI_ONLY_OBJECTS: Record<string, string> = {};

/**
 * Fields the CLI reads that no component query selects, and why: what the components get another way (the Apex
 * read layer, a filter) or what only a terminal needs.
 */
export const CLI_ONLY_FIELDS: Record<string, string> = {
  'User.Username': '`--manager <username>` resolves the manager by username'
};

export interface AllowLists {
  uiOnlyFields: Record<string, string>;
  uiOnlyObjects: Record<string, string>;
  cliOnlyFields: Record<string, string>;
}

const ALLOW_LISTS: AllowLists = {
  uiOnlyFields: UI_ONLY_FIELDS,
  uiOnlyObjects: UI_ONLY_OBJECTS,
  cliOnlyFields: CLI_ONLY_FIELDS
};

/**
 * Both directions, and the allow-lists kept honest: a component field the CLI lacks, an object the CLI skips, a
 * CLI field no component reads, and an allow-list entry that no longer explains anything. Empty when in step.
 */
export function syncProblems(
  reads: FieldReads,
  cli: Readonly<Record<string, ObjectFields>>,
  allow: AllowLists = ALLOW_LISTS
): string[] {
  const problems: string[] = [];
  const where = (object: string, field: string): string => [...(reads.get(object)?.get(field) ?? [])].sort().join('; ');
  const cliHas = (object: string, field: string): boolean =>
    Boolean(cli[object]) && [...cli[object].required, ...cli[object].optional].includes(field);
  for (const [object, fields] of reads) {
    if (!cli[object]) {
      if (!allow.uiOnlyObjects[object])
        problems.push(
          `${object} is read by components (${[...fields.keys()].join(', ')}) but the CLI never reads the object: add it to COACH_FIELDS or explain it in UI_ONLY_OBJECTS`
        );
      continue;
    }
    for (const field of fields.keys())
      if (!cliHas(object, field) && !allow.uiOnlyFields[`${object}.${field}`])
        problems.push(`${object}.${field}: read by ${where(object, field)}, not by the CLI (fields.ts)`);
  }
  for (const [object, spec] of Object.entries(cli)) {
    for (const field of [...spec.required, ...spec.optional]) {
      if (field === 'Id' || reads.get(object)?.has(field) || allow.cliOnlyFields[`${object}.${field}`]) continue;
      problems.push(`${object}.${field}: read by the CLI, by no component query (or explain it in CLI_ONLY_FIELDS)`);
    }
  }
  for (const key of Object.keys(allow.uiOnlyFields)) {
    const [object, field] = key.split('.');
    if (!reads.get(object)?.has(field)) problems.push(`UI_ONLY_FIELDS ${key}: no component reads it any more`);
    else if (cliHas(object, field)) problems.push(`UI_ONLY_FIELDS ${key}: the CLI reads it too`);
  }
  for (const object of Object.keys(allow.uiOnlyObjects)) {
    if (!reads.has(object)) problems.push(`UI_ONLY_OBJECTS ${object}: no component reads it any more`);
    else if (cli[object]) problems.push(`UI_ONLY_OBJECTS ${object}: the CLI reads it too`);
  }
  for (const key of Object.keys(allow.cliOnlyFields)) {
    const [object, field] = key.split('.');
    if (!cliHas(object, field)) problems.push(`CLI_ONLY_FIELDS ${key}: the CLI does not read it any more`);
    else if (reads.get(object)?.has(field)) problems.push(`CLI_ONLY_FIELDS ${key}: a component reads it too`);
  }
  return problems.sort();
}
