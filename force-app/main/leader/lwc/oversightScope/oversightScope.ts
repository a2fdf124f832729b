/**
 * Who a leader oversees: the managers below them through User.ManagerId at any depth, or every manager in the
 * org. The users are fetched once (active users with a manager, paged) and the hierarchy is walked here in
 * memory, so the walk costs no query per level or per manager. Pure: no platform imports.
 */
import type { Id } from 'c/coachingModel';

/** One active user as the people query returns them. */
export interface Person {
  id: Id;
  name: string;
  managerId: Id | null;
  /** The manager's name from the `Manager` relationship: names top-level managers that have no manager. */
  managerName: string | null;
  title: string | null;
}

export type ScopeMode = 'mine' | 'org';

export interface ScopedManager {
  id: Id;
  name: string;
  title: string | null;
  /** Whom the manager reports to (null at the top of the org). */
  reportsToId: Id | null;
  reportsToName: string | null;
  /** Active direct reports, by name. */
  directReportIds: Id[];
  /** Direct reports who manage people themselves: the manager is a second-line leader of those. */
  managesManagers: boolean;
  /** Levels below the viewer (1 = reports to the viewer); 0 in the org scope when not under the viewer. */
  depth: number;
}

export interface Scope {
  mode: ScopeMode;
  managers: ScopedManager[];
  /** Managers below the viewer, whichever mode was asked for: decides the default mode and the picker. */
  managersUnderViewer: number;
}

interface Hierarchy {
  people: Map<Id, Person>;
  reports: Map<Id, Id[]>;
  names: Map<Id, string>;
}

function indexPeople(people: readonly Person[]): Hierarchy {
  const byId = new Map<Id, Person>();
  for (const p of people) if (p && p.id && !byId.has(p.id)) byId.set(p.id, p);
  const reports = new Map<Id, Id[]>();
  const names = new Map<Id, string>();
  for (const p of byId.values()) {
    names.set(p.id, p.name);
    if (!p.managerId || p.managerId === p.id) continue;
    const list = reports.get(p.managerId);
    if (list) list.push(p.id);
    else reports.set(p.managerId, [p.id]);
    if (p.managerName && !names.has(p.managerId)) names.set(p.managerId, p.managerName);
  }
  // A manager who is in the list under their own name wins over the relationship name read off a report.
  for (const p of byId.values()) names.set(p.id, p.name);
  return { people: byId, reports, names };
}

/** Every user below `rootId` at any depth with their depth (breadth first; a ManagerId cycle cannot loop). */
function below(h: Hierarchy, rootId: Id): Map<Id, number> {
  const depth = new Map<Id, number>();
  let frontier = [rootId];
  for (let level = 1; frontier.length > 0; level++) {
    const next: Id[] = [];
    for (const id of frontier)
      for (const child of h.reports.get(id) ?? [])
        if (child !== rootId && !depth.has(child)) {
          depth.set(child, level);
          next.push(child);
        }
    frontier = next;
  }
  return depth;
}

const byName = (names: Map<Id, string>) => (a: Id, b: Id) =>
  (names.get(a) ?? a).localeCompare(names.get(b) ?? b) || (a < b ? -1 : 1);

/**
 * The managers a viewer oversees. `mine`: managers below the viewer at any depth (not the viewer). `org`: every
 * user with an active direct report. `auto` picks `mine` when the viewer has managers below them, else `org`
 * (sales ops and enablement usually sit outside the sales line).
 */
export function managersInScope(people: readonly Person[], viewerId: Id, mode: ScopeMode | 'auto'): Scope {
  const h = indexPeople(people ?? []);
  const under = below(h, viewerId);
  const isManager = (id: Id): boolean => (h.reports.get(id)?.length ?? 0) > 0;
  const managersUnderViewer = [...under.keys()].filter(isManager).length;
  const resolved: ScopeMode = mode === 'auto' ? (managersUnderViewer > 0 ? 'mine' : 'org') : mode;
  const candidates = resolved === 'mine' ? [...under.keys()] : [...h.reports.keys()];
  const sort = byName(h.names);
  const managers = candidates
    .filter((id) => isManager(id) && id !== viewerId)
    .sort(sort)
    .map((id): ScopedManager => {
      const person = h.people.get(id);
      const reportsToId = person?.managerId ?? null;
      const directReportIds = [...(h.reports.get(id) ?? [])].sort(sort);
      return {
        id,
        name: h.names.get(id) ?? id,
        title: person?.title ?? null,
        reportsToId,
        reportsToName: reportsToId ? (h.names.get(reportsToId) ?? null) : null,
        directReportIds,
        managesManagers: directReportIds.some(isManager),
        depth: under.get(id) ?? 0
      };
    });
  return { mode: resolved, managers, managersUnderViewer };
}

/** Names of every user the people query returned, plus managers known only through a report's relationship. */
export function peopleNames(people: readonly Person[]): Map<Id, string> {
  return indexPeople(people ?? []).names;
}
