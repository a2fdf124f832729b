import fc from 'fast-check';
import { assertProperty } from '@test/engine/property';
import type { FiscalPeriod } from 'c/coachingModel';
import { dayFromIso } from 'c/calendarDate';
import { WarningLog } from 'c/engineWarnings';
import { createFiscalQuarters, fiscalFrame } from 'c/fiscalCalendar';

const day = (iso: string): number => dayFromIso(iso) as number;

const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** A 4-4-5 fiscal year (weeks per month) of `count` quarters from `first`: each quarter is 13 weeks = 91 days. */
function fourFourFive(first = '2026-02-01', fiscalYear = 2027, count = 4): FiscalPeriod[] {
  const quarters: FiscalPeriod[] = [];
  let start = day(first);
  for (let n = 1; n <= count; n++) {
    const end = start + (4 + 4 + 5) * 7 - 1;
    quarters.push({
      type: 'Quarter',
      startDate: iso(start),
      endDate: iso(end),
      label: `FY${fiscalYear + Math.floor((n - 1) / 4)} Q${((n - 1) % 4) + 1}`,
      fiscalYear: fiscalYear + Math.floor((n - 1) / 4),
      number: ((n - 1) % 4) + 1
    });
    start = end + 1;
  }
  return quarters;
}

describe('fiscal quarters', () => {
  it('follows a standard fiscal year that starts in February and is named after its ending year', () => {
    const quarters = createFiscalQuarters({ startMonth: 2, nameByStartYear: false, customQuarters: [] });
    const q = quarters.containing(day('2026-11-24'));
    expect([q.start, q.end, q.label]).toEqual(['2026-11-01', '2027-01-31', 'FY2027 Q4']);
    const jan = quarters.containing(day('2027-01-31'));
    expect(jan.label).toBe('FY2027 Q4');
    const next = quarters.after(q);
    expect([next.start, next.end, next.label]).toEqual(['2027-02-01', '2027-04-30', 'FY2028 Q1']);
    expect(quarters.before(q).label).toBe('FY2027 Q3');
  });

  it('names by the starting year when asked, and a January year is the calendar year either way', () => {
    const byStart = createFiscalQuarters({ startMonth: 4, nameByStartYear: true, customQuarters: [] });
    expect(byStart.containing(day('2027-03-15')).label).toBe('FY2026 Q4');
    const calendar = createFiscalQuarters({ startMonth: 1, nameByStartYear: false, customQuarters: [] });
    expect(calendar.containing(day('2026-05-05')).label).toBe('FY2026 Q2');
  });

  it('uses a 4-4-5 custom fiscal year: quarters of 91 days that ignore month boundaries', () => {
    const log = new WarningLog();
    const quarters = createFiscalQuarters(
      { startMonth: 2, nameByStartYear: false, customQuarters: fourFourFive() },
      log
    );
    // Q1: 2026-02-01 + 91 days − 1 = 2026-05-02. Q4 starts 2026-02-01 + 273 = 2026-11-01 and ends 2027-01-30.
    const q1 = quarters.containing(day('2026-05-02'));
    expect([q1.start, q1.end, q1.label, q1.source]).toEqual(['2026-02-01', '2026-05-02', 'FY2027 Q1', 'CUSTOM']);
    expect(quarters.containing(day('2026-05-03')).label).toBe('FY2027 Q2');
    const q4 = quarters.containing(day('2026-11-24'));
    expect([q4.start, q4.end]).toEqual(['2026-11-01', '2027-01-30']);
    expect(log.total).toBe(0);
  });

  it('extends the custom pattern past the last custom period, contiguous and flagged, never overlapping', () => {
    const log = new WarningLog();
    const quarters = createFiscalQuarters(
      { startMonth: 2, nameByStartYear: false, customQuarters: fourFourFive() },
      log
    );
    const q4 = quarters.containing(day('2026-11-24'));
    const next = quarters.after(q4);
    // The next quarter starts the day after Q4 ends (2027-01-30) and lasts as long as the last custom Q1 (91
    // days): 2027-01-31 + 90 = 2027-05-01 (Jan 31 → Feb 28 is 28 days, → Apr 30 is 89, → May 1 is 90).
    // The standard rule would have given 2027-02-01 – 2027-04-30 after a one-day hole, or (before the fix)
    // 2026-11-01 – 2027-01-31 overlapping Q4 under the same label.
    expect([next.start, next.end, next.label, next.source]).toEqual([
      '2027-01-31',
      '2027-05-01',
      'FY2028 Q1',
      'EXTENDED'
    ]);
    expect(quarters.containing(day('2027-01-31'))).toEqual(next);
    expect(quarters.before(next).start).toBe('2026-11-01');
    // The one after: FY2028 Q2 from 2027-05-02, 91 days to 2027-07-31 (→ May 31 is 29 days, → Jul 31 is 90).
    const later = quarters.containing(day('2027-06-01'));
    expect([later.start, later.end, later.label]).toEqual(['2027-05-02', '2027-07-31', 'FY2028 Q2']);
    expect(log.counts.FISCAL_PERIODS_EXTENDED).toBe(1);
    expect(log.warnings[0].message).toContain('2027-01-31');
  });

  it('extends the pattern backwards: a 4-4-5 year starting 2026-01-04 gets a trailing quarter that ends 2026-01-03', () => {
    const log = new WarningLog();
    const quarters = createFiscalQuarters(
      { startMonth: 1, nameByStartYear: false, customQuarters: fourFourFive('2026-01-04', 2026) },
      log
    );
    // Q1 2026-01-04 + 90 = 2026-04-04; today 2026-02-10 is in it.
    const frame = fiscalFrame(quarters, day('2026-02-10'));
    expect([frame.current.start, frame.current.end]).toEqual(['2026-01-04', '2026-04-04']);
    // The quarter before: 2026-01-03 − 90 = 2025-10-05 (the standard rule gave 2025-10-01 – 2025-12-31, and a
    // January quarter 2026-01-01 – 03-31 overlapping the custom Q1 before the fix).
    const before = frame.trailing[3];
    expect([before.start, before.end, before.label, before.source]).toEqual([
      '2025-10-05',
      '2026-01-03',
      'FY2025 Q4',
      'EXTENDED'
    ]);
    // Four trailing quarters of 91 days each: 364 days before 2026-01-04 is 2025-01-05.
    expect(iso(frame.trailingStartDay)).toBe('2025-01-05');
    expect(frame.trailing.map((q) => q.label)).toEqual(['FY2025 Q1', 'FY2025 Q2', 'FY2025 Q3', 'FY2025 Q4']);
    expect(log.counts.FISCAL_PERIODS_EXTENDED).toBe(1);
  });

  it('fills a gap between custom quarters with one extended quarter', () => {
    const log = new WarningLog();
    const periods = fourFourFive();
    const quarters = createFiscalQuarters(
      { startMonth: 2, nameByStartYear: false, customQuarters: [periods[0], periods[1], periods[3]] },
      log
    );
    // Q3 (2026-08-02 – 2026-10-31) is missing: the gap between Q2 and Q4 is one quarter, numbered Q3.
    const gap = quarters.containing(day('2026-09-15'));
    expect([gap.start, gap.end, gap.label, gap.source]).toEqual(['2026-08-02', '2026-10-31', 'FY2027 Q3', 'EXTENDED']);
    expect(quarters.after(gap).label).toBe('FY2027 Q4');
    expect(log.counts.FISCAL_PERIODS_EXTENDED).toBe(1);
  });

  it('tiles time around custom periods of any length: every day in one quarter, neighbours touch', () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 15_000, max: 25_000 }),
        fc.array(fc.constantFrom(91, 98, 84), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 0, max: 30_000 }),
        (firstDay, lengths, d) => {
          let start = firstDay;
          const periods: FiscalPeriod[] = lengths.map((length, i) => {
            const p: FiscalPeriod = {
              type: 'Quarter',
              startDate: iso(start),
              endDate: iso(start + length - 1),
              label: '',
              fiscalYear: 2000 + Math.floor(i / 4),
              number: (i % 4) + 1
            };
            start += length;
            return p;
          });
          const quarters = createFiscalQuarters({ startMonth: 1, nameByStartYear: false, customQuarters: periods });
          const q = quarters.containing(d);
          const next = quarters.after(q);
          const previous = quarters.before(q);
          return (
            q.startDay <= d &&
            d <= q.endDay &&
            next.startDay === q.endDay + 1 &&
            previous.endDay === q.startDay - 1 &&
            quarters.before(next).startDay === q.startDay &&
            quarters.after(previous).startDay === q.startDay
          );
        }
      )
    );
  });

  it('drops unreadable and overlapping custom periods with a warning', () => {
    const log = new WarningLog();
    const periods = fourFourFive();
    periods.push({ ...periods[1], label: 'overlap' }, { ...periods[0], startDate: 'bad', label: 'broken' });
    const quarters = createFiscalQuarters({ startMonth: 2, nameByStartYear: false, customQuarters: periods }, log);
    expect(quarters.containing(day('2026-06-01')).label).toBe('FY2027 Q2');
    expect(log.counts.INVALID_VALUE).toBe(2);
  });

  it('ignores null and half-filled custom periods instead of throwing', () => {
    const log = new WarningLog();
    const broken = [null, { type: 'Quarter', startDate: '2026-02-01' }] as unknown as FiscalPeriod[];
    const quarters = createFiscalQuarters({ startMonth: 2, nameByStartYear: false, customQuarters: broken }, log);
    expect(quarters.containing(day('2026-06-01')).source).toBe('STANDARD');
    expect(log.counts.INVALID_VALUE).toBe(1);
  });

  it('falls back to January for an invalid start month', () => {
    const log = new WarningLog();
    const quarters = createFiscalQuarters({ startMonth: 13, nameByStartYear: false, customQuarters: [] }, log);
    expect(quarters.containing(day('2026-02-10')).start).toBe('2026-01-01');
    expect(log.counts.INVALID_VALUE).toBe(1);
  });

  it('builds the frame: current, next and the four complete quarters before', () => {
    const quarters = createFiscalQuarters({ startMonth: 2, nameByStartYear: false, customQuarters: [] });
    const frame = fiscalFrame(quarters, day('2026-11-24'));
    expect(frame.trailing.map((q) => q.label)).toEqual(['FY2026 Q4', 'FY2027 Q1', 'FY2027 Q2', 'FY2027 Q3']);
    expect(frame.trailingStartDay).toBe(day('2025-11-01'));
    expect(frame.trailingEndDay).toBe(day('2026-10-31'));
  });

  it('tiles time: every day lies in exactly one quarter, and consecutive quarters touch', () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 30_000 }),
        (startMonth, byStart, d) => {
          const quarters = createFiscalQuarters({ startMonth, nameByStartYear: byStart, customQuarters: [] });
          const q = quarters.containing(d);
          const next = quarters.after(q);
          return (
            q.startDay <= d &&
            d <= q.endDay &&
            next.startDay === q.endDay + 1 &&
            quarters.before(next).startDay === q.startDay
          );
        }
      )
    );
  });
});
