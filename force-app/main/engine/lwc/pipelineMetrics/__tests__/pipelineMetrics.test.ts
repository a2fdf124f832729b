import type { Opportunity } from 'c/coachingModel';
import fc from 'fast-check';
import { assertProperty } from '@test/engine/property';
import { MISSING_ID, REPEATED_ID, computeOrgPipeline, indexQuotas, recordFlags, teamMetrics } from 'c/pipelineMetrics';
import { CLOCK, dataset, lost, opportunity, quota, won } from '@test/engine/records';
import { REPS, repId, seedTeam } from '@test/engine/seedTeam';
import { metricsContext } from '@test/engine/metricsHarness';

function run(opps: Opportunity[], quotas = [quota()], clock = CLOCK, extra = {}) {
  const ds = dataset({ opportunities: opps, quotas, ...extra });
  const ctx = metricsContext(ds, clock);
  return { result: computeOrgPipeline(opps, indexQuotas(quotas), ctx), ctx };
}

describe('pipeline metrics: the seed team of 9 reps with a $1M quota each', () => {
  const ds = seedTeam();
  const ctx = metricsContext(ds, CLOCK);
  const { byOwner } = computeOrgPipeline(ds.opportunities, indexQuotas(ds.quotas), ctx);

  it('computes rep 1 by hand', () => {
    const m = byOwner.get('rep1')!;
    expect(m.current.quarter.label).toBe('FY2027 Q4');
    expect(m.current.quota).toBeCloseTo(1_000_000, 6);
    expect(m.current.closedWon).toBe(50_000); // 50,000 × 1
    expect(m.current.commit).toBe(200_000);
    expect(m.current.bestCase).toBe(100_000);
    expect(m.current.openPipeline).toBe(400_000); // 200,000 + 100,000 + 100,000 × 1
    expect(m.current.forecastCommit).toBe(250_000); // 50,000 + 200,000
    expect(m.current.forecastBestCase).toBe(350_000); // + 100,000
    expect(m.current.gap).toBeCloseTo(950_000, 6); // 1,000,000 − 50,000
    expect(m.current.coverage).toBeCloseTo(400_000 / 950_000, 9); // 0.421
    expect(m.current.attainment).toBeCloseTo(0.05, 9);
    // Closed in the trailing four quarters: 2 won + 1 lost = 3 < 8 minimum → default 3×.
    expect(m.requiredCoverage).toBe(3);
    expect(m.requiredCoverageSource).toBe('DEFAULT');
    expect(m.current.coverageRatio).toBeCloseTo(400_000 / 950_000 / 3, 9);
    expect(m.trailing.winRateByCount).toBeCloseTo(2 / 3, 9);
    expect(m.trailing.winRateByAmount).toBeCloseTo(200_000 / 300_000, 9);
    expect(m.trailing.averageWonAmount).toBe(100_000);
    expect(m.trailing.salesCycleDays).toBe(60); // 2026-04-16 → 2026-06-15
    expect(m.trailing.wonByQuarter).toEqual([0, 0, 200_000, 0]); // June is in FY2027 Q2
    // Velocity = 4 open × 2/3 × 100,000 ÷ 60 days = 4,444.44 per day.
    expect(m.velocity).toBeCloseTo((4 * (2 / 3) * 100_000) / 60, 6);
    expect(m.next.openPipeline).toBe(300_000);
    expect(m.next.coverage).toBeCloseTo(0.3, 9); // 300,000 ÷ (1,000,000 − 0)
    // Created since 2026-08-26 (13 weeks back): the 4 open deals, 200k + 100k + 100k + 300k = 700,000.
    expect(m.creation.count).toBe(4);
    expect(m.creation.perWeek).toBeCloseTo(700_000 / 13, 6);
    // Needed: next quota 1,000,000 × 3 ÷ (89 days ÷ 7) weeks = 235,955.06 per week.
    expect(m.creation.neededPerWeek).toBeCloseTo((3_000_000 * 7) / 89, 6);
  });

  it('uses the rep’s own win rate for required coverage once there is enough history (rep 6)', () => {
    const m = byOwner.get('rep6')!;
    // 2 won + 6 lost = 8 closed ≥ 8: required = 1 ÷ (200,000 ÷ 800,000) = 4×.
    expect(m.requiredCoverageSource).toBe('WIN_RATE');
    expect(m.requiredCoverage).toBeCloseTo(4, 9);
    // Coverage = (300,000 + 600,000) ÷ (1,000,000 − 300,000) = 1.2857.
    expect(m.current.coverage).toBeCloseTo(900_000 / 700_000, 9);
  });

  it('adds the team up from sums, not averages', () => {
    const team = teamMetrics(
      'mgr',
      REPS.map((i) => byOwner.get(repId(i))!),
      ctx
    );
    expect(team.current.quota).toBeCloseTo(9_000_000, 6);
    expect(team.current.closedWon).toBe(2_250_000); // 50,000 × (1 + … + 9) = 50,000 × 45
    expect(team.current.commit).toBe(1_800_000);
    expect(team.current.bestCase).toBe(900_000);
    expect(team.current.openPipeline).toBe(7_200_000); // 9 × 300,000 + 100,000 × 45
    expect(team.current.coverage).toBeCloseTo(7_200_000 / 6_750_000, 9); // 1.0667
    expect(team.trailing.winRateByCount).toBeCloseTo(18 / 63, 9); // 18 won, 45 lost
    expect(team.requiredCoverage).toBeCloseTo(6_300_000 / 1_800_000, 9); // 3.5×
    expect(team.next.coverage).toBeCloseTo(2_700_000 / 9_000_000, 9);
    expect(team.records).toBe(9 * 7 + 45); // 7 fixed deals per rep + 45 lost
  });
});

describe('pipeline metrics: team quota counts only the reps who carry one', () => {
  // Rep 1: $1M quota, $300k open pipeline this quarter. Rep 2: no quota, $900k won this quarter.
  const deals = [
    opportunity({ ownerId: 'rep1', amount: 300_000, closeDate: '2026-12-15' }),
    won({ ownerId: 'rep2', amount: 900_000, closeDate: '2026-11-10' })
  ];

  it('keeps the no-quota rep’s wins out of the gap and coverage, but in the totals', () => {
    const { result, ctx } = run(deals, [quota({ userId: 'rep1' })]);
    const team = teamMetrics('mgr', [result.byOwner.get('rep1')!, result.byOwner.get('rep2')!], ctx);
    expect(team.current.quota).toBe(1_000_000);
    expect(team.current.closedWon).toBe(900_000); // reported: the team did close it
    expect(team.current.openPipeline).toBe(300_000);
    // Gap and coverage on the quota carriers only: 1,000,000 − 0 = 1,000,000; 300,000 ÷ 1,000,000 = 0.3×
    // (summing quotas but subtracting every win gave 300,000 ÷ (1,000,000 − 900,000) = 3.0×).
    expect(team.current.gap).toBe(1_000_000);
    expect(team.current.coverage).toBeCloseTo(0.3, 12);
    expect(team.current.attainment).toBe(0);
    expect(team.current.quotaScope).toEqual({
      ownersWithQuota: 1,
      ownersWithoutQuota: 1,
      closedWon: 0,
      openPipeline: 300_000
    });
  });

  it('treats a zero quota like no quota in a team, and a team of zero quotas as quota 0', () => {
    const { result, ctx } = run(deals, [quota({ userId: 'rep1' }), quota({ userId: 'rep2', amount: 0 })]);
    const reps = [result.byOwner.get('rep1')!, result.byOwner.get('rep2')!];
    expect(teamMetrics('mgr', reps, ctx).current.coverage).toBeCloseTo(0.3, 12);
    const zeros = run(deals, [quota({ userId: 'rep2', amount: 0 })]);
    const team = teamMetrics('mgr', [...zeros.result.byOwner.values()], zeros.ctx);
    expect([team.current.quota, team.current.coverageNote]).toEqual([0, 'QUOTA_ZERO']);
  });

  it('measures the team’s creation rate against the quota carriers’ need', () => {
    // Both deals were created 2026-09-01, inside the 13-week window. Only rep 1 carries next quarter's quota:
    // in scope 300,000 ÷ 13 = 23,077 per week against 1,000,000 × 3 ÷ (89 ÷ 7) = 235,955 needed.
    const { result, ctx } = run(deals, [quota({ userId: 'rep1', periodStart: '2027-02-01', periodEnd: '2027-04-30' })]);
    const team = teamMetrics('mgr', [...result.byOwner.values()], ctx);
    expect(team.creation.perWeek).toBeCloseTo(1_200_000 / 13, 6);
    expect(team.creation.perWeekInQuotaScope).toBeCloseTo(300_000 / 13, 6);
    expect(team.creation.ratio).toBeCloseTo(300_000 / 13 / ((3_000_000 * 7) / 89), 9);
  });

  it('counts the quota of a user who owns no opportunity in the org pass', () => {
    const { result } = run(deals, [quota({ userId: 'rep1' }), quota({ userId: 'rep3' })]);
    const rep3 = result.byOwner.get('rep3')!;
    expect([rep3.current.quota, rep3.current.coverage, rep3.records]).toEqual([1_000_000, 0, 0]);
    // Org: quota 2,000,000 (rep 1 and rep 3); rep 2's 900,000 has no quota → coverage 300,000 ÷ 2,000,000.
    expect(result.org.current.quota).toBe(2_000_000);
    expect(result.org.current.coverage).toBeCloseTo(0.15, 12);
    expect(result.org.current.quotaScope.ownersWithoutQuota).toBe(1);
  });
});

describe('pipeline metrics: bad input gives defined results and warnings', () => {
  it('excludes a missing amount from money but still counts the deal', () => {
    const { result, ctx } = run([opportunity({ amount: null }), opportunity({ amount: 100 })]);
    const m = result.byOwner.get('rep1')!;
    expect(m.current.openPipeline).toBe(100);
    expect(m.current.openCount).toBe(2);
    expect(m.excluded.amountMissing).toBe(1);
    expect(ctx.log.counts.AMOUNT_MISSING).toBe(1);
  });

  it('leaves a deal without a close date out of every quarter', () => {
    const { result, ctx } = run([opportunity({ closeDate: null }), opportunity({ closeDate: '2026-02-30' })]);
    const m = result.byOwner.get('rep1')!;
    expect(m.current.openCount).toBe(0);
    expect(m.openCount).toBe(2);
    expect(m.excluded.closeDateMissing).toBe(2);
    expect(ctx.log.counts.CLOSE_DATE_MISSING).toBe(2);
  });

  it('counts a closed deal dated in the future as closed today', () => {
    const { result, ctx } = run([won({ closeDate: '2027-03-01', amount: 500 })]);
    const m = result.byOwner.get('rep1')!;
    expect(m.current.closedWon).toBe(500);
    expect(m.next.closedWon).toBe(0);
    expect(ctx.log.counts.FUTURE_CLOSE_ON_CLOSED).toBe(1);
  });

  it('reports a missing or zero quota instead of dividing by it', () => {
    const missing = run([opportunity()], []).result.byOwner.get('rep1')!;
    expect(missing.current.quota).toBeNull();
    expect(missing.current.coverage).toBeNull();
    expect(missing.current.coverageNote).toBe('QUOTA_MISSING');
    expect(missing.creation.neededPerWeek).toBeNull();
    const zero = run([opportunity()], [quota({ amount: 0 })]);
    expect(zero.result.byOwner.get('rep1')!.current.coverageNote).toBe('QUOTA_ZERO');
    expect(zero.result.byOwner.get('rep1')!.current.attainment).toBeNull();
    expect(zero.ctx.log.counts.QUOTA_ZERO).toBe(1);
    const met = run([won({ amount: 2_000_000, closeDate: '2026-11-05' }), opportunity()]).result.byOwner.get('rep1')!;
    expect(met.current.coverageNote).toBe('QUOTA_MET');
    expect(met.current.gap).toBe(0);
  });

  it('prorates quota records by the days they share with the quarter', () => {
    // A yearly quota of 365,000 for 2026-05-01 – 2027-04-30 (365 days): FY2027 Q4 has 92 days → 92,000.
    const { result } = run(
      [opportunity()],
      [quota({ periodStart: '2026-05-01', periodEnd: '2027-04-30', amount: 365_000 })]
    );
    expect(result.byOwner.get('rep1')!.current.quota).toBeCloseTo(92_000, 6);
  });

  it('keeps the first of duplicate ids', () => {
    const a = opportunity({ amount: 10 });
    const { result, ctx } = run([a, { ...a, amount: 99 }]);
    expect(result.duplicates).toBe(1);
    expect(result.byOwner.get('rep1')!.current.openPipeline).toBe(10);
    expect(ctx.log.counts.DUPLICATE_ID).toBe(1);
  });

  it('excludes amounts without a conversion rate and counts them', () => {
    const currency = {
      corporateCurrency: 'USD',
      multiCurrency: true,
      rates: [{ isoCode: 'EUR', conversionRate: 0.8, startDate: null, nextStartDate: null }]
    };
    const { result, ctx } = run(
      [opportunity({ amount: 80, currencyIsoCode: 'EUR' }), opportunity({ amount: 50, currencyIsoCode: 'SEK' })],
      [quota()],
      CLOCK,
      { currency }
    );
    const m = result.byOwner.get('rep1')!;
    expect(m.current.openPipeline).toBeCloseTo(100, 9); // 80 EUR ÷ 0.8
    expect(m.excluded.rateMissing).toBe(1);
    expect(ctx.log.counts.CURRENCY_RATE_MISSING).toBe(1);
  });

  it('converts the worked example of docs/metrics.md into a euro viewer’s figures', () => {
    // Corporate USD. Per 1 USD: GBP 0.79; EUR 0.92, and 0.95 dated from 2026-10-01 (advanced currency management).
    const currency = {
      corporateCurrency: 'USD',
      multiCurrency: true,
      rates: [
        { isoCode: 'GBP', conversionRate: 0.79, startDate: null, nextStartDate: null },
        { isoCode: 'EUR', conversionRate: 0.92, startDate: null, nextStartDate: null },
        { isoCode: 'EUR', conversionRate: 0.95, startDate: '2026-10-01', nextStartDate: null }
      ]
    };
    const { result, ctx } = run(
      [
        opportunity({ amount: 100_000, currencyIsoCode: 'GBP', closeDate: '2026-12-15' }),
        opportunity({ amount: 50_000, currencyIsoCode: 'USD', closeDate: '2026-12-20' }),
        opportunity({ amount: 30_000, currencyIsoCode: 'EUR', closeDate: '2027-01-10' }),
        opportunity({ amount: 10_000, currencyIsoCode: 'SEK', closeDate: '2027-01-10' })
      ],
      [quota({ currencyIsoCode: 'USD' })],
      { ...CLOCK, targetCurrency: 'EUR' },
      { currency }
    );
    const m = result.byOwner.get('rep1')!;
    // Deals use the dated EUR rate on their close date: 100,000 GBP ÷ 0.79 × 0.95 = 120,253.16 EUR;
    // 50,000 USD × 0.95 = 47,500 EUR; 30,000 EUR as is; SEK has no rate: excluded and counted.
    expect(m.current.openPipeline).toBeCloseTo((100_000 / 0.79) * 0.95 + 47_500 + 30_000, 6); // 197,753.16
    expect([m.current.openCount, m.excluded.rateMissing, ctx.log.counts.CURRENCY_RATE_MISSING]).toEqual([4, 1, 1]);
    // Quotas use the static rate: 1,000,000 USD × 0.92 = 920,000 EUR → coverage 197,753.16 ÷ 920,000 = 0.215.
    expect(m.current.quota).toBeCloseTo(920_000, 6);
    expect(m.current.coverage).toBeCloseTo(((100_000 / 0.79) * 0.95 + 77_500) / 920_000, 9);
  });

  it('keeps Omitted deals out of pipeline and treats negative amounts as invalid', () => {
    const { result, ctx } = run([opportunity({ forecastCategory: 'Omitted' }), opportunity({ amount: -5 })]);
    const m = result.byOwner.get('rep1')!;
    expect(m.current.openPipeline).toBe(0);
    expect(m.current.openCount).toBe(2);
    expect(ctx.log.counts.INVALID_VALUE).toBe(1);
  });

  it('returns null, not NaN, when a rep has no closed history', () => {
    const m = run([opportunity()]).result.byOwner.get('rep1')!;
    expect(m.trailing.winRateByCount).toBeNull();
    expect(m.trailing.salesCycleDays).toBeNull();
    expect(m.velocity).toBeNull();
  });

  it('takes "today" in the viewer’s zone: just after midnight UTC on Nov 1 is still Oct 31 in Los Angeles', () => {
    const clock = { now: '2026-11-01T03:00:00.000Z', timeZone: 'America/Los_Angeles', targetCurrency: 'USD' };
    const deals = [opportunity({ closeDate: '2026-11-01', amount: 7 })];
    const la = run(deals, [quota()], clock).result.byOwner.get('rep1')!;
    // In LA it is 2026-10-31: the current quarter is FY2027 Q3 and a Nov 1 deal is next quarter.
    expect(la.current.quarter.label).toBe('FY2027 Q3');
    expect(la.next.openPipeline).toBe(7);
    const utc = run(deals, [quota()], { ...clock, timeZone: 'UTC' }).result.byOwner.get('rep1')!;
    expect(utc.current.quarter.label).toBe('FY2027 Q4');
    expect(utc.current.openPipeline).toBe(7);
  });

  it('measures the sales cycle on calendar dates in the viewer’s zone', () => {
    // Created 2026-04-01T02:00Z = 2026-03-31 22:00 in New York; closed 2026-05-30 → 60 days (not 59).
    const m = run([won({ createdDate: '2026-04-01T02:00:00.000Z', closeDate: '2026-05-30' })]).result.byOwner.get(
      'rep1'
    )!;
    expect(m.trailing.salesCycleDays).toBe(60);
  });

  it('counts lost deals by amount too', () => {
    const m = run([
      won({ closeDate: '2026-06-01', amount: 300 }),
      lost({ closeDate: '2026-06-02', amount: 100 })
    ]).result.byOwner.get('rep1')!;
    expect(m.trailing.winRateByAmount).toBeCloseTo(0.75, 9);
    expect(m.trailing.winRateByCount).toBeCloseTo(0.5, 9);
  });
});

describe('pipeline metrics: repeated and missing ids in the org pass', () => {
  it('flags every repeat of an earlier id and every record without one', () => {
    const records = [{ id: 'a' }, { id: 'b' }, { id: 'a' }, null, { id: 5 }, { id: 'b' }, { id: 'a' }] as unknown as {
      id: string;
    }[];
    expect([...(recordFlags(records) as Uint8Array)]).toEqual([
      0,
      0,
      REPEATED_ID,
      MISSING_ID,
      MISSING_ID,
      REPEATED_ID,
      REPEATED_ID
    ]);
    expect(recordFlags([{ id: 'x' }, { id: 'y' }])).toBeNull();
  });

  it('agrees with a first-occurrence recount on random ids, including long shared prefixes', () => {
    assertProperty(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 300 }), (keys) => {
        const records = keys.map((k) => ({ id: `006000000000000${k}` }));
        const seen = new Set<string>();
        const expected = records.map((r) => (seen.has(r.id) ? REPEATED_ID : (seen.add(r.id), 0)));
        const flags = recordFlags(records);
        return JSON.stringify(flags === null ? records.map(() => 0) : [...flags]) === JSON.stringify(expected);
      })
    );
  });

  it('skips records without an id with one warning', () => {
    const { result, ctx } = run([opportunity({ amount: 10 }), null as never, opportunity({ amount: 5 })]);
    expect(result.byOwner.get('rep1')!.records).toBe(2);
    expect(ctx.log.counts.INVALID_VALUE).toBe(1);
  });
});
