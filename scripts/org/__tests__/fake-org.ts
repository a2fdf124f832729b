/**
 * A fake org shaped for a demo-org document: every field the document uses exists, the fields Salesforce
 * computes are read-only (writing one fails, as in a real org), and the setup rows a real org already has
 * (organization, stages, profile, the package's permission sets, the corporate currency) are present.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FakeSalesforce } from './fake-salesforce.ts';
import type { SeedDocument } from '../seed/seeder.ts';

export const SMALL_DOC_PATH = fileURLToPath(new URL('./data/demo-org.small.json', import.meta.url));

export function loadSmallDoc(): SeedDocument {
  return JSON.parse(readFileSync(SMALL_DOC_PATH, 'utf8')) as SeedDocument;
}

/** What the platform computes or protects (docs/demo-org.md READ_ONLY_FIELDS, plus audit fields). */
const READ_ONLY: Record<string, string[]> = {
  User: ['Name', 'CreatedDate'],
  Account: ['LastActivityDate', 'CreatedDate'],
  Opportunity: [
    'ExpectedRevenue',
    'FiscalYear',
    'FiscalQuarter',
    'IsClosed',
    'IsWon',
    'PushCount',
    'LastStageChangeDate',
    'LastActivityDate',
    'HasOverdueTask',
    'CreatedDate',
    'LastModifiedDate'
  ],
  DatedConversionRate: ['NextStartDate'],
  CurrencyType: ['IsCorporate', 'CreatedDate'],
  UserRole: ['CreatedDate'],
  PermissionSetAssignment: ['CreatedDate'],
  Sales_Quota__c: ['CreatedDate'],
  Coaching_Cadence__c: ['Name', 'Active_Pair_Key__c', 'CreatedDate'],
  Coaching_Session__c: ['Name', 'Prepared__c', 'CreatedDate'],
  Action_Item__c: ['CreatedDate'],
  Deal_Review__c: ['Name', 'Review_Key__c', 'CreatedDate'],
  Coaching_Feedback__c: ['Name', 'Session_Key__c', 'CreatedDate']
};

const SETUP_SCHEMA: Record<string, string[]> = {
  Organization: ['Name', 'FiscalYearStartMonth', 'UsesStartDateAsFiscalYearName'],
  OpportunityStage: ['ApiName', 'MasterLabel', 'IsActive'],
  Profile: ['Name'],
  PermissionSet: ['Name', 'NamespacePrefix'],
  User: ['ProfileId', 'UserRoleId', 'ManagerId', 'IsActive']
};

export interface FakeOrgOptions {
  pageSize?: number;
  /** Fields to leave out of the org, e.g. { Coaching_Session__c: ['Notes__c'] }. */
  without?: Record<string, string[]>;
  /** Objects the org does not have. */
  withoutObjects?: string[];
  orgId?: string;
}

export function fakeOrgFor(doc: SeedDocument, options: FakeOrgOptions = {}): FakeSalesforce {
  const schema: Record<string, Set<string>> = {};
  const add = (type: string, fields: Iterable<string>): void => {
    schema[type] ??= new Set();
    for (const f of fields) schema[type].add(f);
  };
  for (const [type, records] of Object.entries(doc.records)) {
    for (const r of records ?? [])
      add(
        type,
        Object.keys(r).filter((k) => k !== 'attributes' && k !== 'PermissionSet')
      );
  }
  for (const [type, fields] of Object.entries(SETUP_SCHEMA)) add(type, fields);
  for (const type of Object.keys(schema))
    add(
      type,
      ['CreatedDate', 'OwnerId'].filter((f) => type !== 'UserRole' || f !== 'OwnerId')
    );
  for (const [type, fields] of Object.entries(options.without ?? {})) for (const f of fields) schema[type]?.delete(f);
  for (const type of options.withoutObjects ?? []) delete schema[type];
  const fake = new FakeSalesforce({
    pageSize: options.pageSize ?? 200,
    orgId: options.orgId ?? '00D5g000004XyZaEAK',
    userId: '005000000000ADMINA',
    schema: Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, [...v]])),
    readOnly: READ_ONLY
  });
  fake.seed('Organization', [
    { Id: fake.orgId, Name: 'Fake Org', FiscalYearStartMonth: 2, UsesStartDateAsFiscalYearName: false }
  ]);
  fake.seed('User', [
    { Id: fake.userId, Username: fake.username, Name: 'Admin User', IsActive: true, ProfileId: '00e000000000ADMINA' }
  ]);
  fake.seed('Profile', [
    { Id: '00e000000000ADMINA', Name: 'System Administrator' },
    { Id: '00e000000000STDUSR', Name: 'Standard User' }
  ]);
  fake.seed(
    'OpportunityStage',
    [
      'Prospecting',
      'Qualification',
      'Needs Analysis',
      'Value Proposition',
      'Id. Decision Makers',
      'Perception Analysis',
      'Proposal/Price Quote',
      'Negotiation/Review',
      'Closed Won',
      'Closed Lost'
    ].map((s) => ({
      ApiName: s,
      MasterLabel: s,
      IsActive: true
    }))
  );
  fake.seed(
    'PermissionSet',
    ['Coaching_Leader', 'Coaching_Manager', 'Coaching_Rep', 'Coaching_Admin'].map((Name) => ({
      Name,
      NamespacePrefix: null
    }))
  );
  if (schema.CurrencyType)
    fake.seed('CurrencyType', [
      { IsoCode: 'USD', ConversionRate: 1, DecimalPlaces: 2, IsActive: true, IsCorporate: true }
    ]);
  return fake;
}
