import CadenceForm, { validateCadence, toHourMinute, isTimeZone } from 'c/cadenceForm';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';

const mockCreate = createRecord as unknown as jest.Mock;
const mockUpdate = updateRecord as unknown as jest.Mock;

function change(el: HTMLElement, field: string, detail: Record<string, unknown>): void {
  el.shadowRoot!.querySelector(`[data-field="${field}"]`)!.dispatchEvent(new CustomEvent('change', { detail }));
}

const summary = (el: HTMLElement): string[] =>
  Array.from(byId(el, 'invalid-summary')?.querySelectorAll('li') ?? []).map((li) => li.textContent ?? '');

const EXISTING = {
  id: 'a01CAD',
  managerId: '005M',
  repId: '005R',
  dayOfWeek: 'Thursday',
  localStartTime: '10:00',
  durationMinutes: 45,
  timeZone: 'Europe/London',
  active: true
};

/** What saving EXISTING unchanged writes, Active__c aside. */
const EXISTING_SLOT_WRITE = {
  Id: 'a01CAD',
  Day_Of_Week__c: 'Thursday',
  Local_Start_Time__c: '10:00:00.000Z',
  Duration_Minutes__c: 45,
  Time_Zone__c: 'Europe/London'
};

describe('c-cadence-form', () => {
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
  });

  it('creates the weekly slot in the rep’s time zone', async () => {
    mockCreate.mockResolvedValueOnce({ id: 'a01NEW' });
    const el = mount('c-cadence-form', CadenceForm, {
      repId: '005R',
      managerId: '005M',
      repName: 'Ana',
      repTimeZone: 'Europe/London'
    });
    const saved = jest.fn();
    el.addEventListener('saved', saved);
    await flushPromises();
    change(el, 'dayOfWeek', { value: 'Tuesday' });
    change(el, 'localStartTime', { value: '09:30:00.000' });
    change(el, 'durationMinutes', { value: '45' });
    byId(el, 'save')!.click();
    await flushPromises();
    expect(mockCreate).toHaveBeenCalledWith({
      apiName: 'Coaching_Cadence__c',
      fields: {
        Manager__c: '005M',
        Rep__c: '005R',
        Day_Of_Week__c: 'Tuesday',
        Local_Start_Time__c: '09:30:00.000Z',
        Duration_Minutes__c: 45,
        Time_Zone__c: 'Europe/London',
        Active__c: true
      }
    });
    expect(saved.mock.calls[0][0].detail).toEqual({ recordId: 'a01NEW' });
    await expect(el).toBeAccessible();
  });

  it('edits an existing slot and can pause it', async () => {
    mockUpdate.mockResolvedValueOnce({ id: 'a01CAD' });
    const el = mount('c-cadence-form', CadenceForm, { repId: '005R', managerId: '005M', cadence: EXISTING });
    await flushPromises();
    expect(
      (el.shadowRoot!.querySelector('[data-field="localStartTime"]') as HTMLElement & { value: string }).value
    ).toBe('10:00:00.000');
    change(el, 'active', { checked: false });
    byId(el, 'save')!.click();
    await flushPromises();
    expect(mockUpdate).toHaveBeenCalledWith({ fields: { ...EXISTING_SLOT_WRITE, Active__c: false } });
    expect(mockCreate).not.toHaveBeenCalled();
  });

  it('refuses a duration outside 15–120 minutes and a missing day, saving nothing', async () => {
    const el = mount('c-cadence-form', CadenceForm, { repId: '005R', managerId: '005M' });
    await flushPromises();
    change(el, 'localStartTime', { value: '09:00:00.000' });
    change(el, 'durationMinutes', { value: '10' });
    byId(el, 'save')!.click();
    await flushPromises();
    expect(mockCreate).not.toHaveBeenCalled();
    expect(summary(el)).toEqual(['c.Coaching_Cadence_Day_Required', 'c.Coaching_Cadence_Duration_Range']);
    await expect(el).toBeAccessible();
  });

  it('keeps the input and shows the platform’s reason when the pair already has an active cadence', async () => {
    mockCreate.mockRejectedValueOnce({
      body: { output: { errors: [{ message: 'This rep already has an active cadence with this manager.' }] } }
    });
    const el = mount('c-cadence-form', CadenceForm, { repId: '005R', managerId: '005M' });
    await flushPromises();
    change(el, 'dayOfWeek', { value: 'Friday' });
    change(el, 'localStartTime', { value: '14:00:00.000' });
    byId(el, 'save')!.click();
    await flushPromises();
    const panel = byId(el, 'server-error') as HTMLElement & { errors: unknown; friendlyMessage: string };
    expect(panel.friendlyMessage).toBe('c.Coaching_Cadence_Save_Failed');
    expect(JSON.stringify(panel.errors)).toContain('already has an active cadence');
    expect((el.shadowRoot!.querySelector('[data-field="dayOfWeek"]') as HTMLElement & { value: string }).value).toBe(
      'Friday'
    );
    await expect(el).toBeAccessible();
  });

  it('creates one cadence when Save is clicked twice', async () => {
    let resolve: (v: unknown) => void = () => undefined;
    mockCreate.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    const el = mount('c-cadence-form', CadenceForm, { repId: '005R', managerId: '005M' });
    await flushPromises();
    change(el, 'dayOfWeek', { value: 'Friday' });
    change(el, 'localStartTime', { value: '14:00:00.000' });
    byId(el, 'save')!.click();
    byId(el, 'save')!.click();
    resolve({ id: 'a01NEW' });
    await flushPromises();
    expect(mockCreate).toHaveBeenCalledTimes(1);
  });
  it('edits a cadence whose Active field is hidden by field-level security without offering or writing it', async () => {
    mockUpdate.mockResolvedValueOnce({ id: 'a01CAD' });
    const { active, ...hidden } = EXISTING;
    expect(active).toBe(true);
    const el = mount('c-cadence-form', CadenceForm, { repId: '005R', managerId: '005M', cadence: hidden });
    await flushPromises();
    expect(el.shadowRoot!.querySelector('[data-field="active"]')).toBeNull();
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN/);
    byId(el, 'save')!.click();
    await flushPromises();
    expect(mockUpdate).toHaveBeenCalledWith({ fields: EXISTING_SLOT_WRITE });
    await expect(el).toBeAccessible();
  });
});

describe('cadence rules', () => {
  const valid = {
    dayOfWeek: 'Monday',
    localStartTime: '09:00',
    durationMinutes: 60,
    timeZone: 'America/New_York',
    managerId: '005M',
    repId: '005R'
  };

  it('accepts the bounds 15 and 120 minutes and refuses what the validation rules refuse', () => {
    expect(validateCadence({ ...valid, durationMinutes: 15 })).toEqual({});
    expect(validateCadence({ ...valid, durationMinutes: 120 })).toEqual({});
    expect(validateCadence({ ...valid, durationMinutes: 121 }).durationMinutes).toBe(
      'c.Coaching_Cadence_Duration_Range'
    );
    expect(validateCadence({ ...valid, durationMinutes: 30.5 }).durationMinutes).toBe(
      'c.Coaching_Cadence_Duration_Range'
    );
    expect(validateCadence({ ...valid, repId: '005M' }).repId).toBe('c.Coaching_Cadence_Same_Person');
    expect(validateCadence({ ...valid, timeZone: 'Mars/Olympus' }).timeZone).toBe(
      'c.Coaching_Cadence_Time_Zone_Invalid'
    );
    expect(validateCadence({ ...valid, localStartTime: '24:00' }).localStartTime).toBe(
      'c.Coaching_Cadence_Time_Required'
    );
  });

  it('reads times from the input and from stored Time values', () => {
    expect(toHourMinute('09:30:00.000')).toBe('09:30');
    expect(toHourMinute('09:30:00.000Z')).toBe('09:30');
    expect(toHourMinute(null)).toBe('');
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('')).toBe(false);
  });
});
