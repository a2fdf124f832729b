/**
 * Every permission set grants exactly what docs/persona-matrix.md says: object permissions, field access, Apex
 * classes, custom metadata types, custom permissions, tabs and apps. Over-grants and missing grants are both
 * reported, naming the permission set, the object or field, and the matrix row. The matrix itself must cover every
 * custom field, and mark required and master-detail fields (and only those) as `auto`.
 */
import { join, relative } from 'node:path';
import { existsSync } from 'node:fs';
import { type Finding } from '../lib/project.ts';
import { listFilesWithSuffix } from '../lib/metadata.ts';
import { readObjectModel, customObjects, isAlwaysVisible } from '../lib/object-model.ts';
import { readPersonaMatrix, matrixGrants, permissionSetGrants, type GrantKind } from '../lib/persona-matrix.ts';

export const name = 'permission sets match the persona matrix';
export const MATRIX = 'docs/persona-matrix.md';

const KIND_WORDS: Record<GrantKind, string> = {
  object: 'object permissions',
  field: 'field access',
  class: 'Apex class access',
  cmdt: 'custom metadata type access',
  customPermission: 'custom permission',
  tab: 'tab visibility',
  app: 'app visibility'
};

export function run(root: string): Finding[] {
  const matrixFile = join(root, MATRIX);
  const files = listFilesWithSuffix(root, '.permissionset-meta.xml');
  if (!existsSync(matrixFile))
    return files.length
      ? [{ file: MATRIX, message: 'missing: permission sets exist but no persona matrix describes them' }]
      : [];
  const findings: Finding[] = [];
  const matrix = readPersonaMatrix(matrixFile);
  const at = (line: number): string => `${MATRIX}:${line}`;
  for (const p of matrix.problems) findings.push({ file: at(p.line), message: p.message });

  // Matrix ↔ metadata: every custom field has a row; `auto` exactly for always-visible fields.
  const model = readObjectModel(root);
  const rows = new Map(matrix.rows.map((r) => [`${r.kind}:${r.name}`, r]));
  for (const object of customObjects(model)) {
    if (!rows.has(`object:${object.name}`))
      findings.push({
        file: MATRIX,
        message: `no table for ${object.name} (add an "Object / field" table under a heading naming it)`
      });
    for (const field of object.fields.values()) {
      const row = rows.get(`field:${object.name}.${field.name}`);
      if (!row) {
        if (rows.has(`object:${object.name}`))
          findings.push({ file: MATRIX, message: `${object.name} table has no row for ${field.name}` });
        continue;
      }
      for (const [ps, cell] of row.cells) {
        if (isAlwaysVisible(field) && cell !== 'auto' && !['—', '-', '', '–'].includes(cell))
          findings.push({
            file: at(row.line),
            message: `${object.name}.${field.name} is ${field.required ? 'required' : 'master-detail'}: ${ps} must say auto or —, not "${cell}"`
          });
        if (!isAlwaysVisible(field) && cell === 'auto')
          findings.push({
            file: at(row.line),
            message: `${object.name}.${field.name} is neither required nor master-detail: ${ps} says auto, grant R, R/E or —`
          });
      }
    }
  }
  for (const row of matrix.rows) {
    if (row.kind !== 'field') continue;
    const [object, field] = row.name.split('.');
    if (model.has(object) && !model.get(object)!.fields.has(field))
      findings.push({ file: at(row.line), message: `row for ${row.name}, which does not exist` });
  }

  // Matrix ↔ permission sets, cell by cell.
  const expected = matrixGrants(matrix);
  const actualNames = new Set<string>();
  for (const file of files) {
    const ps = file.replace(/^.*[\\/]/, '').replace(/\.permissionset-meta\.xml$/, '');
    actualNames.add(ps);
    const rel = relative(root, file);
    const want = expected.get(ps);
    if (!want) {
      findings.push({ file: rel, message: `${ps} has no column in ${MATRIX}` });
      continue;
    }
    const have = permissionSetGrants(file, ps);
    for (const [key, grant] of have) {
      const w = want.get(key);
      if (w?.value === grant.value) continue;
      const row = rows.get(key);
      const where = row ? `${MATRIX}:${row.line}, row ${row.name}` : `${MATRIX} has no row for it`;
      findings.push({
        file: rel,
        message: `${ps} grants ${KIND_WORDS[grant.kind]} "${grant.value}" on ${grant.name}, but the persona matrix says "${w?.value ?? '—'}" (${where})`
      });
    }
    for (const [key, w] of want) {
      if (have.has(key)) continue;
      findings.push({
        file: rel,
        message: `${ps} lacks ${KIND_WORDS[w.kind]} "${w.value}" on ${w.name} that the persona matrix grants (${MATRIX}:${w.line}, row ${w.name})`
      });
    }
  }
  for (const ps of expected.keys())
    if (!actualNames.has(ps))
      findings.push({ file: MATRIX, message: `column ${ps} has no permission set ${ps}.permissionset-meta.xml` });
  return findings;
}
