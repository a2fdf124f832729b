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
  Profile: ['Name', 'UserLicenseId'],
  UserLicense: ['Name', 'TotalLicenses', 'UsedLicenses'],
  ContentVersion: ['Title', 'PathOnClient', 'VersionData', 'ContentDocumentId', 'IsLatest'],
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
  /** Salesforce user licences in all (the admin holds one); creating an active user beyond it fails. */
  licences?: number;
}

export const SALESFORCE_LICENCE_ID = '100000000000SFLAAA';

/** The stages a new Salesforce org has, in order. */
export const STANDARD_STAGES = [
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
];

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
    { Id: '00e000000000ADMINA', Name: 'System Administrator', UserLicenseId: SALESFORCE_LICENCE_ID },
    { Id: '00e000000000STDUSR', Name: 'Standard User', UserLicenseId: SALESFORCE_LICENCE_ID }
  ]);
  // The org counts active users against the licence and refuses one more, as Salesforce does.
  const total = options.licences ?? 1000;
  const used = (): number => fake.records('User').filter((u) => u.IsActive !== false).length;
  fake.seed('UserLicense', [{ Id: SALESFORCE_LICENCE_ID, Name: 'Salesforce', TotalLicenses: total }]);
  fake.derived.UserLicense = () => ({ UsedLicenses: used() });
  fake.reject({
    object: 'User',
    when: (r) => !r.Id && r.IsActive !== false && used() >= total,
    statusCode: 'LICENSE_LIMIT_EXCEEDED',
    message: 'License Limit Exceeded'
  });
  fake.seed(
    'OpportunityStage',
    STANDARD_STAGES.map((s) => ({
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

/** The session expires after `inserts` sObject Collections inserts have gone through: a seed stops part-way. */
export function expireSessionAfterInserts(fake: FakeSalesforce, inserts: number): void {
  fake.plantFault({
    match: /POST .*composite\/sobjects/,
    status: 401,
    body: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }],
    times: 99,
    skip: inserts
  });
}

/** Settings rows as an org with the package's default custom metadata returns them. */
export const SETTINGS_ROWS: Record<string, Record<string, unknown>[]> = {
  Coaching_Setting__mdt: [
    { DeveloperName: 'Default', Default_Required_Coverage__c: 3, Push_Count_Risk__c: 3, K_Anonymity_Minimum__c: 3 }
  ],
  Stage_Setting__mdt: [
    { DeveloperName: 'Prospecting', Stage_Name__c: 'Prospecting', Sort_Order__c: 1, Max_Days_In_Stage__c: 21 },
    { DeveloperName: 'Negotiation', Stage_Name__c: 'Negotiation/Review', Sort_Order__c: 8, Max_Days_In_Stage__c: null }
  ],
  Stage_Exit_Criterion__mdt: [
    {
      DeveloperName: 'Neg_1',
      Stage_Name__c: 'Negotiation/Review',
      Criterion__c: 'Next step agreed',
      Field_Api_Name__c: 'NextStep',
      Sort_Order__c: 1
    },
    {
      DeveloperName: 'Neg_2',
      Stage_Name__c: 'Negotiation/Review',
      Criterion__c: 'Budget confirmed',
      Field_Api_Name__c: 'Budget_Confirmed__c',
      Sort_Order__c: 2
    }
  ],
  Survey_Question__mdt: [],
  Agenda_Section__mdt: []
};

const SETUP_ROWS: Record<string, string[]> = {
  FiscalYearSettings: ['Name', 'StartDate', 'EndDate', 'IsStandardYear', 'YearType', 'PeriodId'],
  Period: ['FiscalYearSettingsId', 'Type', 'StartDate', 'EndDate', 'Number', 'FullyQualifiedLabel'],
  CurrencyType: ['IsoCode', 'ConversionRate', 'DecimalPlaces', 'IsActive', 'IsCorporate'],
  DatedConversionRate: ['IsoCode', 'ConversionRate', 'StartDate', 'NextStartDate'],
  Organization: ['TimeZoneSidKey'],
  User: ['Username', 'Name', 'Title', 'TimeZoneSidKey', 'DefaultCurrencyIsoCode']
};

/**
 * An org that already holds the document's records under the document's own ids (as if seeded), with
 * the package's settings records: what the `coach` CLI reads.
 */
export function fakeOrgWithData(doc: SeedDocument, options: FakeOrgOptions = {}): FakeSalesforce {
  const fake = fakeOrgFor(doc, options);
  const schemaAdd = (type: string, fields: Iterable<string>): void => {
    fake.schema[type] ??= new Set(['Id']);
    for (const f of fields) fake.schema[type].add(f);
  };
  for (const [type, fields] of Object.entries(SETUP_ROWS))
    if (!options.withoutObjects?.includes(type)) schemaAdd(type, fields);
  for (const [type, rows] of Object.entries(SETTINGS_ROWS)) {
    schemaAdd(type, [
      'DeveloperName',
      'MasterLabel',
      'Section_Key__c',
      'Enabled__c',
      'Dimension__c',
      'Question_Text__c',
      'Active__c',
      ...rows.flatMap((r) => Object.keys(r))
    ]);
    fake.seed(type, rows);
  }
  for (const [type, fields] of Object.entries(options.without ?? {}))
    for (const f of fields) fake.schema[type]?.delete(f);
  fake.store.delete('CurrencyType');
  fake.store.delete('Organization');
  for (const [type, records] of Object.entries(doc.records)) {
    if (!records || type === 'PermissionSet' || type === 'OpportunityStage') continue;
    fake.seed(
      type,
      records.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'attributes')))
    );
  }
  return fake;
}
