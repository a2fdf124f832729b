import SessionHistory from 'c/sessionHistory';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { deepText, LEAKED_PLACEHOLDER } from '@test/utils/text';

const cellsOf = (row: HTMLElement): (string | null)[] =>
  Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent);

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

  it('shows "No data" for values absent from a 1:1 (health, gap and commit fields hidden)', async () => {
    const el = mount('c-session-history', SessionHistory, {
      sessions: [{ id: 's2', date: 'Mar 2, 2027', status: 'Held' }]
    });
    await flushPromises();
    expect(cellsOf(allById(el, 'row')[0])).toEqual(['Mar 2, 2027', 'Held', 'No data', 'No data', 'No data']);
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });

  it('copes with invalid data: a list of the wrong type is no history, NaN and objects read "No data"', async () => {
    const el = mount('c-session-history', SessionHistory, { sessions: 'error' });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    el.sessions = [null, { id: 7, date: 'Feb 23, 2027', status: 'Held', health: Number.NaN, mainGap: {}, commit: 0 }];
    await flushPromises();
    const rows = allById(el, 'row');
    expect(rows).toHaveLength(1);
    expect(cellsOf(rows[0])).toEqual(['Feb 23, 2027', 'Held', 'No data', 'No data', '0']);
    expect(deepText(el)).not.toMatch(LEAKED_PLACEHOLDER);
    await expect(el).toBeAccessible();
  });
});
