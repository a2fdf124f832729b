/**
 * What the `coach` CLI reads from an org, against a fake org that holds the small demo document: the team,
 * scoped and paged queries, fields the org lacks or hides, settings, and the field list's sync with the
 * data model.
 */
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeOrgWithData, loadSmallDoc, type FakeOrgOptions } from './fake-org.ts';
import type { FakeSalesforce } from './fake-salesforce.ts';
import { connectToOrg } from '../lib/connection.ts';
import { CoachExtractor } from '../coach/extract.ts';
import { COACH_FIELDS } from '../coach/fields.ts';
import { settingsFromMetadata } from '../coach/settings.ts';
import { OrgScriptError, UsageError } from '../lib/errors.ts';
import { PROJECT_ROOT } from '../../lib/project.ts';
import type { CoachingSettings } from 'c/coachingModel';

let fake: FakeSalesforce | null = null;
afterEach(async () => {
  await fake?.stop();
  fake = null;
});

async function start(options: FakeOrgOptions = {}) {
  fake = fakeOrgWithData(loadSmallDoc(), { pageSize: 2, ...options });
  await fake.start();
  const session = await connectToOrg({ env: { SF_ACCESS_TOKEN: 'TEST_TOKEN', SF_INSTANCE_URL: fake.url } });
  return { fake, session, extractor: new CoachExtractor(session, null) };
}

const ids = (rows: { Id?: string }[]) => rows.map((r) => r.Id).sort();
const MAX = '005D000000000002AA';
const ANA = '005D000000000003AA';
const BEN = '005D000000000004AA';

test('a manager is found by username or id, and the team is the active direct reports', async () => {
  const { extractor } = await start();
  const byName = await extractor.resolveUser('max.manager@coaching-demo.example.com');
  assert.equal(byName.Id, MAX);
  assert.equal((await extractor.resolveUser(MAX)).Name, 'Max Manager');
  // The former rep reports to Max but is inactive.
  assert.deepEqual(ids(await extractor.directReports([MAX])), [ANA, BEN]);
  await assert.rejects(
    extractor.resolveUser('nobody@example.com'),
    (e: unknown) => e instanceof UsageError && /No user with username "nobody@example.com"/.test(e.message)
  );
  await assert.rejects(
    extractor.resolveUser('005D000000000005AA'),
    /Former Rep .* is inactive: pick an active manager/
  );
});

test('the team extract is scoped to the team and follows every page', async () => {
  const { extractor, fake } = await start();
  const manager = await extractor.resolveUser(MAX);
  const reps = await extractor.directReports([MAX]);
  const setup = await extractor.setup();
  const records = await extractor.team([manager], reps, { asOf: '2026-11-24' }, setup);
  // Ana's three deals and Ben's one; the inactive former rep's 2023 win is neither the team's nor on their accounts.
  assert.deepEqual(ids(records.Opportunity), [
    '006D00000000001AAA',
    '006D00000000002AAA',
    '006D00000000003AAA',
    '006D00000000004AAA'
  ]);
  assert.deepEqual(ids(records.Account), ['001D00000000001AAA', '001D00000000002AAA', '001D00000000003AAA']);
  assert.equal(records.Coaching_Session__c.length, 3);
  assert.ok(
    records.Coaching_Session__c.every((s) => 'Snapshot__c' in s),
    'the agenda reads snapshots'
  );
  assert.equal(records.Deal_Review__c.length, 1);
  assert.equal(records.Coaching_Feedback__c.length, 2);
  assert.equal(records.Sales_Quota__c.length, 2);
  assert.equal(records.Action_Item__c.length, 2);
  // Page size 2: opportunities (4), accounts by id (3) and 1:1s (3) each needed a queryMore call.
  assert.ok(fake.count(/GET .*\/query\/01g/) >= 3);
  assert.equal(setup.Coaching_Setting__mdt.length, 1);
});

test('the oversight extract leaves the snapshots out and reads only wins', async () => {
  const { extractor } = await start();
  const managers = await extractor.allManagers();
  assert.deepEqual(
    managers.map((m) => m.Name),
    ['Max Manager', 'Vera Lead']
  );
  const reps = await extractor.directReports(managers.map((m) => m.Id));
  const records = await extractor.oversight(managers, reps, { asOf: '2026-11-24' });
  assert.ok(records.Coaching_Session__c.every((s) => !('Snapshot__c' in s)));
  assert.deepEqual(ids(records.Opportunity), ['006D00000000002AAA']);
});

test('a field hidden by field-level security stops the run with one line naming it', async () => {
  const { extractor } = await start({ without: { Coaching_Session__c: ['Notes__c'] } });
  const manager = await extractor.resolveUser(MAX);
  const reps = await extractor.directReports([MAX]);
  await assert.rejects(extractor.team([manager], reps, { asOf: '2026-11-24' }, {}), (e: unknown) => {
    assert.ok(e instanceof OrgScriptError);
    assert.equal(e.code, 'FIELD_MISSING');
    assert.match(
      e.message,
      /does not let your user read Coaching_Session__c\.Notes__c: deploy the package and assign the Coaching_Manager or Coaching_Leader permission set/
    );
    assert.equal(e.message.includes('\n'), false);
    return true;
  });
});

test('an object the user cannot see is named with the permission set that grants it', async () => {
  const { extractor } = await start({ withoutObjects: ['Coaching_Cadence__c'] });
  const manager = await extractor.resolveUser(MAX);
  await assert.rejects(
    extractor.team([manager], [], { asOf: '2026-11-24' }, {}),
    /has no Coaching_Cadence__c your user can read: deploy the package .* assign a Coaching permission set/
  );
});

test('a single-currency org is read without CurrencyIsoCode; unreadable feedback is a note, not a failure', async () => {
  const doc = loadSmallDoc();
  const without: Record<string, string[]> = {};
  for (const t of Object.keys(doc.records)) without[t] = ['CurrencyIsoCode', 'DefaultCurrencyIsoCode'];
  const { extractor } = await start({
    without,
    withoutObjects: ['CurrencyType', 'DatedConversionRate', 'Coaching_Feedback__c']
  });
  const manager = await extractor.resolveUser(MAX);
  const setup = await extractor.setup();
  assert.deepEqual(setup.CurrencyType, []);
  const records = await extractor.team([manager], await extractor.directReports([MAX]), { asOf: '2026-11-24' }, setup);
  assert.equal(records.Opportunity.length, 4);
  assert.ok(records.Opportunity.every((o) => !('CurrencyIsoCode' in o)));
  assert.deepEqual(records.Coaching_Feedback__c, []);
  assert.ok(extractor.warnings.some((w) => /Coaching_Feedback__c is not readable/.test(w)));
});

test('fields named by exit criteria are read when the org has them, noted when not', async () => {
  const { extractor } = await start();
  const setup = await extractor.setup();
  const fields = await extractor.selectList('Opportunity', ['NextStep', 'Budget_Confirmed__c']);
  assert.equal(fields.filter((f) => f === 'NextStep').length, 1);
  assert.equal(fields.includes('Budget_Confirmed__c'), false);
  assert.ok(extractor.warnings.some((w) => w.startsWith('Opportunity.Budget_Confirmed__c')));
  assert.equal(setup.Stage_Exit_Criterion__mdt.length, 2);
});

test('custom metadata rows override the defaults; blanks keep them', () => {
  const defaults = {
    defaultRequiredCoverage: 3,
    staleDaysMultiplier: 1.5,
    pushCountRisk: 3,
    stages: [],
    surveyQuestions: [],
    agendaSections: []
  } as unknown as CoachingSettings;
  const settings = settingsFromMetadata(
    {
      Coaching_Setting__mdt: [
        { DeveloperName: 'Default', Default_Required_Coverage__c: 4, Stale_Days_Multiplier__c: null }
      ],
      Stage_Setting__mdt: [
        { Stage_Name__c: 'Negotiation/Review', Sort_Order__c: 8, Max_Days_In_Stage__c: null },
        { Stage_Name__c: 'Prospecting', Sort_Order__c: 1, Max_Days_In_Stage__c: 21 }
      ],
      Stage_Exit_Criterion__mdt: [
        { Stage_Name__c: 'Prospecting', Criterion__c: 'Pain named', Field_Api_Name__c: null, Sort_Order__c: 2 },
        { Stage_Name__c: 'Prospecting', Criterion__c: 'Next step set', Field_Api_Name__c: 'NextStep', Sort_Order__c: 1 }
      ]
    },
    defaults
  );
  assert.equal(settings.defaultRequiredCoverage, 4);
  assert.equal(settings.staleDaysMultiplier, 1.5);
  assert.deepEqual(
    settings.stages.map((s) => [s.stageName, s.maxDaysInStage, s.exitCriteria.map((c) => c.criterion)]),
    [
      ['Prospecting', 21, ['Next step set', 'Pain named']],
      ['Negotiation/Review', null, []]
    ]
  );
});

/** Fields of the custom objects in docs/data-model.md, parsed from its tables. */
function dataModelFields(): Map<string, Set<string>> {
  const text = readFileSync(join(PROJECT_ROOT, 'docs', 'data-model.md'), 'utf8');
  const out = new Map<string, Set<string>>();
  let current: string | null = null;
  for (const line of text.split('\n')) {
    const heading = /^### `(\w+__c)`/.exec(line);
    if (heading) {
      current = heading[1];
      out.set(current, new Set());
      continue;
    }
    if (line.startsWith('## ')) current = null;
    if (current && line.startsWith('|')) {
      const firstCell = line.split('|')[1] ?? '';
      for (const m of firstCell.matchAll(/`(\w+__c)`/g)) out.get(current)!.add(m[1]);
    }
  }
  return out;
}

/** Data-model fields the CLI deliberately does not read, and why. */
const NOT_READ: Record<string, string> = {
  'Coaching_Cadence__c.Active_Pair_Key__c': 'a uniqueness key the trigger maintains',
  'Coaching_Session__c.Planned_Day_Key__c': 'a uniqueness key the trigger maintains (one planned 1:1 per pair and day)',
  'Coaching_Session__c.Prepared__c': 'a formula; the engine derives preparation from Agenda_Opened_At__c',
  'Coaching_Session__c.Status_Reason__c': 'free text shown on the record page, not used by the engine',
  'Coaching_Session__c.Forecast_Recorded__c':
    'a formula for the adoption dashboard; the engine reads the forecast fields',
  'Coaching_Session__c.Involves_Me__c': 'a formula on $User for list views',
  'Action_Item__c.Assigned_To_Me__c': 'a formula on $User for list views',
  'Action_Item__c.Description__c': 'free text shown on the record page, not used by the engine',
  'Deal_Review__c.Review_Key__c': 'a uniqueness key the trigger maintains',
  'Coaching_Feedback__c.Session_Key__c': 'a uniqueness key the trigger maintains',
  'Sales_Quota__c.Source__c': 'where the quota came from; the engine uses the amount',
  'Sales_Quota__c.Quota_Key__c': 'an external id for imports'
};

test('the CLI reads every data-model field the engine uses, and only fields that exist', () => {
  const model = dataModelFields();
  assert.equal(model.size, 6, 'six custom objects in docs/data-model.md');
  for (const [object, fields] of model) {
    const spec = COACH_FIELDS[object as keyof typeof COACH_FIELDS] as {
      required: readonly string[];
      optional: readonly string[];
    };
    assert.ok(spec, `${object} has a field list`);
    const read = new Set([...spec.required, ...spec.optional].filter((f) => f.endsWith('__c')));
    for (const f of read) assert.ok(fields.has(f), `${object}.${f} is read but not in docs/data-model.md`);
    for (const f of fields) {
      assert.ok(
        read.has(f) || NOT_READ[`${object}.${f}`],
        `${object}.${f} is in the data model but the CLI neither reads it nor says why`
      );
    }
  }
});

test('the install guide lists every standard field the CLI reads, so admins grant exactly those', () => {
  const guide = readFileSync(join(PROJECT_ROOT, 'docs', 'install-guide.md'), 'utf8');
  for (const object of ['Opportunity', 'Account', 'User'] as const) {
    const row = guide.split('\n').find((l) => l.startsWith(`| ${object} `));
    assert.ok(row, `the install guide has a row for ${object}`);
    const listed = new Set([...row.matchAll(/`(\w+)`/g)].map((m) => m[1]));
    const spec = COACH_FIELDS[object] as { required: readonly string[]; optional: readonly string[] };
    const read = [...spec.required, ...spec.optional].filter((f) => f !== 'Id');
    assert.deepEqual(
      read.filter((f) => !listed.has(f)),
      [],
      `${object} fields the CLI reads but the guide omits`
    );
    assert.deepEqual(
      [...listed].filter((f) => !read.includes(f)),
      [],
      `${object} fields the guide lists but nothing reads`
    );
  }
});
