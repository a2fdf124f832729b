/**
 * Record inputs for `createRecord`/`updateRecord` built from `@salesforce/schema` references. The platform
 * resolves those references (and adds the package namespace in a managed org), so field names are never
 * typed as strings in a write.
 */
import type { RecordInput } from 'lightning/uiRecordApi';

/** What an `@salesforce/schema/Object.Field` import is at run time. */
export type SchemaRef = { objectApiName: string; fieldApiName?: string } | string;

export function fieldApiName(ref: SchemaRef): string {
  if (typeof ref === 'string') return ref.includes('.') ? ref.slice(ref.indexOf('.') + 1) : ref;
  return ref.fieldApiName ?? '';
}

export function objectApiName(ref: SchemaRef): string {
  if (typeof ref === 'string') return ref.includes('.') ? ref.slice(0, ref.indexOf('.')) : ref;
  return ref.objectApiName;
}

/** Field values keyed by API name; `undefined` values are left out (not written), `null` clears a field. */
export function fieldValues(entries: readonly (readonly [SchemaRef, unknown])[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [ref, value] of entries) if (value !== undefined) fields[fieldApiName(ref)] = value;
  return fields;
}

/** Input for `createRecord`. */
export function createInput(object: SchemaRef, entries: readonly (readonly [SchemaRef, unknown])[]): RecordInput {
  return { apiName: objectApiName(object), fields: fieldValues(entries) };
}

/** Input for `updateRecord`: the record id plus the fields to change. */
export function updateInput(recordId: string, entries: readonly (readonly [SchemaRef, unknown])[]): RecordInput {
  return { fields: { Id: recordId, ...fieldValues(entries) } };
}
