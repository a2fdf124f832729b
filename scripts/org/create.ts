/**
 * `npm run org:create -- [--alias coaching] [--duration-days 7] [--target-dev-hub <hub>] [--no-seed] [seed flags]`
 * One command from a Dev Hub to a working demo: a scratch org from config/project-scratch-def.json, the
 * build, the deploy, the persona permission sets for you, and the demo org seeded through jsforce.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseFlags, intFlag } from './lib/args.ts';
import { exitWithError, OrgScriptError, UsageError } from './lib/errors.ts';
import { buildProject } from './lib/build.ts';
import { requireSf, runSfJson, quietSalesforceCli } from './lib/sf-cli.ts';
import { packagePermissionSets } from './lib/project-metadata.ts';
import { deployToOrg } from './deploy.ts';
import { runSeed, parseSeedArgs } from './seed.ts';
import { PROJECT_ROOT } from '../lib/project.ts';

const USAGE =
  'npm run org:create -- [--alias coaching] [--duration-days 1-30] [--definition-file config/project-scratch-def.json] [--target-dev-hub <alias>] [--no-seed] [--file demo-org.json | --seed N --reps N] [--record-type Opportunity=DeveloperName]';

/** Assigns every persona permission set the package ships to the org's admin (you), so each view is reachable. */
export function assignPermissionSets(targetOrg: string, log = console.log): string[] {
  const names = packagePermissionSets();
  if (names.length === 0) {
    log('▶ permission sets: none in the project yet (force-app/**/permissionsets/Coaching_*), skipped');
    return [];
  }
  log(`▶ assign ${names.join(', ')} to you`);
  runSfJson(
    ['org', 'assign', 'permset', ...names.flatMap((n) => ['--name', n]), '--target-org', targetOrg],
    `Assigning the permission sets in ${targetOrg}`
  );
  return names;
}

export async function runCreate(argv: string[], log = console.log): Promise<number> {
  const flags = parseFlags(
    argv,
    {
      alias: { type: 'string', short: 'a' },
      'duration-days': { type: 'string', short: 'y' },
      'definition-file': { type: 'string', short: 'f' },
      'target-dev-hub': { type: 'string', short: 'v' },
      'no-seed': { type: 'boolean' },
      file: { type: 'string' },
      seed: { type: 'string' },
      reps: { type: 'string' },
      'bulk-threshold': { type: 'string' },
      'record-type': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' }
    },
    USAGE
  );
  if (flags.help) {
    log(`Usage: ${USAGE}`);
    return 0;
  }
  const alias = flags.alias ?? 'coaching';
  if (!/^[\w.-]+$/.test(alias))
    throw new UsageError(`--alias may hold letters, digits, dot, dash and underscore, not "${alias}".`);
  const days = intFlag(flags['duration-days'], 'duration-days', 7, 1);
  if (days > 30) throw new UsageError('--duration-days is at most 30 (the Dev Hub limit).');
  const definition = flags['definition-file'] ?? join('config', 'project-scratch-def.json');
  if (!existsSync(join(PROJECT_ROOT, definition)) && !existsSync(definition))
    throw new UsageError(`--definition-file ${definition}: no such file.`);
  // The seed step's flags are checked now, not after a scratch org has been spent.
  const seedArgs = ['--target-org', alias];
  for (const flag of ['file', 'seed', 'reps', 'bulk-threshold'] as const)
    if (flags[flag] !== undefined) seedArgs.push(`--${flag}`, flags[flag]);
  for (const recordType of flags['record-type'] ?? []) seedArgs.push('--record-type', recordType);
  if (!flags['no-seed']) parseSeedArgs(seedArgs);
  quietSalesforceCli();
  requireSf();
  buildProject(log);
  log(`▶ create scratch org "${alias}" for ${days} day(s) from ${definition}`);
  const createArgs = [
    'org',
    'create',
    'scratch',
    '--definition-file',
    definition,
    '--alias',
    alias,
    '--duration-days',
    String(days),
    '--set-default',
    '--wait',
    '20'
  ];
  if (flags['target-dev-hub']) createArgs.push('--target-dev-hub', flags['target-dev-hub']);
  const created = runSfJson<{ username?: string; orgId?: string }>(createArgs, 'Creating the scratch org');
  log(`  ${created?.username ?? alias} (${created?.orgId ?? 'org id not reported'})`);
  try {
    deployToOrg(alias, {}, log);
    assignPermissionSets(alias, log);
    if (flags['no-seed']) {
      log(`Ready (not seeded). Open it: sf org open --target-org ${alias}`);
      return 0;
    }
    log('▶ seed the demo org');
    // The same command as `npm run org:seed`: its report is printed even when seeding stops part-way.
    if ((await runSeed(seedArgs, log)) !== 0) {
      log(
        `Some records were not seeded (above). Fix the cause, then finish with: npm run org:seed -- --target-org ${alias}`
      );
      return 1;
    }
    log(`Ready. Open it: sf org open --target-org ${alias}`);
    return 0;
  } catch (error) {
    // The org exists and costs a scratch-org allocation: say how to carry on or clean up (a seed that stopped
    // part-way has printed its report above).
    const explained =
      error instanceof OrgScriptError ? error : new OrgScriptError('FAILED', String((error as Error).message ?? error));
    throw new OrgScriptError(
      explained.code,
      `${explained.message} The scratch org "${alias}" exists: fix the cause and re-run npm run org:deploy / org:seed with --target-org ${alias}, or delete it with \`sf org delete scratch --target-org ${alias} --no-prompt\`.`,
      explained.exitCode
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCreate(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => exitWithError(error)
  );
}
