/**
 * Running the Salesforce CLI (`sf`) from the org scripts: quiet (no telemetry, no update checks), JSON
 * output parsed, failures turned into one line. `sf` is not a dependency of this project (it would add
 * hundreds of MB to `npm ci`), so it is detected and, when missing, the install hint is printed.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { OrgScriptError } from './errors.ts';
import { PROJECT_ROOT } from '../../lib/project.ts';

/** Environment that keeps `sf` from phoning home or pausing to update. */
export const SF_QUIET_ENV: Record<string, string> = {
  SF_DISABLE_TELEMETRY: 'true',
  SF_SKIP_NEW_VERSION_CHECK: 'true',
  SF_AUTOUPDATE_DISABLE: 'true',
  // The same switches under the older sfdx names, for CLIs that still read them.
  SFDX_DISABLE_TELEMETRY: 'true',
  SFDX_AUTOUPDATE_DISABLE: 'true'
};

/** Applies the quiet environment to this process, so `@salesforce/core` and child processes see it. */
export function quietSalesforceCli(): void {
  for (const [k, v] of Object.entries(SF_QUIET_ENV)) process.env[k] ??= v;
}

export const SF_INSTALL_HINT =
  'The Salesforce CLI (sf) is not installed: install it with `npm install --global @salesforce/cli` (Node 22+), then run `sf org login web --set-default-dev-hub` for a Dev Hub.';

/** The `sf` executable to run; `SF_BIN` overrides it (tests point it at a stand-in). */
export function sfBinary(): string {
  return process.env.SF_BIN ?? 'sf';
}

export function isSfInstalled(): boolean {
  const probe = spawnSync(sfBinary(), ['--version'], { encoding: 'utf8', env: { ...process.env, ...SF_QUIET_ENV } });
  return !probe.error && probe.status === 0;
}

export function requireSf(): void {
  if (!isSfInstalled()) throw new OrgScriptError('SF_MISSING', SF_INSTALL_HINT);
}

interface SfJson<T> {
  status: number;
  result?: T;
  message?: string;
  name?: string;
}

/**
 * Runs `sf <args> --json` and returns `result`. A non-zero status becomes an OrgScriptError with sf's own
 * message (sf's messages name the org and the fix), prefixed with what we were doing.
 */
export function runSfJson<T>(args: string[], action: string, options: { cwd?: string } = {}): T {
  return runSfJsonWithStatus<T>(args, action, [0], options).result as T;
}

/**
 * Like runSfJson, but statuses in `accepted` are not failures (e.g. 100 from `sf apex run test` when a test
 * fails: the result is still complete and worth reading).
 */
export function runSfJsonWithStatus<T>(
  args: string[],
  action: string,
  accepted: number[],
  options: { cwd?: string } = {}
): { status: number; result: T | undefined } {
  const run = spawnSync(sfBinary(), [...args, '--json'], {
    cwd: options.cwd ?? PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...SF_QUIET_ENV, FORCE_COLOR: '0' },
    maxBuffer: 256 * 1024 * 1024
  });
  if (run.error) {
    if ((run.error as NodeJS.ErrnoException).code === 'ENOENT') throw new OrgScriptError('SF_MISSING', SF_INSTALL_HINT);
    throw new OrgScriptError('SF_FAILED', `${action} failed: ${run.error.message}`);
  }
  const parsed = parseSfOutput<T>(run);
  const status = parsed.status ?? run.status ?? 1;
  if (!accepted.includes(status) || !accepted.includes(run.status ?? 1)) {
    const message = (parsed.message ?? run.stderr ?? '').split('\n').find((l) => l.trim()) ?? 'no details';
    throw new OrgScriptError(parsed.name ?? 'SF_FAILED', `${action} failed: ${message.trim()}`);
  }
  return { status, result: parsed.result };
}

function parseSfOutput<T>(run: SpawnSyncReturns<string>): SfJson<T> {
  // sf prints warnings before the JSON on some versions; the JSON document is the last top-level object.
  const text = run.stdout ?? '';
  const start = text.indexOf('{');
  if (start < 0) return { status: run.status ?? 1, message: run.stderr };
  try {
    return JSON.parse(text.slice(start)) as SfJson<T>;
  } catch {
    return { status: run.status ?? 1, message: text.slice(0, 300) };
  }
}

/** Runs `sf <args>` with its normal human output streamed to the terminal (for long deploys). */
export function runSfVisible(args: string[], action: string): void {
  const run = spawnSync(sfBinary(), args, {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...SF_QUIET_ENV }
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new OrgScriptError('SF_MISSING', SF_INSTALL_HINT);
  }
  if (run.status !== 0)
    throw new OrgScriptError('SF_FAILED', `${action} failed (sf exited ${run.status ?? 'abnormally'}).`);
}
