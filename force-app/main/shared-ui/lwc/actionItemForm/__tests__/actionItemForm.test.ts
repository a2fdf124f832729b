import ActionItemForm, { validateActionItem } from 'c/actionItemForm';
import { createRecord } from 'lightning/uiRecordApi';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';

const TODAY = '2026-11-24';
const mockCreate = createRecord as unknown as jest.Mock;

const LINKS = [
  {
    value: '006A',
    label: 'Acme renewal',
    accountId: '001A',
    stageName: 'Qualification',
    closeDate: '2026-12-15',
    amount: 120000,
    lastActivityDate: '2026-11-18'
  }
];

function type(el: HTMLElement, field: string, value: string): void {
  el.shadowRoot!.querySelector(`[data-field="${field}"]`)!.dispatchEvent(
    new CustomEvent('change', { detail: { value } })
  );
}

function mountForm(props: Record<string, unknown> = {}) {
  return mount('c-action-item-form', ActionItemForm, {
    today: TODAY,
    sessionId: 'a02S',
    managerId: '005M',
    repId: '005R',
    assigneeOptions: [
      { label: 'Ana Lopez', value: '005R' },
      { label: 'Me', value: '005M' }
    ],
    linkOptions: LINKS,
    ...props
  });
}

describe('c-action-item-form', () => {
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
  });

  it('creates the item for the 1:1 with the linked deal’s state as baseline', async () => {
    mockCreate.mockResolvedValueOnce({ id: 'a03NEW' });
    const el = mountForm();
    const created = jest.fn();
    el.addEventListener('created', created);
    await flushPromises();
    type(el, 'subject', '  Send the revised proposal  ');
    type(el, 'opportunityId', '006A');
    type(el, 'description', 'Include the volume discount');
    byId(el, 'save')!.click();
    await flushPromises();
    expect(mockCreate).toHaveBeenCalledWith({
      apiName: 'Action_Item__c',
      fields: {
        Name: 'Send the revised proposal',
        Session__c: 'a02S',
        Manager__c: '005M',
        Rep__c: '005R',
        Assignee__c: '005R', // the first option, the rep, by default
        Due_Date__c: '2026-12-01', // a week after today
        Status__c: 'Open',
        Opportunity__c: '006A',
        Account__c: '001A',
        Description__c: 'Include the volume discount',
        Baseline_Stage__c: 'Qualification',
        Baseline_Close_Date__c: '2026-12-15',
        Baseline_Amount__c: 120000,
        Baseline_Activity_Date__c: '2026-11-18'
      }
    });
    expect(created.mock.calls[0][0].detail).toEqual({ recordId: 'a03NEW' });
    await expect(el).toBeAccessible();
  });

  it('refuses a missing subject and a due date in the past, saving nothing', async () => {
    const el = mountForm();
    await flushPromises();
    type(el, 'dueDate', '2026-11-01');
    byId(el, 'save')!.click();
    await flushPromises();
    expect(mockCreate).not.toHaveBeenCalled();
    const summary = byId(el, 'invalid-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(Array.from(summary.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'c.Coaching_Action_Item_Subject_Required',
      'c.Coaching_Action_Item_Due_Date_Past'
    ]);
    // Fixing a field clears its message.
    type(el, 'subject', 'Call the CFO');
    await flushPromises();
    expect(Array.from(byId(el, 'invalid-summary')!.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'c.Coaching_Action_Item_Due_Date_Past'
    ]);
    await expect(el).toBeAccessible();
  });

  it('keeps the typed text and shows the server’s message when the save fails', async () => {
    mockCreate.mockRejectedValueOnce({
      body: {
        output: {
          errors: [],
          fieldErrors: { Due_Date__c: [{ message: 'Enter a Due Date for the action item.' }] }
        }
      }
    });
    const el = mountForm();
    await flushPromises();
    type(el, 'subject', 'Call the CFO');
    byId(el, 'save')!.click();
    await flushPromises();
    expect(byId(el, 'server-error')).not.toBeNull();
    expect(Array.from(byId(el, 'invalid-summary')!.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Enter a Due Date for the action item.'
    ]);
    const subject = el.shadowRoot!.querySelector('[data-field="subject"]') as HTMLElement & { value: string };
    expect(subject.value).toBe('Call the CFO');
    expect((byId(el, 'save') as HTMLElement & { disabled: boolean }).disabled).toBe(false);
    await expect(el).toBeAccessible();
  });

  it('creates one record when Save is clicked twice', async () => {
    let resolve: (v: unknown) => void = () => undefined;
    mockCreate.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    const el = mountForm();
    await flushPromises();
    type(el, 'subject', 'Call the CFO');
    byId(el, 'save')!.click();
    byId(el, 'save')!.click();
    resolve({ id: 'a03NEW' });
    await flushPromises();
    expect(mockCreate).toHaveBeenCalledTimes(1);
  });

  it('leaves out the deal picker when no deal can be linked (none visible, or the field is hidden)', async () => {
    mockCreate.mockResolvedValueOnce({ id: 'a03NEW' });
    const el = mountForm({ linkOptions: [], assigneeOptions: [{ label: 'Ana', value: '005R' }] });
    await flushPromises();
    expect(el.shadowRoot!.querySelector('[data-field="opportunityId"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('[data-field="assigneeId"]')).toBeNull();
    type(el, 'subject', 'Call the CFO');
    byId(el, 'save')!.click();
    await flushPromises();
    const fields = mockCreate.mock.calls[0][0].fields;
    expect(fields.Opportunity__c).toBeUndefined();
    expect(fields.Baseline_Stage__c).toBeUndefined();
    await expect(el).toBeAccessible();
  });

  it('links the item to the preset deal unless the user picks another, and ignores a deal it cannot offer', async () => {
    mockCreate.mockResolvedValueOnce({ id: 'a03NEW' });
    const el = mountForm({ linkedOpportunityId: '006A' });
    await flushPromises();
    const picker = el.shadowRoot!.querySelector('[data-field="opportunityId"]') as HTMLElement & { value: string };
    expect(picker.value).toBe('006A');
    type(el, 'subject', 'Book the pricing call');
    byId(el, 'save')!.click();
    await flushPromises();
    expect(mockCreate.mock.calls[0][0].fields).toMatchObject({ Opportunity__c: '006A', Account__c: '001A' });
    cleanup();
    const other = mountForm({ linkedOpportunityId: '006OTHER' });
    await flushPromises();
    const otherPicker = other.shadowRoot!.querySelector('[data-field="opportunityId"]') as HTMLElement & {
      value: string;
    };
    expect(otherPicker.value).toBe('');
  });

  it('lets the user cancel', async () => {
    const el = mountForm();
    const cancel = jest.fn();
    el.addEventListener('cancel', cancel);
    await flushPromises();
    byId(el, 'cancel')!.click();
    expect(cancel).toHaveBeenCalledTimes(1);
  });
});

describe('validateActionItem', () => {
  it('applies the object’s rules: subject 1–80 characters, a due date, not before today, and an owner', () => {
    expect(validateActionItem({ subject: 'x'.repeat(80), dueDate: TODAY, assigneeId: '005R' }, TODAY)).toEqual({});
    expect(validateActionItem({ subject: 'x'.repeat(81), dueDate: 'soon', assigneeId: '' }, TODAY)).toEqual({
      subject: 'c.Coaching_Action_Item_Subject_Too_Long',
      dueDate: 'c.Coaching_Action_Item_Due_Date_Required',
      assigneeId: 'c.Coaching_Action_Item_Assignee_Required'
    });
  });
});
