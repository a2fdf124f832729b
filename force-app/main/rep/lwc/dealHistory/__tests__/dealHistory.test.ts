import DealHistory from 'c/dealHistory';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

const row = (key: string, changed: Partial<Record<string, boolean>> = {}): Record<string, unknown> => ({
  key,
  seen: key,
  stage: 'Negotiation/Review',
  closeDate: 'Mar 31, 2027',
  amount: '$120K',
  category: 'Commit',
  stageChanged: false,
  closeChanged: false,
  amountChanged: false,
  categoryChanged: false,
  ...changed
});

describe('c-deal-history', () => {
  afterEach(cleanup);

  it('lists the deal as each 1:1 saw it and marks changed values in words', async () => {
    const el = mount('c-deal-history', DealHistory, {
      sightings: [row('Mar 2, 2027', { closeChanged: true }), row('Feb 23, 2027')]
    });
    await flushPromises();
    const rows = allById(el, 'row');
    expect(rows).toHaveLength(2);
    const cells = rows[0].querySelectorAll('td');
    expect(cells[1].className).toBe('history__changed');
    expect(cells[1].textContent).toContain('c.Coaching_Rep_Changes_Changed');
    expect(cells[0].textContent).not.toContain('c.Coaching_Rep_Changes_Changed');
    expect(byId(el, 'table')!.querySelectorAll('th[scope="col"]')).toHaveLength(5);
    // On a phone the table scrolls inside the card: its region is labelled and reachable by keyboard.
    const scroll = byId(el, 'scroll')!;
    expect([scroll.getAttribute('tabindex'), scroll.getAttribute('aria-label')]).toEqual([
      '0',
      'c.Coaching_Rep_Changes_Heading'
    ]);
    expect(scroll.contains(byId(el, 'table'))).toBe(true);
    await expect(el).toBeAccessible();
  });

  it('says the deal has not been in a snapshot yet', async () => {
    const el = mount('c-deal-history', DealHistory, { sightings: [] });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('says the snapshots are hidden by field access rather than showing an empty history', async () => {
    const el = mount('c-deal-history', DealHistory, { sightings: [], unavailable: true });
    await flushPromises();
    expect(byId(el, 'unavailable')!.textContent).toBe('c.Coaching_Rep_Changes_Hidden');
    expect(byId(el, 'empty')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('shows "No data" for a value absent from a sighting (field hidden) and does not mark it changed', async () => {
    const sighting = row('Mar 2, 2027');
    delete sighting.amount;
    delete sighting.amountChanged;
    const el = mount('c-deal-history', DealHistory, { sightings: [sighting] });
    await flushPromises();
    const cells = allById(el, 'row')[0].querySelectorAll('td');
    expect(cells[2].textContent!.trim()).toBe('No data');
    expect(cells[2].className).toBe('');
    expect(cells[0].textContent!.trim()).toBe('Negotiation/Review');
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('treats a list of the wrong type as no history, and shows invalid values as "No data"', async () => {
    const el = mount('c-deal-history', DealHistory, { sightings: { rows: 2 } });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    el.sightings = [null, { ...row('Mar 2, 2027'), amount: Number.NaN, stageChanged: 'yes', closeDate: { d: 1 } }];
    await flushPromises();
    const rows = allById(el, 'row');
    expect(rows).toHaveLength(1);
    const cells = rows[0].querySelectorAll('td');
    expect([cells[1].textContent!.trim(), cells[2].textContent!.trim()]).toEqual(['No data', 'No data']);
    // Only `true` marks a change: a truthy string is not trusted.
    expect(cells[0].className).toBe('');
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
