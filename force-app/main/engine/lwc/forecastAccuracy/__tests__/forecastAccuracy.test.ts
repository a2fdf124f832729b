import { dayFromIso } from 'c/calendarDate';
import { createCurrencyConverter } from 'c/currencyConversion';
import { WarningLog } from 'c/engineWarnings';
import { createFiscalQuarters } from 'c/fiscalCalendar';
import { accuracyOf, repForecasts, rollUpForecasts } from 'c/forecastAccuracy';
import { FEBRUARY_FISCAL, session } from '@test/engine/records';

const Q3 = { forecastPeriodStart: '2026-08-01', forecastPeriodEnd: '2026-10-31' };
const held = (at: string, commit: number | null, o = {}) =>
  session({
    status: 'Held',
    actualStart: at,
    scheduledStart: at,
    commitCurrentQuarter: commit,
    bestCaseCurrentQuarter: commit,
    ...Q3,
    ...o
  });

function forecasts(
  sessions = [held('2026-10-02T14:00:00.000Z', 500_000), held('2026-10-23T14:00:00.000Z', 400_000)],
  won = 320_000,
  repId = 'rep1'
) {
  const log = new WarningLog();
  const result = repForecasts({
    repId,
    sessions,
    today: dayFromIso('2026-11-24') as number,
    timeZone: 'America/New_York',
    quarters: createFiscalQuarters(FEBRUARY_FISCAL),
    converter: createCurrencyConverter(
      {
        corporateCurrency: 'USD',
        multiCurrency: true,
        rates: [{ isoCode: 'EUR', conversionRate: 0.8, startDate: null, nextStartDate: null }]
      },
      'USD',
      log
    ),
    log,
    wonBetween: (start, end) => (start === dayFromIso('2026-08-01') && end === dayFromIso('2026-10-31') ? won : 0)
  });
  return { result, log };
}

describe('forecast accuracy', () => {
  it('applies the definitions by hand', () => {
    // Forecast 400,000, actual 320,000: accuracy = 1 − 80,000 ÷ 320,000 = 0.75; bias = +0.25 (over-forecast).
    expect(accuracyOf(400_000, 320_000)).toEqual({ forecast: 400_000, actual: 320_000, accuracy: 0.75, bias: 0.25 });
    // Under-forecast: 200 vs 250 → accuracy 0.8, bias −0.2.
    expect(accuracyOf(200, 250)).toEqual({ forecast: 200, actual: 250, accuracy: 0.8, bias: -0.2 });
    // Nothing closed: no ratio (null), never Infinity.
    expect(accuracyOf(100, 0)).toEqual({ forecast: 100, actual: 0, accuracy: null, bias: null });
  });

  it('scores an ended quarter with the last commit recorded before its end, and keeps the weekly calls', () => {
    const { result } = forecasts();
    expect(result).toHaveLength(1);
    const q = result[0];
    expect([q.quarterLabel, q.periodStart, q.periodEnd, q.forecast, q.actual, q.accuracy, q.bias, q.missed]).toEqual([
      'FY2027 Q3',
      '2026-08-01',
      '2026-10-31',
      400_000,
      320_000,
      0.75,
      0.25,
      true
    ]);
    expect(q.calls.map((c) => c.commitChange)).toEqual([null, -100_000]);
  });

  it('skips the running quarter, sessions after the quarter and invalid forecasts; converts currencies', () => {
    const running = held('2026-11-20T15:00:00.000Z', 1, {
      forecastPeriodStart: '2026-11-01',
      forecastPeriodEnd: '2027-01-31'
    });
    const late = held('2026-11-02T15:00:00.000Z', 999);
    const negative = held('2026-10-24T14:00:00.000Z', -5);
    const euros = held('2026-10-25T14:00:00.000Z', 240_000, { currencyIsoCode: 'EUR' }); // 240,000 ÷ 0.8 = 300,000
    const { result, log } = forecasts([held('2026-10-02T14:00:00.000Z', 500_000), negative, euros, late, running]);
    expect(result).toHaveLength(1);
    expect(result[0].forecast).toBeCloseTo(300_000, 6);
    expect(log.counts.INVALID_VALUE).toBe(1);
  });

  it('rolls up per quarter from sums, not by averaging ratios', () => {
    const a = forecasts(undefined, 320_000).result[0];
    const b = { ...a, repId: 'rep2', forecast: 100_000, actual: 180_000 };
    const [team] = rollUpForecasts([a, b]);
    // (400,000 + 100,000) vs (320,000 + 180,000) = 500,000 vs 500,000 → accuracy 1, bias 0.
    expect([team.forecast, team.actual, team.accuracy, team.bias, team.reps]).toEqual([500_000, 500_000, 1, 0, 2]);
    expect(rollUpForecasts([a, b], (q) => q.repId)).toHaveLength(2);
  });
});
