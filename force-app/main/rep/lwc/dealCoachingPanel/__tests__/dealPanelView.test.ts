import { buildDealPanelView } from '../dealPanelView';
import type { DealPanelInput } from '../dealPanelView';
import { CLOCK, dataset, opportunity, review, won, user } from '@test/engine/records';
import { DEFAULT_SETTINGS } from 'c/coachingSettings';
import type { CoachingDataset } from 'c/coachingModel';

jest.mock('@salesforce/label/c.Coaching_Rep_Deal_Benchmark_Configured', () => ({ default: 'Benchmark {0} (set)' }), {
  virtual: true
});
jest.mock(
  '@salesforce/label/c.Coaching_Rep_Deal_Benchmark_Team',
  () => ({ default: 'Benchmark {0} ({2} × the team median of {1})' }),
  { virtual: true }
);
jest.mock('@salesforce/label/c.Coaching_Rep_Deal_Benchmark_Floor', () => ({ default: 'Benchmark {0} (floor)' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.Coaching_Rep_Deal_Factor_Points', () => ({ default: '−{0} points' }), { virtual: true });

const display = { locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' };

function input(ds: Partial<CoachingDataset>, opportunityId = 'D1'): DealPanelInput {
  return {
    opportunityId,
    dataset: dataset({ users: [user({ id: 'rep1', managerId: 'mgr' })], ...ds }),
    clock: CLOCK,
    display,
    hiddenEvidenceFields: new Set(),
    snapshotsHidden: false,
    names: new Map()
  };
}

describe('buildDealPanelView', () => {
  it('uses a configured stage maximum as the benchmark and flags the deal stale beyond it', () => {
    const stages = DEFAULT_SETTINGS.stages.map((s) => ({
      ...s,
      maxDaysInStage: s.stageName === 'Qualification' ? 20 : s.maxDaysInStage
    }));
    // Created 1 Oct 2026, never moved: 54 days in Qualification on 24 Nov (New York), over the configured 20.
    const deal = opportunity({
      id: 'D1',
      stageName: 'Qualification',
      createdDate: '2026-10-01T16:00:00.000Z',
      lastActivityDate: '2026-11-20',
      closeDate: '2026-12-15'
    });
    const view = buildDealPanelView(input({ opportunities: [deal], settings: { ...DEFAULT_SETTINGS, stages } }));
    expect(view.health!.daysInStageText).toBe('54 days');
    expect(view.health!.benchmarkText).toBe('Benchmark 20 days (set)');
    expect(view.health!.stageVariant).toBe('error');
    expect(view.health!.factors.find((f) => f.key === 'STALE_IN_STAGE')!.points).toBe('−20 points');
    expect(view.benchmarkNote).toBe('');
    expect(view.rootCause).toBeNull();
  });

  it('benchmarks a deal alone in its stage against the sales cycle, says so, and reports an unknown deal', () => {
    // Created 1 Oct, never moved: 54 days. Alone in its stage there is no team median: the benchmark is the
    // team's sales cycle, here the 84-day public median (no won deals), so 54 days is not stale.
    const deal = opportunity({
      id: 'D1',
      stageName: 'Made-up stage',
      createdDate: '2026-10-01T16:00:00.000Z',
      lastActivityDate: '2026-11-20'
    });
    const view = buildDealPanelView(input({ opportunities: [deal] }));
    expect(view.health!.benchmarkText).toBe('c.Coaching_Rep_Deal_Benchmark_Cycle');
    expect(view.health!.stageVariant).toBe('neutral');
    expect(view.benchmarkNote).toBe('');
    const none = buildDealPanelView(input({ opportunities: [] }, 'missing'));
    expect(none.found).toBe(false);
    expect(none.health).toBeNull();
  });

  it('words a team-median benchmark with its median and multiplier, and a floored one as the floor', () => {
    // D1: created 1 Oct, never moved: 54 days in stage on 24 Nov (New York).
    const deal = opportunity({
      id: 'D1',
      stageName: 'Made-up stage',
      createdDate: '2026-10-01T16:00:00.000Z',
      lastActivityDate: '2026-11-20'
    });
    const peersInStage = (changedOn: string[]) =>
      changedOn.map((day, i) =>
        opportunity({ id: `P${i}`, stageName: 'Made-up stage', lastStageChangeDate: `${day}T16:00:00.000Z` })
      );
    // Three other deals 20, 30 and 40 days in the stage: median 30, × 1.5 = 45 days, under the 84-day cap.
    const team = buildDealPanelView(
      input({ opportunities: [deal, ...peersInStage(['2026-11-04', '2026-10-25', '2026-10-15'])] })
    );
    expect(team.health!.benchmarkText).toBe('Benchmark 45 days (1.5 × the team median of 30 days)');
    expect(team.health!.stageVariant).toBe('error');
    // Three others 2, 3 and 4 days in: 1.5 × 3 = 4.5 days is below the one-week floor, so 7 days.
    const floored = buildDealPanelView(
      input({ opportunities: [deal, ...peersInStage(['2026-11-22', '2026-11-21', '2026-11-20'])] })
    );
    expect(floored.health!.benchmarkText).toBe('Benchmark 7 days (floor)');
    expect(floored.health!.stageVariant).toBe('error');
  });

  it('shows a won deal without health or a root-cause prompt', () => {
    const view = buildDealPanelView(input({ opportunities: [won({ id: 'D1', closeDate: '2026-11-10' })] }));
    expect([view.isOpen, view.isWon, view.health, view.rootCause]).toEqual([false, true, null, null]);
  });

  it('keeps an existing lost review for the form and no longer calls it due', () => {
    const lostDeal = opportunity({
      id: 'D1',
      isClosed: true,
      isWon: false,
      stageName: 'Closed Lost',
      closeDate: '2026-11-10'
    });
    const documented = review({
      id: 'R1',
      opportunityId: 'D1',
      reviewType: 'Lost',
      rootCause: 'Price',
      notes: 'Too pricey',
      reviewedOn: '2026-11-12'
    });
    const view = buildDealPanelView(input({ opportunities: [lostDeal], reviews: [documented] }));
    expect(view.rootCause).toEqual({
      reviewType: 'Lost',
      due: false,
      prompt: 'c.Coaching_Rep_Deal_Prompt_Lost',
      review: { id: 'R1', rootCause: 'Price', notes: 'Too pricey', reviewedOn: '2026-11-12' }
    });
  });
});
