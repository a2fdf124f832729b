/**
 * The GraphQL query check is proven by planted failures: a clean query passes; a misspelt field, a bad
 * operator, an unresolvable interpolation and a gated field without @optional each fail, naming the file,
 * the line and the field.
 */
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createFixtureProject, type FixtureProject } from '../../test/fixture-project.ts';
import * as graphqlCheck from '../graphql.check.ts';
import { PROJECT_ROOT } from '../../lib/project.ts';

const LWC = 'force-app/main/ui/lwc/widgetCard/widgetCard.ts';

let project: FixtureProject;
beforeEach(() => (project = createFixtureProject()));
afterEach(() => project.dispose());

const component = (query: string, extra = ''): string =>
  `import { LightningElement, wire } from 'lwc';\nimport { gql, graphql } from 'lightning/graphql';\n${extra}\nexport default class WidgetCard extends LightningElement {\n  @wire(graphql, { query: gql\`\n${query}\n\` })\n  result: unknown;\n}\n`;

const CLEAN = `query Widgets($colour: String) {
  uiapi {
    query {
      Widget__c(where: { Colour__c: { eq: $colour } }, first: 50, orderBy: { Name: { order: ASC } }) {
        edges { node { Id Name { value } Colour__c { value displayValue } Owner { ... on User { Name { value } } } } }
        pageInfo { hasNextPage endCursor }
      }
      Opportunity(where: { CloseDate: { eq: { literal: THIS_FISCAL_QUARTER } } }, first: 10) {
        edges { node { Amount { value } Account { Name { value } } AgeInDays @optional { value } } }
      }
    }
  }
}`;

describe('GraphQL query check', () => {
  test('a clean query (custom and standard objects, date literals, optional gated field) passes', () => {
    project.write(LWC, component(CLEAN));
    assert.deepEqual(graphqlCheck.run(project.root), []);
  });

  test('a planted misspelt field is reported with the file, line and field', () => {
    project.write(LWC, component(CLEAN.replace('Colour__c { value displayValue }', 'Color__c { value displayValue }')));
    const findings = graphqlCheck.run(project.root);
    assert.equal(findings.length, 1);
    // The template opens on file line 5 and its text starts with that line's remainder (empty), so query
    // line n is file line 5 + n - 1; Colour__c/Color__c sits on query line 6 → file line 10.
    assert.equal(findings[0].file, `${LWC}:10`);
    assert.equal(
      findings[0].message,
      'GraphQL: Cannot query field "Color__c" on type "Widget__c". Did you mean "Colour__c"?'
    );
  });

  test('a wrong operator and a wrong variable type are reported', () => {
    project.write(
      LWC,
      component(CLEAN.replace('{ eq: $colour }', '{ contains: $colour }').replace('$colour: String', '$colour: Int'))
    );
    const messages = graphqlCheck.run(project.root).map((f) => f.message);
    assert.ok(
      messages.some((m) => m.includes('Field "contains" is not defined by type "StringOperators"')),
      messages.join('\n')
    );
  });

  test('a gated field without @optional and an unresolvable interpolation are reported', () => {
    project.write(LWC, component(CLEAN.replace('AgeInDays @optional', 'AgeInDays')));
    assert.match(graphqlCheck.run(project.root)[0].message, /AgeInDays is gated .* select it with @optional/);
    project.write(
      LWC,
      component(
        'query { uiapi { query { ${objectName} { edges { node { Id } } } } } }',
        'const objectName = String(Date.now());'
      )
    );
    assert.match(graphqlCheck.run(project.root)[0].message, /interpolates a value this check cannot resolve/);
  });

  test('fragments interpolated from constants in the same file are resolved', () => {
    const fragment = 'const FIELDS = gql`fragment WidgetFields on Widget__c { Colour__c { value } }`;';
    project.write(
      LWC,
      component('query { uiapi { query { Widget__c { edges { node { ...WidgetFields } } } } } } ${FIELDS}', fragment)
    );
    assert.deepEqual(graphqlCheck.run(project.root), []);
  });

  test('the check runner fails on the planted field and names it', () => {
    project.write(LWC, component(CLEAN.replace('Colour__c { value displayValue }', 'Color__c { value displayValue }')));
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/checks/run.ts'), '--root', project.root, '--only', 'graphql'],
      {
        encoding: 'utf8',
        cwd: PROJECT_ROOT
      }
    );
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /widgetCard\.ts:10: GraphQL: Cannot query field "Color__c" on type "Widget__c"/);
  });
});
