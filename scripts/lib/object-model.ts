/**
 * The package's objects with what the permission, formula and report checks need to know about each field:
 * type, required, master-detail, formula, lookup target and relationship name.
 */
import { relative } from 'node:path';
import { walk, packageDirectories } from './project.ts';
import { parseXmlFile } from './metadata.ts';

export interface FieldInfo {
  object: string;
  name: string;
  label: string;
  type: string;
  required: boolean;
  formula: string | undefined;
  referenceTo: string | undefined;
  relationshipName: string | undefined;
  file: string;
}

export interface ObjectInfo {
  name: string;
  file: string;
  sharingModel: string | undefined;
  fields: Map<string, FieldInfo>;
}

/** Fields every custom object has; `Name` on custom objects, the rest system fields. */
export const STANDARD_CUSTOM_OBJECT_FIELDS = new Set([
  'Id',
  'Name',
  'OwnerId',
  'Owner',
  'CreatedDate',
  'CreatedById',
  'CreatedBy',
  'LastModifiedDate',
  'LastModifiedById',
  'LastModifiedBy',
  'SystemModstamp',
  'LastActivityDate',
  'LastViewedDate',
  'LastReferencedDate',
  'IsDeleted',
  'CurrencyIsoCode',
  'RecordTypeId',
  'RecordType'
]);

/** Fields every custom metadata type has. */
export const STANDARD_MDT_FIELDS = new Set([
  'Id',
  'DeveloperName',
  'MasterLabel',
  'Label',
  'QualifiedApiName',
  'NamespacePrefix',
  'Language'
]);

type Xml = Record<string, any>;

/** True when Salesforce rejects field permissions for this field: required or master-detail (always visible). */
export const isAlwaysVisible = (f: FieldInfo): boolean => f.required || f.type === 'MasterDetail';

export function readObjectModel(root: string): Map<string, ObjectInfo> {
  const objects = new Map<string, ObjectInfo>();
  const ensure = (name: string): ObjectInfo => {
    let o = objects.get(name);
    if (!o) objects.set(name, (o = { name, file: '', sharingModel: undefined, fields: new Map() }));
    return o;
  };
  for (const pkg of packageDirectories(root)) {
    for (const file of walk(pkg)) {
      const obj = /[\\/]objects[\\/]([^\\/]+)[\\/]\1\.object-meta\.xml$/.exec(file);
      if (obj) {
        const o = ensure(obj[1]);
        o.file = relative(root, file);
        try {
          o.sharingModel = (parseXmlFile<Xml>(file).CustomObject ?? {}).sharingModel;
        } catch {
          // malformed XML is reported by the metadata check
        }
        continue;
      }
      const m = /[\\/]objects[\\/]([^\\/]+)[\\/]fields[\\/]([^\\/]+)\.field-meta\.xml$/.exec(file);
      if (!m) continue;
      let f: Xml = {};
      try {
        f = (parseXmlFile<Xml>(file).CustomField ?? {}) as Xml;
      } catch {
        // reported by the metadata check
      }
      ensure(m[1]).fields.set(m[2], {
        object: m[1],
        name: m[2],
        label: String(f.label ?? m[2]),
        type: String(f.type ?? ''),
        required: String(f.required) === 'true',
        formula: f.formula === undefined ? undefined : String(f.formula),
        referenceTo: f.referenceTo === undefined ? undefined : String(f.referenceTo),
        relationshipName: f.relationshipName === undefined ? undefined : String(f.relationshipName),
        file: relative(root, file)
      });
    }
  }
  return objects;
}

/** Custom objects (`__c`) only: the ones with sharing, permissions and reports. */
export const customObjects = (model: Map<string, ObjectInfo>): ObjectInfo[] =>
  [...model.values()].filter((o) => o.name.endsWith('__c'));
