/**
 * Formulas reference only what exists: every validation rule and formula field names fields of its own object (or
 * `$User.*` and the other globals, or a relationship to a package object and that object's fields). Validation
 * rules also stay within the functions the local preview evaluates, show their error on a field of the object and
 * name that field in the message.
 */
import { relative } from 'node:path';
import { type Finding } from '../lib/project.ts';
import { listFilesWithSuffix, parseXmlFile } from '../lib/metadata.ts';
import {
  readObjectModel,
  STANDARD_CUSTOM_OBJECT_FIELDS,
  STANDARD_MDT_FIELDS,
  type ObjectInfo
} from '../lib/object-model.ts';

export const name = 'formulas reference existing fields';

/** The functions a validation rule may use: the ones the local preview evaluates (see the data-model task). */
export const PREVIEW_FUNCTIONS = new Set([
  'AND',
  'OR',
  'NOT',
  'ISBLANK',
  'ISPICKVAL',
  'INCLUDES',
  'TEXT',
  'TODAY',
  'NOW'
]);
const GLOBALS = [
  '$User',
  '$Profile',
  '$Permission',
  '$Setup',
  '$Label',
  '$Organization',
  '$UserRole',
  '$System',
  '$CustomMetadata'
];
const LITERALS = new Set(['TRUE', 'FALSE', 'NULL']);

export interface FormulaReference {
  token: string;
  isFunction: boolean;
}

/** Identifiers in a formula, without string literals and comments, each marked as function call or reference. */
export function formulaReferences(formula: string): FormulaReference[] {
  const code = formula.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const out: FormulaReference[] = [];
  for (const m of code.matchAll(/\$?[A-Za-z_][A-Za-z0-9_]*(?:\.\$?[A-Za-z_][A-Za-z0-9_]*)*/g)) {
    const rest = code.slice(m.index + m[0].length);
    out.push({ token: m[0], isFunction: /^\s*\(/.test(rest) });
  }
  return out;
}

/** Why a reference does not resolve on `object`, or undefined when it does. */
export function unresolved(token: string, object: ObjectInfo, model: Map<string, ObjectInfo>): string | undefined {
  if (LITERALS.has(token.toUpperCase())) return undefined;
  if (token.startsWith('$'))
    return GLOBALS.some((g) => token === g || token.startsWith(`${g}.`)) ? undefined : `unknown global ${token}`;
  const [first, ...path] = token.split('.');
  const standard = object.name.endsWith('__mdt') ? STANDARD_MDT_FIELDS : STANDARD_CUSTOM_OBJECT_FIELDS;
  if (path.length === 0)
    return object.fields.has(first) || standard.has(first) ? undefined : `${object.name} has no field ${first}`;
  if (!first.endsWith('__r')) return standard.has(first) ? undefined : `${object.name} has no relationship ${first}`;
  const lookup = object.fields.get(first.replace(/__r$/, '__c'));
  if (!lookup?.referenceTo) return `${object.name} has no lookup ${first.replace(/__r$/, '__c')} for ${first}`;
  const target = model.get(lookup.referenceTo);
  if (!target) return undefined; // a standard object: its fields are not in this package
  return unresolved(path.join('.'), target, model);
}

function locate(file: string): string | undefined {
  return /[\\/]objects[\\/]([^\\/]+)[\\/]/.exec(file)?.[1];
}

export function run(root: string): Finding[] {
  const model = readObjectModel(root);
  const findings: Finding[] = [];
  const check = (file: string, object: ObjectInfo, formula: string, what: string, previewOnly: boolean): void => {
    const rel = relative(root, file);
    for (const ref of formulaReferences(formula)) {
      if (ref.isFunction) {
        if (previewOnly && !PREVIEW_FUNCTIONS.has(ref.token.toUpperCase()))
          findings.push({
            file: rel,
            message: `${what} uses ${ref.token}(), which the local preview cannot evaluate (use ${[...PREVIEW_FUNCTIONS].join(', ')})`
          });
        continue;
      }
      const why = unresolved(ref.token, object, model);
      if (why) findings.push({ file: rel, message: `${what} references ${ref.token}: ${why}` });
    }
  };

  for (const file of listFilesWithSuffix(root, '.validationRule-meta.xml')) {
    const object = model.get(locate(file) ?? '');
    if (!object) continue;
    let rule: Record<string, unknown>;
    try {
      rule = (parseXmlFile<Record<string, Record<string, unknown>>>(file).ValidationRule ?? {}) as Record<
        string,
        unknown
      >;
    } catch {
      continue;
    }
    const ruleName = file.replace(/^.*[\\/]/, '').replace(/\.validationRule-meta\.xml$/, '');
    const what = `validation rule ${ruleName}`;
    check(file, object, String(rule.errorConditionFormula ?? ''), what, true);
    const display = rule.errorDisplayField === undefined ? undefined : String(rule.errorDisplayField);
    if (display === undefined) continue;
    const field = object.fields.get(display);
    if (!field) {
      findings.push({
        file: relative(root, file),
        message: `${what} shows its error on ${display}, which ${object.name} does not have`
      });
      continue;
    }
    const message = String(rule.errorMessage ?? '');
    const label = field.label.replace(/\s*\([^)]*\)\s*$/, '');
    if (!message.toLowerCase().includes(label.toLowerCase()))
      findings.push({
        file: relative(root, file),
        message: `${what}: the error message does not name the field it is shown on ("${field.label}")`
      });
  }
  for (const object of model.values()) {
    for (const field of object.fields.values()) {
      if (field.formula === undefined) continue;
      check(`${root}/${field.file}`, object, field.formula, `formula field ${field.name}`, false);
    }
  }
  return findings;
}
