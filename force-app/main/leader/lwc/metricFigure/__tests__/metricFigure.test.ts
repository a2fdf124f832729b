import MetricFigure from 'c/metricFigure';
import { metricCell, figuresOf } from 'c/oversightViewModel';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { managerOversight } from '@test/leader/oversight';

const CTX = { locale: 'en-US', currency: 'USD', timeZone: 'UTC' };
const adherence = (held: number, missed: number) =>
  metricCell('adherence', figuresOf(managerOversight('m', { adherence: { held, missed } })), CTX, 0.8);

describe('c-metric-figure', () => {
  afterEach(cleanup);

  it('an off-target figure: coloured, with a shape whose text says how far off it is', async () => {
    // 1 of 4 = 25%: more than 20 points below the 80% target.
    const el = mount('c-metric-figure', MetricFigure, { cell: adherence(1, 3) });
    await flushPromises();
    expect(byId(el, 'value')!.textContent!.trim()).toBe('25%');
    expect(byId(el, 'value')!.className).toContain('figure_error');
    expect((byId(el, 'icon') as unknown as { alternativeText: string }).alternativeText).toBe(
      'c.Coaching_Oversight_Status_Far_Below_Target'
    );
    expect(byId(el, 'detail')!.textContent).toBe('c.Coaching_Oversight_Detail_Weeks_Held');
    await expect(el).toBeAccessible();
  });

  it('on target: no shape; no data: the reason instead of a number; no cell: nothing', async () => {
    const el = mount('c-metric-figure', MetricFigure, { cell: adherence(9, 1) });
    await flushPromises();
    expect(byId(el, 'icon')).toBeNull();
    expect(byId(el, 'value')!.className).toContain('figure_success');
    el.cell = metricCell('preparation', figuresOf(null), CTX, 0.8, new Set(['preparation']));
    await flushPromises();
    expect(byId(el, 'value')!.textContent!.trim()).toBe('No data');
    expect(byId(el, 'detail')!.textContent).toBe('c.Coaching_Error_Field_Hidden');
    el.cell = null;
    await flushPromises();
    expect(byId(el, 'value')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('invalid data from the table: no value reads "No data", an unknown band is neutral, no icon without a name', async () => {
    const el = mount('c-metric-figure', MetricFigure, {
      cell: { key: 'adherence', variant: 'bogus', hasIcon: true, detail: 42, statusText: null }
    });
    await flushPromises();
    expect(byId(el, 'value')!.textContent!.trim()).toBe('No data');
    expect(byId(el, 'value')!.className).toBe('figure__value figure_neutral');
    expect(byId(el, 'icon')).toBeNull();
    expect(byId(el, 'detail')!.textContent).toBe('42');
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN|null/);
    el.cell = 'not a cell';
    await flushPromises();
    expect(byId(el, 'value')).toBeNull();
    await expect(el).toBeAccessible();
  });
});
