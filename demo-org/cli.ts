/**
 * `npm run demo:generate -- [--seed N] [--anchor YYYY-MM-DD|today] [--reps N] [--managers N] [--quarters N]
 *   [--opps-per-rep-quarter N] [--accounts N] [--weeks N] [--no-snapshots] [--out FILE]`
 * Writes the demo-org JSON (stdout by default) and a one-line summary to stderr. A bad flag: one line, exit 2.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { generateDemoOrg, InvalidOptionsError, type DemoOrgOptions } from './generator.ts';
import { defaultManagerCount, spreadReps } from './context.ts';
import { writeDemoOrg } from './writer.ts';
import type { DemoOrg } from './format.ts';

export class UsageError extends Error {}

export interface CliOptions {
  generation: DemoOrgOptions;
  out: string | null;
}

const NUMBER_FLAGS = [
  '--seed',
  '--reps',
  '--managers',
  '--quarters',
  '--opps-per-rep-quarter',
  '--accounts',
  '--weeks'
];

function wholeNumber(flag: string, text: string | undefined): number {
  if (text === undefined || !/^\d+$/.test(text))
    throw new UsageError(`${flag} needs a whole number (got ${text ?? 'nothing'})`);
  return Number(text);
}

/** Parses the command line; `today` is the current UTC date, passed in so that parsing stays pure. */
export function parseArgs(argv: readonly string[], today: string): CliOptions {
  const numbers = new Map<string, number>();
  let anchor: string | undefined;
  let out: string | null = null;
  let snapshots = true;
  let history = true;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (NUMBER_FLAGS.includes(flag)) {
      numbers.set(flag, wholeNumber(flag, argv[++i]));
    } else if (flag === '--anchor') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('--anchor needs a date (YYYY-MM-DD) or "today"');
      anchor = value === 'today' ? today : value;
    } else if (flag === '--out') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError('--out needs a file name');
      out = value;
    } else if (flag === '--no-snapshots') {
      snapshots = false;
    } else if (flag === '--no-history') {
      history = false;
    } else {
      throw new UsageError(`unknown flag "${flag}" (see docs/demo-org.md)`);
    }
  }
  const reps = numbers.get('--reps');
  if (reps === 0) throw new UsageError('--reps must be at least 1');
  const managers = numbers.get('--managers') ?? (reps === undefined ? undefined : defaultManagerCount(reps));
  if (reps !== undefined && managers !== undefined && reps < managers)
    throw new UsageError(`--reps (${reps}) must be at least --managers (${managers})`);
  const sizes: DemoOrgOptions['sizes'] = {};
  if (managers !== undefined) sizes.managers = managers;
  if (reps !== undefined) sizes.repsPerManager = spreadReps(reps, managers!);
  else if (managers !== undefined) sizes.repsPerManager = 5;
  if (numbers.has('--quarters')) sizes.quartersOfHistory = numbers.get('--quarters');
  if (numbers.has('--opps-per-rep-quarter'))
    sizes.opportunitiesPerRepPerQuarter = numbers.get('--opps-per-rep-quarter');
  if (numbers.has('--accounts')) sizes.accounts = numbers.get('--accounts');
  if (numbers.has('--weeks')) sizes.sessionWeeks = numbers.get('--weeks');
  return {
    generation: { seed: numbers.get('--seed'), anchorDate: anchor, sizes, snapshots, history },
    out
  };
}

/** The generator names its options; the command line says the flag the user typed. */
const FLAG_OF: readonly [RegExp, string][] = [
  [/^opportunitiesPerRepPerQuarter\b/, '--opps-per-rep-quarter'],
  [/^quartersOfHistory\b/, '--quarters'],
  [/^sessionWeeks\b/, '--weeks'],
  [/^accounts\b/, '--accounts'],
  [/^managers\b/, '--managers'],
  [/^reps per manager\b/, '--reps (per team)'],
  [/^seed\b/, '--seed'],
  [/^anchor date\b/, '--anchor']
];

export function asFlagMessage(message: string): string {
  for (const [pattern, flag] of FLAG_OF) if (pattern.test(message)) return message.replace(pattern, flag);
  return message;
}

export function summaryLine(org: DemoOrg, ms: number, out: string | null): string {
  const c = org.meta.counts;
  return (
    `demo org seed ${org.meta.seed}, anchor ${org.meta.anchorDate}: ${c.User} users, ${c.Account} accounts, ` +
    `${c.Opportunity} opportunities (${c.OpportunityHistory} history rows), ${c.Coaching_Session__c} sessions, ` +
    `${c.Action_Item__c} action items, ${c.Deal_Review__c} reviews, ${c.Coaching_Feedback__c} feedback; ` +
    `snapshots: ${org.meta.snapshots.source}; ${(ms / 1000).toFixed(1)} s → ${out ?? 'stdout'}`
  );
}

export async function main(argv: readonly string[], stdout: Writable, stderr: Writable): Promise<number> {
  let options: CliOptions;
  let org: DemoOrg;
  const started = performance.now();
  try {
    options = parseArgs(argv, new Date().toISOString().slice(0, 10));
    org = generateDemoOrg(options.generation);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InvalidOptionsError) {
      stderr.write(`demo:generate: ${asFlagMessage(error.message)}\n`);
      return 2;
    }
    throw error;
  }
  const target = options.out ? createWriteStream(options.out) : stdout;
  await writeDemoOrg(org, target);
  if (options.out) {
    target.end();
    await once(target, 'finish');
  }
  stderr.write(summaryLine(org, performance.now() - started, options.out) + '\n');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `… | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2), process.stdout, process.stderr).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`demo:generate failed: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  );
}
