/**
 * Metadata files follow the Metadata API grammar (the WSDL jsforce ships): no unknown element, elements in schema
 * order, required elements present, valid enumeration values. The metadata check only proves a file resolves to a
 * type; a deploy also parses its content, and this is that parse, offline.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ForceIgnore } from '@salesforce/source-deploy-retrieve';
import { walk, packageDirectories, type Finding } from '../lib/project.ts';
import { loadMetadataSchema, parseOrdered, validateAgainstSchema } from '../lib/metadata-schema.ts';

export const name = 'metadata follows the Metadata API schema';

/**
 * Root types checked. Types whose source format differs from the API 47 WSDL (LightningComponentBundle, FlexiPage,
 * newer types) are left to their own checks.
 */
export const CHECKED_TYPES = new Set([
  'CustomObject',
  'CustomField',
  'ValidationRule',
  'ListView',
  'CompactLayout',
  'SharingReason',
  'Layout',
  'CustomMetadata',
  'GlobalValueSet',
  'PermissionSet',
  'CustomPermission',
  'CustomTab',
  'CustomApplication',
  'CustomLabels',
  'ReportType',
  'Report',
  'ReportFolder',
  'Dashboard',
  'DashboardFolder'
]);

export function run(root: string): Finding[] {
  const schema = loadMetadataSchema();
  const forceIgnore = ForceIgnore.findAndCreate(root);
  const findings: Finding[] = [];
  for (const pkg of packageDirectories(root)) {
    for (const file of walk(pkg)) {
      if (!file.endsWith('-meta.xml') || forceIgnore.denies(file)) continue;
      let rootElement;
      try {
        rootElement = parseOrdered(readFileSync(file, 'utf8'));
      } catch {
        continue; // malformed XML is the metadata check's finding
      }
      if (!rootElement || !CHECKED_TYPES.has(rootElement.tag)) continue;
      for (const message of validateAgainstSchema(schema, rootElement.tag, rootElement))
        findings.push({ file: relative(root, file), message });
    }
  }
  return findings;
}
