import OptionSelect from 'c/optionSelect';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';

const OPTIONS = [
  { label: 'Last quarter', value: 'LAST_QUARTER' },
  { label: 'Last 30 days', value: 'LAST_30_DAYS' }
];

describe('c-option-select', () => {
  afterEach(cleanup);

  it('shows the options with the current one selected and a label tied to the control', async () => {
    const el = mount('c-option-select', OptionSelect, { label: 'Period', options: OPTIONS, value: 'LAST_30_DAYS' });
    await flushPromises();
    const select = byId<HTMLSelectElement>(el, 'select')!;
    expect(Array.from(select.options).map((o) => [o.textContent, o.selected])).toEqual([
      ['Last quarter', false],
      ['Last 30 days', true]
    ]);
    expect(el.shadowRoot!.querySelector('label')!.getAttribute('for')).toBe(select.id);
    await expect(el).toBeAccessible();
  });

  it('fires change with the chosen value', async () => {
    const el = mount('c-option-select', OptionSelect, { label: 'Period', options: OPTIONS, value: 'LAST_QUARTER' });
    const handler = jest.fn();
    el.addEventListener('change', handler);
    await flushPromises();
    const select = byId<HTMLSelectElement>(el, 'select')!;
    select.value = 'LAST_30_DAYS';
    select.dispatchEvent(new CustomEvent('change'));
    expect(handler.mock.calls[0][0].detail).toEqual({ value: 'LAST_30_DAYS' });
  });

  it('no options or bad input renders an empty, still labelled control; disabled while loading', async () => {
    const el = mount('c-option-select', OptionSelect, { label: 'Team', options: null, disabled: true });
    await flushPromises();
    const select = byId<HTMLSelectElement>(el, 'select')!;
    expect(select.options).toHaveLength(0);
    expect(select.disabled).toBe(true);
    await expect(el).toBeAccessible();
  });
});
