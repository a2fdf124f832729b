/**
 * The record mappers. Fixtures: `restRecords.json` (REST/SOQL shape, taken from the demo org; one opportunity
 * carries the REST '+0000' datetimes and an `attributes.url`), `namespacedRecords.json` (the same records with the
 * `crdemo` namespace on custom objects and fields), `graphqlOpportunities.json` (the GraphQL wire adapter's data,
 * the second node with the fields a restricted user cannot see left out, as optional fields return them).
 * Expected values are read off the fixtures by hand.
 */
import {
  datasetFromRecords,
  fieldValue,
  flattenUiApiNode,
  mapRecords,
  toAccount,
  toActionItem,
  toCadence,
  toCurrencySettings,
  toDealReview,
  toFeedback,
  toFiscalCalendar,
  toIsoDate,
  toIsoDateTime,
  toLocalTime,
  toOpportunity,
  toQuota,
  toSession,
  toUser,
  withoutNamespace,
  type ApiRecord
} from 'c/coachingRecords';
import type { CoachingSettings } from 'c/coachingModel';
import rest from './data/restRecords.json';
import namespaced from './data/namespacedRecords.json';
import graphql from './data/graphqlOpportunities.json';

type Records = Record<string, ApiRecord[]>;
const REST = rest as unknown as Records;
const NAMESPACED = namespaced as unknown as Records;
const first = (records: Records, type: string): ApiRecord => records[type][0];
const nodes = graphql.uiapi.query.Opportunity.edges.map((e) => e.node);
/** A name as a managed-package org with the `crdemo` namespace returns it. */
const ns = (apiName: string): string => ['crdemo', apiName].join('__');

/** Settings pass through untouched; the mappers never read them. */
const SETTINGS = { defaultRequiredCoverage: 3 } as unknown as CoachingSettings;

describe('value readers', () => {
  it('normalises REST datetimes to ISO UTC with milliseconds', () => {
    expect(toIsoDateTime('2026-08-31T19:42:00.000+0000')).toBe('2026-08-31T19:42:00.000Z');
    // 21:42 at UTC+02:00 is 19:42 UTC.
    expect(toIsoDateTime('2026-08-31T21:42:00+02:00')).toBe('2026-08-31T19:42:00.000Z');
    expect(toIsoDateTime('2026-08-31T19:42')).toBe('2026-08-31T19:42:00.000Z');
    expect(toIsoDateTime('2026-08-31T19:42:05.5Z')).toBe('2026-08-31T19:42:05.500Z');
    for (const bad of [
      'yesterday',
      '2026-13-01T00:00:00Z',
      '2026-02-30T10:00:00Z',
      '2026-08-31T25:00:00Z',
      '',
      null,
      42,
      undefined
    ])
      expect(toIsoDateTime(bad)).toBeNull();
  });

  it('reads calendar dates and keeps only real ones', () => {
    expect(toIsoDate('2026-10-15')).toBe('2026-10-15');
    expect(toIsoDate('2026-10-15T23:30:00.000Z')).toBe('2026-10-15');
    for (const bad of ['2026-02-30', '15/10/2026', 20261015, null, '2026-10-15 10:00', '2026-1O-15'])
      expect(toIsoDate(bad)).toBeNull();
    // Leap years: divisible by 4, except centuries not divisible by 400.
    expect(['2024-02-29', '2000-02-29', '2023-02-29', '2100-02-29'].map(toIsoDate)).toEqual([
      '2024-02-29',
      '2000-02-29',
      null,
      null
    ]);
  });

  it('reads Time fields as HH:mm from text or milliseconds after midnight', () => {
    expect(toLocalTime('15:30:00.000Z')).toBe('15:30');
    // 9 h 5 min = (9 × 60 + 5) × 60,000 ms = 32,700,000 ms.
    expect(toLocalTime(32_700_000)).toBe('09:05');
    for (const bad of ['25:00:00.000Z', 86_400_000, -1, 'noon', null]) expect(toLocalTime(bad)).toBeNull();
  });

  it('finds fields with or without a namespace, and strips namespaces from type names', () => {
    // A field of another org that merely ends in "_Rep__c" (built at run time: it is not one of ours).
    const lookalike = ['Sales', 'Rep__c'].join('_');
    const record = { [ns('Rep__c')]: 'r1', [lookalike]: 'other', Name: 'n' };
    expect(fieldValue(record, 'Rep__c')).toBe('r1');
    expect(fieldValue(record, 'Name')).toBe('n');
    expect(fieldValue(record, 'Manager__c')).toBeUndefined();
    // It ends in 'Rep__c' but not in '__Rep__c': another field, not a namespaced Rep__c.
    expect(fieldValue({ [lookalike]: 'other' }, 'Rep__c')).toBeUndefined();
    expect(withoutNamespace(ns('Coaching_Session__c'))).toBe('Coaching_Session__c');
    expect(withoutNamespace('Coaching_Session__c')).toBe('Coaching_Session__c');
    expect(withoutNamespace('Rep__c')).toBe('Rep__c');
    expect(withoutNamespace('Opportunity')).toBe('Opportunity');
  });
});

describe('record mappers (REST shape)', () => {
  it('maps an opportunity, reading REST datetimes and keeping the record for exit criteria', () => {
    const record = first(REST, 'Opportunity');
    expect(toOpportunity(record)).toEqual({
      id: '0065g000000009qAAA',
      name: 'Delta Insurance - Analytics Add-on',
      accountId: '0015g000000000jAAA',
      ownerId: '0055g0000000009AAA',
      amount: 112000,
      currencyIsoCode: 'USD',
      stageName: 'Closed Lost',
      forecastCategory: 'Omitted',
      closeDate: '2026-10-15',
      createdDate: '2026-08-31T19:42:00.000Z',
      lastStageChangeDate: '2026-10-15T16:47:00.000Z',
      lastActivityDate: '2026-10-15',
      pushCount: 1,
      isClosed: true,
      isWon: false,
      probability: 0,
      hasOverdueTask: false,
      nextStep: null,
      fields: record
    });
  });

  it('maps users, accounts and quotas', () => {
    expect(toUser(first(REST, 'User'))).toEqual({
      id: '0055g0000000009AAA',
      name: 'Marcus Reed',
      managerId: '0055g0000000008AAA',
      isActive: true,
      title: 'Account Executive',
      userRoleId: '00E5g0000000005EAA',
      timeZoneSidKey: 'America/New_York',
      defaultCurrencyIsoCode: 'USD'
    });
    expect(toAccount(first(REST, 'Account'))).toEqual({
      id: '0015g000000000jAAA',
      name: 'Delta Insurance Inc.',
      ownerId: '0055g0000000009AAA',
      lastActivityDate: '2026-11-22'
    });
    expect(toQuota(first(REST, 'Sales_Quota__c'))).toEqual({
      id: 'a005g000000000xAAA',
      userId: '0055g0000000009AAA',
      periodStart: '2026-11-01',
      periodEnd: '2027-01-31',
      amount: 250000,
      currencyIsoCode: 'USD'
    });
  });

  it('maps a cadence, a held session and its action item, review and feedback', () => {
    expect(toCadence(first(REST, 'Coaching_Cadence__c'))).toEqual({
      id: 'a015g0000000006AAA',
      managerId: '0055g0000000008AAA',
      repId: '0055g0000000009AAA',
      dayOfWeek: 'Friday',
      localStartTime: '15:30',
      durationMinutes: 30,
      timeZone: 'America/New_York',
      active: true,
      createdDate: '2026-08-29T10:00:00.000Z'
    });
    expect(toSession(first(REST, 'Coaching_Session__c'))).toEqual({
      id: 'a025g000000000zAAA',
      cadenceId: 'a015g0000000006AAA',
      managerId: '0055g0000000008AAA',
      repId: '0055g0000000009AAA',
      scheduledStart: '2026-09-25T19:30:00.000Z',
      actualStart: '2026-09-25T19:35:00.000Z',
      status: 'Held',
      notes:
        'Covered the numbers; little time for coaching. 9 open deals, 3 past their close date. Commit 154,000 USD, best case 226,000.',
      sectionsReviewed: ['Opportunity_Review', 'Pipeline_Risk', 'Forecast'],
      commitCurrentQuarter: 154000,
      bestCaseCurrentQuarter: 226000,
      commitNextQuarter: 0,
      bestCaseNextQuarter: 88000,
      forecastPeriodStart: '2026-08-01',
      forecastPeriodEnd: '2026-10-31',
      currencyIsoCode: 'USD',
      snapshotJson: null,
      snapshotVersion: null,
      agendaOpenedAt: null,
      healthScore: null,
      coverageCurrentQuarter: null,
      mainGap: null
    });
    expect(toActionItem(first(REST, 'Action_Item__c'))).toEqual({
      id: 'a035g000000001WAAQ',
      subject: 'Find a second champion at Delta Insurance',
      sessionId: 'a025g000000000zAAA',
      managerId: '0055g0000000008AAA',
      repId: '0055g0000000009AAA',
      assigneeId: '0055g0000000009AAA',
      dueDate: '2026-10-02',
      status: 'Done',
      completedDate: '2026-09-30',
      opportunityId: '0065g000000009qAAA',
      accountId: '0015g000000000jAAA',
      createdDate: '2026-09-25T20:05:00.000Z',
      baselineStageName: 'Qualification',
      baselineCloseDate: '2026-09-21',
      baselineAmount: 112000,
      baselineActivityDate: '2026-09-25'
    });
    expect(toDealReview(first(REST, 'Deal_Review__c'))).toEqual({
      id: 'a045g0000000001AAA',
      opportunityId: '0065g000000001aAAA',
      reviewType: 'Lost',
      rootCause: 'Timing',
      notes: 'Moved to next fiscal year.',
      reviewedById: '0055g0000000003AAA',
      reviewedOn: '2026-06-05'
    });
    expect(toFeedback(first(REST, 'Coaching_Feedback__c'))).toEqual({
      id: 'a055g000000000iAAA',
      sessionId: 'a025g000000000zAAA',
      repId: '0055g0000000009AAA',
      managerId: '0055g0000000008AAA',
      preparation: 3,
      pipelineInsight: 4,
      skillDevelopment: 4,
      actionClarity: 4,
      repAgenda: 4,
      overallValue: 8,
      improvement: 'Please share the agenda before the meeting.',
      createdDate: '2026-09-27T10:02:00.000Z'
    });
  });

  it('reads the same values from a namespaced org', () => {
    for (const [type, mapper] of [
      ['Coaching_Cadence__c', toCadence],
      ['Coaching_Session__c', toSession],
      ['Action_Item__c', toActionItem],
      ['Deal_Review__c', toDealReview],
      ['Coaching_Feedback__c', toFeedback],
      ['Sales_Quota__c', toQuota]
    ] as const) {
      expect(mapper(first(NAMESPACED, ns(type)))).toEqual(mapper(first(REST, type)));
    }
  });
});

describe('missing and hidden fields', () => {
  it('a record with only an Id maps to nulls and declared defaults, never throws', () => {
    expect(toOpportunity({ Id: '006x' })).toEqual({
      id: '006x',
      name: '',
      accountId: null,
      ownerId: '',
      amount: null,
      currencyIsoCode: null,
      stageName: '',
      forecastCategory: null,
      closeDate: null,
      createdDate: '',
      lastStageChangeDate: null,
      lastActivityDate: null,
      pushCount: null,
      isClosed: false,
      isWon: false,
      probability: null,
      hasOverdueTask: false,
      nextStep: null,
      fields: { Id: '006x' }
    });
    expect(toCadence({ Id: 'a01x' })).toMatchObject({
      durationMinutes: 60,
      active: true,
      timeZone: '',
      createdDate: null
    });
    expect(toSession({ Id: 'a02x' })).toMatchObject({ status: 'Planned', sectionsReviewed: [], snapshotJson: null });
    expect(toActionItem({ Id: 'a03x' })).toMatchObject({ status: 'Open', dueDate: null, opportunityId: null });
    expect(toDealReview({ Id: 'a04x' })).toMatchObject({ reviewType: 'Lost', rootCause: null });
    expect(toFeedback({ Id: 'a05x' })).toMatchObject({ preparation: null, overallValue: null });
    expect(toQuota({ Id: 'a00x' })).toMatchObject({ amount: 0, periodStart: '' });
    expect(toUser({ Id: '005x', Username: 'a@b.example' })).toMatchObject({ name: 'a@b.example', isActive: true });
    expect(toUser({ Id: '005y', FirstName: 'Ana', LastName: 'Ruiz' })).toMatchObject({ name: 'Ana Ruiz' });
    expect(toAccount({ Id: '001x' })).toEqual({ id: '001x', name: '', ownerId: '', lastActivityDate: null });
  });

  it('garbage values are nulls too: NaN amounts, unknown picklist values, bad dates', () => {
    const opp = toOpportunity({
      Id: '006z',
      Amount: 'lots',
      Probability: Number.NaN,
      PushCount: '3',
      ForecastCategoryName: 'Maybe',
      CloseDate: '2026-02-30',
      IsClosed: 'true'
    });
    expect(opp).toMatchObject({
      amount: null,
      probability: null,
      pushCount: 3,
      forecastCategory: null,
      closeDate: null
    });
    expect(opp?.isClosed).toBe(true);
    expect(
      toSession({ Id: 's', Status__c: 'Postponed', Sections_Reviewed__c: 'Forecast;Gossip;Action_Items' })
    ).toMatchObject({
      status: 'Planned',
      sectionsReviewed: ['Action_Items', 'Forecast']
    });
    // The API value of a forecast category (OpportunityHistory, ForecastCategory) maps to its label.
    expect(toOpportunity({ Id: 'o', ForecastCategory: 'Forecast' })?.forecastCategory).toBe('Commit');
    expect(toOpportunity({ Id: 'o', ForecastCategory: 'BestCase' })?.forecastCategory).toBe('Best Case');
  });

  it('something without an Id is not a record', () => {
    for (const mapper of [
      toOpportunity,
      toUser,
      toAccount,
      toCadence,
      toSession,
      toActionItem,
      toDealReview,
      toFeedback,
      toQuota
    ])
      expect(mapper({ Name: 'no id' })).toBeNull();
    expect(mapRecords([{ Id: '001a' }, { Name: 'x' }, { Id: '' }], toAccount).map((a) => a.id)).toEqual(['001a']);
    expect(mapRecords(undefined, toAccount)).toEqual([]);
  });
});

describe('GraphQL UI API nodes', () => {
  it('flattens value wrappers, parent and child relationships, and the type', () => {
    const flat = flattenUiApiNode(nodes[0]);
    expect(flat).toMatchObject({
      attributes: { type: 'Opportunity' },
      Id: '0065g000000009qAAA',
      Name: 'Delta Insurance - Analytics Add-on',
      Amount: 112000,
      Owner: { Name: 'Marcus Reed' },
      Account: { Id: '0015g000000000jAAA', Name: 'Delta Insurance Inc.' },
      OpportunityHistories: {
        totalSize: 2,
        done: true,
        records: [
          { Id: '0085g0000000001AAA', StageName: 'Prospecting' },
          { Id: '0085g0000000002AAA', StageName: 'Negotiation/Review' }
        ]
      }
    });
    expect(flat).not.toHaveProperty('ApiName');
    expect(flattenUiApiNode({ __typename: 'Account', Id: '001', Tags: [{ value: 'a' }, 'b'] })).toEqual({
      attributes: { type: 'Account' },
      Id: '001',
      Tags: ['a', 'b']
    });
    expect(flattenUiApiNode(null)).toEqual({});
    expect(flattenUiApiNode({ Id: '1', Lines: { edges: [{ cursor: 'x' }] } })).toEqual({
      Id: '1',
      Lines: { totalSize: 1, done: true, records: [{}] }
    });
  });

  it('a flattened node maps like a REST record; fields hidden from the user map to null', () => {
    const [full, restricted] = nodes.map((n) => toOpportunity(flattenUiApiNode(n)));
    expect(full).toMatchObject({
      stageName: 'Negotiation/Review',
      forecastCategory: 'Commit',
      closeDate: '2026-12-15',
      pushCount: 2,
      hasOverdueTask: true,
      probability: 90,
      lastStageChangeDate: '2026-11-02T16:47:00.000Z'
    });
    expect(restricted).toMatchObject({
      id: '0065g00000000AbAAQ',
      amount: null,
      accountId: null,
      forecastCategory: null,
      lastStageChangeDate: null,
      lastActivityDate: null,
      pushCount: null,
      probability: null,
      nextStep: null,
      stageName: 'Qualification'
    });
  });
});

describe('fiscal calendar and currencies', () => {
  it('reads the fiscal year from Organization, or from a standard FiscalYearSettings row', () => {
    expect(toFiscalCalendar(REST.FiscalYearSettings, [], first(REST, 'Organization'))).toEqual({
      startMonth: 2,
      nameByStartYear: false,
      customQuarters: []
    });
    // Without Organization: FY "2026" starts 2025-02-01 → start month 2; named after its end year (2026 ≠ 2025).
    expect(toFiscalCalendar(REST.FiscalYearSettings)).toEqual({
      startMonth: 2,
      nameByStartYear: false,
      customQuarters: []
    });
    expect(toFiscalCalendar([{ Id: 'y', Name: '2025', StartDate: '2025-04-01', IsStandardYear: true }])).toMatchObject({
      startMonth: 4,
      nameByStartYear: true
    });
    expect(toFiscalCalendar()).toEqual({ startMonth: 1, nameByStartYear: false, customQuarters: [] });
  });

  it('lists the quarters of custom (4-4-5) fiscal years', () => {
    const years = [{ Id: 'fy1', Name: 'FY2027', StartDate: '2026-01-04', IsStandardYear: false }];
    // 4-4-5 weeks: Q1 = 13 weeks from Sunday 2026-01-04 → Saturday 2026-04-04; Q2 starts 2026-04-05.
    const periods = [
      {
        Id: 'p2',
        FiscalYearSettingsId: 'fy1',
        Type: 'Quarter',
        Number: 2,
        StartDate: '2026-04-05',
        EndDate: '2026-07-04'
      },
      {
        Id: 'p1',
        FiscalYearSettingsId: 'fy1',
        Type: 'Quarter',
        Number: 1,
        StartDate: '2026-01-04',
        EndDate: '2026-04-04'
      },
      {
        Id: 'm1',
        FiscalYearSettingsId: 'fy1',
        Type: 'Month',
        Number: 1,
        StartDate: '2026-01-04',
        EndDate: '2026-01-31'
      },
      { Id: 'bad', FiscalYearSettingsId: 'fy1', Type: 'Quarter', Number: 3, StartDate: null, EndDate: '2026-10-03' }
    ];
    expect(toFiscalCalendar(years, periods).customQuarters).toEqual([
      {
        type: 'Quarter',
        startDate: '2026-01-04',
        endDate: '2026-04-04',
        label: 'FY2027 Q1',
        fiscalYear: 2027,
        number: 1
      },
      {
        type: 'Quarter',
        startDate: '2026-04-05',
        endDate: '2026-07-04',
        label: 'FY2027 Q2',
        fiscalYear: 2027,
        number: 2
      }
    ]);
  });

  it('reads currencies and dated rates; no CurrencyType rows means a single-currency org', () => {
    const settings = toCurrencySettings(REST.CurrencyType, REST.DatedConversionRate);
    expect(settings.corporateCurrency).toBe('USD');
    expect(settings.multiCurrency).toBe(true);
    // 3 CurrencyType rates (no dates) + 5 dated EUR rates.
    expect(settings.rates).toHaveLength(8);
    expect(settings.rates[1]).toEqual({ isoCode: 'EUR', conversionRate: 0.92, startDate: null, nextStartDate: null });
    expect(settings.rates[3]).toEqual({
      isoCode: 'EUR',
      conversionRate: 0.912041,
      startDate: '0001-01-01',
      nextStartDate: '2026-02-01'
    });
    expect(toCurrencySettings([], [], 'EUR')).toEqual({ corporateCurrency: 'EUR', rates: [], multiCurrency: false });
    expect(
      toCurrencySettings(
        [
          { Id: 'c', IsoCode: 'JPY', ConversionRate: 0 },
          { Id: 'd', ConversionRate: 1 }
        ],
        [{ IsoCode: 'JPY', ConversionRate: -1 }]
      ).rates
    ).toEqual([]);
  });
});

describe('datasetFromRecords', () => {
  it('maps every type, plain or namespaced, to the same dataset', () => {
    const plain = datasetFromRecords(REST, SETTINGS);
    expect(plain.opportunities.map((o) => o.id)).toEqual(['0065g000000009qAAA']);
    expect(plain.users).toHaveLength(2);
    expect(plain.cadences).toHaveLength(1);
    expect(plain.sessions).toHaveLength(1);
    expect(plain.actionItems).toHaveLength(1);
    expect(plain.reviews).toHaveLength(1);
    expect(plain.feedback).toHaveLength(1);
    expect(plain.quotas).toHaveLength(1);
    expect(plain.accounts).toHaveLength(1);
    expect(plain.fiscal.startMonth).toBe(2);
    expect(plain.currency.corporateCurrency).toBe('USD');
    expect(plain.settings).toBe(SETTINGS);
    expect(datasetFromRecords(NAMESPACED, SETTINGS)).toEqual(plain);
  });

  it('an empty org is an empty dataset on the calendar year in the given currency', () => {
    expect(datasetFromRecords({ Widget__x: [{ Id: 'w' }] }, SETTINGS, { corporateCurrency: 'GBP' })).toEqual({
      users: [],
      accounts: [],
      opportunities: [],
      cadences: [],
      sessions: [],
      actionItems: [],
      reviews: [],
      feedback: [],
      quotas: [],
      fiscal: { startMonth: 1, nameByStartYear: false, customQuarters: [] },
      currency: { corporateCurrency: 'GBP', rates: [], multiCurrency: false },
      settings: SETTINGS
    });
  });
});
