/**
 * fast-check generators of messy datasets: nulls, unknown stages, odd currencies, duplicate ids, bad dates, and
 * every record kind the engine reads (accounts, cadences, 1:1s with real and corrupt snapshots, action items,
 * reviews, feedback), so oversight, adherence, survey and forecast invariants see random data too.
 */
import fc from 'fast-check';
import type {
  Account,
  ActionItem,
  AgendaSectionKey,
  Cadence,
  CoachingDataset,
  DealReview,
  Feedback,
  ForecastCategory,
  Opportunity,
  Session,
  Weekday
} from 'c/coachingModel';
import { AGENDA_SECTION_KEYS } from 'c/coachingModel';
import { DEFAULT_SETTINGS } from 'c/coachingSettings';
import { dataset, quota, session, user } from './records';

export const REPS = ['rep1', 'rep2', 'rep3', 'rep4'];
export const MANAGERS = ['mgr', 'mgr2'];
/** rep1–rep3 report to mgr, rep4 to mgr2. */
const MANAGER_OF: Record<string, string> = { rep1: 'mgr', rep2: 'mgr', rep3: 'mgr', rep4: 'mgr2' };
const STAGES = ['Prospecting', 'Qualification', 'Negotiation/Review', 'Closed Won', 'Closed Lost', 'Mystery Stage'];
const CATEGORIES: (ForecastCategory | null)[] = ['Pipeline', 'Best Case', 'Commit', 'Closed', 'Omitted', null];
const ACCOUNTS = ['acc1', 'acc2', 'acc3', 'acc4'];
const OPP_IDS = 400;
const oppId = (n: number): string => `006${String(n).padStart(15, '0')}`;

// Day 19,700 is 2023-12-09; 21,000 is 2027-07-01 (today in the tests is 2026-11-24, day 20,781).
const isoDay = fc.integer({ min: 19_700, max: 21_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const isoInstant = fc.integer({ min: 19_700 * 24, max: 20_800 * 24 }).map((h) => new Date(h * 3_600_000).toISOString());
/** Instants in the six weeks before today, where weekly 1:1s and their oversight window lie. */
const recentInstant = fc
  .integer({ min: 20_740 * 96, max: 20_781 * 96 })
  .map((q) => new Date(q * 900_000).toISOString());
const rating = fc.option(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, 6, 2.5)), { nil: null });

export const opportunityArb: fc.Arbitrary<Opportunity> = fc
  .record({
    id: fc.integer({ min: 1, max: OPP_IDS }).map(oppId),
    ownerId: fc.constantFrom(...REPS),
    accountId: fc.option(fc.constantFrom(...ACCOUNTS), { nil: null }),
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

const accountArb: fc.Arbitrary<Account> = fc.record({
  id: fc.constantFrom(...ACCOUNTS),
  name: fc.constantFrom('Acme', 'Globex', 'Initech'),
  ownerId: fc.constantFrom(...REPS),
  lastActivityDate: fc.option(fc.oneof(isoDay, fc.constant('not a date')), { nil: null })
});

const WEEKDAYS: Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const cadenceArb: fc.Arbitrary<Cadence> = fc
  .record({
    n: fc.integer({ min: 1, max: 6 }),
    repId: fc.constantFrom(...REPS),
    dayOfWeek: fc.oneof(fc.constantFrom(...WEEKDAYS), fc.constant('Someday' as Weekday)),
    localStartTime: fc.constantFrom('09:00', '02:30', '23:45', '25:00'),
    durationMinutes: fc.constantFrom(30, 60, 0, -5),
    timeZone: fc.constantFrom('America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Moon/Base'),
    active: fc.boolean(),
    createdDate: fc.option(isoInstant, { nil: null })
  })
  .map(({ n, ...c }) => ({ ...c, id: `a00c${n}`, managerId: MANAGER_OF[c.repId] }));

/** A well-formed v1 snapshot of some of the opportunity ids, taken at `t`. */
const snapshotJsonArb = (t: string): fc.Arbitrary<string> =>
  fc
    .array(
      fc.record({
        i: fc.integer({ min: 1, max: OPP_IDS }).map(oppId),
        s: fc.integer({ min: 0, max: STAGES.length - 1 }),
        a: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
        c: fc.option(isoDay, { nil: null }),
        f: fc.constantFrom('P', 'B', 'C', 'X', 'O', null),
        pr: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        p: fc.integer({ min: 0, max: 5 }),
        x: fc.constantFrom('o', 'w', 'l')
      }),
      { maxLength: 20 }
    )
    .map((d) =>
      JSON.stringify({
        v: 1,
        t,
        r: 'rep',
        cur: 'USD',
        sg: STAGES,
        m: { q: 'FY2027 Q4', quota: null, won: 0, com: 0, bc: 0, pipe: 0, cov: null, req: 3, wr: null, hs: null },
        d: d.map((x) => ({ ...x, n: `Deal ${x.i.slice(-3)}` }))
      })
    );

const SECTIONS = fc.subarray([...AGENDA_SECTION_KEYS, 'Not_A_Section' as AgendaSectionKey]);

const sessionArb: fc.Arbitrary<Session> = fc
  .record({
    n: fc.integer({ min: 1, max: 40 }),
    repId: fc.constantFrom(...REPS),
    managerId: fc.constantFrom(...MANAGERS),
    cadence: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    at: fc.oneof(recentInstant, isoInstant),
    status: fc.constantFrom('Held', 'Held', 'Planned', 'Skipped', 'Rescheduled') as fc.Arbitrary<Session['status']>,
    commit: fc.option(fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.constant(-10)), { nil: null }),
    period: fc.constantFrom(
      ['2026-08-01', '2026-10-31'],
      ['2026-11-01', '2027-01-31'],
      ['2026-05-01', '2026-07-31'],
      [null, null]
    ),
    opened: fc.option(fc.oneof(recentInstant, isoInstant), { nil: null }),
    sections: SECTIONS,
    corrupt: fc.constantFrom(null, '{bad json', '{"v":2}', '{"v":1,"t":"x"}')
  })
  .chain((s) =>
    fc.oneof(fc.constant(s.corrupt), snapshotJsonArb(s.at)).map((snapshotJson) =>
      session({
        id: `a01s${s.n}`,
        cadenceId: s.cadence === null ? null : `a00c${s.cadence}`,
        repId: s.repId,
        managerId: s.managerId,
        scheduledStart: s.at,
        actualStart: s.status === 'Held' ? s.at : null,
        status: s.status,
        commitCurrentQuarter: s.commit,
        bestCaseCurrentQuarter: s.commit,
        forecastPeriodStart: s.period[0],
        forecastPeriodEnd: s.period[1],
        agendaOpenedAt: s.opened,
        sectionsReviewed: s.sections,
        snapshotJson
      })
    )
  );

const actionItemArb: fc.Arbitrary<ActionItem> = fc
  .record({
    n: fc.integer({ min: 1, max: 30 }),
    repId: fc.constantFrom(...REPS),
    status: fc.constantFrom('Open', 'In Progress', 'Done', 'Cancelled') as fc.Arbitrary<ActionItem['status']>,
    dueDate: fc.option(fc.oneof(isoDay, fc.constant('2026-13-01')), { nil: null }),
    opportunityId: fc.option(fc.integer({ min: 1, max: OPP_IDS }).map(oppId), { nil: null }),
    accountId: fc.option(fc.constantFrom(...ACCOUNTS), { nil: null }),
    createdDate: isoInstant,
    baselineStageName: fc.option(fc.constantFrom(...STAGES), { nil: null }),
    baselineCloseDate: fc.option(isoDay, { nil: null }),
    baselineAmount: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null })
  })
  .map(({ n, ...a }) => ({
    ...a,
    id: `a02i${n}`,
    subject: `Item ${n}`,
    sessionId: null,
    managerId: MANAGER_OF[a.repId],
    assigneeId: a.repId,
    completedDate: null,
    baselineActivityDate: null
  }));

const reviewArb: fc.Arbitrary<DealReview> = fc
  .record({
    n: fc.integer({ min: 1, max: 30 }),
    opportunityId: fc.integer({ min: 1, max: OPP_IDS }).map(oppId),
    reviewType: fc.constantFrom('Lost', 'Disengaged') as fc.Arbitrary<DealReview['reviewType']>,
    rootCause: fc.option(fc.constantFrom('Price', 'Timing', '', '  '), { nil: null })
  })
  .map(({ n, ...r }) => ({ ...r, id: `a03r${n}`, notes: null, reviewedById: null, reviewedOn: null }));

const feedbackArb: fc.Arbitrary<Feedback> = fc
  .record({
    n: fc.integer({ min: 1, max: 60 }),
    session: fc.integer({ min: 1, max: 40 }),
    repId: fc.constantFrom(...REPS),
    managerId: fc.constantFrom(...MANAGERS),
    preparation: rating,
    pipelineInsight: rating,
    skillDevelopment: rating,
    actionClarity: rating,
    repAgenda: rating,
    overallValue: fc.option(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(11)), { nil: null }),
    improvement: fc.option(fc.constantFrom('More data', ' '), { nil: null }),
    createdDate: recentInstant
  })
  .map(({ n, session: s, ...f }) => ({ ...f, id: `a05f${n}`, sessionId: `a01s${s}` }));

export const datasetArb: fc.Arbitrary<CoachingDataset> = fc
  .record({
    opportunities: fc.array(opportunityArb, { maxLength: 120 }),
    accounts: fc.array(accountArb, { maxLength: 6 }),
    cadences: fc.array(cadenceArb, { maxLength: 6 }),
    sessions: fc.array(sessionArb, { maxLength: 30 }),
    actionItems: fc.array(actionItemArb, { maxLength: 20 }),
    reviews: fc.array(reviewArb, { maxLength: 20 }),
    feedback: fc.array(feedbackArb, { maxLength: 40 }),
    quotaAmounts: fc.array(fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }), {
      minLength: 4,
      maxLength: 4
    })
  })
  .map(({ quotaAmounts, ...records }) =>
    dataset({
      ...records,
      users: [...MANAGERS.map((id) => user({ id })), ...REPS.map((id) => user({ id, managerId: MANAGER_OF[id] }))],
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

/** Anything at all, or a plausible value: settings as an admin (or a broken integration) might send them. */
const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.anything());
const stageJunk = fc.oneof(
  junk,
  fc.record({
    stageName: fc.oneof(fc.constantFrom(...STAGES), junk),
    sortOrder: fc.oneof(fc.integer({ min: -5, max: 200 }), junk),
    maxDaysInStage: fc.oneof(fc.integer({ min: -10, max: 400 }), junk),
    exitCriteria: fc.oneof(
      fc.array(fc.oneof(junk, fc.record({ criterion: fc.oneof(fc.string(), junk), fieldApiName: junk }))),
      junk
    )
  })
);

/** Settings with any field replaced by junk: the engine must resolve every one with warnings, never throw. */
export const settingsArb: fc.Arbitrary<unknown> = fc.oneof(
  junk,
  fc
    .record(
      {
        staleDaysMultiplier: fc.oneof(fc.double(), junk),
        kAnonymityMinimum: fc.oneof(fc.integer({ min: -3, max: 10 }), junk),
        lostReviewWindowDays: fc.oneof(fc.integer({ min: -3, max: 400 }), junk),
        existingWindowMonths: fc.oneof(fc.integer({ min: -3, max: 400 }), junk),
        stages: fc.oneof(fc.array(stageJunk, { maxLength: 8 }), junk),
        surveyQuestions: fc.oneof(fc.array(junk, { maxLength: 4 }), junk),
        agendaSections: fc.oneof(
          fc.array(
            fc.oneof(junk, fc.record({ key: fc.oneof(fc.constantFrom(...AGENDA_SECTION_KEYS), junk), enabled: junk })),
            { maxLength: 9 }
          ),
          junk
        ),
        disabledGapCodes: fc.oneof(fc.array(junk, { maxLength: 3 }), junk)
      },
      { requiredKeys: [] }
    )
    .map((broken) => ({ ...DEFAULT_SETTINGS, ...broken }))
);
