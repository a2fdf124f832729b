import RecordLink from 'c/recordLink';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';

describe('c-record-link', () => {
  afterEach(cleanup);

  it('renders the generated URL and navigates in place on a plain click', async () => {
    const el = mount('c-record-link', RecordLink, { recordId: '006A', label: 'Acme renewal' });
    await flushPromises();
    const link = byId<HTMLAnchorElement>(el, 'link')!;
    expect(link.textContent).toBe('Acme renewal');
    // The navigation stub generates https://www.example.com for every page reference.
    expect(link.getAttribute('href')).toBe('https://www.example.com');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    await expect(el).toBeAccessible();
  });

  it('lets a modified click open the URL in a new tab, and stays a placeholder without a record', async () => {
    const el = mount('c-record-link', RecordLink, { recordId: '006A', label: 'Acme' });
    await flushPromises();
    // Record what the component decided, then stop jsdom from actually opening the URL.
    let preventedByComponent: boolean | null = null;
    const stop = (event: Event): void => {
      preventedByComponent = event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', stop);
    byId(el, 'link')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true })
    );
    document.removeEventListener('click', stop);
    expect(preventedByComponent).toBe(false);
    el.recordId = null;
    await flushPromises();
    expect(byId(el, 'link')!.getAttribute('href')).toBe('#');
  });

  it('still reads as a link when the record’s name is hidden by field-level security', async () => {
    const el = mount('c-record-link', RecordLink, { recordId: '006A', label: '' });
    await flushPromises();
    expect(byId(el, 'link')!.textContent).toBe('c.Coaching_View_Record');
    await expect(el).toBeAccessible();
  });
});
