/** Runs an org script as a user would (a separate Node process through tsx) and captures its exit. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../lib/project.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A HOME with no Salesforce CLI auth in it, so tests never read the developer's real orgs. */
export function emptyHome(): string {
  return mkdtempSync(join(tmpdir(), 'org-scripts-home-'));
}

export function runCli(
  script: string,
  args: string[],
  env: Record<string, string | undefined> = {}
): Promise<CliResult> {
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({
    ...process.env,
    HOME: emptyHome(),
    SF_ACCESS_TOKEN: undefined,
    SF_INSTANCE_URL: undefined,
    ...env
  })) {
    if (v !== undefined) childEnv[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'org', script), ...args], {
      cwd: PROJECT_ROOT,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Bounded: a hung child fails the test instead of the suite.
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
