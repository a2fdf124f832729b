/**
 * Each offline fidelity check is proven by a planted failure: a clean fixture project passes,
 * and one broken file makes the check fail with a message that names that file.
 */
import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createFixtureProject, jsMeta, fieldXml, type FixtureProject } from '../../test/fixture-project.ts';
import * as metadata from '../metadata.check.ts';
import * as jsMetaCheck from '../js-meta.check.ts';
import * as fieldRefs from '../field-refs.check.ts';
import * as lwcCompile from '../lwc-compile.check.ts';
import { PROJECT_ROOT } from '../../lib/project.ts';

const LWC = 'force-app/main/ui/lwc/widgetCard';
const OBJ = 'force-app/main/data-model/objects/Widget__c';

let project: FixtureProject;
beforeEach(() => (project = createFixtureProject()));
afterEach(() => project.dispose());

const files = (findings: { file: string }[]): string[] => findings.map((f) => f.file);

describe('fixture baseline', () => {
  test('a clean project passes every check', async () => {
    assert.deepEqual(metadata.run(project.root), []);
    assert.deepEqual(jsMetaCheck.run(project.root), []);
    assert.deepEqual(fieldRefs.run(project.root), []);
    assert.deepEqual(await lwcCompile.run(project.root), []);
  });
});

describe('metadata check', () => {
  test('broken XML is reported with its file and line', () => {
    project.write(`${OBJ}/fields/Size__c.field-meta.xml`, fieldXml('Size__c').replace('</label>', '</lable>'));
    const findings = metadata.run(project.root);
    assert.equal(findings.length, 1);
    assert.match(findings[0].file, /Size__c\.field-meta\.xml$/);
    assert.match(findings[0].message, /malformed XML at line \d+/);
  });

  test('a file that resolves to no metadata type is reported', () => {
    project.write(`${OBJ}/fields/Size__c.feild-meta.xml`, fieldXml('Size__c'));
    const findings = metadata.run(project.root);
    assert.ok(
      files(findings).some((f) => f.endsWith('Size__c.feild-meta.xml')),
      JSON.stringify(findings)
    );
  });
});

describe('js-meta check', () => {
  test('a misspelt target is reported', () => {
    project.write(`${LWC}/widgetCard.js-meta.xml`, jsMeta(['lightning__HomePag']));
    const findings = jsMetaCheck.run(project.root);
    assert.deepEqual(findings, [
      { file: `${LWC}/widgetCard.js-meta.xml`, message: 'unknown target "lightning__HomePag"' }
    ]);
  });

  test('a record page object that does not exist, and a config for an undeclared target, are reported', () => {
    const configs =
      '  <targetConfigs>\n' +
      '    <targetConfig targets="lightning__RecordPage"><objects><object>Gadget__c</object></objects></targetConfig>\n' +
      '    <targetConfig targets="lightning__AppPage"><property name="weeks" type="Integer" /></targetConfig>\n' +
      '  </targetConfigs>';
    project.write(`${LWC}/widgetCard.js-meta.xml`, jsMeta(['lightning__RecordPage'], configs));
    const messages = jsMetaCheck.run(project.root).map((f) => f.message);
    assert.ok(messages.includes('object "Gadget__c" does not exist in objects/ and is not a known standard object'));
    assert.ok(messages.includes('targetConfig for "lightning__AppPage" which is not a declared target'));
  });

  test('a phone form factor on a Home page is reported; app and record pages take both', () => {
    const configs =
      '  <targetConfigs>\n' +
      '    <targetConfig targets="lightning__HomePage"><supportedFormFactors><supportedFormFactor type="Small" /></supportedFormFactors></targetConfig>\n' +
      '    <targetConfig targets="lightning__AppPage"><supportedFormFactors><supportedFormFactor type="Small" /><supportedFormFactor type="Large" /></supportedFormFactors></targetConfig>\n' +
      '  </targetConfigs>';
    project.write(`${LWC}/widgetCard.js-meta.xml`, jsMeta(['lightning__HomePage', 'lightning__AppPage'], configs));
    assert.deepEqual(
      jsMetaCheck.run(project.root).map((f) => f.message),
      ['target "lightning__HomePage" does not support the "Small" form factor']
    );
  });

  test('existing custom and standard objects on record pages pass', () => {
    const configs =
      '  <targetConfigs><targetConfig targets="lightning__RecordPage"><objects><object>Widget__c</object><object>Opportunity</object></objects></targetConfig></targetConfigs>';
    project.write(`${LWC}/widgetCard.js-meta.xml`, jsMeta(['lightning__RecordPage'], configs));
    assert.deepEqual(jsMetaCheck.run(project.root), []);
  });
});

describe('field reference check', () => {
  test('a typo in a custom field name is reported with file and line', () => {
    project.write(`${LWC}/widgetCard.ts`, `const a = 'Colour__c';\nconst b = 'Colur__c';\nexport { a, b };\n`);
    assert.deepEqual(fieldRefs.run(project.root), [
      { file: `${LWC}/widgetCard.ts:2`, message: 'unknown custom field or object "Colur__c"' }
    ]);
  });

  test('a field that exists on another object is still caught in an Object.Field pair', () => {
    project.write(`${OBJ}/../Gizmo__c/Gizmo__c.object-meta.xml`, '<CustomObject/>');
    project.write(`${LWC}/widgetCard.ts`, `import F from '@salesforce/schema/Gizmo__c.Colour__c';\nexport { F };\n`);
    const findings = fieldRefs.run(project.root);
    assert.deepEqual(findings, [{ file: `${LWC}/widgetCard.ts:1`, message: 'Gizmo__c has no field Colour__c' }]);
  });

  test('relationship names resolve to their lookup field', () => {
    project.write(`${LWC}/widgetCard.ts`, `const path = 'Colour__r.Name';\nexport { path };\n`);
    assert.deepEqual(fieldRefs.run(project.root), []);
  });
});

describe('LWC platform compile check', () => {
  test('a syntax error in the emitted JavaScript is reported against the file', async () => {
    project.write(
      `${LWC}/widgetCard.js`,
      `import { LightningElement } from 'lwc';\nexport default class extends LightningElement {\n`
    );
    const findings = await lwcCompile.run(project.root);
    assert.ok(findings.length >= 1);
    assert.match(findings[0].file, /widgetCard\.js(:\d+:\d+)?$/);
  });

  test('a template error is reported', async () => {
    project.write(`${LWC}/widgetCard.html`, `<template><p lwc:if={a} if:true={b}>x</p></template>\n`);
    const findings = await lwcCompile.run(project.root);
    assert.ok(findings.length >= 1, 'expected a compile error');
    assert.ok(findings.some((f) => /widgetCard/.test(f.file)));
  });

  test('a bundle whose TypeScript was not built is reported', async () => {
    project.write('force-app/main/ui/lwc/unbuilt/unbuilt.ts', 'export const x = 1;\n');
    project.write('force-app/main/ui/lwc/unbuilt/unbuilt.js-meta.xml', jsMeta());
    const findings = await lwcCompile.run(project.root);
    assert.deepEqual(findings, [
      { file: 'force-app/main/ui/lwc/unbuilt', message: 'bundle has no unbuilt.js (run `npm run build` first)' }
    ]);
  });
});

describe('check runner', () => {
  test('exits non-zero and names the planted file', () => {
    project.write(`${LWC}/widgetCard.js-meta.xml`, jsMeta(['lightning__HomePag']));
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/checks/run.ts'), '--root', project.root, '--only', 'js-meta'],
      { encoding: 'utf8', cwd: PROJECT_ROOT }
    );
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /widgetCard\.js-meta\.xml: unknown target "lightning__HomePag"/);
  });

  test('exits zero on a clean project', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/checks/run.ts'), '--root', project.root],
      { encoding: 'utf8', cwd: PROJECT_ROOT }
    );
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});
