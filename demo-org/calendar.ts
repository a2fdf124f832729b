/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC) and instants (ms since the epoch):
 * integers are cheap to compare and add, and strings are made once per distinct day.
 * Fiscal quarters follow a standard fiscal year that starts on the first day of `startMonth`.
 */

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

const isoDayCache = new Map<number, string>();

/** 'YYYY-MM-DD' of a day number (cached: a big org repeats a few thousand distinct days millions of times). */
export function isoDate(day: number): string {
  let text = isoDayCache.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDayCache.set(day, text);
  }
  return text;
}

/**
 * Datetimes have second precision, as Salesforce stores them. Each is built from two cached pieces (the day
 * 'YYYY-MM-DDT' and the time 'HH:mm:ss.000Z'), so millions of them cost a small rope each and no new text.
 */
const dayPrefixCache = new Map<number, string>();
const timeOfDayCache = new Map<number, string>();
const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

export function isoDateTime(instant: number): string {
  const seconds = Math.floor(instant / 1000);
  const day = Math.floor(seconds / 86_400);
  const second = seconds - day * 86_400;
  let prefix = dayPrefixCache.get(day);
  if (prefix === undefined) dayPrefixCache.set(day, (prefix = isoDate(day) + 'T'));
  let time = timeOfDayCache.get(second);
  if (time === undefined) {
    time = `${pad2(Math.floor(second / 3600))}:${pad2(Math.floor(second / 60) % 60)}:${pad2(second % 60)}.000Z`;
    timeOfDayCache.set(second, time);
  }
  return prefix + time;
}

export function parseIsoDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a date (YYYY-MM-DD)`);
  const [, y, m, d] = match.map(Number);
  const ms = utcMs(y, m - 1, d);
  if (isoDate(ms / DAY_MS) !== text) throw new RangeError(`"${text}" is not a real calendar date`);
  return ms / DAY_MS;
}

export const dayOf = (instant: number): number => Math.floor(instant / DAY_MS);

/** Date.UTC without its quirk of reading years 0–99 as 1900–1999 (DatedConversionRate starts in year 1). */
function utcMs(year: number, month0: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekdayIndex = (day: number): number => (((day + 3) % 7) + 7) % 7;
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The same day, or the next Monday when it falls on a weekend: deals close and people meet on working days. */
export function workingDayOnOrAfter(day: number): number {
  const w = weekdayIndex(day);
  return w === 5 ? day + 2 : w === 6 ? day + 1 : day;
}

/**
 * Year and month of a day number by integer arithmetic (the "days from civil" inverse), with no Date objects:
 * a big org asks this tens of millions of times.
 */
function civilYearMonth(day: number): { year: number; month0: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month0 = mp < 10 ? mp + 2 : mp - 10;
  return { year: yoe + era * 400 + (month0 < 2 ? 1 : 0), month0 };
}

/** Calendar month index (year × 12 + month0): PushCount counts moves into a later one. */
export function monthIndex(day: number): number {
  const { year, month0 } = civilYearMonth(day);
  return year * 12 + month0;
}

// ---------------------------------------------------------------- fiscal quarters

export interface FiscalQuarter {
  /** A running quarter number: consecutive quarters differ by one. */
  index: number;
  startDay: number;
  endDay: number;
  /** Named after the calendar year the fiscal year ends in (the Salesforce default). */
  fiscalYear: number;
  /** 1–4 */
  number: number;
}

export class FiscalCalendar {
  constructor(readonly startMonth: number) {}

  /** The running index of the quarter that contains `day`. */
  quarterIndexOf(day: number): number {
    return Math.floor((monthIndex(day) - (this.startMonth - 1)) / 3);
  }

  quarter(index: number): FiscalQuarter {
    const startMonths = index * 3 + (this.startMonth - 1);
    const year = Math.floor(startMonths / 12);
    const month0 = startMonths - year * 12;
    const startDay = Date.UTC(year, month0, 1) / DAY_MS;
    const endDay = Date.UTC(year, month0 + 3, 1) / DAY_MS - 1;
    const fiscalStartYear = Math.floor((index * 3) / 12);
    return {
      index,
      startDay,
      endDay,
      fiscalYear: this.startMonth === 1 ? fiscalStartYear : fiscalStartYear + 1,
      number: (((index % 4) + 4) % 4) + 1
    };
  }

  quarterOf(day: number): FiscalQuarter {
    return this.quarter(this.quarterIndexOf(day));
  }
}

// ---------------------------------------------------------------- time zones

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    });
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** The zone's offset from UTC at `instant`, in ms (positive east of Greenwich). */
export function zoneOffset(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of zoneFormat(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `minutes` past midnight on `day`. Across a DST change
 * the same wall-clock time maps to a different UTC time; a time skipped by spring-forward moves forward an hour.
 */
export function zonedInstant(day: number, minutes: number, timeZone: string): number {
  const wall = day * DAY_MS + minutes * MINUTE_MS;
  const first = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(first, timeZone);
  // In a spring-forward gap no instant shows `wall`; `first` is then the same wall time an hour later.
  return second + zoneOffset(second, timeZone) === wall ? second : first;
}

/** The calendar day on the wall clock in `timeZone` at `instant`. */
export const zonedDay = (instant: number, timeZone: string): number => dayOf(instant + zoneOffset(instant, timeZone));
