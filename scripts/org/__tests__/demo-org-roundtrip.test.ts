/**
 * The real demo org (the generator's default scenario) through the org scripts: seeded into a fake org with
 * nothing lost, PushCount reproduced by the history replay, a re-run that writes no new record; and the
 * `coach` CLI's agendas and oversight on it equal to the engine run on the whole document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDemoOrg } from '../../../demo-org/generator.ts';
import { fakeOrgFor, fakeOrgWithData, SETTINGS_ROWS } from './fake-org.ts';
import { connectToOrg } from '../lib/connection.ts';
import { seedOrg, type SeedDocument } from '../seed/seeder.ts';
import { runCoach } from '../coach.ts';
import { repAgenda, oversightRow } from '../coach/engine.ts';
import { settingsFromMetadata, withoutUnreadableEvidence } from '../coach/settings.ts';
import type { AgendaPack, OversightTable } from '../coach/render.ts';
import { buildAgenda, buildOversight, DEFAULT_SETTINGS } from 'c/coachingEngine';
import { datasetFromRecords } from 'c/coachingRecords';

const org = generateDemoOrg();
const doc = org as unknown as SeedDocument;
const AS_OF = org.meta.anchorDate;

/** Types the seeder writes, with how many records of each the org should hold afterwards. */
function expectedCounts(): Record<string, number> {
  const r = org.records;
  return {
    User: r.User.length,
    UserRole: r.UserRole.length,
    PermissionSetAssignment: r.PermissionSetAssignment.length,
    Account: r.Account.length,
    Opportunity: r.Opportunity.length,
    Sales_Quota__c: r.Sales_Quota__c.length,
    Coaching_Cadence__c: r.Coaching_Cadence__c.length,
    Coaching_Session__c: r.Coaching_Session__c.length,
    Action_Item__c: r.Action_Item__c.length,
    Deal_Review__c: r.Deal_Review__c.length,
    Coaching_Feedback__c: r.Coaching_Feedback__c.length
  };
}

test('the demo org seeds without a failure, reproduces every PushCount, and re-seeds without a new record', async () => {
  const fake = fakeOrgFor(doc);
  await fake.start();
  try {
    const session = await connectToOrg({ env: { SF_ACCESS_TOKEN: 'TEST_TOKEN', SF_INSTANCE_URL: fake.url } });
    const first = await seedOrg(session, doc, { namespace: null, pollIntervalMs: 1 });
    assert.deepEqual(first.failures, []);
    const want = expectedCounts();
    // The fake org starts with its own admin user.
    const have = Object.fromEntries(Object.keys(want).map((t) => [t, fake.records(t).length - (t === 'User' ? 1 : 0)]));
    assert.deepEqual(have, want);
    // Every deal's PushCount, as the org computed it from the replayed close dates, equals the document's.
    const byKey = new Map(org.records.Opportunity.map((o) => [`${o.Name}|${o.CloseDate}|${o.Amount}`, o.PushCount]));
    const mismatches = fake
      .records('Opportunity')
      .filter((o) => (o.PushCount ?? 0) !== byKey.get(`${String(o.Name)}|${String(o.CloseDate)}|${String(o.Amount)}`));
    assert.deepEqual(
      mismatches.map((o) => o.Name),
      []
    );
    const second = await seedOrg(session, doc, { namespace: null, pollIntervalMs: 1 });
    assert.deepEqual(second.failures, []);
    assert.equal(
      second.types.reduce((n, t) => n + t.inserted, 0),
      0
    );
    assert.deepEqual(
      Object.fromEntries(Object.keys(want).map((t) => [t, fake.records(t).length - (t === 'User' ? 1 : 0)])),
      want
    );
  } finally {
    await fake.stop();
  }
});

test("coach on the demo org: each manager's agendas and the oversight equal the engine on the whole document", async () => {
  const fake = fakeOrgWithData(doc, { pageSize: 500 });
  await fake.start();
  process.env.SF_ACCESS_TOKEN = 'TEST_TOKEN';
  process.env.SF_INSTANCE_URL = fake.url;
  try {
    const settings = withoutUnreadableEvidence(
      settingsFromMetadata(SETTINGS_ROWS, DEFAULT_SETTINGS),
      new Set(['Budget_Confirmed__c'])
    );
    const dataset = datasetFromRecords(doc.records as never, settings);
    for (const managerId of org.meta.scenario.managerIds) {
      let text = '';
      await runCoach(['--manager', managerId, '--as-of', AS_OF, '--format', 'json'], (t) => (text += t));
      const pack = JSON.parse(text) as AgendaPack;
      const team = org.meta.scenario.teams.find((t) => t.managerId === managerId)!;
      assert.deepEqual(pack.reps.map((r) => r.repId).sort(), [...team.repIds].sort());
      const clock = { now: `${AS_OF}T12:00:00.000Z`, timeZone: pack.timeZone, targetCurrency: pack.currency };
      for (const rep of pack.reps) {
        assert.deepEqual(
          rep,
          repAgenda(buildAgenda(dataset, rep.repId, clock), { Id: rep.repId, Name: rep.name }),
          rep.name
        );
      }
    }
    let text = '';
    await runCoach(['--all-managers', '--as-of', AS_OF, '--format', 'json'], (t) => (text += t));
    const table = JSON.parse(text) as OversightTable;
    const clock = { now: `${AS_OF}T12:00:00.000Z`, timeZone: table.timeZone, targetCurrency: 'USD' };
    const names = new Map(org.records.User.map((u) => [u.Id, u.Name]));
    const view = buildOversight(
      dataset,
      table.managers.map((m) => m.managerId),
      table.window,
      clock
    );
    assert.deepEqual(
      table.managers,
      view.managers.map((m) => oversightRow(m, names.get(m.managerId)!))
    );
    // The scenario's lower-rated manager is visible in the table.
    const lower = table.managers.find((m) => m.managerId === org.meta.scenario.lowerRatedManagerId)!;
    const others = table.managers.filter((m) => m !== lower && m.surveyScore !== null);
    assert.ok(others.length > 0 && others.every((m) => (lower.surveyScore ?? 0) < (m.surveyScore ?? 0)));
  } finally {
    delete process.env.SF_ACCESS_TOKEN;
    delete process.env.SF_INSTANCE_URL;
    await fake.stop();
  }
});
