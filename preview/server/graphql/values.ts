/**
 * Field values as the UI API returns them: `{ value, displayValue }`, the display value formatted for the
 * running user's locale and time zone (dates, date-times, currencies in the record's currency, picklist labels),
 * plus the currency conversion aggregates need in a multi-currency org.
 */
import type { DataStore, SfRecord } from '../data/store.ts';
import type { FieldDescribe } from '../metadata/describe.ts';

export interface UserFormat {
  /** BCP 47, e.g. 'en-US' (from LocaleSidKey 'en_US'). */
  locale: string;
  timeZone: string;
  /** The user's currency (DefaultCurrencyIsoCode), else the corporate one. */
  currency: string;
}

export interface Money {
  corporate: string;
  multiCurrency: boolean;
  /** Units of this currency per one unit of the corporate currency. */
  rates: Map<string, number>;
}

export function moneyOf(store: DataStore): Money {
  const types = store.all('CurrencyType');
  const corporate =
    (types.find((t) => t.IsCorporate === true)?.IsoCode as string | undefined) ??
    (store.meta.corporateCurrency as string | undefined) ??
    'USD';
  const rates = new Map<string, number>([[corporate, 1]]);
  for (const t of types) if (t.IsActive !== false) rates.set(String(t.IsoCode), Number(t.ConversionRate) || 1);
  return { corporate, multiCurrency: types.length > 1, rates };
}

/** An amount in `currency` converted to the corporate currency (static rates, as SOQL aggregates use). */
export function toCorporate(amount: number, currency: string | null | undefined, money: Money): number {
  if (!currency || currency === money.corporate) return amount;
  const rate = money.rates.get(currency);
  return rate ? amount / rate : amount;
}

export const localeTag = (sid: string | null | undefined): string => (sid ? sid.replace(/_/g, '-') : 'en-US');

export function displayValue(field: FieldDescribe, value: unknown, record: SfRecord, fmt: UserFormat, money: Money) {
  if (value === null || value === undefined || value === '') return null;
  switch (field.type) {
    case 'Picklist':
      return field.picklistValues?.find((p) => p.value === value)?.label ?? String(value);
    case 'MultiPicklist':
      return String(value)
        .split(';')
        .map((v) => field.picklistValues?.find((p) => p.value === v)?.label ?? v)
        .join('; ');
    case 'Currency': {
      const currency = (record.CurrencyIsoCode as string | undefined) ?? money.corporate;
      return new Intl.NumberFormat(fmt.locale, { style: 'currency', currency }).format(Number(value));
    }
    case 'Date':
      return new Intl.DateTimeFormat(fmt.locale, { timeZone: 'UTC', dateStyle: 'short' }).format(
        new Date(`${String(value).slice(0, 10)}T00:00:00Z`)
      );
    case 'DateTime':
      return new Intl.DateTimeFormat(fmt.locale, {
        timeZone: fmt.timeZone,
        dateStyle: 'short',
        timeStyle: 'short'
      }).format(new Date(String(value)));
    case 'Time': {
      const [h, m] = String(value).split(':').map(Number);
      return new Intl.DateTimeFormat(fmt.locale, { timeZone: 'UTC', timeStyle: 'short' }).format(
        new Date(Date.UTC(2000, 0, 1, h, m))
      );
    }
    default:
      return null;
  }
}

/** The stored value normalised to the field's wire type (numbers as numbers, booleans as booleans). */
export function wireValue(field: FieldDescribe, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return field.type === 'Boolean' ? false : null;
  switch (field.type) {
    case 'Boolean':
      return value === true || value === 'true';
    case 'Currency':
    case 'Double':
    case 'Percent':
      return Number(value);
    case 'Int':
      return Math.trunc(Number(value));
    case 'Time':
      // The UI API returns times as 'HH:mm:ss.SSSZ'.
      return /^\d{2}:\d{2}$/.test(String(value)) ? `${String(value)}:00.000Z` : value;
    default:
      return value;
  }
}
