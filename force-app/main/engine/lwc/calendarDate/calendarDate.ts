/**
 * Calendar dates as day numbers (days since 1970-01-01), and the time-zone math the engine needs: the local
 * calendar date of an instant and the instant of a local wall-clock time. Every zone is passed explicitly;
 * nothing here reads the system clock or the runtime's default zone.
 */
import type { IsoDate } from 'c/coachingModel';

export const MS_PER_DAY = 86_400_000;
export const MS_PER_MINUTE = 60_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayFromCivil(year: number, month: number, day: number): number {
  // Normalise month overflow so callers can add months freely.
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = (((m0 % 12) + 12) % 12) + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDay(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days from 1 January to the first of each month in a common year. */
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
/** Day numbers of 1 January of the years 1900–2299, so parsing a date is a table lookup and two additions. */
const TABLE_FIRST_YEAR = 1900;
const YEAR_START = new Int32Array(400);
for (let i = 0; i < YEAR_START.length; i++) YEAR_START[i] = dayFromCivil(TABLE_FIRST_YEAR + i, 1, 1);

/**
 * The day number of an ISO calendar date 'YYYY-MM-DD' (a longer string is read by its first 10 characters),
 * or null when the value is missing or not a real date. Hand-parsed, with the month length from a table,
 * because it runs several times per opportunity.
 */
export function dayFromIso(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string' || iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const month = digit(iso, 5) * 10 + digit(iso, 6);
  const day = digit(iso, 8) * 10 + digit(iso, 9);
  // NaN fails every comparison, so a non-digit anywhere ends here.
  if (!(month >= 1 && month <= 12 && day >= 1 && year >= 0)) return null;
  const leap = isLeapYear(year);
  if (day > (month === 2 && leap ? 29 : MONTH_DAYS[month - 1])) return null;
  const y = year - TABLE_FIRST_YEAR;
  if (y < 0 || y >= YEAR_START.length) return dayFromCivil(year, month, day);
  return YEAR_START[y] + MONTH_START[month - 1] + (leap && month > 2 ? 1 : 0) + day - 1;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function isoFromDay(dayNumber: number): IsoDate {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function daysInMonth(year: number, month: number): number {
  return dayFromCivil(year, month + 1, 1) - dayFromCivil(year, month, 1);
}

/** The same day of the month `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(dayNumber: number, months: number): number {
  const { year, month, day } = civilFromDay(dayNumber);
  const first = dayFromCivil(year, month + months, 1);
  const target = civilFromDay(first);
  return first + Math.min(day, daysInMonth(target.year, target.month)) - 1;
}

/**
 * In a list sorted by `startDay`, the index of the last entry that starts on or before `day`; 0 when none does
 * (the caller checks the entry's own range). Fiscal quarters and dated conversion rates are such lists.
 */
export function lastStartingBy(sorted: readonly { startDay: number }[], day: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid].startDay <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/**
 * Milliseconds since the epoch of an ISO instant, or null. The canonical UTC form '2026-11-24T06:00:00.000Z'
 * is hand-parsed (it runs once per record); anything else goes through Date.parse, which reads an explicit
 * offset ('+0000', '+01:00') correctly.
 */
export function instantMs(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string') return null;
  if (iso.length === 24 && iso.charCodeAt(23) === 90 && iso.charCodeAt(10) === 84) {
    const day = dayFromIso(iso);
    const h = digit(iso, 11) * 10 + digit(iso, 12);
    const mi = digit(iso, 14) * 10 + digit(iso, 15);
    const s = digit(iso, 17) * 10 + digit(iso, 18);
    const ms = digit(iso, 20) * 100 + digit(iso, 21) * 10 + digit(iso, 22);
    const value = day === null ? NaN : day * MS_PER_DAY + ((h * 60 + mi) * 60 + s) * 1000 + ms;
    if (Number.isFinite(value) && h < 24 && mi < 60 && s < 60) return value;
    return null;
  }
  // A bare date is not an instant: Date.parse would read it as UTC midnight and hide the mistake.
  if (iso.length < 11) return null;
  const parsed = Date.parse(iso.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isFinite(parsed) ? parsed : null;
}

export function isoFromInstant(ms: number): string {
  return new Date(ms).toISOString();
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      // An explicit locale and zone: the output is parsed, never shown.
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric'
      });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string | null | undefined): boolean {
  return typeof timeZone === 'string' && timeZone !== '' && formatterFor(timeZone) !== null;
}

/** The zone's offset from UTC at an instant, in ms (New York in winter: -18,000,000). Unknown zone: 0 (UTC). */
function exactOffset(ms: number, timeZone: string): number {
  const formatter = formatterFor(timeZone);
  if (!formatter) return 0;
  const parts: Record<string, number> = {};
  for (const p of formatter.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wallAsUtc =
    dayFromCivil(parts.year, parts.month, parts.day) * MS_PER_DAY +
    ((parts.hour * 60 + parts.minute) * 60 + parts.second) * 1000;
  return wallAsUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * Offsets cached per zone and UTC day: a day whose first and last instant share an offset has no transition
 * (zones change at most once a day), so one Intl call serves every instant of that day. A day with a change
 * keeps the instant of the change, found once by bisection, so instants on DST days need no Intl call either
 * (a year of created dates crosses each change day; each read there cost a formatToParts).
 */
interface ZoneDays {
  offsets: Map<number, number>;
  changes: Map<number, OffsetChange>;
}

/** A UTC day on which the zone's offset changes: `before` until `atMs`, `after` from it. */
interface OffsetChange {
  atMs: number;
  before: number;
  after: number;
}

const zoneDays = new Map<string, ZoneDays>();
const CHANGE_DAY = Number.NaN;
/** A change day whose offsets bisection could not explain as one change: every instant is looked up. */
const IRREGULAR: OffsetChange = { atMs: Number.NaN, before: Number.NaN, after: Number.NaN };
// The zone of the last call: a pass reads one zone, and this skips the lookup by zone name.
let lastZone: string | null = null;
let lastZoneDays: ZoneDays | null = null;

function changeOn(utcDay: number, before: number, after: number, timeZone: string): OffsetChange {
  // exactOffset reads whole seconds; lo keeps `before`, hi keeps `after`.
  let lo = utcDay * MS_PER_DAY;
  let hi = (utcDay + 1) * MS_PER_DAY - 1000;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (exactOffset(mid, timeZone) === after) hi = mid;
    else lo = mid;
  }
  return exactOffset(lo, timeZone) === before ? { atMs: hi, before, after } : IRREGULAR;
}

export function zoneOffsetMs(ms: number, timeZone: string): number {
  let days = lastZone === timeZone ? lastZoneDays : zoneDays.get(timeZone);
  if (!days) {
    days = { offsets: new Map(), changes: new Map() };
    zoneDays.set(timeZone, days);
  }
  lastZone = timeZone;
  lastZoneDays = days;
  const utcDay = Math.floor(ms / MS_PER_DAY);
  let offset = days.offsets.get(utcDay);
  if (offset === undefined) {
    const start = exactOffset(utcDay * MS_PER_DAY, timeZone);
    const end = exactOffset((utcDay + 1) * MS_PER_DAY - 1000, timeZone);
    offset = start === end ? start : CHANGE_DAY;
    if (start !== end) days.changes.set(utcDay, changeOn(utcDay, start, end, timeZone));
    days.offsets.set(utcDay, offset);
  }
  if (!Number.isNaN(offset)) return offset;
  const change = days.changes.get(utcDay) as OffsetChange;
  if (change === IRREGULAR) return exactOffset(ms, timeZone);
  return ms < change.atMs ? change.before : change.after;
}

/** The calendar date (day number) in `timeZone` of an instant. */
export function localDay(ms: number, timeZone: string): number {
  return Math.floor((ms + zoneOffsetMs(ms, timeZone)) / MS_PER_DAY);
}

/** The local calendar date of an ISO instant, or null when the instant is not readable. */
export function localDayOfIso(iso: string | null | undefined, timeZone: string): number | null {
  const ms = instantMs(iso);
  return ms === null ? null : localDay(ms, timeZone);
}

/**
 * The instant of a local wall-clock time. A time skipped by a spring-forward change (02:30 in New York on
 * the DST day) resolves to the first valid instant after the gap (03:00 local); a time that occurs twice in
 * the fall-back hour resolves to the first occurrence.
 */
export function instantOfLocal(dayNumber: number, minutes: number, timeZone: string): number {
  const wall = dayNumber * MS_PER_DAY + minutes * MS_PER_MINUTE;
  const before = zoneOffsetMs(wall - MS_PER_DAY, timeZone);
  const after = zoneOffsetMs(wall + MS_PER_DAY, timeZone);
  const candidates = [wall - before, wall - after].filter((t) => zoneOffsetMs(t, timeZone) === wall - t);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: find the transition instant, the first one whose offset is the new one.
  let lo = wall - after;
  let hi = wall - before;
  if (lo > hi) [lo, hi] = [hi, lo];
  while (hi - lo > MS_PER_MINUTE) {
    const mid = Math.floor((lo + hi) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (zoneOffsetMs(mid, timeZone) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** 'HH:mm' (or 'HH:mm:ss.SSS', the Time field's wire form) as minutes after midnight, or null. */
export function minuteOfDay(time: string | null | undefined): number | null {
  const match = /^(\d{1,2}):(\d{2})/.exec(time ?? '');
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? h * 60 + m : null;
}
