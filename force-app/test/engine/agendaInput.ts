/**
 * An AgendaInput for one rep built from plain records with the engine's own bundles (not the facade), so the
 * agenda builder can be tested section by section. Today is CLOCK's 2026-11-24 in New York.
 */
import type { ActionItem, CoachingSettings, DealReview, Opportunity, Quota } from 'c/coachingModel';
import type { AgendaInput } from 'c/agendaBuilder';
import { accountPriorities, collectAccountFacts } from 'c/accountPriority';
import { indexStages } from 'c/coachingSettings';
import { assessDeal, daysInStage, stageThresholds } from 'c/dealHealth';
import { repForecastView } from 'c/forecastAccuracy';
import { convertedAmount, finishMetrics, quotaForQuarter, totalsOf } from 'c/pipelineMetrics';
import type { DiagnosisFigures } from 'c/repDiagnosis';
import { diagnoseRep, teamMedians } from 'c/repDiagnosis';
import type { SnapshotDiff } from 'c/pipelineSnapshot';
import { metricsContext } from './metricsHarness';
import { CLOCK, dataset, quota } from './records';

export interface AgendaInputOptions {
  opportunities?: Opportunity[];
  reviews?: DealReview[];
  actionItems?: ActionItem[];
  quotas?: Quota[];
  /** Local day of the last held 1:1 (null: none). */
  lastHeldDay?: number | null;
  diff?: SnapshotDiff | null;
  settings?: Partial<CoachingSettings>;
}

/** A rep in line with the team: with two more like them, the diagnosis finds no gap. */
export const healthyFigures = (o: Partial<DiagnosisFigures> = {}): DiagnosisFigures => ({
  repId: 'rep1',
  closedDeals: 8,
  winRate: 0.3,
  coverage: 3.2,
  requiredCoverage: 3,
  quotaMet: false,
  creationRatio: 1.1,
  averageWonAmount: 100_000,
  salesCycleDays: 80,
  openDeals: 10,
  slippageShare: 0.1,
  commitQuarters: 0,
  commitMissed: 0,
  wonNeverCommitShare: null,
  wonSeen: 0,
  hiddenCandidates: 0,
  hiddenDealIds: [],
  ...o
});

export function agendaInput(o: AgendaInputOptions = {}): AgendaInput {
  const opportunities = o.opportunities ?? [];
  const ds = dataset({
    opportunities,
    quotas: o.quotas ?? [quota()],
    settings: { ...dataset().settings, ...(o.settings ?? {}) }
  });
  const ctx = metricsContext(ds, CLOCK);
  const { frame, settings, timeZone, log } = ctx;
  const totals = totalsOf(opportunities, ctx);
  const quotas = ds.quotas;
  const metrics = finishMetrics(
    'rep1',
    totals,
    quotaForQuarter(quotas, frame.current, ctx, 'rep1'),
    quotaForQuarter(quotas, frame.next, ctx, 'rep1'),
    ctx
  );
  const stages = indexStages(settings.stages);
  const open = opportunities.filter((opp) => !opp.isClosed);
  const dealCtx = {
    today: frame.today,
    timeZone,
    settings,
    stages,
    thresholds: stageThresholds(
      open.map((opp) => ({ stageName: opp.stageName, daysInStage: daysInStage(opp, frame.today, timeZone) })),
      settings,
      stages
    ),
    log
  };
  const amountOf = (opp: Opportunity): number | null => convertedAmount(opp, null, ctx);
  const deals = open.map((opp) => assessDeal(opp, amountOf(opp), dealCtx));
  const byId = new Map(opportunities.map((opp) => [opp.id, opp]));
  const reviewsByOpportunity = new Map<string, DealReview[]>();
  for (const r of o.reviews ?? []) reviewsByOpportunity.set(r.opportunityId, [r]);
  const team = teamMedians([healthyFigures(), healthyFigures({ repId: 'b' }), healthyFigures({ repId: 'c' })]);
  return {
    repId: 'rep1',
    generatedAt: CLOCK.now,
    today: frame.today,
    settings,
    metrics,
    deals,
    opportunities,
    opportunitiesById: byId,
    accountActivityDay: () => null,
    actionItems: o.actionItems ?? [],
    reviewsByOpportunity,
    lastHeldDay: o.lastHeldDay ?? null,
    diff: o.diff ?? null,
    accounts: accountPriorities({
      repId: 'rep1',
      today: frame.today,
      settings,
      ownedAccounts: [],
      accountsById: new Map(),
      opportunities,
      facts: collectAccountFacts(opportunities),
      amountOf
    }),
    diagnosis: diagnoseRep(healthyFigures(), team, settings),
    forecast: repForecastView(
      {
        repId: 'rep1',
        sessions: [],
        today: frame.today,
        timeZone,
        quarters: { containing: () => frame.current, after: () => frame.next, before: () => frame.trailing[3] },
        converter: ctx.converter,
        log,
        wonBetween: () => 0
      },
      { startDay: frame.current.startDay, endDay: frame.current.endDay, label: frame.current.label },
      frame.trailingStartDay
    ),
    amountOf
  };
}
