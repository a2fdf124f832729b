import EmptyState from 'c/emptyState';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';

describe('c-empty-state', () => {
  afterEach(cleanup);

  it('shows the heading and message as a status', async () => {
    const el = mount('c-empty-state', EmptyState, {
      heading: 'No direct reports',
      message: 'Reps appear here when their Manager field points to you.'
    });
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('No direct reports');
    expect(byId(el, 'message')!.textContent).toContain('Manager field');
    expect(el.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('falls back to a default heading and omits an empty message', async () => {
    const el = mount('c-empty-state', EmptyState);
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('Nothing here yet');
    expect(byId(el, 'message')).toBeNull();
    await expect(el).toBeAccessible();
  });
});
