/**
 * Every metadata file is well-formed XML and resolves to a metadata type with
 * @salesforce/source-deploy-retrieve, as `sf project deploy` would resolve it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { MetadataResolver, ForceIgnore } from '@salesforce/source-deploy-retrieve';
import { walk, packageDirectories, type Finding } from '../lib/project.ts';

export const name = 'metadata resolves and XML is well-formed';

export function run(root: string): Finding[] {
  const findings: Finding[] = [];
  const forceIgnore = ForceIgnore.findAndCreate(root);
  const resolver = new MetadataResolver(undefined, undefined, false);
  for (const pkg of packageDirectories(root)) {
    for (const file of walk(pkg)) {
      if (forceIgnore.denies(file)) continue;
      const rel = relative(root, file);
      if (file.endsWith('.xml')) {
        const verdict = XMLValidator.validate(readFileSync(file, 'utf8'));
        if (verdict !== true) {
          findings.push({ file: rel, message: `malformed XML at line ${verdict.err.line}: ${verdict.err.msg}` });
          continue;
        }
      }
      try {
        const components = resolver.getComponentsFromPath(file);
        if (components.length === 0) findings.push({ file: rel, message: 'does not resolve to any metadata type' });
      } catch (error) {
        findings.push({ file: rel, message: `does not resolve: ${(error as Error).message.split('\n')[0]}` });
      }
    }
  }
  return findings;
}
