import BarChart from 'c/barChart';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';

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
    const cells = Array.from(byId(el, 'table')!.querySelectorAll('tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent!.trim())
    );
    expect(cells).toEqual([
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

  it('says there is nothing to chart when there are no bars or bad input', async () => {
    const el = mount('c-bar-chart', BarChart, { heading: 'Pipeline', bars: [] });
    await flushPromises();
    expect(byId(el, 'empty')!.textContent).toBe('No data to chart yet.');
    el.bars = null;
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    await expect(el).toBeAccessible();
  });
});
