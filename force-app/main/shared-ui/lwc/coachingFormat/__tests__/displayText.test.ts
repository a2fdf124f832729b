import { displayFields, displayText, recordList, recordOrNull, textItems } from 'c/coachingFormat';

describe('displayText, recordList and recordOrNull', () => {
  it('passes text and finite numbers through and replaces everything else with the fallback', () => {
    expect(displayText('42%')).toBe('42%');
    expect(displayText('')).toBe('');
    expect(displayText(0)).toBe('0');
    expect(displayText(-1.5)).toBe('-1.5');
    for (const bad of [undefined, null, Number.NaN, Number.POSITIVE_INFINITY, {}, [], true]) {
      expect(displayText(bad)).toBe('');
      expect(displayText(bad, 'No data')).toBe('No data');
    }
  });

  it('reads the named fields of a record as text, "No data" (or a given fallback) where one is missing or invalid', () => {
    const record = { a: 'x', b: Number.NaN, c: 2 };
    expect(displayFields(record, ['a', 'b', 'c', 'd'] as const)).toEqual({
      a: 'x',
      b: 'No data',
      c: '2',
      d: 'No data'
    });
    expect(displayFields(record, ['b'] as const, '–')).toEqual({ b: '–' });
  });

  it('keeps only the object entries of an array, and treats any other value as an empty list', () => {
    const a = { key: 'a' };
    expect(recordList([a, null, 'b', 3, undefined, { key: 'c' }])).toEqual([a, { key: 'c' }]);
    for (const bad of [undefined, null, 'abc', 3, { length: 2 }]) expect(recordList(bad)).toEqual([]);
  });

  it('keeps the entries of a text list that have text, keying those without a key by their position', () => {
    const list = [{ key: 'q1', text: 'Who signs?' }, { text: '' }, null, { text: 7 }, { key: 3, text: 'Why now?' }];
    expect(textItems(list, 'question')).toEqual([
      { key: 'q1', text: 'Who signs?' },
      { key: 'question-1', text: '7' },
      { key: '3', text: 'Why now?' }
    ]);
    expect(textItems('not a list', 'question')).toEqual([]);
  });

  it('accepts a plain record and refuses arrays, primitives and null', () => {
    const record = { title: 'x' };
    expect(recordOrNull(record)).toBe(record);
    for (const bad of [undefined, null, 'x', 7, [record]]) expect(recordOrNull(bad)).toBeNull();
  });
});
