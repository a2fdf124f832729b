import SessionHistory from 'c/sessionHistory';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';

describe('c-session-history', () => {
  afterEach(cleanup);

  it('lists the 1:1s with a header row and a row header per 1:1', async () => {
    const el = mount('c-session-history', SessionHistory, {
      sessions: [
        { id: 's2', date: 'Mar 2, 2027', status: 'Held', health: '64', mainGap: 'Slippage', commit: '$420K' },
        { id: 's1', date: 'Feb 23, 2027', status: 'Skipped', health: 'No data', mainGap: 'No data', commit: 'No data' }
      ]
    });
    await flushPromises();
    expect(allById(el, 'row')).toHaveLength(2);
    expect(byId(el, 'table')!.querySelectorAll('th[scope="row"]')).toHaveLength(2);
    expect(allById(el, 'row')[1].textContent).toContain('No data');
    await expect(el).toBeAccessible();
  });

  it('says when there are no 1:1s yet', async () => {
    const el = mount('c-session-history', SessionHistory, { sessions: [] });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    el.sessions = null;
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    await expect(el).toBeAccessible();
  });
});
