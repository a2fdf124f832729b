/** fast-check generators of messy datasets: nulls, unknown stages, odd currencies, duplicate ids, bad dates. */
import fc from 'fast-check';
import type { CoachingDataset, ForecastCategory, Opportunity, Session } from 'c/coachingModel';
import { dataset, quota, session, user } from './records';

const REPS = ['rep1', 'rep2', 'rep3', 'rep4'];
const STAGES = ['Prospecting', 'Qualification', 'Negotiation/Review', 'Closed Won', 'Closed Lost', 'Mystery Stage'];
const CATEGORIES: (ForecastCategory | null)[] = ['Pipeline', 'Best Case', 'Commit', 'Closed', 'Omitted', null];

const isoDay = fc.integer({ min: 19_700, max: 21_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const isoInstant = fc.integer({ min: 19_700, max: 20_800 * 24 }).map((h) => new Date(h * 3_600_000).toISOString());

export const opportunityArb: fc.Arbitrary<Opportunity> = fc
  .record({
    id: fc.integer({ min: 1, max: 400 }).map((n) => `006${String(n).padStart(15, '0')}`),
    ownerId: fc.constantFrom(...REPS),
    accountId: fc.option(fc.constantFrom('acc1', 'acc2', 'acc3', 'acc4'), { nil: null }),
    amount: fc.option(fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.constant(-1), fc.double({ noNaN: false })), {
      nil: null
    }),
    currencyIsoCode: fc.constantFrom(null, 'USD', 'EUR', 'SEK'),
    stageName: fc.constantFrom(...STAGES),
    forecastCategory: fc.constantFrom(...CATEGORIES),
    closeDate: fc.option(fc.oneof(isoDay, fc.constant('2026-02-31')), { nil: null }),
    createdDate: fc.oneof(isoInstant, fc.constant('garbage')),
    lastStageChangeDate: fc.option(isoInstant, { nil: null }),
    lastActivityDate: fc.option(isoDay, { nil: null }),
    pushCount: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    status: fc.constantFrom('open', 'won', 'lost'),
    probability: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    hasOverdueTask: fc.boolean()
  })
  .map(({ status, ...o }) => ({
    ...o,
    name: `Deal ${o.id.slice(-3)}`,
    isClosed: status !== 'open',
    isWon: status === 'won',
    nextStep: null
  }));

const sessionArb: fc.Arbitrary<Session> = fc
  .record({
    repId: fc.constantFrom(...REPS),
    at: isoInstant,
    status: fc.constantFrom('Held', 'Planned', 'Skipped', 'Rescheduled') as fc.Arbitrary<Session['status']>,
    commit: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }),
    snapshotJson: fc.constantFrom(null, '{bad json', '{"v":2}', '{"v":1,"t":"x"}')
  })
  .map((s) =>
    session({
      repId: s.repId,
      scheduledStart: s.at,
      actualStart: s.status === 'Held' ? s.at : null,
      status: s.status,
      commitCurrentQuarter: s.commit,
      bestCaseCurrentQuarter: s.commit,
      forecastPeriodStart: '2026-08-01',
      forecastPeriodEnd: '2026-10-31',
      snapshotJson: s.snapshotJson
    })
  );

export const datasetArb: fc.Arbitrary<CoachingDataset> = fc
  .record({
    opportunities: fc.array(opportunityArb, { maxLength: 120 }),
    sessions: fc.array(sessionArb, { maxLength: 12 }),
    quotaAmounts: fc.array(fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }), {
      minLength: 4,
      maxLength: 4
    })
  })
  .map(({ opportunities, sessions, quotaAmounts }) =>
    dataset({
      users: [user({ id: 'mgr' }), ...REPS.map((id) => user({ id, managerId: 'mgr' }))],
      opportunities,
      sessions,
      quotas: REPS.flatMap((id, i) => {
        const amount = quotaAmounts[i];
        return amount === null ? [] : [quota({ userId: id, amount })];
      }),
      currency: {
        corporateCurrency: 'USD',
        multiCurrency: true,
        rates: [{ isoCode: 'EUR', conversionRate: 0.8, startDate: null, nextStartDate: null }]
      }
    })
  );
