/**
 * `lightning/uiRecordApi` for the preview: `getRecord` (wire), `getObjectInfo` and `getPicklistValues`
 * (wires), `createRecord`, `updateRecord`, `deleteRecord`, `getFieldValue`, `getFieldDisplayValue`,
 * `notifyRecordUpdateAvailable`. Writes are checked by the server as the UI API would (CRUD, FLS, sharing,
 * validation rules) and fail with the platform's error body.
 */
import { request, refreshAllWires } from './transport';
import { DataOrErrorWire } from './wire';

type FieldRef = string | { objectApiName: string; fieldApiName: string };

interface FieldValue {
  value: unknown;
  displayValue: string | null;
}
interface RecordRepresentation {
  apiName: string;
  id: string;
  fields: Record<string, FieldValue>;
}

const fieldPath = (f: FieldRef): string => (typeof f === 'string' ? f : `${f.objectApiName}.${f.fieldApiName}`);
const list = (v: FieldRef | FieldRef[] | undefined): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(fieldPath);

interface GetRecordConfig {
  recordId?: string;
  fields?: FieldRef | FieldRef[];
  optionalFields?: FieldRef | FieldRef[];
}

export class getRecord extends DataOrErrorWire<GetRecordConfig> {
  protected ready(c: GetRecordConfig): boolean {
    return !!c.recordId;
  }
  protected fetch(c: GetRecordConfig): Promise<unknown> {
    const q = new URLSearchParams({
      fields: list(c.fields).join(','),
      optionalFields: list(c.optionalFields).join(',')
    });
    return request(`/api/ui-api/records/${encodeURIComponent(c.recordId!)}?${q.toString()}`);
  }
}

export class getObjectInfo extends DataOrErrorWire<{ objectApiName?: string | { objectApiName: string } }> {
  protected ready(c: { objectApiName?: unknown }): boolean {
    return !!c.objectApiName;
  }
  protected fetch(c: { objectApiName?: string | { objectApiName: string } }): Promise<unknown> {
    const name = typeof c.objectApiName === 'string' ? c.objectApiName : c.objectApiName!.objectApiName;
    return request(`/api/ui-api/object-info/${encodeURIComponent(name)}`);
  }
}

export class getPicklistValues extends DataOrErrorWire<{ recordTypeId?: string; fieldApiName?: FieldRef }> {
  protected ready(c: { recordTypeId?: string; fieldApiName?: FieldRef }): boolean {
    return !!c.recordTypeId && !!c.fieldApiName;
  }
  protected fetch(c: { fieldApiName?: FieldRef }): Promise<unknown> {
    return request(`/api/ui-api/picklist-values/${encodeURIComponent(fieldPath(c.fieldApiName!))}`);
  }
}

interface RecordInput {
  apiName?: string;
  fields: Record<string, unknown>;
}

export async function createRecord(input: RecordInput): Promise<RecordRepresentation> {
  const record = await request<RecordRepresentation>('/api/ui-api/records', 'POST', input);
  await refreshAllWires();
  return record;
}

export async function updateRecord(input: RecordInput): Promise<RecordRepresentation> {
  const { Id, ...fields } = input.fields;
  const record = await request<RecordRepresentation>(`/api/ui-api/records/${encodeURIComponent(String(Id))}`, 'PATCH', {
    fields
  });
  await refreshAllWires();
  return record;
}

export async function deleteRecord(recordId: string): Promise<void> {
  await request(`/api/ui-api/records/${encodeURIComponent(recordId)}`, 'DELETE');
  await refreshAllWires();
}

export async function notifyRecordUpdateAvailable(_items: { recordId: string }[]): Promise<void> {
  await refreshAllWires();
}

function lookup(record: RecordRepresentation | undefined, field: FieldRef): FieldValue | undefined {
  if (!record) return undefined;
  const parts = fieldPath(field).split('.');
  if (parts[0] === record.apiName) parts.shift();
  let current: RecordRepresentation | undefined = record;
  for (const part of parts.slice(0, -1)) {
    const value: unknown = current?.fields[part]?.value;
    current = value && typeof value === 'object' ? (value as RecordRepresentation) : undefined;
  }
  return current?.fields[parts[parts.length - 1]];
}

export function getFieldValue(record: RecordRepresentation | undefined, field: FieldRef): unknown {
  return lookup(record, field)?.value;
}

export function getFieldDisplayValue(
  record: RecordRepresentation | undefined,
  field: FieldRef
): string | null | undefined {
  return lookup(record, field)?.displayValue;
}
