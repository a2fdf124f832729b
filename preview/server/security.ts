/**
 * Sharing and security for the view-as user, as the org would apply them:
 * object permissions and field-level security (profile + permission sets), org-wide defaults, record
 * ownership, the role hierarchy ("grant access using hierarchies"), the Apex-managed share rows with row cause
 * `Coaching_Participant__c` (emulated from the records, as the trigger in docs/data-model.md maintains them),
 * View All / Modify All, and master-detail (controlled by parent).
 */
import type { DataStore, SfRecord } from './data/store.ts';
import type { OrgDescribe } from './metadata/describe.ts';
import { EffectiveAccess, type PermissionSetDescribe } from './metadata/permissions.ts';

export type RecordAccess = 'None' | 'Read' | 'Edit' | 'All';
const RANK: Record<RecordAccess, number> = { None: 0, Read: 1, Edit: 2, All: 3 };
const max = (a: RecordAccess, b: RecordAccess): RecordAccess => (RANK[a] >= RANK[b] ? a : b);

export type Persona = 'leader' | 'manager' | 'rep' | 'admin' | 'none';

/**
 * Share rows the package's triggers maintain with row cause `Coaching_Participant__c` (ParticipantSharing in the
 * Apex layer): on cadences and 1:1s the rep reads and the manager edits (when someone else owns the record); on
 * action items the manager, the rep and the assignee edit. The owner needs no share.
 */
export function participantShares(object: string, record: SfRecord): { userId: string; access: RecordAccess }[] {
  const id = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
  const owner = id(record.OwnerId);
  const grants: [unknown, RecordAccess][] =
    object === 'Coaching_Cadence__c' || object === 'Coaching_Session__c'
      ? [
          [record.Rep__c, 'Read'],
          [record.Manager__c, 'Edit']
        ]
      : object === 'Action_Item__c'
        ? [
            [record.Manager__c, 'Edit'],
            [record.Rep__c, 'Edit'],
            [record.Assignee__c, 'Edit']
          ]
        : [];
  const out: { userId: string; access: RecordAccess }[] = [];
  for (const [user, access] of grants) {
    const u = id(user);
    if (!u || u === owner) continue;
    const existing = out.find((s) => s.userId === u);
    if (existing) existing.access = max(existing.access, access);
    else out.push({ userId: u, access });
  }
  return out;
}

/** Names of the permission sets assigned to a user, whatever shape the assignment rows have. */
export function assignedPermissionSets(store: DataStore, userId: string): string[] {
  const sets = store.all('PermissionSet');
  const names = new Set<string>();
  for (const a of store.all('PermissionSetAssignment')) {
    if (a.AssigneeId !== userId) continue;
    const nested = (a.PermissionSet as { Name?: string } | undefined)?.Name;
    const byId = sets.find((s) => s.Id === a.PermissionSetId)?.Name as string | undefined;
    const name = nested ?? (a.PermissionSetName as string | undefined) ?? byId;
    if (name) names.add(name);
  }
  return [...names];
}

export function personaOf(permissionSetNames: string[]): Persona {
  if (permissionSetNames.includes('Coaching_Leader')) return 'leader';
  if (permissionSetNames.includes('Coaching_Manager')) return 'manager';
  if (permissionSetNames.includes('Coaching_Rep')) return 'rep';
  if (permissionSetNames.includes('Coaching_Admin')) return 'admin';
  return 'none';
}

/** Parent role of each role: from UserRole rows when the org has them, else from the users' managers. */
function roleParents(store: DataStore): Map<string, string | null> {
  const parents = new Map<string, string | null>();
  const roles = store.all('UserRole');
  if (roles.length > 0) {
    for (const r of roles) parents.set(r.Id, (r.ParentRoleId as string | null) ?? null);
    return parents;
  }
  // No UserRole rows: a user's role reports to their manager's role (the usual sales-org shape).
  const users = store.all('User');
  const byId = new Map(users.map((u) => [u.Id, u]));
  for (const u of users) {
    const role = u.UserRoleId as string | null;
    if (!role || parents.has(role)) continue;
    let manager = byId.get(u.ManagerId as string);
    while (manager && !manager.UserRoleId) manager = byId.get(manager.ManagerId as string);
    const parent = (manager?.UserRoleId as string | undefined) ?? null;
    parents.set(role, parent === role ? null : parent);
  }
  return parents;
}

export class SecurityContext {
  readonly user: SfRecord;
  readonly access: EffectiveAccess;
  readonly permissionSetNames: string[];
  readonly persona: Persona;
  /** Users whose records the viewer reaches through the role hierarchy (below the viewer's role). */
  private readonly subordinates: Set<string>;

  constructor(
    readonly store: DataStore,
    readonly describe: OrgDescribe,
    permissionSets: Map<string, PermissionSetDescribe>,
    readonly userId: string,
    /** Visible records per user and object, valid while the store's version is unchanged (shared across requests). */
    private readonly cache?: Map<string, { version: number; records: SfRecord[] }>
  ) {
    const user = store.get(userId);
    if (!user || store.objectOf(userId) !== 'User') throw new Error(`No user with id ${userId} in the demo org.`);
    this.user = user;
    this.permissionSetNames = assignedPermissionSets(store, userId);
    this.persona = personaOf(this.permissionSetNames);
    this.access = new EffectiveAccess(
      describe,
      this.permissionSetNames.map((n) => permissionSets.get(n)).filter((s): s is PermissionSetDescribe => !!s)
    );
    this.subordinates = this.computeSubordinates();
  }

  private computeSubordinates(): Set<string> {
    const myRole = this.user.UserRoleId as string | null;
    const out = new Set<string>();
    if (!myRole) return out;
    const parents = roleParents(this.store);
    const below = (role: string | null): boolean => {
      const seen = new Set<string>();
      let r = role ? (parents.get(role) ?? null) : null;
      while (r && !seen.has(r)) {
        if (r === myRole) return true;
        seen.add(r);
        r = parents.get(r) ?? null;
      }
      return false;
    };
    for (const u of this.store.all('User')) if (below((u.UserRoleId as string | null) ?? null)) out.add(u.Id);
    return out;
  }

  /** The viewer, plus (when the object grants access using hierarchies) everyone below the viewer's role. */
  private reaches(userId: string | null, hierarchy: boolean): boolean {
    if (!userId) return false;
    return userId === this.userId || (hierarchy && this.subordinates.has(userId));
  }

  /** Record-level access of the viewer to one record (object permissions included). */
  recordAccess(object: string, record: SfRecord, depth = 0): RecordAccess {
    const d = this.describe.objects.get(object);
    const perm = this.access.object(object);
    if (!d || !perm.read) return 'None';
    const cap = (a: RecordAccess): RecordAccess => {
      if (a === 'None') return a;
      if (!perm.edit) return 'Read';
      return a;
    };
    if (perm.modifyAll) return 'All';
    let access: RecordAccess = perm.viewAll ? 'Read' : 'None';
    if (d.sharingModel === 'ControlledByParent') {
      const master = [...d.fields.values()].find((f) => f.masterDetail);
      const parentId = master ? (record[master.apiName] as string | undefined) : undefined;
      const parent = this.store.get(parentId);
      const parentObject = parentId ? this.store.objectOf(parentId) : undefined;
      if (!parent || !parentObject || depth > 3) return cap(access);
      const parentAccess = this.recordAccess(parentObject, parent, depth + 1);
      return cap(max(access, parentAccess));
    }
    if (d.sharingModel === 'Read') access = max(access, 'Read');
    if (d.sharingModel === 'ReadWrite' || d.sharingModel === 'FullAccess') access = max(access, 'Edit');
    if (object === 'User') return record.Id === this.userId ? 'Edit' : max(access, 'Read');
    const hierarchy = d.grantAccessUsingHierarchies;
    if (this.reaches((record.OwnerId as string | undefined) ?? null, hierarchy)) access = 'All';
    for (const share of participantShares(object, record))
      if (this.reaches(share.userId, hierarchy)) access = max(access, share.access);
    return cap(access);
  }

  canRead(object: string, record: SfRecord): boolean {
    return this.recordAccess(object, record) !== 'None';
  }

  canEdit(object: string, record: SfRecord): boolean {
    const a = this.recordAccess(object, record);
    return a === 'Edit' || a === 'All';
  }

  canDelete(object: string, record: SfRecord): boolean {
    return this.access.object(object).delete && this.recordAccess(object, record) === 'All';
  }

  /** Records of an object the viewer can read (the same answer as canRead, computed per object at once). */
  visible(object: string): SfRecord[] {
    const perm = this.access.object(object);
    if (!perm.read) return [];
    const key = `${this.userId}:${object}`;
    const cached = this.cache?.get(key);
    if (cached && cached.version === this.store.version) return cached.records;
    const records = this.computeVisible(object, perm);
    this.cache?.set(key, { version: this.store.version, records });
    return records;
  }

  private computeVisible(object: string, perm: { viewAll: boolean; modifyAll: boolean }): SfRecord[] {
    const d = this.describe.objects.get(object);
    if (!d) return [];
    const all = this.store.all(object);
    if (
      perm.viewAll ||
      perm.modifyAll ||
      object === 'User' ||
      ['Read', 'ReadWrite', 'FullAccess'].includes(d.sharingModel)
    )
      return all;
    if (d.sharingModel === 'ControlledByParent') return all.filter((r) => this.canRead(object, r));
    const hierarchy = d.grantAccessUsingHierarchies;
    return all.filter(
      (r) =>
        this.reaches((r.OwnerId as string | undefined) ?? null, hierarchy) ||
        participantShares(object, r).some((share) => this.reaches(share.userId, hierarchy))
    );
  }
}
