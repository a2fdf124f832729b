import type { DealHealth } from 'c/dealHealth';
import type { RepMetrics } from 'c/pipelineMetrics';
import { rollUpRepHealth } from 'c/repHealth';

const metrics = (coverageRatio: number | null, creationRatio: number | null, note: string | null = null): RepMetrics =>
  ({
    repId: 'rep1',
    requiredCoverage: 3,
    current: { coverage: coverageRatio === null ? null : coverageRatio * 3, coverageRatio, coverageNote: note },
    creation: { ratio: creationRatio },
    excluded: { amountMissing: 1, rateMissing: 0, closeDateMissing: 2 }
  }) as unknown as RepMetrics;

const deal = (score: number, amount: number | null, flags: Partial<DealHealth> = {}): DealHealth =>
  ({
    score,
    amount,
    band: score < 40 ? 'AT_RISK' : 'HEALTHY',
    isStale: false,
    daysPastDue: null,
    closeDate: '2026-12-01',
    factors: [],
    ...flags
  }) as DealHealth;

describe('rep health', () => {
  it('weighs four components by hand', () => {
    const h = rollUpRepHealth(metrics(0.5, 2), [deal(90, 300), deal(30, 100, { isStale: true })]);
    // Coverage 0.5 of required → 50. Deal health (90 × 300 + 30 × 100) ÷ 400 = 75.
    // Hygiene: 1 of 2 clean → 50. Creation ratio 2 → capped at 100.
    // (50 × 35 + 75 × 30 + 50 × 20 + 100 × 15) ÷ 100 = (1750 + 2250 + 1000 + 1500) ÷ 100 = 65.
    expect(h.components.map((c) => c.value)).toEqual([50, 75, 50, 100]);
    expect(h.score).toBe(65);
    expect(h.band).toBe('WATCH');
    expect([h.openDeals, h.atRiskDeals, h.staleDeals, h.excludedRecords]).toEqual([2, 1, 1, 3]);
  });

  it('leaves out components without data and rescales the others', () => {
    // No quota (coverage null), no creation target: (80 × 30 + 100 × 20) ÷ 50 = 88.
    const h = rollUpRepHealth(metrics(null, null), [deal(80, null)]);
    expect(h.components.map((c) => c.value)).toEqual([null, 80, 100, null]);
    expect(h.score).toBe(88);
  });

  it('treats a met quota as full coverage and has no score without any data', () => {
    expect(rollUpRepHealth(metrics(null, null, 'QUOTA_MET'), []).components[0].value).toBe(100);
    const empty = rollUpRepHealth(metrics(null, null), []);
    expect(empty.score).toBeNull();
    expect(empty.band).toBeNull();
  });

  it('weighs deals without an amount like the average deal', () => {
    // Amounts 100 and none (→ 100): (20 × 100 + 60 × 100) ÷ 200 = 40.
    expect(rollUpRepHealth(metrics(null, null), [deal(20, 100), deal(60, null)]).components[1].value).toBe(40);
  });
});
