import FeedbackSurvey from 'c/feedbackSurvey';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { createRecord } from 'lightning/uiRecordApi';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { askedQuestions, checkSurvey, IMPROVEMENT_MAX_LENGTH } from '../surveyRules';
import type { AskedQuestion } from '../surveyRules';
import objectInfo from './data/getObjectInfo.json';
import settings from './data/getSettings.json';
import type { SurveyQuestion } from 'c/coachingModel';

// Real wording for the labels whose placeholders the tests check.
jest.mock(
  '@salesforce/label/c.Coaching_Survey_Privacy',
  () => ({ default: 'Your manager sees only averages, once at least {0} colleagues have answered.' }),
  { virtual: true }
);
jest.mock(
  '@salesforce/label/c.Coaching_Survey_Error_Rating_Out_Of_Range',
  () => ({ default: 'Choose a whole number from {0} to {1}.' }),
  { virtual: true }
);

interface TestAdapter {
  emit(value: unknown): void;
  error(body?: unknown, status?: number, statusText?: string): void;
}
const objectInfoAdapter = getObjectInfo as unknown as TestAdapter;
const create = createRecord as unknown as jest.Mock;
const questions = settings.surveyQuestions as SurveyQuestion[];

const SESSION = {
  sessionId: 'a01000000000001AAA',
  managerId: '005000000000009AAA',
  repId: '005000000000001AAA',
  managerName: 'Dana Manager',
  heldAt: '2027-03-02T17:00:00.000Z'
};

type Radio = HTMLElement & { value: string; label: string; options: { value: string }[] };

async function mountSurvey(props: Record<string, unknown> = {}, info: unknown = objectInfo): Promise<HTMLElement> {
  const el = mount('c-feedback-survey', FeedbackSurvey, { ...SESSION, questions, kMinimum: 4, ...props });
  objectInfoAdapter.emit(info);
  await flushPromises();
  return el;
}

/** Answers one question as the base component would; a question not on the form is skipped. */
function answer(el: HTMLElement, dimension: string, value: string): void {
  el.shadowRoot!.querySelector(`[data-dimension="${dimension}"]`)?.dispatchEvent(
    new CustomEvent('change', { detail: { value } })
  );
}

function answerAll(el: HTMLElement): void {
  answer(el, 'Preparation', '4');
  answer(el, 'Pipeline_Insight', '5');
  answer(el, 'Skill_Development', '3');
  answer(el, 'Action_Clarity', '2');
  answer(el, 'Rep_Agenda', '5');
  answer(el, 'Overall', '8');
  answer(el, 'Improvement', 'Less time on forecast roll-call.');
}

/** Every answer the form shows, by dimension, in the order asked. */
function answersOnForm(el: HTMLElement): Record<string, string> {
  const inputs = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement & { value: string }>('[data-dimension]'));
  return Object.fromEntries(inputs.map((input) => [input.dataset.dimension, input.value]));
}

async function submit(el: HTMLElement): Promise<void> {
  byId(el, 'submit')!.click();
  await flushPromises();
}

function withoutField(apiName: string): unknown {
  const fields: Record<string, unknown> = { ...objectInfo.fields };
  delete fields[apiName];
  return { ...objectInfo, fields };
}

describe('surveyRules', () => {
  it('asks every required dimension in the admin order, falling back to default wording when switched off', () => {
    const asked = askedQuestions(questions);
    // Sort orders: Overall 5, Preparation 10, Pipeline_Insight 20, Skill_Development 30 (its default, since the
    // configured one is inactive), Action_Clarity 40, Rep_Agenda 50, Improvement 70.
    expect(asked.map((q) => q.dimension)).toEqual([
      'Overall',
      'Preparation',
      'Pipeline_Insight',
      'Skill_Development',
      'Action_Clarity',
      'Rep_Agenda',
      'Improvement'
    ]);
    // Skill development is inactive in the settings but required on the object: the default question (sort 30).
    const skill = asked.find((q) => q.dimension === 'Skill_Development')!;
    expect(skill.text).toBe('The 1:1 helped me develop a skill.');
    expect(asked.find((q) => q.dimension === 'Pipeline_Insight')!.text).toBe(
      'I now see the risks and next steps in my pipeline.'
    );
  });

  it('drops the optional improvement question when it is switched off, and uses defaults without settings', () => {
    const off = questions.map((q) => (q.dimension === 'Improvement' ? { ...q, active: false } : q));
    expect(askedQuestions(off).some((q) => q.dimension === 'Improvement')).toBe(false);
    expect(askedQuestions([]).map((q) => q.dimension)).toEqual([
      'Preparation',
      'Pipeline_Insight',
      'Skill_Development',
      'Action_Clarity',
      'Rep_Agenda',
      'Overall',
      'Improvement'
    ]);
    expect(askedQuestions(null)).toHaveLength(7);
  });

  it('refuses missing, fractional, non-numeric and out-of-range ratings', () => {
    const asked: AskedQuestion[] = askedQuestions([]);
    const full = {
      Preparation: '1',
      Pipeline_Insight: 5,
      Skill_Development: '3',
      Action_Clarity: '4',
      Rep_Agenda: '2',
      Overall: '0',
      Improvement: ''
    };
    const ok = checkSurvey(full, asked);
    expect(ok.valid).toBe(true);
    // Overall 0 is a valid answer (0–10), and a blank improvement is stored as null.
    expect(ok.values).toEqual({
      Preparation: 1,
      Pipeline_Insight: 5,
      Skill_Development: 3,
      Action_Clarity: 4,
      Rep_Agenda: 2,
      Overall: 0,
      Improvement: null
    });
    const bad = checkSurvey(
      {
        ...full,
        Preparation: '0',
        Pipeline_Insight: 6,
        Skill_Development: '3.5',
        Action_Clarity: 'abc',
        Rep_Agenda: ' ',
        Overall: '11'
      },
      asked
    );
    expect(bad.valid).toBe(false);
    expect(bad.values).toBeNull();
    expect(bad.problems).toEqual({
      Preparation: 'RATING_OUT_OF_RANGE',
      Pipeline_Insight: 'RATING_OUT_OF_RANGE',
      Skill_Development: 'RATING_OUT_OF_RANGE',
      Action_Clarity: 'RATING_OUT_OF_RANGE',
      Rep_Agenda: 'RATING_MISSING',
      Overall: 'RATING_OUT_OF_RANGE'
    });
    expect(checkSurvey({ ...full, Overall: 10 }, asked).valid).toBe(true);
    expect(checkSurvey({ ...full, Improvement: 'x'.repeat(IMPROVEMENT_MAX_LENGTH + 1) }, asked).problems).toEqual({
      Improvement: 'TEXT_TOO_LONG'
    });
  });
});

describe('c-feedback-survey', () => {
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
  });

  it('asks the configured questions with their scales and says who will see the answers', async () => {
    const el = await mountSurvey();
    const ratings = allById<Radio>(el, 'rating');
    expect(ratings.map((r) => r.label)).toEqual([
      'How valuable was this 1:1, 0 to 10?',
      'My manager came prepared with data.',
      'I now see the risks and next steps in my pipeline.',
      'The 1:1 helped me develop a skill.',
      'We left with clear action items.',
      'It was my agenda, not micromanagement.'
    ]);
    expect(ratings[0].options.map((o) => o.value)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(ratings[1].options.map((o) => o.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(byId(el, 'text')).not.toBeNull();
    expect(byId(el, 'privacy')!.textContent).toContain('once at least 4 colleagues have answered');
    expect(byId(el, 'about')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('sends every answer once to the right fields and thanks the rep', async () => {
    create.mockResolvedValueOnce({ id: 'a05000000000001AAA' });
    const el = await mountSurvey();
    const submitted = jest.fn();
    el.addEventListener('surveysubmitted', submitted);
    answerAll(el);
    await flushPromises();
    await submit(el);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0][0]).toEqual({
      apiName: 'Coaching_Feedback__c',
      fields: {
        Session__c: SESSION.sessionId,
        Rep__c: SESSION.repId,
        Manager__c: SESSION.managerId,
        Preparation_Rating__c: 4,
        Pipeline_Insight_Rating__c: 5,
        Skill_Development_Rating__c: 3,
        Action_Clarity_Rating__c: 2,
        Rep_Agenda_Rating__c: 5,
        Overall_Value__c: 8,
        Improvement__c: 'Less time on forecast roll-call.'
      }
    });
    expect(submitted.mock.calls[0][0].detail).toEqual({ id: 'a05000000000001AAA', sessionId: SESSION.sessionId });
    const thanks = byId(el, 'thanks')!;
    expect(thanks.getAttribute('role')).toBe('status');
    expect(thanks.textContent).toContain('c.Coaching_Survey_Thanks');
    expect(byId(el, 'submit')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('blocks a survey with missing ratings, names them, and keeps what was answered', async () => {
    const el = await mountSurvey();
    answer(el, 'Preparation', '4');
    answer(el, 'Improvement', 'More deal strategy');
    await flushPromises();
    await submit(el);
    expect(create).not.toHaveBeenCalled();
    const summary = byId(el, 'error-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    // Five ratings are missing: overall, pipeline insight, action clarity, my agenda, skill development.
    expect(summary.querySelectorAll('li')).toHaveLength(5);
    expect(summary.textContent).toContain(
      'It was my agenda, not micromanagement. c.Coaching_Survey_Error_Rating_Missing'
    );
    const preparation = el.shadowRoot!.querySelector<Radio>('[data-dimension="Preparation"]')!;
    expect(preparation.value).toBe('4');
    expect(el.shadowRoot!.querySelector<Radio>('[data-dimension="Improvement"]')!.value).toBe('More deal strategy');
    await expect(el).toBeAccessible();
  });

  it('refuses an out-of-range rating with its range, then sends once it is fixed', async () => {
    create.mockResolvedValueOnce({ id: 'a05000000000002AAA' });
    const el = await mountSurvey();
    answerAll(el);
    answer(el, 'Preparation', '7');
    await flushPromises();
    await submit(el);
    expect(create).not.toHaveBeenCalled();
    expect(byId(el, 'error-summary')!.textContent).toContain(
      'My manager came prepared with data. Choose a whole number from 1 to 5.'
    );
    // Only the bad rating is named, and every answer stays as typed, the refused one included.
    expect(byId(el, 'error-summary')!.querySelectorAll('li')).toHaveLength(1);
    expect(answersOnForm(el)).toEqual({
      Overall: '8',
      Preparation: '7',
      Pipeline_Insight: '5',
      Skill_Development: '3',
      Action_Clarity: '2',
      Rep_Agenda: '5',
      Improvement: 'Less time on forecast roll-call.'
    });
    answer(el, 'Preparation', '5');
    await flushPromises();
    expect(byId(el, 'error-summary')).toBeNull();
    await submit(el);
    expect(create).toHaveBeenCalledTimes(1);
    // The answers kept through the refusal are the ones sent.
    expect(create.mock.calls[0][0].fields).toMatchObject({
      Preparation_Rating__c: 5,
      Pipeline_Insight_Rating__c: 5,
      Skill_Development_Rating__c: 3,
      Action_Clarity_Rating__c: 2,
      Rep_Agenda_Rating__c: 5,
      Overall_Value__c: 8,
      Improvement__c: 'Less time on forecast roll-call.'
    });
  });

  it('submits once when Send is clicked twice', async () => {
    let resolve: (value: unknown) => void = () => undefined;
    create.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    const el = await mountSurvey();
    answerAll(el);
    await flushPromises();
    byId(el, 'submit')!.click();
    byId(el, 'submit')!.click();
    await flushPromises();
    expect(byId<HTMLElement & { disabled: boolean }>(el, 'submit')!.disabled).toBe(true);
    resolve({ id: 'a05000000000003AAA' });
    await flushPromises();
    expect(create).toHaveBeenCalledTimes(1);
    expect(byId(el, 'thanks')).not.toBeNull();
  });

  it('treats a second survey for the same 1:1 as already answered', async () => {
    create.mockRejectedValueOnce({
      body: { output: { errors: [{ errorCode: 'DUPLICATE_VALUE', message: 'duplicate value found: Session_Key__c' }] } }
    });
    const el = await mountSurvey();
    answerAll(el);
    await flushPromises();
    await submit(el);
    expect(byId(el, 'thanks')!.textContent).toContain('c.Coaching_Survey_Already_Answered');
    expect(byId(el, 'save-error')).toBeNull();
  });

  it('keeps the answers and shows the reason when sending fails', async () => {
    create.mockRejectedValueOnce({ body: { message: 'Rep Agenda must be a whole number from 1 to 5.' } });
    const el = await mountSurvey();
    answerAll(el);
    await flushPromises();
    await submit(el);
    expect(byId<HTMLElement & { friendlyMessage: string }>(el, 'save-error')!.friendlyMessage).toBe(
      'c.Coaching_Survey_Save_Error'
    );
    expect(el.shadowRoot!.querySelector<Radio>('[data-dimension="Overall"]')!.value).toBe('8');
    expect(byId<HTMLElement & { disabled: boolean }>(el, 'submit')!.disabled).toBe(false);
    await expect(el).toBeAccessible();
  });

  it('shows the thank-you state for a 1:1 already answered', async () => {
    const el = mount('c-feedback-survey', FeedbackSurvey, { ...SESSION, questions, answered: true });
    await flushPromises();
    expect(byId(el, 'thanks')!.textContent).toContain('c.Coaching_Survey_Already_Answered');
    expect(byId(el, 'submit')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('shows an empty state when there is no held 1:1 to rate', async () => {
    const el = mount('c-feedback-survey', FeedbackSurvey, { questions });
    await flushPromises();
    expect(byId(el, 'no-session')).not.toBeNull();
    expect(byId(el, 'about')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('shows the error panel when the survey cannot load', async () => {
    const el = mount('c-feedback-survey', FeedbackSurvey, { ...SESSION, questions });
    await flushPromises();
    expect(el.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
    objectInfoAdapter.error({ message: 'No access to Coaching_Feedback__c' }, 403, 'Forbidden');
    await flushPromises();
    expect(byId(el, 'load-error')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('leaves out the improvement question when field-level security hides it, and still sends', async () => {
    create.mockResolvedValueOnce({ id: 'a05000000000004AAA' });
    const el = await mountSurvey({}, withoutField('Improvement__c'));
    expect(el.shadowRoot!.querySelector('[data-dimension="Improvement"]')).toBeNull();
    answerAll(el);
    await flushPromises();
    await submit(el);
    expect(create.mock.calls[0][0].fields).not.toHaveProperty('Improvement__c');
    await expect(el).toBeAccessible();
  });

  it('explains that the survey cannot be answered when a required rating is hidden', async () => {
    const el = await mountSurvey({}, withoutField('Rep_Agenda_Rating__c'));
    expect(byId(el, 'no-access')).not.toBeNull();
    expect(byId(el, 'submit')).toBeNull();
    await expect(el).toBeAccessible();
  });

  describe('in a narrow column or on a phone', () => {
    /** Stands in for the browser's ResizeObserver: the test says how wide the survey is. */
    class FakeResizeObserver {
      static current: FakeResizeObserver | null = null;
      constructor(private readonly callback: (entries: { contentRect: { width: number } }[]) => void) {
        FakeResizeObserver.current = this;
      }
      observe(): void {}
      disconnect(): void {}
      resize(width: number): void {
        this.callback([{ contentRect: { width } }]);
      }
    }
    const typesOnForm = (el: HTMLElement): Record<string, string> =>
      Object.fromEntries(allById<Radio & { name: string; type: string }>(el, 'rating').map((r) => [r.name, r.type]));

    beforeEach(() => {
      (globalThis as Record<string, unknown>).ResizeObserver = FakeResizeObserver;
    });
    afterEach(() => {
      delete (globalThis as Record<string, unknown>).ResizeObserver;
      FakeResizeObserver.current = null;
    });

    it('lists the 0–10 scale instead of a row of eleven buttons, and keeps the 1–5 rows', async () => {
      const el = await mountSurvey();
      expect(typesOnForm(el).Overall).toBe('button');
      FakeResizeObserver.current!.resize(343);
      await flushPromises();
      expect(typesOnForm(el)).toEqual({
        Overall: 'radio',
        Preparation: 'button',
        Pipeline_Insight: 'button',
        Skill_Development: 'button',
        Action_Clarity: 'button',
        Rep_Agenda: 'button'
      });
      // Wide enough again (or unmeasurable: zero width) → unchanged by the zero, back to buttons when wide.
      FakeResizeObserver.current!.resize(0);
      await flushPromises();
      expect(typesOnForm(el).Overall).toBe('radio');
      FakeResizeObserver.current!.resize(640);
      await flushPromises();
      expect(typesOnForm(el).Overall).toBe('button');
      await expect(el).toBeAccessible();
    });
  });
});
