/**
 * Jest fixtures from the demo org: the manager cockpit's GraphQL answer, computed by the local preview on the seed
 * scenario (seed 1, today 24 Nov 2026 15:00 UTC: the world the shared Apex mocks in force-app/test/apex answer for)
 * as the manager those mocks answer for, with the cockpit's own query and variables. So the cockpit's fixture is a
 * real query result, not hand-written, and agrees with the Apex answers the same tests receive.
 *
 * Usage: npm run demo:fixtures [-- --write]   (without --write: a summary of what would be written)
 */
import Module from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PreviewOrg } from '../preview/server/org.ts';
import { DEMO } from '../scripts/checks/apex-mocks.check.ts';
import { PROJECT_ROOT } from '../scripts/lib/project.ts';

export const COCKPIT_FIXTURE = 'force-app/main/manager/lwc/coachingCockpit/__tests__/data/demoTeamCockpit.json';
/** The cockpit's default `historyWeeks` (its @api default). */
const HISTORY_WEEKS = 13;

interface CockpitQueries {
  TEAM_COCKPIT_QUERY: string;
  TEAM_COCKPIT_OPERATION: string;
  teamCockpitVariables(managerId: string, now: string, historyWeeks: number, oppAfter?: string | null): object;
}

/**
 * The cockpit's query module, loaded in Node: its only platform import is `gql` from `lightning/graphql`, which on
 * the platform returns the parsed document; here it returns the text, which the preview's GraphQL executes.
 */
async function cockpitQueries(): Promise<CockpitQueries> {
  const stub = join(mkdtempSync(join(tmpdir(), 'lightning-graphql-')), 'graphql.cjs');
  writeFileSync(stub, "exports.gql = (s, ...v) => s.reduce((a, x, i) => a + x + (i < v.length ? v[i] : ''), '');\n");
  const loader = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = (request, ...rest) => (request === 'lightning/graphql' ? stub : resolve(request, ...rest));
  try {
    return (await import('c/coachingQueries')) as unknown as CockpitQueries;
  } finally {
    loader._resolveFilename = resolve;
  }
}

export interface CockpitFixture {
  manager: { id: string; name: string };
  data: { uiapi: { query: Record<string, { edges: unknown[]; pageInfo: { hasNextPage: boolean } }> } };
}

/** The cockpit's answer for the demo's first manager (by Id, as the Apex mocks pick them). */
export async function cockpitFixture(root = PROJECT_ROOT): Promise<CockpitFixture> {
  const queries = await cockpitQueries();
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
  const result = org.session(manager.id).graphql({
    query: queries.TEAM_COCKPIT_QUERY,
    variables: queries.teamCockpitVariables(manager.id, DEMO.now, HISTORY_WEEKS) as Record<string, unknown>,
    operationName: queries.TEAM_COCKPIT_OPERATION
  }) as { data?: CockpitFixture['data']; errors?: unknown[] };
  if (result.errors?.length || !result.data)
    throw new Error(`teamCockpit as ${manager.name}: ${JSON.stringify(result.errors)}`);
  // One page is the whole answer: a fixture that needs paging would test paging, not the cockpit.
  const paged = Object.entries(result.data.uiapi.query).filter(([, c]) => c.pageInfo.hasNextPage);
  if (paged.length) throw new Error(`teamCockpit has more pages for ${paged.map(([name]) => name).join(', ')}`);
  return { manager: { id: manager.id, name: manager.name }, data: JSON.parse(JSON.stringify(result.data)) };
}

async function main(): Promise<void> {
  const fixture = await cockpitFixture();
  const counts = Object.entries(fixture.data.uiapi.query).map(([name, c]) => `${c.edges.length} ${name}`);
  console.log(`teamCockpit as ${fixture.manager.name} (seed ${DEMO.seed}, ${DEMO.now}): ${counts.join(', ')}`);
  if (process.argv.includes('--write')) {
    writeFileSync(join(PROJECT_ROOT, COCKPIT_FIXTURE), `${JSON.stringify(fixture.data, null, 2)}\n`);
    console.log(`→ ${relative(PROJECT_ROOT, join(PROJECT_ROOT, COCKPIT_FIXTURE))}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
