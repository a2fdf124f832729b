import { dayFromIso } from 'c/calendarDate';
import type { ResolvedSettings } from 'c/coachingSettings';
import { DEFAULT_SETTINGS, indexStages, resolveSettings } from 'c/coachingSettings';
import type { Opportunity } from 'c/coachingModel';
import type { DealContext } from 'c/dealHealth';
import { BENCHMARK_SALES_CYCLE_DAYS, assessDeal, bandOf, daysInStage, stageThresholds } from 'c/dealHealth';
import { WarningLog } from 'c/engineWarnings';
import { opportunity } from '@test/engine/records';

const TODAY = dayFromIso('2026-11-24') as number;
const ZONE = 'America/New_York';
/** The default stages with every configured maximum removed: only the team-median rule applies. */
const MEDIAN_ONLY = resolveSettings({
  ...DEFAULT_SETTINGS,
  stages: DEFAULT_SETTINGS.stages.map((s) => ({ ...s, maxDaysInStage: null }))
});

function context(
  open: Opportunity[] = [opportunity()],
  settings: ResolvedSettings = resolveSettings(DEFAULT_SETTINGS),
  cycleDays: number | null = null
): DealContext {
  const stages = indexStages(settings.stages);
  const days = open.map((o) => ({ stageName: o.stageName, daysInStage: daysInStage(o, TODAY, ZONE) }));
  return {
    today: TODAY,
    timeZone: ZONE,
    settings,
    stages,
    thresholds: stageThresholds(days, settings, stages, cycleDays),
    log: new WarningLog()
  };
}

/** A Qualification deal whose stage last changed `days` days before today (10:00 in New York). */
const inQualification = (days: number): Opportunity =>
  opportunity({
    stageName: 'Qualification',
    lastStageChangeDate: new Date(Date.UTC(2026, 10, 24, 15) - days * 86_400_000).toISOString()
  });

describe('deal health', () => {
  it('counts days in stage on calendar dates in the viewer’s zone, from CreatedDate when never moved', () => {
    // Changed 2026-11-01T03:00Z = 2026-10-31 23:00 in New York → 24 days to 2026-11-24.
    expect(daysInStage(opportunity({ lastStageChangeDate: '2026-11-01T03:00:00.000Z' }), TODAY, ZONE)).toBe(24);
    expect(daysInStage(opportunity({ lastStageChangeDate: '2026-11-01T03:00:00.000Z' }), TODAY, 'UTC')).toBe(23);
    expect(
      daysInStage(opportunity({ lastStageChangeDate: null, createdDate: '2026-11-20T12:00:00.000Z' }), TODAY, ZONE)
    ).toBe(4);
  });

  it('ships a configured maximum for every standard open stage: 140 days in all, 1.67 × the 84-day cycle', () => {
    const open = DEFAULT_SETTINGS.stages.filter((s) => !s.stageName.startsWith('Closed'));
    const ctx = context();
    const thresholds = open.map((s) => ctx.thresholds.forDeal(s.stageName, 0));
    expect(thresholds.every((t) => t.source === 'CONFIGURED')).toBe(true);
    // 4 stages × 14 days + 4 stages × 21 days = 56 + 84 = 140.
    expect(thresholds.reduce((sum, t) => sum + t.days, 0)).toBe(140);
    expect(assessDeal(inQualification(15), 100, ctx).isStale).toBe(true); // 15 > 14
    expect(assessDeal(inQualification(14), 100, ctx).isStale).toBe(false);
  });

  it('without a configured maximum, uses 1.5 × the median of the team’s other deals in the stage', () => {
    const team = [10, 20, 30, 40, 60].map(inQualification);
    const ctx = context(team, MEDIAN_ONLY);
    // The 40-day deal: the others sit 10, 20, 30 and 60 days → median 25 → threshold 37.5 → stale.
    const stale = assessDeal(team[3], 100, ctx);
    expect(stale.threshold).toEqual({ days: 37.5, source: 'TEAM_MEDIAN', teamMedianDays: 25, peerCount: 4 });
    expect(stale.isStale).toBe(true);
    // The 20-day deal: others 10, 30, 40, 60 → median 35 → threshold 52.5 → not stale.
    expect(assessDeal(team[1], 100, ctx).threshold.days).toBe(52.5);
    expect(assessDeal(team[1], 100, ctx).isStale).toBe(false);
    // A configured maximum wins over the median.
    const configured = resolveSettings({
      ...MEDIAN_ONLY,
      stages: MEDIAN_ONLY.stages.map((s) => (s.stageName === 'Qualification' ? { ...s, maxDaysInStage: 15 } : s))
    });
    const c2 = context(team, configured);
    expect(c2.thresholds.forDeal('Qualification', 20).source).toBe('CONFIGURED');
    expect(assessDeal(team[1], 100, c2).isStale).toBe(true);
  });

  it('flags a lone deal against the team’s sales cycle, or the 84-day benchmark without one', () => {
    // The audit's probe: 692 days in stage used to get a threshold of 1.5 × 692 = 1,038 (its own median).
    const lone = inQualification(692);
    const benchmark = assessDeal(lone, 100, context([lone], MEDIAN_ONLY));
    expect(benchmark.threshold).toEqual({
      days: BENCHMARK_SALES_CYCLE_DAYS,
      source: 'CYCLE_CAP',
      teamMedianDays: null,
      peerCount: 0
    });
    expect(benchmark.isStale).toBe(true);
    // With a measured 60-day team cycle the cap is 60: a 70-day lone deal is stale, a 50-day one is not.
    expect(assessDeal(inQualification(70), 100, context([inQualification(70)], MEDIAN_ONLY, 60)).isStale).toBe(true);
    expect(assessDeal(inQualification(50), 100, context([inQualification(50)], MEDIAN_ONLY, 60)).isStale).toBe(false);
    // Two other deals are too few for a median (3 needed): the cap applies.
    const pair = [inQualification(5), inQualification(6), inQualification(90)];
    expect(assessDeal(pair[2], 100, context(pair, MEDIAN_ONLY)).threshold.source).toBe('CYCLE_CAP');
  });

  it('flags a team that is stuck as a whole: the multiplied median is capped by the cycle', () => {
    const stuck = [692, 692, 700, 650, 692].map(inQualification);
    const h = assessDeal(stuck[0], 100, context(stuck, MEDIAN_ONLY));
    // Others: 650, 692, 692, 700 → median 692 → 1.5 × 692 = 1,038 > 84 → threshold 84.
    expect(h.threshold).toEqual({ days: 84, source: 'CYCLE_CAP', teamMedianDays: 692, peerCount: 4 });
    expect(h.isStale).toBe(true);
  });

  it('never sets a team-median threshold below a week', () => {
    const fast = [2, 2, 3, 4, 6].map(inQualification);
    // The 6-day deal: others 2, 2, 3, 4 → median 2.5 → 3.75 → floor 7 → not stale.
    const h = assessDeal(fast[4], 100, context(fast, MEDIAN_ONLY));
    expect(h.threshold).toEqual({ days: 7, source: 'FLOOR', teamMedianDays: 2.5, peerCount: 4 });
    expect(h.isStale).toBe(false);
  });

  it('scores a deal with every signal by hand', () => {
    const deal = opportunity({
      stageName: 'Qualification',
      amount: null,
      closeDate: '2026-11-14', // 10 days past due
      pushCount: 3, // at the risk threshold
      lastStageChangeDate: '2026-08-26T15:00:00.000Z', // 90 days in stage
      lastActivityDate: '2026-10-25', // 30 days without activity
      hasOverdueTask: true
    });
    const other = opportunity({ stageName: 'Qualification', lastStageChangeDate: '2026-11-14T15:00:00.000Z' }); // 10 days
    const h = assessDeal(deal, null, context([deal, other]));
    // Qualification's configured maximum is 14 days < 90: stale. Its criterion "Amount estimated" is unmet.
    // 100 − 25 (past due) − 25 (3 pushes) − 20 (stale) − 15 (inactive) − 10 (no amount) − 5 (1 criterion) − 5 (task) = −5 → 0.
    expect(h.factors.map((f) => [f.code, f.penalty])).toEqual([
      ['CLOSE_DATE_PAST', 25],
      ['PUSHED', 25],
      ['STALE_IN_STAGE', 20],
      ['INACTIVE', 15],
      ['AMOUNT_MISSING', 10],
      ['EXIT_CRITERIA_UNMET', 5],
      ['OVERDUE_TASK', 5]
    ]);
    expect(h.score).toBe(0);
    expect(h.band).toBe('AT_RISK');
    expect(h.daysPastDue).toBe(10);
    expect(h.daysSinceActivity).toBe(30);
    expect(h.isDisengaged).toBe(false); // 30 days is not more than the 30-day limit
    expect(h.questions).toHaveLength(3);
    expect(h.questions[1]).toBe('What has to be true for this to close on the new date?');
  });

  it('charges 8 points per push below the risk threshold and reads exit criteria from fields', () => {
    const deal = opportunity({
      stageName: 'Negotiation/Review',
      pushCount: 2,
      nextStep: 'Send contract',
      lastActivityDate: '2026-11-20',
      lastStageChangeDate: '2026-11-20T15:00:00.000Z'
    });
    const h = assessDeal(deal, 100_000, context([deal]));
    // 100 − 2 × 8 = 84.
    expect(h.score).toBe(84);
    expect(h.band).toBe('HEALTHY');
    expect(h.exitCriteria).toEqual([
      { criterion: 'Paper process and signers mapped', fieldApiName: null, met: null },
      { criterion: 'A next step is agreed', fieldApiName: 'NextStep', met: true }
    ]);
  });

  it('flags a disengaged deal and an unknown stage', () => {
    const deal = opportunity({
      stageName: 'Mystery',
      lastStageChangeDate: '2026-09-01T15:00:00.000Z',
      lastActivityDate: '2026-09-01',
      closeDate: null
    });
    const ctx = context([deal]);
    const h = assessDeal(deal, 1, ctx);
    expect(h.isDisengaged).toBe(true);
    expect(h.stageKnown).toBe(false);
    expect(h.factors.map((f) => f.code)).toContain('CLOSE_DATE_MISSING');
    expect(ctx.log.counts.UNKNOWN_STAGE).toBe(1);
  });

  it('bands scores', () => {
    expect([bandOf(100), bandOf(70), bandOf(69), bandOf(40), bandOf(39), bandOf(0)]).toEqual([
      'HEALTHY',
      'HEALTHY',
      'WATCH',
      'WATCH',
      'AT_RISK',
      'AT_RISK'
    ]);
  });
});
