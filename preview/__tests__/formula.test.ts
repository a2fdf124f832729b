/** The formula evaluator on its own: operators, blanks, functions and errors. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseFormula, evaluate, FormulaError, type FormulaScope, type FormulaValue } from '../server/formula.ts';

function scope(fields: Record<string, FormulaValue>, prior: Record<string, FormulaValue> | null = null): FormulaScope {
  return {
    field: (p) => fields[p] ?? null,
    prior: (p) => prior?.[p] ?? null,
    global: (p) => ({ '$User.Id': '005X', '$User.TimeZoneSidKey': 'Europe/London' })[p] ?? null,
    isNew: prior === null,
    today: '2026-11-24',
    now: '2026-11-24T15:00:00.000Z'
  };
}
const ev = (
  src: string,
  fields: Record<string, FormulaValue> = {},
  prior: Record<string, FormulaValue> | null = null
) => evaluate(parseFormula(src), scope(fields, prior));

describe('formula evaluator', () => {
  test('arithmetic and comparisons follow precedence', () => {
    assert.equal(ev('1 + 2 * 3'), 7);
    assert.equal(ev('(1 + 2) * 3 = 9'), true);
    assert.equal(ev('10 / 4 >= 2.5 && 2 ^ 3 == 8'), true);
    assert.equal(ev('"a" & "b" <> "ab"'), false);
  });

  test('blanks: comparisons are not true, ISBLANK and BLANKVALUE see them', () => {
    assert.equal(ev('X__c < 15', { X__c: null }), null);
    assert.equal(ev('OR(X__c < 15, X__c > 120)', { X__c: null }), false);
    assert.equal(ev('ISBLANK(X__c)', { X__c: '' }), true);
    assert.equal(ev('BLANKVALUE(X__c, 60)', { X__c: null }), 60);
    assert.equal(ev('X__c + 1', { X__c: null }), null);
  });

  test('picklists, multi-select, TEXT and CASE', () => {
    assert.equal(ev('ISPICKVAL(S__c, "Held")', { S__c: 'Held' }), true);
    assert.equal(ev('INCLUDES(M__c, "Skills")', { M__c: 'Forecast;Skills' }), true);
    assert.equal(ev('INCLUDES(M__c, "Skill")', { M__c: 'Forecast;Skills' }), false);
    assert.equal(ev('TEXT(S__c) & "!"', { S__c: 'Held' }), 'Held!');
    assert.equal(ev('CASE(S__c, "Held", 1, "Skipped", 2, 0)', { S__c: 'Skipped' }), 2);
  });

  test('dates: TODAY, date arithmetic and DATEVALUE (GMT)', () => {
    assert.equal(ev('D__c > TODAY()', { D__c: '2026-11-25' }), true);
    assert.equal(ev('TODAY() + 7'), '2026-12-01');
    assert.equal(ev('DATEVALUE(T__c)', { T__c: '2026-11-24T23:30:00.000Z' }), '2026-11-24');
    assert.equal(ev('D__c - TODAY()', { D__c: '2026-12-04' }), 10);
  });

  test('ISNEW, ISCHANGED and PRIORVALUE compare with the record before the save', () => {
    assert.equal(ev('ISNEW()'), true);
    assert.equal(ev('ISCHANGED(S__c)', { S__c: 'Held' }, { S__c: 'Planned' }), true);
    assert.equal(ev('PRIORVALUE(S__c)', { S__c: 'Held' }, { S__c: 'Planned' }), 'Planned');
  });

  test('globals, relationship paths and NOT', () => {
    assert.equal(ev('$User.TimeZoneSidKey'), 'Europe/London');
    assert.equal(ev('NOT(Rep__r.IsActive__c)', { 'Rep__r.IsActive__c': false }), true);
  });

  test('unsupported functions and bad syntax fail with a clear message', () => {
    assert.throws(
      () => ev('REGEX(A__c, "x")'),
      (e: unknown) => e instanceof FormulaError && /does not evaluate the formula function REGEX/.test(e.message)
    );
    assert.throws(() => parseFormula('AND(1, '), FormulaError);
    assert.throws(() => parseFormula('"open'), /Unterminated string/);
  });
});
