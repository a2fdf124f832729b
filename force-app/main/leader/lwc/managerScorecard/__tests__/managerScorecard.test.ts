import ManagerScorecard from 'c/managerScorecard';
import { managerRows } from 'c/oversightViewModel';
import type { ScopedManager } from 'c/oversightScope';
import type { MetricCell } from 'c/oversightViewModel';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { managerOversight } from '@test/leader/oversight';

const CTX = { locale: 'en-US', currency: 'USD', timeZone: 'America/New_York' };
const scoped = (id: string, name: string, reps: string[]): ScopedManager => ({
  id,
  name,
  title: null,
  reportsToId: 'vp',
  reportsToName: 'Vera',
  directReportIds: reps,
  managesManagers: false,
  depth: 1
});
const MANAGERS = [scoped('m1', 'Mia', ['r1', 'r2']), scoped('m2', 'Max', ['r3']), scoped('m3', 'Ann', [])];
const FIGURES = new Map([
  ['m1', managerOversight('m1', { adherence: { held: 9, missed: 1 } })],
  ['m2', managerOversight('m2', { adherence: { held: 1, missed: 3 } })]
]);

const names = (el: Element) => allById(el, 'open').map((b) => b.textContent!.trim());
const sortButton = (el: Element, key: string) =>
  allById<HTMLButtonElement>(el, 'sort').find((b) => b.dataset.key === key)!;

describe('c-manager-scorecard', () => {
  afterEach(cleanup);

  it('lists every manager, worst adherence first, with the figure, its count and a status for screen readers', async () => {
    const el = mount('c-manager-scorecard', ManagerScorecard, { rows: managerRows(MANAGERS, FIGURES, CTX, 0.8) });
    await flushPromises();
    // Max 1 of 4 = 25%, Mia 9 of 10 = 90%, Ann no data (last).
    expect(names(el)).toEqual(['Max', 'Mia', 'Ann']);
    const figure = (row: Element, key: string) =>
      (row.querySelector(`[data-metric="${key}"] c-metric-figure`) as unknown as { cell: MetricCell }).cell;
    expect(allById(el, 'row').map((row) => figure(row, 'adherence').text)).toEqual(['25%', '90%', 'No data']);
    expect(figure(allById(el, 'row')[0], 'adherence').variant).toBe('error');
    expect(allById(el, 'reps').map((c) => c.textContent!.trim())).toEqual(['1', '2', 'c.Coaching_Oversight_No_Reps']);
    const header = el.shadowRoot!.querySelectorAll('th[scope="col"]');
    expect(header[2].getAttribute('aria-sort')).toBe('ascending');
    expect(header[0].getAttribute('aria-sort')).toBe('none');
    await expect(el).toBeAccessible();
  });

  it('sorts by a column on click and reverses on a second click', async () => {
    const el = mount('c-manager-scorecard', ManagerScorecard, { rows: managerRows(MANAGERS, FIGURES, CTX, 0.8) });
    await flushPromises();
    sortButton(el, 'name').click();
    await flushPromises();
    expect(names(el)).toEqual(['Ann', 'Max', 'Mia']);
    sortButton(el, 'name').click();
    await flushPromises();
    expect(names(el)).toEqual(['Mia', 'Max', 'Ann']);
    expect(el.shadowRoot!.querySelectorAll('th[scope="col"]')[0].getAttribute('aria-sort')).toBe('descending');
    sortButton(el, 'adherence').click();
    await flushPromises();
    expect(names(el)).toEqual(['Max', 'Mia', 'Ann']);
  });

  it('opening a manager fires managerselect with the id', async () => {
    const el = mount('c-manager-scorecard', ManagerScorecard, { rows: managerRows(MANAGERS, FIGURES, CTX, 0.8) });
    const handler = jest.fn();
    el.addEventListener('managerselect', handler);
    await flushPromises();
    (allById<HTMLButtonElement>(el, 'open').find((b) => b.dataset.managerId === 'm1') as HTMLButtonElement).click();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0][0].detail).toEqual({ managerId: 'm1' });
    expect(allById(el, 'open')[1].getAttribute('aria-label')).toBe('c.Coaching_Oversight_Open_Manager');
  });

  it('a figure hidden by field-level security reads No data with the reason, not 0%', async () => {
    const rows = managerRows(MANAGERS, FIGURES, CTX, 0.8, new Set(['adherence']));
    const el = mount('c-manager-scorecard', ManagerScorecard, { rows });
    await flushPromises();
    const figure = allById(el, 'row')[0].querySelector('[data-metric="adherence"] c-metric-figure') as unknown as {
      cell: MetricCell;
    };
    expect([figure.cell.text, figure.cell.detail]).toEqual(['No data', 'c.Coaching_Error_Field_Hidden']);
    await expect(el).toBeAccessible();
  });

  it('no rows, or bad input, shows the empty state instead of a broken table', async () => {
    const el = mount('c-manager-scorecard', ManagerScorecard, { rows: [] });
    await flushPromises();
    expect(byId(el, 'table')).toBeNull();
    expect(byId(el, 'empty')).not.toBeNull();
    el.rows = null;
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('takes an initial sort from its container', async () => {
    const el = mount('c-manager-scorecard', ManagerScorecard, {
      rows: managerRows(MANAGERS, FIGURES, CTX, 0.8),
      sortKey: 'name',
      sortDirection: 'desc'
    });
    await flushPromises();
    expect(names(el)).toEqual(['Mia', 'Max', 'Ann']);
  });

  it('invalid rows from the container: not a list, entries without an id, a row whose cells are not a list', async () => {
    const el = mount('c-manager-scorecard', ManagerScorecard, { rows: 'not a list' });
    await flushPromises();
    expect(byId(el, 'empty')).not.toBeNull();
    el.rows = [null, { name: 'No id' }, { id: 'm9', cells: 'broken', hasReps: false, repCount: 0 }];
    await flushPromises();
    expect(names(el)).toEqual(['No data']);
    expect(allById(el, 'row')[0].querySelectorAll('c-metric-figure')).toHaveLength(0);
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN|null/);
    await expect(el).toBeAccessible();
  });
});
