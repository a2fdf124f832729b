import {
  asWindowKey,
  clampTrendQuarters,
  figuresOf,
  managerRows,
  metricCell,
  metricCells,
  oversightPeriods,
  repRows,
  rollUpOversight,
  sortRows,
  summaryCells,
  trendSeries,
  MANAGER_METRICS,
  REP_METRICS
} from 'c/oversightViewModel';
import { createFiscalQuarters } from 'c/fiscalCalendar';
import { dayFromIso } from 'c/calendarDate';
import { FEBRUARY_FISCAL, cadence } from '@test/engine/records';
import { managerOversight, quarterForecast } from '@test/leader/oversight';
import type { ScopedManager } from 'c/oversightScope';

jest.mock('c/leaderLabels', () => ({
  LABELS: jest.requireActual<typeof import('@test/leader/oversight')>('@test/leader/oversight').LABEL_PROXY
}));

const CTX = { locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' };
const TARGET = 0.8;
const TODAY = dayFromIso('2026-11-24') as number;

describe('oversightPeriods', () => {
  const quarters = createFiscalQuarters(FEBRUARY_FISCAL);

  it('offers windows in fiscal quarters (February fiscal year) as of today', () => {
    const p = oversightPeriods(quarters, TODAY, 4, 'en-US');
    const dates = Object.fromEntries(Object.entries(p.windows).map(([k, w]) => [k, [w.start, w.end]]));
    expect(dates).toEqual({
      // FY2027 Q4 runs Nov 1, 2026 – Jan 31, 2027: to date.
      THIS_QUARTER: ['2026-11-01', '2026-11-24'],
      LAST_QUARTER: ['2026-08-01', '2026-10-31'],
      // 24 Nov − 29 days = 26 Oct; − 89 days = 27 Aug (24 days back to Oct 31, 30 more to Oct 1, 31 to Aug 31, 4 to Aug 27).
      LAST_30_DAYS: ['2026-10-26', '2026-11-24'],
      LAST_90_DAYS: ['2026-08-27', '2026-11-24'],
      // FY2026 Q4 (Nov 2025) to FY2027 Q3.
      LAST_4_QUARTERS: ['2025-11-01', '2026-10-31']
    });
    expect(p.windows.LAST_QUARTER.label).toBe('windowLastQuarter[FY2027 Q3|{1}|{2}]');
    expect(p.windows.LAST_QUARTER.range).toBe('Aug 1, 2026 – Oct 31, 2026');
    expect(p.options.map((o) => o.value)).toEqual([
      'THIS_QUARTER',
      'LAST_QUARTER',
      'LAST_30_DAYS',
      'LAST_90_DAYS',
      'LAST_4_QUARTERS'
    ]);
    expect(p.options[2].label).toBe('windowLast30Days[{0}|{1}|{2}] (Oct 26, 2026 – Nov 24, 2026)');
    expect(p.trend.map((t) => [t.label, t.start, t.end])).toEqual([
      ['FY2027 Q1', '2026-02-01', '2026-04-30'],
      ['FY2027 Q2', '2026-05-01', '2026-07-31'],
      ['FY2027 Q3', '2026-08-01', '2026-10-31'],
      ['FY2027 Q4', '2026-11-01', '2026-11-24']
    ]);
    expect(p.loadStart).toBe('2025-11-01');
    expect(p.today).toBe('2026-11-24');
    expect(p.closedQuarters.map((q) => q.label)).toEqual(['FY2026 Q4', 'FY2027 Q1', 'FY2027 Q2', 'FY2027 Q3']);
    expect(p.closedQuarters[0]).toEqual({ start: '2025-11-01', end: '2026-01-31', label: 'FY2026 Q4' });
  });

  it('a longer trend reaches back further and moves the load start with it', () => {
    const p = oversightPeriods(quarters, TODAY, 8, 'en-US');
    expect(p.trend).toHaveLength(8);
    // Eight quarters ending with FY2027 Q4 start with FY2026 Q1: Feb 1, 2025.
    expect(p.trend[0].start).toBe('2025-02-01');
    expect(p.loadStart).toBe('2025-02-01');
  });

  it('bad settings fall back to the defaults', () => {
    expect([clampTrendQuarters(1), clampTrendQuarters(9), clampTrendQuarters('x'), clampTrendQuarters(6)]).toEqual([
      4, 4, 4, 6
    ]);
    expect([asWindowKey('LAST_90_DAYS'), asWindowKey('YESTERDAY'), asWindowKey(undefined)]).toEqual([
      'LAST_90_DAYS',
      'LAST_QUARTER',
      'LAST_QUARTER'
    ]);
  });
});

const MIA = managerOversight('m1', {
  adherence: { held: 5, missed: 3, rate: 0.625 },
  preparation: { held: 5, prepared: 4, rate: 0.8 },
  agendaCoverage: { held: 4, rate: 0.5 },
  actions: { dueInWindow: 3, done: 2, completionRate: 2 / 3, open: 2, overdue: 1, overdueShare: 0.5 },
  survey: { status: 'OK', responses: 4, heldSessions: 5, responseRate: 0.8, frameworkScore: 4.5, overallValue: 8 },
  forecast: { quarters: [quarterForecast(300, 240)], accuracy: 0.75, bias: 0.25 }
});
const MAX = managerOversight('m2', {
  adherence: { held: 1, missed: 1, rate: 0.5 },
  preparation: { held: 2, prepared: 0, rate: 0 },
  agendaCoverage: { held: 1, rate: 1 },
  survey: { status: 'NOT_ENOUGH_RESPONSES', responses: 2, heldSessions: 2, responseRate: 1 },
  forecast: { quarters: [quarterForecast(100, 160)], accuracy: 0.625, bias: -0.375 }
});

describe('rollUpOversight', () => {
  it('adds counts before dividing, weights coverage and ratings, and forecasts the summed number', () => {
    const t = rollUpOversight([MIA, MAX]);
    // Adherence: (5 + 1) of (8 + 2) = 0.6, not the mean of 62.5% and 50%.
    expect(t.adherence).toEqual({ held: 6, missed: 4, rate: 0.6 });
    // Prepared 4 + 0 of 5 + 2 held = 4/7.
    expect(t.preparation.rate).toBeCloseTo(4 / 7, 12);
    // Coverage weighted by held 1:1s: (0.5 × 4 + 1 × 1) ÷ 5 = 0.6.
    expect(t.coverage).toEqual({ held: 5, rate: 0.6 });
    expect(t.actions).toEqual({ due: 3, done: 2, completionRate: 2 / 3, open: 2, overdue: 1, overdueShare: 0.5 });
    // Answers (4 + 2) of held (5 + 2) = 6/7; the rating comes from Mia alone (Max is under k).
    expect(t.survey.responseRate).toBeCloseTo(6 / 7, 12);
    expect([t.survey.frameworkScore, t.survey.overallValue, t.survey.managersWithScores]).toEqual([4.5, 8, 1]);
    // Forecast 300 + 100 = 400 against 240 + 160 = 400: accuracy 1, bias 0 (per-manager 75% and 62.5% cancel out).
    expect(t.forecast).toEqual({ quarters: 2, forecast: 400, actual: 400, accuracy: 1, bias: 0 });
  });

  it('nothing to roll up is no data, never NaN', () => {
    const t = rollUpOversight([]);
    expect([t.adherence.rate, t.preparation.rate, t.coverage.rate, t.actions.completionRate]).toEqual([
      null,
      null,
      null,
      null
    ]);
    expect([t.survey.responseRate, t.survey.frameworkScore, t.forecast.accuracy, t.forecast.bias]).toEqual([
      null,
      null,
      null,
      null
    ]);
    expect(figuresOf(undefined)).toEqual(t);
  });
});

describe('metric cells', () => {
  it('formats each figure with its count and bands it against the target', () => {
    const cells = metricCells(MANAGER_METRICS, figuresOf(MIA), CTX, TARGET);
    const view = Object.fromEntries(cells.map((c) => [c.key, [c.text, c.detail, c.variant]]));
    expect(view).toEqual({
      // 62.5% rounds to 63%; 0.625 is within 20 points of the 80% target: a warning.
      adherence: ['63%', 'detailWeeksHeld[5|8|{2}]', 'warning'],
      preparation: ['80%', 'detailPrepared[4|5|{2}]', 'success'],
      coverage: ['50%', 'detailCoverage[4|{1}|{2}]', 'error'],
      completion: ['67%', 'detailItemsDone[2|3|{2}]', 'warning'],
      // Overdue is better low: 50% is above 1 − 0.8 + 0.2 = 40%: an error.
      overdue: ['50%', 'detailOverdue[1|2|{2}]', 'error'],
      responseRate: ['80%', 'detailResponses[4|5|{2}]', 'success'],
      score: ['scoreOutOf5[4.5|{1}|{2}]', 'detailOverall[8|{1}|{2}]', 'success'],
      // 75% is at the fair band's floor; Mia over-forecast by 25%.
      forecast: ['75%', 'biasOver[25%|{1}|{2}]', 'warning']
    });
    expect(cells[0].statusText).toBe('statusBelowTarget[{0}|{1}|{2}]');
    expect(cells[0].cellClass).toBe('metric metric_warning');
    expect([cells[0].iconName, cells[1].hasIcon, cells[2].iconName]).toEqual([
      'utility:warning',
      false,
      'utility:error'
    ]);
  });

  it('says why a figure is missing: nothing scheduled, not enough answers, no quarter, nothing closed', () => {
    const none = metricCells(MANAGER_METRICS, figuresOf(managerOversight('x')), CTX, TARGET);
    expect(none.map((c) => [c.key, c.text, c.detail, c.value])).toEqual([
      ['adherence', 'No data', 'detailNoneScheduled[{0}|{1}|{2}]', null],
      ['preparation', 'No data', 'detailNoneHeld[{0}|{1}|{2}]', null],
      ['coverage', 'No data', 'detailNoneHeld[{0}|{1}|{2}]', null],
      ['completion', 'No data', 'detailNoneDue[{0}|{1}|{2}]', null],
      ['overdue', 'No data', 'detailNoneOpen[{0}|{1}|{2}]', null],
      ['responseRate', 'No data', 'detailNoneHeld[{0}|{1}|{2}]', null],
      ['score', 'notEnoughAnswers[{0}|{1}|{2}]', 'feedbackNotEnough[3|{1}|{2}]', null],
      ['forecast', 'No data', 'forecastNoQuarter[{0}|{1}|{2}]', null]
    ]);
    const zeroActual = managerOversight('x', { forecast: { quarters: [quarterForecast(100, 0)], accuracy: null } });
    expect(metricCell('forecast', figuresOf(zeroActual), CTX, TARGET).detail).toBe('forecastNoActual[{0}|{1}|{2}]');
    const onTarget = managerOversight('x', { forecast: { quarters: [quarterForecast(100, 100)] } });
    expect(metricCell('forecast', figuresOf(onTarget), CTX, TARGET)).toMatchObject({
      text: '100%',
      detail: 'biasNone[{0}|{1}|{2}]',
      variant: 'success'
    });
    const under = managerOversight('x', { forecast: { quarters: [quarterForecast(80, 100)] } });
    expect(metricCell('forecast', figuresOf(under), CTX, TARGET).detail).toBe('biasUnder[20%|{1}|{2}]');
  });

  it('a figure whose field is hidden by field-level security says so instead of showing 0%', () => {
    const c = metricCell('preparation', figuresOf(MIA), CTX, TARGET, new Set(['preparation']));
    expect(c).toMatchObject({ text: 'No data', detail: 'fieldHidden[{0}|{1}|{2}]', value: null, variant: 'neutral' });
  });

  it('bands: at the target is success, 20 points below is still a warning, further is an error', () => {
    // The cell takes the rate from held ÷ (held + missed): 8 of 10, 6 of 10 (0.8 − 0.2 in floating point is
    // 0.6000000000000001, so the edge needs a tolerance), 5 of 10.
    const of = (held: number, missed: number) =>
      metricCell('adherence', figuresOf(managerOversight('x', { adherence: { held, missed } })), CTX, 0.8).variant;
    expect([of(8, 2), of(6, 4), of(5, 5)]).toEqual(['success', 'warning', 'error']);
    // Overdue (lower is better) at its edges: 20% success, 40% warning, 41% error.
    const overdue = (overdueItems: number, open: number) =>
      metricCell('overdue', figuresOf(managerOversight('x', { actions: { overdue: overdueItems, open } })), CTX, 0.8)
        .variant;
    expect([overdue(20, 100), overdue(40, 100), overdue(41, 100)]).toEqual(['success', 'warning', 'error']);
  });
});

const SCOPED: ScopedManager[] = [
  {
    id: 'm1',
    name: 'Mia',
    title: 'Sales Manager',
    reportsToId: 'vp',
    reportsToName: 'Vera',
    directReportIds: ['r1', 'r2'],
    managesManagers: false,
    depth: 1
  },
  {
    id: 'm2',
    name: 'Max',
    title: null,
    reportsToId: null,
    reportsToName: null,
    directReportIds: [],
    managesManagers: false,
    depth: 1
  },
  {
    id: 'm3',
    name: 'Ann',
    title: null,
    reportsToId: 'vp',
    reportsToName: 'Vera',
    directReportIds: ['r3'],
    managesManagers: false,
    depth: 1
  }
];

describe('manager rows', () => {
  const figures = new Map([
    ['m1', MIA],
    ['m2', MAX]
  ]);

  it('one row per manager in scope, with every metric and what the drill-down button says', () => {
    const rows = managerRows(SCOPED, figures, CTX, TARGET);
    expect(rows.map((r) => [r.name, r.reportsTo, r.repCount, r.hasReps])).toEqual([
      ['Mia', 'reportsTo[Vera|{1}|{2}]', 2, true],
      ['Max', '', 0, false],
      ['Ann', 'reportsTo[Vera|{1}|{2}]', 1, true]
    ]);
    expect(rows[0].cells.map((c) => c.key)).toEqual([...MANAGER_METRICS]);
    expect(rows[0].openLabel).toBe('openManager[Mia|{1}|{2}]');
    // Ann has no figures at all (no records in the window): every cell says no data.
    expect(rows[2].cells.every((c) => c.value === null)).toBe(true);
  });

  it('sorts by any column with managers lacking data last, either way', () => {
    const rows = managerRows(SCOPED, figures, CTX, TARGET);
    expect(sortRows(rows, 'adherence', 'asc').map((r) => r.name)).toEqual(['Max', 'Mia', 'Ann']);
    expect(sortRows(rows, 'adherence', 'desc').map((r) => r.name)).toEqual(['Mia', 'Max', 'Ann']);
    expect(sortRows(rows, 'name', 'asc').map((r) => r.name)).toEqual(['Ann', 'Max', 'Mia']);
    expect(sortRows(rows, 'name', 'desc').map((r) => r.name)).toEqual(['Mia', 'Max', 'Ann']);
    // Both have no rating: by name.
    expect(sortRows(rows, 'score', 'asc').map((r) => r.name)).toEqual(['Mia', 'Ann', 'Max']);
  });

  it('the totals tile row rolls up only the managers in view', () => {
    const cells = summaryCells(figures, ['m1', 'm2', 'm3'], CTX, TARGET);
    expect(cells.find((c) => c.key === 'adherence')!.value).toBe(0.6);
    expect(summaryCells(figures, ['m2'], CTX, TARGET).find((c) => c.key === 'adherence')!.value).toBe(0.5);
  });
});

describe('rep rows', () => {
  it('shows each rep’s slot and figures, and never a rep’s rating', () => {
    const rob = managerOversight('m1', {
      adherence: { held: 3, missed: 1 },
      survey: { responses: 2, heldSessions: 3 }
    });
    const rows = repRows(
      ['r1', 'r2'],
      new Map([['r1', 'Rob']]),
      new Map([['r1', rob]]),
      [
        cadence({
          managerId: 'm1',
          repId: 'r1',
          dayOfWeek: 'Friday',
          localStartTime: '09:00',
          timeZone: 'Europe/London'
        })
      ],
      CTX,
      TARGET
    );
    expect(rows.map((r) => [r.name, r.cadenceText, r.hasCadence])).toEqual([
      ['Rob', 'cadenceSlot[Friday|09:00|Europe/London]', true],
      ['r2', 'noCadence[{0}|{1}|{2}]', false]
    ]);
    expect(rows[0].cells.map((c) => c.key)).toEqual([...REP_METRICS]);
    expect(REP_METRICS).not.toContain('score');
    expect(rows[0].cells[0].value).toBe(0.75);
    expect(rows[0].cells.find((c) => c.key === 'responseRate')!.detail).toBe('detailResponses[2|3|{2}]');
  });
});

describe('trend series', () => {
  it('each metric per quarter in percent, with breaks where a quarter has no data', () => {
    const q3 = { key: 'q3', label: 'FY2027 Q3', start: '2026-08-01', end: '2026-10-31' };
    const q4 = { key: 'q4', label: 'FY2027 Q4', start: '2026-11-01', end: '2026-11-24' };
    const series = trendSeries(
      [
        { period: q3, managers: new Map([['m1', MIA]]) },
        { period: q4, managers: new Map() }
      ],
      ['m1'],
      CTX,
      TARGET
    );
    expect(series.map((s) => s.key)).toEqual(['adherence', 'preparation', 'completion', 'forecast']);
    // 0.625 → 62.5; 2/3 → 66.7.
    expect(series[0].points).toEqual([
      { key: 'adherence-q3', label: 'FY2027 Q3', value: 62.5, displayValue: '63%' },
      { key: 'adherence-q4', label: 'FY2027 Q4', value: null, displayValue: 'No data' }
    ]);
    expect(series[2].points[0].value).toBe(66.7);
  });
});
