/** Date literals and ranges, in the user's time zone and the org's fiscal year. Expected ranges by hand. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { literalRange, relativeRange, localDate, dateFunctionKey, type DateContext } from '../server/graphql/dates.ts';

const feb = (today: string, weekStart = 0): DateContext => ({
  today,
  weekStart,
  fiscal: { startMonth: 2, quarters: [] }
});

describe('date literals', () => {
  test('fiscal quarters and years follow a February start', () => {
    // FY quarters: Feb–Apr, May–Jul, Aug–Oct, Nov–Jan.
    assert.deepEqual(literalRange('THIS_FISCAL_QUARTER', feb('2026-11-24')), {
      start: '2026-11-01',
      end: '2027-02-01'
    });
    assert.deepEqual(literalRange('LAST_FISCAL_QUARTER', feb('2026-11-24')), {
      start: '2026-08-01',
      end: '2026-11-01'
    });
    assert.deepEqual(literalRange('THIS_FISCAL_QUARTER', feb('2027-01-31')), {
      start: '2026-11-01',
      end: '2027-02-01'
    });
    assert.deepEqual(literalRange('THIS_FISCAL_YEAR', feb('2027-01-31')), { start: '2026-02-01', end: '2027-02-01' });
    // Calendar quarters are unaffected.
    assert.deepEqual(literalRange('THIS_QUARTER', feb('2026-11-24')), { start: '2026-10-01', end: '2027-01-01' });
  });

  test('custom fiscal quarters (Period rows) take precedence', () => {
    const ctx: DateContext = {
      today: '2026-11-24',
      weekStart: 0,
      fiscal: {
        startMonth: 1,
        quarters: [
          { start: '2026-09-27', end: '2026-12-27' },
          { start: '2026-12-27', end: '2027-03-28' }
        ]
      }
    };
    assert.deepEqual(literalRange('THIS_FISCAL_QUARTER', ctx), { start: '2026-09-27', end: '2026-12-27' });
    assert.deepEqual(literalRange('NEXT_FISCAL_QUARTER', ctx), { start: '2026-12-27', end: '2027-03-28' });
  });

  test('weeks start on the locale’s first day', () => {
    // 2026-11-24 is a Tuesday: the US week starts Sunday 11-22, the UK week Monday 11-23.
    assert.deepEqual(literalRange('THIS_WEEK', feb('2026-11-24', 0)), { start: '2026-11-22', end: '2026-11-29' });
    assert.deepEqual(literalRange('THIS_WEEK', feb('2026-11-24', 1)), { start: '2026-11-23', end: '2026-11-30' });
  });

  test('relative ranges include today where SOQL does', () => {
    // LAST_N_DAYS:7 covers the 7 days before today and today: [11-17, 11-25).
    assert.deepEqual(relativeRange({ last_n_days: 7 }, feb('2026-11-24')), { start: '2026-11-17', end: '2026-11-25' });
    assert.deepEqual(relativeRange({ next_n_fiscal_quarters: 2 }, feb('2026-11-24')), {
      start: '2027-02-01',
      end: '2027-08-01'
    });
    assert.throws(() => relativeRange({ last_n_days: 1, next_n_days: 1 }, feb('2026-11-24')), /exactly one/);
  });

  test('"today" is the user’s local date, across the date line and DST', () => {
    // 2026-03-08 06:30 UTC: 01:30 EST in New York (still 8 March), 22:30 PST on 7 March in Los Angeles.
    assert.equal(localDate('2026-03-08T06:30:00Z', 'America/New_York'), '2026-03-08');
    assert.equal(localDate('2026-03-08T06:30:00Z', 'America/Los_Angeles'), '2026-03-07');
    assert.equal(localDate('2026-11-24T11:00:00Z', 'Pacific/Auckland'), '2026-11-25');
  });

  test('fiscal grouping keys name the year the fiscal year ends in', () => {
    // 2026-11-24 is in FY Feb 2026–Jan 2027, named FY2027, quarter 4 (Nov–Jan).
    assert.equal(dateFunctionKey('2026-11-24', 'FISCAL_YEAR', { startMonth: 2, quarters: [] }), 2027);
    assert.equal(dateFunctionKey('2026-11-24', 'FISCAL_QUARTER', { startMonth: 2, quarters: [] }), 4);
    assert.equal(dateFunctionKey('2026-02-01', 'FISCAL_QUARTER', { startMonth: 2, quarters: [] }), 1);
  });
});
