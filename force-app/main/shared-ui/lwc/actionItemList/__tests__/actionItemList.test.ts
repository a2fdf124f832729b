import ActionItemList from 'c/actionItemList';
import { updateRecord, createRecord } from 'lightning/uiRecordApi';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import ITEMS from './data/actionItems.json';

const TODAY = '2026-11-24';
const mockUpdate = updateRecord as unknown as jest.Mock;
const mockCreate = createRecord as unknown as jest.Mock;

describe('c-action-item-list', () => {
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
  });

  it('marks open items due before today as past due, in words as well as colour', async () => {
    const el = mount('c-action-item-list', ActionItemList, { items: ITEMS, today: TODAY, canComplete: true });
    await flushPromises();
    const rows = allById(el, 'item');
    expect(rows).toHaveLength(3);
    // Item 1: due 2026-11-20 < 2026-11-24 and open → past due, 4 days.
    expect(rows[0].querySelector('[data-id="past-due"]')!.textContent).toBe('c.Coaching_Action_Item_Past_Due');
    expect(rows[0].querySelector('[data-id="due"]')!.className).toContain('slds-text-color_error');
    // Item 2: due later → not past due. Item 3: done → never past due, no "Mark done".
    expect(rows[1].querySelector('[data-id="past-due"]')).toBeNull();
    expect(rows[2].querySelector('[data-id="past-due"]')).toBeNull();
    expect(allById(el, 'complete')).toHaveLength(2);
    expect(rows[0].querySelector('[data-id="progress"]')!.textContent).toBe('c.Coaching_Action_Item_Progress');
    const links = Array.from(rows[0].querySelectorAll('[data-id="links"] c-record-link')) as (HTMLElement & {
      recordId: string;
      label: string;
    })[];
    expect(links.map((l) => [l.recordId, l.label])).toEqual([['006000000000001AAA', 'Acme renewal']]);
    await expect(el).toBeAccessible();
  });

  it('completes an item in place with today as completed date, once even when clicked twice', async () => {
    let resolve: (v: unknown) => void = () => undefined;
    mockUpdate.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    const el = mount('c-action-item-list', ActionItemList, { items: ITEMS, today: TODAY, canComplete: true });
    const changes: unknown[] = [];
    el.addEventListener('itemchange', (e: Event) => changes.push((e as CustomEvent).detail));
    await flushPromises();
    const button = allById<HTMLButtonElement>(el, 'complete')[0];
    button.click();
    button.click();
    await flushPromises();
    expect(button.disabled).toBe(true);
    resolve({ id: ITEMS[0].id });
    await flushPromises();
    expect(mockUpdate).toHaveBeenCalledTimes(1);
    expect(mockUpdate).toHaveBeenCalledWith({
      fields: { Id: 'a03000000000001AAA', Status__c: 'Done', Completed_Date__c: TODAY }
    });
    expect(changes).toEqual([{ recordId: 'a03000000000001AAA', status: 'Done' }]);
    // Shown as done until the container refreshes: no past-due badge, no button.
    const first = allById(el, 'item')[0];
    expect(first.querySelector('[data-id="past-due"]')).toBeNull();
    expect(first.querySelector('[data-id="status"]')!.textContent).toContain('c.Coaching_Action_Item_Status_Done');
  });

  it('keeps the item open and says why when completing fails', async () => {
    mockUpdate.mockRejectedValueOnce({
      body: { output: { errors: [{ message: 'Completed Date can’t be in the future.' }], fieldErrors: {} } }
    });
    const el = mount('c-action-item-list', ActionItemList, { items: ITEMS, today: TODAY, canComplete: true });
    const changes = jest.fn();
    el.addEventListener('itemchange', changes);
    await flushPromises();
    allById<HTMLButtonElement>(el, 'complete')[0].click();
    await flushPromises();
    const first = allById(el, 'item')[0];
    expect(first.querySelector('[data-id="row-error"]')!.textContent).toBe('c.Coaching_Action_Item_Complete_Failed');
    expect(first.querySelector('[data-id="row-error"]')!.getAttribute('role')).toBe('alert');
    expect(first.querySelector<HTMLButtonElement>('[data-id="complete"]')!.disabled).toBe(false);
    expect(changes).not.toHaveBeenCalled();
    await expect(el).toBeAccessible();
  });

  it('says there is nothing open, and offers to add one', async () => {
    const el = mount('c-action-item-list', ActionItemList, { items: [], today: TODAY, allowAdd: true });
    await flushPromises();
    expect(byId(el, 'empty')!.textContent).toBe('c.Coaching_Empty_No_Open_Action_Items');
    expect(byId(el, 'form')).toBeNull();
    byId(el, 'add')!.click();
    await flushPromises();
    expect(byId(el, 'form')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('closes the inline form and reports the new item once it is created', async () => {
    mockCreate.mockResolvedValueOnce({ id: 'a03NEW' });
    const el = mount('c-action-item-list', ActionItemList, {
      items: [],
      today: TODAY,
      allowAdd: true,
      repId: '005R',
      managerId: '005M'
    });
    const changes: unknown[] = [];
    el.addEventListener('itemchange', (e: Event) => changes.push((e as CustomEvent).detail));
    await flushPromises();
    byId(el, 'add')!.click();
    await flushPromises();
    byId(el, 'form')!.dispatchEvent(new CustomEvent('created', { detail: { recordId: 'a03NEW' } }));
    await flushPromises();
    expect(byId(el, 'form')).toBeNull();
    expect(changes).toEqual([{ recordId: 'a03NEW', status: 'Open' }]);
  });

  it('renders an item whose status and linked names are hidden by field-level security', async () => {
    const el = mount('c-action-item-list', ActionItemList, {
      items: [{ id: 'a03H', subject: 'Hidden fields', dueDate: '2026-11-01', opportunityId: '006H' }],
      today: TODAY,
      canComplete: true
    });
    await flushPromises();
    const row = allById(el, 'item')[0];
    expect(row.querySelector('[data-id="status"]')!.textContent).toContain('c.Coaching_Status_Unknown');
    // Unknown status: not claimed past due, and not completable (the user cannot edit what they cannot read).
    expect(row.querySelector('[data-id="past-due"]')).toBeNull();
    expect(row.querySelector('[data-id="complete"]')).toBeNull();
    const link = row.querySelector('[data-id="links"] c-record-link') as HTMLElement & { label: string };
    expect(link.label).toBe('c.Coaching_Action_Item_Linked_Opportunity');
    await expect(el).toBeAccessible();
  });
});
