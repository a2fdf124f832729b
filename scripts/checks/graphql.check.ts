/**
 * Every GraphQL document in the package (`gql` tagged templates in force-app's TypeScript) validates against
 * the UI-API-shaped schema the local preview generates from our object metadata plus the standard objects
 * and fields the package uses: a misspelt field, a wrong filter operator or a bad variable type fails here,
 * naming the file, the line and the field. Fields some orgs gate (Pipeline Inspection) must be `@optional`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import {
  parse,
  validate,
  visit,
  specifiedRules,
  NoUnusedFragmentsRule,
  GraphQLError,
  Kind,
  type DocumentNode
} from 'graphql';
import { walk, packageDirectories, type Finding } from '../lib/project.ts';
import { readOrgDescribe } from '../../preview/server/metadata/describe.ts';
import { buildUiApiSchema } from '../../preview/server/graphql/schema.ts';
import { GATED_FIELDS } from '../../preview/server/metadata/standard-objects.ts';

export const name = 'GraphQL queries validate against the UI API schema';

interface Template {
  file: string;
  line: number;
  text: string | null;
  problem?: string;
}

/** The text of each gql`…` template; interpolations must be constants or gql documents declared in the file. */
export function gqlTemplates(file: string, source: string): Template[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const constants = new Map<string, ts.Expression>();
  const visitDecl = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      constants.set(node.name.text, node.initializer);
    ts.forEachChild(node, visitDecl);
  };
  visitDecl(sf);
  const resolve = (expr: ts.Expression, depth: number): string | null => {
    if (depth > 5) return null;
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
    if (ts.isTaggedTemplateExpression(expr) && expr.tag.getText(sf) === 'gql')
      return templateText(expr.template, depth + 1);
    if (ts.isIdentifier(expr) && constants.has(expr.text)) return resolve(constants.get(expr.text)!, depth + 1);
    if (ts.isAsExpression(expr) || ts.isParenthesizedExpression(expr)) return resolve(expr.expression, depth);
    return null;
  };
  const templateText = (template: ts.TemplateLiteral, depth: number): string | null => {
    if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
    let text = template.head.text;
    for (const span of template.templateSpans) {
      const value = resolve(span.expression, depth);
      if (value === null) return null;
      text += value + span.literal.text;
    }
    return text;
  };
  const found: Template[] = [];
  const visitNode = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'gql') {
      const line = sf.getLineAndCharacterOfPosition(node.template.getStart(sf)).line + 1;
      const text = templateText(node.template, 0);
      found.push(
        text === null
          ? {
              file,
              line,
              text,
              problem:
                'interpolates a value this check cannot resolve; interpolate only constants or gql fragments declared in the same file, and pass data through variables'
            }
          : { file, line, text }
      );
    }
    ts.forEachChild(node, visitNode);
  };
  visitNode(sf);
  return found;
}

/** Gated fields selected without `@optional`. */
function gatedWithoutOptional(doc: DocumentNode): string[] {
  const names = new Set(GATED_FIELDS.map((g) => g.field));
  const out: string[] = [];
  visit(doc, {
    Field(node) {
      if (names.has(node.name.value) && !node.directives?.some((d) => d.name.value === 'optional'))
        out.push(node.name.value);
    }
  });
  return out;
}

export function run(root: string): Finding[] {
  const schema = buildUiApiSchema(readOrgDescribe(root, { includeGated: true }));
  const findings: Finding[] = [];
  const files = packageDirectories(root)
    .flatMap((d) => walk(d))
    .filter(
      (f) =>
        f.endsWith('.ts') &&
        !f.endsWith('.d.ts') &&
        !/[\\/]__tests__[\\/]/.test(f) &&
        !/[\\/]force-app[\\/]test[\\/]/.test(f)
    );
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('gql`')) continue;
    const rel = relative(root, file);
    for (const t of gqlTemplates(rel, source)) {
      if (t.text === null) {
        findings.push({ file: `${rel}:${t.line}`, message: `gql template ${t.problem}` });
        continue;
      }
      let doc: DocumentNode;
      try {
        doc = parse(t.text);
      } catch (error) {
        const e = error as GraphQLError;
        const at = (e.locations?.[0]?.line ?? 1) + t.line - 1;
        findings.push({ file: `${rel}:${at}`, message: `GraphQL syntax: ${e.message}` });
        continue;
      }
      // A fragment-only document (interpolated into queries elsewhere) is checked without the unused-fragment rule.
      const fragmentsOnly = !doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
      const rules = fragmentsOnly ? specifiedRules.filter((r) => r !== NoUnusedFragmentsRule) : specifiedRules;
      for (const e of validate(schema, doc, rules)) {
        const at = (e.locations?.[0]?.line ?? 1) + t.line - 1;
        findings.push({ file: `${rel}:${at}`, message: `GraphQL: ${e.message}` });
      }
      for (const field of gatedWithoutOptional(doc))
        findings.push({
          file: `${rel}:${t.line}`,
          message: `GraphQL: ${field} is gated behind Pipeline Inspection on some orgs; select it with @optional`
        });
    }
  }
  return findings;
}
