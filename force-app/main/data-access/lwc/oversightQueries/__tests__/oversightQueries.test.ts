import { ConnectionPager } from 'c/coachingLoader';
import {
  ACTIVITY_CONNECTIONS,
  UNNAMED_CORPORATE,
  activityRecords,
  activityVariables,
  answersFromNodes,
  derivedCurrencySettings,
  hiddenActivityFields,
  hiddenFields,
  lossReviewsFromNodes,
  oversightDataset,
  peopleFromNodes,
  rateSamples,
  toLossReview
} from 'c/oversightQueries';
import { session } from '@test/engine/records';
import { DEFAULT_SETTINGS } from 'c/coachingEngine';

const v = (value: unknown) => ({ value });
const connection = (nodes: unknown[], hasNextPage = false, endCursor: string | null = null) => ({
  edges: nodes.map((node) => ({ node })),
  pageInfo: { hasNextPage, endCursor }
});
describe('activityVariables', () => {
  it('reads from a day before the first local day, and fills unused closed-won slots with an empty range', () => {
    const vars = activityVariables(['m1'], '2025-11-01', [{ start: '2025-11-01', end: '2026-01-31' }]);
    expect(vars).toMatchObject({
      managerIds: ['m1'],
      since: '2025-10-31T00:00:00.000Z',
      sinceDate: '2025-11-01',
      won1Start: '2025-11-01',
      won1End: '2026-01-31',
      won2Start: '4000-01-01',
      won2End: '1900-01-01'
    });
  });
});

describe('record mapping', () => {
  it('people: name, manager and the manager’s name from the relationship; nodes without an id are dropped', () => {
    const people = peopleFromNodes([
      { Id: 'u1', Name: v('Rob'), ManagerId: v('m1'), Title: v('AE'), Manager: { Name: v('Mia') } },
      { Id: 'u2', Name: v('Rae'), ManagerId: v(null), Manager: null },
      { Name: v('ghost') }
    ]);
    expect(people).toEqual([
      { id: 'u1', name: 'Rob', managerId: 'm1', managerName: 'Mia', title: 'AE' },
      { id: 'u2', name: 'Rae', managerId: null, managerName: null, title: null }
    ]);
  });

  it('hidden fields: absent from every node of a non-empty connection', () => {
    expect([
      ...hiddenFields(
        [
          { Id: '1', A: v(1) },
          { Id: '2', A: v(null) }
        ],
        ['A', 'B']
      )
    ]).toEqual(['B']);
    expect([...hiddenFields([], ['A'])]).toEqual([]);
  });

  it('activity: cadences keep their start, closed-won sums become one won record per rep and quarter', () => {
    const pager = new ConnectionPager(ACTIVITY_CONNECTIONS);
    pager.accept(
      {
        uiapi: {
          query: {
            Coaching_Cadence__c: connection([
              {
                Id: 'c1',
                Manager__c: v('m1'),
                Rep__c: v('r1'),
                Day_Of_Week__c: v('Friday'),
                Local_Start_Time__c: v('09:30:00.000Z'),
                Duration_Minutes__c: v(30),
                Time_Zone__c: v('Europe/London'),
                Active__c: v(true),
                CreatedDate: v('2026-09-01T10:00:00.000Z')
              }
            ]),
            Coaching_Session__c: connection([
              { Id: 's1', Manager__c: v('m1'), Rep__c: v('r1'), Scheduled_Start__c: v('2026-10-02T08:30:00.000Z') }
            ]),
            Action_Item__c: connection([]),
            Coaching_Feedback__c: connection([])
          },
          aggregate: {
            Won1: connection([
              { aggregate: { OwnerId: v('r1'), Amount: { sum: v(1500) } } },
              { aggregate: { OwnerId: v(null), Amount: { sum: v(9) } } }
            ]),
            Won2: connection([{ aggregate: { OwnerId: v('r1'), Amount: { sum: v(null) } } }]),
            Won3: connection([]),
            Won4: connection([])
          }
        }
      },
      pager.variables()
    );
    const quarters = [
      { start: '2026-05-01', end: '2026-07-31' },
      { start: '2026-08-01', end: '2026-10-31' }
    ];
    const activity = activityRecords(pager, quarters, 'USD');
    expect(activity.cadences[0]).toMatchObject({
      id: 'c1',
      dayOfWeek: 'Friday',
      localStartTime: '09:30',
      createdDate: '2026-09-01T10:00:00.000Z'
    });
    expect(activity.sessions.map((s) => s.id)).toEqual(['s1']);
    expect(activity.won.map((o) => [o.id, o.ownerId, o.amount, o.closeDate, o.isWon, o.currencyIsoCode])).toEqual([
      ['won:r1:2026-05-01', 'r1', 1500, '2026-05-01', true, 'USD'],
      ['won:r1:2026-08-01', 'r1', null, '2026-08-01', true, 'USD']
    ]);
    const dataset = oversightDataset(
      [{ id: 'r1', name: 'Rob', managerId: 'm1', managerName: 'Mia', title: null }],
      activity,
      DEFAULT_SETTINGS,
      { startMonth: 2, nameByStartYear: false, customQuarters: [] },
      { corporateCurrency: 'USD', rates: [], multiCurrency: false }
    );
    expect(dataset.users).toEqual([expect.objectContaining({ id: 'r1', managerId: 'm1', isActive: true })]);
    expect(dataset.opportunities).toBe(activity.won);
  });

  it('hidden activity fields name the object, and a hidden Amount hides closed won', () => {
    const pager = new ConnectionPager(ACTIVITY_CONNECTIONS);
    pager.accept(
      {
        uiapi: {
          query: {
            Coaching_Session__c: connection([{ Id: 's1', Status__c: v('Held'), Actual_Start__c: v(null) }]),
            Action_Item__c: connection([{ Id: 'a1', Status__c: v('Open') }])
          },
          aggregate: { Won1: connection([{ aggregate: { OwnerId: v('r1') } }]) }
        }
      },
      pager.variables()
    );
    expect([...hiddenActivityFields(pager)].sort()).toEqual([
      'Coaching_Session__c.Agenda_Opened_At__c',
      'Coaching_Session__c.Commit_Current_Quarter__c',
      'Coaching_Session__c.Forecast_Period_End__c',
      'Coaching_Session__c.Forecast_Period_Start__c',
      'Coaching_Session__c.Sections_Reviewed__c',
      'Opportunity.Amount'
    ]);
  });

  it('answers: the rep’s name, when the 1:1 was held, five ratings and the comment', () => {
    const [a] = answersFromNodes([
      {
        Id: 'f1',
        Rep__c: v('r1'),
        Rep__r: { Name: v('Rob') },
        Session__r: { Actual_Start__c: v('2026-10-02T08:35:00.000Z') },
        Preparation_Rating__c: v(5),
        Pipeline_Insight_Rating__c: v(4),
        Skill_Development_Rating__c: v(3),
        Action_Clarity_Rating__c: v(2),
        Rep_Agenda_Rating__c: v(1),
        Overall_Value__c: v(7),
        Improvement__c: v('More role-play'),
        CreatedDate: v('2026-10-03T09:00:00.000Z')
      }
    ]);
    expect(a).toEqual({
      id: 'f1',
      repId: 'r1',
      repName: 'Rob',
      heldAt: '2026-10-02T08:35:00.000Z',
      ratings: [5, 4, 3, 2, 1],
      overallValue: 7,
      improvement: 'More role-play'
    });
    expect(answersFromNodes([{ Id: 'f2', CreatedDate: v('2026-10-03T09:00:00.000Z') }])[0]).toMatchObject({
      repName: null,
      heldAt: '2026-10-03T09:00:00.000Z',
      ratings: [null, null, null, null, null]
    });
  });

  it('loss reviews: labels from the org, amount visibility, and the date the loss happened', () => {
    const [lost, quiet] = lossReviewsFromNodes([
      {
        Id: 'd1',
        Review_Type__c: { value: 'Lost', displayValue: 'Verloren' },
        Root_Cause__c: { value: 'Price', displayValue: 'Preis' },
        CreatedDate: v('2026-09-10T10:00:00.000Z'),
        Reviewed_On__c: v('2026-09-10'),
        Opportunity__r: {
          Id: 'o1',
          Name: v('Acme'),
          Amount: v(100),
          CurrencyIsoCode: v('EUR'),
          CloseDate: v('2026-08-28'),
          OwnerId: v('r1'),
          Owner: { Name: v('Rob'), ManagerId: v('m1'), Manager: { Name: v('Mia') } }
        }
      },
      {
        Id: 'd2',
        Review_Type__c: { value: 'Disengaged', displayValue: 'Disengaged' },
        Root_Cause__c: { value: 'Went_Dark', displayValue: 'Went dark' },
        CreatedDate: v('2026-11-02T10:00:00.000Z'),
        Opportunity__r: { Id: 'o2', Name: v('Globex'), CloseDate: v('2026-12-15'), OwnerId: v('r2'), Owner: null }
      }
    ]);
    expect(lost).toMatchObject({
      reviewTypeLabel: 'Verloren',
      rootCauseLabel: 'Preis',
      amountVisible: true,
      managerName: 'Mia'
    });
    expect(quiet).toMatchObject({ amount: null, amountVisible: false, ownerName: null, managerId: null });
    // Euros at 0.5 per dollar: €100 = $200. A lost deal is dated by its close date, a quiet one by its review.
    const rate = (amount: number, currency: string | null) => (currency === 'EUR' ? amount / 0.5 : amount);
    expect(toLossReview(lost, rate)).toMatchObject({ eventDate: '2026-08-28', amount: 200, originalAmount: 100 });
    expect(toLossReview(quiet, rate)).toMatchObject({ eventDate: '2026-11-02', amount: null });
  });
});

describe('currencies from converted commits', () => {
  const commit = (id: string, currencyIsoCode: string | null, value: number | null) =>
    session({ id, currencyIsoCode, commitCurrentQuarter: value });
  const converted = (id: string, value: number) => ({
    aggregate: { Id: v(id), Commit_Current_Quarter__c: { sum: v(value) } }
  });

  it('one sample per currency, the largest commit of each', () => {
    const samples = rateSamples([
      commit('s1', 'GBP', 100),
      commit('s2', 'GBP', 400),
      commit('s3', 'USD', 50),
      commit('s4', 'EUR', 0),
      commit('s5', null, 900)
    ]);
    expect(samples.map((s) => s.id)).toEqual(['s2', 's3']);
  });

  it('rates are units per corporate unit; the sample converted 1:1 names the corporate currency', () => {
    const samples = [commit('g', 'GBP', 400), commit('u', 'USD', 50), commit('e', 'EUR', 90)];
    // £400 → $500: 0.8 GBP per USD. €90 → $100: 0.9 EUR per USD. $50 → $50: USD is corporate.
    const d = derivedCurrencySettings(samples, [converted('g', 500), converted('u', 50), converted('e', 100)], 'USD');
    expect(d.corporate).toBe('USD');
    expect(d.settings.multiCurrency).toBe(true);
    expect(d.settings.rates.map((r) => [r.isoCode, r.conversionRate])).toEqual([
      ['GBP', 0.8],
      ['USD', 1],
      ['EUR', 0.9]
    ]);
  });

  it('no sample in the corporate currency: amounts still convert among the others, under a stand-in code', () => {
    const d = derivedCurrencySettings([commit('g', 'GBP', 400)], [converted('g', 500)], 'USD');
    expect(d.corporate).toBe(UNNAMED_CORPORATE);
    expect(d.settings.corporateCurrency).toBe(UNNAMED_CORPORATE);
  });

  it('one currency, the viewer’s, or none at all: a single-currency setting', () => {
    expect(derivedCurrencySettings([], [], 'USD').settings).toEqual({
      corporateCurrency: 'USD',
      rates: [],
      multiCurrency: false
    });
    expect(derivedCurrencySettings([commit('u', 'USD', 5)], [], 'USD').settings.multiCurrency).toBe(false);
    // A conversion that failed leaves the currency without a rate (its amounts are then left out).
    const failed = derivedCurrencySettings([commit('g', 'GBP', 400)], [converted('g', Number.NaN)], 'USD');
    expect(failed.settings.rates).toEqual([]);
    expect(failed.settings.multiCurrency).toBe(true);
  });
});
