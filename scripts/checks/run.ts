/**
 * The offline fidelity checks: they stand in for the Salesforce org this machine cannot reach.
 * Usage: tsx scripts/checks/run.ts [--root DIR] [--only name,name]
 * Prints every finding with the file it concerns and exits 1 when there is any.
 */
import { resolve } from 'node:path';
import { PROJECT_ROOT, type Finding } from '../lib/project.ts';
import { CHECKS } from './registry.ts';

export async function runChecks(
  root: string,
  only?: string[]
): Promise<{ name: string; findings: Finding[]; ms: number }[]> {
  const results = [];
  for (const check of CHECKS) {
    if (only && !only.includes(check.id)) continue;
    const started = performance.now();
    const findings = await check.run(root);
    results.push({ name: check.name, findings, ms: performance.now() - started });
  }
  return results;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rootArg = args.indexOf('--root');
  const onlyArg = args.indexOf('--only');
  const root = rootArg >= 0 ? resolve(args[rootArg + 1]) : PROJECT_ROOT;
  const only = onlyArg >= 0 ? args[onlyArg + 1].split(',') : undefined;
  const results = await runChecks(root, only);
  let failures = 0;
  for (const r of results) {
    const status = r.findings.length === 0 ? 'ok  ' : 'FAIL';
    console.log(`${status} ${r.name} (${Math.round(r.ms)} ms)`);
    for (const f of r.findings) console.log(`     ${f.file}: ${f.message}`);
    failures += r.findings.length;
  }
  if (failures > 0) {
    console.error(`\n${failures} fidelity problem(s) found.`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
