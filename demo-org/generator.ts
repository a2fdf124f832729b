/**
 * The demo-org generator: `generateDemoOrg(options)` builds the whole document deterministically from a seed,
 * an anchor date and sizes. Same options, same bytes (see writer.ts for the serialisation).
 */
import {
  FORMAT_VERSION,
  API_VERSION,
  LOAD_ORDER,
  type DemoOrg,
  type DemoOrgRecords,
  type RecordType
} from './format.ts';
import { GenerationContext, CORPORATE_CURRENCY, FISCAL_START_MONTH, type DemoOrgOptions } from './context.ts';
import { buildPeople } from './people.ts';
import { Currencies, buildFiscalYears, buildOrganization, buildQuotas, buildStages } from './setup.ts';
import { buildPipeline } from './pipeline.ts';
import { buildCoaching } from './coaching.ts';
import { engineSnapshots, noSnapshots } from './snapshots.ts';
import { isoDateTime } from './calendar.ts';
import { toCurrencySettings, toFiscalCalendar, type ApiRecord } from 'c/coachingRecords';

export type { DemoOrgOptions } from './context.ts';
export { InvalidOptionsError, DEFAULT_ANCHOR, DEFAULT_SEED } from './context.ts';

/**
 * Quarters before and after the current one that the components read from FiscalPeriodService: the most any of them
 * asks for is the leader's trend of 8 quarters (`getQuarters(today, 2 × 8 + 1)`); the cockpit asks 13, Quota Import 15.
 */
export const QUARTERS_READ_AROUND_TODAY = 8;

export function generateDemoOrg(options: DemoOrgOptions = {}): DemoOrg {
  const ctx = new GenerationContext(options);
  const organization = buildOrganization(ctx);
  const currencies = new Currencies(ctx);
  const stages = buildStages(ctx);
  const people = buildPeople(ctx);
  const pipeline = buildPipeline(ctx, people, currencies, options.history !== false);
  const quotas = buildQuotas(ctx, people);
  // The engine reads fiscal quarters and currencies through the same mappers the product uses.
  const setup = {
    fiscal: toFiscalCalendar([], [], organization as unknown as ApiRecord),
    currency: toCurrencySettings(currencies.types as unknown as ApiRecord[], currencies.dated as unknown as ApiRecord[])
  };
  const coaching = buildCoaching(
    ctx,
    people,
    pipeline,
    currencies,
    quotas,
    setup,
    options.snapshots === false ? noSnapshots : engineSnapshots
  );
  // Fiscal years cover every close date, the quota periods and every quarter the components ask
  // FiscalPeriodService for around today, so no page falls back to quarters computed from the start month.
  const aroundToday = (offset: number) => ctx.fiscal.quarter(ctx.currentQuarter.index + offset);
  const fiscal = buildFiscalYears(
    ctx,
    Math.min(pipeline.firstCloseDay, ctx.creationStartDay, aroundToday(-QUARTERS_READ_AROUND_TODAY).startDay),
    Math.max(pipeline.lastCloseDay, aroundToday(QUARTERS_READ_AROUND_TODAY).endDay)
  );

  const records: DemoOrgRecords = {
    Organization: [organization],
    CurrencyType: currencies.types,
    DatedConversionRate: currencies.dated,
    FiscalYearSettings: fiscal.years,
    Period: fiscal.periods,
    OpportunityStage: stages,
    UserRole: people.roles,
    User: people.users,
    PermissionSet: people.permissionSets,
    PermissionSetAssignment: people.assignments,
    Account: pipeline.accounts,
    Opportunity: pipeline.opportunities,
    OpportunityHistory: pipeline.history,
    Sales_Quota__c: quotas,
    Coaching_Cadence__c: coaching.cadences,
    Coaching_Session__c: coaching.sessions,
    Action_Item__c: coaching.actionItems,
    Deal_Review__c: coaching.reviews,
    Coaching_Feedback__c: coaching.feedback
  };
  const loadOrder = LOAD_ORDER.map((step) => step.type);
  const counts = Object.fromEntries(loadOrder.map((type) => [type, records[type].length])) as Record<
    RecordType,
    number
  >;
  const snapshotVersions = new Set(coaching.sessions.map((s) => s.Snapshot_Version__c).filter((v) => v !== null));
  const problemReps: DemoOrg['meta']['scenario']['problemReps'] = {};
  for (const rep of people.reps)
    if (rep.profile !== 'ordinary' && !(rep.profile in problemReps)) problemReps[rep.profile] = rep.user.Id;
  const cadencePairs = new Set(coaching.cadences.map((c) => `${c.Manager__c}:${c.Rep__c}`));
  const withoutCadence = people.teams
    .flatMap((team) => team.reps.map((rep) => ({ managerId: team.manager.user.Id, repId: rep.user.Id })))
    .find((p) => !cadencePairs.has(`${p.managerId}:${p.repId}`));

  return {
    meta: {
      formatVersion: FORMAT_VERSION,
      generator: 'coaching-rhythm demo-org',
      apiVersion: API_VERSION,
      seed: ctx.seed,
      anchorDate: ctx.anchorDate,
      now: isoDateTime(ctx.now),
      sizes: ctx.sizes,
      corporateCurrency: CORPORATE_CURRENCY,
      currencies: currencies.isoCodes,
      fiscalYearStartMonth: FISCAL_START_MONTH,
      namespace: null,
      loadOrder,
      counts,
      omitted: options.history === false ? ['OpportunityHistory'] : [],
      snapshots: {
        source: snapshotVersions.size > 0 ? 'engine' : 'none',
        version: snapshotVersions.size > 0 ? Math.max(...(snapshotVersions as Set<number>)) : null
      },
      scenario: {
        organizationId: organization.Id,
        leaderId: people.leader.user.Id,
        adminId: people.admin.user.Id,
        managerIds: people.teams.map((t) => t.manager.user.Id),
        repIds: people.reps.map((r) => r.user.Id),
        inactiveUserIds: [people.former.user.Id],
        teams: people.teams.map((t) => ({ managerId: t.manager.user.Id, repIds: t.reps.map((r) => r.user.Id) })),
        repProfiles: Object.fromEntries(people.reps.map((r) => [r.user.Id, r.profile])),
        problemReps,
        pairWithoutCadence: withoutCadence ?? null,
        lowerRatedManagerId: people.teams.find((t) => t.style === 'stretched')?.manager.user.Id ?? null,
        dstCadences: coaching.dstCadences
      }
    },
    records
  };
}
