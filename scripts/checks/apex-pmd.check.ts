/**
 * PMD's Apex rules through Salesforce Code Analyzer (`@salesforce/code-analyzer-core` with the PMD engine, which
 * ships PMD's jars and runs them on Java): the `Recommended` rules plus every `Security` and `AppExchange` rule
 * (CRUD/FLS, sharing, SOQL injection: what the AppExchange security review asks for). The analyzer reports
 * violations but never fails, so this check turns each violation into a finding. A justified exception is made
 * in the code with `@SuppressWarnings('PMD.<Rule>')` and its reason beside it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CodeAnalyzer, CodeAnalyzerConfig } from '@salesforce/code-analyzer-core';
import { createEnginePlugin } from '@salesforce/code-analyzer-pmd-engine';
import type { Finding } from '../lib/project.ts';
import { findApexFiles } from './apex-source.ts';

export const name = 'PMD Apex rules (Recommended, Security, AppExchange) report nothing';

export const RULE_SELECTORS = ['pmd:Recommended', 'pmd:Security', 'pmd:AppExchange'];

export interface PmdOptions {
  /** The java executable (default: `java` on the PATH). */
  javaCommand?: string;
}

function javaProblem(javaCommand: string): string | null {
  const probe = spawnSync(javaCommand, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0)
    return `cannot run "${javaCommand}" (${probe.error?.message ?? probe.stderr.trim()}): PMD needs Java 11 or later; install it (Debian: apt-get install default-jre-headless)`;
  return null;
}

export async function run(root: string, options: PmdOptions = {}): Promise<Finding[]> {
  const files = findApexFiles(root).map((f) => join(root, f.rel));
  if (files.length === 0) return [];
  const javaCommand = options.javaCommand ?? 'java';
  const missingJava = javaProblem(javaCommand);
  if (missingJava) return [{ file: relative(root, files[0]), message: missingJava }];

  const workFolder = mkdtempSync(join(tmpdir(), 'coaching-pmd-'));
  try {
    const config = CodeAnalyzerConfig.fromObject({
      config_root: root,
      log_folder: workFolder,
      root_working_folder: workFolder,
      engines: { pmd: { java_command: javaCommand } }
    });
    const analyzer = new CodeAnalyzer(config);
    await analyzer.addEnginePlugin(createEnginePlugin());
    const workspace = await analyzer.createWorkspace(files);
    const rules = await analyzer.selectRules(RULE_SELECTORS, { workspace });
    if (rules.getCount() === 0)
      return [{ file: relative(root, files[0]), message: `no PMD rules matched ${RULE_SELECTORS.join(', ')}` }];
    const results = await analyzer.run(rules, { workspace });
    return results.getViolations().map((violation) => {
      const location = violation.getPrimaryLocation();
      const file = location.getFile() ? relative(root, location.getFile() as string) : '(no file)';
      return {
        file: location.getStartLine() ? `${file}:${location.getStartLine()}` : file,
        message: `${violation.getRule().getName()}: ${violation.getMessage()}`
      };
    });
  } finally {
    rmSync(workFolder, { recursive: true, force: true });
  }
}
