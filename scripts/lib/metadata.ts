/** Readers for the package's own metadata, shared by the checks, the preview schema and the org scripts. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { walk, packageDirectories } from './project.ts';

export const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (tag) =>
    [
      'target',
      'targetConfig',
      'object',
      'property',
      'fields',
      'fieldPermissions',
      'objectPermissions',
      'classAccesses',
      'tabSettings',
      'customMetadataTypeAccesses',
      'values',
      'value',
      'supportedFormFactor',
      'recordTypeVisibilities'
    ].includes(tag)
});

export function parseXmlFile<T = Record<string, unknown>>(file: string): T {
  return xml.parse(readFileSync(file, 'utf8')) as T;
}

/** Standard objects this package reads or places components on. */
export const STANDARD_OBJECTS = new Set([
  'Account',
  'Opportunity',
  'User',
  'Contact',
  'Lead',
  'Task',
  'Event',
  'OpportunityHistory',
  'OpportunityFieldHistory',
  'Period',
  'FiscalYearSettings',
  'ForecastingQuota',
  'CurrencyType',
  'DatedConversionRate',
  'UserRole',
  'Organization'
]);

export interface CustomField {
  object: string;
  name: string;
  type?: string;
  file: string;
}

/** All `objects/<Object>/` folders in the package with their fields. */
export function readObjects(root: string): Map<string, CustomField[]> {
  const objects = new Map<string, CustomField[]>();
  for (const pkg of packageDirectories(root)) {
    for (const file of walk(pkg)) {
      const m = /[\\/]objects[\\/]([^\\/]+)[\\/]\1\.object-meta\.xml$/.exec(file);
      if (m && !objects.has(m[1])) objects.set(m[1], []);
      const f = /[\\/]objects[\\/]([^\\/]+)[\\/]fields[\\/]([^\\/]+)\.field-meta\.xml$/.exec(file);
      if (f) {
        const list = objects.get(f[1]) ?? [];
        let type: string | undefined;
        try {
          type = (parseXmlFile<{ CustomField?: { type?: string } }>(file).CustomField ?? {}).type;
        } catch {
          type = undefined;
        }
        list.push({ object: f[1], name: f[2], type, file });
        objects.set(f[1], list);
      }
    }
  }
  return objects;
}

/** Custom object API names (`X__c`, `X__mdt`) defined in the package. */
export function customObjectNames(root: string): Set<string> {
  return new Set([...readObjects(root).keys()]);
}

export function listFilesWithSuffix(root: string, suffix: string): string[] {
  return packageDirectories(root).flatMap((pkg) => walk(pkg).filter((f) => f.endsWith(suffix)));
}

export function dirNames(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => basename(join(dir, d.name)))
    : [];
}
