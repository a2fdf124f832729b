/**
 * Jest fixtures from the demo org: the manager cockpit's GraphQL answer, computed by the local preview on the seed
 * scenario (seed 1, today 24 Nov 2026 15:00 UTC: the world the shared Apex mocks in force-app/test/apex answer for)
 * as the manager those mocks answer for, with the cockpit's own query, windows and paging (`cockpit-load.ts`). So the
 * cockpit's fixture is a real query result, not hand-written, and agrees with the Apex answers the same tests
 * receive. It also names the team's planted problem reps, so a test can check what the cockpit says about them.
 *
 * Usage: npm run demo:fixtures [-- --write]   (without --write: a summary of what would be written)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PreviewOrg } from '../preview/server/org.ts';
import { DEMO } from '../scripts/checks/apex-mocks.check.ts';
import { PROJECT_ROOT } from '../scripts/lib/project.ts';
import { loadCockpit } from './cockpit-load.ts';
import type { RepProfile } from './format.ts';

export const COCKPIT_FIXTURE = 'force-app/main/manager/lwc/coachingCockpit/__tests__/data/demoTeamCockpit.json';
/** The zone, currency and locale sfdx-lwc-jest gives `@salesforce/i18n`: the cockpit's windows in Jest use it. */
export const JEST_TIME_ZONE = 'America/Los_Angeles';

type ProblemProfile = Exclude<RepProfile, 'ordinary'>;

export interface CockpitFixture {
  manager: { id: string; name: string };
  /** The generator's planted problem reps in this team (`meta.scenario.problemReps`), by profile. */
  problemReps: Partial<Record<ProblemProfile, string>>;
  data: { uiapi: { query: Record<string, { edges: unknown[]; pageInfo: { hasNextPage: boolean } }> } };
}

/** The cockpit's answer for the demo's first manager (by Id, as the Apex mocks pick them). */
export async function cockpitFixture(root = PROJECT_ROOT): Promise<CockpitFixture> {
  const org = await PreviewOrg.open({
    root,
    dataFile: null,
    now: () => new Date(DEMO.now),
    demo: { seed: DEMO.seed, anchorDate: DEMO.anchorDate }
  });
  const manager = org
    .users()
    .filter((u) => u.personas.includes('manager'))
    .sort((a, b) => a.id.localeCompare(b.id))[0];
  if (!manager) throw new Error('The demo org has no manager.');
  const load = await loadCockpit(org, manager.id, DEMO.now, { timeZone: JEST_TIME_ZONE });
  // One request is the whole answer: a fixture that needs paging would test paging, not the cockpit.
  if (load.requests.length !== 1)
    throw new Error(`teamCockpit as ${manager.name} took ${load.requests.length} requests, not one.`);
  const scenario = org.store.meta.scenario as { problemReps?: Partial<Record<ProblemProfile, string>> };
  const team = new Set(
    org.store
      .all('User')
      .filter((u) => u.ManagerId === manager.id)
      .map((u) => u.Id)
  );
  const problemReps = Object.fromEntries(
    Object.entries(scenario.problemReps ?? {}).filter(([, id]) => id && team.has(id))
  ) as CockpitFixture['problemReps'];
  return {
    manager: { id: manager.id, name: manager.name },
    problemReps,
    data: load.firstAnswer as CockpitFixture['data']
  };
}

async function main(): Promise<void> {
  const fixture = await cockpitFixture();
  const counts = Object.entries(fixture.data.uiapi.query).map(([name, c]) => `${c.edges.length} ${name}`);
  console.log(`teamCockpit as ${fixture.manager.name} (seed ${DEMO.seed}, ${DEMO.now}): ${counts.join(', ')}`);
  if (process.argv.includes('--write')) {
    writeFileSync(join(PROJECT_ROOT, COCKPIT_FIXTURE), `${JSON.stringify(fixture, null, 2)}\n`);
    console.log(`→ ${COCKPIT_FIXTURE}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
