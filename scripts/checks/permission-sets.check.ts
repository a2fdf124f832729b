/**
 * Permission sets deploy and are complete:
 * - no field permission on a required or master-detail field (Salesforce rejects them: those fields are always
 *   visible), none on a field that does not exist, no edit on a formula field, no edit without read;
 * - object permissions hold their dependencies (Create/Edit need Read, Delete needs Edit, View All needs Read,
 *   Modify All needs Read, Edit, Delete and View All), name package objects only (a package cannot grant standard
 *   objects), and field access comes with Read on the object;
 * - custom permissions, custom metadata types, tabs and apps they name exist;
 * - every custom field that can be granted is granted by at least one permission set.
 */
import { relative, basename } from 'node:path';
import { type Finding } from '../lib/project.ts';
import { listFilesWithSuffix, parseXmlFile } from '../lib/metadata.ts';
import { readObjectModel, customObjects, isAlwaysVisible } from '../lib/object-model.ts';

export const name = 'permission sets deploy and grant every grantable field';

type Xml = Record<string, any>;
const bool = (v: unknown): boolean => String(v) === 'true';
const list = (v: unknown): Xml[] => (v === undefined ? [] : ([v].flat() as Xml[]));
const names = (root: string, suffix: string): Set<string> =>
  new Set(listFilesWithSuffix(root, suffix).map((f) => basename(f).slice(0, -suffix.length)));

export function run(root: string): Finding[] {
  const findings: Finding[] = [];
  const model = readObjectModel(root);
  const customPermissions = names(root, '.customPermission-meta.xml');
  const tabs = names(root, '.tab-meta.xml');
  const apps = names(root, '.app-meta.xml');
  const granted = new Set<string>();
  const files = listFilesWithSuffix(root, '.permissionset-meta.xml');

  for (const file of files) {
    const rel = relative(root, file);
    const add = (message: string): void => void findings.push({ file: rel, message });
    let ps: Xml;
    try {
      ps = (parseXmlFile<Xml>(file).PermissionSet ?? {}) as Xml;
    } catch {
      continue; // malformed XML is the metadata check's finding
    }
    const readable = new Set<string>();
    for (const o of list(ps.objectPermissions)) {
      const object = String(o.object);
      const [r, c, e, d, va, ma] = [
        'allowRead',
        'allowCreate',
        'allowEdit',
        'allowDelete',
        'viewAllRecords',
        'modifyAllRecords'
      ].map((k) => bool(o[k]));
      if (!model.has(object))
        add(
          `object permission for ${object}, which is not an object of this package (a package cannot grant standard objects)`
        );
      if ((c || e || va) && !r) add(`${object}: Create, Edit and View All need Read`);
      if (d && !e) add(`${object}: Delete needs Edit`);
      if (ma && !(r && e && d && va)) add(`${object}: Modify All needs Read, Edit, Delete and View All`);
      if (r) readable.add(object);
    }
    for (const fp of list(ps.fieldPermissions)) {
      const [object, field] = String(fp.field).split('.');
      const info = model.get(object)?.fields.get(field);
      if (!info) {
        add(`field permission for ${fp.field}, which does not exist`);
        continue;
      }
      const read = bool(fp.readable);
      const edit = bool(fp.editable);
      if (isAlwaysVisible(info))
        add(
          `field permission for ${fp.field}, which is ${info.required ? 'required' : 'master-detail'}: Salesforce rejects it (the field is always visible); remove it`
        );
      if (edit && !read) add(`${fp.field}: edit without read`);
      if (edit && info.formula !== undefined) add(`${fp.field} is a formula field and cannot be editable`);
      if (read && !readable.has(object)) add(`${fp.field} is readable but the permission set has no Read on ${object}`);
      if (read) granted.add(`${object}.${field}`);
    }
    for (const cp of list(ps.customPermissions))
      if (!customPermissions.has(String(cp.name))) add(`custom permission ${cp.name} does not exist`);
    for (const mdt of list(ps.customMetadataTypeAccesses))
      if (!model.has(String(mdt.name)) || !String(mdt.name).endsWith('__mdt'))
        add(`custom metadata type ${mdt.name} does not exist`);
    for (const t of list(ps.tabSettings))
      if (!tabs.has(String(t.tab)) && !String(t.tab).startsWith('standard-')) add(`tab ${t.tab} does not exist`);
    for (const a of list(ps.applicationVisibilities))
      if (!apps.has(String(a.application))) add(`app ${a.application} does not exist`);
  }

  if (files.length === 0) return findings;
  for (const object of customObjects(model)) {
    for (const field of object.fields.values()) {
      if (isAlwaysVisible(field) || granted.has(`${object.name}.${field.name}`)) continue;
      findings.push({
        file: field.file,
        message: `${object.name}.${field.name} is not granted by any permission set (grant read in at least one persona)`
      });
    }
  }
  return findings;
}
