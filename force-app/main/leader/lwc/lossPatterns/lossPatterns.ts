/**
 * Loss root-cause patterns for sales ops and enablement: a Pareto of the documented causes of lost and
 * disengaged deals by count or by amount, the same causes per period (over time) and per team. Pure: the
 * caller passes reviews with amounts already converted to one currency and the periods to bucket into.
 * Shares are of the total of the chosen measure; with nothing to share (no reviews, or every amount zero or
 * unknown) every share is null, never NaN.
 */
import type { Id, IsoDate } from 'c/coachingModel';

export interface LossReview {
  id: Id;
  opportunityId: Id;
  opportunityName: string;
  reviewType: 'Lost' | 'Disengaged';
  /** The picklist API value (admins relabel values; the code keys on the API name). */
  rootCause: string | null;
  rootCauseLabel: string | null;
  notes: string | null;
  /** When the loss happened: the close date of a lost deal, the review date of a disengaged one. */
  eventDate: IsoDate | null;
  /** In the report currency; null when the amount is hidden, blank or cannot be converted. */
  amount: number | null;
  /** The deal's own amount and currency, shown when it cannot be converted. */
  originalAmount?: number | null;
  originalCurrency?: string | null;
  ownerId: Id | null;
  ownerName: string | null;
  managerId: Id | null;
  managerName: string | null;
}

export type ParetoMeasure = 'count' | 'amount';

/** The key of reviews without a root cause (the field is required, so only bad or hidden data lands here). */
export const UNSPECIFIED_CAUSE = '__UNSPECIFIED__';

export interface ParetoBar {
  cause: string;
  label: string;
  count: number;
  amount: number;
  /** The chosen measure. */
  value: number;
  share: number | null;
  cumulativeShare: number | null;
  /** Among the few causes that together make up `vitalShare` of the total (the Pareto "vital few"). */
  vitalFew: boolean;
}

export interface Pareto {
  measure: ParetoMeasure;
  total: number;
  reviewCount: number;
  /** Reviews whose amount is unknown: they count in the count measure and add nothing to the amount. */
  unknownAmountCount: number;
  bars: ParetoBar[];
  vitalFewCount: number;
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const causeOf = (r: LossReview): string => (r.rootCause && r.rootCause.trim() ? r.rootCause : UNSPECIFIED_CAUSE);

interface CauseTotals {
  cause: string;
  label: string;
  count: number;
  amount: number;
}

function totalsByCause(reviews: readonly LossReview[], unspecifiedLabel: string): Map<string, CauseTotals> {
  const byCause = new Map<string, CauseTotals>();
  for (const r of reviews) {
    const cause = causeOf(r);
    let t = byCause.get(cause);
    if (!t) {
      t = {
        cause,
        label: cause === UNSPECIFIED_CAUSE ? unspecifiedLabel : r.rootCauseLabel || cause,
        count: 0,
        amount: 0
      };
      byCause.set(cause, t);
    }
    t.count++;
    if (finite(r.amount) && r.amount > 0) t.amount += r.amount;
  }
  return byCause;
}

/**
 * Causes ordered by the measure (largest first; ties by the other measure, then the label), each with its share, the running share and
 * whether it belongs to the vital few: the shortest run of top causes reaching `vitalShare` of the total.
 */
export function lossPareto(
  reviews: readonly LossReview[],
  measure: ParetoMeasure,
  options: { vitalShare?: number; unspecifiedLabel?: string } = {}
): Pareto {
  const list = reviews ?? [];
  const vitalShare = finite(options.vitalShare) && options.vitalShare > 0 ? Math.min(1, options.vitalShare) : 0.8;
  const totals = [...totalsByCause(list, options.unspecifiedLabel ?? 'Unspecified').values()];
  const valueOf = (t: CauseTotals): number => (measure === 'amount' ? t.amount : t.count);
  const otherOf = (t: CauseTotals): number => (measure === 'amount' ? t.count : t.amount);
  totals.sort((a, b) => valueOf(b) - valueOf(a) || otherOf(b) - otherOf(a) || a.label.localeCompare(b.label));
  const total = totals.reduce((s, t) => s + valueOf(t), 0);
  let running = 0;
  let reached = false;
  let vitalFewCount = 0;
  const bars = totals.map((t): ParetoBar => {
    const value = valueOf(t);
    running += value;
    const vitalFew = total > 0 && value > 0 && !reached;
    if (vitalFew) vitalFewCount++;
    // Compare in whole parts per million so 0.8 reached through float sums (0.1 + 0.7) still counts.
    if (total > 0 && Math.round((running / total) * 1e6) >= Math.round(vitalShare * 1e6)) reached = true;
    return {
      cause: t.cause,
      label: t.label,
      count: t.count,
      amount: t.amount,
      value,
      share: total > 0 ? value / total : null,
      cumulativeShare: total > 0 ? running / total : null,
      vitalFew
    };
  });
  return {
    measure,
    total,
    reviewCount: list.length,
    unknownAmountCount: list.filter((r) => !finite(r.amount)).length,
    bars,
    vitalFewCount
  };
}

export interface LossPeriod {
  key: string;
  label: string;
  /** Calendar dates, both inclusive. */
  start: IsoDate;
  end: IsoDate;
}

export interface CauseTrendRow {
  cause: string;
  label: string;
  /** Count per period, in the order of the periods. */
  counts: number[];
  total: number;
}

export interface LossTrend {
  periods: LossPeriod[];
  rows: CauseTrendRow[];
  /** Reviews per period over every cause. */
  periodTotals: number[];
  /** Reviews without a date or outside every period. */
  undated: number;
}

/** How many reviews of each cause fell into each period; causes ordered by their total, largest first. */
export function lossTrend(
  reviews: readonly LossReview[],
  periods: readonly LossPeriod[],
  unspecifiedLabel = 'Unspecified'
): LossTrend {
  const list = periods ?? [];
  const periodOf = (date: IsoDate | null): number => {
    const day = date ? date.slice(0, 10) : null;
    return day ? list.findIndex((p) => day >= p.start && day <= p.end) : -1;
  };
  const rows = new Map<string, CauseTrendRow>();
  const periodTotals = list.map(() => 0);
  let undated = 0;
  for (const r of reviews ?? []) {
    const index = periodOf(r.eventDate);
    if (index < 0) {
      undated++;
      continue;
    }
    const cause = causeOf(r);
    let row = rows.get(cause);
    if (!row) {
      row = {
        cause,
        label: cause === UNSPECIFIED_CAUSE ? unspecifiedLabel : r.rootCauseLabel || cause,
        counts: list.map(() => 0),
        total: 0
      };
      rows.set(cause, row);
    }
    row.counts[index]++;
    row.total++;
    periodTotals[index]++;
  }
  return {
    periods: [...list],
    rows: [...rows.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label)),
    periodTotals,
    undated
  };
}

export interface TeamLosses {
  managerId: Id | null;
  managerName: string | null;
  count: number;
  amount: number;
  /** The team's most frequent cause (ties: the larger amount, then the label). */
  topCause: string | null;
  topCauseLabel: string | null;
  topCauseCount: number;
}

/** Losses per team (the deal owner's manager), most losses first. */
export function lossesByTeam(reviews: readonly LossReview[], unspecifiedLabel = 'Unspecified'): TeamLosses[] {
  const teams = new Map<string, { managerId: Id | null; managerName: string | null; reviews: LossReview[] }>();
  for (const r of reviews ?? []) {
    const key = r.managerId ?? '';
    let team = teams.get(key);
    if (!team) {
      team = { managerId: r.managerId, managerName: r.managerName, reviews: [] };
      teams.set(key, team);
    }
    team.reviews.push(r);
  }
  return [...teams.values()]
    .map((team): TeamLosses => {
      const top = lossPareto(team.reviews, 'count', { unspecifiedLabel }).bars[0];
      return {
        managerId: team.managerId,
        managerName: team.managerName,
        count: team.reviews.length,
        amount: team.reviews.reduce((s, r) => s + (finite(r.amount) && r.amount > 0 ? r.amount : 0), 0),
        topCause: top?.cause ?? null,
        topCauseLabel: top?.label ?? null,
        topCauseCount: top?.count ?? 0
      };
    })
    .sort((a, b) => b.count - a.count || (a.managerName ?? '').localeCompare(b.managerName ?? ''));
}

export interface LossFilter {
  /** Calendar dates, both inclusive: the review's event date must fall in between. */
  start: IsoDate;
  end: IsoDate;
  /** Only these teams (the deal owner's manager); null = every team. */
  managerIds?: readonly Id[] | null;
  reviewType?: 'Lost' | 'Disengaged' | null;
}

/** The reviews of the window, the teams and the review type asked for; undated reviews are left out. */
export function filterLosses(reviews: readonly LossReview[], filter: LossFilter): LossReview[] {
  const teams = filter.managerIds ? new Set(filter.managerIds) : null;
  return (reviews ?? []).filter((r) => {
    const day = r.eventDate ? r.eventDate.slice(0, 10) : null;
    if (!day || day < filter.start || day > filter.end) return false;
    if (teams && !(r.managerId && teams.has(r.managerId))) return false;
    return !filter.reviewType || r.reviewType === filter.reviewType;
  });
}
