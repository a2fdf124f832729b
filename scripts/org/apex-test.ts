/**
 * `npm run org:test -- --target-org <alias> [--min-coverage 75]`: runs the org's local Apex tests with code
 * coverage, prints each failure and the coverage per class, and exits 1 on a failing test or when coverage is
 * under the minimum (75%: what a managed 2GP package version needs to be promoted).
 */
import { parseFlags, intFlag } from './lib/args.ts';
import { exitWithError, UsageError, OrgScriptError } from './lib/errors.ts';
import { requireSf, runSfJsonWithStatus, quietSalesforceCli } from './lib/sf-cli.ts';

const USAGE = 'npm run org:test -- --target-org <alias> [--min-coverage 75] [--class-names A,B]';

export interface ApexRunResult {
  summary?: {
    outcome?: string;
    testsRan?: number;
    passing?: number;
    failing?: number;
    skipped?: number;
    orgWideCoverage?: string;
    testRunCoverage?: string;
    testExecutionTime?: string;
  };
  tests?: { FullName?: string; Outcome?: string; Message?: string | null; StackTrace?: string | null }[];
  coverage?: { coverage?: { name: string; totalLines: number; totalCovered: number; coveredPercent: number }[] };
}

export interface ApexVerdict {
  ok: boolean;
  coverage: number | null;
  lines: string[];
}

const percent = (text: string | undefined): number | null => {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(text ?? '');
  return m ? Number(m[1]) : null;
};

/** Reads sf's JSON result: failures, coverage per class (lowest first), and the verdict against the minimum. */
export function judgeApexRun(result: ApexRunResult, minCoverage: number): ApexVerdict {
  const s = result.summary ?? {};
  const lines: string[] = [];
  const failures = (result.tests ?? []).filter((t) => t.Outcome === 'Fail' || t.Outcome === 'CompileFail');
  lines.push(
    `Apex tests: ${s.testsRan ?? 0} run, ${s.passing ?? 0} passed, ${s.failing ?? failures.length} failed, ${s.skipped ?? 0} skipped${s.testExecutionTime ? ` in ${s.testExecutionTime}` : ''}`
  );
  for (const t of failures) {
    lines.push(`  FAIL ${t.FullName ?? '?'}: ${(t.Message ?? '').split('\n')[0]}`);
    const frame = (t.StackTrace ?? '').split('\n')[0];
    if (frame) lines.push(`       at ${frame}`);
  }
  // A package version needs the coverage of all its Apex: in a scratch org holding only the package, that is
  // the org-wide figure; the run's own figure is the fallback when sf omits it.
  const coverage = percent(s.orgWideCoverage) ?? percent(s.testRunCoverage);
  const classes = [...(result.coverage?.coverage ?? [])].sort(
    (a, b) => a.coveredPercent - b.coveredPercent || a.name.localeCompare(b.name)
  );
  if (classes.length > 0) {
    lines.push('Coverage by class (lowest first):');
    for (const c of classes) {
      const flag = c.coveredPercent < minCoverage ? '  ← under the minimum' : '';
      lines.push(
        `  ${String(c.coveredPercent).padStart(3)}%  ${c.name} (${c.totalCovered}/${c.totalLines} lines)${flag}`
      );
    }
  }
  lines.push(`Coverage: ${coverage === null ? 'not reported' : `${coverage}%`} (minimum ${minCoverage}%)`);
  const ok = failures.length === 0 && (s.failing ?? 0) === 0 && coverage !== null && coverage >= minCoverage;
  if (coverage !== null && coverage < minCoverage)
    lines.push(`Coverage ${coverage}% is under ${minCoverage}%: add tests for the classes flagged above.`);
  if (coverage === null) lines.push('sf reported no coverage: was any Apex test run?');
  return { ok, coverage, lines };
}

export function runApexTests(argv: string[], log = console.log): boolean {
  const flags = parseFlags(
    argv,
    {
      'target-org': { type: 'string', short: 'o' },
      'min-coverage': { type: 'string' },
      'class-names': { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    USAGE
  );
  if (flags.help) {
    log(`Usage: ${USAGE}`);
    return true;
  }
  if (!flags['target-org']) throw new UsageError(`--target-org is required. Usage: ${USAGE}`);
  const minCoverage = intFlag(flags['min-coverage'], 'min-coverage', 75, 0);
  if (minCoverage > 100) throw new UsageError('--min-coverage is a percentage, at most 100.');
  quietSalesforceCli();
  requireSf();
  const args = ['apex', 'run', 'test', '--target-org', flags['target-org'], '--code-coverage', '--wait', '60'];
  if (flags['class-names']) for (const c of flags['class-names'].split(',')) args.push('--class-names', c.trim());
  else args.push('--test-level', 'RunLocalTests');
  log(`▶ Apex tests in ${flags['target-org']}`);
  // sf exits 100 when a test fails and still prints the whole result: read it either way.
  const { result } = runSfJsonWithStatus<ApexRunResult>(
    args,
    `Running the Apex tests in ${flags['target-org']}`,
    [0, 100]
  );
  if (!result?.summary)
    throw new OrgScriptError(
      'APEX_NO_RESULT',
      'sf returned no test result: run `sf apex get test` with the test run id to see it.'
    );
  const verdict = judgeApexRun(result, minCoverage);
  for (const line of verdict.lines) log(line);
  return verdict.ok;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exit(runApexTests(process.argv.slice(2)) ? 0 : 1);
  } catch (error) {
    exitWithError(error);
  }
}
