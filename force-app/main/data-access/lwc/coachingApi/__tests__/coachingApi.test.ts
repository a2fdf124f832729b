import fc from 'fast-check';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import apexGetQuotas from '@salesforce/apex/QuotaService.getQuotas';
import apexImportForecastingQuotas from '@salesforce/apex/QuotaService.importForecastingQuotas';
import apexGetHistory from '@salesforce/apex/OpportunityHistoryService.getHistory';
import apexGetMyFeedbackSummary from '@salesforce/apex/CoachingFeedbackAggregateService.getMyFeedbackSummary';
import apexGetTeamFeedbackSummary from '@salesforce/apex/CoachingFeedbackAggregateService.getTeamFeedbackSummary';
import {
  CoachingApiError,
  getAllHistory,
  getHistory,
  getMyFeedbackSummary,
  getQuarters,
  getQuotas,
  getSettings,
  getTeamFeedbackSummary,
  historyEvents,
  importForecastingQuotas,
  toFeedbackSummary,
  type HistoryEntry,
  type HistoryPageDto
} from 'c/coachingApi';
import { AGENDA_SECTION_KEYS } from 'c/coachingModel';
// The Apex modules are the shared Jest implementations: each answers what the preview answers on the demo org.
import { demoAnswer, demoParams } from '@test/apex/demoOrgApex';

interface QuarterParams {
  around: string;
  count: number;
}
interface QuotaParams {
  userIds: string[];
  startDate: string;
  endDate: string;
}
interface HistoryParams {
  ownerIds: string[];
  since: string;
}

const mocked = (method: unknown): jest.Mock => method as jest.Mock;
/** The error shape Apex gives a component for an AuraHandledException. */
const apexError = (message: string): unknown => ({ status: 500, body: { message } });

afterEach(() => jest.clearAllMocks());

describe('getSettings', () => {
  it("maps the demo org's settings onto the engine settings", async () => {
    const dto = demoAnswer('CoachingSettingsService.getSettings');
    const loaded = await getSettings();

    expect(apexGetSettings).toHaveBeenCalledTimes(1);
    // The package's Coaching_Setting.Default record and its Stage_Setting and Survey_Question records.
    expect(loaded.settings.kAnonymityMinimum).toBe(3);
    expect(loaded.settings.defaultRequiredCoverage).toBe(dto.thresholds.defaultRequiredCoverage);
    expect(loaded.settings.aboveTeamRatio).toBe(dto.tuning.aboveTeamRatio);
    expect(loaded.settings.stages.map((s) => s.stageName)).toEqual(dto.stages.map((s) => s.stageName));
    expect(loaded.settings.stages[0].stageName).toBe('Prospecting');
    expect(loaded.settings.stages[0].exitCriteria).toContainEqual(
      expect.objectContaining({ fieldApiName: 'NextStep' })
    );
    expect(loaded.settings.surveyQuestions.map((q) => q.dimension)).toEqual([
      'Preparation',
      'Pipeline_Insight',
      'Skill_Development',
      'Action_Clarity',
      'Rep_Agenda',
      'Overall',
      'Improvement'
    ]);
    expect(loaded.settings.agendaSections.map((s) => s.key).sort()).toEqual([...AGENDA_SECTION_KEYS].sort());
    expect(loaded).toMatchObject({ ignored: [], message: null, defaultedParts: [] });
  });

  it('sorts by sort order and leaves out, and lists, what the engine cannot use', async () => {
    const dto = demoAnswer('CoachingSettingsService.getSettings');
    const inOrder = dto.stages.map((s) => s.stageName);
    // An admin added records the engine does not know, a blank criterion, and a disabled gap code.
    mocked(apexGetSettings).mockResolvedValueOnce({
      ...dto,
      tuning: { ...dto.tuning, disabledGapCodes: ['DEAL_SIZE'] },
      stages: [...dto.stages].reverse().map((s, i) => (i === 0 ? { ...s, exitCriteria: [{ criterion: ' ' }] } : s)),
      surveyQuestions: [
        ...dto.surveyQuestions,
        { dimension: 'Wellbeing', text: 'How are you?', sortOrder: 0, active: true }
      ],
      agendaSections: [...dto.agendaSections, { key: 'Team_News', label: 'Team news', enabled: true, sortOrder: 0 }]
    });
    const loaded = await getSettings();

    expect(loaded.settings.stages.map((s) => s.stageName)).toEqual(inOrder);
    expect(loaded.settings.stages[inOrder.length - 1].exitCriteria).toEqual([]);
    expect(loaded.settings.disabledGapCodes).toEqual(['DEAL_SIZE']);
    expect(loaded.settings.surveyQuestions).toHaveLength(dto.surveyQuestions.length);
    expect(loaded.settings.agendaSections).toHaveLength(dto.agendaSections.length);
    expect(loaded.ignored).toEqual([
      'survey question with unknown dimension "Wellbeing"',
      'agenda section with unknown key "Team_News"'
    ]);
  });

  it('passes on which parts fell back to the defaults and why', async () => {
    mocked(apexGetSettings).mockResolvedValueOnce({
      ...demoAnswer('CoachingSettingsService.getSettings'),
      defaultedParts: ['thresholds', 'stages', 'surveyQuestions', 'agendaSections'],
      message: 'You do not have access to the coaching settings, so the defaults are shown.'
    });
    const loaded = await getSettings();
    expect(loaded.defaultedParts).toHaveLength(4);
    expect(loaded.message).toMatch(/defaults are shown/);
  });

  it('fills in what a hand-made record left blank: order from position, label from key, empty text', async () => {
    mocked(apexGetSettings).mockResolvedValueOnce({
      ...demoAnswer('CoachingSettingsService.getSettings'),
      stages: [{ stageName: 'Discovery', exitCriteria: [] }],
      surveyQuestions: [{ dimension: 'Preparation', active: true }],
      agendaSections: [{ key: 'Forecast', enabled: true }]
    });
    const { settings } = await getSettings();
    expect(settings.stages[0]).toEqual({
      stageName: 'Discovery',
      sortOrder: 1,
      maxDaysInStage: null,
      exitCriteria: []
    });
    expect(settings.surveyQuestions[0]).toEqual({ dimension: 'Preparation', text: '', sortOrder: 1, active: true });
    expect(settings.agendaSections[0]).toEqual({ key: 'Forecast', label: 'Forecast', enabled: true, sortOrder: 1 });
  });

  it('turns an Apex failure into a CoachingApiError with readable messages', async () => {
    mocked(apexGetSettings).mockRejectedValueOnce(apexError('Insufficient access to the coaching settings.'));
    const failure = getSettings();
    await expect(failure).rejects.toBeInstanceOf(CoachingApiError);
    await expect(failure).rejects.toMatchObject({ messages: ['Insufficient access to the coaching settings.'] });
  });

  it('still gives a sentence when the platform error carries none', async () => {
    mocked(apexGetSettings).mockRejectedValueOnce({});
    await expect(getSettings()).rejects.toThrow('The request to Salesforce failed.');
  });
});

describe('getQuarters', () => {
  it("passes the date and count, and maps the demo org's fiscal periods", async () => {
    const { around, count } = demoParams('FiscalPeriodService.getQuarters') as unknown as QuarterParams;
    const result = await getQuarters(around, count);

    expect(apexGetQuarters).toHaveBeenCalledWith({ around: '2026-11-24', count: 13 });
    // The demo org's fiscal year starts on 1 February and is named after the year it ends in; its Period records
    // cover every quarter asked for, so nothing is computed and there is no reason to give.
    expect(result.source).toBe('Period');
    expect(result.message).toBeNull();
    expect(result.quarters).toHaveLength(13);
    expect(result.quarters[6]).toEqual({
      type: 'Quarter',
      startDate: '2026-11-01',
      endDate: '2027-01-31',
      label: 'FY2027 Q4',
      fiscalYear: 2027,
      number: 4
    });
    // Quarters from Period reach the engine as the org's own quarters.
    expect(result.calendar).toEqual({ startMonth: 2, nameByStartYear: false, customQuarters: result.quarters });
  });

  it('keeps the quarters for the engine when they come from Period', async () => {
    mocked(apexGetQuarters).mockResolvedValueOnce({
      ...demoAnswer('FiscalPeriodService.getQuarters'),
      source: 'Period',
      message: null
    });
    const result = await getQuarters(null);
    expect(apexGetQuarters).toHaveBeenCalledWith({ around: null, count: null });
    expect(result.calendar.customQuarters).toEqual(result.quarters);
    expect(result.message).toBeNull();
  });

  it('treats an unknown source as computed quarters', async () => {
    mocked(apexGetQuarters).mockResolvedValueOnce({
      ...demoAnswer('FiscalPeriodService.getQuarters'),
      source: 'Something new'
    });
    const result = await getQuarters('2026-11-24', 13);
    expect(result.source).toBe('Calendar');
    expect(result.calendar.customQuarters).toEqual([]);
  });
});

describe('getQuotas', () => {
  it("maps the demo team's quotas onto the engine type", async () => {
    const dto = demoAnswer('QuotaService.getQuotas');
    const { userIds, startDate, endDate } = demoParams('QuotaService.getQuotas') as unknown as QuotaParams;
    const result = await getQuotas(userIds, startDate, endDate);

    expect(apexGetQuotas).toHaveBeenCalledWith({ userIds, startDate, endDate });
    expect(result.quotas).toHaveLength(dto.quotas.length);
    expect(result.quotas[0]).toEqual({
      id: dto.quotas[0].id,
      userId: dto.quotas[0].userId,
      periodStart: dto.quotas[0].periodStart,
      periodEnd: dto.quotas[0].periodEnd,
      amount: dto.quotas[0].amount,
      currencyIsoCode: dto.quotas[0].currencyIsoCode
    });
    // The demo org has no Collaborative Forecasts, so no import is offered.
    expect(result).toMatchObject({ forecastingAvailable: false, readable: true, truncated: false, message: null });
  });

  it('leaves out a quota without an amount and reads a missing currency as null', async () => {
    const dto = demoAnswer('QuotaService.getQuotas');
    const [first, second, ...rest] = dto.quotas;
    delete first.amount;
    delete second.currencyIsoCode;
    mocked(apexGetQuotas).mockResolvedValueOnce({ ...dto, quotas: [first, second, ...rest] });
    const result = await getQuotas([first.userId], first.periodStart, first.periodEnd);
    expect(result.quotas.map((q) => q.id)).toEqual([second.id, ...rest.map((q) => q.id)]);
    expect(result.quotas[0].currencyIsoCode).toBeNull();
  });

  it('passes on that the user may not read quotas, with the reason', async () => {
    const reason = 'Sales quotas are not shared with you, so quota, gap and coverage figures are left out.';
    mocked(apexGetQuotas).mockResolvedValueOnce({
      ...demoAnswer('QuotaService.getQuotas'),
      quotas: [],
      readable: false,
      message: reason
    });
    const result = await getQuotas(['0055g0000000003AAA'], '2026-02-01', '2027-01-31');
    expect(result).toMatchObject({ quotas: [], readable: false, message: reason });
  });

  it('reports an unavailable Forecasts import as data, not as an error', async () => {
    const dto = demoAnswer('QuotaService.importForecastingQuotas');
    const result = await importForecastingQuotas('2026-02-01', '2028-01-31');
    expect(apexImportForecastingQuotas).toHaveBeenCalledWith({ startDate: '2026-02-01', endDate: '2028-01-31' });
    expect(result).toEqual({
      status: 'FORECASTS_UNAVAILABLE',
      created: 0,
      updated: 0,
      skipped: 0,
      message: dto.message
    });
  });

  it('reports a completed import without a message as null', async () => {
    mocked(apexImportForecastingQuotas).mockResolvedValueOnce({
      status: 'IMPORTED',
      created: 2,
      updated: 1,
      skipped: 0
    });
    await expect(importForecastingQuotas('2026-01-01', '2026-12-31')).resolves.toEqual({
      status: 'IMPORTED',
      created: 2,
      updated: 1,
      skipped: 0,
      message: null
    });
  });

  it('reports a refused import as an error', async () => {
    mocked(apexImportForecastingQuotas).mockRejectedValueOnce(
      apexError('The quotas could not be imported, and none were saved: Amount must not be negative.')
    );
    await expect(importForecastingQuotas('2026-01-01', '2026-12-31')).rejects.toThrow(/none were saved/);
  });
});

/** The demo page cut in two: the first `size` rows continue with a cursor, the rest end the history. */
function twoPages(size: number): [HistoryPageDto, HistoryPageDto] {
  const page = demoAnswer('OpportunityHistoryService.getHistory');
  return [
    { entries: page.entries.slice(0, size), truncated: true, nextCursor: page.nextCursor, pageSize: size },
    { entries: page.entries.slice(size), truncated: false, nextCursor: null, pageSize: size }
  ];
}

describe('getHistory', () => {
  it('reads one page and hands back the cursor', async () => {
    const dto = demoAnswer('OpportunityHistoryService.getHistory');
    const { ownerIds, since } = demoParams('OpportunityHistoryService.getHistory') as unknown as HistoryParams;
    const page = await getHistory(ownerIds, since, 25);

    expect(apexGetHistory).toHaveBeenCalledWith({ ownerIds, since, pageSize: 25, cursor: null });
    expect(page.truncated).toBe(true);
    expect(page.nextCursor).toBe(dto.nextCursor);
    expect(page.entries.map((e) => e.id)).toEqual(dto.entries.map((e) => e.id));
    // A creation row has no previous close date or amount.
    const created = dto.entries.findIndex((e) => e.previousCloseDate == null);
    expect(created).toBeGreaterThanOrEqual(0);
    expect(page.entries[created]).toMatchObject({ previousCloseDate: null, previousAmount: null });
  });

  it('follows the cursor until the last page', async () => {
    const [first, second] = twoPages(20);
    mocked(apexGetHistory).mockResolvedValueOnce(first).mockResolvedValueOnce(second);
    const all = await getAllHistory(['0055g0000000003AAA'], '2026-08-24T00:00:00.000Z', { pageSize: 20 });

    expect(apexGetHistory).toHaveBeenCalledTimes(2);
    expect(mocked(apexGetHistory).mock.calls[1][0]).toMatchObject({ cursor: first.nextCursor, pageSize: 20 });
    expect(all.entries.map((e) => e.id)).toEqual([...first.entries, ...second.entries].map((e) => e.id));
    expect(all).toMatchObject({ truncated: false, nextCursor: null });
  });

  it('stops after maxPages and says where to continue', async () => {
    const partial = await getAllHistory(['0055g0000000003AAA'], '2026-08-24T00:00:00.000Z', { maxPages: 1 });
    expect(apexGetHistory).toHaveBeenCalledTimes(1);
    expect(partial).toMatchObject({
      truncated: true,
      nextCursor: demoAnswer('OpportunityHistoryService.getHistory').nextCursor
    });
  });

  it('derives stage entries and close-date moves', () => {
    // Hand-made rows of one deal: it enters Prospecting (from an unknown stage), moves to Qualification with its
    // close date unchanged (no move), then keeps the stage while the close date is pushed from 31 Oct to 15 Dec.
    const row = (id: number, createdDate: string, stageName: string, closeDate: string, previous: string | null) => ({
      id: `0085g0000000${id}AAA`,
      opportunityId: '0065g000000001xAAA',
      ownerId: '0055g0000000003AAA',
      createdDate,
      stageName,
      closeDate,
      previousCloseDate: previous,
      amount: 50000,
      previousAmount: null,
      forecastCategory: 'Pipeline',
      probability: 10
    });
    const entries: HistoryEntry[] = [
      row(3, '2026-10-20T09:00:00.000Z', 'Qualification', '2026-12-15', '2026-10-31'),
      row(2, '2026-09-15T09:00:00.000Z', 'Qualification', '2026-10-31', '2026-10-31'),
      row(1, '2026-09-01T09:00:00.000Z', 'Prospecting', '2026-10-31', null)
    ];
    expect(historyEvents(entries)).toEqual([
      {
        kind: 'stage',
        opportunityId: '0065g000000001xAAA',
        at: '2026-09-01T09:00:00.000Z',
        fromStage: null,
        toStage: 'Prospecting'
      },
      {
        kind: 'stage',
        opportunityId: '0065g000000001xAAA',
        at: '2026-09-15T09:00:00.000Z',
        fromStage: 'Prospecting',
        toStage: 'Qualification'
      },
      {
        kind: 'closeDate',
        opportunityId: '0065g000000001xAAA',
        at: '2026-10-20T09:00:00.000Z',
        from: '2026-10-31',
        to: '2026-12-15'
      }
    ]);
  });

  it('finds a close-date move for every demo row whose previous close date differs, and no other', async () => {
    const { entries } = await getHistory(['0055g0000000003AAA'], '2026-08-24T00:00:00.000Z', 25);
    const moved = entries.filter((e) => e.previousCloseDate !== null && e.previousCloseDate !== e.closeDate);
    expect(moved.length).toBeGreaterThan(0);
    const moves = historyEvents(entries).filter((e) => e.kind === 'closeDate');
    expect(moves.map((m) => `${m.opportunityId}@${m.at}`).sort()).toEqual(
      moved.map((e) => `${e.opportunityId}@${e.createdDate}`).sort()
    );
  });

  it('replaying the stage events ends every opportunity in the stage of its last row', () => {
    const stages = ['Prospecting', 'Qualification', 'Proposal', 'Negotiation'];
    const row = fc.record({
      opportunity: fc.integer({ min: 1, max: 4 }),
      minute: fc.integer({ min: 0, max: 100000 }),
      stage: fc.constantFrom(...stages)
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const entries: HistoryEntry[] = rows.map((r, i) => ({
          id: `008${String(i).padStart(15, '0')}`,
          opportunityId: `006${String(r.opportunity).padStart(15, '0')}`,
          ownerId: '005000000000001AAA',
          createdDate: new Date(Date.UTC(2026, 0, 1) + r.minute * 60000).toISOString(),
          stageName: r.stage,
          closeDate: null,
          previousCloseDate: null,
          amount: null,
          previousAmount: null,
          forecastCategory: null,
          probability: null
        }));
        const finalStage = new Map<string, string | null>();
        for (const event of historyEvents(entries))
          if (event.kind === 'stage') finalStage.set(event.opportunityId, event.toStage);
        // Independent oracle: the stage of each opportunity's latest row (time, then id).
        const latest = new Map<string, HistoryEntry>();
        for (const e of entries) {
          const seen = latest.get(e.opportunityId);
          if (!seen || e.createdDate > seen.createdDate || (e.createdDate === seen.createdDate && e.id > seen.id))
            latest.set(e.opportunityId, e);
        }
        expect(finalStage).toEqual(new Map([...latest].map(([id, e]) => [id, e.stageName])));
      })
    );
  });
});

describe('feedback summaries', () => {
  it("maps the demo manager's OK summary with its averages", async () => {
    const dto = demoAnswer('CoachingFeedbackAggregateService.getMyFeedbackSummary');
    expect(dto.status).toBe('OK');
    const summary = await getMyFeedbackSummary('2026-05-01', '2026-11-24');

    expect(apexGetMyFeedbackSummary).toHaveBeenCalledWith({ fromDate: '2026-05-01', toDate: '2026-11-24' });
    expect(summary).toMatchObject({
      status: 'OK',
      responseCount: dto.responseCount,
      monthsIncluded: dto.monthsIncluded,
      monthsSuppressed: dto.monthsSuppressed,
      // November is still open on 24 November: the window ends with October.
      windowEnd: '2026-10-31',
      kMinimum: 3
    });
    expect(summary.averages).toEqual(dto.averages);
  });

  it('never carries numbers for a summary below k, whatever the DTO holds', () => {
    const dto = demoAnswer('CoachingFeedbackAggregateService.getMyFeedbackSummary');
    expect(toFeedbackSummary({ ...dto, status: 'NOT_ENOUGH_RESPONSES' })).toMatchObject({
      status: 'NOT_ENOUGH_RESPONSES',
      averages: null,
      responseCount: null
    });
    expect(toFeedbackSummary({ ...dto, averages: null })).toMatchObject({
      status: 'NOT_ENOUGH_RESPONSES',
      averages: null
    });
  });

  it('treats an unknown status as not enough responses', () => {
    const dto = demoAnswer('CoachingFeedbackAggregateService.getMyFeedbackSummary');
    expect(toFeedbackSummary({ ...dto, status: 'SOMETHING_NEW' })).toMatchObject({
      status: 'NOT_ENOUGH_RESPONSES',
      averages: null,
      responseCount: null
    });
  });

  it('maps the team summaries in the order asked', async () => {
    const dto = demoAnswer('CoachingFeedbackAggregateService.getTeamFeedbackSummary');
    const managerIds = dto.map((s) => s.managerId);
    const summaries = await getTeamFeedbackSummary(managerIds, '2026-05-01', '2026-11-24');
    expect(apexGetTeamFeedbackSummary).toHaveBeenCalledWith({
      managerIds,
      fromDate: '2026-05-01',
      toDate: '2026-11-24'
    });
    expect(summaries.map((s) => s.managerId)).toEqual(managerIds);
    expect(summaries.map((s) => s.responseCount)).toEqual(dto.map((s) => s.responseCount));
  });

  it('explains why a manager cannot see other managers', async () => {
    const refusal =
      'Only sales leaders with the Coaching Oversight permission can see the feedback summaries of other managers.';
    mocked(apexGetTeamFeedbackSummary).mockRejectedValueOnce(apexError(refusal));
    await expect(getTeamFeedbackSummary(['0055g0000000008AAA'], '2026-05-01', '2026-11-24')).rejects.toThrow(refusal);
  });
});
