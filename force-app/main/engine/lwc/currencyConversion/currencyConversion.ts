/**
 * Converts amounts into the viewer's target currency the way Salesforce does: a rate is "units of this
 * currency per one unit of the corporate currency", so amount ÷ rate(from) × rate(to). With advanced
 * currency management, opportunities use the dated rate in force on their CloseDate; other records (quotas,
 * 1:1 forecasts) use the static rate. A missing rate gives null, and the caller excludes the amount.
 */
import type { CurrencySettings } from 'c/coachingModel';
import { dayFromIso, lastStartingBy } from 'c/calendarDate';
import type { WarningLog } from 'c/engineWarnings';
import { shown } from 'c/engineWarnings';

interface DatedRate {
  startDay: number;
  /** Exclusive; Infinity for the open-ended latest rate. */
  endDay: number;
  rate: number;
}

interface RateEntry {
  staticRate: number | null;
  dated: DatedRate[];
}

export interface CurrencyConverter {
  readonly target: string;
  /** Dated rates exist: amounts on dated records must go through `convert` with their day. */
  readonly hasDatedRates: boolean;
  /**
   * The static factor from `isoCode` to the target (amount × factor), NaN when a rate is missing. Factors are
   * kept per currency, so a pass over a million records reads a stored number instead of computing one.
   */
  factor(isoCode: string | null): number;
  /**
   * `amount` in `isoCode` (null = corporate currency) converted to the target, or null when a rate is
   * missing. `day` (a day number) selects a dated rate; null uses the static rate.
   */
  convert(amount: number, isoCode: string | null, day: number | null): number | null;
}

const validRate = (rate: unknown): rate is number => typeof rate === 'number' && Number.isFinite(rate) && rate > 0;

export function createCurrencyConverter(
  settings: CurrencySettings | null | undefined,
  target: string,
  log?: WarningLog
): CurrencyConverter {
  const corporate = settings?.corporateCurrency || target;
  const entries = new Map<string, RateEntry>();
  for (const r of Array.isArray(settings?.rates) ? settings.rates : []) {
    if (!r || typeof r.isoCode !== 'string') {
      log?.add('INVALID_VALUE', 'A conversion rate without a currency code is ignored.');
      continue;
    }
    if (!validRate(r.conversionRate)) {
      log?.add(
        'INVALID_VALUE',
        `Conversion rate ${shown(r.conversionRate)} for ${r.isoCode} is not positive; ignored.`
      );
      continue;
    }
    let entry = entries.get(r.isoCode);
    if (!entry) {
      entry = { staticRate: null, dated: [] };
      entries.set(r.isoCode, entry);
    }
    const startDay = dayFromIso(r.startDate);
    if (startDay === null) entry.staticRate = r.conversionRate;
    else entry.dated.push({ startDay, endDay: dayFromIso(r.nextStartDate) ?? Infinity, rate: r.conversionRate });
  }
  for (const entry of entries.values()) entry.dated.sort((a, b) => a.startDay - b.startDay);

  const rateOf = (isoCode: string, day: number | null): number | null => {
    if (isoCode === corporate) return 1;
    const entry = entries.get(isoCode);
    if (!entry) return null;
    if (day !== null && entry.dated.length > 0) {
      const hit = entry.dated[lastStartingBy(entry.dated, day)];
      if (hit.startDay <= day && day < hit.endDay) return hit.rate;
    }
    return entry.staticRate ?? (entry.dated.length ? entry.dated[entry.dated.length - 1].rate : null);
  };

  const singleCurrency = settings ? !settings.multiCurrency : true;
  const targetStatic = rateOf(target, null);
  const hasDated = [...entries.values()].some((e) => e.dated.length > 0);

  const factors = new Map<string | null, number>();
  // The last currency asked for and its factor: neighbouring records mostly share a currency.
  let lastFactorCode: string | null | undefined;
  let lastFactorValue = Number.NaN;
  const factor = (isoCode: string | null): number => {
    if (isoCode === lastFactorCode) return lastFactorValue;
    let f = factors.get(isoCode);
    if (f === undefined) {
      const from = singleCurrency || isoCode === null ? corporate : isoCode;
      const fromRate = from === target ? 1 : rateOf(from, null);
      const toRate = from === target ? 1 : targetStatic;
      f = fromRate === null || toRate === null ? Number.NaN : toRate / fromRate;
      factors.set(isoCode, f);
    }
    lastFactorCode = isoCode;
    lastFactorValue = f;
    return f;
  };
  return {
    target,
    hasDatedRates: hasDated,
    factor,
    convert(amount, isoCode, day) {
      const from = singleCurrency || isoCode === null ? corporate : isoCode;
      if (from === target) return amount;
      if (!hasDated || day === null) {
        const f = factor(isoCode);
        return Number.isNaN(f) ? null : amount * f;
      }
      const fromRate = rateOf(from, day);
      const toRate = rateOf(target, day);
      return fromRate === null || toRate === null ? null : (amount / fromRate) * toRate;
    }
  };
}
