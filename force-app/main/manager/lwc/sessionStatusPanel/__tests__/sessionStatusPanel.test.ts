import SessionStatusPanel from 'c/sessionStatusPanel';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';

const NOW = Date.parse('2026-11-24T15:00:00.000Z');

function change(el: HTMLElement, field: string, value: string): void {
  el.shadowRoot!.querySelector(`[data-field="${field}"]`)!.dispatchEvent(
    new CustomEvent('change', { detail: { value } })
  );
}
const errorsOf = (el: HTMLElement): string[] =>
  Array.from(byId(el, 'invalid-summary')?.querySelectorAll('li') ?? []).map((li) => li.textContent ?? '');

describe('c-session-status-panel', () => {
  afterEach(cleanup);

  it('marks held with the default start, or the one the manager sets', async () => {
    const el = mount('c-session-status-panel', SessionStatusPanel, {
      nowMs: NOW,
      defaultActualStart: '2026-11-24T14:00:00.000Z'
    });
    const held: unknown[] = [];
    el.addEventListener('markheld', (e: Event) => held.push((e as CustomEvent).detail));
    await flushPromises();
    byId(el, 'mark-held')!.click();
    change(el, 'actualStart', '2026-11-24T14:10:00.000Z');
    byId(el, 'mark-held')!.click();
    expect(held).toEqual([{ actualStart: '2026-11-24T14:00:00.000Z' }, { actualStart: '2026-11-24T14:10:00.000Z' }]);
    await expect(el).toBeAccessible();
  });

  it('refuses a held time in the future or missing', async () => {
    const el = mount('c-session-status-panel', SessionStatusPanel, {
      nowMs: NOW,
      defaultActualStart: '2026-11-24T16:00:00.000Z'
    });
    const held = jest.fn();
    el.addEventListener('markheld', held);
    await flushPromises();
    byId(el, 'mark-held')!.click();
    await flushPromises();
    expect(errorsOf(el)).toEqual(['c.Coaching_Status_Held_At_Future']);
    change(el, 'actualStart', '');
    byId(el, 'mark-held')!.click();
    await flushPromises();
    expect(errorsOf(el)).toEqual(['c.Coaching_Status_Held_At_Required']);
    expect(held).not.toHaveBeenCalled();
    await expect(el).toBeAccessible();
  });

  it('reschedules only with a future time and a reason', async () => {
    const el = mount('c-session-status-panel', SessionStatusPanel, { nowMs: NOW });
    const events: unknown[] = [];
    el.addEventListener('reschedule', (e: Event) => events.push((e as CustomEvent).detail));
    await flushPromises();
    byId(el, 'reschedule')!.click();
    await flushPromises();
    change(el, 'newStart', '2026-11-20T10:00:00.000Z');
    byId(el, 'confirm')!.click();
    await flushPromises();
    expect(errorsOf(el)).toEqual(['c.Coaching_Status_Reason_Required', 'c.Coaching_Status_New_Start_Past']);
    change(el, 'newStart', '2026-11-27T15:00:00.000Z');
    change(el, 'reason', '  Customer visit ');
    byId(el, 'confirm')!.click();
    expect(events).toEqual([{ newStart: '2026-11-27T15:00:00.000Z', reason: 'Customer visit' }]);
    await expect(el).toBeAccessible();
  });

  it('skips only with a reason, and can go back', async () => {
    const el = mount('c-session-status-panel', SessionStatusPanel, { nowMs: NOW });
    const skipped: unknown[] = [];
    el.addEventListener('skip', (e: Event) => skipped.push((e as CustomEvent).detail));
    await flushPromises();
    byId(el, 'skip')!.click();
    await flushPromises();
    byId(el, 'confirm')!.click();
    await flushPromises();
    expect(errorsOf(el)).toEqual(['c.Coaching_Status_Reason_Required']);
    change(el, 'reason', 'Rep on leave');
    byId(el, 'confirm')!.click();
    expect(skipped).toEqual([{ reason: 'Rep on leave' }]);
    byId(el, 'back')!.click();
    await flushPromises();
    expect(byId(el, 'mark-held')).not.toBeNull();
  });

  it('does nothing while the agenda is saving', async () => {
    const el = mount('c-session-status-panel', SessionStatusPanel, {
      nowMs: NOW,
      defaultActualStart: '2026-11-24T14:00:00.000Z',
      busy: true
    });
    const held = jest.fn();
    el.addEventListener('markheld', held);
    await flushPromises();
    byId(el, 'mark-held')!.click();
    expect(held).not.toHaveBeenCalled();
    expect((byId(el, 'mark-held') as HTMLElement & { label: string }).label).toBe('c.Coaching_Form_Saving');
  });

  const heldInput = (el: HTMLElement) =>
    el.shadowRoot!.querySelector('[data-field="actualStart"]') as HTMLElement & { value: string; timezone: string };

  it('empty: with nothing from the agenda, "held at" is blank and must be filled in', async () => {
    const el = mount('c-session-status-panel', SessionStatusPanel);
    const held = jest.fn();
    el.addEventListener('markheld', held);
    await flushPromises();
    expect(heldInput(el).value).toBe('');
    byId(el, 'mark-held')!.click();
    await flushPromises();
    expect(errorsOf(el)).toEqual(['c.Coaching_Status_Held_At_Required']);
    expect(held).not.toHaveBeenCalled();
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN/);
    await expect(el).toBeAccessible();
  });

  it('a start and zone hidden by field-level security (absent) leave a blank input in UTC, not "undefined"', async () => {
    const el = mount('c-session-status-panel', SessionStatusPanel, {
      nowMs: NOW,
      defaultActualStart: undefined,
      timeZone: undefined
    });
    await flushPromises();
    expect([heldInput(el).value, heldInput(el).timezone]).toEqual(['', 'UTC']);
    await expect(el).toBeAccessible();
  });

  it('invalid data from the agenda: a garbage default start is ignored and a bad "now" falls back to the clock', async () => {
    const el = mount('c-session-status-panel', SessionStatusPanel, {
      nowMs: Number.NaN,
      defaultActualStart: 'not a date'
    });
    const held = jest.fn();
    el.addEventListener('markheld', held);
    await flushPromises();
    expect(heldInput(el).value).toBe('');
    // Next year is still in the future with "now" unknown: refused, not waved through.
    change(el, 'actualStart', new Date(Date.now() + 365 * 86_400_000).toISOString());
    byId(el, 'mark-held')!.click();
    await flushPromises();
    expect(errorsOf(el)).toEqual(['c.Coaching_Status_Held_At_Future']);
    expect(held).not.toHaveBeenCalled();
    await expect(el).toBeAccessible();
  });
});
