import {
  NO_DATA,
  formatMoney,
  formatNumber,
  formatPercent,
  formatMultiple,
  formatDays,
  formatDate,
  formatDateTime,
  formatSignedMoney
} from 'c/coachingFormat';

describe('coachingFormat', () => {
  it('formats money compactly and in full, in the record currency', () => {
    expect(formatMoney(1_250_000, 'USD')).toBe('$1.3M');
    // German has no compact form for thousands; no stray ",0" decimals either. Intl separates with a no-break space.
    const spaces = (s: string): string => s.replace(/\u00a0/g, ' ');
    expect(spaces(formatMoney(850_000, 'EUR', 'de-DE'))).toBe('850.000 €');
    expect(spaces(formatMoney(1_250_000, 'EUR', 'de-DE'))).toBe('1,3 Mio. €');
    expect(formatMoney(250_000, 'USD', 'en-US', false)).toBe('$250,000');
  });

  it('shows "No data" for null, undefined, NaN and Infinity, never NaN or 0', () => {
    for (const bad of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatMoney(bad, 'USD')).toBe(NO_DATA);
      expect(formatPercent(bad)).toBe(NO_DATA);
      expect(formatMultiple(bad)).toBe(NO_DATA);
      expect(formatDays(bad)).toBe(NO_DATA);
      expect(formatNumber(bad)).toBe(NO_DATA);
      expect(formatSignedMoney(bad, 'USD')).toBe(NO_DATA);
    }
  });

  it('falls back to the number and code for an unknown currency', () => {
    expect(formatMoney(1200, 'XYZ1')).toBe('1,200 XYZ1');
  });

  it('formats ratios, multiples and days', () => {
    expect(formatPercent(0.274)).toBe('27%');
    expect(formatMultiple(2.44)).toBe('2.4×');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(12.6)).toBe('13 days');
  });

  it('formats a calendar date without shifting it by a time zone', () => {
    // 2026-03-01 is a calendar date: it must read Mar 1 whatever the runtime zone is.
    expect(formatDate('2026-03-01')).toBe('Mar 1, 2026');
    expect(formatDate('not a date')).toBe(NO_DATA);
    expect(formatDate(null)).toBe(NO_DATA);
  });

  it('shows an instant in the viewer zone, across a DST change', () => {
    // 14:00Z is 09:00 EST in January (UTC−5) and 10:00 EDT in July (UTC−4).
    expect(formatDateTime('2026-01-09T14:00:00.000Z', 'en-US', 'America/New_York')).toBe('Fri, Jan 9, 9:00 AM EST');
    expect(formatDateTime('2026-07-10T14:00:00.000Z', 'en-US', 'America/New_York')).toBe('Fri, Jul 10, 10:00 AM EDT');
    expect(formatDateTime('2026-07-10T14:00:00.000Z', 'en-US', 'Not/AZone')).toBe('Fri, Jul 10, 2:00 PM UTC');
    expect(formatDateTime('garbage')).toBe(NO_DATA);
  });

  it('signs week-over-week changes', () => {
    expect(formatSignedMoney(40_000, 'USD')).toBe('+$40K');
    expect(formatSignedMoney(-40_000, 'USD')).toBe('−$40K');
    expect(formatSignedMoney(0, 'USD')).toBe('$0');
  });
});
