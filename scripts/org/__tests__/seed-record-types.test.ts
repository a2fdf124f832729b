/**
 * Orgs whose Account and Opportunity have record types: new records get the running user's default record type
 * or the one `--record-type` names; a name the user may not use, or record types with none available, stop the
 * seed before anything is written; stages the chosen type's sales process lacks are named. The fake org applies
 * record types as Salesforce does (default on insert, an unavailable one refused, stages restricted).
 */
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fakeOrgFor, loadSmallDoc, SMALL_DOC_PATH, STANDARD_STAGES } from './fake-org.ts';
import type { FakeSalesforce } from './fake-salesforce.ts';
import type { RecordTypeInfo } from '../seed/record-types.ts';
import { runCli } from './run-cli.ts';
import { connectToOrg } from '../lib/connection.ts';
import { seedOrg, type SeedReport } from '../seed/seeder.ts';
import { OrgScriptError } from '../lib/errors.ts';

const ALL_STAGES = STANDARD_STAGES;
const MASTER: RecordTypeInfo = {
  recordTypeId: '012000000000000AAA',
  name: 'Master',
  developerName: 'Master',
  available: true,
  defaultRecordTypeMapping: false,
  master: true
};
const NEW_BUSINESS = {
  recordTypeId: '0125g000000NEWBAA',
  name: 'New Business',
  developerName: 'New_Business',
  available: true,
  defaultRecordTypeMapping: true,
  master: false,
  stages: ALL_STAGES
};
const RENEWAL = {
  recordTypeId: '0125g000000RENWAA',
  name: 'Renewal',
  developerName: 'Renewal',
  available: true,
  defaultRecordTypeMapping: false,
  master: false,
  // A renewal process without negotiation.
  stages: ALL_STAGES.filter((s) => s !== 'Negotiation/Review')
};

let fake: FakeSalesforce | null = null;
afterEach(async () => {
  await fake?.stop();
  fake = null;
});

async function start(types: Record<string, (RecordTypeInfo & { stages?: string[] })[]>) {
  const doc = loadSmallDoc();
  fake = fakeOrgFor(doc);
  for (const [object, list] of Object.entries(types)) {
    fake.recordTypes[object] = list;
    fake.schema[object].add('RecordTypeId');
  }
  await fake.start();
  const session = await connectToOrg({ env: { SF_ACCESS_TOKEN: 'TEST_TOKEN', SF_INSTANCE_URL: fake.url } });
  return { doc, fake, session };
}

const note = (report: SeedReport, type: string) => report.types.find((t) => t.type === type)!.notes.join(' | ');

test("new deals and accounts get your default record type; a re-run leaves each record's type alone", async () => {
  const account = { ...NEW_BUSINESS, recordTypeId: '0125g000000ACCTAA', developerName: 'Customer', stages: undefined };
  const { doc, fake, session } = await start({ Opportunity: [MASTER, NEW_BUSINESS, RENEWAL], Account: [account] });
  const report = await seedOrg(session, doc, { namespace: null });
  assert.deepEqual(report.failures, []);
  assert.deepEqual([...new Set(fake.records('Opportunity').map((o) => o.RecordTypeId))], [NEW_BUSINESS.recordTypeId]);
  assert.deepEqual([...new Set(fake.records('Account').map((a) => a.RecordTypeId))], [account.recordTypeId]);
  assert.match(note(report, 'Opportunity'), /new records get record type New_Business \(your default\)/);
  // An admin moves a deal to Renewal; the next seed updates it without touching its type.
  const moved = fake.records('Opportunity')[0];
  moved.RecordTypeId = RENEWAL.recordTypeId;
  fake.requests.length = 0;
  await seedOrg(session, doc, { namespace: null });
  assert.equal(moved.RecordTypeId, RENEWAL.recordTypeId);
  const updates = fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.body);
  assert.ok(updates.length > 0 && updates.every((b) => !b.includes('RecordTypeId')));
});

test('--record-type picks another type, and its sales process is checked against the demo stages', async () => {
  const { doc, fake, session } = await start({ Opportunity: [MASTER, NEW_BUSINESS, RENEWAL] });
  const report = await seedOrg(session, doc, { namespace: null, recordTypes: { Opportunity: 'Renewal' } });
  assert.match(note(report, 'Opportunity'), /new records get record type Renewal \(from --record-type\)/);
  assert.ok(
    report.warnings.includes(
      `The opportunity record type's sales process has no stage "Negotiation/Review": deals in those stages will fail; add them to the sales process or pass --record-type Opportunity=<DeveloperName>.`
    ),
    report.warnings.join('\n')
  );
  // The warning was right: the one deal that is in negotiation now (and its review) is reported.
  const failed = report.failures.filter((f) => f.type === 'Opportunity');
  assert.deepEqual(
    failed.map((f) => f.label),
    ['Northwind — Expansion']
  );
  assert.match(failed[0].errors[0], /INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Stage: bad value .*Negotiation\/Review/);
  assert.ok(fake.records('Opportunity').every((o) => o.RecordTypeId === RENEWAL.recordTypeId));
});

test('record types with none available to you: one line before anything is written', async () => {
  const { doc, fake, session } = await start({
    Opportunity: [
      { ...MASTER, available: false },
      { ...NEW_BUSINESS, available: false, defaultRecordTypeMapping: false }
    ]
  });
  await assert.rejects(seedOrg(session, doc, { namespace: null }), (error: unknown) => {
    assert.ok(error instanceof OrgScriptError);
    assert.equal(error.code, 'RECORD_TYPE');
    assert.match(
      error.message,
      /^Opportunity has record types but none is available to admin@fake\.example\.com in .*: give your profile one .* or pass --record-type Opportunity=<DeveloperName>; nothing was written\.$/
    );
    return true;
  });
  assert.equal(fake.count(/composite|jobs\/ingest/), 0);
});

test('org:seed --record-type: an unknown name or object is one line and exit 2', async () => {
  const { fake } = await start({ Opportunity: [MASTER, NEW_BUSINESS, RENEWAL] });
  const env = { SF_ACCESS_TOKEN: 'TEST_TOKEN', SF_INSTANCE_URL: fake.url };
  const unknown = await runCli('seed.ts', ['--file', SMALL_DOC_PATH, '--record-type', 'Opportunity=Upsell'], env);
  assert.equal(unknown.code, 2);
  assert.equal(
    unknown.stderr.trim(),
    `error: Opportunity has no record type "Upsell" available to admin@fake.example.com in ${fake.url} (available: New_Business, Renewal): pass one of those to --record-type; nothing was written.`
  );
  const object = await runCli('seed.ts', ['--file', SMALL_DOC_PATH, '--record-type', 'Case=Support'], env);
  assert.equal(object.code, 2);
  assert.match(object.stderr, /^error: --record-type takes Object=DeveloperName for Account or Opportunity/);
  assert.equal(fake.count(/composite|jobs\/ingest/), 0);
  const ok = await runCli('seed.ts', ['--file', SMALL_DOC_PATH, '--record-type', 'Opportunity=Renewal'], env);
  assert.equal(ok.code, 1, 'the deal in negotiation fails under Renewal, as warned');
  assert.match(ok.stdout, /new records get record type Renewal \(from --record-type\)/);
});
