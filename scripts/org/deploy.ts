/**
 * `npm run org:deploy -- --target-org <alias> [--dry-run] [--test-level RunLocalTests]`: builds, then deploys
 * the package source with the Salesforce CLI and prints sf's own progress.
 */
import { parseFlags, choiceFlag } from './lib/args.ts';
import { exitWithError, UsageError } from './lib/errors.ts';
import { buildProject } from './lib/build.ts';
import { requireSf, runSfVisible, quietSalesforceCli } from './lib/sf-cli.ts';

const USAGE =
  'npm run org:deploy -- --target-org <alias> [--dry-run] [--test-level NoTestRun|RunLocalTests|RunAllTestsInOrg]';
const TEST_LEVELS = ['NoTestRun', 'RunLocalTests', 'RunAllTestsInOrg'] as const;

/** The sf arguments of a source deploy of the whole project. */
export function deployArgs(targetOrg: string, options: { dryRun?: boolean; testLevel?: string } = {}): string[] {
  const args = ['project', 'deploy', 'start', '--target-org', targetOrg, '--wait', '33'];
  if (options.dryRun) args.push('--dry-run');
  if (options.testLevel) args.push('--test-level', options.testLevel);
  return args;
}

export function deployToOrg(
  targetOrg: string,
  options: { dryRun?: boolean; testLevel?: string } = {},
  log = console.log
): void {
  log(`▶ deploy to ${targetOrg}${options.dryRun ? ' (validation only)' : ''}`);
  runSfVisible(deployArgs(targetOrg, options), `Deploying to ${targetOrg}`);
}

export function runDeploy(argv: string[], log = console.log): void {
  const flags = parseFlags(
    argv,
    {
      'target-org': { type: 'string', short: 'o' },
      'dry-run': { type: 'boolean' },
      'test-level': { type: 'string', short: 'l' },
      help: { type: 'boolean', short: 'h' }
    },
    USAGE
  );
  if (flags.help) return log(`Usage: ${USAGE}`);
  if (!flags['target-org']) throw new UsageError(`--target-org is required. Usage: ${USAGE}`);
  const testLevel = flags['test-level']
    ? choiceFlag(flags['test-level'], 'test-level', TEST_LEVELS, 'NoTestRun')
    : undefined;
  quietSalesforceCli();
  requireSf();
  buildProject(log);
  deployToOrg(flags['target-org'], { dryRun: flags['dry-run'], testLevel }, log);
  log(`Deployed. Next: npm run org:seed -- --target-org ${flags['target-org']}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    runDeploy(process.argv.slice(2));
  } catch (error) {
    exitWithError(error);
  }
}
