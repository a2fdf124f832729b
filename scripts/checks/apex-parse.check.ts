/**
 * Every Apex class and trigger parses with the grammar of the platform compiler (`@apexdevtools/apex-parser`)
 * and has the `-meta.xml` that deploys it. Apex cannot be compiled on this machine; this catches syntax errors
 * before the org CI job does.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../lib/project.ts';
import { findApexFiles, syntaxProblems } from './apex-source.ts';

export const name = 'Apex classes and triggers parse';

export function run(root: string): Finding[] {
  const findings: Finding[] = [];
  for (const file of findApexFiles(root)) {
    for (const problem of syntaxProblems(file))
      findings.push({ file: `${file.rel}:${problem.line}:${problem.column}`, message: problem.message });
    if (!existsSync(join(root, `${file.rel}-meta.xml`)))
      findings.push({
        file: file.rel,
        message: `has no ${file.name}.${file.kind === 'class' ? 'cls' : 'trigger'}-meta.xml`
      });
  }
  return findings;
}
