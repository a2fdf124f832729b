/**
 * The preview against the package's real metadata: every validation rule and formula parses and uses only
 * functions the preview evaluates, the schema builds, the sharing settings the data model documents are
 * read, and the repository's formatter keeps formulas intact (`&lt;=` must not become `&lt; =`).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { readOrgDescribe } from '../server/metadata/describe.ts';
import { parseFormula, evaluate, FormulaError } from '../server/formula.ts';
import { buildUiApiSchema } from '../server/graphql/schema.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

const describeOrg = readOrgDescribe(PROJECT_ROOT);
const customObjects = [...describeOrg.objects.values()].filter((o) => o.custom);
const emptyScope = {
  field: () => null,
  prior: () => null,
  global: () => null,
  isNew: true,
  today: '2026-11-24',
  now: '2026-11-24T15:00:00.000Z'
};

describe('the package metadata in the preview', () => {
  test('every validation rule, default value and formula field parses and evaluates', () => {
    const problems: string[] = [];
    for (const o of customObjects) {
      for (const rule of o.validationRules)
        try {
          evaluate(parseFormula(rule.formula), emptyScope);
        } catch (error) {
          if (error instanceof FormulaError) problems.push(`${o.apiName}.${rule.name}: ${error.message}`);
        }
      for (const f of o.fields.values())
        for (const src of [f.defaultFormula, f.formula].filter((x): x is string => !!x))
          try {
            evaluate(parseFormula(src), emptyScope);
          } catch (error) {
            if (error instanceof FormulaError) problems.push(`${o.apiName}.${f.apiName}: ${error.message}`);
          }
    }
    assert.deepEqual(problems, []);
    assert.ok(
      customObjects.some((o) => o.validationRules.length > 0),
      'the package has validation rules to evaluate'
    );
  });

  test('sharing follows the data model: feedback does not grant access using hierarchies', () => {
    const feedback = describeOrg.objects.get('Coaching_Feedback__c');
    assert.ok(feedback, 'Coaching_Feedback__c exists');
    assert.equal(feedback.sharingModel, 'Private');
    assert.equal(feedback.grantAccessUsingHierarchies, false);
    assert.equal(describeOrg.objects.get('Deal_Review__c')?.sharingModel, 'ControlledByParent');
  });

  test('the UI API schema builds from the package metadata', () => {
    const schema = buildUiApiSchema(describeOrg);
    for (const o of customObjects.filter((x) => x.apiName.endsWith('__c')))
      assert.ok(schema.getType(o.apiName), `${o.apiName} is in the schema`);
  });

  test('the formatter keeps comparison operators in formulas intact', async () => {
    const file = join(PROJECT_ROOT, 'force-app/main/data-model/objects/X__c/validationRules/R.validationRule-meta.xml');
    const options = await prettier.resolveConfig(file);
    const source = `<?xml version="1.0" encoding="UTF-8"?>\n<ValidationRule xmlns="http://soap.sforce.com/2006/04/metadata">\n  <errorConditionFormula>A__c &lt;= B__c || C__c &gt;= 1</errorConditionFormula>\n</ValidationRule>\n`;
    const formatted = await prettier.format(source, { ...options, filepath: file });
    assert.match(formatted, /A__c &lt;= B__c \|\| C__c &gt;= 1/);
  });
});
