import RecordLink from 'c/recordLink';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

// The navigation service as a mock this file controls (the shared stub always answers with one URL).
const mockGenerateUrl = jest.fn();
const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
  const Navigate = Symbol('Navigate');
  const GenerateUrl = Symbol('GenerateUrl');
  const NavigationMixin = Object.assign(
    <T extends new (...args: any[]) => object>(Base: T) =>
      class extends Base {
        [Navigate](...args: unknown[]): unknown {
          return mockNavigate(...args);
        }
        [GenerateUrl](...args: unknown[]): unknown {
          return mockGenerateUrl(...args);
        }
      },
    { Navigate, GenerateUrl }
  );
  return { NavigationMixin };
});

describe('c-record-link when navigation fails or the input is invalid', () => {
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
  });

  it('keeps a usable link when the URL cannot be generated, and still navigates on a click', async () => {
    mockGenerateUrl.mockRejectedValueOnce(new Error('No navigation context'));
    const el = mount('c-record-link', RecordLink, { recordId: '006A', label: 'Acme renewal' });
    await flushPromises();
    const link = byId<HTMLAnchorElement>(el, 'link')!;
    expect(mockGenerateUrl).toHaveBeenCalledTimes(1);
    expect(link.getAttribute('href')).toBe('#');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(mockNavigate).toHaveBeenCalledWith({
      type: 'standard__recordPage',
      attributes: { recordId: '006A', actionName: 'view' }
    });
    await expect(el).toBeAccessible();
  });

  it('ignores a URL that is not text', async () => {
    mockGenerateUrl.mockResolvedValueOnce({ url: 'x' });
    const el = mount('c-record-link', RecordLink, { recordId: '006A', label: 'Acme renewal' });
    await flushPromises();
    expect(byId(el, 'link')!.getAttribute('href')).toBe('#');
  });

  it('links nowhere for an id that is not text, and reads "View record" for a NaN label', async () => {
    const el = mount('c-record-link', RecordLink, { recordId: { id: '006A' }, label: Number.NaN });
    await flushPromises();
    const link = byId<HTMLAnchorElement>(el, 'link')!;
    expect(link.textContent).toBe('c.Coaching_View_Record');
    expect(link.getAttribute('href')).toBe('#');
    expect(mockGenerateUrl).not.toHaveBeenCalled();
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(mockNavigate).not.toHaveBeenCalled();
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
