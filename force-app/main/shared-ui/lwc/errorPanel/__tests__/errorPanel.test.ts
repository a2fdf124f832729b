import ErrorPanel from 'c/errorPanel';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';

describe('c-error-panel', () => {
  afterEach(cleanup);

  it('shows the headline and reveals the platform messages on request', async () => {
    const element = mount('c-error-panel', ErrorPanel, {
      friendlyMessage: 'Could not load your team.',
      errors: { body: { message: 'Insufficient access rights on cross-reference id' } }
    });
    await flushPromises();
    expect(byId(element, 'headline')!.textContent).toBe('Could not load your team.');
    expect(byId(element, 'details')).toBeNull();
    byId(element, 'toggle')!.click();
    await flushPromises();
    expect(byId(element, 'details')!.textContent).toContain('Insufficient access rights');
    expect(byId(element, 'toggle')!.getAttribute('aria-expanded')).toBe('true');
    await expect(element).toBeAccessible();
  });

  it('shows only the headline when the error carries no message', async () => {
    const element = mount('c-error-panel', ErrorPanel, { errors: {} });
    await flushPromises();
    expect(byId(element, 'headline')!.textContent).toBe('Something went wrong while loading this section.');
    expect(byId(element, 'toggle')).toBeNull();
    await expect(element).toBeAccessible();
  });
});
