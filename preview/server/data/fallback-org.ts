/**
 * A small stand-in demo org, used only while the demo-org generator (branch `demo-org`, `demo-org/generator.ts`)
 * has not landed: the same document format (docs/demo-org.md), a leader, managers, reps, accounts,
 * opportunities, one cadence, weekly sessions and feedback per rep. Deterministic for a given anchor date.
 * It is deliberately plain: the generator owns realistic data; this only lets the preview start.
 */
import type { DemoOrgDocument, SfRecord } from './store.ts';
import { idSuffix } from './store.ts';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function makeId(prefix: string, n: number): string {
  let body = '';
  let x = n;
  for (let i = 0; i < 6; i++) {
    body = ALPHABET[x % 62] + body;
    x = Math.floor(x / 62);
  }
  const id15 = `${prefix}000000${body}`.slice(0, 15);
  return id15 + idSuffix(id15);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface FallbackOptions {
  anchorDate: string;
  reps: number;
}

const FIRST = [
  'Avery',
  'Blake',
  'Casey',
  'Devon',
  'Emery',
  'Finley',
  'Harper',
  'Jordan',
  'Kai',
  'Logan',
  'Morgan',
  'Parker'
];
const LAST = [
  'Adams',
  'Brooks',
  'Chen',
  'Diaz',
  'Evans',
  'Fischer',
  'Garcia',
  'Hughes',
  'Ito',
  'Jensen',
  'Khan',
  'Lopez'
];
const ZONES = ['America/New_York', 'Europe/London', 'America/Los_Angeles', 'Europe/Berlin'];

export function fallbackDemoOrg(options: FallbackOptions): DemoOrgDocument {
  const { anchorDate, reps } = options;
  let n = 0;
  const next = (prefix: string): string => makeId(prefix, ++n);
  const users: SfRecord[] = [];
  const assignments: SfRecord[] = [];
  const roles: SfRecord[] = [];
  const sets = ['Coaching_Leader', 'Coaching_Manager', 'Coaching_Rep', 'Coaching_Admin'].map((name) => ({
    attributes: { type: 'PermissionSet' },
    Id: next('0PS'),
    Name: name
  }));
  const setId = (name: string): string => sets.find((s) => s.Name === name)!.Id;
  const assign = (userId: string, name: string): void => {
    assignments.push({
      attributes: { type: 'PermissionSetAssignment' },
      Id: next('0Pa'),
      AssigneeId: userId,
      PermissionSetId: setId(name),
      PermissionSet: { Name: name }
    });
  };
  const user = (i: number, title: string, managerId: string | null, roleId: string | null, zone: string): SfRecord => {
    // Distinct first/last pairs for the first 144 users; larger orgs get a numeric suffix.
    const first = FIRST[i % FIRST.length];
    const round = Math.floor(i / (FIRST.length * LAST.length));
    const last = `${LAST[(i * 5 + Math.floor(i / FIRST.length)) % LAST.length]}${round > 0 ? ` ${round + 1}` : ''}`;
    const u: SfRecord = {
      attributes: { type: 'User' },
      Id: next('005'),
      FirstName: first,
      LastName: last,
      Name: `${first} ${last}`,
      Username: `${first}.${last.replace(/\s/g, '')}@coaching-demo.example`.toLowerCase(),
      Email: `${first}.${last.replace(/\s/g, '')}@coaching-demo.example`.toLowerCase(),
      Alias: `${first.slice(0, 1)}${last.replace(/\s/g, '').slice(0, 4)}`.toLowerCase(),
      Title: title,
      ManagerId: managerId,
      UserRoleId: roleId,
      IsActive: true,
      TimeZoneSidKey: zone,
      LocaleSidKey: zone.startsWith('Europe') ? 'en_GB' : 'en_US',
      LanguageLocaleKey: 'en_US',
      DefaultCurrencyIsoCode: 'USD',
      CreatedDate: `${addDays(anchorDate, -900)}T09:00:00.000Z`
    };
    users.push(u);
    return u;
  };
  const role = (name: string, parent: string | null): string => {
    const r = { attributes: { type: 'UserRole' }, Id: next('00E'), Name: name, ParentRoleId: parent };
    roles.push(r);
    return r.Id;
  };
  const vpRole = role('VP Sales', null);
  const leader = user(0, 'VP Sales', null, vpRole, 'America/New_York');
  assign(leader.Id, 'Coaching_Leader');
  const admin = user(1, 'Sales Operations', leader.Id, null, 'America/New_York');
  assign(admin.Id, 'Coaching_Admin');
  const managerCount = Math.max(1, Math.ceil(reps / 5));
  const managers: SfRecord[] = [];
  for (let m = 0; m < managerCount; m++) {
    const mgr = user(
      2 + m,
      'Sales Manager',
      leader.Id,
      role(`Sales Manager ${m + 1}`, vpRole),
      ZONES[m % ZONES.length]
    );
    assign(mgr.Id, 'Coaching_Manager');
    assign(mgr.Id, 'Coaching_Rep');
    managers.push(mgr);
  }
  const repUsers: SfRecord[] = [];
  for (let r = 0; r < reps; r++) {
    const mgr = managers[r % managerCount];
    const rep = user(
      2 + managerCount + r,
      'Account Executive',
      mgr.Id,
      mgr.UserRoleId as string,
      mgr.TimeZoneSidKey as string
    );
    // Roles below the manager's role, one per rep, so the hierarchy reaches them.
    rep.UserRoleId = role(`AE ${r + 1}`, mgr.UserRoleId as string);
    assign(rep.Id, 'Coaching_Rep');
    repUsers.push(rep);
  }
  const accounts: SfRecord[] = [];
  const opportunities: SfRecord[] = [];
  const cadences: SfRecord[] = [];
  const sessions: SfRecord[] = [];
  const feedback: SfRecord[] = [];
  const items: SfRecord[] = [];
  const stages = [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Proposal/Price Quote',
    'Negotiation/Review'
  ];
  repUsers.forEach((rep, r) => {
    const mgr = users.find((u) => u.Id === rep.ManagerId)!;
    for (let a = 0; a < 3; a++) {
      const account: SfRecord = {
        attributes: { type: 'Account' },
        Id: next('001'),
        Name: `${LAST[(r + a) % LAST.length]} ${['Industries', 'Logistics', 'Health'][a]} ${r + 1}`,
        OwnerId: rep.Id,
        Type: a === 0 ? 'Customer - Direct' : 'Prospect',
        Industry: ['Technology', 'Manufacturing', 'Healthcare'][a],
        CurrencyIsoCode: 'USD',
        LastActivityDate: addDays(anchorDate, -(a * 20 + r)),
        CreatedDate: `${addDays(anchorDate, -800)}T10:00:00.000Z`
      };
      accounts.push(account);
      for (let o = 0; o < 2; o++) {
        const k = a * 2 + o;
        const closed = k === 0 || k === 5;
        const won = k === 0;
        const stage = closed ? (won ? 'Closed Won' : 'Closed Lost') : stages[(r + k) % stages.length];
        opportunities.push({
          attributes: { type: 'Opportunity' },
          Id: next('006'),
          Name: `${account.Name as string} — ${['Platform', 'Expansion'][o]}`,
          AccountId: account.Id,
          OwnerId: rep.Id,
          Amount: 20000 + ((r * 7 + k * 13) % 10) * 5000,
          CurrencyIsoCode: 'USD',
          StageName: stage,
          ForecastCategoryName: closed ? (won ? 'Closed' : 'Omitted') : k % 3 === 0 ? 'Commit' : 'Pipeline',
          CloseDate: addDays(anchorDate, closed ? -(10 + k) : 15 + k * 9),
          Probability: closed ? (won ? 100 : 0) : 20 + k * 10,
          IsClosed: closed,
          IsWon: won,
          PushCount: (r + k) % 4,
          LastStageChangeDate: `${addDays(anchorDate, -(5 + k * 6))}T12:00:00.000Z`,
          LastActivityDate: addDays(anchorDate, -(2 + k * 3)),
          HasOverdueTask: k === 3,
          HasOpenActivity: !closed,
          NextStep: closed ? null : 'Confirm the decision process',
          CreatedDate: `${addDays(anchorDate, -(60 + k * 10))}T09:30:00.000Z`
        });
      }
    }
    const cadence: SfRecord = {
      attributes: { type: 'Coaching_Cadence__c' },
      Id: next('a01'),
      Name: `CAD-${String(r + 1).padStart(4, '0')}`,
      OwnerId: mgr.Id,
      Manager__c: mgr.Id,
      Rep__c: rep.Id,
      Day_Of_Week__c: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][r % 5],
      Local_Start_Time__c: '09:00:00.000Z',
      Duration_Minutes__c: 60,
      Time_Zone__c: rep.TimeZoneSidKey,
      Active__c: true,
      Active_Pair_Key__c: `${mgr.Id}:${rep.Id}`
    };
    cadences.push(cadence);
    for (let w = 3; w >= 0; w--) {
      const held = w > 0;
      const start = `${addDays(anchorDate, -7 * w + (held ? 0 : 2))}T14:00:00.000Z`;
      const session: SfRecord = {
        attributes: { type: 'Coaching_Session__c' },
        Id: next('a02'),
        Name: `1:1-${String(sessions.length + 1).padStart(5, '0')}`,
        OwnerId: mgr.Id,
        Cadence__c: cadence.Id,
        Manager__c: mgr.Id,
        Rep__c: rep.Id,
        Scheduled_Start__c: start,
        Actual_Start__c: held ? start : null,
        Status__c: held ? 'Held' : 'Planned',
        Notes__c: held ? 'Reviewed the pipeline and next steps.' : null,
        Sections_Reviewed__c: held ? 'Action_Items;Opportunity_Review;Forecast' : null,
        Commit_Current_Quarter__c: held ? 60000 : null,
        Best_Case_Current_Quarter__c: held ? 90000 : null,
        Agenda_Opened_At__c: held ? `${addDays(anchorDate, -7 * w)}T13:00:00.000Z` : null
      };
      sessions.push(session);
      if (held && w < 3)
        feedback.push({
          attributes: { type: 'Coaching_Feedback__c' },
          Id: next('a03'),
          OwnerId: rep.Id,
          Session__c: session.Id,
          Rep__c: rep.Id,
          Manager__c: mgr.Id,
          Preparation_Rating__c: 3 + ((r + w) % 3),
          Pipeline_Insight_Rating__c: 4,
          Skill_Development_Rating__c: 3,
          Action_Clarity_Rating__c: 4,
          Rep_Agenda_Rating__c: 3 + (r % 2),
          Overall_Value__c: 6 + ((r + w) % 4),
          Improvement__c: 'More time on deal strategy.',
          Session_Key__c: session.Id,
          CreatedDate: `${addDays(anchorDate, -7 * w + 1)}T10:00:00.000Z`
        });
      if (w === 1)
        items.push({
          attributes: { type: 'Action_Item__c' },
          Id: next('a04'),
          Name: 'Book a call with the economic buyer',
          OwnerId: mgr.Id,
          Session__c: session.Id,
          Manager__c: mgr.Id,
          Rep__c: rep.Id,
          Assignee__c: rep.Id,
          Due_Date__c: addDays(anchorDate, r % 2 === 0 ? -2 : 5),
          Status__c: 'Open'
        });
    }
  });
  return {
    meta: {
      formatVersion: 1,
      source: 'preview-fallback',
      seed: 1,
      anchorDate,
      sizes: { managers: managerCount, reps },
      corporateCurrency: 'USD'
    },
    records: {
      UserRole: roles,
      User: users,
      PermissionSet: sets,
      PermissionSetAssignment: assignments,
      CurrencyType: [
        {
          attributes: { type: 'CurrencyType' },
          Id: next('01L'),
          IsoCode: 'USD',
          ConversionRate: 1,
          IsCorporate: true,
          IsActive: true
        }
      ],
      FiscalYearSettings: [
        { attributes: { type: 'FiscalYearSettings' }, Id: next('022'), Name: 'FY', StartMonth: 2, YearType: 'Standard' }
      ],
      Account: accounts,
      Opportunity: opportunities,
      Coaching_Cadence__c: cadences,
      Coaching_Session__c: sessions,
      Action_Item__c: items,
      Coaching_Feedback__c: feedback
    }
  };
}
