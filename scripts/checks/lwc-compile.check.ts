/**
 * Every LWC bundle's deployable files compile with the platform's own compiler
 * (@lwc/sfdc-lwc-compiler, type 'platform'), which applies the platform's lint and security rules.
 * Runs on the emitted .js, so `npm run build` comes first.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { createRequire } from 'node:module';
import { findLwcBundles, deployableBundleFiles, type Finding } from '../lib/project.ts';

const require = createRequire(import.meta.url);

interface Diagnostic {
  level: number;
  message: string;
  filename?: string;
  location?: { line: number; column: number };
}
interface CompileReport {
  success: boolean;
  diagnostics: Diagnostic[];
}
type Compile = (config: unknown) => Promise<CompileReport>;

export const name = 'LWC bundles compile with the platform compiler';

// DiagnosticLevel: 0 fatal, 1 error, 2 warning, 3 log.
const ERROR_LEVEL = 1;

export async function run(root: string): Promise<Finding[]> {
  const { compile } = require('@lwc/sfdc-lwc-compiler') as { compile: Compile };
  const findings: Finding[] = [];
  for (const bundle of findLwcBundles(root)) {
    const main = join(bundle.dir, `${bundle.name}.js`);
    if (!existsSync(main)) {
      const hint = existsSync(join(bundle.dir, `${bundle.name}.ts`)) ? ' (run `npm run build` first)' : '';
      findings.push({ file: relative(root, bundle.dir), message: `bundle has no ${bundle.name}.js${hint}` });
      continue;
    }
    const files: Record<string, string> = {};
    for (const file of deployableBundleFiles(bundle)) {
      if (/\.(js|html|css|svg)$/.test(file))
        files[relative(bundle.dir, file).split('\\').join('/')] = readFileSync(file, 'utf8');
    }
    const report = await compile({
      bundle: { namespace: 'c', name: bundle.name, type: 'platform', files },
      outputConfigs: [{ minify: false, env: { NODE_ENV: 'production' } }]
    });
    for (const d of report.diagnostics.filter((x) => x.level <= ERROR_LEVEL)) {
      const file = d.filename ? join(bundle.dir, basename(d.filename)) : bundle.dir;
      const at = d.location ? `:${d.location.line}:${d.location.column}` : '';
      findings.push({ file: relative(root, file) + at, message: d.message });
    }
    if (!report.success && !report.diagnostics.some((x) => x.level <= ERROR_LEVEL)) {
      findings.push({ file: relative(root, bundle.dir), message: 'compiler reported failure without diagnostics' });
    }
  }
  return findings;
}
