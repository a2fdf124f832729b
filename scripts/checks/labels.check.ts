/**
 * Every custom label a component imports (`@salesforce/label/c.Name`) is defined in a `*.labels-meta.xml`.
 * On the platform a missing label fails the deploy; in Jest it silently renders its own name, so nothing
 * else would notice.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { walk, packageDirectories, type Finding } from '../lib/project.ts';
import { listFilesWithSuffix, parseXmlFile } from '../lib/metadata.ts';

export const name = 'custom labels imported by components exist';

const LABEL_IMPORT = /['"]@salesforce\/label\/c\.([A-Za-z0-9_]+)['"]/g;

export function definedLabels(root: string): Set<string> {
  const names = new Set<string>();
  for (const file of listFilesWithSuffix(root, '.labels-meta.xml')) {
    const doc = parseXmlFile<{ CustomLabels?: { labels?: { fullName?: string } | { fullName?: string }[] } }>(file);
    const labels = doc.CustomLabels?.labels;
    for (const label of Array.isArray(labels) ? labels : labels ? [labels] : []) {
      if (label.fullName) names.add(String(label.fullName));
    }
  }
  return names;
}

export function run(root: string): Finding[] {
  const defined = definedLabels(root);
  const findings: Finding[] = [];
  const sources = packageDirectories(root)
    .flatMap((d) => walk(d))
    .filter((f) => f.endsWith('.ts') && !f.includes('__tests__'));
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(LABEL_IMPORT)) {
      if (!defined.has(m[1])) {
        const line = text.slice(0, m.index).split('\n').length;
        findings.push({ file: `${relative(root, file)}:${line}`, message: `custom label "${m[1]}" is not defined` });
      }
    }
  }
  return findings;
}
