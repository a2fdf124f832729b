import BarChart from 'c/barChart';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { attributeText, deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

const tableCells = (el: HTMLElement): string[][] =>
  Array.from(byId(el, 'table')!.querySelectorAll('tr')).map((tr) =>
    Array.from(tr.children).map((cell) => cell.textContent!.trim())
  );

const bars = [
  { key: 'a', label: 'Ana', value: 2, displayValue: '2.0×', target: 4, targetLabel: 'needs 4.0×', variant: 'error' },
  { key: 'b', label: 'Ben', value: 4, displayValue: '4.0×', target: 3, targetLabel: 'needs 3.0×', variant: 'success' }
];

describe('c-bar-chart', () => {
  afterEach(cleanup);

  it('scales bars and targets to the largest figure plus headroom', async () => {
    const el = mount('c-bar-chart', BarChart, { heading: 'Coverage against required', bars });
    await flushPromises();
    // Largest of values and targets is 4 → scale max 4.4. Ana: 2/4.4 = 45.45%, target 4/4.4 = 90.9%.
    const rects = allById(el, 'bar');
    expect(Number(rects[0].getAttribute('width'))).toBeCloseTo(45.45, 1);
    expect(Number(rects[1].getAttribute('width'))).toBeCloseTo(90.91, 1);
    const targets = allById(el, 'target');
    expect(Number(targets[0].getAttribute('x1'))).toBeCloseTo(90.91, 1);
    expect(Number(targets[1].getAttribute('x1'))).toBeCloseTo(68.18, 1);
    expect(rects[0].getAttribute('class')).toContain('bar_error');
    await expect(el).toBeAccessible();
  });

  it('repeats every figure in a table for assistive technology', async () => {
    const el = mount('c-bar-chart', BarChart, { heading: 'Coverage', bars });
    await flushPromises();
    expect(tableCells(el)).toEqual([
      ['Ana', '2.0×', 'needs 4.0×'],
      ['Ben', '4.0×', 'needs 3.0×']
    ]);
  });

  it('honours an explicit maximum and clamps bars beyond it', async () => {
    const el = mount('c-bar-chart', BarChart, { heading: 'Health', bars, maxValue: 3 });
    await flushPromises();
    const rects = allById(el, 'bar');
    expect(Number(rects[0].getAttribute('width'))).toBeCloseTo(66.67, 1); // 2 / 3
    expect(Number(rects[1].getAttribute('width'))).toBe(100); // 4 / 3 clamped
  });

  it('draws no bar for a value hidden by field-level security', async () => {
    const el = mount('c-bar-chart', BarChart, {
      heading: 'Pipeline',
      bars: [{ key: 'x', label: 'Hidden', value: null, displayValue: 'No data' }]
    });
    await flushPromises();
    expect(Number(byId(el, 'bar')!.getAttribute('width'))).toBe(0);
    expect(byId(el, 'target')).toBeNull();
    expect(byId(el, 'table')!.textContent).toContain('No data');
    await expect(el).toBeAccessible();
  });

  it('says there is nothing to chart when there are no bars', async () => {
    const el = mount('c-bar-chart', BarChart, { heading: 'Pipeline', bars: [] });
    await flushPromises();
    expect(byId(el, 'empty')!.textContent).toBe('c.Coaching_UI_Chart_Empty');
    el.bars = null;
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('reads "No data" for a bar whose label and display value are absent (fields hidden), drawing no bar', async () => {
    const el = mount('c-bar-chart', BarChart, {
      heading: 'Coverage',
      bars: [bars[0], { key: 'c', target: 3, targetLabel: 'needs 3.0×' }]
    });
    await flushPromises();
    expect(tableCells(el)).toEqual([
      ['Ana', '2.0×', 'needs 4.0×'],
      ['No data', 'No data', 'needs 3.0×']
    ]);
    expect(Number(allById(el, 'bar')[1].getAttribute('width'))).toBe(0);
    expect(allById(el, 'target')).toHaveLength(2);
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('copes with invalid input: a list of the wrong type, null entries, NaN and text values, a NaN maximum', async () => {
    const el = mount('c-bar-chart', BarChart, { heading: 'Pipeline', bars: 'error' });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    Object.assign(el, {
      maxValue: Number.NaN,
      description: Number.NaN,
      bars: [
        null,
        { key: 'a', label: 'Ana', value: 2, displayValue: '2', variant: 'purple' },
        { key: 'b', label: 'Ben', value: Number.NaN, displayValue: Number.NaN, target: '4' },
        { key: 'c', label: 'Cy', value: '3', displayValue: '3' }
      ]
    });
    await flushPromises();
    // Only Ana's 2 is a number: the scale is 2 × 1.1 = 2.2, so her bar is 2 / 2.2 = 90.9% wide.
    const rects = allById(el, 'bar');
    expect(rects.map((r) => Number(r.getAttribute('width')))).toEqual([expect.closeTo(90.91, 1), 0, 0]);
    expect(rects[0].getAttribute('class')).toBe('bar bar_neutral');
    expect(byId(el, 'target')).toBeNull();
    expect(byId(el, 'description')).toBeNull();
    expect(tableCells(el).map((row) => row[1])).toEqual(['2', 'No data', '3']);
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    expect(attributeText(el)).not.toContain('NaN');
    await expect(el).toBeAccessible();
  });
});
