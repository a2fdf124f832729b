import CoachingFocus from 'c/coachingFocus';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

const FOCUS = {
  code: 'CONVERSION',
  title: 'Conversion: wins too few of the deals worked',
  skill: 'Qualification and discovery',
  source: 'From your 1:1 on Mar 2, 2027',
  figures: [
    { key: 'wr', label: 'Win rate', value: '18%' },
    { key: 'cov', label: 'Coverage', value: '3.4× (needs 3.0×)' }
  ],
  questions: [{ key: 'q0', text: 'In the deals you lost, when did you first suspect it?' }]
};

describe('c-coaching-focus', () => {
  afterEach(cleanup);

  it('shows the focus, where it comes from, the skill, the figures and the questions', async () => {
    const el = mount('c-coaching-focus', CoachingFocus, { focus: FOCUS });
    await flushPromises();
    expect(byId(el, 'title')!.textContent).toBe(FOCUS.title);
    expect(byId(el, 'source')!.textContent).toBe('From your 1:1 on Mar 2, 2027');
    expect(byId(el, 'skill')!.textContent).toContain('Qualification and discovery');
    expect(allById(el, 'figure-value').map((d) => d.textContent)).toEqual(['18%', '3.4× (needs 3.0×)']);
    expect(byId(el, 'questions')!.querySelectorAll('li')).toHaveLength(1);
    await expect(el).toBeAccessible();
  });

  it('shows "No data" figures as given and leaves out empty sections', async () => {
    // A figure hidden by field-level security arrives as "No data"; no questions means no questions heading.
    const el = mount('c-coaching-focus', CoachingFocus, {
      focus: { ...FOCUS, figures: [{ key: 'wr', label: 'Win rate', value: 'No data' }], questions: [] }
    });
    await flushPromises();
    expect(byId(el, 'figure-value')!.textContent).toBe('No data');
    expect(byId(el, 'questions')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('says what will happen when there is no focus yet', async () => {
    const el = mount('c-coaching-focus', CoachingFocus, { focus: null });
    await flushPromises();
    const empty = byId<HTMLElement & { heading: string }>(el, 'empty')!;
    expect(empty.heading).toBe('c.Coaching_Rep_Focus_Empty_Heading');
    expect(byId(el, 'title')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('explains when the focus is hidden by field access instead of pretending there is none', async () => {
    const el = mount('c-coaching-focus', CoachingFocus, { focus: null, unavailableMessage: 'Hidden by your access.' });
    await flushPromises();
    expect(byId(el, 'unavailable')!.textContent).toBe('Hidden by your access.');
    expect(byId(el, 'empty')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('renders a focus whose skill, source and a figure value are absent (hidden fields) without placeholders', async () => {
    const el = mount('c-coaching-focus', CoachingFocus, {
      focus: {
        code: 'CONVERSION',
        title: FOCUS.title,
        figures: [{ key: 'wr', label: 'Win rate' }, FOCUS.figures[1]],
        questions: FOCUS.questions
      }
    });
    await flushPromises();
    expect(byId(el, 'title')!.textContent).toBe(FOCUS.title);
    expect(byId(el, 'skill')).toBeNull();
    expect(byId(el, 'source')).toBeNull();
    expect(allById(el, 'figure-value').map((d) => d.textContent)).toEqual(['No data', '3.4× (needs 3.0×)']);
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('shows the empty state instead of a broken card when the parent passes invalid data', async () => {
    const el = mount('c-coaching-focus', CoachingFocus, { focus: 'error' });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    expect(byId(el, 'title')).toBeNull();
    // Wrong types inside a focus: NaN figures, a list that is not a list, entries that are not records.
    // `focus` is also HTMLElement's method, so the property is set the way mount() sets it.
    Object.assign(el, {
      focus: {
        ...FOCUS,
        skill: Number.NaN,
        source: null,
        figures: [null, { key: 'wr', label: 'Win rate', value: Number.NaN }, { key: 'x', value: '1' }],
        questions: 'not a list'
      }
    });
    await flushPromises();
    expect(byId(el, 'title')!.textContent).toBe(FOCUS.title);
    expect(allById(el, 'figure-value').map((d) => d.textContent)).toEqual(['No data']);
    expect(byId(el, 'questions')).toBeNull();
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
