import AgendaSection from 'c/agendaSection';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';

const item = (id: string, questions: string[]) => ({
  id,
  title: `Item ${id}`,
  severity: 'HIGH',
  severityLabel: 'Discuss first',
  severityClass: 'slds-badge slds-theme_error',
  facts: [
    { key: `${id}-f0`, label: 'Days in stage', value: '40 days' },
    { key: `${id}-f1`, label: 'Amount', value: 'No data' }
  ],
  links: [{ recordId: `006${id}`, label: `Deal ${id}` }],
  hasLinks: true,
  questions: questions.map((text, i) => ({ key: `${id}-q${i}`, text })),
  hasQuestions: questions.length > 0
});

const SECTION = {
  key: 'Opportunity_Review',
  label: 'Active opportunity review',
  items: [
    item('a', ['What has to be true for this to close?', 'Who else is involved?']),
    item('b', ['Who else is involved?'])
  ],
  hasItems: true,
  emptyMessage: 'No deal shows a velocity or close-date signal.',
  reviewed: true,
  isActionItems: false,
  isLostDisengaged: false,
  isPipelineRisk: false,
  isForecast: false
};

describe('c-agenda-section', () => {
  afterEach(cleanup);

  it('shows each item with its priority in words, facts, record links and questions', async () => {
    const el = mount('c-agenda-section', AgendaSection, { section: SECTION });
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('Active opportunity review');
    const items = allById(el, 'item');
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('[data-id="severity"]')!.textContent).toBe('Discuss first');
    expect(Array.from(items[0].querySelectorAll('dt')).map((d) => d.textContent)).toEqual(['Days in stage', 'Amount']);
    expect(Array.from(items[0].querySelectorAll('dd')).map((d) => d.textContent)).toEqual(['40 days', 'No data']);
    expect((items[0].querySelector('c-record-link') as HTMLElement & { recordId: string }).recordId).toBe('006a');
    expect(Array.from(items[0].querySelectorAll('.question')).map((q) => q.textContent)).toEqual([
      'What has to be true for this to close?',
      'Who else is involved?'
    ]);
    expect((byId(el, 'reviewed') as HTMLElement & { checked: boolean }).checked).toBe(true);
    await expect(el).toBeAccessible();
  });

  it('reports the reviewed tick, unless read-only', async () => {
    const el = mount('c-agenda-section', AgendaSection, { section: SECTION });
    const ticks: unknown[] = [];
    el.addEventListener('reviewedchange', (e: Event) => ticks.push((e as CustomEvent).detail));
    await flushPromises();
    byId(el, 'reviewed')!.dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
    expect(ticks).toEqual([{ key: 'Opportunity_Review', reviewed: false }]);
    el.readOnly = true;
    await flushPromises();
    expect((byId(el, 'reviewed') as HTMLElement & { disabled: boolean }).disabled).toBe(true);
  });

  it('lists only the distinct questions when the container shows the items itself', async () => {
    const el = mount('c-agenda-section', AgendaSection, { section: SECTION, hideItems: true });
    await flushPromises();
    expect(byId(el, 'items')).toBeNull();
    expect(Array.from(el.shadowRoot!.querySelectorAll('.question')).map((q) => q.textContent)).toEqual([
      'What has to be true for this to close?',
      'Who else is involved?'
    ]);
    await expect(el).toBeAccessible();
  });

  it('says what the empty section means, and survives a missing section', async () => {
    const el = mount('c-agenda-section', AgendaSection, { section: { ...SECTION, items: [], hasItems: false } });
    await flushPromises();
    expect(byId(el, 'empty')!.textContent).toBe('No deal shows a velocity or close-date signal.');
    el.section = null;
    await flushPromises();
    expect(byId(el, 'heading')!.textContent).toBe('');
    await expect(el).toBeAccessible();
  });

  it('renders invalid data from its parent as an empty section, never as "undefined"', async () => {
    const el = mount('c-agenda-section', AgendaSection, {
      section: { key: 'Skills', label: null, items: 'not a list', emptyMessage: undefined }
    });
    await flushPromises();
    expect(allById(el, 'item')).toHaveLength(0);
    expect(byId(el, 'heading')!.textContent).toBe('');
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN|null/);
    // An item with broken parts: facts not a list, questions missing, a link without its record.
    el.section = {
      ...SECTION,
      items: [{ id: 'x', title: 'Stalled deal', facts: 'oops', links: [{ recordId: null, label: 'Ghost' }] }]
    };
    await flushPromises();
    const broken = allById(el, 'item')[0];
    expect(broken.querySelector('[data-id="title"]')!.textContent).toBe('Stalled deal');
    expect(broken.querySelectorAll('dt')).toHaveLength(0);
    expect(broken.querySelector('[data-id="links"]')).toBeNull();
    expect(broken.querySelector('[data-id="questions"]')).toBeNull();
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN|null/);
    await expect(el).toBeAccessible();
  });

  it('shows "No data" for a fact whose field is hidden, and no link for a record whose name is hidden', async () => {
    const hidden = {
      ...item('h', ['Who signs?']),
      facts: [
        { key: 'h-f0', label: 'Amount' }, // the value is absent: Amount hidden by field-level security
        { key: 'h-f1', label: 'Days in stage', value: '12 days' }
      ],
      links: [{ recordId: '006h' }] // the name is absent: Name hidden
    };
    const el = mount('c-agenda-section', AgendaSection, { section: { ...SECTION, items: [hidden] } });
    await flushPromises();
    const shown = allById(el, 'item')[0];
    expect(Array.from(shown.querySelectorAll('dd')).map((d) => d.textContent)).toEqual(['No data', '12 days']);
    expect(shown.querySelector('[data-id="links"]')).toBeNull();
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN/);
    await expect(el).toBeAccessible();
  });
});
