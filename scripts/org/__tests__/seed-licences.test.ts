/**
 * Licence-aware seeding: the demo org is scaled down to the free Salesforce licences before any user is
 * created (seed/licences.ts), so a Developer Edition org (two licences, the admin holds one) gets a smaller
 * demo instead of a seed that fails half-way. The fake org refuses an active user beyond its licences, as
 * Salesforce does.
 */
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { generateDemoOrg } from '../../../demo-org/generator.ts';
import { fakeOrgFor, loadSmallDoc } from './fake-org.ts';
import type { FakeSalesforce } from './fake-salesforce.ts';
import { connectToOrg } from '../lib/connection.ts';
import { seedOrg, formatSeedReport, type DocRecord, type SeedDocument } from '../seed/seeder.ts';
import { planUserFit as planFor, userRoles as rolesOf, dealOwnersOf } from '../seed/licences.ts';
import { OrgScriptError } from '../lib/errors.ts';

const fast = { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined };
let fake: FakeSalesforce | null = null;
afterEach(async () => {
  await fake?.stop();
  fake = null;
});

async function start(licences: number) {
  const doc = loadSmallDoc();
  fake = fakeOrgFor(doc, { licences });
  await fake.start();
  const session = await connectToOrg({
    env: { SF_ACCESS_TOKEN: 'TEST_TOKEN', SF_INSTANCE_URL: fake.url },
    retry: fast
  });
  return { doc, fake, session };
}

const activeUsers = (f: FakeSalesforce) => f.records('User').filter((u) => u.IsActive !== false);

/** Every reference of every record the seed wrote resolves to a record in the org. */
function danglingReferences(f: FakeSalesforce): string[] {
  const ids = new Set([...f.store.values()].flatMap((t) => [...t.keys()]));
  const out: string[] = [];
  for (const [object, table] of f.store) {
    for (const r of table.values()) {
      for (const [k, v] of Object.entries(r)) {
        if (
          (k.endsWith('__c') || k.endsWith('Id')) &&
          k !== 'Id' &&
          typeof v === 'string' &&
          /^[a-zA-Z0-9]{18}$/.test(v)
        )
          if (!ids.has(v) && !['UserLicenseId', 'CreatedById', 'ContentDocumentId'].includes(k))
            out.push(`${object}.${k}=${v}`);
      }
    }
  }
  return out;
}

const defaultOrg = generateDemoOrg({ snapshots: false, history: false }) as unknown as SeedDocument;
const defaultUsers = defaultOrg.records.User!;
const owners = dealOwnersOf(defaultOrg);
const planUserFit = (users: DocRecord[], budget: number) => planFor(users, owners, budget);
const userRoles = (users: DocRecord[]) => rolesOf(users, owners);
const names = (ids: readonly string[]) => ids.map((id) => defaultUsers.find((u) => u.Id === id)!.Name).sort();

test('the default demo org (14 users) is folded, then trimmed rep by rep, to any budget from 1 up', () => {
  const roles = userRoles(defaultUsers);
  assert.deepEqual(
    [roles.inactive.length, roles.others.length, roles.managers.length, roles.reps.length],
    [1, 2, 2, 9],
    'former rep; leader and sales ops; two managers; nine reps'
  );
  assert.deepEqual(planUserFit(defaultUsers, 14), { fold: [], drop: [], cost: 14 });
  // 11: the former rep, sales ops and the leader become you; both teams stay whole.
  const eleven = planUserFit(defaultUsers, 11)!;
  assert.deepEqual(names(eleven.fold), ['Chris Walsh', 'Jordan Blake', 'Morgan Ellis']);
  assert.deepEqual(eleven.drop, []);
  // 5: the second team goes (its four reps, then its manager), and the first team's last rep.
  const five = planUserFit(defaultUsers, 5)!;
  assert.deepEqual(names(five.drop), [
    'Daniel Okafor',
    'Elena Vasquez',
    'Marcus Reed',
    'Rachel Kim',
    'Tom Nguyen',
    'Wei Ling Tan'
  ]);
  // 1 (a Developer Edition org): one rep, managed by you.
  const one = planUserFit(defaultUsers, 1)!;
  assert.ok(one.fold.includes(roles.managers[0].Id), 'the first manager is folded into you');
  assert.deepEqual(
    defaultUsers.filter((u) => !one.fold.includes(u.Id) && !one.drop.includes(u.Id)).map((u) => u.Name),
    ['Sophie Turner']
  );
  assert.equal(planUserFit(defaultUsers, 0), null, 'no licence, no rep: the seeder stops before writing');
  // Every budget: within it, and a larger budget never keeps fewer users.
  let keptBefore = new Set<string>();
  for (let budget = 1; budget <= 15; budget++) {
    const fit = planUserFit(defaultUsers, budget)!;
    assert.ok(fit.cost <= budget, `cost ${fit.cost} within ${budget}`);
    const kept = new Set(
      defaultUsers.map((u) => u.Id).filter((id) => !fit.fold.includes(id) && !fit.drop.includes(id))
    );
    assert.equal(kept.size, fit.cost);
    for (const id of keptBefore) assert.ok(kept.has(id), `budget ${budget} keeps what ${budget - 1} kept`);
    keptBefore = kept;
  }
});

test('a Developer Edition org (2 licences): one rep managed by you, no failure, one line that says so', async () => {
  const { doc, fake, session } = await start(2);
  const report = await seedOrg(session, doc, { namespace: null });
  assert.deepEqual(report.failures, []);
  assert.equal(activeUsers(fake).length, 2, 'you and one demo rep: within the two licences');
  assert.match(
    report.scaledDown ?? '',
    /^Scaled the demo org down to fit 1 free "Salesforce" licence\(s\): 1 of 2 rep\(s\) and 0 of 1 manager\(s\) created; folded into you \(admin@fake\.example\.com\): Former Rep, Vera Lead, Max Manager; \d+ record\(s\) of the users left out not seeded\./
  );
  assert.equal(formatSeedReport(report).split('\n')[1], report.scaledDown, 'the report says it under its title');
  const ana = fake.records('User').find((u) => u.LastName === 'Ruiz')!;
  assert.equal(ana.ManagerId, fake.userId, 'Ana reports to you');
  assert.deepEqual(
    [...new Set(fake.records('Coaching_Cadence__c').map((c) => c.Manager__c))],
    [fake.userId],
    'and you hold her 1:1s'
  );
  // Ben was left out, and with him his account, deal, quota and the review of his deal.
  assert.equal(
    fake.records('Account').some((a) => a.Name === 'Fabrikam'),
    false
  );
  assert.equal(fake.records('Deal_Review__c').length, 0);
  // The former rep's old win is yours now; seeding granted you no permission set.
  assert.equal(fake.records('Opportunity').find((o) => o.Name === 'Old Co — Legacy')!.OwnerId, fake.userId);
  assert.deepEqual(
    fake.records('PermissionSetAssignment').map((p) => p.AssigneeId),
    [ana.Id]
  );
  assert.deepEqual(danglingReferences(fake), []);
});

test('a re-run on the full org computes the same plan and writes no new record', async () => {
  const { doc, fake, session } = await start(2);
  await seedOrg(session, doc, { namespace: null });
  const counts = () => [...fake.store.entries()].map(([t, r]) => `${t}:${r.size}`).sort();
  const before = counts();
  const again = await seedOrg(session, doc, { namespace: null });
  assert.deepEqual(again.failures, []);
  assert.equal(
    again.types.reduce((n, t) => n + t.inserted, 0),
    0
  );
  assert.deepEqual(
    counts().filter((c) => !c.startsWith('ContentVersion')),
    before.filter((c) => !c.startsWith('ContentVersion'))
  );
});

test('three free licences keep both reps and their manager, folding only the former rep and the leader', async () => {
  const { doc, fake, session } = await start(4);
  const report = await seedOrg(session, doc, { namespace: null });
  assert.deepEqual(report.failures, []);
  assert.deepEqual(
    activeUsers(fake)
      .map((u) => u.LastName)
      .sort(),
    ['Manager', 'Okafor', 'Ruiz', undefined].sort()
  );
  const max = fake.records('User').find((u) => u.LastName === 'Manager')!;
  assert.equal(max.ManagerId, fake.userId, "Max reports to you, the folded leader's place");
  assert.match(
    report.scaledDown ?? '',
    /2 of 2 rep\(s\) and 1 of 1 manager\(s\) created; folded into you .*: Former Rep, Vera Lead; 0 record/
  );
});

test('no free licence at all: one line, and nothing is written', async () => {
  const { doc, fake, session } = await start(1);
  await assert.rejects(seedOrg(session, doc, { namespace: null }), (error: unknown) => {
    assert.ok(error instanceof OrgScriptError);
    assert.equal(error.code, 'NO_LICENCE');
    assert.match(error.message, /has no free "Salesforce" licence for even one demo rep: .*nothing was written\.$/);
    return true;
  });
  assert.equal(fake.count(/composite|jobs\/ingest/), 0);
});

test('with licences to spare nothing is scaled', async () => {
  const { doc, session } = await start(20);
  const report = await seedOrg(session, doc, { namespace: null });
  assert.equal(report.scaledDown, null);
  assert.equal(report.types.find((t) => t.type === 'User')!.inserted, 5);
});
