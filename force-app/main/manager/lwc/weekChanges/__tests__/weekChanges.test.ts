import WeekChanges from 'c/weekChanges';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';

const CHANGES = {
  since: 'Nov 19, 2026',
  hasChanges: true,
  summary: [
    { key: 'PUSHED', label: 'Pushed', count: 1 },
    { key: 'NEW', label: 'New', count: 1 }
  ],
  rows: [
    {
      key: 'o1',
      recordId: 'o1',
      name: 'Globex platform',
      kinds: 'Pushed, Amount down',
      details: 'pushed 14 days · −$20K',
      history: 'Close date moves: Dec 1 → Dec 8 → Dec 15'
    },
    { key: 'o2', recordId: 'o2', name: 'Initech pilot', kinds: 'New', details: '', history: '' }
  ]
};

const text = (el: HTMLElement): string => el.shadowRoot!.textContent ?? '';

describe('c-week-changes', () => {
  afterEach(cleanup);

  it('lists each changed deal with what changed and what history adds, in a table with headers', async () => {
    const el = mount('c-week-changes', WeekChanges, { changes: CHANGES });
    await flushPromises();
    const rows = allById(el, 'row');
    expect(rows.map((r) => r.querySelector('[data-id="kinds"]')!.textContent)).toEqual(['Pushed, Amount down', 'New']);
    expect(rows[0].querySelector('[data-id="details"]')!.textContent).toBe('pushed 14 days · −$20K');
    expect(rows[0].querySelector('[data-id="history"]')!.textContent).toBe('Close date moves: Dec 1 → Dec 8 → Dec 15');
    expect(rows[1].querySelector('[data-id="history"]')).toBeNull();
    expect((rows[0].querySelector('c-record-link') as HTMLElement & { recordId: string }).recordId).toBe('o1');
    expect(rows[0].querySelector('th')!.getAttribute('scope')).toBe('row');
    expect(byId(el, 'summary')!.textContent).toContain('Pushed: 1');
    expect(byId(el, 'history-note')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('says nothing changed, or that changes start after the first held 1:1', async () => {
    const el = mount('c-week-changes', WeekChanges, {
      changes: { ...CHANGES, hasChanges: false, rows: [], summary: [] }
    });
    await flushPromises();
    expect(byId(el, 'none')!.textContent).toBe('c.Coaching_Changes_None');
    el.changes = null;
    await flushPromises();
    expect(byId(el, 'no-baseline')!.textContent).toBe('c.Coaching_Changes_No_Baseline');
    await expect(el).toBeAccessible();
  });

  it('shows a partial history as a warning and a failed one as an error, above the changes it still has', async () => {
    const el = mount('c-week-changes', WeekChanges, {
      changes: CHANGES,
      historyNote: 'Only the first 10,000 changes are included.'
    });
    await flushPromises();
    const note = byId(el, 'history-note')!;
    expect([note.textContent, note.getAttribute('role')]).toEqual([
      'Only the first 10,000 changes are included.',
      'status'
    ]);
    expect(note.className).toContain('slds-theme_warning');
    el.historyNote = 'History failed: no access to OpportunityHistoryService.';
    el.historyFailed = true;
    await flushPromises();
    expect(byId(el, 'history-note')!.className).toContain('slds-theme_error');
    expect(allById(el, 'row')).toHaveLength(2);
    await expect(el).toBeAccessible();
  });

  it('survives invalid input from its parent: rows that are not a list, a missing heading date', async () => {
    const el = mount('c-week-changes', WeekChanges, {
      changes: { hasChanges: true, rows: 'not a list', summary: null }
    });
    await flushPromises();
    expect(allById(el, 'row')).toHaveLength(0);
    expect(byId(el, 'heading')!.textContent).toBe('c.Coaching_Changes_Heading');
    expect(text(el)).not.toMatch(/undefined|NaN/);
    await expect(el).toBeAccessible();
  });

  it('renders a row whose detail and history fields are absent (hidden by field-level security) without "undefined"', async () => {
    const el = mount('c-week-changes', WeekChanges, {
      changes: {
        ...CHANGES,
        rows: [{ key: 'o3', recordId: 'o3', name: 'Hidden amount deal', kinds: 'Pushed' }]
      }
    });
    await flushPromises();
    const row = allById(el, 'row')[0];
    expect(row.querySelector('[data-id="details"]')!.textContent).toBe('');
    expect(row.querySelector('[data-id="history"]')).toBeNull();
    expect(text(el)).not.toMatch(/undefined|NaN/);
    await expect(el).toBeAccessible();
  });
});
