import OversightTrends from 'c/oversightTrends';
import { trendSeries } from 'c/oversightViewModel';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { managerOversight } from '@test/leader/oversight';

const CTX = { locale: 'en-US', currency: 'USD', timeZone: 'UTC' };
const q = (key: string) => ({ key, label: key, start: '2026-08-01', end: '2026-10-31' });
const TREND = [
  {
    period: q('FY2027 Q2'),
    managers: new Map([['m1', managerOversight('m1', { adherence: { held: 3, missed: 1 } })]])
  },
  { period: q('FY2027 Q3'), managers: new Map([['m1', managerOversight('m1', { adherence: { held: 1, missed: 1 } })]]) }
];

describe('c-oversight-trends', () => {
  afterEach(cleanup);

  it('draws one chart per metric with its quarterly figures', async () => {
    const el = mount('c-oversight-trends', OversightTrends, {
      heading: 'Trend',
      series: trendSeries(TREND, ['m1'], CTX, 0.8)
    });
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('Trend');
    const charts = allById(el, 'series').map((d) => d.querySelector('c-trend-chart') as unknown as Record<string, any>);
    expect(charts.map((c) => c.heading)).toEqual([
      'c.Coaching_Oversight_Metric_Adherence',
      'c.Coaching_Oversight_Metric_Preparation',
      'c.Coaching_Oversight_Metric_Completion',
      'c.Coaching_Oversight_Metric_Forecast'
    ]);
    // Adherence 3 of 4 = 75%, then 1 of 2 = 50%.
    expect(charts[0].points.map((p: { value: number }) => p.value)).toEqual([75, 50]);
    await expect(el).toBeAccessible();
  });

  it('quarters without data stay as gaps, and a metric hidden by field-level security has no points', async () => {
    const el = mount('c-oversight-trends', OversightTrends, {
      heading: 'Trend',
      series: trendSeries(TREND, ['m1'], CTX, 0.8, new Set(['adherence']))
    });
    await flushPromises();
    const first = allById(el, 'series')[0].querySelector('c-trend-chart') as unknown as Record<string, any>;
    expect(first.points.map((p: { value: number | null }) => p.value)).toEqual([null, null]);
    await expect(el).toBeAccessible();
  });

  it('renders nothing without series or with bad input', async () => {
    const el = mount('c-oversight-trends', OversightTrends, { heading: 'Trend', series: [] });
    await flushPromises();
    expect(byId(el, 'heading')).toBeNull();
    el.series = undefined;
    await flushPromises();
    expect(allById(el, 'series')).toEqual([]);
    await expect(el).toBeAccessible();
  });

  it('invalid series from the container: entries that are not series, or points that are not a list', async () => {
    const el = mount('c-oversight-trends', OversightTrends, {
      heading: 'Trend',
      series: [null, 'x', { heading: 'No key', points: [] }, { key: 'adherence', heading: 'Adherence', points: 'x' }]
    });
    await flushPromises();
    const charts = allById(el, 'series').map((d) => d.querySelector('c-trend-chart') as unknown as Record<string, any>);
    expect(charts.map((c) => [c.heading, c.points])).toEqual([['Adherence', []]]);
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN|null/);
    await expect(el).toBeAccessible();
  });
});
