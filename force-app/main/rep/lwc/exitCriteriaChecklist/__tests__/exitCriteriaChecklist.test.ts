import ExitCriteriaChecklist from 'c/exitCriteriaChecklist';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';

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
});
