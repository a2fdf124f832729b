import ErrorPanel from 'c/errorPanel';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

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
    expect(byId(element, 'toggle')!.textContent!.trim()).toBe('c.Coaching_UI_Error_Show_Details');
    byId(element, 'toggle')!.click();
    await flushPromises();
    expect(byId(element, 'details')!.textContent).toContain('Insufficient access rights');
    expect(byId(element, 'toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(byId(element, 'toggle')!.textContent!.trim()).toBe('c.Coaching_UI_Error_Hide_Details');
    // The assistive "Error" prefix is a translated label, not English in the markup.
    expect(element.shadowRoot!.querySelector('.slds-assistive-text')!.textContent).toBe(
      'c.Coaching_UI_Error_Assistive'
    );
    await expect(element).toBeAccessible();
  });

  it('shows only the generic headline when the error carries no message', async () => {
    const element = mount('c-error-panel', ErrorPanel, { errors: {} });
    await flushPromises();
    expect(byId(element, 'headline')!.textContent).toBe('c.Coaching_Error_Generic');
    expect(byId(element, 'toggle')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('keeps a headline when the parent leaves the message out (undefined) and the error has no message field', async () => {
    const element = mount('c-error-panel', ErrorPanel, {
      friendlyMessage: undefined,
      errors: { body: { statusCode: 403 }, status: 403 }
    });
    await flushPromises();
    expect(byId(element, 'headline')!.textContent).toBe('c.Coaching_Error_Generic');
    expect(byId(element, 'toggle')).toBeNull();
    expect(deepText(element)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(element).toBeAccessible();
  });

  it('copes with invalid input: a NaN headline and errors of shapes no reader knows', async () => {
    const element = mount('c-error-panel', ErrorPanel, {
      friendlyMessage: Number.NaN,
      errors: [null, { errors: [null] }, 42]
    });
    await flushPromises();
    expect(byId(element, 'headline')!.textContent).toBe('c.Coaching_Error_Generic');
    expect(byId(element, 'toggle')).toBeNull();
    // A list that mixes a readable error with junk still shows the readable one.
    element.errors = [null, 'Request timed out', { body: { message: 'Try later' } }];
    await flushPromises();
    byId(element, 'toggle')!.click();
    await flushPromises();
    const items = Array.from(byId(element, 'details')!.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual(['Request timed out', 'Try later']);
    expect(deepText(element)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(element).toBeAccessible();
  });
});
