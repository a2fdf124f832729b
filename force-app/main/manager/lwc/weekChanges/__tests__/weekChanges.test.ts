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
      details: 'pushed 14 days · −$20K'
    },
    { key: 'o2', recordId: 'o2', name: 'Initech pilot', kinds: 'New', details: '' }
  ]
};

describe('c-week-changes', () => {
  afterEach(cleanup);

  it('lists each changed deal with what changed, in a table with headers', async () => {
    const el = mount('c-week-changes', WeekChanges, { changes: CHANGES });
    await flushPromises();
    const rows = allById(el, 'row');
    expect(rows.map((r) => r.querySelector('[data-id="kinds"]')!.textContent)).toEqual(['Pushed, Amount down', 'New']);
    expect(rows[0].querySelector('[data-id="details"]')!.textContent).toBe('pushed 14 days · −$20K');
    expect(rows[0].querySelector('th')!.getAttribute('scope')).toBe('row');
    expect(byId(el, 'summary')!.textContent).toContain('Pushed: 1');
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
});
