/**
 * Every custom field (`Field__c`) and relationship (`Field__r`) referenced from TypeScript exists in objects/.
 * `Object__c.Field__c` pairs (schema imports, SOQL, GraphQL paths) are checked against that object.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { walk, packageDirectories, type Finding } from '../lib/project.ts';
import { readObjects } from '../lib/metadata.ts';

export const name = 'custom fields referenced from TypeScript exist';

const TOKEN = /\b([A-Za-z][A-Za-z0-9_]*?)__(c|r|mdt)\b/g;
const PAIR = /\b([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*?__[cr])\b/g;

export function run(root: string, extraDirs: string[] = []): Finding[] {
  const objects = readObjects(root);
  const objectNames = new Set(objects.keys());
  const fieldsByObject = new Map([...objects].map(([o, fs]) => [o, new Set(fs.map((f) => f.name))]));
  const allFields = new Set([...objects.values()].flat().map((f) => f.name));
  const relationshipOf = (rel: string): string => rel.replace(/__r$/, '__c');
  const known = (token: string): boolean =>
    objectNames.has(token) || allFields.has(token) || (token.endsWith('__r') && allFields.has(relationshipOf(token)));

  const findings: Finding[] = [];
  const files = [...packageDirectories(root), ...extraDirs].flatMap((d) => walk(d)).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const lineOf = (index: number): number => text.slice(0, index).split('\n').length;
    const rel = relative(root, file);
    for (const m of text.matchAll(TOKEN)) {
      if (!known(m[0]))
        findings.push({ file: `${rel}:${lineOf(m.index)}`, message: `unknown custom field or object "${m[0]}"` });
    }
    for (const m of text.matchAll(PAIR)) {
      const [, object, field] = m;
      const fields = fieldsByObject.get(object);
      if (!fields) continue; // standard object or a variable: the token check above covers the field itself
      const target = field.endsWith('__r') ? relationshipOf(field) : field;
      if (!fields.has(target))
        findings.push({ file: `${rel}:${lineOf(m.index)}`, message: `${object} has no field ${field}` });
    }
  }
  return findings;
}
