/** Builds a small throwaway SFDX project in a temp dir so that checks can be run against planted failures. */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { PROJECT_ROOT } from '../lib/project.ts';

export interface FixtureProject {
  root: string;
  write(path: string, text: string): string;
  dispose(): void;
}

const META = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">\n${body}\n</LightningComponentBundle>\n`;

export const jsMeta = (targets: string[] = [], extra = ''): string =>
  META(
    `  <apiVersion>66.0</apiVersion>\n  <isExposed>${targets.length > 0}</isExposed>\n` +
      (targets.length ? `  <targets>${targets.map((t) => `<target>${t}</target>`).join('')}</targets>\n` : '') +
      extra
  );

// Elements in the Metadata API's sequence order (label, length, type), as a retrieve writes them.
export const fieldXml = (name: string, type = 'Text'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n  <fullName>${name}</fullName>\n  <label>${name}</label>${type === 'Text' ? '\n  <length>80</length>' : ''}\n  <type>${type}</type>\n</CustomField>\n`;

export const objectXml = (label: string, sharingModel = 'ReadWrite'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n  <deploymentStatus>Deployed</deploymentStatus>\n  <label>${label}</label>\n  <nameField><label>Name</label><type>Text</type></nameField>\n  <pluralLabel>${label}s</pluralLabel>\n  <sharingModel>${sharingModel}</sharingModel>\n</CustomObject>\n`;

/** A valid project: one custom object with one field, and one component that uses it. */
export function createFixtureProject(): FixtureProject {
  const root = mkdtempSync(join(tmpdir(), 'coaching-fixture-'));
  const write = (path: string, text: string): string => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  write(
    'sfdx-project.json',
    JSON.stringify({ packageDirectories: [{ path: 'force-app', default: true }], sourceApiVersion: '66.0' })
  );
  copyFileSync(join(PROJECT_ROOT, '.forceignore'), join(root, '.forceignore'));
  const obj = 'force-app/main/data-model/objects/Widget__c';
  write(`${obj}/Widget__c.object-meta.xml`, objectXml('Widget'));
  write(`${obj}/fields/Colour__c.field-meta.xml`, fieldXml('Colour__c'));
  const lwc = 'force-app/main/ui/lwc/widgetCard';
  write(`${lwc}/widgetCard.js-meta.xml`, jsMeta(['lightning__HomePage']));
  write(
    `${lwc}/widgetCard.ts`,
    `import { LightningElement } from 'lwc';\n// Reads Widget__c.Colour__c.\nexport default class WidgetCard extends LightningElement {}\n`
  );
  write(
    `${lwc}/widgetCard.js`,
    `import { LightningElement } from 'lwc';\nexport default class WidgetCard extends LightningElement {}\n`
  );
  write(`${lwc}/widgetCard.html`, `<template><p>Widget</p></template>\n`);
  return { root, write, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
