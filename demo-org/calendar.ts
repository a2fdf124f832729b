import { civilFromDay } from 'c/calendarDate';

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

/** Calendar month index (year × 12 + month0): PushCount counts moves into a later one. */
export function monthIndex(day: number): number {
  const { year, month } = civilFromDay(day);
  return year * 12 + month - 1;
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

/**
 * Wall-clock time in a zone, from the engine's own calendar (`c/calendarDate`): the demo org's 1:1s fall on the
 * instants the engine's cadence math expects, across DST changes (a time skipped by spring-forward moves to the
 * first valid instant after the gap; a repeated fall-back time takes its first occurrence).
 */
export { instantOfLocal as zonedInstant, localDay as zonedDay } from 'c/calendarDate';
