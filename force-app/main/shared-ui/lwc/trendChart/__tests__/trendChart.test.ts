import TrendChart from 'c/trendChart';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { attributeText, deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

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
    expect(byId(el, 'empty')!.textContent).toBe('c.Coaching_UI_Trend_Empty');
    el.points = null;
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('reads "No data" in the table for a point whose label and display value are absent (fields hidden)', async () => {
    const el = mount('c-trend-chart', TrendChart, {
      heading: 'Health',
      points: [point('W1', 20), { key: 'W2', value: 40 }]
    });
    await flushPromises();
    expect(allById(el, 'dot')).toHaveLength(2);
    const cells = Array.from(byId(el, 'table')!.querySelectorAll('tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent)
    );
    expect(cells).toEqual([
      ['W1', '20'],
      ['No data', 'No data']
    ]);
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('copes with invalid input: a list of the wrong type, NaN or text values, and an unusable scale', async () => {
    const el = mount('c-trend-chart', TrendChart, { heading: Number.NaN, points: 'error' });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    expect(byId(el, 'heading')!.textContent).toBe('');
    // NaN bounds fall back to 0–100; a NaN or text value is no data; null entries are dropped.
    Object.assign(el, {
      minValue: Number.NaN,
      maxValue: Number.NaN,
      points: [
        point('W1', 0),
        null,
        { ...point('W2', 0), value: Number.NaN },
        { ...point('W3', 0), value: '50' },
        point('W4', 100)
      ]
    });
    await flushPromises();
    const dots = allById(el, 'dot').map((d) => [d.getAttribute('cx'), d.getAttribute('cy')]);
    expect(dots).toEqual([
      ['6.0', '74.0'],
      ['294.0', '6.0']
    ]);
    expect(byId(el, 'segment')).toBeNull();
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    // Attributes too: no coordinate may be NaN.
    expect(attributeText(el)).not.toContain('NaN');
    await expect(el).toBeAccessible();
  });
});
