/**
 * Date literals and relative ranges as SOQL and the UI API GraphQL evaluate them: in the running user's time
 * zone, with the week starting on the locale's first day, and fiscal periods from the org's fiscal settings
 * (custom `Period` quarters when present, else `FiscalYearSettings` start month, else January).
 * Every range is half-open: [start, end) as calendar dates 'YYYY-MM-DD'.
 */

export interface DateRangeBounds {
  start: string;
  end: string;
}

export interface FiscalSettings {
  /** 1 = January. */
  startMonth: number;
  /** Explicit quarters (custom fiscal years, `Period` rows of type Quarter), sorted by start. */
  quarters: DateRangeBounds[];
}

export interface DateContext {
  /** Today in the user's time zone. */
  today: string;
  /** 0 = Sunday (en_US), 1 = Monday (most other locales). */
  weekStart: number;
  fiscal: FiscalSettings;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function toIsoDate(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return toIsoDate(y, m, d + days);
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return [y, m, d];
}

// One formatter per zone: building one costs far more than formatting, and filters and write checks call this
// once per record.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in an IANA time zone. */
export function localDate(instant: Date | string, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f.format(date);
}

export function weekStartForLocale(locale: string | null | undefined): number {
  return !locale || /^en_US|^en_CA|^ja|^pt_BR|^he|^zh_TW|^ko/.test(locale) ? 0 : 1;
}

function monthRange(y: number, m: number, count = 1): DateRangeBounds {
  return { start: toIsoDate(y, m, 1), end: toIsoDate(y, m + count, 1) };
}

function calendarQuarter(today: string, offset: number, count = 1): DateRangeBounds {
  const [y, m] = parts(today);
  const q0 = Math.floor((m - 1) / 3) * 3 + 1;
  return monthRange(y, q0 + offset * 3, count * 3);
}

/** The standard fiscal quarter (by start month) containing `date`, shifted by `offset` quarters. */
function standardFiscalQuarter(date: string, fiscal: FiscalSettings, offset: number, count = 1): DateRangeBounds {
  const [y, m] = parts(date);
  const monthsSinceStart = (m - fiscal.startMonth + 12) % 12;
  const qStartMonth = m - (monthsSinceStart % 3);
  return monthRange(y, qStartMonth + offset * 3, count * 3);
}

function fiscalQuarter(date: string, fiscal: FiscalSettings, offset: number, count = 1): DateRangeBounds {
  const qs = fiscal.quarters;
  const index = qs.findIndex((q) => q.start <= date && date < q.end);
  if (index >= 0 && qs[index + offset] && qs[index + offset + count - 1])
    return { start: qs[index + offset].start, end: qs[index + offset + count - 1].end };
  return standardFiscalQuarter(date, fiscal, offset, count);
}

function fiscalYear(date: string, fiscal: FiscalSettings, offset: number, count = 1): DateRangeBounds {
  const [y, m] = parts(date);
  const startYear = m >= fiscal.startMonth ? y : y - 1;
  return monthRange(startYear + offset, fiscal.startMonth, 12 * count);
}

function week(today: string, weekStart: number, offset: number, count = 1): DateRangeBounds {
  const [y, m, d] = parts(today);
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const start = addDays(today, -((dow - weekStart + 7) % 7) + offset * 7);
  return { start, end: addDays(start, 7 * count) };
}

/** `literal` values of the DateLiteral enum. */
export function literalRange(literal: string, ctx: DateContext): DateRangeBounds {
  const t = ctx.today;
  const [y, m] = parts(t);
  switch (literal) {
    case 'TODAY':
      return { start: t, end: addDays(t, 1) };
    case 'YESTERDAY':
      return { start: addDays(t, -1), end: t };
    case 'TOMORROW':
      return { start: addDays(t, 1), end: addDays(t, 2) };
    case 'LAST_WEEK':
      return week(t, ctx.weekStart, -1);
    case 'THIS_WEEK':
      return week(t, ctx.weekStart, 0);
    case 'NEXT_WEEK':
      return week(t, ctx.weekStart, 1);
    case 'LAST_MONTH':
      return monthRange(y, m - 1);
    case 'THIS_MONTH':
      return monthRange(y, m);
    case 'NEXT_MONTH':
      return monthRange(y, m + 1);
    case 'LAST_90_DAYS':
      return { start: addDays(t, -90), end: addDays(t, 1) };
    case 'NEXT_90_DAYS':
      return { start: addDays(t, 1), end: addDays(t, 91) };
    case 'LAST_QUARTER':
      return calendarQuarter(t, -1);
    case 'THIS_QUARTER':
      return calendarQuarter(t, 0);
    case 'NEXT_QUARTER':
      return calendarQuarter(t, 1);
    case 'LAST_YEAR':
      return monthRange(y - 1, 1, 12);
    case 'THIS_YEAR':
      return monthRange(y, 1, 12);
    case 'NEXT_YEAR':
      return monthRange(y + 1, 1, 12);
    case 'LAST_FISCAL_QUARTER':
      return fiscalQuarter(t, ctx.fiscal, -1);
    case 'THIS_FISCAL_QUARTER':
      return fiscalQuarter(t, ctx.fiscal, 0);
    case 'NEXT_FISCAL_QUARTER':
      return fiscalQuarter(t, ctx.fiscal, 1);
    case 'LAST_FISCAL_YEAR':
      return fiscalYear(t, ctx.fiscal, -1);
    case 'THIS_FISCAL_YEAR':
      return fiscalYear(t, ctx.fiscal, 0);
    case 'NEXT_FISCAL_YEAR':
      return fiscalYear(t, ctx.fiscal, 1);
    default:
      throw new Error(`Unknown date literal ${literal}.`);
  }
}

/** `range` inputs: `{ last_n_days: 30 }`, `{ next_n_fiscal_quarters: 2 }`, `{ n_days_ago: 7 }`, … */
export function relativeRange(range: Record<string, number>, ctx: DateContext): DateRangeBounds {
  const entries = Object.entries(range).filter(([, v]) => v !== null && v !== undefined);
  if (entries.length !== 1) throw new Error('A date range takes exactly one of its fields.');
  const [key, n] = entries[0];
  if (!Number.isInteger(n) || n < 0) throw new Error(`Date range ${key} needs a whole number of 0 or more.`);
  const t = ctx.today;
  const [y, m] = parts(t);
  switch (key) {
    case 'last_n_days':
      return { start: addDays(t, -n), end: addDays(t, 1) };
    case 'next_n_days':
      return { start: addDays(t, 1), end: addDays(t, n + 1) };
    case 'n_days_ago':
      return { start: addDays(t, -n), end: addDays(t, -n + 1) };
    case 'last_n_weeks':
      return week(t, ctx.weekStart, -n, n);
    case 'next_n_weeks':
      return week(t, ctx.weekStart, 1, n);
    case 'n_weeks_ago':
      return week(t, ctx.weekStart, -n);
    case 'last_n_months':
      return monthRange(y, m - n, n);
    case 'next_n_months':
      return monthRange(y, m + 1, n);
    case 'n_months_ago':
      return monthRange(y, m - n);
    case 'last_n_quarters':
      return calendarQuarter(t, -n, n);
    case 'next_n_quarters':
      return calendarQuarter(t, 1, n);
    case 'n_quarters_ago':
      return calendarQuarter(t, -n);
    case 'last_n_years':
      return monthRange(y - n, 1, 12 * n);
    case 'next_n_years':
      return monthRange(y + 1, 1, 12 * n);
    case 'n_years_ago':
      return monthRange(y - n, 1, 12);
    case 'last_n_fiscal_quarters':
      return fiscalQuarter(t, ctx.fiscal, -n, n);
    case 'next_n_fiscal_quarters':
      return fiscalQuarter(t, ctx.fiscal, 1, n);
    case 'n_fiscal_quarters_ago':
      return fiscalQuarter(t, ctx.fiscal, -n);
    case 'last_n_fiscal_years':
      return fiscalYear(t, ctx.fiscal, -n, n);
    case 'next_n_fiscal_years':
      return fiscalYear(t, ctx.fiscal, 1, n);
    case 'n_fiscal_years_ago':
      return fiscalYear(t, ctx.fiscal, -n);
    default:
      throw new Error(`Unknown date range ${key}.`);
  }
}

export const DATE_LITERALS = [
  'YESTERDAY',
  'TODAY',
  'TOMORROW',
  'LAST_WEEK',
  'THIS_WEEK',
  'NEXT_WEEK',
  'LAST_MONTH',
  'THIS_MONTH',
  'NEXT_MONTH',
  'LAST_90_DAYS',
  'NEXT_90_DAYS',
  'LAST_QUARTER',
  'THIS_QUARTER',
  'NEXT_QUARTER',
  'LAST_FISCAL_QUARTER',
  'THIS_FISCAL_QUARTER',
  'NEXT_FISCAL_QUARTER',
  'LAST_YEAR',
  'THIS_YEAR',
  'NEXT_YEAR',
  'LAST_FISCAL_YEAR',
  'THIS_FISCAL_YEAR',
  'NEXT_FISCAL_YEAR'
];

export const DATE_RANGE_FIELDS = [
  'last_n_days',
  'next_n_days',
  'n_days_ago',
  'last_n_weeks',
  'next_n_weeks',
  'n_weeks_ago',
  'last_n_months',
  'next_n_months',
  'n_months_ago',
  'last_n_quarters',
  'next_n_quarters',
  'n_quarters_ago',
  'last_n_years',
  'next_n_years',
  'n_years_ago',
  'last_n_fiscal_quarters',
  'next_n_fiscal_quarters',
  'n_fiscal_quarters_ago',
  'last_n_fiscal_years',
  'next_n_fiscal_years',
  'n_fiscal_years_ago'
];

/** Calendar and fiscal period keys for aggregate grouping by a date function. */
export function dateFunctionKey(date: string, fn: string, fiscal: FiscalSettings): string | number {
  const [y, m] = parts(date);
  switch (fn) {
    case 'CALENDAR_YEAR':
      return y;
    case 'CALENDAR_QUARTER':
      return Math.floor((m - 1) / 3) + 1;
    case 'CALENDAR_MONTH':
      return m;
    case 'DAY_ONLY':
      return date.slice(0, 10);
    case 'FISCAL_YEAR': {
      // Named after the year the fiscal year ends in (the default for standard fiscal years).
      const fy = fiscalYear(date, fiscal, 0);
      return Number(addDays(fy.end, -1).slice(0, 4));
    }
    case 'FISCAL_QUARTER': {
      const fy = fiscalYear(date, fiscal, 0);
      const months = (y - Number(fy.start.slice(0, 4))) * 12 + m - Number(fy.start.slice(5, 7));
      return Math.floor(months / 3) + 1;
    }
    default:
      throw new Error(`Unknown date function ${fn}.`);
  }
}
