import fc from 'fast-check';
import { assertProperty } from '@test/engine/property';
import {
  addMonths,
  dayFromIso,
  instantMs,
  instantOfLocal,
  isValidTimeZone,
  isoFromDay,
  lastStartingBy,
  localDay,
  localDayOfIso,
  minuteOfDay,
  weekdayOf,
  zoneOffsetMs
} from 'c/calendarDate';

const MS_PER_DAY = 86_400_000;
const utcDay = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / MS_PER_DAY;

/** An independent reading of the local date: Intl with the en-CA locale prints YYYY-MM-DD. */
const intlDate = (ms: number, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

describe('calendar dates', () => {
  it('reads ISO dates as day numbers that agree with Date.UTC', () => {
    expect(dayFromIso('1970-01-01')).toBe(0);
    expect(dayFromIso('2026-11-24')).toBe(utcDay(2026, 11, 24));
    expect(dayFromIso('2024-02-29')).toBe(utcDay(2024, 2, 29));
    expect(dayFromIso('2026-11-24T23:59:59.000Z')).toBe(utcDay(2026, 11, 24));
    assertProperty(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const iso = isoFromDay(day);
        return dayFromIso(iso) === day && new Date(day * MS_PER_DAY).toISOString().slice(0, 10) === iso;
      })
    );
  });

  it('rejects dates that do not exist and non-dates', () => {
    for (const bad of [
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-04-00',
      '2026-1-01',
      '2026-0a-01',
      'tomorrow',
      '',
      null,
      undefined
    ]) {
      expect(dayFromIso(bad as string | null)).toBeNull();
    }
    expect(dayFromIso('2000-02-29')).toBe(utcDay(2000, 2, 29));
  });

  it('accepts exactly the dates Date.UTC round-trips (leap years by the Gregorian rule)', () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 1600, max: 2400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const exists = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          return dayFromIso(iso) === (exists ? utcDay(y, m, d) : null);
        }
      )
    );
  });

  it('adds months, clamping to the end of a shorter month', () => {
    // 31 Jan 2026 + 1 month: February 2026 has 28 days → 28 Feb; 2024 is a leap year → 29 Feb.
    expect(isoFromDay(addMonths(dayFromIso('2026-01-31') as number, 1))).toBe('2026-02-28');
    expect(isoFromDay(addMonths(dayFromIso('2024-01-31') as number, 1))).toBe('2024-02-29');
    expect(isoFromDay(addMonths(dayFromIso('2026-11-24') as number, -24))).toBe('2024-11-24');
    expect(isoFromDay(addMonths(dayFromIso('2026-03-31') as number, -13))).toBe('2025-02-28');
  });

  it('knows the weekday (Monday = 0)', () => {
    expect(weekdayOf(0)).toBe(3); // 1970-01-01 was a Thursday
    expect(weekdayOf(dayFromIso('2026-11-24') as number)).toBe(1); // a Tuesday
    expect(weekdayOf(-1)).toBe(2);
  });

  it('finds the last entry of a sorted list that starts on or before a day (0 when none does)', () => {
    const starts = [10, 20, 20, 35].map((startDay) => ({ startDay }));
    expect([5, 10, 19, 20, 34, 35, 99].map((d) => lastStartingBy(starts, d))).toEqual([0, 0, 0, 2, 2, 3, 3]);
    expect(lastStartingBy([{ startDay: 7 }], 1)).toBe(0);
    // Against a linear scan, on random sorted lists.
    assertProperty(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (raw, d) => {
        const sorted = [...raw].sort((a, b) => a - b).map((startDay) => ({ startDay }));
        const last = sorted.reduce((found, e, i) => (e.startDay <= d ? i : found), 0);
        expect(lastStartingBy(sorted, d)).toBe(last);
      })
    );
  });

  it('reads instants in UTC and with explicit offsets, and refuses bare dates', () => {
    expect(instantMs('2026-11-24T15:00:00.000Z')).toBe(Date.UTC(2026, 10, 24, 15));
    expect(instantMs('2026-11-24T15:00:00.000+0000')).toBe(Date.UTC(2026, 10, 24, 15));
    expect(instantMs('2026-11-24T10:00:00-05:00')).toBe(Date.UTC(2026, 10, 24, 15));
    expect(instantMs('2026-11-24')).toBeNull();
    expect(instantMs('2026-11-24T25:00:00.000Z')).toBeNull();
    expect(instantMs('not a date at all')).toBeNull();
    expect(instantMs(null)).toBeNull();
  });

  it('reads local times', () => {
    expect(minuteOfDay('09:30')).toBe(570);
    expect(minuteOfDay('09:30:00.000Z')).toBe(570);
    expect(minuteOfDay('24:00')).toBeNull();
    expect(minuteOfDay(null)).toBeNull();
  });
});

describe('time zones', () => {
  it('gives the calendar date of an instant in the zone: just after midnight UTC is still yesterday in Los Angeles', () => {
    const ms = Date.UTC(2026, 10, 24, 0, 30); // 2026-11-24 00:30Z = 2026-11-23 16:30 PST
    expect(isoFromDay(localDay(ms, 'America/Los_Angeles'))).toBe('2026-11-23');
    expect(isoFromDay(localDay(ms, 'UTC'))).toBe('2026-11-24');
    expect(isoFromDay(localDay(ms, 'Asia/Tokyo'))).toBe('2026-11-24');
    expect(localDayOfIso('garbage', 'UTC')).toBeNull();
  });

  it('agrees with Intl on random instants in zones with and without DST', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Australia/Sydney',
      'Asia/Kolkata',
      'America/St_Johns',
      'Pacific/Chatham'
    ];
    assertProperty(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => isoFromDay(localDay(ms, zone)) === intlDate(ms, zone)
      ),
      { numRuns: 2000 }
    );
  });

  it('knows the offset on both sides of a DST change', () => {
    // New York springs forward on 2026-03-08 at 07:00Z: −5 h before, −4 h after.
    expect(zoneOffsetMs(Date.UTC(2026, 2, 8, 6, 59), 'America/New_York')).toBe(-5 * 3_600_000);
    expect(zoneOffsetMs(Date.UTC(2026, 2, 8, 7, 0), 'America/New_York')).toBe(-4 * 3_600_000);
  });

  it('agrees with Intl on every minute around each DST change of a year, half-hour and 45-minute zones included', () => {
    /** An independent offset: Intl's own name for it ("GMT-05:00", "GMT+12:45", or "GMT" for zero). */
    const intlOffset = (ms: number, timeZone: string): number => {
      const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
        .formatToParts(ms)
        .find((p) => p.type === 'timeZoneName')?.value;
      const match = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name ?? '');
      if (!match) throw new Error(`unexpected zone name ${name}`);
      const minutes = match[1] ? Number(match[2]) * 60 + Number(match[3]) : 0;
      return (match[1] === '-' ? -minutes : minutes) * 60_000;
    };
    let changeDays = 0;
    for (const zone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      for (let day = utcDay(2026, 1, 1); day < utcDay(2027, 1, 1); day++) {
        const start = day * MS_PER_DAY;
        if (intlOffset(start, zone) === intlOffset(start + MS_PER_DAY - 60_000, zone)) continue;
        changeDays++;
        // Every minute of the change day, read in order (the first read caches the change) and back again.
        const minutes = Array.from({ length: 1440 }, (_, m) => start + m * 60_000);
        for (const ms of [...minutes, ...minutes.reverse()]) expect(zoneOffsetMs(ms, zone)).toBe(intlOffset(ms, zone));
      }
    }
    // Two changes a year in each zone (Lord Howe moves by 30 minutes, Chatham sits at +12:45/+13:45).
    expect(changeDays).toBe(8);
  });

  it('finds the instant of a local time across DST (New York and London)', () => {
    const ny = 'America/New_York';
    const day = (iso: string): number => dayFromIso(iso) as number;
    // Winter 09:00 EST = 14:00Z; summer 09:00 EDT = 13:00Z.
    expect(new Date(instantOfLocal(day('2026-01-09'), 9 * 60, ny)).toISOString()).toBe('2026-01-09T14:00:00.000Z');
    expect(new Date(instantOfLocal(day('2026-07-10'), 9 * 60, ny)).toISOString()).toBe('2026-07-10T13:00:00.000Z');
    // 02:30 does not exist on 2026-03-08 in New York: the first valid instant is 03:00 EDT = 07:00Z.
    expect(new Date(instantOfLocal(day('2026-03-08'), 150, ny)).toISOString()).toBe('2026-03-08T07:00:00.000Z');
    // 01:30 happens twice on 2026-11-01: the first is 01:30 EDT = 05:30Z.
    expect(new Date(instantOfLocal(day('2026-11-01'), 90, ny)).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    const london = 'Europe/London';
    // London springs forward 2026-03-29 01:00 GMT → 02:00 BST; 01:30 does not exist → 01:00Z.
    expect(new Date(instantOfLocal(day('2026-03-29'), 90, london)).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // London falls back 2026-10-25 02:00 BST → 01:00 GMT; 01:30 happens twice, first at 00:30Z.
    expect(new Date(instantOfLocal(day('2026-10-25'), 90, london)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips any existing local time', () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 10_000, max: 25_000 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom('America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'America/Los_Angeles'),
        (day, minute, zone) => {
          const ms = instantOfLocal(day, minute, zone);
          // The result is on the same local day, and never before the requested wall time.
          const wall = (ms + zoneOffsetMs(ms, zone)) / 60_000 - day * 1440;
          return localDay(ms, zone) === day && wall >= minute && wall <= minute + 60;
        }
      ),
      { numRuns: 1000 }
    );
  });

  it('tells a valid zone from an invalid one, and treats an unknown zone as UTC', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(zoneOffsetMs(Date.UTC(2026, 0, 1), 'Mars/Olympus')).toBe(0);
  });
});
