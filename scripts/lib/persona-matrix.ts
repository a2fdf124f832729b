/**
 * Reads docs/persona-matrix.md — the least-privilege design of the permission sets — into the grants each
 * permission set must hold, and reads permission-set XML into the same shape, so the two can be compared exactly.
 *
 * Matrix tables are recognised by the first header cell:
 *   "Object / field"        rows "**Object**" (cells R C E D VA MA) and `Field__c` (cells R, R/E, auto, —);
 *                           the object is the `X__c` in backticks in the nearest heading above the table
 *   "Apex class", "Custom metadata type", "Custom permission", "App"   cells ✓ or —
 *   "Tab"                   cells Visible, Available or —
 * Every other header cell except "Why" names a permission set.
 */
import { readFileSync } from 'node:fs';
import { parseXmlFile } from './metadata.ts';

export type GrantKind = 'object' | 'field' | 'class' | 'cmdt' | 'customPermission' | 'tab' | 'app';

/** One cell of the matrix that grants something. `value` is normalised: "R C E", "R/E", "R", "✓", "Visible". */
export interface Grant {
  permissionSet: string;
  kind: GrantKind;
  /** Object API name, `Object.Field`, class name, type name, permission name, tab or app name. */
  name: string;
  value: string;
}

export interface MatrixRow {
  kind: GrantKind;
  name: string;
  line: number;
  /** Raw cell text per permission set. */
  cells: Map<string, string>;
}

export interface PersonaMatrix {
  permissionSets: string[];
  rows: MatrixRow[];
  problems: { line: number; message: string }[];
}

const OBJECT_TOKENS = ['R', 'C', 'E', 'D', 'VA', 'MA'] as const;
const NONE = new Set(['', '—', '-', '–']);
const TABLE_KINDS: Record<string, GrantKind> = {
  'object / field': 'object',
  'apex class': 'class',
  'custom metadata type': 'cmdt',
  'custom permission': 'customPermission',
  tab: 'tab',
  app: 'app'
};

const stripCode = (s: string): string => s.replace(/`/g, '').replace(/\*\*/g, '').trim();
const splitRow = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

export function parsePersonaMatrix(markdown: string): PersonaMatrix {
  const lines = markdown.split('\n');
  const rows: MatrixRow[] = [];
  const problems: { line: number; message: string }[] = [];
  const permissionSets = new Set<string>();
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    if (/^#{1,6} /.test(lines[i])) heading = lines[i];
    if (!lines[i].trim().startsWith('|') || !lines[i + 1]?.trim().startsWith('|')) continue;
    if (!/^\|?\s*:?-{3,}/.test(lines[i + 1].trim())) continue;
    const header = splitRow(lines[i]).map(stripCode);
    const kind = TABLE_KINDS[header[0].toLowerCase()];
    if (!kind) continue;
    const columns = header.map((h, c) => (c > 0 && h.toLowerCase() !== 'why' ? h : undefined));
    columns.forEach((c) => c && permissionSets.add(c));
    const object = kind === 'object' ? /`([A-Za-z0-9_]+__c)`/.exec(heading)?.[1] : undefined;
    if (kind === 'object' && !object)
      problems.push({ line: i + 1, message: 'object table without an `Object__c` in the heading above it' });
    let j = i + 2;
    for (; j < lines.length && lines[j].trim().startsWith('|'); j++) {
      const cells = splitRow(lines[j]);
      const label = stripCode(cells[0]);
      const cellMap = new Map<string, string>();
      columns.forEach((ps, c) => ps && cellMap.set(ps, stripCode(cells[c] ?? '')));
      if (kind === 'object') {
        const isObjectRow = label.toLowerCase() === 'object';
        rows.push({
          kind: isObjectRow ? 'object' : 'field',
          name: isObjectRow ? object! : `${object}.${label}`,
          line: j + 1,
          cells: cellMap
        });
      } else {
        rows.push({ kind, name: label, line: j + 1, cells: cellMap });
      }
    }
    i = j - 1;
  }
  for (const row of rows) {
    for (const [ps, cell] of row.cells) {
      const problem = cellProblem(row.kind, cell);
      if (problem) problems.push({ line: row.line, message: `${row.name} / ${ps}: ${problem}` });
    }
  }
  return { permissionSets: [...permissionSets], rows, problems };
}

function cellProblem(kind: GrantKind, cell: string): string | undefined {
  if (NONE.has(cell)) return undefined;
  if (kind === 'object') {
    const bad = cell.split(/[\s,]+/).filter((t) => !(OBJECT_TOKENS as readonly string[]).includes(t));
    return bad.length ? `unknown object permission "${bad.join(' ')}" (use R C E D VA MA)` : undefined;
  }
  if (kind === 'field') return ['R', 'R/E', 'auto'].includes(cell) ? undefined : `"${cell}" (use R, R/E, auto or —)`;
  if (kind === 'tab')
    return ['Visible', 'Available'].includes(cell) ? undefined : `"${cell}" (use Visible, Available or —)`;
  return cell === '✓' ? undefined : `"${cell}" (use ✓ or —)`;
}

/** Normalises a matrix cell to the grant it makes, or undefined for none (and for `auto`: never listed). */
export function grantValue(kind: GrantKind, cell: string): string | undefined {
  if (NONE.has(cell) || cell === 'auto') return undefined;
  if (kind === 'object') return OBJECT_TOKENS.filter((t) => cell.split(/[\s,]+/).includes(t)).join(' ') || undefined;
  return cell;
}

/** The grants the matrix makes, keyed "<kind>:<name>" per permission set. */
export function matrixGrants(matrix: PersonaMatrix): Map<string, Map<string, Grant & { line: number }>> {
  const out = new Map<string, Map<string, Grant & { line: number }>>();
  for (const ps of matrix.permissionSets) out.set(ps, new Map());
  for (const row of matrix.rows) {
    for (const [ps, cell] of row.cells) {
      const value = grantValue(row.kind, cell);
      if (value)
        out
          .get(ps)!
          .set(`${row.kind}:${row.name}`, { permissionSet: ps, kind: row.kind, name: row.name, value, line: row.line });
    }
  }
  return out;
}

type Xml = Record<string, any>;
const bool = (v: unknown): boolean => String(v) === 'true';

/** The grants a permission-set file makes, in the matrix's vocabulary. */
export function permissionSetGrants(file: string, permissionSet: string): Map<string, Grant> {
  const ps = (parseXmlFile<Xml>(file).PermissionSet ?? {}) as Xml;
  const grants = new Map<string, Grant>();
  const add = (kind: GrantKind, name: string, value: string | undefined): void => {
    if (value) grants.set(`${kind}:${name}`, { permissionSet, kind, name, value });
  };
  for (const o of (ps.objectPermissions ?? []) as Xml[]) {
    const flags: [string, string][] = [
      ['allowRead', 'R'],
      ['allowCreate', 'C'],
      ['allowEdit', 'E'],
      ['allowDelete', 'D'],
      ['viewAllRecords', 'VA'],
      ['modifyAllRecords', 'MA']
    ];
    add(
      'object',
      String(o.object),
      flags
        .filter(([k]) => bool(o[k]))
        .map(([, t]) => t)
        .join(' ')
    );
  }
  for (const f of (ps.fieldPermissions ?? []) as Xml[])
    add('field', String(f.field), bool(f.editable) ? 'R/E' : bool(f.readable) ? 'R' : undefined);
  for (const c of (ps.classAccesses ?? []) as Xml[])
    add('class', String(c.apexClass), bool(c.enabled) ? '✓' : undefined);
  for (const c of (ps.customMetadataTypeAccesses ?? []) as Xml[])
    add('cmdt', String(c.name), bool(c.enabled) ? '✓' : undefined);
  for (const c of [ps.customPermissions ?? []].flat() as Xml[])
    add('customPermission', String(c.name), bool(c.enabled) ? '✓' : undefined);
  for (const t of (ps.tabSettings ?? []) as Xml[])
    add('tab', String(t.tab), String(t.visibility) === 'None' ? undefined : String(t.visibility));
  for (const a of [ps.applicationVisibilities ?? []].flat() as Xml[])
    add('app', String(a.application), bool(a.visible) ? '✓' : undefined);
  return grants;
}

export function readPersonaMatrix(file: string): PersonaMatrix {
  return parsePersonaMatrix(readFileSync(file, 'utf8'));
}
