import TrendChart from 'c/trendChart';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';

const point = (key: string, value: number | null): Record<string, unknown> => ({
  key,
  label: key,
  value,
  displayValue: value === null ? 'No data' : String(value)
});

describe('c-trend-chart', () => {
  afterEach(cleanup);

  it('plots points left to right on a 0–100 scale', async () => {
    const el = mount('c-trend-chart', TrendChart, {
      heading: 'Health across 1:1s',
      points: [point('W1', 0), point('W2', 50), point('W3', 100)]
    });
    await flushPromises();
    // Width 300, padding 6: x = 6, 150, 294. Height 80: y = 74 (0), 40 (50), 6 (100).
    expect(byId(el, 'segment')!.getAttribute('points')).toBe('6.0,74.0 150.0,40.0 294.0,6.0');
    expect(allById(el, 'dot')).toHaveLength(3);
    expect(byId(el, 'table')!.textContent).toContain('W2');
    await expect(el).toBeAccessible();
  });

  it('breaks the line where a point has no data (e.g. a field hidden by FLS)', async () => {
    const el = mount('c-trend-chart', TrendChart, {
      heading: 'Health',
      points: [point('W1', 20), point('W2', 40), point('W3', null), point('W4', 60), point('W5', 80)]
    });
    await flushPromises();
    expect(allById(el, 'segment')).toHaveLength(2);
    expect(allById(el, 'dot')).toHaveLength(4);
    await expect(el).toBeAccessible();
  });

  it('clamps out-of-range values and centres a single point', async () => {
    const el = mount('c-trend-chart', TrendChart, { heading: 'Health', points: [point('W1', 140)] });
    await flushPromises();
    const dot = byId(el, 'dot')!;
    expect(dot.getAttribute('cx')).toBe('150.0');
    expect(dot.getAttribute('cy')).toBe('6.0');
    expect(byId(el, 'segment')).toBeNull();
  });

  it('shows the empty state when no point has data', async () => {
    const el = mount('c-trend-chart', TrendChart, { heading: 'Health', points: [point('W1', null)] });
    await flushPromises();
    expect(byId(el, 'empty')!.textContent).toContain('after the first held 1:1');
    el.points = null;
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    await expect(el).toBeAccessible();
  });
});
