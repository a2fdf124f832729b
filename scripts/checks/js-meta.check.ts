/**
 * Every `*.js-meta.xml` is a valid LightningComponentBundle: known targets, targetConfigs only for
 * declared targets, record-page objects that exist, and valid property types and form factors.
 */
import { relative } from 'node:path';
import { type Finding } from '../lib/project.ts';
import { parseXmlFile, listFilesWithSuffix, readObjects, STANDARD_OBJECTS } from '../lib/metadata.ts';

export const name = 'js-meta.xml targets and objects are valid';

// From the LWC developer guide, "XML Configuration File Elements".
export const VALID_TARGETS = new Set([
  'analytics__Dashboard',
  'lightning__AppPage',
  'lightning__Dashboard',
  'lightning__FlowAction',
  'lightning__FlowScreen',
  'lightning__GlobalAction',
  'lightning__HomePage',
  'lightning__Inbox',
  'lightning__RecordAction',
  'lightning__RecordPage',
  'lightning__Tab',
  'lightning__UrlAddressable',
  'lightning__UtilityBar',
  'lightning__EmailTemplate',
  'lightning__VoiceExtension',
  'lightningCommunity__Default',
  'lightningCommunity__Page',
  'lightningCommunity__Page_Layout',
  'lightningCommunity__Theme_Layout',
  'lightningSnapin__ChatHeader',
  'lightningSnapin__ChatMessage',
  'lightningSnapin__Minimized',
  'lightningSnapin__PreChat'
]);
const OBJECT_TARGETS = new Set(['lightning__RecordPage', 'lightning__RecordAction']);
const PROPERTY_TYPES = new Set(['Boolean', 'Integer', 'String', 'Color', 'Date', 'DateTime', 'apex://']);
const FORM_FACTORS = new Set(['Small', 'Large']);
/** Targets whose page type supports fewer form factors than a component may declare: Home pages are desktop-only. */
const FORM_FACTOR_LIMITS: Record<string, Set<string>> = { lightning__HomePage: new Set(['Large']) };

type Xml = Record<string, any>;

export function run(root: string): Finding[] {
  const findings: Finding[] = [];
  const objects = new Set([...STANDARD_OBJECTS, ...readObjects(root).keys()]);
  for (const file of listFilesWithSuffix(root, '.js-meta.xml')) {
    const rel = relative(root, file);
    const add = (message: string): void => void findings.push({ file: rel, message });
    let doc: Xml;
    try {
      doc = parseXmlFile<Xml>(file);
    } catch (error) {
      add(`cannot parse: ${(error as Error).message}`);
      continue;
    }
    const bundle = doc.LightningComponentBundle as Xml | undefined;
    if (!bundle) {
      add('root element must be LightningComponentBundle');
      continue;
    }
    if (!/^\d+\.0$/.test(String(bundle.apiVersion ?? ''))) add(`apiVersion "${bundle.apiVersion}" must look like 66.0`);
    const exposed = String(bundle.isExposed) === 'true';
    const targets: string[] = (bundle.targets?.target ?? []).map(String);
    for (const t of targets) if (!VALID_TARGETS.has(t)) add(`unknown target "${t}"`);
    if (exposed && targets.length === 0) add('isExposed is true but no targets are declared');
    if (!exposed && targets.length > 0) add('targets are declared but isExposed is false');
    for (const config of (bundle.targetConfigs?.targetConfig ?? []) as Xml[]) {
      const configTargets = String(config['@targets'] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const t of configTargets)
        if (!targets.includes(t)) add(`targetConfig for "${t}" which is not a declared target`);
      for (const o of (config.objects?.object ?? []).map(String)) {
        if (!configTargets.some((t) => OBJECT_TARGETS.has(t)))
          add(`objects are only allowed on record targets, found "${o}"`);
        if (!objects.has(o)) add(`object "${o}" does not exist in objects/ and is not a known standard object`);
      }
      for (const p of (config.property ?? []) as Xml[]) {
        const type = String(p['@type'] ?? '');
        if (!PROPERTY_TYPES.has(type) && !type.startsWith('apex://'))
          add(`property "${p['@name']}" has invalid type "${type}"`);
        if (!/^[a-z][A-Za-z0-9]*$/.test(String(p['@name'] ?? '')))
          add(`property name "${p['@name']}" must be camelCase`);
      }
      for (const ff of (config.supportedFormFactors?.supportedFormFactor ?? []) as Xml[]) {
        const type = String(ff['@type']);
        if (!FORM_FACTORS.has(type)) {
          add(`invalid form factor "${type}"`);
          continue;
        }
        for (const t of configTargets)
          if (FORM_FACTOR_LIMITS[t] && !FORM_FACTOR_LIMITS[t].has(type))
            add(`target "${t}" does not support the "${type}" form factor`);
      }
    }
  }
  return findings;
}
