import { createRecord } from 'lightning/uiRecordApi';
import { flushPromises, cleanup, byId } from '@test/utils/dom';
import { pinClock } from '@test/utils/wires';
import { ACCOUNT_ID, DEAL_ID, MANAGER_ID, REP_ID, mountDealPanel } from './dealPanelHarness';

// The deal's owner's manager, with the Coaching_Manage custom permission (decision D-rep-2), on the deal page.
jest.mock('@salesforce/user/Id', () => ({ default: '0055g0000000002AAA' }), { virtual: true });
jest.mock('@salesforce/customPermission/Coaching_Manage', () => ({ default: true }), { virtual: true });
jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });

const mockCreate = createRecord as unknown as jest.Mock;
type Host = HTMLElement & Record<string, any>;

/** The panel's action item list, and inside it the inline form once it is open. */
const listOf = (panel: HTMLElement): Host => byId(panel, 'items') as Host;
const formOf = (panel: HTMLElement): Host | null => byId(listOf(panel), 'form') as Host | null;
const field = (form: HTMLElement, name: string): Host => form.shadowRoot!.querySelector(`[data-field="${name}"]`)!;

async function openFormAndType(panel: HTMLElement, subject: string): Promise<Host> {
  byId(listOf(panel), 'add')!.click();
  await flushPromises();
  const form = formOf(panel)!;
  field(form, 'subject').dispatchEvent(new CustomEvent('change', { detail: { value: subject } }));
  await flushPromises();
  return form;
}

describe('c-deal-coaching-panel for a manager with Coaching_Manage', () => {
  beforeEach(() => pinClock());
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
    jest.useRealTimers();
  });

  it('offers to add an action item, for the owner or the manager, linked to this deal', async () => {
    const panel = await mountDealPanel();
    const list = listOf(panel);
    expect(list.allowAdd).toBe(true);
    expect(list.canComplete).toBe(true);
    expect(list.managerId).toBe(MANAGER_ID);
    expect(list.repId).toBe(REP_ID);
    expect(list.assigneeOptions).toEqual([
      { label: 'Carlos Kowalski', value: REP_ID },
      { label: 'c.Coaching_Rep_Deal_Assignee_Me', value: MANAGER_ID }
    ]);
    expect(list.linkedOpportunityId).toBe(DEAL_ID);
    await expect(panel).toBeAccessible();
  });

  it('creates the item on the deal with its state as baseline, closes the form and refreshes the panel', async () => {
    mockCreate.mockResolvedValueOnce({ id: 'a035g00000000NEWAAA' });
    const refresh = jest.fn().mockResolvedValue(undefined);
    const panel = await mountDealPanel({ refresh });
    const form = await openFormAndType(panel, 'Agree a mutual close plan with the buyer');
    expect(field(form, 'opportunityId').value).toBe(DEAL_ID);
    byId(form, 'save')!.click();
    await flushPromises();
    expect(mockCreate).toHaveBeenCalledTimes(1);
    // 24 Nov 2026 in Los Angeles: due a week later. The deal's stage, close date, amount and activity as baseline.
    expect(mockCreate.mock.calls[0][0]).toEqual({
      apiName: 'Action_Item__c',
      fields: {
        Name: 'Agree a mutual close plan with the buyer',
        Manager__c: MANAGER_ID,
        Rep__c: REP_ID,
        Assignee__c: REP_ID,
        Due_Date__c: '2026-12-01',
        Status__c: 'Open',
        Opportunity__c: DEAL_ID,
        Account__c: ACCOUNT_ID,
        Baseline_Stage__c: 'Negotiation/Review',
        Baseline_Close_Date__c: '2026-11-02',
        Baseline_Amount__c: 113000,
        Baseline_Activity_Date__c: '2026-09-30'
      }
    });
    expect(formOf(panel)).toBeNull();
    expect(refresh).toHaveBeenCalled();
    await expect(panel).toBeAccessible();
  });

  it('keeps the typed subject and the deal link, and says why, when the save fails', async () => {
    mockCreate.mockRejectedValueOnce({ body: { message: 'Insufficient access rights on cross-reference id' } });
    const refresh = jest.fn().mockResolvedValue(undefined);
    const panel = await mountDealPanel({ refresh });
    const form = await openFormAndType(panel, 'Agree a mutual close plan with the buyer');
    byId(form, 'save')!.click();
    await flushPromises();
    expect(formOf(panel)).toBe(form);
    expect(field(form, 'subject').value).toBe('Agree a mutual close plan with the buyer');
    expect(field(form, 'opportunityId').value).toBe(DEAL_ID);
    const error = byId(form, 'server-error') as Host;
    expect(error.friendlyMessage).toBe('c.Coaching_Action_Item_Save_Failed');
    expect(error.errors).toEqual({ body: { message: 'Insufficient access rights on cross-reference id' } });
    expect(refresh).not.toHaveBeenCalled();
    expect((byId(form, 'save') as Host).disabled).toBe(false);
    await expect(panel).toBeAccessible();
  });
});
