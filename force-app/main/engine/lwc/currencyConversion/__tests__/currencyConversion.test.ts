import { dayFromIso } from 'c/calendarDate';
import { WarningLog } from 'c/engineWarnings';
import { createCurrencyConverter } from 'c/currencyConversion';

const rates = {
  corporateCurrency: 'USD',
  multiCurrency: true,
  rates: [
    { isoCode: 'EUR', conversionRate: 0.8, startDate: null, nextStartDate: null },
    { isoCode: 'GBP', conversionRate: 0.5, startDate: null, nextStartDate: null },
    { isoCode: 'EUR', conversionRate: 0.9, startDate: '2026-01-01', nextStartDate: '2026-07-01' },
    { isoCode: 'EUR', conversionRate: 0.75, startDate: '2026-07-01', nextStartDate: null }
  ]
};

describe('currency conversion', () => {
  it('converts with static rates through the corporate currency', () => {
    const toUsd = createCurrencyConverter(rates, 'USD');
    // 1 USD = 0.8 EUR, so 80 EUR = 100 USD; 50 GBP = 50 / 0.5 = 100 USD.
    expect(toUsd.convert(80, 'EUR', null)).toBeCloseTo(100, 9);
    expect(toUsd.convert(50, 'GBP', null)).toBeCloseTo(100, 9);
    expect(toUsd.convert(100, null, null)).toBe(100);
    const toGbp = createCurrencyConverter(rates, 'GBP');
    // 80 EUR = 100 USD = 100 × 0.5 = 50 GBP.
    expect(toGbp.convert(80, 'EUR', null)).toBeCloseTo(50, 9);
  });

  it('gives the same static conversion through convert and factor, whichever currency came before', () => {
    const toUsd = createCurrencyConverter(rates, 'USD');
    // Alternating currencies (the last factor is remembered): EUR 0.8 → 125, GBP 0.5 → 200, corporate → 100, CHF none.
    const codes = ['EUR', 'GBP', 'EUR', null, 'CHF', 'GBP', 'GBP'];
    function rounded(x: number | null): number | null {
      return x === null || Number.isNaN(x) ? null : Math.round(x * 1e6) / 1e6;
    }
    const converted = codes.map((code) => rounded(toUsd.convert(100, code, null)));
    const byFactor = codes.map((code) => rounded(100 * toUsd.factor(code)));
    expect(converted).toEqual([125, 200, 125, 100, null, 200, 200]);
    expect(byFactor).toEqual(converted);
  });

  it('uses the dated rate in force on the close date', () => {
    const toUsd = createCurrencyConverter(rates, 'USD');
    // 2026-03-15: 0.9 → 90 EUR = 100 USD. 2026-08-01: 0.75 → 75 EUR = 100 USD.
    expect(toUsd.convert(90, 'EUR', dayFromIso('2026-03-15'))).toBeCloseTo(100, 9);
    expect(toUsd.convert(75, 'EUR', dayFromIso('2026-08-01'))).toBeCloseTo(100, 9);
    // Before the first dated rate: the static rate 0.8.
    expect(toUsd.convert(80, 'EUR', dayFromIso('2025-06-01'))).toBeCloseTo(100, 9);
    // The target's own dated rate applies too: 100 USD on 2026-03-15 = 90 EUR.
    expect(createCurrencyConverter(rates, 'EUR').convert(100, 'USD', dayFromIso('2026-03-15'))).toBeCloseTo(90, 9);
  });

  it('returns null for a currency without a rate, and warns about invalid rates', () => {
    const log = new WarningLog();
    const c = createCurrencyConverter(
      {
        ...rates,
        rates: [...rates.rates, { isoCode: 'JPY', conversionRate: 0, startDate: null, nextStartDate: null }]
      },
      'USD',
      log
    );
    expect(c.convert(100, 'JPY', null)).toBeNull();
    expect(c.convert(100, 'CHF', dayFromIso('2026-03-01'))).toBeNull();
    expect(log.counts.INVALID_VALUE).toBe(1);
    expect(createCurrencyConverter(rates, 'CHF').convert(100, 'USD', null)).toBeNull();
  });

  it('treats every amount as corporate on a single-currency org', () => {
    const c = createCurrencyConverter({ corporateCurrency: 'USD', rates: [], multiCurrency: false }, 'USD');
    expect(c.convert(123, 'EUR', null)).toBe(123);
    expect(createCurrencyConverter(null, 'USD').convert(5, null, null)).toBe(5);
  });
});
