/**
 * `npm run org:seed -- --target-org <alias> [flags]`: seeds an org with the demo org through jsforce.
 * Safe to re-run: records the seed already wrote are matched and updated, not duplicated (seed/plan.ts).
 * Prints a report per type and every record that failed; exits 1 when any record failed.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { connectToOrg } from './lib/connection.ts';
import { parseFlags, intFlag } from './lib/args.ts';
import { exitWithError, UsageError } from './lib/errors.ts';
import { readDemoDocument, generateDemoDocument } from './lib/demo-document.ts';
import { seedOrg, formatSeedReport, SeedAborted, type SeedReport } from './seed/seeder.ts';
import { DEFAULT_BULK_THRESHOLD } from './lib/write.ts';
import { parseRecordTypeFlags } from './seed/record-types.ts';

const USAGE =
  'npm run org:seed -- --target-org <alias> [--file demo-org.json | --seed N --anchor YYYY-MM-DD --reps N] [--dry-run] [--no-history] [--bulk-threshold N] [--report seed-report.json] [--namespace ns] [--record-type Opportunity=DeveloperName,Account=DeveloperName]';

/** The flags, checked before anything touches an org (org:create checks them before it creates one). */
export function parseSeedArgs(argv: string[]) {
  const flags = parseFlags(
    argv,
    {
      'target-org': { type: 'string', short: 'o' },
      file: { type: 'string' },
      seed: { type: 'string' },
      anchor: { type: 'string' },
      reps: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'no-history': { type: 'boolean' },
      'bulk-threshold': { type: 'string' },
      report: { type: 'string' },
      namespace: { type: 'string' },
      'record-type': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' }
    },
    USAGE
  );
  if (flags.file && (flags.seed || flags.anchor || flags.reps)) {
    throw new UsageError('Pass either --file or the generator flags (--seed, --anchor, --reps), not both.');
  }
  if (flags.file && !existsSync(flags.file)) throw new UsageError(`--file ${flags.file}: no such file.`);
  if (flags.anchor && !/^\d{4}-\d\d-\d\d$/.test(flags.anchor))
    throw new UsageError(`--anchor must be YYYY-MM-DD, not "${flags.anchor}".`);
  return {
    flags,
    recordTypes: parseRecordTypeFlags(flags['record-type']),
    bulkThreshold: intFlag(flags['bulk-threshold'], 'bulk-threshold', DEFAULT_BULK_THRESHOLD, 1),
    generate: {
      seed: flags.seed === undefined ? undefined : intFlag(flags.seed, 'seed', 1),
      anchor: flags.anchor,
      reps: flags.reps === undefined ? undefined : intFlag(flags.reps, 'reps', 9, 1)
    }
  };
}

export async function runSeed(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const { flags, bulkThreshold, generate, recordTypes } = parseSeedArgs(argv);
  if (flags.help) {
    out(`Usage: ${USAGE}`);
    return 0;
  }
  const session = await connectToOrg({ targetOrg: flags['target-org'] });
  const doc = flags.file ? readDemoDocument(flags.file) : await generateDemoDocument(generate);
  const writeReport = (report: SeedReport): void => {
    out(formatSeedReport(report));
    if (flags.report) {
      writeFileSync(flags.report, `${JSON.stringify(report, null, 2)}\n`);
      out(`Full report: ${flags.report}`);
    }
  };
  let report: SeedReport;
  try {
    report = await seedOrg(session, doc, {
      bulkThreshold,
      dryRun: flags['dry-run'],
      replayHistory: !flags['no-history'],
      namespace: flags.namespace,
      recordTypes,
      log: (line) => process.stderr.isTTY && process.stderr.write(`  ${line}\n`)
    });
  } catch (error) {
    if (error instanceof SeedAborted) writeReport(error.report);
    throw error;
  }
  writeReport(report);
  return report.failures.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runSeed(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => exitWithError(error)
  );
}
