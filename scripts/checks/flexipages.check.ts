/**
 * Lightning pages (FlexiPages) and their tabs fit together the way App Builder would enforce on deploy:
 * each `c:` component exists, is exposed and supports the page type (and the record page's object), regions
 * belong to the template, identifiers are unique, and every page tab points at an App page.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findLwcBundles, type Finding } from '../lib/project.ts';
import { parseXmlFile, listFilesWithSuffix } from '../lib/metadata.ts';

export const name = 'Lightning pages place exposed components on supported pages';

type Xml = Record<string, any>;
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Page type → the template it uses, its regions and the component target that must be declared. */
const PAGE_TYPES: Record<string, { template: string; regions: string[]; target: string }> = {
  HomePage: {
    template: 'home:desktopTemplate',
    regions: ['top', 'bottomLeft', 'bottomRight', 'sidebar'],
    target: 'lightning__HomePage'
  },
  RecordPage: {
    template: 'flexipage:recordHomeTemplateDesktop',
    regions: ['header', 'main', 'sidebar'],
    target: 'lightning__RecordPage'
  },
  AppPage: { template: 'flexipage:defaultAppHomeTemplate', regions: ['main'], target: 'lightning__AppPage' }
};

interface ComponentMeta {
  exposed: boolean;
  targets: Set<string>;
  /** Objects per record-page target config; empty = any object. */
  recordObjects: Set<string>;
}

function readComponents(root: string): Map<string, ComponentMeta> {
  const out = new Map<string, ComponentMeta>();
  for (const bundle of findLwcBundles(root)) {
    const file = join(bundle.dir, `${bundle.name}.js-meta.xml`);
    if (!existsSync(file)) continue;
    const b = (parseXmlFile<Xml>(file).LightningComponentBundle ?? {}) as Xml;
    const recordObjects = new Set<string>();
    for (const c of list<Xml>(b.targetConfigs?.targetConfig)) {
      if (!String(c['@targets'] ?? '').includes('lightning__RecordPage')) continue;
      for (const o of list<string>(c.objects?.object)) recordObjects.add(String(o));
    }
    out.set(bundle.name, {
      exposed: String(b.isExposed) === 'true',
      targets: new Set(list<string>(b.targets?.target).map(String)),
      recordObjects
    });
  }
  return out;
}

export function run(root: string): Finding[] {
  const findings: Finding[] = [];
  const components = readComponents(root);
  const appPages = new Set<string>();
  for (const file of listFilesWithSuffix(root, '.flexipage-meta.xml')) {
    const rel = relative(root, file);
    const add = (message: string): void => void findings.push({ file: rel, message });
    const page = (parseXmlFile<Xml>(file).FlexiPage ?? {}) as Xml;
    const type = String(page.type ?? '');
    const spec = PAGE_TYPES[type];
    if (!spec) {
      add(`page type "${type}" is not one this package ships (${Object.keys(PAGE_TYPES).join(', ')})`);
      continue;
    }
    if (type === 'AppPage') appPages.add(file.replace(/^.*[\\/]/, '').replace('.flexipage-meta.xml', ''));
    const template = String(page.template?.name ?? '');
    if (template !== spec.template) add(`a ${type} uses template "${spec.template}", not "${template}"`);
    const sobject = page.sobjectType === undefined ? null : String(page.sobjectType);
    if (type === 'RecordPage' && !sobject) add('a record page needs an sobjectType');
    if (type !== 'RecordPage' && sobject) add(`a ${type} must not set an sobjectType`);
    const identifiers = new Set<string>();
    for (const region of list<Xml>(page.flexiPageRegions)) {
      const regionName = String(region.name ?? '');
      if (!spec.regions.includes(regionName)) add(`region "${regionName}" is not a region of ${spec.template}`);
      if (region.mode !== undefined && page.parentFlexiPage === undefined)
        add(`region "${regionName}" sets a mode without a parentFlexiPage`);
      for (const item of list<Xml>(region.itemInstances)) {
        const instance = item.componentInstance as Xml | undefined;
        if (!instance) continue;
        const componentName = String(instance.componentName ?? '');
        const identifier = String(instance.identifier ?? '');
        if (identifiers.has(identifier)) add(`identifier "${identifier}" is used twice`);
        identifiers.add(identifier);
        if (!componentName.startsWith('c:')) continue; // standard components (force:…) are the platform's
        const bundle = componentName.slice(2);
        const meta = components.get(bundle);
        if (!meta) {
          add(`component "${componentName}" does not exist in force-app`);
          continue;
        }
        if (!meta.exposed) add(`component "${componentName}" is not exposed (isExposed false)`);
        if (!meta.targets.has(spec.target))
          add(`component "${componentName}" does not declare the ${spec.target} target`);
        if (type === 'RecordPage' && sobject && meta.recordObjects.size > 0 && !meta.recordObjects.has(sobject))
          add(`component "${componentName}" is not available on ${sobject} record pages`);
      }
    }
  }
  for (const file of listFilesWithSuffix(root, '.tab-meta.xml')) {
    const tab = (parseXmlFile<Xml>(file).CustomTab ?? {}) as Xml;
    if (tab.flexiPage !== undefined && !appPages.has(String(tab.flexiPage)))
      findings.push({
        file: relative(root, file),
        message: `tab points at "${tab.flexiPage}", which is not an App page`
      });
  }
  return findings;
}
