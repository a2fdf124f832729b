/**
 * The generated records fit the package's own object metadata (force-app/main/data-model): every field exists,
 * picklist values are in their value sets, text fits its length, numbers fit precision and scale, required
 * fields are filled, auto-number names follow their display format. A data-model change that the generator
 * does not follow fails here, before the preview or a seeded org would reject the data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { generateDemoOrg } from '../generator.ts';
import { ROOT_CAUSES, type RecordType } from '../format.ts';
import { listFilesWithSuffix, parseXmlFile, readObjects } from '../../scripts/lib/metadata.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

interface FieldMeta {
  fullName: string;
  type: string;
  required?: string;
  length?: string;
  precision?: string;
  scale?: string;
  formula?: string;
  valueSet?: {
    valueSetName?: string;
    valueSetDefinition?: { value?: { fullName: string }[] };
  };
}

const objects = readObjects(PROJECT_ROOT);
const CUSTOM_TYPES: RecordType[] = [
  'Sales_Quota__c',
  'Coaching_Cadence__c',
  'Coaching_Session__c',
  'Action_Item__c',
  'Deal_Review__c',
  'Coaching_Feedback__c'
];
/** Standard fields every custom object has. */
const SYSTEM_FIELDS = new Set(['attributes', 'Id', 'Name', 'OwnerId', 'CreatedDate', 'CurrencyIsoCode']);

function globalValues(name: string): string[] {
  const file = listFilesWithSuffix(PROJECT_ROOT, `${name}.globalValueSet-meta.xml`)[0];
  assert.ok(file, `global value set ${name} not found`);
  const set = parseXmlFile<{ GlobalValueSet: { customValue: { fullName: string }[] | { fullName: string } } }>(file);
  const values = set.GlobalValueSet.customValue;
  return (Array.isArray(values) ? values : [values]).map((v) => v.fullName);
}

function fieldsOf(type: RecordType): Map<string, FieldMeta> {
  const fields = objects.get(type);
  assert.ok(fields, `object ${type} is not in the package`);
  return new Map(fields.map((f) => [f.name, parseXmlFile<{ CustomField: FieldMeta }>(f.file).CustomField]));
}

function nameFormat(type: RecordType): RegExp | null {
  const file = join(PROJECT_ROOT, 'force-app/main/data-model/objects', type, `${type}.object-meta.xml`);
  if (!existsSync(file)) return null;
  const meta = parseXmlFile<{ CustomObject: { nameField: { type: string; displayFormat?: string } } }>(file);
  const format = meta.CustomObject.nameField.displayFormat;
  if (meta.CustomObject.nameField.type !== 'AutoNumber' || !format) return null;
  // 'CAD-{0000}' → /^CAD-\d{4,}$/
  const escaped = format
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{(0+)\}/, (_, zeros: string) => `\\d{${zeros.length},}`);
  return new RegExp(`^${escaped}$`);
}

const org = generateDemoOrg();

test('the root causes the generator uses are the Loss_Root_Cause value set', () => {
  assert.deepEqual([...ROOT_CAUSES].sort(), globalValues('Loss_Root_Cause').sort());
});

for (const type of CUSTOM_TYPES) {
  test(`${type}: every field exists and every value fits its field`, () => {
    const fields = fieldsOf(type);
    const format = nameFormat(type);
    const rows = org.records[type] as unknown as Record<string, unknown>[];
    assert.ok(rows.length > 0);
    const required = [...fields.values()].filter((f) => f.required === 'true').map((f) => f.fullName);
    for (const row of rows) {
      if (format) assert.match(String(row.Name), format, `${type} Name`);
      else assert.ok(typeof row.Name === 'string' && row.Name.length > 0 && row.Name.length <= 80, `${type} Name`);
      for (const name of required)
        assert.ok(row[name] !== null && row[name] !== undefined, `${type}.${name} is required`);
      for (const [key, value] of Object.entries(row)) {
        if (SYSTEM_FIELDS.has(key)) continue;
        const field = fields.get(key);
        assert.ok(field, `${type}.${key} is not a field of the object`);
        if (value === null) continue;
        const where = `${type}.${key} = ${JSON.stringify(value)}`;
        switch (field.type) {
          case 'Picklist':
          case 'MultiselectPicklist': {
            const allowed = field.valueSet?.valueSetName
              ? globalValues(field.valueSet.valueSetName)
              : (field.valueSet?.valueSetDefinition?.value ?? []).map((v) => v.fullName);
            const picked = field.type === 'Picklist' ? [String(value)] : String(value).split(';');
            for (const v of picked)
              assert.ok(allowed.includes(v), `${where}: "${v}" is not one of ${allowed.join(', ')}`);
            break;
          }
          case 'Text':
          case 'LongTextArea':
            assert.equal(typeof value, 'string', where);
            assert.ok((value as string).length <= Number(field.length), `${where} is longer than ${field.length}`);
            break;
          case 'Number':
          case 'Currency': {
            assert.equal(typeof value, 'number', where);
            const scale = Number(field.scale ?? 0);
            assert.ok(
              Math.abs(value as number) < 10 ** (Number(field.precision) - scale),
              `${where} exceeds precision`
            );
            assert.ok(
              Math.abs(Math.round((value as number) * 10 ** scale) - (value as number) * 10 ** scale) < 1e-6,
              `${where} exceeds scale ${scale}`
            );
            break;
          }
          case 'Checkbox':
            assert.equal(typeof value, 'boolean', where);
            break;
          case 'Date':
            assert.match(String(value), /^\d{4}-\d{2}-\d{2}$/, where);
            break;
          case 'DateTime':
            assert.match(String(value), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, where);
            break;
          case 'Time':
            assert.match(String(value), /^\d{2}:\d{2}:\d{2}\.\d{3}Z$/, where);
            break;
          case 'Lookup':
          case 'MasterDetail':
            assert.match(String(value), /^[a-zA-Z0-9]{18}$/, where);
            break;
          default:
            assert.fail(`${where}: field type ${field.type} is not checked here`);
        }
      }
    }
  });
}

test('records respect the validation rules the org enforces', () => {
  const { records, meta } = org;
  for (const r of records.Deal_Review__c) {
    if (r.Root_Cause__c === 'Other') assert.ok(r.Notes__c, `${r.Name}: Other needs notes`);
    assert.ok(r.Reviewed_On__c === null || r.Reviewed_On__c <= meta.anchorDate);
  }
  for (const a of records.Action_Item__c)
    assert.ok(a.Completed_Date__c === null || a.Completed_Date__c <= meta.anchorDate);
  for (const type of ['Coaching_Cadence__c', 'Coaching_Session__c', 'Coaching_Feedback__c'] as const)
    for (const r of records[type]) assert.notEqual(r.Manager__c, r.Rep__c, `${type} ${r.Id}`);
  for (const s of records.Coaching_Session__c)
    if (s.Forecast_Period_Start__c) assert.ok(s.Forecast_Period_End__c! > s.Forecast_Period_Start__c);
});
