import fc from 'fast-check';
import { assertProperty } from '@test/engine/property';
import type { Opportunity } from 'c/coachingModel';
import { buildAgenda, buildOrgPipeline, buildTeamView } from 'c/coachingEngine';
import { CLOCK, nonFiniteNumbers } from '@test/engine/records';
import { datasetArb } from '@test/engine/arbitraries';

/**
 * An independent, naive reading of the money rules: first record per id; an amount must be a number in
 * [0, 1e16) (the Currency field's range); USD as is, EUR ÷ 0.8, anything else excluded.
 */
function naiveTotals(opps: readonly Opportunity[]) {
  const seen = new Set<string>();
  const out = { records: 0, open: 0, won: 0, lost: 0, excluded: 0 };
  for (const o of opps) {
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    out.records++;
    const valid = typeof o.amount === 'number' && o.amount >= 0 && o.amount < 1e16;
    const rate =
      o.currencyIsoCode === null || o.currencyIsoCode === 'USD' ? 1 : o.currencyIsoCode === 'EUR' ? 0.8 : null;
    if (!valid || rate === null) {
      out.excluded++;
      continue;
    }
    const usd = (o.amount as number) / rate;
    if (!o.isClosed) out.open += usd;
    else if (o.isWon) out.won += usd;
    else out.lost += usd;
  }
  return out;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('engine properties over random messy datasets', () => {
  it('the org-wide pass reconciles with a naive recount and never yields NaN or Infinity', () => {
    assertProperty(
      fc.property(datasetArb, (ds) => {
        const view = buildOrgPipeline(ds, CLOCK);
        const t = view.pipeline.org.totals;
        const naive = naiveTotals(ds.opportunities);
        const excluded = t.excludedAmountMissing + t.excludedRateMissing;
        expect(nonFiniteNumbers(view)).toEqual([]);
        expect(t.records).toBe(naive.records);
        expect(excluded).toBe(naive.excluded);
        expect(
          close(t.allOpenAmount, naive.open) && close(t.allWonAmount, naive.won) && close(t.allLostAmount, naive.lost)
        ).toBe(true);
        // Quarter buckets are parts of the open amount; commit and best case are parts of the pipeline.
        const cur = view.pipeline.org.current;
        expect(cur.commit + cur.bestCase).toBeLessThanOrEqual(cur.openPipeline + 1e-6);
        expect(cur.openPipeline + view.pipeline.org.next.openPipeline).toBeLessThanOrEqual(t.openAmount + 1e-6);
        // The owners add up to the org.
        let records = 0;
        let open = 0;
        for (const m of view.pipeline.byOwner.values()) {
          records += m.records;
          open += m.openAmount;
        }
        expect(records).toBe(t.records);
        expect(close(open, t.openAmount)).toBe(true);
      }),
      { numRuns: 150 }
    );
  });

  it('the team view is finite, its totals are the sum of its reps, and scores stay in 0–100', () => {
    assertProperty(
      fc.property(datasetArb, (ds) => {
        const view = buildTeamView(ds, CLOCK, { managerId: 'mgr' });
        expect(nonFiniteNumbers(view)).toEqual([]);
        const sum = (pick: (r: (typeof view.reps)[number]) => number): number =>
          view.reps.reduce((s, r) => s + pick(r), 0);
        expect(
          close(
            view.team.current.openPipeline,
            sum((r) => r.metrics.current.openPipeline)
          )
        ).toBe(true);
        expect(
          close(
            view.team.current.closedWon,
            sum((r) => r.metrics.current.closedWon)
          )
        ).toBe(true);
        expect(view.team.records).toBe(sum((r) => r.metrics.records));
        for (const r of view.reps) {
          expect(r.health.score === null || (r.health.score >= 0 && r.health.score <= 100)).toBe(true);
          for (const d of r.deals) expect(d.score >= 0 && d.score <= 100).toBe(true);
          for (const g of r.diagnosis.gaps) expect(g.confidence >= 0 && g.confidence <= 1).toBe(true);
          expect(r.diagnosis.gaps.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 }
    );
  });

  it('the agenda is finite, has the seven sections in order and items sorted by importance', () => {
    assertProperty(
      fc.property(datasetArb, fc.constantFrom('rep1', 'rep2', 'rep3', 'rep4'), (ds, rep) => {
        const view = buildAgenda(ds, rep, CLOCK);
        expect(nonFiniteNumbers(view)).toEqual([]);
        const sections = view.agenda!.sections;
        expect(sections.map((s) => s.key)).toEqual([
          'Action_Items',
          'Lost_Disengaged',
          'Opportunity_Review',
          'Pipeline_Risk',
          'Account_Priorities',
          'Skills',
          'Forecast'
        ]);
        for (const s of sections) {
          for (let i = 1; i < s.items.length; i++)
            expect(s.items[i - 1].importance).toBeGreaterThanOrEqual(s.items[i].importance);
          for (const item of s.items) expect(item.questions.length).toBeLessThanOrEqual(3);
        }
      }),
      { numRuns: 60 }
    );
  });
});
