import NextOneOnOne from 'c/nextOneOnOne';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

describe('c-next-one-on-one', () => {
  afterEach(cleanup);

  it('shows when, with whom and where the slot comes from, with a machine-readable time', async () => {
    const el = mount('c-next-one-on-one', NextOneOnOne, {
      session: {
        when: 'Tue, Mar 9, 9:00 AM PST',
        startIso: '2027-03-09T17:00:00.000Z',
        withWhom: 'With Dana Reyes · 60 min',
        note: 'From your weekly slot: Tuesdays at 09:00 (America/Los_Angeles)'
      }
    });
    await flushPromises();
    const when = byId(el, 'when')!;
    expect(when.textContent).toBe('Tue, Mar 9, 9:00 AM PST');
    expect(when.getAttribute('datetime')).toBe('2027-03-09T17:00:00.000Z');
    expect(byId(el, 'with')!.textContent).toBe('With Dana Reyes · 60 min');
    expect(byId(el, 'note')!.textContent).toContain('weekly slot');
    await expect(el).toBeAccessible();
  });

  it('shows "No data" for a manager name hidden by field access without failing', async () => {
    const el = mount('c-next-one-on-one', NextOneOnOne, {
      session: {
        when: 'Tue, Mar 9, 9:00 AM PST',
        startIso: '2027-03-09T17:00:00.000Z',
        withWhom: 'With No data · 60 min',
        note: ''
      }
    });
    await flushPromises();
    expect(byId(el, 'with')!.textContent).toBe('With No data · 60 min');
    await expect(el).toBeAccessible();
  });

  it('tells the rep what to do when no 1:1 is planned', async () => {
    const el = mount('c-next-one-on-one', NextOneOnOne, { session: null });
    await flushPromises();
    expect(byId<HTMLElement & { message: string }>(el, 'empty')!.message).toBe('c.Coaching_Rep_Next_Empty');
    expect(byId(el, 'when')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('leaves out "with whom" and the note when they are absent (manager name hidden), without placeholders', async () => {
    const el = mount('c-next-one-on-one', NextOneOnOne, {
      session: { when: 'Tue, Mar 9, 9:00 AM PST', startIso: '2027-03-09T17:00:00.000Z' }
    });
    await flushPromises();
    expect(byId(el, 'when')!.textContent).toBe('Tue, Mar 9, 9:00 AM PST');
    expect(byId(el, 'with')).toBeNull();
    expect(byId(el, 'note')).toBeNull();
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('copes with invalid data: a session of the wrong type is none, and bad values never reach the page', async () => {
    const el = mount('c-next-one-on-one', NextOneOnOne, { session: 'error' });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    el.session = { when: Number.NaN, startIso: 'not a date', withWhom: null, note: { text: 'x' } };
    await flushPromises();
    const when = byId(el, 'when')!;
    expect(when.textContent).toBe('No data');
    // An unparsable instant is not given to <time datetime>.
    expect(when.tagName).toBe('SPAN');
    expect(byId(el, 'with')).toBeNull();
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
