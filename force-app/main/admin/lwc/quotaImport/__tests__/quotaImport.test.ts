import QuotaImport from 'c/quotaImport';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import apexGetQuotas from '@salesforce/apex/QuotaService.getQuotas';
import apexImportForecastingQuotas from '@salesforce/apex/QuotaService.importForecastingQuotas';
import { toFiscalQuarters } from 'c/coachingApi';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { ldsAdapter, pinClock } from '@test/utils/wires';
import { objectInfo } from '@test/utils/objectInfo';
// The Apex modules are the shared Jest implementations: each answers what the preview answers on the demo org,
// where Collaborative Forecasts is off and the fiscal year starts on 1 February.
import { demoAnswer, demoParams } from '@test/apex/demoOrgApex';
import { calendarYearsWindow, checkWindow, fiscalYearsWindow } from '../importWindow';

const objectInfoAdapter = ldsAdapter(getObjectInfo);
const mocked = (method: unknown): jest.Mock => method as jest.Mock;
const child = (el: HTMLElement, id: string) => byId(el, id) as unknown as Record<string, any>;
const TODAY = '2026-11-24';

const SALES_QUOTA_FIELDS = ['User__c', 'Period_Start__c', 'Period_End__c', 'Amount__c', 'Source__c', 'Quota_Key__c'];

/** Sales_Quota__c as the UI API describes it to a Coaching Admin (docs/persona-matrix.md): R C E D, every field. */
const ADMIN_OBJECT_INFO = objectInfo('Sales_Quota__c', SALES_QUOTA_FIELDS);

/** The demo org's answer with Collaborative Forecasts quotas readable. */
const forecastsReadable = () => ({ ...demoAnswer('QuotaService.getQuotas'), forecastingAvailable: true });

async function mountReady(info: unknown = ADMIN_OBJECT_INFO): Promise<HTMLElement & Record<string, any>> {
  const el = mount('c-quota-import', QuotaImport);
  objectInfoAdapter.emit(info);
  await flushPromises();
  return el;
}

function typeDate(el: HTMLElement, id: 'start' | 'end', value: string): void {
  byId(el, id)!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

async function clickImport(el: HTMLElement): Promise<void> {
  byId(el, 'import')!.click();
  await flushPromises();
}

describe('importWindow', () => {
  const quarters = toFiscalQuarters(demoAnswer('FiscalPeriodService.getQuarters')).quarters;

  it("defaults to this and the next fiscal year of the org's quarters", () => {
    // FY2027 runs 1 Feb 2026 - 31 Jan 2027, FY2028 to 31 Jan 2028.
    expect(fiscalYearsWindow(quarters, TODAY)).toEqual({ startDate: '2026-02-01', endDate: '2028-01-31' });
    expect(fiscalYearsWindow(quarters, '2027-01-31')).toEqual({ startDate: '2026-02-01', endDate: '2028-01-31' });
    expect(fiscalYearsWindow(quarters, '2027-02-01')).toBeNull();
  });

  it('gives up when the quarters do not hold both years whole or today', () => {
    expect(fiscalYearsWindow(quarters.slice(0, 7), TODAY)).toBeNull();
    expect(fiscalYearsWindow([], TODAY)).toBeNull();
    expect(calendarYearsWindow(TODAY)).toEqual({ startDate: '2026-01-01', endDate: '2027-12-31' });
  });

  it('needs both dates, in order', () => {
    expect(checkWindow('2026-02-01', '2028-01-31')).toEqual({ start: null, end: null, valid: true });
    expect(checkWindow('2026-02-01', '2026-02-01').valid).toBe(true);
    expect(checkWindow(null, '')).toEqual({ start: 'START_MISSING', end: 'END_MISSING', valid: false });
    expect(checkWindow('2026-13', '2026-02-01').start).toBe('START_MISSING');
    expect(checkWindow('2026-02-01', '2026-01-31')).toEqual({ start: null, end: 'END_BEFORE_START', valid: false });
  });
});

describe('c-quota-import', () => {
  beforeEach(() => pinClock());
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
    jest.useRealTimers();
  });

  it('offers this and the next fiscal year, imports them and shows the counts', async () => {
    mocked(apexGetQuotas).mockResolvedValueOnce(forecastsReadable());
    const el = await mountReady();

    expect(apexGetQuarters).toHaveBeenCalledWith({ around: TODAY, count: 15 });
    // No user ids: the call only asks whether an import is possible.
    expect(apexGetQuotas).toHaveBeenCalledWith({ userIds: [], startDate: TODAY, endDate: TODAY });
    expect(byId(el, 'available')!.textContent).toBe('c.Coaching_Quota_Import_Available');
    expect(child(el, 'start').value).toBe('2026-02-01');
    expect(child(el, 'end').value).toBe('2028-01-31');
    expect(byId(el, 'calendar-note')).toBeNull();
    await expect(el).toBeAccessible();

    // The demo team's quotas of the window, as an import would create them.
    const created = demoAnswer('QuotaService.getQuotas').quotas.length;
    mocked(apexImportForecastingQuotas).mockResolvedValueOnce({
      status: 'IMPORTED',
      created,
      updated: 3,
      skipped: 2,
      message: `Imported ${created + 3} quotas from Collaborative Forecasts.`
    });
    await clickImport(el);

    expect(apexImportForecastingQuotas).toHaveBeenCalledWith(demoParams('QuotaService.importForecastingQuotas'));
    expect(byId(el, 'result-message')!.textContent).toBe(
      `Imported ${created + 3} quotas from Collaborative Forecasts.`
    );
    expect([child(el, 'created').value, child(el, 'updated').value, child(el, 'skipped').value]).toEqual([
      String(created),
      '3',
      '2'
    ]);
    expect(byId(el, 'import-error')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('imports the window the admin typed', async () => {
    mocked(apexGetQuotas).mockResolvedValueOnce(forecastsReadable());
    const el = await mountReady();
    typeDate(el, 'start', '2027-02-01');
    typeDate(el, 'end', '2027-04-30');
    await clickImport(el);
    expect(apexImportForecastingQuotas).toHaveBeenCalledWith({ startDate: '2027-02-01', endDate: '2027-04-30' });
  });

  it('says when Forecasts quotas are not available and offers no import (the demo org)', async () => {
    const el = await mountReady();
    const notice = child(el, 'unavailable');
    expect([notice.heading, notice.message]).toEqual([
      'c.Coaching_Quota_Import_Unavailable_Heading',
      'c.Coaching_Quota_Import_Unavailable'
    ]);
    expect(byId(el, 'import')).toBeNull();
    expect(byId(el, 'start')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('shows the service message when Forecasts became unavailable after the page loaded', async () => {
    mocked(apexGetQuotas).mockResolvedValueOnce(forecastsReadable());
    const el = await mountReady();
    // The default answer: the demo org has no Forecasts.
    await clickImport(el);
    expect(byId(el, 'unavailable')).not.toBeNull();
    expect(byId(el, 'result-message')!.textContent).toBe(demoAnswer('QuotaService.importForecastingQuotas').message);
    expect(byId(el, 'import')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('shows why availability could not be checked', async () => {
    mocked(apexGetQuotas).mockRejectedValueOnce({ status: 500, body: { message: 'Apex class access denied.' } });
    const el = await mountReady();
    const panel = child(el, 'load-error');
    expect(panel.friendlyMessage).toBe('c.Coaching_Quota_Import_Status_Error');
    expect(byId(el, 'import')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('shows a refused import and keeps the window for another try', async () => {
    mocked(apexGetQuotas).mockResolvedValueOnce(forecastsReadable());
    const el = await mountReady();
    mocked(apexImportForecastingQuotas).mockRejectedValueOnce({
      status: 500,
      body: { message: 'The quotas could not be imported, and none were saved: Amount: value outside of valid range.' }
    });
    await clickImport(el);
    expect(child(el, 'import-error').friendlyMessage).toBe('c.Coaching_Quota_Import_Failed');
    expect(byId(el, 'result')).toBeNull();
    expect(child(el, 'start').value).toBe('2026-02-01');
    expect(child(el, 'import').disabled).toBe(false);
    await expect(el).toBeAccessible();
  });

  it('tells an admin whose field-level security hides the quota key that they cannot import', async () => {
    mocked(apexGetQuotas).mockResolvedValueOnce(forecastsReadable());
    // The UI API leaves a field hidden by field-level security out of the object info.
    const keyHidden = SALES_QUOTA_FIELDS.filter((name) => name !== 'Quota_Key__c');
    const el = await mountReady(objectInfo('Sales_Quota__c', keyHidden));
    const notice = child(el, 'no-access');
    expect([notice.heading, notice.message]).toEqual([
      'c.Coaching_Quota_Import_No_Access_Heading',
      'c.Coaching_Quota_Import_No_Access'
    ]);
    expect(byId(el, 'import')).toBeNull();
    expect(apexImportForecastingQuotas).not.toHaveBeenCalled();
    await expect(el).toBeAccessible();
  });

  it('also refuses a read-only Source field or object', async () => {
    mocked(apexGetQuotas).mockResolvedValueOnce(forecastsReadable());
    const el = await mountReady(objectInfo('Sales_Quota__c', SALES_QUOTA_FIELDS, { readOnly: ['Source__c'] }));
    expect(byId(el, 'no-access')).not.toBeNull();
    cleanup();
    mocked(apexGetQuotas).mockResolvedValueOnce(forecastsReadable());
    const readOnly = await mountReady({ ...ADMIN_OBJECT_INFO, createable: false });
    expect(byId(readOnly, 'no-access')).not.toBeNull();
  });

  it('shows the object info error when Sales Quotas cannot be described', async () => {
    const el = mount('c-quota-import', QuotaImport);
    objectInfoAdapter.error({ message: 'You do not have access to Sales Quotas.' }, 403, 'Forbidden');
    await flushPromises();
    expect(byId(el, 'load-error')).not.toBeNull();
    expect(byId(el, 'loading')).toBeNull();
  });

  it('refuses a missing or inverted window with clear messages and imports nothing', async () => {
    mocked(apexGetQuotas).mockResolvedValueOnce(forecastsReadable());
    const el = await mountReady();
    typeDate(el, 'start', '');
    await clickImport(el);
    const items = () => Array.from(byId(el, 'error-summary')!.querySelectorAll('li')).map((li) => li.textContent);
    expect(items()).toEqual(['c.Coaching_Quota_Import_Start_Missing']);
    await expect(el).toBeAccessible();

    typeDate(el, 'start', '2027-02-01');
    typeDate(el, 'end', '2026-12-31');
    await clickImport(el);
    expect(items()).toEqual(['c.Coaching_Quota_Import_End_Before_Start']);
    expect(apexImportForecastingQuotas).not.toHaveBeenCalled();

    typeDate(el, 'end', '2027-04-30');
    await flushPromises();
    expect(byId(el, 'error-summary')).toBeNull();
  });

  it('falls back to calendar years, and says so, when the fiscal quarters cannot be read', async () => {
    mocked(apexGetQuotas).mockResolvedValueOnce(forecastsReadable());
    mocked(apexGetQuarters).mockRejectedValueOnce({ status: 500, body: { message: 'Unexpected error.' } });
    const el = await mountReady();
    expect(child(el, 'start').value).toBe('2026-01-01');
    expect(child(el, 'end').value).toBe('2027-12-31');
    expect(byId(el, 'calendar-note')!.textContent).toBe('c.Coaching_Quota_Import_Calendar_Note');
    await expect(el).toBeAccessible();
  });
});
