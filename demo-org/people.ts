/** Users, roles, permission sets and their assignments: the leader, the teams, sales ops and a former rep. */
import type {
  Id,
  PermissionSetAssignmentRecord,
  PermissionSetRecord,
  PersonaPermissionSet,
  RepProfile,
  UserRecord,
  UserRoleRecord
} from './format.ts';
import type { GenerationContext } from './context.ts';
import { AMERICAS, EMEA, FIRST_NAMES, LAST_NAMES, SEED_NAMES, type Location } from './text.ts';
import { DAY_MS, isoDateTime } from './calendar.ts';

/** How a manager runs the rhythm: steady teams hold and prepare nearly every 1:1; stretched ones do not. */
export type CoachingStyle = 'steady' | 'stretched';

export interface Person {
  user: UserRecord;
  location: Location;
}

export interface Rep extends Person {
  /** Position among all active reps (drives the rep's random stream and profile). */
  index: number;
  profile: RepProfile;
  hasCadence: boolean;
}

export interface Team {
  index: number;
  region: 'EMEA' | 'Americas';
  style: CoachingStyle;
  manager: Person;
  reps: Rep[];
}

export interface People {
  leader: Person;
  admin: Person;
  former: Person;
  teams: Team[];
  reps: Rep[];
  users: UserRecord[];
  roles: UserRoleRecord[];
  permissionSets: PermissionSetRecord[];
  assignments: PermissionSetAssignmentRecord[];
}

/** Profiles by rep position: every block of nine holds each problem once, so big orgs keep the same mix. */
const PROFILE_CYCLE: readonly RepProfile[] = [
  'star',
  'leadGenerationGap',
  'dealHider',
  'ordinary',
  'ordinary',
  'slipper',
  'poorConverter',
  'ordinary',
  'ordinary'
];

const PERMISSION_SETS: readonly [PersonaPermissionSet, string][] = [
  ['Coaching_Leader', 'Coaching Rhythm: Leader'],
  ['Coaching_Manager', 'Coaching Rhythm: Manager'],
  ['Coaching_Rep', 'Coaching Rhythm: Rep'],
  ['Coaching_Admin', 'Coaching Rhythm: Admin']
];

const ascii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export function buildPeople(ctx: GenerationContext): People {
  const { ids } = ctx;
  const teamSizes = ctx.teamSizes;
  const seedNames = teamSizes.length === 2 && teamSizes[0] === 5 && teamSizes[1] === 4;
  const usedUsernames = new Set<string>();
  const users: UserRecord[] = [];
  const roles: UserRoleRecord[] = [];

  const role = (name: string, developerName: string, parent: Id | null): Id => {
    const Id = ids.next('UserRole');
    roles.push({
      attributes: ctx.attributes('UserRole'),
      Id,
      Name: name,
      DeveloperName: developerName,
      ParentRoleId: parent
    });
    return Id;
  };

  let generatedName = 0;
  const nextName = (): readonly [string, string] => {
    const i = generatedName++;
    return [
      FIRST_NAMES[(i * 7) % FIRST_NAMES.length],
      LAST_NAMES[(i * 11 + Math.floor(i / FIRST_NAMES.length)) % LAST_NAMES.length]
    ];
  };

  const person = (
    name: readonly [string, string],
    location: Location,
    details: {
      title: string;
      department: string;
      managerId: Id | null;
      roleId: Id | null;
      active?: boolean;
      yearsAgo: number;
    }
  ): Person => {
    const [FirstName, LastName] = name;
    let handle = `${ascii(FirstName)}.${ascii(LastName)}`;
    for (let n = 2; usedUsernames.has(handle); n++) handle = `${ascii(FirstName)}.${ascii(LastName)}${n}`;
    usedUsernames.add(handle);
    const Id = ids.next('User');
    const user: UserRecord = {
      attributes: ctx.attributes('User'),
      Id,
      Username: `${handle}@coaching-demo.example`,
      FirstName,
      LastName,
      Name: `${FirstName} ${LastName}`,
      Alias: (ascii(FirstName).slice(0, 1) + ascii(LastName)).slice(0, 8),
      Email: `${handle}@coaching-demo.example`,
      Title: details.title,
      Department: details.department,
      IsActive: details.active ?? true,
      ManagerId: details.managerId,
      UserRoleId: details.roleId,
      TimeZoneSidKey: location.timeZone,
      LocaleSidKey: location.locale,
      LanguageLocaleKey: 'en_US',
      EmailEncodingKey: 'UTF-8',
      DefaultCurrencyIsoCode: location.currency,
      CurrencyIsoCode: location.currency,
      CreatedDate: isoDateTime(ctx.now - Math.round(details.yearsAgo * 365) * DAY_MS - 5 * 3_600_000)
    };
    users.push(user);
    return { user, location };
  };

  const vpRole = role('VP Sales', 'VP_Sales', null);
  const leader = person(SEED_NAMES.leader, AMERICAS[0], {
    title: 'VP Sales',
    department: 'Sales',
    managerId: null,
    roleId: vpRole,
    yearsAgo: 6
  });

  const teams: Team[] = [];
  const reps: Rep[] = [];
  // The pair without a cadence: the last rep of the second team (or of the only team).
  const noCadenceTeam = Math.min(1, teamSizes.length - 1);
  for (let t = 0; t < teamSizes.length; t++) {
    const region = t % 2 === 0 ? 'EMEA' : 'Americas';
    const places = region === 'EMEA' ? EMEA : AMERICAS;
    const suffix = teamSizes.length > 2 ? ` ${Math.floor(t / 2) + 1}` : '';
    const devSuffix = suffix ? `_${Math.floor(t / 2) + 1}` : '';
    const managerRole = role(`Sales Manager ${region}${suffix}`, `Sales_Manager_${region}${devSuffix}`, vpRole);
    const repRole = role(
      `Account Executive ${region}${suffix}`,
      `Account_Executive_${region}${devSuffix}`,
      managerRole
    );
    const manager = person(seedNames ? SEED_NAMES.managers[t] : nextName(), places[0], {
      title: `Sales Manager, ${region}`,
      department: 'Sales',
      managerId: leader.user.Id,
      roleId: managerRole,
      yearsAgo: 4
    });
    const team: Team = { index: t, region, style: t % 2 === 0 ? 'steady' : 'stretched', manager, reps: [] };
    for (let r = 0; r < teamSizes[t]; r++) {
      const index = reps.length;
      const noCadence = t === noCadenceTeam && r === teamSizes[t] - 1 && teamSizes[t] > 1;
      const profile: RepProfile = noCadence ? 'ordinary' : PROFILE_CYCLE[index % PROFILE_CYCLE.length];
      const base = person(seedNames ? SEED_NAMES.reps[index] : nextName(), places[r % places.length], {
        title: profile === 'star' ? 'Senior Account Executive' : 'Account Executive',
        department: 'Sales',
        managerId: manager.user.Id,
        // One rep was never given a role: an oversight every real org has.
        roleId: noCadence ? null : repRole,
        yearsAgo: 2 + ((index * 5) % 7) / 3
      });
      const rep: Rep = { ...base, index, profile, hasCadence: !noCadence };
      team.reps.push(rep);
      reps.push(rep);
    }
    teams.push(team);
  }

  const admin = person(SEED_NAMES.admin, AMERICAS[1], {
    title: 'Sales Operations Manager',
    department: 'Sales Operations',
    managerId: leader.user.Id,
    roleId: null,
    yearsAgo: 3
  });
  const former = person(SEED_NAMES.former, AMERICAS[0], {
    title: 'Account Executive',
    department: 'Sales',
    managerId: teams[teams.length > 1 ? 1 : 0].manager.user.Id,
    roleId: null,
    active: false,
    yearsAgo: 5
  });

  const permissionSets: PermissionSetRecord[] = PERMISSION_SETS.map(([Name, Label]) => {
    const Id = ids.next('PermissionSet');
    return {
      attributes: ctx.attributes('PermissionSet'),
      Id,
      Name,
      Label,
      IsOwnedByProfile: false,
      NamespacePrefix: null
    };
  });
  const permissionSetByName = new Map(permissionSets.map((p) => [p.Name, p]));
  const assignments: PermissionSetAssignmentRecord[] = [];
  const assign = (user: UserRecord, name: PersonaPermissionSet): void => {
    const Id = ids.next('PermissionSetAssignment');
    const set = permissionSetByName.get(name)!;
    assignments.push({
      attributes: ctx.attributes('PermissionSetAssignment'),
      Id,
      AssigneeId: user.Id,
      PermissionSetId: set.Id,
      PermissionSet: { attributes: ctx.attributes('PermissionSet'), Name: name }
    });
  };
  assign(leader.user, 'Coaching_Leader');
  for (const team of teams) {
    assign(team.manager.user, 'Coaching_Manager');
    assign(team.manager.user, 'Coaching_Rep');
    for (const rep of team.reps) assign(rep.user, 'Coaching_Rep');
  }
  assign(admin.user, 'Coaching_Admin');
  assign(admin.user, 'Coaching_Leader');

  return { leader, admin, former, teams, reps, users, roles, permissionSets, assignments };
}
