/**
 * Display formatting shared by every component. Pure: the caller passes locale, currency and time zone
 * (from @salesforce/i18n in components), so the output is the same in Jest, the preview and the org.
 * A null or non-finite number is "no data", never "NaN" or "0".
 */

export const NO_DATA = 'No data';

const isNumber = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Money, compact by default ($1.2M, €850K) because tiles and tables are narrow. */
export function formatMoney(
  value: number | null | undefined,
  currency: string,
  locale = 'en-US',
  compact = true
): string {
  if (!isNumber(value)) return NO_DATA;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: compact ? 'compact' : 'standard',
      minimumFractionDigits: 0,
      maximumFractionDigits: compact ? 1 : 0
    }).format(value);
  } catch {
    // An unknown ISO code must not break the page: show the number with the code.
    return `${formatNumber(value, locale)} ${currency}`;
  }
}

export function formatNumber(value: number | null | undefined, locale = 'en-US', maximumFractionDigits = 0): string {
  return isNumber(value) ? new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value) : NO_DATA;
}

/** A ratio 0–1 as a percentage (0.274 → 27%). */
export function formatPercent(ratio: number | null | undefined, locale = 'en-US', maximumFractionDigits = 0): string {
  return isNumber(ratio)
    ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(ratio)
    : NO_DATA;
}

/** A multiple such as pipeline coverage (2.4×). */
export function formatMultiple(value: number | null | undefined, locale = 'en-US'): string {
  return isNumber(value) ? `${formatNumber(value, locale, 1)}×` : NO_DATA;
}

export function formatDays(value: number | null | undefined, locale = 'en-US'): string {
  if (!isNumber(value)) return NO_DATA;
  const rounded = Math.round(value);
  return `${formatNumber(rounded, locale)} ${Math.abs(rounded) === 1 ? 'day' : 'days'}`;
}

/** A calendar date 'YYYY-MM-DD' (CloseDate, due dates): formatted in UTC so it never shifts a day. */
export function formatDate(isoDate: string | null | undefined, locale = 'en-US'): string {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}/.test(isoDate)) return NO_DATA;
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return NO_DATA;
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(
    date
  );
}

/** An instant, shown in the viewer's time zone with the weekday (1:1 slots). */
export function formatDateTime(isoDateTime: string | null | undefined, locale = 'en-US', timeZone = 'UTC'): string {
  if (!isoDateTime) return NO_DATA;
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return NO_DATA;
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short'
    }).format(date);
  } catch {
    return formatDateTime(isoDateTime, locale, 'UTC');
  }
}

/** Signed change for week-over-week figures (+$40K, −3). */
export function formatSignedMoney(value: number | null | undefined, currency: string, locale = 'en-US'): string {
  if (!isNumber(value)) return NO_DATA;
  const magnitude = formatMoney(Math.abs(value), currency, locale);
  if (value > 0) return `+${magnitude}`;
  return value < 0 ? `−${magnitude}` : magnitude;
}

/**
 * Fills the `{0}`, `{1}` … placeholders of a custom label, the platform's label convention, so translators
 * can move the parts. A missing argument leaves its placeholder visible rather than printing "undefined".
 */
export function formatLabel(
  template: string | null | undefined,
  ...args: (string | number | null | undefined)[]
): string {
  return String(template ?? '').replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === null || value === undefined ? whole : String(value);
  });
}

/**
 * What a template may show for one value of a view model it was handed: text as given, a finite number as
 * written, anything else (null, a field left out by field-level security, NaN, an object) the fallback. Guards
 * presentational components against printing "undefined", "NaN" or "[object Object]".
 */
export function displayText(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fallback;
}

/** The named fields of a record as display text; each one missing or invalid reads the fallback ("No data"). */
export function displayFields<K extends string>(
  record: Partial<Record<K, unknown>>,
  keys: readonly K[],
  fallback = NO_DATA
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) out[key] = displayText(record[key], fallback);
  return out;
}

/** A list property as records: anything but an array is an empty list, and entries that are not objects are dropped. */
export function recordList<T extends object>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter((item) => item !== null && typeof item === 'object') as T[]) : [];
}

/**
 * A list of `{ key, text }` entries (questions) as a template shows it: entries without text are left out, and one
 * without a key is keyed `<keyPrefix>-<position>`.
 */
export function textItems(value: unknown, keyPrefix: string): { key: string; text: string }[] {
  return recordList<{ key?: unknown; text?: unknown }>(value)
    .filter((item) => displayText(item.text))
    .map((item, i) => ({ key: displayText(item.key) || `${keyPrefix}-${i}`, text: displayText(item.text) }));
}

/** A record property as a record, or null when it is missing or of the wrong type. */
export function recordOrNull<T extends object>(value: unknown): T | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as T) : null;
}
