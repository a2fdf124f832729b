import ForecastHistory from 'c/forecastHistory';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

type Tile = HTMLElement & { value: string; detail: string; variant: string };

describe('c-forecast-history', () => {
  afterEach(cleanup);

  it('shows the overall accuracy and each ended quarter', async () => {
    const el = mount('c-forecast-history', ForecastHistory, {
      summary: { accuracy: '82%', biasText: 'Over-forecasts by 18%', variant: 'warning' },
      quarters: [{ key: 'q1', quarter: 'FY2027 Q3', commit: '$500K', actual: '$410K', accuracy: '78%', bias: '+22%' }]
    });
    await flushPromises();
    const summary = byId<HTMLElement & { value: string; detail: string }>(el, 'summary')!;
    expect([summary.value, summary.detail]).toEqual(['82%', 'Over-forecasts by 18%']);
    expect(allById(el, 'row')[0].textContent).toContain('FY2027 Q3');
    await expect(el).toBeAccessible();
  });

  it('says when no quarter with a commit has ended, and shows a hidden figure as "No data"', async () => {
    const el = mount('c-forecast-history', ForecastHistory, { quarters: [], summary: null });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    el.quarters = [
      { key: 'q', quarter: 'FY2027 Q2', commit: 'No data', actual: '$90K', accuracy: 'No data', bias: 'No data' }
    ];
    await flushPromises();
    expect(byId(el, 'summary')).toBeNull();
    expect(allById(el, 'row')[0].textContent).toContain('No data');
    await expect(el).toBeAccessible();
  });

  it('shows "No data" for figures absent from a quarter or the summary (fields hidden)', async () => {
    const el = mount('c-forecast-history', ForecastHistory, {
      summary: { variant: 'warning' },
      quarters: [{ key: 'q1', quarter: 'FY2027 Q3', actual: '$410K' }]
    });
    await flushPromises();
    const summary = byId<Tile>(el, 'summary')!;
    expect([summary.value, summary.detail]).toEqual(['No data', '']);
    const cells = Array.from(allById(el, 'row')[0].querySelectorAll('td')).map((td) => td.textContent);
    expect(cells).toEqual(['No data', '$410K', 'No data', 'No data']);
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('copes with invalid data: lists and summaries of the wrong type, NaN figures', async () => {
    const el = mount('c-forecast-history', ForecastHistory, { quarters: 'error', summary: { accuracy: 0.82 } });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    el.quarters = [null, { key: 'q', quarter: 'FY2027 Q2', commit: Number.NaN, actual: {}, accuracy: 82, bias: null }];
    el.summary = 'error';
    await flushPromises();
    expect(byId(el, 'summary')).toBeNull();
    const cells = Array.from(allById(el, 'row')[0].querySelectorAll('td')).map((td) => td.textContent);
    expect(cells).toEqual(['No data', 'No data', '82', 'No data']);
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
