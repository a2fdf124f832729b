/**
 * UI API object info for component tests, shaped as `getObjectInfo` returns it: a field the user cannot read is
 * absent, one they can read but not change has `updateable: false`. Labels are the API names without `__c`.
 */
import type { ObjectInfo, ObjectInfoField } from 'lightning/uiObjectInfoApi';

export interface FieldAccessSpec {
  /** Readable but neither createable nor updateable. */
  readOnly?: readonly string[];
  /** Createable but not updateable (e.g. a lookup fixed once the record exists). */
  createOnly?: readonly string[];
}

export function objectInfo(apiName: string, fields: readonly string[], spec: FieldAccessSpec = {}): ObjectInfo {
  const field = (name: string): ObjectInfoField => {
    const readOnly = spec.readOnly?.includes(name) ?? false;
    const createOnly = spec.createOnly?.includes(name) ?? false;
    return {
      apiName: name,
      label: name.replace(/__c$/, '').replace(/_/g, ' '),
      createable: !readOnly,
      updateable: !readOnly && !createOnly,
      required: false
    };
  };
  return {
    apiName,
    label: apiName,
    createable: true,
    updateable: true,
    defaultRecordTypeId: '012000000000000AAA',
    fields: Object.fromEntries(fields.map((name) => [name, field(name)]))
  };
}
