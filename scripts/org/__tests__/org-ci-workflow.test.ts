/**
 * The org CI workflow cannot run here (no Dev Hub): these checks hold its promises in place instead. The
 * scratch org lives one day and is deleted whatever happens, the Dev Hub secret never appears in a command
 * line, the Salesforce CLI runs quiet, and every stage the task names is present in order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../lib/project.ts';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync(join(PROJECT_ROOT, '.github/workflows/org-ci.yml'), 'utf8')) as {
  env: Record<string, string>;
  jobs: Record<string, { 'timeout-minutes': number; steps: Step[] }>;
};
const job = workflow.jobs['scratch-org'];
const steps = job.steps;
const runOf = (s: Step) => s.run ?? '';

test('the stages run in order: auth, create (build, deploy, permission sets, seed), Apex tests, delete', () => {
  const order = [
    /sf org login sfdx-url --sfdx-url-file/,
    /npm run org:create -- .*--duration-days 1 .*--target-dev-hub devhub/,
    /npm run org:test -- .*--min-coverage 75/,
    /sf org delete scratch --target-org "\$SCRATCH_ALIAS" --no-prompt/
  ];
  const positions = order.map((re) => steps.findIndex((s) => re.test(runOf(s))));
  assert.ok(
    positions.every((p) => p >= 0),
    `every stage present: ${positions.join(', ')}`
  );
  assert.deepEqual(
    [...positions].sort((a, b) => a - b),
    positions
  );
});

test('the scratch org is deleted even when an earlier step failed or the run was cancelled', () => {
  const del = steps.find((s) => /sf org delete scratch/.test(runOf(s)))!;
  assert.match(del.if ?? '', /^always\(\)/);
  assert.ok(job['timeout-minutes'] > 0 && job['timeout-minutes'] <= 90);
});

test('the Dev Hub secret reaches commands only through the environment', () => {
  for (const s of steps) assert.doesNotMatch(runOf(s), /secrets\./, `step "${s.name}" must not expand a secret inline`);
  const login = steps.find((s) => /sf org login sfdx-url/.test(runOf(s)))!;
  assert.equal(login.env?.DEVHUB_SFDX_AUTH_URL, '${{ secrets.DEVHUB_SFDX_AUTH_URL }}');
  assert.match(runOf(login), /umask 077/);
  assert.match(runOf(login), /rm -f "\$auth_file"/);
});

test('the Salesforce CLI runs without telemetry, update checks or auto-update', () => {
  assert.deepEqual(
    {
      a: workflow.env.SF_DISABLE_TELEMETRY,
      b: workflow.env.SF_SKIP_NEW_VERSION_CHECK,
      c: workflow.env.SF_AUTOUPDATE_DISABLE
    },
    { a: 'true', b: 'true', c: 'true' }
  );
});
