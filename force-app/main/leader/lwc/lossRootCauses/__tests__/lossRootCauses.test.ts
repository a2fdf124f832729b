import LossRootCauses from 'c/lossRootCauses';
import { graphql } from 'lightning/graphql';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import graphqlLossReviews from './data/graphqlLossReviews.json';

// The fixture is the preview's demo org (seed 42, 24 Nov 2026) run through LOSS_REVIEWS_QUERY as the VP of sales
// (scripts/leader/oversight-fixtures.ts): every deal review he can see, with its deal's amount, owner and team.

type Config = { operationName?: string; variables?: Record<string, any> };
const adapter = graphql as unknown as {
  emit(value: unknown, filter?: (c: Config) => boolean): void;
  emitErrors(errors: unknown, filter?: (c: Config) => boolean): void;
};
const configOf = (): Config => {
  let found: Config = {};
  adapter.emit(undefined, (c) => {
    if (c.operationName === 'lossReviews') found = c;
    return false;
  });
  return found;
};

const PRIYA = '0055g0000000002AAA';
const DANIEL = '0055g0000000008AAA';
const quarter = (label: string, start: string, end: string) => ({ key: label, label, start, end });
const PROPS = {
  sinceDate: '2025-11-01',
  periodStart: '2026-08-01',
  periodEnd: '2026-10-31',
  periods: [
    quarter('FY2027 Q1', '2026-02-01', '2026-04-30'),
    quarter('FY2027 Q2', '2026-05-01', '2026-07-31'),
    quarter('FY2027 Q3', '2026-08-01', '2026-10-31'),
    quarter('FY2027 Q4', '2026-11-01', '2026-11-24')
  ],
  managerIds: [DANIEL, PRIYA]
};
/** Hand-picked rates for the amount tests: units per US dollar (the corporate currency). */
const RATES = {
  corporateCurrency: 'USD',
  multiCurrency: true,
  rates: [
    { isoCode: 'EUR', conversionRate: 0.8, startDate: null, nextStartDate: null },
    { isoCode: 'GBP', conversionRate: 0.5, startDate: null, nextStartDate: null }
  ]
};

type Node = (typeof graphqlLossReviews)['uiapi']['query']['Deal_Review__c']['edges'][number]['node'];
const copy = () => JSON.parse(JSON.stringify(graphqlLossReviews)) as typeof graphqlLossReviews;

/** Independently: the reviews of FY2027 Q3, dated by the close date of a lost deal, the review date otherwise. */
function q3Reviews(filter: (n: Node) => boolean = () => true): Node[] {
  return graphqlLossReviews.uiapi.query.Deal_Review__c.edges
    .map((e) => e.node)
    .filter((n) => {
      const day =
        n.Review_Type__c.value === 'Lost' ? n.Opportunity__r.CloseDate.value : (n.Reviewed_On__c?.value ?? '');
      return day >= '2026-08-01' && day <= '2026-10-31' && filter(n);
    });
}
function countBy(list: Node[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const n of list) counts.set(n.Root_Cause__c.displayValue, (counts.get(n.Root_Cause__c.displayValue) ?? 0) + 1);
  return [...counts.entries()];
}

/** Mounts and emits `data` (null: emits nothing, the query is still running). */
async function load(props: Record<string, unknown> = PROPS, data: unknown = graphqlLossReviews) {
  const el = mount('c-loss-root-causes', LossRootCauses, props);
  await flushPromises();
  if (data !== null) adapter.emit(data, (c) => c.operationName === 'lossReviews');
  await flushPromises();
  return el;
}
const bars = (el: HTMLElement) =>
  (byId(el, 'pareto') as unknown as { bars: { label: string; value: number; variant: string }[] }).bars;
const choose = async (el: HTMLElement, id: string, value: string) => {
  byId(el, id)!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flushPromises();
};

// The accessibility audit of a full page of real records takes seconds, more under coverage.
jest.setTimeout(30_000);

describe('c-loss-root-causes', () => {
  afterEach(cleanup);

  it('reads the reviews since the first day any period needs', async () => {
    await load(PROPS, null);
    expect(configOf().variables).toEqual({ sinceDate: '2025-11-01', after: null });
  });

  it('counts each root cause in the period, largest first, with the vital few highlighted', async () => {
    const el = await load();
    const expected = countBy(q3Reviews()).sort((a, b) => b[1] - a[1]);
    const shown = bars(el);
    expect(shown.map((b) => b.value).reduce((s, v) => s + v, 0)).toBe(q3Reviews().length);
    expect(shown[0].value).toBe(expected[0][1]);
    expect(shown.map((b) => b.value)).toEqual(expected.map(([, n]) => n));
    expect(shown[0].variant).toBe('warning');
    expect(shown[shown.length - 1].variant).toBe('neutral');
    // Each team's row adds up to the period's reviews.
    const teamCounts = allById(el, 'team-row').map((r) => Number(r.querySelectorAll('td')[0].textContent));
    expect(teamCounts.reduce((s, n) => s + n, 0)).toBe(q3Reviews().length);
    await expect(el).toBeAccessible();
  });

  it('by amount, converts with the org’s rates: £1 at 0.5 per dollar is $2', async () => {
    const el = await load({ ...PROPS, currencySettings: RATES });
    await choose(el, 'measure', 'amount');
    const dollars = (n: Node) => {
      const rate = { USD: 1, EUR: 0.8, GBP: 0.5 }[n.Opportunity__r.CurrencyIsoCode.value as 'USD'];
      return n.Opportunity__r.Amount.value / rate;
    };
    const byCause = new Map<string, number>();
    for (const n of q3Reviews())
      byCause.set(n.Root_Cause__c.displayValue, (byCause.get(n.Root_Cause__c.displayValue) ?? 0) + dollars(n));
    const top = [...byCause.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(bars(el)[0].label).toBe(top[0]);
    expect(bars(el)[0].value).toBeCloseTo(top[1], 6);
    expect(byId(el, 'unknown-amount')).toBeNull();
  });

  it('without rates, amounts in other currencies count as unknown instead of being mixed in', async () => {
    const el = await load();
    await choose(el, 'measure', 'amount');
    expect(byId(el, 'unknown-amount')!.textContent).toBe('c.Coaching_Losses_Unknown_Amount');
    const usd = q3Reviews((n) => n.Opportunity__r.CurrencyIsoCode.value === 'USD');
    const total = bars(el).reduce((s, b) => s + b.value, 0);
    expect(total).toBeCloseTo(
      usd.reduce((s, n) => s + n.Opportunity__r.Amount.value, 0),
      6
    );
  });

  it('filters by review type and team, and lists the reviews behind a cause', async () => {
    const el = await load();
    // The demo's disengaged deals were all reviewed in November: none in FY2027 Q3.
    expect(q3Reviews((n) => n.Review_Type__c.value === 'Disengaged')).toHaveLength(0);
    await choose(el, 'type', 'Disengaged');
    expect(byId(el, 'empty')).not.toBeNull();
    await choose(el, 'type', 'Lost');
    expect(bars(el).reduce((s, b) => s + b.value, 0)).toBe(q3Reviews((n) => n.Review_Type__c.value === 'Lost').length);
    await choose(el, 'type', 'all');
    await choose(el, 'team', DANIEL);
    const daniels = q3Reviews((n) => n.Opportunity__r.Owner.ManagerId.value === DANIEL);
    expect(bars(el).reduce((s, b) => s + b.value, 0)).toBe(daniels.length);
    const [cause, count] = countBy(daniels).sort((a, b) => b[1] - a[1])[0];
    const causeValue = daniels.find((n) => n.Root_Cause__c.displayValue === cause)!.Root_Cause__c.value;
    await choose(el, 'cause', causeValue);
    const rows = allById(el, 'review');
    expect(rows).toHaveLength(count);
    const link = rows[0].querySelector('a')!;
    expect(link.getAttribute('href')).toMatch(/^\/lightning\/r\/Opportunity\/006\w+\/view$/);
    await expect(el).toBeAccessible();
  });

  it('shows the causes per fiscal quarter over the whole trend', async () => {
    const el = await load();
    const rows = allById(el, 'trend-row');
    const totals = rows.map((r) => Number(r.querySelectorAll('td')[4].textContent));
    // Every review of FY2027 (1 Feb – 24 Nov 2026) in the teams in scope, counted once.
    const all = graphqlLossReviews.uiapi.query.Deal_Review__c.edges
      .map((e) => e.node)
      .filter((n) => {
        const day =
          n.Review_Type__c.value === 'Lost' ? n.Opportunity__r.CloseDate.value : (n.Reviewed_On__c?.value ?? '');
        return day >= '2026-02-01' && day <= '2026-11-24';
      });
    expect(totals.reduce((s, n) => s + n, 0)).toBe(all.length);
  });

  it('a period without reviews shows the empty state; an error shows the error panel', async () => {
    const empty = await load({ ...PROPS, periodStart: '2020-01-01', periodEnd: '2020-03-31' });
    expect(byId(empty, 'empty')).not.toBeNull();
    expect(byId(empty, 'pareto')).toBeNull();
    await expect(empty).toBeAccessible();
    cleanup();
    const failed = await load(PROPS, null);
    expect(byId(failed, 'loading')).not.toBeNull();
    adapter.emitErrors([{ message: 'Query timed out' }], (c) => c.operationName === 'lossReviews');
    await flushPromises();
    expect((byId(failed, 'error') as unknown as { errors: unknown }).errors).toEqual([{ message: 'Query timed out' }]);
    expect(byId(failed, 'loading')).toBeNull();
    await expect(failed).toBeAccessible();
  });

  it('amounts hidden by field-level security: the deals still count, the amounts say No data', async () => {
    const hidden = copy();
    for (const e of hidden.uiapi.query.Deal_Review__c.edges)
      delete (e.node.Opportunity__r as Partial<Node['Opportunity__r']>).Amount;
    const el = await load({ ...PROPS, currencySettings: RATES }, hidden);
    expect(bars(el).reduce((s, b) => s + b.value, 0)).toBe(q3Reviews().length);
    await choose(el, 'measure', 'amount');
    expect(byId(el, 'unknown-amount')).not.toBeNull();
    expect(allById(el, 'review')[0].querySelectorAll('td')[4].textContent).toBe('No data');
    await expect(el).toBeAccessible();
  });

  it('pages the reviews: a second page is asked for with the cursor', async () => {
    const first = copy();
    first.uiapi.query.Deal_Review__c.pageInfo = { hasNextPage: true, endCursor: 'next-page' };
    const el = await load(PROPS, first);
    expect(configOf().variables).toEqual({ sinceDate: '2025-11-01', after: 'next-page' });
    expect(byId(el, 'loading')).not.toBeNull();
  });
});
