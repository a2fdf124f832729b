import SuggestedQuestions from 'c/suggestedQuestions';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

describe('c-suggested-questions', () => {
  afterEach(cleanup);

  it('lists the questions under the default or a given heading', async () => {
    const el = mount('c-suggested-questions', SuggestedQuestions, {
      questions: [
        { key: 'a', text: 'What has to be true for this to close on the new date?' },
        { key: 'b', text: 'When did you last speak with someone who can sign?' }
      ]
    });
    await flushPromises();
    expect(byId(el, 'questions')!.querySelectorAll('li')).toHaveLength(2);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).toBe('c.Coaching_Rep_Questions_Heading');
    el.heading = 'Ask in the 1:1';
    await flushPromises();
    expect(el.shadowRoot!.querySelector('h3')!.textContent).toBe('Ask in the 1:1');
    // Nested under a level-4 heading (a diagnosed gap), the list heading is a level 5.
    el.level = 5;
    await flushPromises();
    expect(el.shadowRoot!.querySelector('h3')).toBeNull();
    expect(el.shadowRoot!.querySelector('h5')!.textContent).toBe('Ask in the 1:1');
    await expect(el).toBeAccessible();
  });

  it('renders nothing without questions, including a missing list', async () => {
    const el = mount('c-suggested-questions', SuggestedQuestions, { questions: [] });
    await flushPromises();
    expect(byId(el, 'questions')).toBeNull();
    el.questions = null;
    await flushPromises();
    expect(byId(el, 'questions')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('lists questions whose key is absent, under the default heading when none is given', async () => {
    const el = mount('c-suggested-questions', SuggestedQuestions, {
      heading: undefined,
      questions: [{ text: 'Who else is involved in the decision?' }, { text: 'What happens if they do nothing?' }]
    });
    await flushPromises();
    const items = Array.from(byId(el, 'questions')!.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual(['Who else is involved in the decision?', 'What happens if they do nothing?']);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).toBe('c.Coaching_Rep_Questions_Heading');
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('copes with invalid data: a string is not a list, and entries without text are left out', async () => {
    const el = mount('c-suggested-questions', SuggestedQuestions, { questions: 'What next?' });
    await flushPromises();
    expect(byId(el, 'questions')).toBeNull();
    el.questions = [null, { key: 'a', text: Number.NaN }, { key: 'b', text: 'What changed since last week?' }];
    el.heading = Number.NaN;
    await flushPromises();
    expect(byId(el, 'questions')!.querySelectorAll('li')).toHaveLength(1);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).toBe('c.Coaching_Rep_Questions_Heading');
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
