/**
 * Which object fields the components' GraphQL queries read, so a test can hold the `coach` CLI's SOQL field
 * list (fields.ts) to the same data: a field the UI reads for the engine but the CLI does not (or the reverse)
 * means the terminal and the screen compute from different records.
 */
import { readFileSync } from 'node:fs';
import { parse, visit, type SelectionSetNode, type FieldNode } from 'graphql';
import { walk, packageDirectories } from '../../lib/project.ts';

/** The text of every gql`…` template in a source file (interpolations replaced by nothing). */
export function gqlDocuments(source: string): string[] {
  const out: string[] = [];
  const re = /\bgql\s*`((?:\\`|[^`])*)`/g;
  for (const m of source.matchAll(re)) out.push(m[1].replace(/\$\{[^}]*\}/g, ''));
  return out;
}

function fieldsOf(set: SelectionSetNode | undefined): FieldNode[] {
  return (set?.selections ?? []).filter((s): s is FieldNode => s.kind === 'Field');
}

/**
 * Object → fields read, from UI API documents (`uiapi { query { Obj(…) { edges { node { Field { value } } } } } }`).
 * A parent relationship (`Owner { Name { value } }`) counts as its lookup field (OwnerId); `Id` is implied.
 */
export function fieldsReadByQuery(document: string): Map<string, Set<string>> {
  const read = new Map<string, Set<string>>();
  const add = (object: string, field: string): void => {
    const set = read.get(object) ?? new Set<string>();
    set.add(field);
    read.set(object, set);
  };
  visit(parse(document), {
    Field(node) {
      if (node.name.value !== 'query') return;
      for (const objectField of fieldsOf(node.selectionSet)) {
        const object = objectField.name.value;
        const edges = fieldsOf(objectField.selectionSet).find((f) => f.name.value === 'edges');
        const nodeField = fieldsOf(edges?.selectionSet).find((f) => f.name.value === 'node');
        for (const f of fieldsOf(nodeField?.selectionSet)) {
          const name = f.name.value;
          if (name === 'Id' || name === '__typename') continue;
          const inner = fieldsOf(f.selectionSet).map((s) => s.name.value);
          const isParent = inner.length > 0 && !inner.includes('value') && !inner.includes('displayValue');
          add(object, isParent ? (name.endsWith('__r') ? name.replace(/__r$/, '__c') : `${name}Id`) : name);
        }
      }
    }
  });
  return read;
}

/** Every gql document under the package directories, with the fields it reads per object. */
export function componentQueryFields(root?: string): { file: string; fields: Map<string, Set<string>> }[] {
  const out: { file: string; fields: Map<string, Set<string>> }[] = [];
  for (const dir of packageDirectories(root)) {
    for (const file of walk(dir)) {
      if (!file.endsWith('.ts') || /[\\/]__tests__[\\/]/.test(file)) continue;
      for (const doc of gqlDocuments(readFileSync(file, 'utf8'))) out.push({ file, fields: fieldsReadByQuery(doc) });
    }
  }
  return out;
}

/**
 * Fields a component may read that the CLI need not: display-only values that never reach the engine.
 * Each entry says why; anything else a component reads must be in the CLI's list.
 */
export const UI_ONLY_FIELDS: Record<string, string> = {
  'Coaching_Session__c.Name': 'the auto number shown as the record title',
  'Coaching_Session__c.Status_Reason__c': 'shown on the 1:1, not an engine input',
  'Coaching_Session__c.Involves_Me__c': 'a list-view formula',
  'Coaching_Session__c.Prepared__c': 'a formula; the engine derives preparation from Agenda_Opened_At__c',
  'Coaching_Session__c.Forecast_Recorded__c': 'a dashboard formula',
  'Coaching_Cadence__c.Name': 'the auto number shown as the record title',
  'Action_Item__c.Description__c': 'details shown on the item, not an engine input',
  'Action_Item__c.Assigned_To_Me__c': 'a list-view formula',
  'Deal_Review__c.Name': 'the auto number shown as the record title',
  'Deal_Review__c.CreatedDate':
    "dates a review without Reviewed_On__c in the leader's loss-cause trend; the CLI has no trend",
  'Sales_Quota__c.Name': 'the record title',
  'Sales_Quota__c.Source__c': 'where the quota came from, shown to admins'
};

/** `Object.Field` entries a component reads that neither the CLI reads nor UI_ONLY_FIELDS explains. */
export function fieldsMissingFromCli(
  read: Map<string, Set<string>>,
  cli: Readonly<Record<string, { required: readonly string[]; optional: readonly string[] }>>
): string[] {
  const missing: string[] = [];
  for (const [object, fields] of read) {
    const spec = cli[object];
    if (!spec) continue; // an object the CLI does not read at all (e.g. settings through Apex)
    const known = new Set([...spec.required, ...spec.optional]);
    for (const f of fields) if (!known.has(f) && !UI_ONLY_FIELDS[`${object}.${f}`]) missing.push(`${object}.${f}`);
  }
  return missing.sort();
}
