/**
 * A hand-made demo org for the server tests: a leader over two managers, three reps, opportunities in three
 * currencies, sessions, feedback, a cadence, a deal review and an action item. Every expected value in the
 * tests is computed by hand from these records (the arithmetic is in the tests' comments).
 * Manager 1 also holds the rep permission set (managers are reps of the leader); manager 2 holds only the
 * manager one. The clock is pinned to 2026-11-24 15:00 UTC (10:00 in New York).
 */
import { PreviewOrg } from '../server/org.ts';
import type { DemoOrgDocument, SfRecord } from '../server/data/store.ts';
import { createCoachingFixture } from './fixture-project.ts';
import type { FixtureProject } from '../../scripts/test/fixture-project.ts';

export const NOW = new Date('2026-11-24T15:00:00.000Z');

const id = (prefix: string, n: number): string => `${prefix}${String(n).padStart(12, '0')}AAA`;

export const IDS = {
  vpRole: id('00E', 1),
  m1Role: id('00E', 2),
  r1Role: id('00E', 3),
  r2Role: id('00E', 4),
  m2Role: id('00E', 5),
  r3Role: id('00E', 6),
  leader: id('005', 1),
  m1: id('005', 2),
  m2: id('005', 3),
  r1: id('005', 4),
  r2: id('005', 5),
  r3: id('005', 6),
  admin: id('005', 7),
  acme: id('001', 1),
  globex: id('001', 2),
  o1: id('006', 1),
  o2: id('006', 2),
  o3: id('006', 3),
  o4: id('006', 4),
  o5: id('006', 5),
  s1: id('a01', 1),
  s2: id('a01', 2),
  s3: id('a01', 3),
  f1: id('a02', 1),
  f2: id('a02', 2),
  c1: id('a03', 1),
  d1: id('a04', 1),
  ai1: id('a05', 1)
};

const rec = (type: string, fields: Record<string, unknown>): SfRecord =>
  ({
    attributes: { type },
    CreatedDate: '2026-01-05T09:00:00.000Z',
    SystemModstamp: '2026-01-05T09:00:00.000Z',
    ...fields
  }) as unknown as SfRecord;

export function fixtureDocument(): DemoOrgDocument {
  const I = IDS;
  const user = (Id: string, Name: string, UserRoleId: string | null, ManagerId: string | null) =>
    rec('User', {
      Id,
      Name,
      FirstName: Name.split(' ')[0],
      LastName: Name.split(' ')[1],
      UserRoleId,
      ManagerId,
      IsActive: true,
      TimeZoneSidKey: 'America/New_York',
      LocaleSidKey: 'en_US',
      LanguageLocaleKey: 'en_US',
      DefaultCurrencyIsoCode: 'USD'
    });
  const assignment = (n: number, AssigneeId: string, name: string) =>
    rec('PermissionSetAssignment', { Id: id('0Pa', n), AssigneeId, PermissionSet: { Name: name } });
  const opp = (
    Id: string,
    OwnerId: string,
    AccountId: string,
    Name: string,
    Amount: number | null,
    CurrencyIsoCode: string,
    StageName: string,
    CloseDate: string
  ) =>
    rec('Opportunity', {
      Id,
      OwnerId,
      AccountId,
      Name,
      Amount,
      CurrencyIsoCode,
      StageName,
      CloseDate,
      IsClosed: StageName.startsWith('Closed'),
      IsWon: StageName === 'Closed Won'
    });
  return {
    meta: { formatVersion: 1, seed: 1, anchorDate: '2026-11-24', corporateCurrency: 'USD' },
    records: {
      UserRole: [
        rec('UserRole', { Id: I.vpRole, Name: 'VP', ParentRoleId: null }),
        rec('UserRole', { Id: I.m1Role, Name: 'Manager 1', ParentRoleId: I.vpRole }),
        rec('UserRole', { Id: I.r1Role, Name: 'Rep 1', ParentRoleId: I.m1Role }),
        rec('UserRole', { Id: I.r2Role, Name: 'Rep 2', ParentRoleId: I.m1Role }),
        rec('UserRole', { Id: I.m2Role, Name: 'Manager 2', ParentRoleId: I.vpRole }),
        rec('UserRole', { Id: I.r3Role, Name: 'Rep 3', ParentRoleId: I.m2Role })
      ],
      User: [
        user(I.leader, 'Lee Leader', I.vpRole, null),
        user(I.m1, 'Mia Manager', I.m1Role, I.leader),
        user(I.m2, 'Max Manager', I.m2Role, I.leader),
        user(I.r1, 'Rae Rep', I.r1Role, I.m1),
        user(I.r2, 'Ravi Rep', I.r2Role, I.m1),
        user(I.r3, 'Rosa Rep', I.r3Role, I.m2),
        user(I.admin, 'Ada Admin', null, I.leader)
      ],
      PermissionSetAssignment: [
        assignment(1, I.leader, 'Coaching_Leader'),
        assignment(2, I.m1, 'Coaching_Manager'),
        assignment(3, I.m1, 'Coaching_Rep'),
        assignment(4, I.m2, 'Coaching_Manager'),
        assignment(6, I.r1, 'Coaching_Rep'),
        assignment(7, I.r2, 'Coaching_Rep'),
        assignment(8, I.r3, 'Coaching_Rep')
      ],
      CurrencyType: [
        rec('CurrencyType', { Id: id('01L', 1), IsoCode: 'USD', ConversionRate: 1, IsCorporate: true, IsActive: true }),
        rec('CurrencyType', {
          Id: id('01L', 2),
          IsoCode: 'EUR',
          ConversionRate: 0.9,
          IsCorporate: false,
          IsActive: true
        }),
        rec('CurrencyType', {
          Id: id('01L', 3),
          IsoCode: 'GBP',
          ConversionRate: 0.8,
          IsCorporate: false,
          IsActive: true
        })
      ],
      FiscalYearSettings: [rec('FiscalYearSettings', { Id: id('022', 1), StartMonth: 2, YearType: 'Standard' })],
      Account: [
        rec('Account', { Id: I.acme, Name: 'Acme Corp', OwnerId: I.r1, CurrencyIsoCode: 'USD' }),
        rec('Account', { Id: I.globex, Name: 'Globex', OwnerId: I.r3, CurrencyIsoCode: 'USD' })
      ],
      Opportunity: [
        opp(I.o1, I.r1, I.acme, 'Acme Platform', 100000, 'USD', 'Prospecting', '2026-12-15'),
        opp(I.o2, I.r1, I.acme, 'Acme Expansion', 90000, 'EUR', 'Negotiation/Review', '2027-01-20'),
        opp(I.o3, I.r2, I.acme, 'Acme Services', 40000, 'GBP', 'Closed Won', '2026-10-01'),
        opp(I.o4, I.r3, I.globex, 'Globex Rollout', 50000, 'USD', 'Qualification', '2026-11-30'),
        opp(I.o5, I.r3, I.globex, 'acme renewal', null, 'USD', 'Prospecting', '2027-03-01')
      ],
      Coaching_Cadence__c: [
        rec('Coaching_Cadence__c', {
          Id: I.c1,
          Name: 'CAD-0001',
          OwnerId: I.m1,
          Manager__c: I.m1,
          Rep__c: I.r1,
          Active__c: true,
          Duration_Minutes__c: 60,
          Active_Pair_Key__c: `${I.m1}:${I.r1}`
        })
      ],
      Coaching_Session__c: [
        rec('Coaching_Session__c', {
          Id: I.s1,
          Name: '1:1-00001',
          OwnerId: I.m1,
          Cadence__c: I.c1,
          Manager__c: I.m1,
          Rep__c: I.r1,
          Status__c: 'Held',
          Scheduled_Start__c: '2026-11-17T14:00:00.000Z',
          Actual_Start__c: '2026-11-17T14:05:00.000Z',
          Health_Score__c: 70,
          Commit_Current_Quarter__c: 120000,
          Best_Case_Current_Quarter__c: 150000
        }),
        rec('Coaching_Session__c', {
          Id: I.s2,
          Name: '1:1-00002',
          OwnerId: I.m1,
          Manager__c: I.m1,
          Rep__c: I.r2,
          Status__c: 'Planned',
          Scheduled_Start__c: '2026-11-26T14:00:00.000Z',
          Health_Score__c: 55
        }),
        rec('Coaching_Session__c', {
          Id: I.s3,
          Name: '1:1-00003',
          OwnerId: I.m2,
          Manager__c: I.m2,
          Rep__c: I.r3,
          Status__c: 'Held',
          Scheduled_Start__c: '2026-11-18T15:00:00.000Z',
          Actual_Start__c: '2026-11-18T15:00:00.000Z',
          Health_Score__c: 40
        })
      ],
      Coaching_Feedback__c: [
        rec('Coaching_Feedback__c', {
          Id: I.f1,
          Name: 'FB-00001',
          OwnerId: I.r1,
          Session__c: I.s1,
          Rep__c: I.r1,
          Manager__c: I.m1,
          Preparation_Rating__c: 4,
          Overall_Value__c: 8,
          Improvement__c: 'More deal strategy',
          Session_Key__c: I.s1
        }),
        rec('Coaching_Feedback__c', {
          Id: I.f2,
          Name: 'FB-00002',
          OwnerId: I.r3,
          Session__c: I.s3,
          Rep__c: I.r3,
          Manager__c: I.m2,
          Preparation_Rating__c: 2,
          Overall_Value__c: 5,
          Improvement__c: 'Come prepared',
          Session_Key__c: I.s3
        })
      ],
      Deal_Review__c: [
        rec('Deal_Review__c', {
          Id: I.d1,
          Name: 'DR-00001',
          Opportunity__c: I.o3,
          Review_Type__c: 'Lost',
          Root_Cause__c: 'Price',
          Review_Key__c: `${I.o3}:Lost`
        })
      ],
      Action_Item__c: [
        rec('Action_Item__c', {
          Id: I.ai1,
          Name: 'Call the economic buyer',
          OwnerId: I.m1,
          Manager__c: I.m1,
          Rep__c: I.r1,
          Assignee__c: I.r1,
          Due_Date__c: '2026-11-20',
          Status__c: 'Open'
        })
      ]
    }
  };
}

export interface FixtureOrg {
  org: PreviewOrg;
  project: FixtureProject;
  dispose(): void;
}

/** The fixture metadata project plus the fixture records, in memory (or persisted to `dataFile`). */
export async function openFixtureOrg(dataFile: string | null = null): Promise<FixtureOrg> {
  const project = createCoachingFixture();
  const org = await PreviewOrg.open({ root: project.root, dataFile, now: () => NOW, document: fixtureDocument() });
  return { org, project, dispose: () => project.dispose() };
}
