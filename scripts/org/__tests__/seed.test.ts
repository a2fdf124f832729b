/**
 * Seeding a demo-org document into a fake org (a real HTTP server on 127.0.0.1): id remapping, load order,
 * read-only fields left out, idempotent re-runs, per-record failure reports, Bulk API 2.0 above the
 * threshold, and the preflight that writes nothing when the package is missing.
 */
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeOrgFor, loadSmallDoc, SMALL_DOC_PATH, expireSessionAfterInserts } from './fake-org.ts';
import { runCli } from './run-cli.ts';
import type { FakeSalesforce } from './fake-salesforce.ts';
import { connectToOrg } from '../lib/connection.ts';
import { seedOrg, formatSeedReport, SeedAborted, type SeedReport, type SeedDocument } from '../seed/seeder.ts';
import { generateDemoOrg } from '../../../demo-org/generator.ts';
import { parseArgs as parseGeneratorArgs } from '../../../demo-org/cli.ts';
import { orgUsername, keyValue } from '../seed/plan.ts';
import { OrgScriptError } from '../lib/errors.ts';

const fast = { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined };
let fake: FakeSalesforce | null = null;
afterEach(async () => {
  await fake?.stop();
  fake = null;
});

async function start(options: Parameters<typeof fakeOrgFor>[1] = {}) {
  const doc = loadSmallDoc();
  fake = fakeOrgFor(doc, options);
  await fake.start();
  const session = await connectToOrg({
    env: { SF_ACCESS_TOKEN: 'TEST_TOKEN', SF_INSTANCE_URL: fake.url },
    retry: fast
  });
  return { doc, fake, session };
}

const counts = (f: FakeSalesforce, types: string[]) => Object.fromEntries(types.map((t) => [t, f.records(t).length]));
const DATA_TYPES = [
  'User',
  'UserRole',
  'PermissionSetAssignment',
  'Account',
  'Opportunity',
  'Sales_Quota__c',
  'Coaching_Cadence__c',
  'Coaching_Session__c',
  'Action_Item__c',
  'Deal_Review__c',
  'Coaching_Feedback__c',
  'CurrencyType'
];
const row = (r: SeedReport, type: string) => r.types.find((t) => t.type === type)!;

test('a first seed inserts every type in load order with references remapped to the org ids', async () => {
  const { doc, fake, session } = await start();
  const report = await seedOrg(session, doc, { namespace: null });
  assert.deepEqual(report.failures, []);
  assert.deepEqual(counts(fake, DATA_TYPES), {
    // the admin user the org already had + 5 demo users
    User: 6,
    UserRole: 2,
    PermissionSetAssignment: 3,
    Account: 4,
    Opportunity: 5,
    Sales_Quota__c: 2,
    Coaching_Cadence__c: 2,
    Coaching_Session__c: 3,
    Action_Item__c: 2,
    Deal_Review__c: 1,
    Coaching_Feedback__c: 2,
    // USD was there; EUR is added
    CurrencyType: 2
  });
  const users = new Map(fake.records('User').map((u) => [u.LastName as string, u]));
  const ana = users.get('Ruiz')!;
  assert.equal(ana.Username, `ana.ruiz@${fake.orgId.toLowerCase()}.coaching-demo.example.com`);
  assert.equal(ana.ProfileId, '00e000000000STDUSR');
  assert.equal(ana.ManagerId, users.get('Manager')!.Id, 'ManagerId is written in the second pass');
  assert.equal(
    users.get('Manager')!.UserRoleId,
    fake.records('UserRole').find((r) => r.DeveloperName === 'Demo_Manager_EMEA')!.Id
  );
  assert.equal(users.get('Rep')!.IsActive, false, 'the former rep is deactivated after the records they own');
  const northwind = fake.records('Opportunity').find((o) => o.Name === 'Northwind — Expansion')!;
  assert.equal(northwind.OwnerId, ana.Id);
  assert.equal(northwind.AccountId, fake.records('Account').find((a) => a.Name === 'Northwind Traders')!.Id);
  assert.equal(
    'LastStageChangeDate' in northwind || 'IsWon' in northwind,
    false,
    'computed fields are the org’s, never sent'
  );
  const item = fake.records('Action_Item__c').find((a) => a.Opportunity__c)!;
  assert.equal(item.Opportunity__c, northwind.Id);
  assert.equal(fake.table('Coaching_Session__c').has(item.Session__c as string), true);
  const quota = fake.records('Sales_Quota__c')[0];
  assert.equal(quota.Quota_Key__c, `${quota.User__c as string}:${quota.Period_Start__c as string}`);
  assert.match(
    formatSeedReport(report),
    /OpportunityHistory\s+4\s+0\s+0\s+0\s+0\n\s+not seeded: written by the platform: replayed as updates/
  );
  assert.equal(row(report, 'Opportunity').inserted, 5);
});

test('a second run matches every record and duplicates nothing', async () => {
  const { doc, fake, session } = await start();
  await seedOrg(session, doc, { namespace: null });
  const before = counts(fake, DATA_TYPES);
  const idsBefore = fake
    .records('Opportunity')
    .map((o) => o.Id)
    .sort();
  const again = await seedOrg(session, doc, { namespace: null });
  assert.deepEqual(again.failures, []);
  assert.deepEqual(counts(fake, DATA_TYPES), before);
  assert.deepEqual(
    fake
      .records('Opportunity')
      .map((o) => o.Id)
      .sort(),
    idsBefore
  );
  assert.equal(row(again, 'Opportunity').updated, 5);
  assert.equal(row(again, 'Opportunity').inserted, 0);
  // insert-missing types keep what is there
  assert.equal(row(again, 'UserRole').kept, 2);
  assert.equal(row(again, 'PermissionSetAssignment').kept, 3);
});

test('two deals with the same owner, account and name pair up in order instead of merging', async () => {
  const { doc, fake, session } = await start();
  await seedOrg(session, doc, { namespace: null });
  await seedOrg(session, doc, { namespace: null });
  const renewals = fake.records('Opportunity').filter((o) => o.Name === 'Contoso — Renewal');
  assert.deepEqual(renewals.map((o) => o.Amount).sort(), [80000, 90000]);
});

test('a record the org rejects is reported, what depends on it is skipped, and a re-run finishes the job', async () => {
  const { doc, fake, session } = await start();
  fake.reject({
    object: 'Opportunity',
    when: (r) => r.Name === 'Fabrikam — New',
    statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
    message: 'Close date cannot be in the past for new deals'
  });
  const first = await seedOrg(session, doc, { namespace: null });
  assert.deepEqual(
    first.failures.map((f) => [f.type, f.label, f.errors[0]]),
    [
      [
        'Opportunity',
        'Fabrikam — New',
        'FIELD_CUSTOM_VALIDATION_EXCEPTION: Close date cannot be in the past for new deals'
      ],
      [
        'Deal_Review__c',
        'DR-00001',
        'DEPENDENCY: Opportunity__c points to Opportunity 006D00000000004AAA, which was not seeded'
      ]
    ]
  );
  assert.match(
    formatSeedReport(first),
    /2 record\(s\) not seeded:\n {2}Opportunity 006D00000000004AAA "Fabrikam — New": FIELD_CUSTOM_VALIDATION_EXCEPTION/
  );
  assert.equal(fake.records('Opportunity').length, 4);
  fake.rejections.length = 0;
  const second = await seedOrg(session, doc, { namespace: null });
  assert.deepEqual(second.failures, []);
  assert.equal(row(second, 'Opportunity').inserted, 1);
  assert.equal(row(second, 'Opportunity').updated, 4);
  assert.equal(fake.records('Opportunity').length, 5);
  assert.equal(fake.records('Deal_Review__c').length, 1);
});

test('above the bulk threshold the same seed runs through Bulk API 2.0, failures included', async () => {
  const { doc, fake, session } = await start();
  fake.reject({
    object: 'Opportunity',
    when: (r) => r.Name === 'Old Co — Legacy',
    statusCode: 'INACTIVE_OWNER_OR_USER',
    message: 'owner is inactive'
  });
  const report = await seedOrg(session, doc, { namespace: null, bulkThreshold: 2, pollIntervalMs: 1 });
  assert.ok(fake.count(/POST .*\/jobs\/ingest$/) >= 5, 'types above 2 records went through ingest jobs');
  assert.deepEqual(
    report.failures.map((f) => [f.label, f.errors[0]]),
    [['Old Co — Legacy', 'INACTIVE_OWNER_OR_USER:owner is inactive:']]
  );
  assert.equal(fake.records('Opportunity').length, 4);
  const northwind = fake.records('Opportunity').find((o) => o.Name === 'Northwind — Expansion')!;
  assert.equal(fake.records('Action_Item__c').find((a) => a.Opportunity__c)!.Opportunity__c, northwind.Id);
});

test('a package field missing from the org stops the seed before anything is written', async () => {
  const { doc, fake, session } = await start({ without: { Coaching_Session__c: ['Snapshot__c'] } });
  await assert.rejects(seedOrg(session, doc, { namespace: null }), (error: unknown) => {
    assert.ok(error instanceof OrgScriptError);
    assert.equal(error.code, 'PACKAGE_MISSING');
    assert.match(
      error.message,
      /lacks field Coaching_Session__c\.Snapshot__c: deploy the package first .*nothing was written\.$/
    );
    return true;
  });
  assert.equal(fake.count(/composite|jobs\/ingest/), 0);
});

test('an org without multi-currency drops the currency fields with a note and still seeds', async () => {
  const doc = loadSmallDoc();
  const without: Record<string, string[]> = {};
  for (const type of Object.keys(doc.records)) without[type] = ['CurrencyIsoCode', 'DefaultCurrencyIsoCode'];
  const { fake, session } = await start({ without, withoutObjects: ['CurrencyType', 'DatedConversionRate'] });
  const report = await seedOrg(session, doc, { namespace: null });
  assert.deepEqual(report.failures, []);
  assert.match(row(report, 'Opportunity').notes.join(), /CurrencyIsoCode \(not in this org\)/);
  assert.ok(report.warnings.some((w) => w.startsWith('CurrencyType: not available in this org')));
  assert.equal(fake.records('Opportunity').length, 5);
});

test('a dry run plans the same counts and writes nothing', async () => {
  const { doc, fake, session } = await start();
  const report = await seedOrg(session, doc, { namespace: null, dryRun: true });
  assert.equal(fake.count(/composite|jobs\/ingest/), 0);
  assert.equal(row(report, 'Opportunity').inserted, 5);
  assert.equal(row(report, 'Action_Item__c').inserted, 2);
  assert.deepEqual(report.failures, []);
});

test('a session lost mid-seed stops with the report of what was written', async () => {
  const { doc, fake, session } = await start();
  // The currency, roles, users and permission set assignments get through (4 POSTs); accounts meet an expired session.
  expireSessionAfterInserts(fake, 4);
  await assert.rejects(seedOrg(session, doc, { namespace: null }), (error: unknown) => {
    assert.ok(error instanceof SeedAborted);
    assert.match(error.message, /^The session for .* is invalid or expired/);
    assert.equal(row(error.report, 'User').inserted, 5);
    assert.equal(row(error.report, 'Account').failed, 4);
    return true;
  });
});

test('records of a real org with the same names are never matched', async () => {
  const { doc, fake, session } = await start();
  const [theirs] = fake.seed('Account', [{ Name: 'Fabrikam', OwnerId: fake.userId }]);
  await seedOrg(session, doc, { namespace: null });
  assert.equal(fake.records('Account').filter((a) => a.Name === 'Fabrikam').length, 2);
  assert.equal(fake.table('Account').get(theirs.Id)!.OwnerId, fake.userId);
});

test('the namespace of a managed install is detected and applied to custom names', async () => {
  const doc = loadSmallDoc();
  const { fake, session } = await start();
  // Rename every custom object and field to cr__… as a managed org returns them.
  const ns = (n: string) => (/__c$/.test(n) ? `cr__${n}` : n);
  for (const [type, fields] of Object.entries(fake.schema)) {
    delete fake.schema[type];
    fake.schema[ns(type)] = new Set([...fields].map(ns));
  }
  for (const [type, fields] of Object.entries(fake.readOnly)) fake.readOnly[ns(type)] = new Set([...fields].map(ns));
  for (const p of fake.records('PermissionSet')) p.NamespacePrefix = 'cr';
  const report = await seedOrg(session, doc);
  assert.equal(report.namespace, 'cr');
  assert.deepEqual(report.failures, []);
  assert.equal(fake.records('cr__Coaching_Session__c').length, 3);
  assert.ok(fake.records('cr__Coaching_Session__c').every((s) => typeof s.cr__Manager__c === 'string'));
});

test('key values compare across the REST API and document formats', () => {
  assert.equal(keyValue('2026-11-13T09:00:00.000+0000'), keyValue('2026-11-13T09:00:00.000Z'));
  assert.equal(keyValue('09:00:00.000Z'), '09:00');
  assert.equal(keyValue(null), keyValue(''));
  assert.equal(orgUsername('a.b@x.example.com', '00D5g000004XyZaEAK'), 'a.b@00d5g000004xyzaeak.x.example.com');
});

test('new deals replay their history, so the org counts the same pushes as the demo; a re-run does not replay again', async () => {
  const { doc, fake, session } = await start();
  const report = await seedOrg(session, doc, { namespace: null });
  const northwind = () => fake.records('Opportunity').find((o) => o.Name === 'Northwind — Expansion')!;
  // History: close date 30 Sep → 31 Oct → 30 Nov → 15 Dec, three moves into a later month, as the document's PushCount.
  assert.equal(northwind().PushCount, 3);
  assert.equal(
    northwind().PushCount,
    doc.records.Opportunity!.find((o) => o.Name === 'Northwind — Expansion')!.PushCount
  );
  // It ends in the document's current state.
  assert.deepEqual(
    [northwind().StageName, northwind().CloseDate, northwind().ForecastCategoryName],
    ['Negotiation/Review', '2026-12-15', 'Commit']
  );
  assert.match(row(report, 'Opportunity').notes.join(), /history replayed for 1 new deal\(s\) in 4 step\(s\)/);
  await seedOrg(session, doc, { namespace: null });
  assert.equal(northwind().PushCount, 3);
});

test('without history replay, new deals are inserted in their current state', async () => {
  const { doc, fake, session } = await start();
  await seedOrg(session, doc, { namespace: null, replayHistory: false });
  assert.equal(fake.count(/PATCH .*composite\/sobjects/) > 0, true, 'users still get their managers');
  assert.equal(fake.records('Opportunity').find((o) => o.Name === 'Northwind — Expansion')!.PushCount, undefined);
});

test('records sharing a key keep their own org record across runs, even when Bulk API 2.0 created them out of order', async () => {
  const { doc, fake, session } = await start();
  // Threshold 2: the two "Contoso — Renewal" deals go through a bulk job, which the fake (like Salesforce)
  // processes out of upload order, so the org ids do not follow the document order.
  await seedOrg(session, doc, { namespace: null, bulkThreshold: 2, pollIntervalMs: 1 });
  const state = () =>
    Object.fromEntries(
      fake
        .records('Opportunity')
        .filter((o) => o.Name === 'Contoso — Renewal')
        .map((o) => [o.Id, `${String(o.Amount)} ${String(o.CloseDate)}`])
    );
  const before = state();
  assert.deepEqual(Object.values(before).sort(), ['80000 2026-09-30', '90000 2027-09-30']);
  const again = await seedOrg(session, doc, { namespace: null, bulkThreshold: 2, pollIntervalMs: 1 });
  assert.equal(row(again, 'Opportunity').inserted, 0);
  assert.deepEqual(state(), before, 'no swap: each org record still holds the deal it was created for');
});

test('an org out of licences: the users it refused and everything they own are reported, the rest is seeded', async () => {
  const { doc, fake, session } = await start();
  fake.reject({
    object: 'User',
    when: (r) => r.LastName === 'Okafor',
    statusCode: 'LICENSE_LIMIT_EXCEEDED',
    message: 'License Limit Exceeded'
  });
  const report = await seedOrg(session, doc, { namespace: null });
  const failed = (type: string) => report.failures.filter((f) => f.type === type).map((f) => f.label);
  assert.deepEqual(failed('User'), ['ben.okafor@coaching-demo.example.com']);
  assert.equal(report.failures[0].errors[0], 'LICENSE_LIMIT_EXCEEDED: License Limit Exceeded');
  // Ben's account, deal, quota, cadence, skipped 1:1 and assignment depend on him; the deal review on his lost deal too.
  assert.deepEqual(failed('Account'), ['Fabrikam']);
  assert.deepEqual(failed('Opportunity'), ['Fabrikam — New']);
  assert.deepEqual(failed('Deal_Review__c'), ['DR-00001']);
  assert.equal(failed('PermissionSetAssignment').length, 1);
  assert.equal(fake.records('Opportunity').length, 4);
  assert.equal(row(report, 'Coaching_Session__c').inserted, 2);
});

test('org:seed as a command: the report on stdout, the JSON report file, exit 1 on a failed record and 0 once finished', async () => {
  const { fake } = await start();
  fake.reject({
    object: 'Account',
    when: (r) => r.Name === 'Old Co',
    statusCode: 'DUPLICATES_DETECTED',
    message: 'Use one of these records?'
  });
  const file = join(mkdtempSync(join(tmpdir(), 'seed-report-')), 'report.json');
  const env = { SF_ACCESS_TOKEN: 'TEST_TOKEN', SF_INSTANCE_URL: fake.url };
  const first = await runCli('seed.ts', ['--file', SMALL_DOC_PATH, '--report', file], env);
  assert.equal(first.code, 1);
  assert.match(first.stdout, /Account 001D00000000004AAA "Old Co": DUPLICATES_DETECTED: Use one of these records\?/);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as SeedReport;
  // Old Co, its former owner's 2023 win on it: the account failed, the deal depends on it.
  assert.deepEqual(
    saved.failures.map((f) => f.label),
    ['Old Co', 'Old Co — Legacy']
  );
  fake.rejections.length = 0;
  const second = await runCli('seed.ts', ['--file', SMALL_DOC_PATH], env);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /Account\s+4\s+1\s+3\s+0\s+0/);
});

test('org:seed without --file generates the demo org (engine snapshots included) and seeds all of it', async () => {
  const options = ['--seed', '5', '--reps', '2'];
  const doc = generateDemoOrg(parseGeneratorArgs(options, '2026-01-01').generation) as unknown as SeedDocument;
  fake = fakeOrgFor(doc);
  await fake.start();
  const r = await runCli('seed.ts', options, { SF_ACCESS_TOKEN: 'TEST_TOKEN', SF_INSTANCE_URL: fake.url });
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /not seeded:\n/);
  for (const type of ['User', 'Account', 'Opportunity', 'Coaching_Session__c', 'Deal_Review__c'])
    assert.equal(fake.records(type).length - (type === 'User' ? 1 : 0), doc.records[type]!.length, type);
  const withSnapshot = doc.records.Coaching_Session__c!.filter((s) => typeof s.Snapshot__c === 'string');
  assert.ok(withSnapshot.length > 0, 'the generator made snapshots');
  assert.equal(
    fake.records('Coaching_Session__c').filter((s) => typeof s.Snapshot__c === 'string').length,
    withSnapshot.length,
    'and they reached the org'
  );
});

test('a re-run finds records renamed, rescheduled or re-titled in the org through the seed ledger', async () => {
  const { doc, fake, session } = await start();
  await seedOrg(session, doc, { namespace: null });
  const before = counts(fake, DATA_TYPES);
  const find = (type: string, test: (r: Record<string, unknown>) => boolean) => fake.records(type).find(test)!;
  const deal = find('Opportunity', (o) => o.Name === 'Northwind — Expansion');
  const account = find('Account', (a) => a.Name === 'Northwind Traders');
  const session1 = find('Coaching_Session__c', () => true);
  const item = find('Action_Item__c', () => true);
  const [dealName, sessionStart, itemName] = [deal.Name, session1.Scheduled_Start__c, item.Name];
  // What people do in an org: every natural key the seed used is edited.
  deal.Name = 'Northwind — Expansion (phase 2)';
  account.Name = 'Northwind Traders Ltd';
  session1.Scheduled_Start__c = '2026-11-30T09:00:00.000+0000';
  item.Name = 'Re-titled by the manager';
  const again = await seedOrg(session, doc, { namespace: null });
  assert.deepEqual(again.failures, []);
  assert.equal(
    again.types.reduce((n, t) => n + t.inserted, 0),
    0,
    'nothing inserted again'
  );
  assert.deepEqual(counts(fake, DATA_TYPES), before);
  // The same records were updated back to the demo's values.
  assert.deepEqual(
    [deal.Name, account.Name, session1.Scheduled_Start__c, item.Name],
    [dealName, 'Northwind Traders', sessionStart, itemName]
  );
  assert.match(row(again, 'Opportunity').notes.join(), /5 matched through the seed ledger/);
});

test('the ledger is one File per document; without it, or for a record deleted since, natural keys and inserts take over', async () => {
  const { doc, fake, session } = await start();
  await seedOrg(session, doc, { namespace: null });
  const ledgers = fake.records('ContentVersion');
  assert.equal(ledgers.length, 1);
  assert.match(String(ledgers[0].Title), /^Coaching Rhythm seed ledger [0-9a-f]{12}$/);
  // A deleted deal is inserted again; the ledger learns its new id (a second file version).
  const deal = fake.records('Opportunity').find((o) => o.Name === 'Northwind — Expansion')!;
  fake.table('Opportunity').delete(deal.Id);
  const second = await seedOrg(session, doc, { namespace: null });
  assert.equal(row(second, 'Opportunity').inserted, 1);
  assert.deepEqual(
    fake.records('ContentVersion').map((v) => v.IsLatest),
    [false, true]
  );
  // The ledger gone: every record is still found by its natural key.
  fake.store.delete('ContentVersion');
  const third = await seedOrg(session, doc, { namespace: null });
  assert.equal(
    third.types.reduce((n, t) => n + t.inserted, 0),
    0
  );
  assert.doesNotMatch(row(third, 'Opportunity').notes.join(), /seed ledger/);
});

test('an org where the seeding user cannot use Files seeds by natural keys and says so', async () => {
  const { doc, fake, session } = await start({ withoutObjects: ['ContentVersion'] });
  const report = await seedOrg(session, doc, { namespace: null });
  assert.deepEqual(report.failures, []);
  assert.ok(report.warnings.some((w) => /^The seed ledger \(a File\) cannot be read here \(INVALID_TYPE\)/.test(w)));
  assert.ok(report.warnings.some((w) => /^The seed ledger could not be saved/.test(w)));
  assert.equal(fake.records('Opportunity').length, 5);
});
