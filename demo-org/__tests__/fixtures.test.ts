/**
 * The cockpit's demo-org fixture (`npm run demo:fixtures -- --write`) is the preview's answer to the cockpit's own
 * query on the seed scenario: it names the manager's team and its planted problem reps exactly, and the committed
 * file is not stale.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COCKPIT_FIXTURE, cockpitFixture } from '../fixtures.ts';
import { generateDemoOrg } from '../generator.ts';
import { DEMO } from '../../scripts/checks/apex-mocks.check.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

const fixture = cockpitFixture();
type Edge = { node: Record<string, { value: unknown } | string> };
const edges = async (connection: string): Promise<Edge[]> =>
  (await fixture).data.uiapi.query[connection].edges as Edge[];

test('the fixture holds the manager’s direct reps and their records, counted from the generator’s own output', async () => {
  const org = generateDemoOrg({ seed: DEMO.seed, anchorDate: DEMO.anchorDate });
  const { manager } = await fixture;
  const team = org.records.User.filter((u) => u.ManagerId === manager.id && u.IsActive).map((u) => u.Id);
  assert.ok(team.length >= 4, `a team of ${team.length}`);
  assert.deepEqual((await edges('User')).map((e) => e.node.Id).sort(), [...team].sort());
  const deals = (await Promise.all(['Opportunity', 'Closed1', 'Closed2', 'Closed3'].map(edges))).flat();
  const owners = new Set(deals.map((e) => (e.node.OwnerId as { value: string }).value));
  assert.ok(
    [...owners].every((id) => team.includes(id)),
    'only the team’s deals'
  );
  const cadences = org.records.Coaching_Cadence__c.filter((c) => c.Manager__c === manager.id && c.Active__c);
  assert.equal((await edges('Coaching_Cadence__c')).length, cadences.length);
  assert.ok((await edges('Snapshots')).length > 0, 'held 1:1s with their snapshots');
  // The planted problem reps of this team, as the generator assigned them.
  const planted = Object.entries(org.meta.scenario.problemReps ?? {}).filter(([, id]) => team.includes(id!));
  assert.deepEqual((await fixture).problemReps, Object.fromEntries(planted));
  assert.ok(planted.length > 0, 'the team has planted problem reps');
});

test('the committed fixture is what the preview answers now (regenerate: npm run demo:fixtures -- --write)', async () => {
  const committed = JSON.parse(readFileSync(join(PROJECT_ROOT, COCKPIT_FIXTURE), 'utf8')) as unknown;
  assert.deepEqual(committed, await fixture, `${COCKPIT_FIXTURE} is stale`);
});
