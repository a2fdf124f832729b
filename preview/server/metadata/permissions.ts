/**
 * Permission sets, custom permissions and custom labels from the package metadata, and the effective access
 * of one user (the union of the profile's base grants and every assigned permission set).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { walk, packageDirectories } from '../../../scripts/lib/project.ts';
import type { OrgDescribe } from './describe.ts';

export interface ObjectPermission {
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
  viewAll: boolean;
  modifyAll: boolean;
}

export interface PermissionSetDescribe {
  name: string;
  label: string;
  objects: Map<string, ObjectPermission>;
  /** `Object.Field` → access. */
  fields: Map<string, { read: boolean; edit: boolean }>;
  customPermissions: Set<string>;
  apexClasses: Set<string>;
  viewAllData: boolean;
  modifyAllData: boolean;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (tag) =>
    [
      'objectPermissions',
      'fieldPermissions',
      'customPermissions',
      'classAccesses',
      'userPermissions',
      'labels'
    ].includes(tag)
});
type Xml = Record<string, any>;
const bool = (v: unknown): boolean => String(v) === 'true';

export function readPermissionSets(root: string): Map<string, PermissionSetDescribe> {
  const sets = new Map<string, PermissionSetDescribe>();
  for (const pkg of packageDirectories(root)) {
    for (const file of walk(pkg).filter((f) => f.endsWith('.permissionset-meta.xml'))) {
      const xml = ((parser.parse(readFileSync(file, 'utf8')) as Xml).PermissionSet ?? {}) as Xml;
      const name = basename(file).replace('.permissionset-meta.xml', '');
      const userPerms = ((xml.userPermissions ?? []) as Xml[])
        .filter((p) => bool(p.enabled))
        .map((p) => String(p.name));
      sets.set(name, {
        name,
        label: String(xml.label ?? name),
        objects: new Map(
          ((xml.objectPermissions ?? []) as Xml[]).map((p) => [
            String(p.object),
            {
              read: bool(p.allowRead),
              create: bool(p.allowCreate),
              edit: bool(p.allowEdit),
              delete: bool(p.allowDelete),
              viewAll: bool(p.viewAllRecords),
              modifyAll: bool(p.modifyAllRecords)
            }
          ])
        ),
        fields: new Map(
          ((xml.fieldPermissions ?? []) as Xml[]).map((p) => [
            String(p.field),
            { read: bool(p.readable), edit: bool(p.editable) }
          ])
        ),
        customPermissions: new Set(
          ((xml.customPermissions ?? []) as Xml[]).filter((p) => bool(p.enabled)).map((p) => String(p.name))
        ),
        apexClasses: new Set(
          ((xml.classAccesses ?? []) as Xml[]).filter((p) => bool(p.enabled)).map((p) => String(p.apexClass))
        ),
        viewAllData: userPerms.includes('ViewAllData'),
        modifyAllData: userPerms.includes('ModifyAllData')
      });
    }
  }
  return sets;
}

/** Custom labels by developer name (`c.Label_Name` imports). */
export function readCustomLabels(root: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const pkg of packageDirectories(root)) {
    for (const file of walk(pkg).filter((f) => f.endsWith('.labels-meta.xml'))) {
      const xml = ((parser.parse(readFileSync(file, 'utf8')) as Xml).CustomLabels ?? {}) as Xml;
      for (const l of (xml.labels ?? []) as Xml[]) labels.set(String(l.fullName), String(l.value ?? ''));
    }
  }
  return labels;
}

/**
 * What the profile every demo user holds ("Standard User") grants: the standard objects, never the package's
 * objects (a package cannot grant standard-object access, and its custom objects come only from permission sets).
 */
export const PROFILE_OBJECT_ACCESS: Record<string, ObjectPermission> = {
  User: { read: true, create: false, edit: false, delete: false, viewAll: false, modifyAll: false },
  Account: { read: true, create: true, edit: true, delete: true, viewAll: false, modifyAll: false },
  Opportunity: { read: true, create: true, edit: true, delete: true, viewAll: false, modifyAll: false }
};

/** The effective object and field access of a user holding `permissionSets`. */
export class EffectiveAccess {
  readonly key: string;
  readonly customPermissions: Set<string>;
  readonly apexClasses: Set<string>;
  readonly viewAllData: boolean;
  readonly modifyAllData: boolean;
  private readonly objects = new Map<string, ObjectPermission>();
  private readonly fields = new Map<string, { read: boolean; edit: boolean }>();

  constructor(
    private readonly describe: OrgDescribe,
    sets: PermissionSetDescribe[]
  ) {
    this.key = sets
      .map((s) => s.name)
      .sort()
      .join('+');
    this.customPermissions = new Set(sets.flatMap((s) => [...s.customPermissions]));
    this.apexClasses = new Set(sets.flatMap((s) => [...s.apexClasses]));
    this.viewAllData = sets.some((s) => s.viewAllData);
    this.modifyAllData = sets.some((s) => s.modifyAllData);
    for (const [object, perm] of Object.entries(PROFILE_OBJECT_ACCESS)) this.objects.set(object, { ...perm });
    for (const set of sets) {
      for (const [object, perm] of set.objects) {
        const current = this.objects.get(object);
        this.objects.set(object, {
          read: perm.read || !!current?.read,
          create: perm.create || !!current?.create,
          edit: perm.edit || !!current?.edit,
          delete: perm.delete || !!current?.delete,
          viewAll: perm.viewAll || !!current?.viewAll,
          modifyAll: perm.modifyAll || !!current?.modifyAll
        });
      }
      for (const [field, perm] of set.fields) {
        const current = this.fields.get(field);
        this.fields.set(field, { read: perm.read || !!current?.read, edit: perm.edit || !!current?.edit });
      }
    }
  }

  object(apiName: string): ObjectPermission {
    const none = { read: false, create: false, edit: false, delete: false, viewAll: false, modifyAll: false };
    const perm = this.objects.get(apiName) ?? none;
    if (this.modifyAllData)
      return { read: true, create: true, edit: true, delete: true, viewAll: true, modifyAll: true };
    if (this.viewAllData) return { ...perm, read: true, viewAll: true };
    return perm;
  }

  /**
   * Field-level security. Standard fields follow the profile (readable when the object is); required and
   * master-detail custom fields are always readable and editable (Salesforce rejects permissions for them);
   * other custom fields need a field permission.
   */
  field(objectApiName: string, fieldApiName: string): { read: boolean; edit: boolean } {
    const object = this.describe.objects.get(objectApiName);
    const field = object?.fields.get(fieldApiName);
    if (!object || !field || !this.object(objectApiName).read) return { read: false, edit: false };
    const editable = field.createable || field.updateable;
    if (!field.custom || field.required || field.masterDetail) return { read: true, edit: editable };
    if (this.modifyAllData) return { read: true, edit: editable };
    const perm = this.fields.get(`${objectApiName}.${fieldApiName}`);
    return { read: !!perm?.read || !!perm?.edit, edit: !!perm?.edit && editable };
  }
}
