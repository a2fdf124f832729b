/**
 * Every custom object, field and Apex sharing reason the Apex code names exists in the package metadata. Apex
 * cannot be compiled here, and a misspelt field would otherwise surface only in the org CI job.
 * - `Object__c` / `Object__mdt` tokens name an object in objects/, `Object__Share` the share table of one;
 * - `Object__c.Field__c` pairs (SObjectField tokens, relationship paths) name a field of that object;
 * - any other `Field__c` / `Field__r` token names a field of some object;
 * - `Schema.Object__Share.RowCause.Reason__c` names a sharing reason of that object;
 * - `System.Label.Name` (or `Label.Name`) names a custom label of the package: Apex messages live in labels, and
 *   a missing one would otherwise fail only at deploy.
 * Comments and string literals are skipped, so prose and messages may mention anything.
 */
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import type { Finding } from '../lib/project.ts';
import { readObjects } from '../lib/metadata.ts';
import { findApexFiles } from './apex-source.ts';
import { labelNames } from './platform-refs.check.ts';

export const name = 'Apex references existing objects, fields and sharing reasons';

/** The code of an Apex file with comments and string literals blanked out (line numbers kept). */
function codeOnly(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'/g, (m) => m.replace(/[^\n]/g, ' '));
}

const TOKEN = /\b([A-Za-z][A-Za-z0-9_]*?)__(c|r|mdt|Share)\b/g;
const PAIR = /\b([A-Za-z][A-Za-z0-9_]*?__(?:c|mdt))\.([A-Za-z][A-Za-z0-9_]*?__[cr])\b/g;
const ROW_CAUSE = /\b([A-Za-z][A-Za-z0-9_]*?)__Share\.RowCause\.([A-Za-z][A-Za-z0-9_]*?__c)\b/gi;
// Not after a dot, so that `row.Label.x` (a field or variable) is not read as a label; Apex ignores case.
const LABEL = /(?<![\w.])(?:System\.)?Label\.([A-Za-z][A-Za-z0-9_]*)\b/gi;

export function run(root: string): Finding[] {
  const objects = readObjects(root);
  const objectFiles = new Map<string, string>();
  for (const [object, fields] of objects) if (fields[0]) objectFiles.set(object, dirname(dirname(fields[0].file)));
  const fieldsByObject = new Map(
    [...objects].map(([o, fs]) => [o.toLowerCase(), new Set(fs.map((f) => f.name.toLowerCase()))])
  );
  const allFields = new Set([...objects.values()].flat().map((f) => f.name.toLowerCase()));
  const objectNames = new Set([...objects.keys()].map((o) => o.toLowerCase()));
  const asField = (token: string): string => token.toLowerCase().replace(/__r$/, '__c');
  const labels = new Set([...labelNames(root)].map((l) => l.toLowerCase()));

  const findings: Finding[] = [];
  for (const file of findApexFiles(root)) {
    let code = codeOnly(file.text);
    const lineOf = (index: number): number => code.slice(0, index).split('\n').length;
    const report = (index: number, message: string): void => {
      findings.push({ file: `${file.rel}:${lineOf(index)}`, message });
    };
    for (const m of code.matchAll(ROW_CAUSE)) {
      const object = [...objects.keys()].find((o) => o.toLowerCase() === `${m[1].toLowerCase()}__c`);
      const folder = object ? objectFiles.get(object) : undefined;
      const reason = folder ? join(folder, 'sharingReasons', `${m[2]}.sharingReason-meta.xml`) : '';
      if (!reason || !existsSync(reason)) report(m.index, `${m[1]}__c has no Apex sharing reason ${m[2]}`);
    }
    // A sharing reason is not a field: blank it out before the token checks.
    code = code.replace(
      ROW_CAUSE,
      (match, _object: string, reasonName: string) =>
        match.slice(0, match.length - reasonName.length) + ' '.repeat(reasonName.length)
    );
    for (const m of code.matchAll(TOKEN)) {
      const token = m[0].toLowerCase();
      if (m[2].toLowerCase() === 'share') {
        if (!objectNames.has(`${m[1].toLowerCase()}__c`)) report(m.index, `unknown share object "${m[0]}"`);
      } else if (!objectNames.has(token) && !allFields.has(asField(token))) {
        report(m.index, `unknown custom object or field "${m[0]}"`);
      }
    }
    for (const m of code.matchAll(PAIR)) {
      const fields = fieldsByObject.get(m[1].toLowerCase());
      if (fields && !fields.has(asField(m[2]))) report(m.index, `${m[1]} has no field ${m[2]}`);
    }
    for (const m of code.matchAll(LABEL))
      if (!labels.has(m[1].toLowerCase())) report(m.index, `custom label ${m[1]} does not exist`);
  }
  return findings;
}
