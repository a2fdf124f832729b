import { managersInScope, peopleNames, type Person } from 'c/oversightScope';

const person = (id: string, name: string, managerId: string | null, managerName: string | null = null): Person => ({
  id,
  name,
  managerId,
  managerName,
  title: null
});

/*
 * VP (the viewer, not in the list: no manager of their own)
 * ├── Lee (second-line)        ├── Mia → Rob, Rae
 * │                            └── Max → Roy
 * └── Meg → Ria
 * Olga (another top-level leader, known only as the manager name on Mo's record) → Mo → Rex
 */
const PEOPLE: Person[] = [
  person('L1', 'Lee', 'VP', 'Vera'),
  person('M1', 'Mia', 'L1', 'Lee'),
  person('R1', 'Rob', 'M1', 'Mia'),
  person('R2', 'Rae', 'M1', 'Mia'),
  person('M2', 'Max', 'L1', 'Lee'),
  person('R3', 'Roy', 'M2', 'Max'),
  person('M3', 'Meg', 'VP', 'Vera'),
  person('R4', 'Ria', 'M3', 'Meg'),
  person('M4', 'Mo', 'OV', 'Olga'),
  person('R5', 'Rex', 'M4', 'Mo')
];

describe('managersInScope', () => {
  it('walks ManagerId at any depth below the viewer and leaves out everyone else', () => {
    const scope = managersInScope(PEOPLE, 'VP', 'mine');
    expect(scope.mode).toBe('mine');
    // Users below VP with an active report: Lee (Mia, Max), Mia (Rob, Rae), Max (Roy), Meg (Ria); sorted by name.
    expect(scope.managers.map((m) => m.name)).toEqual(['Lee', 'Max', 'Meg', 'Mia']);
    expect(scope.managersUnderViewer).toBe(4);
    const lee = scope.managers[0];
    expect(lee).toMatchObject({ reportsToName: 'Vera', managesManagers: true, depth: 1 });
    expect(lee.directReportIds).toEqual(['M2', 'M1']); // Max, Mia by name
    const mia = scope.managers.find((m) => m.id === 'M1');
    expect(mia).toMatchObject({
      reportsToName: 'Lee',
      managesManagers: false,
      depth: 2,
      directReportIds: ['R2', 'R1']
    });
  });

  it('the org scope lists every manager, including top-level ones known only by name', () => {
    const scope = managersInScope(PEOPLE, 'VP', 'org');
    // Everyone with a report except the viewer: Lee, Max, Meg, Mia, Mo, Olga.
    expect(scope.managers.map((m) => m.name)).toEqual(['Lee', 'Max', 'Meg', 'Mia', 'Mo', 'Olga']);
    const olga = scope.managers.find((m) => m.id === 'OV')!;
    expect(olga).toMatchObject({ reportsToId: null, reportsToName: null, depth: 0, directReportIds: ['M4'] });
    expect(scope.managers.find((m) => m.id === 'M4')!.depth).toBe(0);
  });

  it('auto: a viewer with managers below sees them; sales ops outside the line sees the org', () => {
    expect(managersInScope(PEOPLE, 'VP', 'auto').mode).toBe('mine');
    const ops = managersInScope(PEOPLE, 'OPS', 'auto');
    expect(ops.mode).toBe('org');
    expect(ops.managersUnderViewer).toBe(0);
    // The org as seen from outside includes Vera (VP): she manages Lee and Meg.
    expect(ops.managers.map((m) => m.id)).toContain('VP');
    expect(ops.managers.find((m) => m.id === 'VP')!.name).toBe('Vera');
  });

  it('a first-line manager viewer has no managers below: mine is empty, auto falls back to the org', () => {
    expect(managersInScope(PEOPLE, 'M1', 'mine').managers).toEqual([]);
    expect(managersInScope(PEOPLE, 'M1', 'auto').mode).toBe('org');
  });

  it('survives a ManagerId cycle, a self-reference, duplicates and no input', () => {
    const cyclic = [
      person('A', 'Ann', 'B'),
      person('B', 'Bea', 'A'),
      person('C', 'Cy', 'C'),
      person('A', 'Ann again', 'X')
    ];
    const scope = managersInScope(cyclic, 'A', 'mine');
    // Below Ann: Bea (who manages Ann, the root, which is not revisited). Cy manages only himself: no manager.
    expect(scope.managers.map((m) => m.id)).toEqual(['B']);
    expect(managersInScope(cyclic, 'A', 'org').managers.map((m) => m.id)).toEqual(['B']);
    expect(managersInScope([], 'A', 'auto')).toEqual({ mode: 'org', managers: [], managersUnderViewer: 0 });
    expect(managersInScope(null as unknown as Person[], 'A', 'mine').managers).toEqual([]);
  });

  it('a 3,905-person tree five levels deep resolves every manager below the root', () => {
    // Level k has 5^k people; levels 1..5 hold 5 + 25 + 125 + 625 + 3125 = 3905 people, each managing 5 below.
    const people: Person[] = [];
    let frontier = ['ROOT'];
    for (let level = 1; level <= 5; level++) {
      const next: string[] = [];
      for (const manager of frontier)
        for (let i = 0; i < 5; i++) {
          const id = `${manager}.${i}`;
          people.push(person(id, id, manager));
          next.push(id);
        }
      frontier = next;
    }
    const scope = managersInScope(people, 'ROOT', 'mine');
    // Everyone on levels 1–4 manages someone: 5 + 25 + 125 + 625 = 780.
    expect(people).toHaveLength(3905);
    expect(scope.managers).toHaveLength(780);
    expect(Math.max(...scope.managers.map((m) => m.depth))).toBe(4);
  });
});

describe('peopleNames', () => {
  it('names listed users by their own record and others by the relationship name', () => {
    const names = peopleNames(PEOPLE);
    expect(names.get('M1')).toBe('Mia');
    expect(names.get('OV')).toBe('Olga');
    expect(names.get('NOBODY')).toBeUndefined();
  });
});
