/**
 * Custom labels (`@salesforce/label/c.Name`) and custom permissions (`@salesforce/customPermission/Name`) imported
 * from TypeScript exist in the package. The platform compiler accepts any name; the component fails only in the org.
 */
import { readFileSync } from 'node:fs';
import { relative, basename } from 'node:path';
import { walk, packageDirectories, type Finding } from '../lib/project.ts';
import { listFilesWithSuffix, parseXmlFile } from '../lib/metadata.ts';

export const name = 'custom labels and custom permissions used by components exist';

const LABEL = /@salesforce\/label\/c\.([A-Za-z][A-Za-z0-9_]*)/g;
const PERMISSION = /@salesforce\/customPermission\/([A-Za-z][A-Za-z0-9_]*)/g;

export function labelNames(root: string): Set<string> {
  const names = new Set<string>();
  for (const file of listFilesWithSuffix(root, '.labels-meta.xml')) {
    try {
      const labels = parseXmlFile<Record<string, { labels?: unknown }>>(file).CustomLabels?.labels;
      for (const l of [labels ?? []].flat() as { fullName?: string }[]) if (l.fullName) names.add(String(l.fullName));
    } catch {
      // malformed XML is the metadata check's finding
    }
  }
  return names;
}

export function run(root: string): Finding[] {
  const labels = labelNames(root);
  const permissions = new Set(
    listFilesWithSuffix(root, '.customPermission-meta.xml').map((f) => basename(f, '.customPermission-meta.xml'))
  );
  const findings: Finding[] = [];
  const files = packageDirectories(root)
    .flatMap((d) => walk(d))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const at = (index: number): string => `${relative(root, file)}:${text.slice(0, index).split('\n').length}`;
    for (const m of text.matchAll(LABEL))
      if (!labels.has(m[1])) findings.push({ file: at(m.index), message: `custom label c.${m[1]} does not exist` });
    for (const m of text.matchAll(PERMISSION))
      if (!permissions.has(m[1]))
        findings.push({ file: at(m.index), message: `custom permission ${m[1]} does not exist` });
  }
  return findings;
}
