/**
 * Rep health: a 0–100 roll-up a manager can check by hand. Four components, each 0–100 with the numbers
 * behind it; a component without data is left out and the weights of the others are scaled up, so a missing
 * quota never reads as a bad rep.
 */
import type { Id } from 'c/coachingModel';
import type { DealHealth, HealthBand } from 'c/dealHealth';
import { bandOf } from 'c/dealHealth';
import type { RepMetrics } from 'c/pipelineMetrics';
import { clamp, ratio } from 'c/numberStats';

export type HealthComponentKey = 'COVERAGE' | 'DEAL_HEALTH' | 'HYGIENE' | 'PIPELINE_CREATION';

export const HEALTH_WEIGHTS: Readonly<Record<HealthComponentKey, number>> = Object.freeze({
  COVERAGE: 35,
  DEAL_HEALTH: 30,
  HYGIENE: 20,
  PIPELINE_CREATION: 15
});

export interface HealthComponent {
  key: HealthComponentKey;
  label: string;
  /** 0–100, or null when there is no data (then it does not count). */
  value: number | null;
  weight: number;
  detail: string;
}

export interface RepHealth {
  repId: Id;
  score: number | null;
  band: HealthBand | null;
  components: HealthComponent[];
  openDeals: number;
  atRiskDeals: number;
  staleDeals: number;
  pastDueDeals: number;
  /** Records left out of money figures (missing amount or rate) and without a close date. */
  excludedRecords: number;
}

const pct = (value: number | null): string => (value === null ? 'no data' : `${Math.round(value * 100)}%`);

/** Amount-weighted mean score; deals without an amount weigh as much as the average deal that has one. */
function weightedDealScore(deals: readonly DealHealth[]): number | null {
  if (deals.length === 0) return null;
  let knownSum = 0;
  let knownCount = 0;
  for (const d of deals)
    if (d.amount !== null && d.amount > 0) {
      knownSum += d.amount;
      knownCount++;
    }
  const fallback = knownCount > 0 ? knownSum / knownCount : 1;
  let weighted = 0;
  let weights = 0;
  for (const d of deals) {
    const w = d.amount !== null && d.amount > 0 ? d.amount : fallback;
    weighted += d.score * w;
    weights += w;
  }
  return ratio(weighted, weights);
}

export function rollUpRepHealth(metrics: RepMetrics, deals: readonly DealHealth[]): RepHealth {
  const cur = metrics.current;
  const coverageValue =
    cur.coverageNote === 'QUOTA_MET' ? 100 : cur.coverageRatio === null ? null : clamp(cur.coverageRatio, 0, 1) * 100;
  const dealScore = weightedDealScore(deals);
  // One pass over the deals for every count (this runs for each rep of every view).
  let stale = 0;
  let pastDue = 0;
  let clean = 0;
  let atRisk = 0;
  for (const d of deals) {
    if (d.isStale) stale++;
    if (d.daysPastDue !== null) pastDue++;
    if (d.band === 'AT_RISK') atRisk++;
    if (d.isStale || d.daysPastDue !== null || d.closeDate === null) continue;
    let hasAmount = true;
    for (const f of d.factors) if (f.code === 'AMOUNT_MISSING') hasAmount = false;
    if (hasAmount) clean++;
  }
  const hygiene = ratio(clean, deals.length);
  const creation = metrics.creation.ratio;
  const components: HealthComponent[] = [
    {
      key: 'COVERAGE',
      label: 'Current-quarter coverage against required',
      value: coverageValue,
      weight: HEALTH_WEIGHTS.COVERAGE,
      detail:
        cur.coverageNote === 'QUOTA_MET'
          ? 'Quota already met'
          : `Coverage ${cur.coverage === null ? 'no data' : cur.coverage.toFixed(2) + '×'} of ${metrics.requiredCoverage.toFixed(2)}× required`
    },
    {
      key: 'DEAL_HEALTH',
      label: 'Open deal health (amount-weighted)',
      value: dealScore,
      weight: HEALTH_WEIGHTS.DEAL_HEALTH,
      detail: `${deals.length} open deals, ${atRisk} at risk`
    },
    {
      key: 'HYGIENE',
      label: 'Deals with a current close date, an amount and not stale',
      value: hygiene === null ? null : hygiene * 100,
      weight: HEALTH_WEIGHTS.HYGIENE,
      detail: `${clean} of ${deals.length} clean (${pct(hygiene)}); ${stale} stale, ${pastDue} past due`
    },
    {
      key: 'PIPELINE_CREATION',
      label: 'Pipeline created against the rate needed',
      value: creation === null ? null : clamp(creation, 0, 1) * 100,
      weight: HEALTH_WEIGHTS.PIPELINE_CREATION,
      detail: `${pct(creation)} of the weekly rate needed`
    }
  ];
  const present = components.filter((c) => c.value !== null);
  const weightSum = present.reduce((s, c) => s + c.weight, 0);
  const raw = ratio(
    present.reduce((s, c) => s + (c.value as number) * c.weight, 0),
    weightSum
  );
  const score = raw === null ? null : Math.round(raw);
  return {
    repId: metrics.repId,
    score,
    band: score === null ? null : bandOf(score),
    components,
    openDeals: deals.length,
    atRiskDeals: atRisk,
    staleDeals: stale,
    pastDueDeals: pastDue,
    excludedRecords: metrics.excluded.amountMissing + metrics.excluded.rateMissing + metrics.excluded.closeDateMissing
  };
}
