/**
 * The scripts that drive the Salesforce CLI (org:create, org:deploy, org:test, package:version), with a
 * stand-in `sf` that records every call and a fake org for the seeding step.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.ts';
import { fakeOrgFor, loadSmallDoc, SMALL_DOC_PATH, expireSessionAfterInserts } from './fake-org.ts';
import type { FakeSalesforce } from './fake-salesforce.ts';
import { judgeApexRun, type ApexRunResult } from '../apex-test.ts';
import { stageProject, mergePackageAliases, runPackageVersion } from '../package-version.ts';
import { PROJECT_ROOT } from '../../lib/project.ts';
import { generateDemoOrg } from '../../../demo-org/generator.ts';
import { parseArgs as parseGeneratorArgs } from '../../../demo-org/cli.ts';
import type { SeedDocument } from '../seed/seeder.ts';

const FAKE_SF = fileURLToPath(new URL('./fake-sf.cjs', import.meta.url));

interface SfCall {
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
}

function sfEnv(extra: Record<string, string> = {}): { env: Record<string, string>; calls: () => SfCall[] } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-sf-'));
  const log = join(dir, 'calls.jsonl');
  writeFileSync(log, '');
  // `npm` on the PATH records the build step (see fake-sf.cjs).
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'npm'), `#!/bin/sh\nexec "${process.execPath}" "${FAKE_SF}" --as npm "$@"\n`, {
    mode: 0o755
  });
  return {
    env: {
      SF_BIN: FAKE_SF,
      FAKE_SF_LOG: log,
      PATH: `${join(dir, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
      ...extra
    },
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as SfCall)
  };
}

/** Persona permission sets in the project, found independently of the script's own lookup. */
function permissionSetFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && e.name !== 'node_modules') permissionSetFiles(join(dir, e.name), out);
    else if (/^Coaching_\w+\.permissionset-meta\.xml$/.test(e.name))
      out.push(e.name.replace('.permissionset-meta.xml', ''));
  }
  return out.sort();
}

let fake: FakeSalesforce;
before(async () => {
  fake = fakeOrgFor(loadSmallDoc());
  await fake.start();
});
after(() => fake.stop());

test('org:create builds, creates the scratch org, deploys, assigns the permission sets and seeds', async () => {
  const { env, calls } = sfEnv({ FAKE_SF_TOKEN: 'TEST_TOKEN', FAKE_SF_INSTANCE: fake.url });
  const r = await runCli('create.ts', ['--alias', 'demo', '--duration-days', '1', '--file', SMALL_DOC_PATH], env);
  assert.equal(r.code, 0, r.stderr);
  const commands = calls().map((c) => c.args.filter((a) => a !== '--json').join(' '));
  const permsets = permissionSetFiles(join(PROJECT_ROOT, 'force-app'));
  const expected = [
    '--version',
    'npm run --silent build',
    'org create scratch --definition-file config/project-scratch-def.json --alias demo --duration-days 1 --set-default --wait 20',
    'project deploy start --target-org demo --wait 33',
    ...(permsets.length
      ? [`org assign permset ${permsets.map((p) => `--name ${p}`).join(' ')} --target-org demo`]
      : []),
    '--version',
    'org display --target-org demo'
  ];
  assert.deepEqual(commands, expected);
  for (const c of calls()) {
    assert.deepEqual(c.env, {
      SF_DISABLE_TELEMETRY: 'true',
      SF_SKIP_NEW_VERSION_CHECK: 'true',
      SF_AUTOUPDATE_DISABLE: 'true'
    });
  }
  assert.match(r.stdout, /Seed report for demo/);
  assert.equal(fake.records('Opportunity').length, 5);
  assert.match(r.stdout, /Ready\. Open it: sf org open --target-org demo/);
});

test('org:create after the org exists but the deploy fails says how to continue or clean up', async () => {
  const { env } = sfEnv({ FAKE_SF_FAIL: 'project deploy start' });
  const r = await runCli('create.ts', ['--alias', 'demo2', '--no-seed'], env);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr.trim(),
    /^error: Deploying to demo2 failed .* The scratch org "demo2" exists: .*sf org delete scratch --target-org demo2 --no-prompt/
  );
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('org:create when seeding stops part-way prints the seed report, then one line, and exits 1', async () => {
  const own = fakeOrgFor(loadSmallDoc());
  await own.start();
  try {
    // Currencies, roles and users get through; the session dies before the accounts.
    expireSessionAfterInserts(own, 4);
    const { env } = sfEnv({ FAKE_SF_TOKEN: 'TEST_TOKEN', FAKE_SF_INSTANCE: own.url });
    const r = await runCli('create.ts', ['--alias', 'half', '--file', SMALL_DOC_PATH], env);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /Seed report for half/);
    assert.match(r.stdout, /\nUser\s+5\s+5\s+0\s+0\s+0\n/, 'what was written before it stopped');
    assert.match(r.stdout, /\nAccount\s+4\s+0\s+0\s+0\s+4\n/, 'and what was not');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^error: The session for half is invalid or expired.* The scratch org "half" exists/);
  } finally {
    await own.stop();
  }
});

test('org:create seeds the generated demo org by default (no --file), and checks seed flags before creating', async () => {
  const options = ['--seed', '3', '--reps', '2'];
  const doc = generateDemoOrg(parseGeneratorArgs(options, '2026-01-01').generation) as unknown as SeedDocument;
  const own = fakeOrgFor(doc);
  await own.start();
  try {
    const { env, calls } = sfEnv({ FAKE_SF_TOKEN: 'TEST_TOKEN', FAKE_SF_INSTANCE: own.url });
    const r = await runCli('create.ts', ['--alias', 'gen', ...options], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Ready\. Open it/);
    for (const type of ['Account', 'Opportunity', 'Coaching_Session__c', 'Action_Item__c'])
      assert.equal(own.records(type).length, doc.records[type]!.length, type);
    const bad = await runCli('create.ts', ['--alias', 'gen2', '--reps', '0'], env);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--reps must be a whole number ≥ 1/);
    assert.equal(
      calls().filter((c) => c.args.includes('scratch') && c.args.includes('gen2')).length,
      0,
      'no scratch org spent on a bad flag'
    );
  } finally {
    await own.stop();
  }
});

test('without the Salesforce CLI the scripts print the one-line install hint', async () => {
  const runs: [string, string[]][] = [
    ['create.ts', ['--no-seed']],
    ['deploy.ts', ['--target-org', 'x']],
    ['apex-test.ts', ['--target-org', 'x']]
  ];
  for (const [script, args] of runs) {
    const r = await runCli(script, args, { SF_BIN: '/nonexistent/sf' });
    assert.equal(r.code, 1, script);
    assert.match(
      r.stderr.trim(),
      /^error: The Salesforce CLI \(sf\) is not installed: install it with `npm install --global @salesforce\/cli`/,
      script
    );
  }
});

test('org:deploy needs a target org and passes --dry-run through', async () => {
  const missing = await runCli('deploy.ts', []);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--target-org is required/);
  const { env, calls } = sfEnv();
  const r = await runCli('deploy.ts', ['--target-org', 'qa', '--dry-run', '--test-level', 'RunLocalTests'], env);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    calls().map((c) => c.args),
    [
      ['--version'],
      ['npm', 'run', '--silent', 'build'],
      ['project', 'deploy', 'start', '--target-org', 'qa', '--wait', '33', '--dry-run', '--test-level', 'RunLocalTests']
    ]
  );
});

const apexResult = (failing: number, orgWide: string): ApexRunResult => ({
  summary: {
    outcome: failing ? 'Failed' : 'Passed',
    testsRan: 12,
    passing: 12 - failing,
    failing,
    skipped: 0,
    orgWideCoverage: orgWide,
    testRunCoverage: '88%'
  },
  tests: [
    {
      FullName: 'QuotaServiceTest.importsForecastingQuota',
      Outcome: failing ? 'Fail' : 'Pass',
      Message: failing ? 'System.AssertException: Assertion Failed: expected 2, got 0' : '',
      StackTrace: failing ? 'Class.QuotaServiceTest.importsForecastingQuota: line 41, column 1' : ''
    }
  ],
  coverage: {
    coverage: [
      { name: 'QuotaService', totalLines: 40, totalCovered: 26, coveredPercent: 65 },
      { name: 'FiscalPeriodService', totalLines: 50, totalCovered: 48, coveredPercent: 96 }
    ]
  }
});

test('org:test judges failures and coverage against the minimum', () => {
  const pass = judgeApexRun(apexResult(0, '82%'), 75);
  assert.equal(pass.ok, true);
  assert.equal(pass.coverage, 82);
  // Lowest class first, flagged when under the minimum: 26/40 = 65%, 48/50 = 96%.
  assert.deepEqual(pass.lines.slice(1, 4), [
    'Coverage by class (lowest first):',
    '   65%  QuotaService (26/40 lines)  ← under the minimum',
    '   96%  FiscalPeriodService (48/50 lines)'
  ]);
  const failing = judgeApexRun(apexResult(1, '82%'), 75);
  assert.equal(failing.ok, false);
  assert.equal(
    failing.lines[1],
    '  FAIL QuotaServiceTest.importsForecastingQuota: System.AssertException: Assertion Failed: expected 2, got 0'
  );
  const low = judgeApexRun(apexResult(0, '74%'), 75);
  assert.equal(low.ok, false);
  assert.match(low.lines.at(-1)!, /^Coverage 74% is under 75%/);
  assert.equal(judgeApexRun({ summary: { testsRan: 0 } }, 75).ok, false, 'no coverage reported is not a pass');
});

test('org:test exits 1 on a failing test even though sf printed a full result', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'apex-')), 'result.json');
  writeFileSync(file, JSON.stringify(apexResult(1, '80%')));
  const { env, calls } = sfEnv({ FAKE_SF_APEX: file, FAKE_SF_APEX_STATUS: '100' });
  const r = await runCli('apex-test.ts', ['--target-org', 'ci'], env);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /FAIL QuotaServiceTest\.importsForecastingQuota/);
  assert.deepEqual(calls().at(-1)!.args, [
    'apex',
    'run',
    'test',
    '--target-org',
    'ci',
    '--code-coverage',
    '--wait',
    '60',
    '--test-level',
    'RunLocalTests',
    '--json'
  ]);
  writeFileSync(file, JSON.stringify(apexResult(0, '80%')));
  const ok = await runCli('apex-test.ts', ['--target-org', 'ci'], { ...env, FAKE_SF_APEX_STATUS: '0' });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /Coverage: 80% \(minimum 75%\)/);
});

/** A throwaway copy of the project's packaging inputs, so package:version never edits the real sfdx-project.json. */
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'coaching-project-'));
  for (const entry of ['sfdx-project.json', 'config', '.forceignore', 'force-app']) {
    cpSync(join(PROJECT_ROOT, entry), join(root, entry), {
      recursive: true,
      filter: (src) => !relative(PROJECT_ROOT, src).includes('node_modules')
    });
  }
  return root;
}

test('package:version stages a namespaced copy, creates package and version, and records the aliases', () => {
  const root = projectCopy();
  const before = readFileSync(join(root, 'sfdx-project.json'), 'utf8');
  const { env, calls } = sfEnv();
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const lines: string[] = [];
  try {
    runPackageVersion(['--target-dev-hub', 'hub', '--namespace', 'crhythm'], (l) => lines.push(l), root);
  } finally {
    for (const k of Object.keys(env)) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
  const all = calls().map((c) => c.args.slice(0, 2).join(' '));
  assert.ok(
    all.indexOf('npm run') >= 0 && all.indexOf('npm run') < all.indexOf('package create'),
    'built before packaging'
  );
  const sf = calls().filter((c) => c.args[0] === 'package');
  assert.deepEqual(
    sf.map((c) => c.args.slice(0, 3).join(' ')),
    ['package create --name', 'package version create']
  );
  assert.deepEqual(sf[0].args.slice(2, 8), [
    '--name',
    'Coaching Rhythm',
    '--package-type',
    'Managed',
    '--path',
    'force-app'
  ]);
  assert.ok(sf[1].args.includes('--code-coverage') && sf[1].args.includes('--installation-key-bypass'));
  assert.notEqual(sf[0].cwd, root, 'sf ran in the staged copy');
  const after = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as Record<string, unknown>;
  assert.equal(after.namespace, JSON.parse(before).namespace, 'the namespace placeholder stays in the working tree');
  assert.deepEqual(after.packageAliases, {
    'Coaching Rhythm': '0Ho000000000FAKEAA',
    'Coaching Rhythm@0.1.0-1': '04t000000000FAKEAA'
  });
  assert.match(lines.join('\n'), /Created 04t000000000FAKEAA/);
});

test('the staged copy carries the namespace, the version fields and no tests', () => {
  const root = projectCopy();
  const staged = stageProject('crhythm', root);
  assert.equal(staged.project.namespace, 'crhythm');
  const pkg = staged.project.packageDirectories[0];
  const original = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')).packageDirectories[0];
  assert.equal(pkg.versionName, original.versionName);
  assert.equal(pkg.versionDescription, original.versionDescription);
  const walkTests = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some(
      (e) => e.isDirectory() && (e.name === '__tests__' || walkTests(join(dir, e.name)))
    );
  assert.equal(walkTests(join(staged.dir, 'force-app')), false);
  writeFileSync(
    join(staged.dir, 'sfdx-project.json'),
    JSON.stringify({ ...staged.project, packageAliases: { A: '1', B: '2' } })
  );
  assert.deepEqual(mergePackageAliases(staged.dir, root), { A: '1', B: '2' });
  assert.deepEqual(mergePackageAliases(staged.dir, root), {}, 'a second merge adds nothing');
});

test('package:version refuses to build a managed package without a namespace', async () => {
  const r = await runCli('package-version.ts', ['--target-dev-hub', 'hub'], { SF_PACKAGE_NAMESPACE: '' });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /A managed 2GP package needs a namespace: pass --namespace <prefix>/);
});

test('a failed build stops a deploy before sf deploys anything', async () => {
  const { env, calls } = sfEnv({ FAKE_NPM_FAIL: '1' });
  const r = await runCli('deploy.ts', ['--target-org', 'qa'], env);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr.trim(),
    /^error: The build failed \(see the TypeScript errors above\): fix them, then run this again\.$/
  );
  assert.equal(
    calls().some((c) => c.args[0] === 'project'),
    false
  );
});
