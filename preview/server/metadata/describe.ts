/**
 * The preview's "describe": every object the package reads, its fields, relationships, sharing and validation
 * rules. Custom objects come from the package's own metadata (`force-app/**\/objects/**`); the standard objects
 * and fields the package uses (ARCHITECTURE.md decision 5) are declared in `standard-objects.ts`.
 * The GraphQL schema, the record API, the sharing model and the offline query check are all built from this.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { walk, packageDirectories } from '../../../scripts/lib/project.ts';
import { STANDARD_OBJECTS, GATED_FIELDS, gatedField } from './standard-objects.ts';

export type FieldType =
  | 'Id'
  | 'String'
  | 'TextArea'
  | 'LongTextArea'
  | 'Email'
  | 'Phone'
  | 'Url'
  | 'Picklist'
  | 'MultiPicklist'
  | 'Boolean'
  | 'Currency'
  | 'Double'
  | 'Int'
  | 'Percent'
  | 'Date'
  | 'DateTime'
  | 'Time'
  | 'Reference';

export interface PicklistEntry {
  value: string;
  label: string;
  isDefault: boolean;
}

export interface FieldDescribe {
  apiName: string;
  label: string;
  type: FieldType;
  /** Required on create (nillable false for the user). Standard system fields are never "required" inputs. */
  required: boolean;
  unique: boolean;
  externalId: boolean;
  /** Formula and system fields cannot be written. */
  calculated: boolean;
  createable: boolean;
  updateable: boolean;
  /** Long text areas cannot be filtered, sorted or grouped (as in SOQL). */
  filterable: boolean;
  sortable: boolean;
  groupable: boolean;
  length?: number;
  precision?: number;
  scale?: number;
  picklistValues?: PicklistEntry[];
  /** Restricted picklists reject values outside the list. */
  restrictedPicklist?: boolean;
  /** A global value set name when the picklist uses one. */
  valueSetName?: string;
  /** Formula text of a default value (`true`, `60`, `"Manual"`, `$User.TimeZoneSidKey`). */
  defaultFormula?: string;
  /** Formula of a formula field. */
  formula?: string;
  referenceTo?: string[];
  /** Name of the parent relationship on this object (`Owner`, `Manager__r`). */
  relationshipName?: string;
  /** Master-detail: the child's access is controlled by this parent. */
  masterDetail?: boolean;
  /** Child relationship name on the parent object (`Sessions__r`), for lookups and master-details. */
  childRelationshipName?: string;
  /** Standard fields are granted by the profile; custom fields need field permissions. */
  custom: boolean;
}

export interface ChildRelationship {
  relationshipName: string;
  childObject: string;
  field: string;
}

export interface ValidationRuleDescribe {
  name: string;
  active: boolean;
  formula: string;
  message: string;
  errorField: string | null;
}

export type SharingModel = 'Private' | 'Read' | 'ReadWrite' | 'ControlledByParent' | 'FullAccess';

export interface ObjectDescribe {
  apiName: string;
  label: string;
  pluralLabel: string;
  keyPrefix: string;
  custom: boolean;
  /** Org-wide default for internal users. */
  sharingModel: SharingModel;
  /** "Grant access using hierarchies". Custom objects default to true; data-model.md can turn it off. */
  grantAccessUsingHierarchies: boolean;
  nameField: { type: 'Text' | 'AutoNumber'; displayFormat?: string };
  fields: Map<string, FieldDescribe>;
  childRelationships: ChildRelationship[];
  validationRules: ValidationRuleDescribe[];
  /** Where the object came from: a metadata folder, or "standard". */
  source: string;
}

export interface OrgDescribe {
  objects: Map<string, ObjectDescribe>;
  globalValueSets: Map<string, PicklistEntry[]>;
}

const ARRAY_TAGS = new Set(['fields', 'value', 'values', 'validationRules', 'customValue', 'referenceTo']);
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (tag) => ARRAY_TAGS.has(tag)
});

type Xml = Record<string, any>;
const text = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));
const bool = (v: unknown): boolean => String(v) === 'true';

function readXml(file: string, root: string): Xml {
  const doc = parser.parse(readFileSync(file, 'utf8')) as Xml;
  return (doc[root] ?? {}) as Xml;
}

const TYPE_MAP: Record<string, FieldType> = {
  Text: 'String',
  AutoNumber: 'String',
  TextArea: 'TextArea',
  LongTextArea: 'LongTextArea',
  Html: 'LongTextArea',
  EncryptedText: 'String',
  Email: 'Email',
  Phone: 'Phone',
  Url: 'Url',
  Picklist: 'Picklist',
  MultiselectPicklist: 'MultiPicklist',
  Checkbox: 'Boolean',
  Currency: 'Currency',
  Number: 'Double',
  Percent: 'Percent',
  Date: 'Date',
  DateTime: 'DateTime',
  Time: 'Time',
  Lookup: 'Reference',
  MasterDetail: 'Reference',
  Hierarchy: 'Reference'
};

function picklistFromValueSet(valueSet: Xml | undefined): {
  values?: PicklistEntry[];
  restricted: boolean;
  valueSetName?: string;
} {
  if (!valueSet) return { restricted: false };
  const valueSetName = text(valueSet.valueSetName);
  const definition = (valueSet.valueSetDefinition ?? {}) as Xml;
  const values = ((definition.value ?? []) as Xml[]).map((v) => ({
    value: String(v.fullName),
    label: text(v.label) ?? String(v.fullName),
    isDefault: bool(v.default)
  }));
  return { values: valueSetName ? undefined : values, restricted: bool(valueSet.restricted), valueSetName };
}

function fieldFromXml(xml: Xml): FieldDescribe {
  const name = String(xml.fullName);
  const sfType = String(xml.type ?? 'Text');
  const formula = text(xml.formula);
  let type = TYPE_MAP[sfType] ?? 'String';
  if (sfType === 'Number' && Number(xml.scale ?? 0) === 0 && formula === undefined) type = 'Double';
  const picklist = picklistFromValueSet(xml.valueSet as Xml | undefined);
  const isLongText = type === 'LongTextArea' || type === 'MultiPicklist';
  const masterDetail = sfType === 'MasterDetail';
  const reference = type === 'Reference';
  return {
    apiName: name,
    label: text(xml.label) ?? name,
    type,
    // Master-detail fields are always required; other fields say so.
    required: masterDetail || bool(xml.required),
    unique: bool(xml.unique),
    externalId: bool(xml.externalId),
    calculated: formula !== undefined || sfType === 'AutoNumber' || sfType === 'Summary',
    createable: formula === undefined && sfType !== 'AutoNumber',
    updateable:
      formula === undefined && sfType !== 'AutoNumber' && !(masterDetail && !bool(xml.reparentableMasterDetail)),
    filterable: type !== 'LongTextArea',
    sortable: !isLongText,
    groupable: !isLongText && !['Double', 'Currency', 'Percent', 'DateTime', 'Time'].includes(type),
    length: xml.length !== undefined ? Number(xml.length) : undefined,
    precision: xml.precision !== undefined ? Number(xml.precision) : undefined,
    scale: xml.scale !== undefined ? Number(xml.scale) : undefined,
    picklistValues: picklist.values,
    restrictedPicklist: picklist.restricted,
    valueSetName: picklist.valueSetName,
    defaultFormula: text(xml.defaultValue),
    formula,
    referenceTo: reference ? ((xml.referenceTo as string[] | undefined) ?? []).map(String) : undefined,
    relationshipName: reference ? name.replace(/__c$/, '__r') : undefined,
    masterDetail,
    childRelationshipName: reference && xml.relationshipName ? `${String(xml.relationshipName)}__r` : undefined,
    custom: true
  };
}

/** System fields every custom object has. */
function systemFields(): FieldDescribe[] {
  const sys = (apiName: string, type: FieldType, extra: Partial<FieldDescribe> = {}): FieldDescribe => ({
    apiName,
    label: apiName,
    type,
    required: false,
    unique: false,
    externalId: false,
    calculated: true,
    createable: false,
    updateable: false,
    filterable: true,
    sortable: true,
    groupable: type !== 'DateTime',
    custom: false,
    ...extra
  });
  return [
    sys('Id', 'Id', { groupable: true }),
    sys('CreatedDate', 'DateTime'),
    sys('LastModifiedDate', 'DateTime'),
    sys('SystemModstamp', 'DateTime'),
    sys('CreatedById', 'Reference', { referenceTo: ['User'], relationshipName: 'CreatedBy' }),
    sys('LastModifiedById', 'Reference', { referenceTo: ['User'], relationshipName: 'LastModifiedBy' }),
    // Custom objects can be owned by a user or a queue: the relationship is polymorphic.
    sys('OwnerId', 'Reference', {
      referenceTo: ['User', 'Group'],
      relationshipName: 'Owner',
      createable: true,
      updateable: true,
      calculated: false
    }),
    sys('CurrencyIsoCode', 'Picklist', { createable: true, updateable: true, calculated: false })
  ];
}

/** Reads "Grant access using hierarchies" per object from the sharing table in docs/data-model.md. */
export function hierarchyFlagsFromDoc(root: string): Map<string, boolean> {
  const flags = new Map<string, boolean>();
  const doc = join(root, 'docs', 'data-model.md');
  if (!existsSync(doc)) return flags;
  const lines = readFileSync(doc, 'utf8').split('\n');
  let hierarchyColumn = -1;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      hierarchyColumn = -1;
      continue;
    }
    const cells = line.split('|').map((c) => c.trim().replace(/\*|`/g, ''));
    const headerIndex = cells.findIndex((c) => /hierarch/i.test(c));
    if (headerIndex >= 0) {
      hierarchyColumn = headerIndex;
      continue;
    }
    if (hierarchyColumn < 0) continue;
    const object = cells[1];
    // "yes", "no", or "no: admin step after install" (the package cannot set it; the preview emulates the intent).
    const value = /^(yes|no)\b/i.exec(cells[hierarchyColumn] ?? '')?.[1]?.toLowerCase();
    if (/__c$/.test(object) && value) flags.set(object, value === 'yes');
  }
  return flags;
}

const SHARING: Record<string, SharingModel> = {
  Private: 'Private',
  Read: 'Read',
  ReadWrite: 'ReadWrite',
  ControlledByParent: 'ControlledByParent',
  FullAccess: 'FullAccess'
};

/** Deterministic key prefix per custom object (a0A, a0B, …) in name order, like an org's allocation. */
function customKeyPrefix(index: number): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  return `a${alphabet[Math.floor(index / 62) % 62]}${alphabet[index % 62]}`;
}

function readGlobalValueSets(root: string): Map<string, PicklistEntry[]> {
  const sets = new Map<string, PicklistEntry[]>();
  for (const pkg of packageDirectories(root)) {
    for (const file of walk(pkg).filter((f) => f.endsWith('.globalValueSet-meta.xml'))) {
      const xml = readXml(file, 'GlobalValueSet');
      const values = ((xml.customValue ?? []) as Xml[]).map((v) => ({
        value: String(v.fullName),
        label: text(v.label) ?? String(v.fullName),
        isDefault: bool(v.default)
      }));
      sets.set(basename(file).replace('.globalValueSet-meta.xml', ''), values);
    }
  }
  return sets;
}

/** The describe of the whole org as the preview sees it: the package's objects plus the standard ones. */
export function readOrgDescribe(root: string, options: { includeGated?: boolean } = {}): OrgDescribe {
  const objects = new Map<string, ObjectDescribe>();
  for (const std of STANDARD_OBJECTS()) objects.set(std.apiName, std);
  if (options.includeGated)
    for (const g of GATED_FIELDS) objects.get(g.object)?.fields.set(g.field, gatedField(g.object, g.field, g.type));
  const hierarchy = hierarchyFlagsFromDoc(root);
  const globalValueSets = readGlobalValueSets(root);

  const folders = new Map<string, string>();
  for (const pkg of packageDirectories(root)) {
    for (const file of walk(pkg)) {
      const m = /[\\/]objects[\\/]([^\\/]+)[\\/]\1\.object-meta\.xml$/.exec(file);
      if (m && m[1].endsWith('__c')) folders.set(m[1], file.slice(0, -basename(file).length - 1));
    }
  }
  const names = [...folders.keys()].sort();
  const childFieldsPending: { parent: string; rel: ChildRelationship }[] = [];
  names.forEach((name, index) => {
    const dir = folders.get(name)!;
    const xml = readXml(join(dir, `${name}.object-meta.xml`), 'CustomObject');
    const nameField = (xml.nameField ?? {}) as Xml;
    const sharingModel = SHARING[String(xml.sharingModel ?? 'ReadWrite')] ?? 'ReadWrite';
    const fields = new Map<string, FieldDescribe>();
    for (const f of systemFields()) fields.set(f.apiName, f);
    const nameType = String(nameField.type ?? 'Text') === 'AutoNumber' ? 'AutoNumber' : 'Text';
    fields.set('Name', {
      apiName: 'Name',
      label: text(nameField.label) ?? 'Name',
      type: 'String',
      required: nameType === 'Text',
      unique: false,
      externalId: false,
      calculated: nameType === 'AutoNumber',
      createable: nameType === 'Text',
      updateable: nameType === 'Text',
      filterable: true,
      sortable: true,
      groupable: true,
      length: 80,
      custom: false
    });
    const fieldFiles = walk(join(dir, 'fields')).filter((f) => f.endsWith('.field-meta.xml'));
    const validationFiles = walk(join(dir, 'validationRules')).filter((f) => f.endsWith('.validationRule-meta.xml'));
    for (const file of fieldFiles.sort()) {
      const fx = readXml(file, 'CustomField');
      if (!fx.fullName) fx.fullName = basename(file).replace('.field-meta.xml', '');
      const field = fieldFromXml(fx);
      if (field.valueSetName && globalValueSets.has(field.valueSetName))
        field.picklistValues = globalValueSets.get(field.valueSetName);
      fields.set(field.apiName, field);
      const childName = field.childRelationshipName;
      if (childName)
        for (const parent of field.referenceTo ?? [])
          childFieldsPending.push({
            parent,
            rel: { relationshipName: childName, childObject: name, field: field.apiName }
          });
    }
    if (sharingModel === 'ControlledByParent') fields.delete('OwnerId');
    const validationRules = validationFiles.sort().map((file) => {
      const vx = readXml(file, 'ValidationRule');
      return {
        name: text(vx.fullName) ?? basename(file).replace('.validationRule-meta.xml', ''),
        active: vx.active === undefined ? true : bool(vx.active),
        formula: text(vx.errorConditionFormula) ?? 'false',
        message: text(vx.errorMessage) ?? 'Invalid value.',
        errorField: text(vx.errorDisplayField) ?? null
      };
    });
    objects.set(name, {
      apiName: name,
      label: text(xml.label) ?? name,
      pluralLabel: text(xml.pluralLabel) ?? name,
      keyPrefix: customKeyPrefix(index),
      custom: true,
      sharingModel,
      grantAccessUsingHierarchies: sharingModel === 'ControlledByParent' ? false : (hierarchy.get(name) ?? true),
      nameField: { type: nameType, displayFormat: text(nameField.displayFormat) },
      fields,
      childRelationships: [],
      validationRules,
      source: dir
    });
  });
  for (const { parent, rel } of childFieldsPending) objects.get(parent)?.childRelationships.push(rel);
  return { objects, globalValueSets };
}
