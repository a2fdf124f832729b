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
  type FeedbackSummaryDto,
  type HistoryEntry,
  type HistoryPageDto,
  type ImportResultDto,
  type QuartersDto,
  type QuotaResultDto,
  type SettingsDto
} from 'c/coachingApi';
// The fixtures are typed as the DTOs, so `tsc` checks that they have the shape Apex sends.
import settingsJson from './data/getSettings.json';
import quartersJson from './data/getQuarters.json';
import quotasJson from './data/getQuotas.json';
import historyJson from './data/getHistory.json';
import myFeedbackJson from './data/getMyFeedbackSummary.json';
import teamFeedbackJson from './data/getTeamFeedbackSummary.json';
import importJson from './data/importForecastingQuotas.json';

jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/QuotaService.getQuotas', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/QuotaService.importForecastingQuotas', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/OpportunityHistoryService.getHistory', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CoachingFeedbackAggregateService.getMyFeedbackSummary', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/CoachingFeedbackAggregateService.getTeamFeedbackSummary', () => ({ default: jest.fn() }), {
  virtual: true
});

const settingsDto: SettingsDto = settingsJson;
const quartersDto: QuartersDto = quartersJson;
const quotasDto: QuotaResultDto = quotasJson;
const historyPages: HistoryPageDto[] = historyJson.pages;
const myFeedbackDto: FeedbackSummaryDto = myFeedbackJson;
const teamFeedbackDto: FeedbackSummaryDto[] = teamFeedbackJson;
const importDto: ImportResultDto = importJson;

const mocked = (method: unknown): jest.Mock => method as jest.Mock;
/** The error shape Apex gives a component for an AuraHandledException. */
const apexError = (message: string): unknown => ({ status: 500, body: { message } });

afterEach(() => jest.clearAllMocks());

describe('getSettings', () => {
  it('maps the DTO onto the engine settings, sorted, without values the engine cannot use', async () => {
    mocked(apexGetSettings).mockResolvedValueOnce(settingsDto);
    const loaded = await getSettings();

    expect(loaded.settings.kAnonymityMinimum).toBe(3);
    expect(loaded.settings.minClosedDealsForWinRate).toBe(8);
    expect(loaded.settings.aboveTeamRatio).toBe(1.25);
    expect(loaded.settings.disabledGapCodes).toEqual(['DEAL_SIZE']);
    expect(loaded.settings.stages.map((s) => s.stageName)).toEqual([
      'Prospecting',
      'Qualification',
      'Proposal/Price Quote'
    ]);
    // Apex leaves out null fields: a missing benchmark or evidence field becomes null, a blank criterion is dropped.
    expect(loaded.settings.stages[0].maxDaysInStage).toBeNull();
    expect(loaded.settings.stages[1].exitCriteria).toEqual([]);
    expect(loaded.settings.stages[2].exitCriteria).toEqual([
      { criterion: 'Pricing approved by the buyer', fieldApiName: 'NextStep' },
      { criterion: 'Decision process mapped', fieldApiName: null }
    ]);
    expect(loaded.settings.surveyQuestions.map((q) => q.dimension)).toEqual(['Preparation', 'Rep_Agenda', 'Overall']);
    expect(loaded.settings.surveyQuestions[1].active).toBe(false);
    expect(loaded.settings.agendaSections.map((s) => s.key)).toEqual(['Action_Items', 'Skills', 'Forecast']);
    expect(loaded.settings.agendaSections[1]).toEqual({ key: 'Skills', label: 'Skills', enabled: false, sortOrder: 6 });
    expect(loaded.ignored).toEqual([
      'survey question with unknown dimension "Mood"',
      'agenda section with unknown key "Wellbeing"'
    ]);
    expect(loaded.message).toBeNull();
    expect(loaded.defaultedParts).toEqual([]);
  });

  it('passes on which parts fell back to the defaults and why', async () => {
    mocked(apexGetSettings).mockResolvedValueOnce({
      ...settingsDto,
      defaultedParts: ['thresholds', 'stages', 'surveyQuestions', 'agendaSections'],
      message: 'You do not have access to the coaching settings, so the defaults are shown.'
    });
    const loaded = await getSettings();
    expect(loaded.defaultedParts).toHaveLength(4);
    expect(loaded.message).toMatch(/defaults are shown/);
  });

  it('fills in what a hand-made record left blank: order from position, label from key, empty text', async () => {
    mocked(apexGetSettings).mockResolvedValueOnce({
      ...settingsDto,
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
  it('passes the date and count, and keeps custom quarters for the engine when they come from Period', async () => {
    mocked(apexGetQuarters).mockResolvedValueOnce(quartersDto);
    const result = await getQuarters('2026-03-10', 3);

    expect(apexGetQuarters).toHaveBeenCalledWith({ around: '2026-03-10', count: 3 });
    expect(result.source).toBe('Period');
    expect(result.quarters[1]).toEqual({
      type: 'Quarter',
      startDate: '2026-02-01',
      endDate: '2026-05-02',
      label: 'FY2027 Q1',
      fiscalYear: 2027,
      number: 1
    });
    expect(result.calendar).toEqual({ startMonth: 2, nameByStartYear: false, customQuarters: result.quarters });
  });

  it('leaves custom quarters empty when quarters were computed, and says why', async () => {
    mocked(apexGetQuarters).mockResolvedValueOnce({
      ...quartersDto,
      source: 'Calendar',
      startMonth: 1,
      message: 'The fiscal year settings are not readable for you; calendar quarters are shown.'
    });
    const result = await getQuarters(null);
    expect(apexGetQuarters).toHaveBeenCalledWith({ around: null, count: null });
    expect(result.calendar.customQuarters).toEqual([]);
    expect(result.message).toMatch(/calendar quarters/);
  });
});

describe('getQuarters with an unexpected source', () => {
  it('treats an unknown source as computed quarters', async () => {
    mocked(apexGetQuarters).mockResolvedValueOnce({ ...quartersDto, source: 'Something new' });
    const result = await getQuarters('2026-03-10', 3);
    expect(result.source).toBe('Calendar');
    expect(result.calendar.customQuarters).toEqual([]);
  });
});

describe('getQuotas', () => {
  it('maps quotas onto the engine type and leaves out a quota without an amount', async () => {
    mocked(apexGetQuotas).mockResolvedValueOnce(quotasDto);
    const result = await getQuotas(['005000000000001AAA'], '2026-04-01', '2026-06-30');

    expect(apexGetQuotas).toHaveBeenCalledWith({
      userIds: ['005000000000001AAA'],
      startDate: '2026-04-01',
      endDate: '2026-06-30'
    });
    expect(result.quotas).toEqual([
      {
        id: 'a05000000000001AAA',
        userId: '005000000000001AAA',
        periodStart: '2026-04-01',
        periodEnd: '2026-06-30',
        amount: 250000,
        currencyIsoCode: 'EUR'
      },
      {
        id: 'a05000000000002AAA',
        userId: '005000000000002AAA',
        periodStart: '2026-04-01',
        periodEnd: '2026-06-30',
        amount: 180000,
        currencyIsoCode: null
      }
    ]);
    expect(result.forecastingAvailable).toBe(true);
    expect(result).toMatchObject({ readable: true, message: null });
  });

  it('passes on that the user may not read quotas, with the reason', async () => {
    const reason = 'Sales quotas are not shared with you, so quota, gap and coverage figures are left out.';
    mocked(apexGetQuotas).mockResolvedValueOnce({ ...quotasDto, quotas: [], readable: false, message: reason });
    const result = await getQuotas(['005000000000001AAA'], '2026-04-01', '2026-06-30');
    expect(result).toMatchObject({ quotas: [], readable: false, message: reason });
  });

  it('reports an unavailable Forecasts import as data, not as an error', async () => {
    mocked(apexImportForecastingQuotas).mockResolvedValueOnce(importDto);
    const result = await importForecastingQuotas('2026-01-01', '2026-12-31');
    expect(result.status).toBe('FORECASTS_UNAVAILABLE');
    expect(result.created + result.updated).toBe(0);
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

describe('getHistory', () => {
  it('reads one page and hands back the cursor', async () => {
    mocked(apexGetHistory).mockResolvedValueOnce(historyPages[0]);
    const page = await getHistory(['005000000000001AAA'], '2026-09-01T00:00:00.000Z', 2);

    expect(apexGetHistory).toHaveBeenCalledWith({
      ownerIds: ['005000000000001AAA'],
      since: '2026-09-01T00:00:00.000Z',
      pageSize: 2,
      cursor: null
    });
    expect(page.truncated).toBe(true);
    expect(page.nextCursor).toBe('1789462800000_008000000000002AAA');
    expect(page.entries[0].previousCloseDate).toBeNull();
  });

  it('follows the cursor until the last page', async () => {
    mocked(apexGetHistory).mockResolvedValueOnce(historyPages[0]).mockResolvedValueOnce(historyPages[1]);
    const all = await getAllHistory(['005000000000001AAA'], '2026-09-01T00:00:00.000Z', { pageSize: 2 });

    expect(apexGetHistory).toHaveBeenCalledTimes(2);
    expect(mocked(apexGetHistory).mock.calls[1][0]).toMatchObject({ cursor: historyPages[0].nextCursor });
    expect(all.entries.map((e) => e.id)).toEqual(['008000000000001AAA', '008000000000002AAA', '008000000000003AAA']);
    expect(all).toMatchObject({ truncated: false, nextCursor: null });
  });

  it('stops after maxPages and says where to continue', async () => {
    mocked(apexGetHistory).mockResolvedValueOnce(historyPages[0]);
    const partial = await getAllHistory(['005000000000001AAA'], '2026-09-01T00:00:00.000Z', { maxPages: 1 });
    expect(apexGetHistory).toHaveBeenCalledTimes(1);
    expect(partial).toMatchObject({ truncated: true, nextCursor: historyPages[0].nextCursor });
  });

  it('derives stage entries and close-date moves', async () => {
    mocked(apexGetHistory).mockResolvedValueOnce(historyPages[0]).mockResolvedValueOnce(historyPages[1]);
    const { entries } = await getAllHistory(['005000000000001AAA'], '2026-09-01T00:00:00.000Z');
    // Row 1 enters Prospecting (from an unknown stage), row 2 moves to Qualification, row 3 keeps the stage but
    // pushes the close date from 31 Oct to 15 Dec. Row 2's previous close date equals its own: no move.
    expect(historyEvents(entries.slice().reverse())).toEqual([
      {
        kind: 'stage',
        opportunityId: '006000000000001AAA',
        at: '2026-09-01T09:00:00.000Z',
        fromStage: null,
        toStage: 'Prospecting'
      },
      {
        kind: 'stage',
        opportunityId: '006000000000001AAA',
        at: '2026-09-15T09:00:00.000Z',
        fromStage: 'Prospecting',
        toStage: 'Qualification'
      },
      {
        kind: 'closeDate',
        opportunityId: '006000000000001AAA',
        at: '2026-10-20T09:00:00.000Z',
        from: '2026-10-31',
        to: '2026-12-15'
      }
    ]);
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
  it('maps an OK summary with its averages', async () => {
    mocked(apexGetMyFeedbackSummary).mockResolvedValueOnce(myFeedbackDto);
    const summary = await getMyFeedbackSummary('2026-08-01', '2026-11-24');

    expect(apexGetMyFeedbackSummary).toHaveBeenCalledWith({ fromDate: '2026-08-01', toDate: '2026-11-24' });
    expect(summary).toMatchObject({ status: 'OK', responseCount: 7, monthsSuppressed: 1, windowEnd: '2026-10-31' });
    expect(summary.averages?.overallValue).toBe(7.57);
  });

  it('never carries numbers for a summary below k, whatever the DTO holds', () => {
    const leaky = { ...myFeedbackDto, status: 'NOT_ENOUGH_RESPONSES' };
    expect(toFeedbackSummary(leaky)).toMatchObject({
      status: 'NOT_ENOUGH_RESPONSES',
      averages: null,
      responseCount: null
    });
    const okWithoutNumbers: FeedbackSummaryDto = { ...myFeedbackDto, averages: null };
    expect(toFeedbackSummary(okWithoutNumbers)).toMatchObject({ status: 'NOT_ENOUGH_RESPONSES', averages: null });
  });

  it('treats an unknown status as not enough responses', () => {
    expect(toFeedbackSummary({ ...myFeedbackDto, status: 'SOMETHING_NEW' })).toMatchObject({
      status: 'NOT_ENOUGH_RESPONSES',
      averages: null,
      responseCount: null
    });
  });

  it('maps the team summaries in the order asked', async () => {
    mocked(apexGetTeamFeedbackSummary).mockResolvedValueOnce(teamFeedbackDto);
    const summaries = await getTeamFeedbackSummary(
      ['005000000000009AAA', '005000000000008AAA'],
      '2026-08-01',
      '2026-10-31'
    );
    expect(summaries.map((s) => s.status)).toEqual(['OK', 'NOT_ENOUGH_RESPONSES']);
    expect(summaries[1]).toMatchObject({ averages: null, responseCount: null, windowEnd: '2026-10-31' });
  });

  it('explains why a manager cannot see other managers', async () => {
    const refusal =
      'Only sales leaders with the Coaching Oversight permission can see the feedback summaries of other managers.';
    mocked(apexGetTeamFeedbackSummary).mockRejectedValueOnce(apexError(refusal));
    await expect(getTeamFeedbackSummary(['005000000000008AAA'], '2026-08-01', '2026-10-31')).rejects.toThrow(refusal);
  });
});
