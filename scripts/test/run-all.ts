/**
 * `npm test`: every gate, in order, with a timing summary. A failed step fails the run (exit 1),
 * but the later independent steps still run so one push shows every problem.
 * STEPS=lint,jest limits the run to some steps (for local iteration only; CI runs them all).
 */
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../lib/project.ts';

interface Step {
  id: string;
  title: string;
  cmd: string[];
  /** Steps whose failure makes this one meaningless. */
  needs?: string[];
}

const tsx = ['node', '--import', 'tsx'];

export const STEPS: Step[] = [
  { id: 'paths', title: 'generate tsconfig paths', cmd: [...tsx, 'scripts/build/gen-paths.ts'] },
  { id: 'typecheck', title: 'type-check (LWC)', cmd: ['tsc', '-p', 'tsconfig.json', '--noEmit'], needs: ['paths'] },
  {
    id: 'typecheck-node',
    title: 'type-check (tooling)',
    cmd: ['tsc', '-p', 'tsconfig.node.json', '--noEmit'],
    needs: ['paths']
  },
  { id: 'typecheck-preview', title: 'type-check (preview client)', cmd: ['tsc', '-p', 'preview/client/tsconfig.json'] },
  { id: 'lint', title: 'lint', cmd: ['eslint', '--max-warnings', '0', '.'] },
  { id: 'format', title: 'prettier check', cmd: ['prettier', '--check', '--log-level', 'warn', '.'] },
  { id: 'build', title: 'build (ts → deployable js)', cmd: ['tsc', '-p', 'tsconfig.build.json'], needs: ['paths'] },
  {
    id: 'jest',
    title: 'jest (LWC, coverage ≥ 85% lines)',
    // Jest options go after `--`: sfdx-lwc-jest drops the ones it does not know (cached, uninstrumented
    // transforms then leave files out of the coverage figure).
    cmd: ['sfdx-lwc-jest', '--coverage', '--', '--no-cache', '--silent']
  },
  { id: 'checks', title: 'offline fidelity checks', cmd: [...tsx, 'scripts/checks/run.ts'], needs: ['build'] },
  {
    id: 'tooling',
    title: 'tooling tests (checks, scripts, preview)',
    cmd: [
      ...tsx,
      '--test',
      '--test-reporter=dot',
      'scripts/**/__tests__/*.test.ts',
      'demo-org/__tests__/*.test.ts',
      'preview/**/__tests__/*.test.ts'
    ]
  },
  {
    id: 'e2e',
    title: 'browser end-to-end (local preview, Chromium)',
    cmd: [...tsx, '--test', '--test-reporter=dot', '--test-concurrency=1', 'preview/e2e/*.test.ts'],
    needs: ['build']
  }
];

function main(): void {
  const only = process.env.STEPS?.split(',').map((s) => s.trim());
  const results: { step: Step; status: 'pass' | 'FAIL' | 'skipped'; ms: number }[] = [];
  for (const step of STEPS) {
    if (only && !only.includes(step.id)) continue;
    const blocked = step.needs?.find((n) => results.some((r) => r.step.id === n && r.status !== 'pass'));
    if (blocked) {
      results.push({ step, status: 'skipped', ms: 0 });
      console.log(`\n▶ ${step.title}: not run, because "${blocked}" failed`);
      continue;
    }
    console.log(`\n▶ ${step.title}`);
    const started = performance.now();
    const run = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: PROJECT_ROOT, stdio: 'inherit', shell: false });
    const ms = performance.now() - started;
    results.push({ step, status: run.status === 0 ? 'pass' : 'FAIL', ms });
  }
  console.log('\nSummary');
  for (const r of results)
    console.log(`  ${r.status.padEnd(7)} ${r.step.title.padEnd(48)} ${(r.ms / 1000).toFixed(1)} s`);
  const failed = results.filter((r) => r.status !== 'pass');
  if (failed.length > 0) {
    console.error(`\nnpm test failed: ${failed.map((r) => r.step.id).join(', ')}`);
    process.exit(1);
  }
  console.log('\nAll checks passed.');
}

main();
