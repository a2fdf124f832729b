/**
 * Every deploy and package script builds first (ARCHITECTURE decision 1): the org receives the .js that
 * `tsc` emits beside each .ts, never a stale one.
 */
import { spawnSync } from 'node:child_process';
import { OrgScriptError } from './errors.ts';
import { PROJECT_ROOT } from '../../lib/project.ts';

export function buildProject(log: (line: string) => void = console.log): void {
  log('▶ build (TypeScript → the deployable .js)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', '--silent', 'build'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'inherit', 'inherit']
  });
  if (run.status !== 0) {
    throw new OrgScriptError(
      'BUILD_FAILED',
      'The build failed (see the TypeScript errors above): fix them, then run this again.'
    );
  }
}
