import RepRoster from 'c/repRoster';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import ROWS from './data/repRows.json';

const cellText = (row: HTMLElement, id: string): string =>
  row.querySelector(`[data-id="${id}"]`)?.textContent?.trim() ?? '';

describe('c-rep-roster', () => {
  afterEach(cleanup);

  it('shows one row per rep with health, coverage, focus, items and the next 1:1', async () => {
    const el = mount('c-rep-roster', RepRoster, {
      rows: ROWS,
      quarterLabel: 'FY2027 Q4',
      nextQuarterLabel: 'FY2028 Q1'
    });
    await flushPromises();
    const rows = allById(el, 'row');
    expect(rows.map((r) => cellText(r, 'name'))).toEqual(['Ana Lopez', 'Cy Young']);
    expect(cellText(rows[0], 'health')).toBe('38 · At risk');
    expect(rows[0].querySelector('[data-id="health"]')!.className).toContain('slds-theme_error');
    expect(cellText(rows[0], 'coverage')).toBe('2×');
    expect(cellText(rows[0], 'gap')).toBe('$75K');
    expect(cellText(rows[0], 'focus')).toBe('Lead generation: not enough pipeline');
    expect(rows[0].querySelector('[data-id="items"]')!.className).toBe('slds-text-color_error');
    expect(cellText(rows[0], 'cadence')).toBe('Every Thursday at 10:00 (America/New_York)');
    // Row headers and column headers carry their scope for screen readers.
    expect(rows[0].querySelector('th')!.getAttribute('scope')).toBe('row');
    await expect(el).toBeAccessible();
  });

  it('warns when a rep has no weekly 1:1 and lists why figures are missing', async () => {
    const el = mount('c-rep-roster', RepRoster, { rows: ROWS });
    await flushPromises();
    const cy = allById(el, 'row')[1];
    expect(cellText(cy, 'no-cadence')).toBe('No weekly 1:1 set');
    expect(Array.from(cy.querySelectorAll('[data-id="reasons"] li')).map((li) => li.textContent)).toEqual([
      'No opportunities in the last four quarters yet.',
      'No quota for FY2027 Q4'
    ]);
    // Set up (no cadence) vs change (existing cadence).
    const buttons = allById(el, 'edit-cadence').map((b) => b.textContent!.trim());
    expect(buttons[0]).toContain('c.Coaching_Cockpit_Edit_Cadence');
    expect(buttons[1]).toContain('c.Coaching_Cockpit_Set_Up_Cadence');
    await expect(el).toBeAccessible();
  });

  it('tells the cockpit which rep to open, which cadence to edit and the chosen sort', async () => {
    const el = mount('c-rep-roster', RepRoster, { rows: ROWS });
    const events: [string, unknown][] = [];
    for (const name of ['openagenda', 'editcadence', 'sortchange'])
      el.addEventListener(name, (e: Event) => events.push([name, (e as CustomEvent).detail]));
    await flushPromises();
    allById(el, 'open-agenda')[1].click();
    allById(el, 'edit-cadence')[0].click();
    byId(el, 'sort')!.dispatchEvent(new CustomEvent('change', { detail: { value: 'coverage' } }));
    expect(events).toEqual([
      ['openagenda', { repId: '005CY' }],
      ['editcadence', { repId: '005ANA', cadenceId: 'a01CAD' }],
      ['sortchange', { sortKey: 'coverage' }]
    ]);
  });

  it('renders an empty table without failing when there are no rows', async () => {
    const el = mount('c-rep-roster', RepRoster, { rows: null });
    await flushPromises();
    expect(allById(el, 'row')).toHaveLength(0);
    expect(byId(el, 'table')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('survives invalid rows from the cockpit: not a list, or entries that are not rows', async () => {
    const el = mount('c-rep-roster', RepRoster, { rows: 'not a list' });
    await flushPromises();
    expect(allById(el, 'row')).toHaveLength(0);
    el.rows = [null, 42, { repId: '005X', reasons: 'not a list' }];
    await flushPromises();
    const rows = allById(el, 'row');
    expect(rows).toHaveLength(1);
    expect(cellText(rows[0], 'name')).toBe('No data');
    expect(rows[0].querySelector('[data-id="reasons"]')).toBeNull();
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN|null/);
    await expect(el).toBeAccessible();
  });

  it('shows "No data" where a figure is missing because field-level security hides its field', async () => {
    const { coverageCurrentText, gapText, coverageCurrentDetail, ...rest } = ROWS[0];
    expect([coverageCurrentText, gapText, coverageCurrentDetail]).toEqual(['2×', '$75K', 'needs 3×']);
    const el = mount('c-rep-roster', RepRoster, { rows: [rest] });
    await flushPromises();
    const row = allById(el, 'row')[0];
    expect([cellText(row, 'coverage'), cellText(row, 'gap'), cellText(row, 'health')]).toEqual([
      'No data',
      'No data',
      '38 · At risk'
    ]);
    expect(el.shadowRoot!.textContent).not.toMatch(/undefined|NaN/);
    await expect(el).toBeAccessible();
  });

  it('can move focus back to a rep’s cadence button', async () => {
    const el = mount('c-rep-roster', RepRoster, { rows: ROWS });
    await flushPromises();
    el.focusCadenceButton('005CY');
    expect(el.shadowRoot!.activeElement).toBe(allById(el, 'edit-cadence')[1]);
  });
});
