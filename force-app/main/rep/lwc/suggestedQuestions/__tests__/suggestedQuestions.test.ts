import SuggestedQuestions from 'c/suggestedQuestions';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';

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
    expect(el.shadowRoot!.querySelector('h4')!.textContent).toBe('c.Coaching_Rep_Questions_Heading');
    el.heading = 'Ask in the 1:1';
    await flushPromises();
    expect(el.shadowRoot!.querySelector('h4')!.textContent).toBe('Ask in the 1:1');
    await expect(el).toBeAccessible();
  });

  it('renders nothing without questions, including a missing list', async () => {
    const el = mount('c-suggested-questions', SuggestedQuestions, { questions: [] });
    await flushPromises();
    expect(el.shadowRoot!.querySelector('section')).toBeNull();
    el.questions = null;
    await flushPromises();
    expect(el.shadowRoot!.querySelector('section')).toBeNull();
    await expect(el).toBeAccessible();
  });
});
