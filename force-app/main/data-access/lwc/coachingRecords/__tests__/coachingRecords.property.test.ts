/**
 * Property tests: whatever a record holds (absent keys, nulls, wrong types, garbage strings, namespaced keys),
 * the mappers never throw, never produce NaN or Infinity, and every date they return is a real date.
 */
import fc from 'fast-check';
import {
  flattenUiApiNode,
  toActionItem,
  toCadence,
  toDealReview,
  toFeedback,
  toOpportunity,
  toQuota,
  toSession,
  toUser,
  type ApiRecord
} from 'c/coachingRecords';

const FIELDS = [
  'Name',
  'Amount',
  'CloseDate',
  'CreatedDate',
  'LastStageChangeDate',
  'LastActivityDate',
  'PushCount',
  'IsClosed',
  'Probability',
  'ForecastCategoryName',
  'StageName',
  'Status__c',
  'Scheduled_Start__c',
  'Actual_Start__c',
  'Local_Start_Time__c',
  'Duration_Minutes__c',
  'Due_Date__c',
  'Amount__c',
  'Period_Start__c',
  'Preparation_Rating__c',
  'Overall_Value__c',
  'Sections_Reviewed__c',
  'Review_Type__c',
  'Day_Of_Week__c'
];

const anyValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-11-24T25:00:00Z', '09:30:00.000Z', 'Held', 'Commit', 'Friday', 'A;B', 'NaN'),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 })
);

/** A record with an Id and any subset of the fields, some namespaced. */
const anyRecord = fc
  .tuple(fc.dictionary(fc.constantFrom(...FIELDS), anyValue), fc.boolean(), fc.string({ minLength: 1, maxLength: 18 }))
  .map(([fields, namespaced, id]) => {
    const record: ApiRecord = { Id: id };
    for (const [key, value] of Object.entries(fields))
      record[namespaced && key.endsWith('__c') ? ['crdemo', key].join('__') : key] = value;
    return record;
  });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function expectSaneValues(mapped: object | null): void {
  expect(mapped).not.toBeNull();
  for (const [key, value] of Object.entries(mapped as Record<string, unknown>)) {
    if (key === 'fields') continue;
    if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    if (typeof value === 'string' && /(Date|date|Start|At|On|start|end|Day)$/.test(key) && value !== '')
      expect(DATE.test(value) || DATETIME.test(value)).toBe(true);
    if (typeof value === 'string' && DATE.test(value.slice(0, 10)) && value.length >= 10)
      expect(Number.isFinite(Date.parse(`${value.slice(0, 10)}T00:00:00Z`))).toBe(true);
  }
}

describe('mappers on arbitrary records', () => {
  it('never throw, never return NaN, Infinity or an impossible date', () => {
    fc.assert(
      fc.property(anyRecord, (record) => {
        for (const mapper of [
          toOpportunity,
          toUser,
          toCadence,
          toSession,
          toActionItem,
          toDealReview,
          toFeedback,
          toQuota
        ])
          expectSaneValues(mapper(record));
      }),
      { numRuns: 300 }
    );
  });

  it('flattening any JSON value never throws and always gives an object', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const flat = flattenUiApiNode(value);
        expect(typeof flat).toBe('object');
        expect(flat).not.toBeNull();
      }),
      { numRuns: 300 }
    );
  });
});
