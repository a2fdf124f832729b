import OptionSelect from 'c/optionSelect';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

// Text and value of each option; which one is chosen is read from select.value (jsdom can report `selected` on
// two options after they are re-rendered, which a browser never does).
const shown = (select: HTMLSelectElement): [string | null, string][] =>
  Array.from(select.options).map((o) => [o.textContent, o.value]);

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

  it('shows an option whose label is absent (a name hidden by field-level security) by its value', async () => {
    const el = mount('c-option-select', OptionSelect, {
      label: 'Team',
      options: [{ label: 'All teams', value: 'all' }, { value: '005000000000001AAA' }],
      value: '005000000000001AAA'
    });
    await flushPromises();
    const select = byId<HTMLSelectElement>(el, 'select')!;
    expect(shown(select)).toEqual([
      ['All teams', 'all'],
      ['005000000000001AAA', '005000000000001AAA']
    ]);
    expect(select.value).toBe('005000000000001AAA');
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('copes with invalid input: a list of the wrong type, entries without a value, NaN labels', async () => {
    const el = mount('c-option-select', OptionSelect, { label: 'Period', options: 'error', value: Number.NaN });
    await flushPromises();
    expect(byId<HTMLSelectElement>(el, 'select')!.options).toHaveLength(0);
    el.options = [
      null,
      { label: 'Broken' },
      { label: Number.NaN, value: 'LAST_QUARTER' },
      { label: 'None', value: '' }
    ];
    el.value = 'LAST_QUARTER';
    await flushPromises();
    const select = byId<HTMLSelectElement>(el, 'select')!;
    expect(shown(select)).toEqual([
      ['LAST_QUARTER', 'LAST_QUARTER'],
      ['None', '']
    ]);
    expect(select.value).toBe('LAST_QUARTER');
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
