/**
 * The Apex read services implemented over the demo org (docs/apex.md): settings from the package's custom
 * metadata, fiscal quarters, quotas and opportunity history with the caller's sharing, and the k-anonymous
 * feedback summaries. Expected values are computed by hand from the records below.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { PreviewOrg } from '../server/org.ts';
import { DataStore, type SfRecord } from '../server/data/store.ts';
import { settingsDto, quartersDto, quotasDto, historyDto, feedbackSummary } from '../server/apex/services.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { fixtureDocument, IDS, NOW } from './fixture-org.ts';

const rec = (type: string, fields: Record<string, unknown>): SfRecord =>
  ({ attributes: { type }, ...fields }) as unknown as SfRecord;

/** The fixture records on the package's real metadata and permission sets. */
async function packageOrg(extra: Record<string, SfRecord[]> = {}): Promise<PreviewOrg> {
  const org = await PreviewOrg.open({ root: PROJECT_ROOT, dataFile: null, now: () => NOW });
  const doc = fixtureDocument();
  for (const [k, v] of Object.entries(extra)) doc.records[k] = [...(doc.records[k] ?? []), ...v];
  org.store = new DataStore(doc, null);
  return org;
}

const call = (org: PreviewOrg, userId: string) => {
  const s = org.session(userId);
  return { org, sec: s.sec, ctx: s.ctx };
};

describe('CoachingSettingsService.getSettings', () => {
  test('thresholds, stages and exit criteria come from the custom metadata records', () => {
    const dto = settingsDto(PROJECT_ROOT);
    // Coaching_Setting.Default: 3, 1.5, 24, 12, 30, 14, 3, 3, 48.
    assert.deepEqual(
      [
        dto.thresholds.defaultRequiredCoverage,
        dto.thresholds.staleDaysMultiplier,
        dto.thresholds.existingWindowMonths,
        dto.thresholds.dormantWindowMonths,
        dto.thresholds.disengagedDays,
        dto.thresholds.lostReviewWindowDays,
        dto.thresholds.inactivityDays,
        dto.thresholds.pushCountRisk,
        dto.thresholds.kAnonymityMinimum,
        dto.thresholds.adherenceToleranceHours
      ],
      [3, 1.5, 24, 12, 30, 90, 14, 3, 3, 48]
    );
    assert.equal(dto.stages.length, 8, 'one Stage_Setting record per open stage');
    const prospecting = dto.stages.find((s) => s.stageName === 'Prospecting')!;
    assert.equal(prospecting.exitCriteria.length, 3, 'Fit_Checked, Next_Step, Pain_Confirmed');
    assert.ok(prospecting.exitCriteria.some((c) => c.fieldApiName === 'NextStep'));
    assert.equal(dto.agendaSections.length, 7);
    assert.deepEqual(dto.defaultedParts, []);
  });

  test('a package without settings records falls back to the coded defaults, part by part', async () => {
    const { createCoachingFixture } = await import('./fixture-project.ts');
    const project = createCoachingFixture();
    try {
      const dto = settingsDto(project.root);
      assert.deepEqual(dto.defaultedParts, ['thresholds', 'stages', 'surveyQuestions', 'agendaSections']);
      assert.equal(dto.thresholds.kAnonymityMinimum, 3);
    } finally {
      project.dispose();
    }
  });
});

describe('FiscalPeriodService.getQuarters', () => {
  test('without Period rows, quarters are computed from the February start month', async () => {
    const org = await packageOrg();
    const dto = quartersDto(call(org, IDS.m1), { around: '2026-11-24', count: 3 });
    // Quarters from 1 Feb: Aug–Oct is FY2027 Q3, Nov–Jan FY2027 Q4, Feb–Apr 2027 FY2028 Q1 (named by the end year).
    assert.equal(dto.source, 'FiscalYearSettings');
    assert.deepEqual(
      dto.quarters.map((q) => [q.startDate, q.endDate, q.label]),
      [
        ['2026-08-01', '2026-10-31', 'FY2027 Q3'],
        ['2026-11-01', '2027-01-31', 'FY2027 Q4'],
        ['2027-02-01', '2027-04-30', 'FY2028 Q1']
      ]
    );
  });

  test('Period rows are used exactly when they cover the range', async () => {
    const period = (n: number, start: string, end: string) =>
      rec('Period', {
        Id: `026${String(n).padStart(12, '0')}AAA`,
        Type: 'Quarter',
        StartDate: start,
        EndDate: end,
        Number: n
      });
    const org = await packageOrg({
      FiscalYearSettings: [
        rec('FiscalYearSettings', {
          Id: '022000000000009AAA',
          Name: '2027',
          StartDate: '2026-01-25',
          EndDate: '2027-01-30'
        })
      ],
      Period: [period(3, '2026-07-26', '2026-10-24'), period(4, '2026-10-25', '2027-01-30')]
    });
    const dto = quartersDto(call(org, IDS.m1), { around: '2026-11-24', count: 2 });
    // count 2: the current quarter is at index (2 − 1) / 2 = 0, so Q4 and the next (missing) one → fallback.
    assert.equal(dto.source, 'FiscalYearSettings');
    const exact = quartersDto(call(org, IDS.m1), { around: '2026-11-24', count: 1 });
    assert.equal(exact.source, 'Period');
    assert.deepEqual(exact.quarters, [
      { startDate: '2026-10-25', endDate: '2027-01-30', label: 'FY2027 Q4', fiscalYear: 2027, quarterNumber: 4 }
    ]);
  });
});

describe('QuotaService.getQuotas', () => {
  test('quotas overlapping the window, by user then period, with the currency in a multi-currency org', async () => {
    const quota = (n: number, user: string, start: string, end: string, amount: number) =>
      rec('Sales_Quota__c', {
        Id: `a00${String(n).padStart(12, '0')}AAA`,
        OwnerId: IDS.admin,
        User__c: user,
        Period_Start__c: start,
        Period_End__c: end,
        Amount__c: amount,
        CurrencyIsoCode: 'USD',
        Source__c: 'Manual'
      });
    const org = await packageOrg({
      Sales_Quota__c: [
        quota(1, IDS.r2, '2026-11-01', '2027-01-31', 250000),
        quota(2, IDS.r1, '2026-08-01', '2026-10-31', 200000),
        quota(3, IDS.r1, '2026-11-01', '2027-01-31', 240000),
        quota(4, IDS.r3, '2026-11-01', '2027-01-31', 1)
      ]
    });
    const dto = quotasDto(call(org, IDS.leader), {
      userIds: [IDS.r1, IDS.r2],
      startDate: '2026-11-01',
      endDate: '2027-01-31'
    });
    // R3 was not asked for; R1's Aug–Oct quota ends before the window.
    assert.equal(dto.readable, true);
    assert.deepEqual(
      dto.quotas.map((q) => [q.userId, q.periodStart, q.amount, q.currencyIsoCode]),
      [
        [IDS.r1, '2026-11-01', 240000, 'USD'],
        [IDS.r2, '2026-11-01', 250000, 'USD']
      ]
    );
  });
});

describe('OpportunityHistoryService.getHistory', () => {
  test('pages follow the cursor without repeating or skipping, within the caller’s sharing', async () => {
    const history = (n: number, opp: string, at: string, stage: string) =>
      rec('OpportunityHistory', {
        Id: `008${String(n).padStart(12, '0')}AAA`,
        OpportunityId: opp,
        CreatedDate: at,
        StageName: stage,
        CloseDate: '2026-12-15',
        PrevCloseDate: null,
        Amount: 100000,
        PrevAmount: null,
        ForecastCategory: 'Pipeline',
        Probability: 10
      });
    const org = await packageOrg({
      OpportunityHistory: [
        history(1, IDS.o1, '2026-09-01T10:00:00.000Z', 'Prospecting'),
        history(2, IDS.o1, '2026-10-01T10:00:00.000Z', 'Qualification'),
        history(3, IDS.o2, '2026-10-01T10:00:00.000Z', 'Prospecting'),
        history(4, IDS.o3, '2026-10-02T10:00:00.000Z', 'Closed Won')
      ]
    });
    const m1 = call(org, IDS.m1);
    const first = historyDto(m1, { ownerIds: [IDS.r1, IDS.r2], pageSize: 2 });
    assert.deepEqual(
      first.entries.map((e) => e.id.slice(3, 15)),
      ['000000000001', '000000000002']
    );
    assert.equal(first.truncated, true);
    const second = historyDto(m1, { ownerIds: [IDS.r1, IDS.r2], pageSize: 2, cursor: first.nextCursor });
    // Rows 2 and 3 share a timestamp: the id orders them; row 4 is R2's won deal.
    assert.deepEqual(
      second.entries.map((e) => e.id.slice(3, 15)),
      ['000000000003', '000000000004']
    );
    assert.equal(second.nextCursor, null);
    // Rep 2 sees only the history of their own opportunity.
    const r2 = historyDto(call(org, IDS.r2), { ownerIds: [IDS.r1, IDS.r2] });
    assert.deepEqual(
      r2.entries.map((e) => e.opportunityId),
      [IDS.o3]
    );
  });
});

describe('CoachingFeedbackAggregateService', () => {
  const answer = (rep: string, at: string, prep: number) =>
    rec('Coaching_Feedback__c', {
      Id: `a05${rep.slice(-6)}${at.slice(5, 10)}`,
      Rep__c: rep,
      CreatedDate: at,
      Preparation_Rating__c: prep,
      Pipeline_Insight_Rating__c: 4,
      Skill_Development_Rating__c: 3,
      Action_Clarity_Rating__c: 4,
      Rep_Agenda_Rating__c: 5,
      Overall_Value__c: 8
    });

  test('only closed months with k answers from k reps count, combined by answers', () => {
    const rows = [
      // August: 3 answers from 3 reps (3, 4, 5) → kept.
      answer('A', '2026-08-05T10:00:00Z', 3),
      answer('B', '2026-08-12T10:00:00Z', 4),
      answer('C', '2026-08-19T10:00:00Z', 5),
      // September: 3 answers from 2 reps → left out.
      answer('A', '2026-09-02T10:00:00Z', 1),
      answer('A', '2026-09-09T10:00:00Z', 1),
      answer('B', '2026-09-16T10:00:00Z', 1),
      // October: 4 answers from 3 reps (2, 2, 4, 4) → kept.
      answer('A', '2026-10-01T10:00:00Z', 2),
      answer('B', '2026-10-08T10:00:00Z', 2),
      answer('C', '2026-10-15T10:00:00Z', 4),
      answer('C', '2026-10-22T10:00:00Z', 4),
      // November is the current month (not closed).
      answer('A', '2026-11-02T10:00:00Z', 5),
      answer('B', '2026-11-03T10:00:00Z', 5),
      answer('C', '2026-11-04T10:00:00Z', 5)
    ];
    const s = feedbackSummary(IDS.m1, rows, '2026-08-15', '2026-11-20', 3, NOW);
    // Kept: Aug + Oct = 7 answers; preparation (3 + 4 + 5 + 2 + 2 + 4 + 4) ÷ 7 = 24 ÷ 7 = 3.428… → 3.43.
    assert.equal(s.status, 'OK');
    assert.deepEqual(
      [s.windowStart, s.windowEnd, s.monthsIncluded, s.monthsSuppressed, s.responseCount],
      ['2026-08-01', '2026-10-31', 2, 1, 7]
    );
    assert.equal(s.averages!.preparation, 3.43);
    assert.equal(s.averages!.overallValue, 8);
  });

  test('a window in the current month has no closed month; too few reps says so without numbers', () => {
    const none = feedbackSummary(IDS.m1, [], '2026-11-01', '2026-11-30', 3, NOW);
    assert.deepEqual([none.status, none.windowEnd, none.averages], ['NO_CLOSED_MONTH', null, null]);
    const thin = feedbackSummary(
      IDS.m1,
      [
        answer('A', '2026-09-02T10:00:00Z', 1),
        answer('B', '2026-09-09T10:00:00Z', 1),
        answer('B', '2026-09-16T10:00:00Z', 1)
      ],
      '2026-09-01',
      '2026-09-30',
      3,
      NOW
    );
    assert.deepEqual(
      [thin.status, thin.responseCount, thin.averages, thin.monthsSuppressed],
      ['NOT_ENOUGH_RESPONSES', null, null, 1]
    );
  });

  test('the team summary is for leaders only; the manager’s own summary never returns rows', async () => {
    const org = await packageOrg();
    const m1 = org.session(IDS.m1);
    await assert.rejects(
      async () =>
        m1.apex('CoachingFeedbackAggregateService', 'getTeamFeedbackSummary', {
          managerIds: [IDS.m1],
          fromDate: '2026-08-01',
          toDate: '2026-10-31'
        }),
      /Only coaching leaders/
    );
    const mine = (await m1.apex('CoachingFeedbackAggregateService', 'getMyFeedbackSummary', {
      fromDate: '2026-01-01',
      toDate: '2026-10-31'
    })) as Record<string, unknown>;
    // One answer about Manager 1 (F1, January): below k = 3.
    assert.equal(mine.status, 'NOT_ENOUGH_RESPONSES');
    assert.deepEqual(Object.keys(mine).sort(), [
      'averages',
      'kMinimum',
      'managerId',
      'message',
      'monthsIncluded',
      'monthsSuppressed',
      'responseCount',
      'status',
      'windowEnd',
      'windowStart'
    ]);
    const team = (await org.session(IDS.leader).apex('CoachingFeedbackAggregateService', 'getTeamFeedbackSummary', {
      managerIds: [IDS.m1, IDS.m2],
      fromDate: '2026-01-01',
      toDate: '2026-10-31'
    })) as { managerId: string }[];
    assert.deepEqual(
      team.map((t) => t.managerId),
      [IDS.m1, IDS.m2]
    );
  });
});
