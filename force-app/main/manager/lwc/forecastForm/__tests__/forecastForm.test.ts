import ForecastForm from 'c/forecastForm';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';

const DRAFT = { commitCurrent: '250000', bestCaseCurrent: '', commitNext: '', bestCaseNext: '' };

describe('c-forecast-form', () => {
  afterEach(cleanup);

  it('shows the four amounts for this and next quarter and reports changes and the save', async () => {
    const el = mount('c-forecast-form', ForecastForm, {
      draft: DRAFT,
      quarterLabel: 'FY2027 Q4',
      nextQuarterLabel: 'FY2028 Q1',
      currency: 'USD'
    });
    const events: [string, unknown][] = [];
    el.addEventListener('forecastchange', (e: Event) => events.push(['change', (e as CustomEvent).detail]));
    el.addEventListener('forecastsave', () => events.push(['save', null]));
    await flushPromises();
    const inputs = Array.from(el.shadowRoot!.querySelectorAll('lightning-input')) as (HTMLElement & {
      value: string;
    })[];
    expect(inputs.map((i) => i.dataset.field)).toEqual([
      'commitCurrent',
      'bestCaseCurrent',
      'commitNext',
      'bestCaseNext'
    ]);
    expect(inputs[0].value).toBe('250000');
    inputs[1].dispatchEvent(new CustomEvent('change', { detail: { value: '300000' } }));
    byId(el, 'save')!.click();
    expect(events).toEqual([
      ['change', { field: 'bestCaseCurrent', value: '300000' }],
      ['save', null]
    ]);
    await expect(el).toBeAccessible();
  });

  it('lists the refused amounts with the reason, and says when it saved', async () => {
    const el = mount('c-forecast-form', ForecastForm, {
      draft: { ...DRAFT, commitCurrent: '-5' },
      errors: { commitCurrent: 'c.Coaching_Forecast_Negative' },
      status: 'c.Coaching_Forecast_Saved'
    });
    await flushPromises();
    const summary = byId(el, 'invalid-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(allById(el, 'invalid-summary')[0].querySelectorAll('li')).toHaveLength(1);
    expect(summary.textContent).toContain('c.Coaching_Forecast_Negative');
    expect(byId(el, 'status')!.getAttribute('role')).toBe('status');
    el.errors = null;
    await flushPromises();
    expect(byId(el, 'invalid-summary')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('is disabled without a session and while saving', async () => {
    const el = mount('c-forecast-form', ForecastForm, { draft: null, disabled: true });
    await flushPromises();
    expect((byId(el, 'save') as HTMLElement & { disabled: boolean }).disabled).toBe(true);
    el.disabled = false;
    el.saving = true;
    await flushPromises();
    expect((byId(el, 'save') as HTMLElement & { disabled: boolean; label: string }).label).toBe(
      'c.Coaching_Form_Saving'
    );
    await expect(el).toBeAccessible();
  });

  it('offers only the amounts the user may change when field-level security hides the others', async () => {
    const el = mount('c-forecast-form', ForecastForm, {
      draft: { commitCurrent: '250000', bestCaseCurrent: '', commitNext: '', bestCaseNext: '' },
      editableFields: ['commitCurrent', 'commitNext'],
      quarterLabel: 'FY2027 Q4',
      nextQuarterLabel: 'FY2028 Q1'
    });
    await flushPromises();
    const inputs = Array.from(el.shadowRoot!.querySelectorAll('lightning-input')) as HTMLElement[];
    expect(inputs.map((i) => i.dataset.field)).toEqual(['commitCurrent', 'commitNext']);
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN/);
    await expect(el).toBeAccessible();
  });

  it('treats invalid field lists from its parent as "all four" and unknown names as absent', async () => {
    const el = mount('c-forecast-form', ForecastForm, { draft: DRAFT, editableFields: null });
    await flushPromises();
    expect(el.shadowRoot!.querySelectorAll('lightning-input')).toHaveLength(4);
    el.editableFields = ['bestCaseNext', 'Notes__c'];
    await flushPromises();
    const inputs = Array.from(el.shadowRoot!.querySelectorAll('lightning-input')) as HTMLElement[];
    expect(inputs.map((i) => i.dataset.field)).toEqual(['bestCaseNext']);
    await expect(el).toBeAccessible();
  });
});
