import DealHistory from 'c/dealHistory';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';

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
});
