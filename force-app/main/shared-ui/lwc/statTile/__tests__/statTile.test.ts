import StatTile from 'c/statTile';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

describe('c-stat-tile', () => {
  afterEach(cleanup);

  it('shows label, value and detail, and announces an at-risk status', async () => {
    const el = mount('c-stat-tile', StatTile, {
      label: 'Coverage',
      value: '1.8×',
      detail: 'needs 3.0×',
      variant: 'error'
    });
    await flushPromises();
    expect(byId(el, 'label')!.textContent).toBe('Coverage');
    expect(byId(el, 'value')!.textContent).toContain('1.8×');
    expect(byId(el, 'value')!.textContent).toContain('(c.Coaching_UI_Tile_At_Risk)');
    expect(byId(el, 'detail')!.textContent).toBe('needs 3.0×');
    expect(el.shadowRoot!.querySelector('.tile_error')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('renders an empty tile without a detail line or status', async () => {
    const el = mount('c-stat-tile', StatTile, { label: 'Gap' });
    await flushPromises();
    expect(byId(el, 'detail')).toBeNull();
    expect(byId(el, 'value')!.textContent!.trim()).toBe('');
    await expect(el).toBeAccessible();
  });

  it('treats an unknown variant as neutral instead of failing', async () => {
    const el = mount('c-stat-tile', StatTile, { label: 'Win rate', value: 'No data', variant: 'bogus' });
    await flushPromises();
    expect(el.shadowRoot!.querySelector('.tile')!.className).toBe('tile slds-box slds-box_x-small');
    expect(byId(el, 'value')!.textContent!.trim()).toBe('No data');
    // A name every object inherits is not a variant either.
    el.variant = 'toString';
    await flushPromises();
    expect(el.shadowRoot!.querySelector('.tile')!.className).toBe('tile slds-box slds-box_x-small');
    await expect(el).toBeAccessible();
  });

  it('announces a warning status', async () => {
    const el = mount('c-stat-tile', StatTile, { label: 'Pushes', value: '4', variant: 'warning' });
    await flushPromises();
    expect(byId(el, 'value')!.textContent).toContain('(c.Coaching_UI_Tile_Needs_Attention)');
    await expect(el).toBeAccessible();
  });

  it('shows "No data" for a value left out by its parent (a field hidden) and no detail line', async () => {
    const el = mount('c-stat-tile', StatTile, { label: 'Commit', value: undefined, detail: undefined });
    await flushPromises();
    expect(byId(el, 'value')!.textContent!.trim()).toBe('No data');
    expect(byId(el, 'detail')).toBeNull();
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('copes with invalid input: NaN and objects read "No data", a number is shown as written', async () => {
    const el = mount('c-stat-tile', StatTile, { label: 'Coverage', value: Number.NaN, detail: { x: 1 } });
    await flushPromises();
    expect(byId(el, 'value')!.textContent!.trim()).toBe('No data');
    expect(byId(el, 'detail')).toBeNull();
    el.value = 3;
    el.label = null;
    await flushPromises();
    expect(byId(el, 'value')!.textContent!.trim()).toBe('3');
    expect(byId(el, 'label')!.textContent).toBe('');
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
