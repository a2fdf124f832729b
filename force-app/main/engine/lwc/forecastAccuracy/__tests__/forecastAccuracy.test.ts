import { dayFromIso } from 'c/calendarDate';
import { createCurrencyConverter } from 'c/currencyConversion';
import { WarningLog } from 'c/engineWarnings';
import { createFiscalQuarters } from 'c/fiscalCalendar';
import { accuracyOf, repForecastView, repForecasts, rollUpForecasts } from 'c/forecastAccuracy';
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

const Q4 = { forecastPeriodStart: '2026-11-01', forecastPeriodEnd: '2027-01-31' };

function input(sessions: ReturnType<typeof held>[], wonBetween: (start: number, end: number) => number) {
  const log = new WarningLog();
  return {
    log,
    input: {
      repId: 'rep1',
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
      wonBetween
    }
  };
}

function forecasts(
  sessions = [held('2026-10-02T14:00:00.000Z', 500_000), held('2026-10-23T14:00:00.000Z', 400_000)],
  won = 320_000,
  repId = 'rep1'
) {
  const q3 = (start: number, end: number): boolean =>
    start === dayFromIso('2026-08-01') && end === dayFromIso('2026-10-31');
  const { input: forecastInput, log } = input(sessions, (start, end) => (q3(start, end) ? won : 0));
  return { result: repForecasts({ ...forecastInput, repId }), log };
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

  it('gives the rep view past accuracy and bias and this quarter’s commits week over week', () => {
    const day = (iso: string): number => dayFromIso(iso) as number;
    // Actuals: FY2027 Q2 (May–Jul) closed 500,000; Q3 (Aug–Oct) 320,000; Q4 so far (Nov 1–24) 150,000.
    const actuals = new Map([
      [`${day('2026-05-01')}:${day('2026-07-31')}`, 500_000],
      [`${day('2026-08-01')}:${day('2026-10-31')}`, 320_000],
      [`${day('2026-11-01')}:${day('2026-11-24')}`, 150_000]
    ]);
    const won = (start: number, end: number): number => actuals.get(`${start}:${end}`) ?? 0;
    const { input: forecastInput } = input(
      [
        held('2026-07-10T14:00:00.000Z', 450_000, {
          forecastPeriodStart: '2026-05-01',
          forecastPeriodEnd: '2026-07-31'
        }),
        held('2026-10-23T14:00:00.000Z', 400_000),
        held('2026-11-06T15:00:00.000Z', 600_000, Q4),
        held('2026-11-13T15:00:00.000Z', 550_000, Q4),
        held('2026-11-20T15:00:00.000Z', 500_000, Q4)
      ],
      won
    );
    const view = repForecastView(
      forecastInput,
      { startDay: day('2026-11-01'), endDay: day('2027-01-31'), label: 'FY2027 Q4' },
      day('2025-11-01')
    );
    // Q2: forecast 450,000 vs 500,000 → accuracy 1 − 50/500 = 0.9, bias −0.1. Q3: 400,000 vs 320,000 → 0.75, +0.25.
    expect(view.quarters.map((q) => [q.quarterLabel, q.accuracy, q.bias])).toEqual([
      ['FY2027 Q2', 0.9, -0.1],
      ['FY2027 Q3', 0.75, 0.25]
    ]);
    // Together: 850,000 forecast vs 820,000 actual → accuracy 1 − 30/820 = 0.9634, bias +30/820 = +0.0366.
    expect(view.accuracy).toBeCloseTo(1 - 30_000 / 820_000, 12);
    expect(view.bias).toBeCloseTo(30_000 / 820_000, 12);
    // This quarter: 600,000 → 550,000 → 500,000; the last change is −50,000; 150,000 closed of 500,000 = 30%.
    expect(view.current.calls.map((c) => [c.commit, c.commitChange])).toEqual([
      [600_000, null],
      [550_000, -50_000],
      [500_000, -50_000]
    ]);
    expect([view.current.latest!.commit, view.current.previous!.commit, view.current.commitChange]).toEqual([
      500_000, 550_000, -50_000
    ]);
    expect([view.current.closedWonToDate, view.current.commitAttained]).toEqual([150_000, 0.3]);
    // Only quarters that start on or after the window start count: from 2026-08-01, Q2 drops out.
    const recent = repForecastView(
      forecastInput,
      { startDay: day('2026-11-01'), endDay: day('2027-01-31'), label: 'FY2027 Q4' },
      day('2026-08-01')
    );
    expect([recent.quarters.length, recent.accuracy, recent.bias]).toEqual([1, 0.75, 0.25]);
  });

  it('has an empty current quarter and no accuracy without any recorded forecast', () => {
    const { input: forecastInput } = input([], () => 0);
    const view = repForecastView(forecastInput, { startDay: 20_760, endDay: 20_851, label: 'FY2027 Q4' }, 0);
    expect(view.quarters).toEqual([]);
    expect([view.accuracy, view.bias]).toEqual([null, null]);
    expect([
      view.current.latest,
      view.current.previous,
      view.current.commitChange,
      view.current.commitAttained
    ]).toEqual([null, null, null, null]);
  });
});
