import StatTile from 'c/statTile';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';

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
    expect(byId(el, 'value')!.textContent).toContain('(At risk)');
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
    expect(byId(el, 'value')!.textContent).toBe('No data');
    await expect(el).toBeAccessible();
  });

  it('announces a warning status', async () => {
    const el = mount('c-stat-tile', StatTile, { label: 'Pushes', value: '4', variant: 'warning' });
    await flushPromises();
    expect(byId(el, 'value')!.textContent).toContain('(Needs attention)');
    await expect(el).toBeAccessible();
  });
});
