/**
 * Fitting the demo org into the Salesforce licences an org has free. Each demo user needs one, and a Developer
 * Edition org has two in all (the admin holds one), so seeding 14 users there would stop half-way. Before any
 * user is created the seeder measures the free licences and, when there are too few, scales the document down
 * deterministically, in this order, until it fits:
 *
 * 1. fold former (inactive) users into the running user: their old deals become yours;
 * 2. fold the users who are neither a team manager nor a rep (the leader, sales ops) into the running user,
 *    the first of them (the top of the hierarchy) last;
 * 3. leave out reps from the end of the document, and a team's manager with its last rep, keeping one rep;
 * 4. fold the last manager into the running user, so one licence still seeds one rep and you manage them.
 *
 * A folded user is not created: every reference to them points at the running user instead (that user's own
 * record is never written, and their permission set assignments are left out, so seeding grants you nothing).
 * A left-out user is not created, and neither is any record that points at one, directly or through another
 * left-out record. The same document and the same licence budget always give the same plan, so a re-run
 * matches what the first run wrote.
 */
import { SEED_PLAN } from './plan.ts';
import type { DocRecord, SeedDocument } from './seeder.ts';

/** Owners of the document's opportunities: the people who sell. */
export function dealOwnersOf(doc: SeedDocument): Set<string> {
  return new Set((doc.records.Opportunity ?? []).map((o) => String(o.OwnerId ?? '')));
}

export interface UserFit {
  /** Demo user ids that map onto the running user. */
  fold: string[];
  /** Demo user ids left out, with everything that points at them. */
  drop: string[];
  /** Users the fitted document creates (the licence cost). */
  cost: number;
}

interface Roles {
  inactive: DocRecord[];
  /** Active users who are neither a team manager nor a rep, in document order. */
  others: DocRecord[];
  managers: DocRecord[];
  reps: DocRecord[];
}

const isActive = (u: DocRecord): boolean => u.IsActive !== false;

/**
 * Roles from the records alone (a `--file` document carries no scenario): a rep is an active user who owns
 * deals, has no active reports and reports to an active demo user; a team manager is the manager of a rep.
 * Owning deals tells a rep from sales ops, who also report to the leader without reports of their own.
 */
export function userRoles(users: readonly DocRecord[], dealOwners: ReadonlySet<string>): Roles {
  const active = users.filter(isActive);
  const activeIds = new Set(active.map((u) => u.Id));
  const hasReports = new Set(active.map((u) => String(u.ManagerId ?? '')));
  const reps = active.filter(
    (u) => dealOwners.has(u.Id) && !hasReports.has(u.Id) && activeIds.has(String(u.ManagerId ?? ''))
  );
  const managerIds = new Set(reps.map((r) => String(r.ManagerId)));
  return {
    inactive: users.filter((u) => !isActive(u)),
    others: active.filter((u) => !managerIds.has(u.Id) && !reps.includes(u)),
    managers: active.filter((u) => managerIds.has(u.Id)),
    reps
  };
}

/**
 * The plan that creates at most `budget` users, or null when not even one rep fits (budget 0).
 * Every kept user counts, inactive ones too: they are created active and deactivated after the records
 * they own are written, so they hold a licence while the seed runs.
 */
export function planUserFit(
  users: readonly DocRecord[],
  dealOwners: ReadonlySet<string>,
  budget: number
): UserFit | null {
  const roles = userRoles(users, dealOwners);
  const fold: string[] = [];
  const drop: string[] = [];
  let cost = users.length;
  const fits = (): boolean => cost <= budget;
  const plan = (): UserFit => ({ fold, drop, cost });
  if (fits()) return plan();
  for (const user of [...roles.inactive, ...[...roles.others].reverse()]) {
    fold.push(user.Id);
    cost--;
    if (fits()) return plan();
  }
  const repsLeft = new Map<string, number>();
  for (const rep of roles.reps) repsLeft.set(String(rep.ManagerId), (repsLeft.get(String(rep.ManagerId)) ?? 0) + 1);
  for (const rep of [...roles.reps].reverse().slice(0, Math.max(0, roles.reps.length - 1))) {
    drop.push(rep.Id);
    cost--;
    const manager = String(rep.ManagerId);
    repsLeft.set(manager, repsLeft.get(manager)! - 1);
    if (repsLeft.get(manager) === 0) {
      drop.push(manager);
      cost--;
    }
    if (fits()) return plan();
  }
  const lastRep = roles.reps.find((r) => !drop.includes(r.Id));
  if (lastRep && budget >= 1) {
    fold.push(String(lastRep.ManagerId));
    cost--;
    if (fits()) return plan();
  }
  return null;
}

/** Reference fields that do not make a record depend on its target (set by the platform, or optional setup). */
const NOT_A_DEPENDENCY = new Set(['CreatedById', 'UserRoleId', 'ParentRoleId']);

/**
 * The document without the dropped users, the folded users' own records (User, PermissionSetAssignment) and
 * every record that points at a dropped one. Types are visited in load order, so one pass reaches everything
 * (a reference always points at an earlier type). Returns the new document and how many records it left out.
 */
export function applyUserFit(doc: SeedDocument, fit: UserFit): { doc: SeedDocument; leftOut: number } {
  const folded = new Set(fit.fold);
  const removed = new Set(fit.drop);
  const records: SeedDocument['records'] = { ...doc.records };
  let leftOut = 0;
  const keep = (type: string, test: (r: DocRecord) => boolean): void => {
    const before = records[type] ?? [];
    const after = before.filter(test);
    for (const r of before) if (!after.includes(r) && !folded.has(r.Id)) removed.add(r.Id);
    leftOut += before.length - after.length;
    records[type] = after;
  };
  for (const plan of SEED_PLAN) {
    if (!records[plan.type]) continue;
    const refs = plan.references.filter((r) => !NOT_A_DEPENDENCY.has(r.field));
    keep(plan.type, (r) => {
      if (plan.type === 'User' && (folded.has(r.Id) || removed.has(r.Id))) return false;
      if (plan.type === 'PermissionSetAssignment' && folded.has(String(r.AssigneeId))) return false;
      return !refs.some((ref) => removed.has(String(r[ref.field] ?? '')));
    });
  }
  // The folded users themselves are aliases, not left-out records.
  leftOut -= fit.fold.length;
  return { doc: { ...doc, records }, leftOut };
}

/** The one line that says what was scaled down. */
export function describeFit(
  users: readonly DocRecord[],
  dealOwners: ReadonlySet<string>,
  fit: UserFit,
  budget: number,
  licence: string,
  you: string,
  leftOut: number
): string {
  const roles = userRoles(users, dealOwners);
  const name = (id: string): string => {
    const u = users.find((x) => x.Id === id);
    return u ? String(u.Name ?? `${String(u.FirstName ?? '')} ${String(u.LastName ?? '')}`.trim()) : id;
  };
  const keptReps = roles.reps.filter((r) => !fit.drop.includes(r.Id)).length;
  const keptManagers = roles.managers.filter((m) => !fit.drop.includes(m.Id) && !fit.fold.includes(m.Id)).length;
  const folded = fit.fold.length > 0 ? `; folded into you (${you}): ${fit.fold.map(name).join(', ')}` : '';
  return (
    `Scaled the demo org down to fit ${budget} free "${licence}" licence(s): ${keptReps} of ${roles.reps.length} rep(s) ` +
    `and ${keptManagers} of ${roles.managers.length} manager(s) created${folded}; ` +
    `${leftOut} record(s) of the users left out not seeded. More licences (e.g. an Enterprise scratch org) seed it all.`
  );
}
