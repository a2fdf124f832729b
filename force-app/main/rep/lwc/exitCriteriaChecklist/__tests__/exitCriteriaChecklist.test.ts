import ExitCriteriaChecklist from 'c/exitCriteriaChecklist';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

jest.mock('@salesforce/label/c.Coaching_Rep_Exit_Heading', () => ({ default: 'To leave {0}' }), { virtual: true });

describe('c-exit-criteria-checklist', () => {
  afterEach(cleanup);

  it('marks each criterion met, not met or to ask about, in words', async () => {
    const el = mount('c-exit-criteria-checklist', ExitCriteriaChecklist, {
      stageName: 'Qualification',
      criteria: [
        { key: '0', criterion: 'Next step agreed with the buyer', met: true },
        { key: '1', criterion: 'Budget range confirmed', met: false },
        { key: '2', criterion: 'Economic buyer identified', met: null }
      ]
    });
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('To leave Qualification');
    expect(allById(el, 'status').map((s) => s.textContent)).toEqual([
      'c.Coaching_Rep_Exit_Met',
      'c.Coaching_Rep_Exit_Unmet',
      'c.Coaching_Rep_Exit_Ask'
    ]);
    expect(allById(el, 'criterion')[1].className).toContain('criterion_unmet');
    await expect(el).toBeAccessible();
  });

  it('says when the stage has no exit criteria, and survives a missing list', async () => {
    const el = mount('c-exit-criteria-checklist', ExitCriteriaChecklist, { stageName: 'Prospecting', criteria: [] });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    el.criteria = null;
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('treats a criterion whose evidence field is hidden as one to ask about', async () => {
    // The container passes met: null when field-level security hides the evidence field.
    const el = mount('c-exit-criteria-checklist', ExitCriteriaChecklist, {
      stageName: 'Proposal/Price Quote',
      criteria: [{ key: '0', criterion: 'Close plan shared', met: null }]
    });
    await flushPromises();
    expect(byId(el, 'status')!.textContent).toBe('c.Coaching_Rep_Exit_Ask');
    await expect(el).toBeAccessible();
  });

  it('titles the list without a stage when the stage name is absent (field hidden), never "{0}"', async () => {
    const el = mount('c-exit-criteria-checklist', ExitCriteriaChecklist, {
      criteria: [{ key: '0', criterion: 'Close plan shared' }]
    });
    el.stageName = undefined;
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('c.Coaching_Rep_Exit_Heading_No_Stage');
    // `met` is absent too: a question to ask.
    expect(byId(el, 'status')!.textContent).toBe('c.Coaching_Rep_Exit_Ask');
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('copes with invalid data: a NaN stage, a list of the wrong type, entries without text or with odd values', async () => {
    const el = mount('c-exit-criteria-checklist', ExitCriteriaChecklist, { stageName: Number.NaN, criteria: 'error' });
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('c.Coaching_Rep_Exit_Heading_No_Stage');
    expect(byId(el, 'empty')).not.toBeNull();
    el.criteria = [
      null,
      { key: 'a', criterion: null, met: true },
      { key: 'b', criterion: 'Budget range confirmed', met: 'yes' }
    ];
    await flushPromises();
    expect(allById(el, 'criterion')).toHaveLength(1);
    expect(byId(el, 'status')!.textContent).toBe('c.Coaching_Rep_Exit_Ask');
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
