import fc from 'fast-check';
import { lossPareto, lossTrend, lossesByTeam, UNSPECIFIED_CAUSE, type LossReview } from 'c/lossPatterns';
import { assertProperty } from '@test/engine/property';

let seq = 0;
const review = (rootCause: string | null, amount: number | null, extra: Partial<LossReview> = {}): LossReview => ({
  id: `R${++seq}`,
  opportunityId: `O${seq}`,
  opportunityName: `Deal ${seq}`,
  reviewType: 'Lost',
  rootCause,
  rootCauseLabel: rootCause ? `${rootCause} label` : null,
  notes: null,
  eventDate: '2026-03-15',
  amount,
  ownerId: 'U1',
  ownerName: 'Rob',
  managerId: 'M1',
  managerName: 'Mia',
  ...extra
});

const SAMPLE = (): LossReview[] => [
  review('Price', 100),
  review('Price', 300),
  review('Price', null, { reviewType: 'Disengaged' }),
  review('Competitor', 1000),
  review('Timing', 50),
  review('Budget', 0)
];

describe('lossPareto', () => {
  it('by count: causes largest first, ties broken by amount, with running shares and the vital few', () => {
    const p = lossPareto(SAMPLE(), 'count');
    // Price 3; Competitor, Timing and Budget 1 each, ordered by amount 1000 > 50 > 0. Total 6.
    expect(p.bars.map((b) => [b.cause, b.value])).toEqual([
      ['Price', 3],
      ['Competitor', 1],
      ['Timing', 1],
      ['Budget', 1]
    ]);
    expect(p.total).toBe(6);
    // Running shares 3/6 = 0.5, 4/6 ≈ 0.667, 5/6 ≈ 0.833, 6/6 = 1.
    expect(p.bars.map((b) => b.cumulativeShare)).toEqual([0.5, 4 / 6, 5 / 6, 1]);
    expect(p.bars[0].share).toBe(0.5);
    // 80% is first reached by Timing (0.833): the vital few are Price, Competitor, Timing.
    expect(p.bars.map((b) => b.vitalFew)).toEqual([true, true, true, false]);
    expect(p.vitalFewCount).toBe(3);
    expect(p.unknownAmountCount).toBe(1);
    expect(p.bars[0].label).toBe('Price label');
  });

  it('by amount: unknown amounts add nothing, and a zero-amount cause is never vital', () => {
    const p = lossPareto(SAMPLE(), 'amount');
    // Competitor 1000, Price 100 + 300 = 400, Timing 50, Budget 0. Total 1450.
    expect(p.bars.map((b) => [b.cause, b.value])).toEqual([
      ['Competitor', 1000],
      ['Price', 400],
      ['Timing', 50],
      ['Budget', 0]
    ]);
    expect(p.total).toBe(1450);
    expect(p.bars[0].share).toBeCloseTo(1000 / 1450, 10); // 0.6897
    expect(p.bars[1].cumulativeShare).toBeCloseTo(1400 / 1450, 10); // 0.9655: 80% reached here
    expect(p.bars.map((b) => b.vitalFew)).toEqual([true, true, false, false]);
    expect(p.bars[3].share).toBe(0);
    // Count is still carried for the amount view: Price has 3 reviews, one without an amount.
    expect(p.bars[1].count).toBe(3);
  });

  it('a cause reaching exactly 80% is the whole vital few', () => {
    const p = lossPareto([review('A', 1), review('A', 1), review('A', 1), review('A', 1), review('B', 1)], 'count');
    // A: 4 of 5 = 0.8 exactly.
    expect(p.bars.map((b) => b.vitalFew)).toEqual([true, false]);
    // The threshold is compared without float noise: 0.1 + 0.7 reaches 0.8 as well.
    const q = lossPareto([review('A', 7), review('B', 1), review('C', 2)], 'amount', { vitalShare: 0.8 });
    // A 7 of 10 = 0.7; + C 2 → 0.9 reaches it. B (0.1) is left out.
    expect(q.bars.map((b) => [b.cause, b.vitalFew])).toEqual([
      ['A', true],
      ['C', true],
      ['B', false]
    ]);
  });

  it('no reviews, or no known amount: no shares, no vital few, never NaN', () => {
    expect(lossPareto([], 'count')).toEqual({
      measure: 'count',
      total: 0,
      reviewCount: 0,
      unknownAmountCount: 0,
      bars: [],
      vitalFewCount: 0
    });
    const p = lossPareto([review('A', null), review('B', Number.NaN)], 'amount');
    expect(p.total).toBe(0);
    expect(p.unknownAmountCount).toBe(2);
    expect(p.bars.every((b) => b.share === null && b.cumulativeShare === null && !b.vitalFew)).toBe(true);
    expect(lossPareto(null as unknown as LossReview[], 'count').bars).toEqual([]);
  });

  it('reviews without a root cause are grouped and labelled, not dropped', () => {
    const p = lossPareto([review(null, 10), review('  ', 5), review('Price', 1)], 'count', {
      unspecifiedLabel: 'Not documented'
    });
    expect(p.bars[0]).toMatchObject({ cause: UNSPECIFIED_CAUSE, label: 'Not documented', count: 2, amount: 15 });
  });

  it('property: shares add up, running shares rise to 1, the vital few are a prefix, nothing is NaN', () => {
    const reviewArb = fc.record({
      cause: fc.constantFrom('Price', 'Competitor', 'Timing', 'Budget', 'Other', null),
      amount: fc.option(fc.double({ min: -10, max: 1e9, noNaN: true }), { nil: null })
    });
    assertProperty(
      fc.property(fc.array(reviewArb, { maxLength: 60 }), fc.constantFrom('count', 'amount'), (rows, measure) => {
        const p = lossPareto(
          rows.map((r) => review(r.cause, r.amount)),
          measure as 'count' | 'amount'
        );
        const counts = p.bars.reduce((s, b) => s + b.count, 0);
        if (counts !== rows.length) return false;
        for (let i = 1; i < p.bars.length; i++) {
          if (p.bars[i].value > p.bars[i - 1].value) return false;
          if (p.bars[i].vitalFew && !p.bars[i - 1].vitalFew) return false;
        }
        const numbers = p.bars.flatMap((b) => [b.value, b.amount, b.share ?? 0, b.cumulativeShare ?? 0]);
        if (numbers.some((n) => !Number.isFinite(n))) return false;
        if (p.total === 0) return p.bars.every((b) => b.share === null);
        const shares = p.bars.reduce((s, b) => s + (b.share as number), 0);
        return (
          Math.abs(shares - 1) < 1e-9 && Math.abs((p.bars[p.bars.length - 1].cumulativeShare as number) - 1) < 1e-9
        );
      })
    );
  });
});

describe('lossTrend', () => {
  const periods = [
    { key: 'q1', label: 'FY2027 Q1', start: '2026-02-01', end: '2026-04-30' },
    { key: 'q2', label: 'FY2027 Q2', start: '2026-05-01', end: '2026-07-31' }
  ];

  it('counts each cause per period, including the first and last day of a period', () => {
    const t = lossTrend(
      [
        review('Price', 1, { eventDate: '2026-02-01' }),
        review('Price', 1, { eventDate: '2026-04-30' }),
        review('Price', 1, { eventDate: '2026-05-01' }),
        review('Timing', 1, { eventDate: '2026-07-31' }),
        review('Timing', 1, { eventDate: '2026-08-01' }), // after the last period
        review('Timing', 1, { eventDate: null })
      ],
      periods
    );
    expect(t.rows.map((r) => [r.cause, r.counts, r.total])).toEqual([
      ['Price', [2, 1], 3],
      ['Timing', [0, 1], 1]
    ]);
    expect(t.periodTotals).toEqual([2, 2]);
    expect(t.undated).toBe(2);
  });

  it('no periods or no reviews: an empty table, not an error', () => {
    expect(lossTrend([review('Price', 1)], [])).toEqual({ periods: [], rows: [], periodTotals: [], undated: 1 });
    expect(lossTrend([], periods).rows).toEqual([]);
  });
});

describe('lossesByTeam', () => {
  it('totals each manager’s team and names its most frequent cause', () => {
    const teams = lossesByTeam([
      review('Price', 100, { managerId: 'M1', managerName: 'Mia' }),
      review('Timing', 500, { managerId: 'M1', managerName: 'Mia' }),
      review('Timing', 50, { managerId: 'M1', managerName: 'Mia' }),
      review('Price', 10, { managerId: 'M2', managerName: 'Max' }),
      review('Budget', null, { managerId: null, managerName: null })
    ]);
    // Mia: 3 losses, 100 + 500 + 50 = 650, Timing twice. Max: 1 loss, 10. No manager: 1 loss, amount unknown → 0.
    expect(teams.map((t) => [t.managerName, t.count, t.amount, t.topCause, t.topCauseCount])).toEqual([
      ['Mia', 3, 650, 'Timing', 2],
      [null, 1, 0, 'Budget', 1],
      ['Max', 1, 10, 'Price', 1]
    ]);
    expect(lossesByTeam([])).toEqual([]);
  });
});
