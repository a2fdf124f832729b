import fc from 'fast-check';
import { assertProperty } from '@test/engine/property';
import type { FiscalPeriod } from 'c/coachingModel';
import { dayFromIso } from 'c/calendarDate';
import { WarningLog } from 'c/engineWarnings';
import { createFiscalQuarters, fiscalFrame } from 'c/fiscalCalendar';

const day = (iso: string): number => dayFromIso(iso) as number;

/** A 4-4-5 fiscal year (weeks per month) starting Sunday 2026-02-01: each quarter is 13 weeks = 91 days. */
function fourFourFive(): FiscalPeriod[] {
  const quarters: FiscalPeriod[] = [];
  let start = day('2026-02-01');
  for (let n = 1; n <= 4; n++) {
    const end = start + (4 + 4 + 5) * 7 - 1;
    const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
    quarters.push({
      type: 'Quarter',
      startDate: iso(start),
      endDate: iso(end),
      label: `FY2027 Q${n}`,
      fiscalYear: 2027,
      number: n
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
    expect([q1.start, q1.end, q1.label]).toEqual(['2026-02-01', '2026-05-02', 'FY2027 Q1']);
    expect(quarters.containing(day('2026-05-03')).label).toBe('FY2027 Q2');
    const q4 = quarters.containing(day('2026-11-24'));
    expect([q4.start, q4.end]).toEqual(['2026-11-01', '2027-01-30']);
    expect(log.total).toBe(0);
    // 2027-01-31 is past the last custom period: the standard rule applies, with one warning.
    expect(quarters.containing(day('2027-01-31')).label).toBe('FY2027 Q4');
    expect(quarters.containing(day('2027-06-01')).label).toBe('FY2028 Q2');
    expect(log.counts.INVALID_VALUE).toBe(1);
  });

  it('drops unreadable and overlapping custom periods with a warning', () => {
    const log = new WarningLog();
    const periods = fourFourFive();
    periods.push({ ...periods[1], label: 'overlap' }, { ...periods[0], startDate: 'bad', label: 'broken' });
    const quarters = createFiscalQuarters({ startMonth: 2, nameByStartYear: false, customQuarters: periods }, log);
    expect(quarters.containing(day('2026-06-01')).label).toBe('FY2027 Q2');
    expect(log.counts.INVALID_VALUE).toBe(2);
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
