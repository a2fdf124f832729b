import CoachingReminders from 'c/coachingReminders';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

const FEEDBACK = {
  key: 'feedback-s1',
  kind: 'feedback',
  text: 'Tell your manager how your 1:1 on Nov 20, 2026 went.',
  recordId: null,
  actionLabel: 'Answer the survey'
};
const ROOT_CAUSE = {
  key: 'rootCause-o1',
  kind: 'rootCause',
  text: 'Document why Globex renewal was lost.',
  recordId: '006000000000001AAA',
  actionLabel: 'Open the deal'
};

describe('c-coaching-reminders', () => {
  afterEach(cleanup);

  it('lists what is due, with a survey button and a link to each deal', async () => {
    const el = mount('c-coaching-reminders', CoachingReminders, { reminders: [FEEDBACK, ROOT_CAUSE] });
    await flushPromises();
    expect(allById(el, 'reminder-text').map((t) => t.textContent)).toEqual([FEEDBACK.text, ROOT_CAUSE.text]);
    const link = byId<HTMLElement & { recordId: string; label: string }>(el, 'reminder-link')!;
    expect([link.recordId, link.label]).toEqual(['006000000000001AAA', 'Open the deal']);
    const action = jest.fn();
    el.addEventListener('reminderaction', action);
    byId(el, 'reminder-action')!.click();
    expect(action.mock.calls[0][0].detail).toEqual({ key: 'feedback-s1' });
    await expect(el).toBeAccessible();
  });

  it('shows a summary line without a link', async () => {
    const el = mount('c-coaching-reminders', CoachingReminders, {
      reminders: [
        {
          key: 'rootCause-more',
          kind: 'rootCause',
          text: '2 more deals need a root cause.',
          recordId: null,
          actionLabel: ''
        }
      ]
    });
    await flushPromises();
    expect(byId(el, 'reminder-text')!.textContent).toBe('2 more deals need a root cause.');
    expect(byId(el, 'reminder-link')).toBeNull();
    expect(byId(el, 'reminder-action')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('renders nothing when nothing is due, including a missing list', async () => {
    const el = mount('c-coaching-reminders', CoachingReminders, { reminders: [] });
    await flushPromises();
    expect(byId(el, 'reminders')).toBeNull();
    el.reminders = null;
    await flushPromises();
    expect(byId(el, 'reminders')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('shows a deal whose name is hidden by field access with the text it was given', async () => {
    const el = mount('c-coaching-reminders', CoachingReminders, {
      reminders: [{ ...ROOT_CAUSE, text: 'Document why No data was lost.' }]
    });
    await flushPromises();
    expect(byId(el, 'reminder-text')!.textContent).toBe('Document why No data was lost.');
    expect(byId(el, 'reminder-action')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('renders reminders whose action label, key or deal id are absent, with the default survey button text', async () => {
    const el = mount('c-coaching-reminders', CoachingReminders, {
      reminders: [
        { kind: 'feedback', text: FEEDBACK.text },
        { kind: 'rootCause', text: ROOT_CAUSE.text }
      ]
    });
    await flushPromises();
    expect(allById(el, 'reminder-text').map((t) => t.textContent)).toEqual([FEEDBACK.text, ROOT_CAUSE.text]);
    expect(byId<HTMLElement & { label: string }>(el, 'reminder-action')!.label).toBe(
      'c.Coaching_Rep_Reminder_Feedback_Action'
    );
    expect(byId(el, 'reminder-link')).toBeNull();
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('shows nothing for a list of the wrong type, and skips entries it cannot show', async () => {
    const el = mount('c-coaching-reminders', CoachingReminders, { reminders: 'error' });
    await flushPromises();
    expect(byId(el, 'reminders')).toBeNull();
    el.reminders = [
      null,
      { key: 'nan', kind: 'feedback', text: Number.NaN },
      { key: 'odd', kind: 42, text: ROOT_CAUSE.text, recordId: { id: 'x' }, actionLabel: Number.NaN }
    ];
    await flushPromises();
    // Only the reminder with text remains; an unknown kind is not a survey, and an id of the wrong type no link.
    expect(allById(el, 'reminder-text').map((t) => t.textContent)).toEqual([ROOT_CAUSE.text]);
    expect(byId(el, 'reminder-action')).toBeNull();
    expect(byId(el, 'reminder-link')).toBeNull();
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
