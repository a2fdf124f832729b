/**
 * The cockpit on the demo org: the GraphQL answer the preview computed with the cockpit's own document for the
 * seed scenario's first manager (`npm run demo:fixtures -- --write`), with the shared Apex answers of the same
 * org (settings, fiscal quarters). The demo's planted rep problems must show through the component.
 */
import CoachingCockpit from 'c/coachingCockpit';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { graphqlAdapter } from '@test/utils/wires';
import DEMO from './data/demoTeamCockpit.json';

// The running user is the demo manager the fixture and the shared Apex answers were computed for.
jest.mock(
  '@salesforce/user/Id',
  () => ({ __esModule: true, default: jest.requireActual('./data/demoTeamCockpit.json').manager.id }),
  { virtual: true }
);

const forCockpit = (config: Record<string, unknown>): boolean => config.operationName === 'teamCockpit';

// The moment the demo org's fixtures were computed for (seed 1, anchored to 24 Nov 2026).
const NOW = '2026-11-24T15:00:00.000Z';

const roster = (el: HTMLElement): HTMLElement => byId(el, 'roster') as HTMLElement;
const rowOf = (el: HTMLElement, repId: string): HTMLElement =>
  roster(el).shadowRoot!.querySelector(`[data-id="row"][data-rep-id="${repId}"]`) as HTMLElement;
const cell = (row: HTMLElement, id: string): string =>
  row.querySelector(`[data-id="${id}"]`)?.textContent?.trim() ?? '';

jest.setTimeout(30_000);

describe('c-coaching-cockpit on the demo org', () => {
  beforeEach(() => {
    jest.useFakeTimers({
      doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'queueMicrotask', 'nextTick', 'performance'],
      now: new Date(NOW)
    });
  });
  afterEach(() => {
    cleanup();
    jest.useRealTimers();
    jest.clearAllMocks();
  });

  it('shows the manager’s whole team and flags the planted deal hider and star as the generator made them', async () => {
    const el = mount('c-coaching-cockpit', CoachingCockpit, {});
    await flushPromises();
    graphqlAdapter.emit(DEMO.data, forCockpit);
    await flushPromises();
    expect(byId(el, 'root')!.getAttribute('data-cockpit-ready')).toBe('true');
    const team = DEMO.data.uiapi.query.User.edges.map((e) => e.node.Id).sort();
    const rows = allById(roster(el), 'row').map((r) => r.getAttribute('data-rep-id'));
    expect([...rows].sort()).toEqual(team);
    // The generator's profile assignment names them, never this test.
    const { dealHider, star } = DEMO.problemReps as Record<string, string>;
    expect(cell(rowOf(el, dealHider), 'focus')).toBe('Hidden deals: deals appear late or close unseen');
    expect(cell(rowOf(el, star), 'focus')).toBe('Healthy: no gap against the team');
    // Sorted by risk: the hider comes before the star.
    expect(rows.indexOf(dealHider)).toBeLessThan(rows.indexOf(star));
    // Nothing to warn about: every record came in one answer (no "only part of the data"), and the demo org's
    // fiscal periods cover the quarters asked for (no "quarters computed from the start month").
    expect(allById(el, 'notices')).toHaveLength(0);
    await expect(el).toBeAccessible();
  });
});
