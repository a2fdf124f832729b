import DealHealthSummary from 'c/dealHealthSummary';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

const HEALTH = {
  scoreText: '42',
  bandText: 'Watch',
  variant: 'warning',
  factors: [
    { key: 'PUSHED', label: 'Pushed 3 times', points: '−25 points' },
    { key: 'STALE_IN_STAGE', label: '48 days in Proposal/Price Quote (threshold 30)', points: '−20 points' }
  ],
  daysInStageText: '48 days',
  benchmarkText: 'Benchmark 30 days (set by your admin)',
  stageVariant: 'error',
  pushText: '3',
  pushVariant: 'error'
};

type Tile = HTMLElement & { value: string; detail: string; variant: string };

describe('c-deal-health-summary', () => {
  afterEach(cleanup);

  it('shows the score, days in stage against the benchmark, pushes and every factor', async () => {
    const el = mount('c-deal-health-summary', DealHealthSummary, { health: HEALTH });
    await flushPromises();
    const score = byId<Tile>(el, 'score')!;
    expect([score.value, score.detail, score.variant]).toEqual(['42', 'Watch', 'warning']);
    expect(byId<Tile>(el, 'days-in-stage')!.detail).toBe('Benchmark 30 days (set by your admin)');
    expect(byId<Tile>(el, 'pushes')!.value).toBe('3');
    const factors = byId(el, 'factors')!.querySelectorAll('li');
    expect(factors).toHaveLength(2);
    expect(factors[0].textContent).toContain('−25 points');
    await expect(el).toBeAccessible();
  });

  it('says so when nothing lowers the score', async () => {
    const el = mount('c-deal-health-summary', DealHealthSummary, { health: { ...HEALTH, factors: [] } });
    await flushPromises();
    expect(byId(el, 'no-factors')!.textContent).toBe('c.Coaching_Rep_Deal_No_Factors');
    await expect(el).toBeAccessible();
  });

  it('renders nothing without a health (closed deal) and shows "No data" for hidden figures', async () => {
    const el = mount('c-deal-health-summary', DealHealthSummary, { health: null });
    await flushPromises();
    expect(byId(el, 'score')).toBeNull();
    el.health = { ...HEALTH, pushText: 'No data', pushVariant: 'neutral' };
    await flushPromises();
    expect(byId<Tile>(el, 'pushes')!.value).toBe('No data');
    await expect(el).toBeAccessible();
  });

  it('shows "No data" for figures absent from the health it gets (fields hidden) and leaves out their details', async () => {
    const partial: Record<string, unknown> = { ...HEALTH };
    delete partial.pushText;
    delete partial.benchmarkText;
    delete partial.pushVariant;
    const el = mount('c-deal-health-summary', DealHealthSummary, { health: partial });
    await flushPromises();
    const pushes = byId<Tile>(el, 'pushes')!;
    expect([pushes.value, pushes.variant]).toEqual(['No data', 'neutral']);
    expect(byId<Tile>(el, 'days-in-stage')!.detail).toBe('');
    expect(byId<Tile>(el, 'score')!.value).toBe('42');
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('renders nothing for a health of the wrong type, and "No data" for NaN figures', async () => {
    const el = mount('c-deal-health-summary', DealHealthSummary, { health: 'error' });
    await flushPromises();
    expect(byId(el, 'score')).toBeNull();
    el.health = { ...HEALTH, scoreText: Number.NaN, daysInStageText: null, factors: [null, { key: 'x', points: 5 }] };
    await flushPromises();
    expect(byId<Tile>(el, 'score')!.value).toBe('No data');
    expect(byId<Tile>(el, 'days-in-stage')!.value).toBe('No data');
    // The only factor has no label: nothing to list, so the "nothing lowers the score" line.
    expect(byId(el, 'factors')).toBeNull();
    expect(byId(el, 'no-factors')).not.toBeNull();
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
