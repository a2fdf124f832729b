import EmptyState from 'c/emptyState';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

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

  it('falls back to a translated default heading and omits an empty message', async () => {
    const el = mount('c-empty-state', EmptyState);
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('c.Coaching_UI_Empty_Heading');
    expect(byId(el, 'message')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('keeps a heading when the parent passes none (its label hidden or left out as undefined)', async () => {
    const el = mount('c-empty-state', EmptyState, { heading: undefined, message: 'Nothing is due.' });
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('c.Coaching_UI_Empty_Heading');
    expect(byId(el, 'message')!.textContent).toBe('Nothing is due.');
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('copes with invalid input: a NaN heading and an object message', async () => {
    const el = mount('c-empty-state', EmptyState, { heading: Number.NaN, message: { text: 'x' } });
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('c.Coaching_UI_Empty_Heading');
    expect(byId(el, 'message')).toBeNull();
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
