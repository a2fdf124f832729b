/** The custom-label check, proven by a planted failure: a component importing a label that is not defined. */
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createFixtureProject, type FixtureProject } from '../../test/fixture-project.ts';
import * as labels from '../labels.check.ts';

const LABELS = 'force-app/main/app/labels/CustomLabels.labels-meta.xml';
const COMPONENT = 'force-app/main/ui/lwc/widgetCard/widgetCard.ts';
const labelsXml = (...names: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n${names
    .map(
      (n) =>
        `  <labels>\n    <fullName>${n}</fullName>\n    <language>en_US</language>\n    <protected>false</protected>\n    <shortDescription>${n}</shortDescription>\n    <value>${n}</value>\n  </labels>\n`
    )
    .join('')}</CustomLabels>\n`;
const component = (...names: string[]): string =>
  names.map((n, i) => `import label${i} from '@salesforce/label/c.${n}';\n`).join('') +
  `import { LightningElement } from 'lwc';\nexport default class WidgetCard extends LightningElement {}\n`;

let project: FixtureProject;
beforeEach(() => (project = createFixtureProject()));
afterEach(() => project.dispose());

test('labels that are defined pass, with one or many labels in the file', () => {
  project.write(LABELS, labelsXml('Widget_Title'));
  project.write(COMPONENT, component('Widget_Title'));
  assert.deepEqual(labels.run(project.root), []);
  project.write(LABELS, labelsXml('Widget_Title', 'Widget_Empty'));
  project.write(COMPONENT, component('Widget_Title', 'Widget_Empty'));
  assert.deepEqual(labels.run(project.root), []);
});

test('an imported label that is not defined is reported with its file and line', () => {
  project.write(LABELS, labelsXml('Widget_Title'));
  project.write(COMPONENT, component('Widget_Title', 'Widget_Titel'));
  assert.deepEqual(labels.run(project.root), [
    { file: `${COMPONENT}:2`, message: 'custom label "Widget_Titel" is not defined' }
  ]);
});

test('a project without any labels file reports every imported label', () => {
  project.write(COMPONENT, component('Widget_Title'));
  assert.equal(labels.run(project.root).length, 1);
});
