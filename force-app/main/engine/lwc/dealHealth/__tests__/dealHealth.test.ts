import { dayFromIso } from 'c/calendarDate';
import { DEFAULT_SETTINGS, indexStages, resolveSettings } from 'c/coachingSettings';
import type { DealContext } from 'c/dealHealth';
import { assessDeal, bandOf, daysInStage, stageThresholds } from 'c/dealHealth';
import { WarningLog } from 'c/engineWarnings';
import { opportunity } from '@test/engine/records';

const TODAY = dayFromIso('2026-11-24') as number;
const ZONE = 'America/New_York';

function context(open = [opportunity()], settings = resolveSettings(DEFAULT_SETTINGS)): DealContext {
  const stages = indexStages(settings.stages);
  return {
    today: TODAY,
    timeZone: ZONE,
    settings,
    stages,
    thresholds: stageThresholds(open, settings, stages, TODAY, ZONE),
    log: new WarningLog()
  };
}

describe('deal health', () => {
  it('counts days in stage on calendar dates in the viewer’s zone, from CreatedDate when never moved', () => {
    // Changed 2026-11-01T03:00Z = 2026-10-31 23:00 in New York → 24 days to 2026-11-24.
    expect(daysInStage(opportunity({ lastStageChangeDate: '2026-11-01T03:00:00.000Z' }), TODAY, ZONE)).toBe(24);
    expect(daysInStage(opportunity({ lastStageChangeDate: '2026-11-01T03:00:00.000Z' }), TODAY, 'UTC')).toBe(23);
    expect(
      daysInStage(opportunity({ lastStageChangeDate: null, createdDate: '2026-11-20T12:00:00.000Z' }), TODAY, ZONE)
    ).toBe(4);
  });

  it('sets the stale threshold to 1.5 × the team median for the stage, or the configured maximum', () => {
    const team = [10, 20, 40].map((d) =>
      opportunity({
        stageName: 'Qualification',
        lastStageChangeDate: `2026-11-${String(24 - d).padStart(2, '0')}T15:00:00.000Z`
      })
    );
    // Days in stage 10, 20, 40 → median 20 → threshold 30.
    const ctx = context(team);
    expect(ctx.thresholds.get('Qualification')).toEqual({ days: 30, source: 'TEAM_MEDIAN', teamMedianDays: 20 });
    const stale = assessDeal(team[2], 100, ctx);
    expect(stale.isStale).toBe(true);
    expect(assessDeal(team[1], 100, ctx).isStale).toBe(false);
    const configured = resolveSettings({
      ...DEFAULT_SETTINGS,
      stages: DEFAULT_SETTINGS.stages.map((s) => (s.stageName === 'Qualification' ? { ...s, maxDaysInStage: 15 } : s))
    });
    const c2 = context(team, configured);
    expect(c2.thresholds.get('Qualification')?.source).toBe('CONFIGURED');
    expect(assessDeal(team[1], 100, c2).isStale).toBe(true);
    expect(c2.thresholds.get('Needs Analysis')).toEqual({ days: null, source: 'NONE', teamMedianDays: null });
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
    // Median of 90 and 10 = 50 → threshold 75 < 90: stale. Qualification criterion "Amount estimated" unmet.
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
