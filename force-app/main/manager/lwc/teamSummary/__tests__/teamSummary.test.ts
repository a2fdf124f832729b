import TeamSummary from 'c/teamSummary';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';

const TILES = [
  { key: 'quota', label: 'Quota', value: '$2.3M', detail: '', variant: 'neutral' },
  { key: 'coverage', label: 'Coverage', value: '2.1×', detail: 'needs 3×', variant: 'warning' }
];
const BARS = [{ key: 'a', label: 'Ana', value: 2, displayValue: '2×', target: 3, variant: 'error' }];

describe('c-team-summary', () => {
  afterEach(cleanup);

  it('shows the team tiles and, when asked, the three charts', async () => {
    const el = mount('c-team-summary', TeamSummary, {
      quarterLabel: 'FY2027 Q4',
      tiles: TILES,
      coverageBars: BARS,
      stageBars: BARS,
      forecastBars: BARS,
      hasForecastHistory: true,
      showCharts: true
    });
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('c.Coaching_Cockpit_Team_Heading');
    const tiles = allById(el, 'tile').map((li) => li.querySelector('c-stat-tile') as HTMLElement & { value: string });
    expect(tiles.map((t) => t.value)).toEqual(['$2.3M', '2.1×']);
    expect(byId(el, 'coverage-chart')).not.toBeNull();
    expect(byId(el, 'stage-chart')).not.toBeNull();
    expect(byId(el, 'forecast-chart')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('explains an empty forecast history instead of drawing an empty chart', async () => {
    const el = mount('c-team-summary', TeamSummary, { tiles: TILES, showCharts: true, hasForecastHistory: false });
    await flushPromises();
    expect(byId(el, 'forecast-chart')).toBeNull();
    expect(byId(el, 'no-forecast')!.textContent).toBe('c.Coaching_Chart_No_Forecast');
    await expect(el).toBeAccessible();
  });

  it('leaves the charts out when the admin turned them off, and survives missing tiles', async () => {
    const el = mount('c-team-summary', TeamSummary, { tiles: null, showCharts: false });
    await flushPromises();
    expect(byId(el, 'charts')).toBeNull();
    expect(allById(el, 'tile')).toHaveLength(0);
    await expect(el).toBeAccessible();
  });

  it('draws nothing broken from invalid data: lists that are not lists, a forecast flag without bars', async () => {
    const el = mount('c-team-summary', TeamSummary, {
      quarterLabel: undefined,
      tiles: 'not a list',
      coverageBars: null,
      stageBars: { a: 1 },
      forecastBars: 'x',
      hasForecastHistory: true,
      showCharts: true
    });
    await flushPromises();
    expect(allById(el, 'tile')).toHaveLength(0);
    const coverage = byId(el, 'coverage-chart') as HTMLElement & { bars: unknown };
    const stage = byId(el, 'stage-chart') as HTMLElement & { bars: unknown };
    expect([coverage.bars, stage.bars]).toEqual([[], []]);
    // The flag says there is a history, but no bars came: say so instead of drawing an empty chart.
    expect(byId(el, 'forecast-chart')).toBeNull();
    expect(byId(el, 'no-forecast')).not.toBeNull();
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN/);
    await expect(el).toBeAccessible();
  });

  it('shows "No data" on a tile whose figure is hidden by field-level security', async () => {
    const el = mount('c-team-summary', TeamSummary, {
      quarterLabel: 'FY2027 Q4',
      tiles: [{ key: 'quota', label: 'Quota', variant: 'neutral' }, TILES[1]]
    });
    await flushPromises();
    const first = allById(el, 'tile')[0].querySelector('c-stat-tile')!;
    expect(first.shadowRoot!.textContent).toContain('No data');
    expect(first.shadowRoot!.textContent).not.toMatch(/undefined|NaN/);
    await expect(el).toBeAccessible();
  });
});
