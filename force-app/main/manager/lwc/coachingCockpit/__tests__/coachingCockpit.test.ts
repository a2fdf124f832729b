import CoachingCockpit from 'c/coachingCockpit';
import { graphql } from 'lightning/graphql';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { CLOSED_UNTIL, OPEN_UNTIL } from 'c/coachingLoader';
import TEAM from './data/graphqlTeamCockpit.json';
import SETTINGS from './data/getSettings.json';
import QUARTERS from './data/getQuarters.json';

jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });

// The accessibility scan of a whole agenda takes seconds under coverage instrumentation (a slow check, not a slow
// component: the render itself is measured by the preview benchmark).
jest.setTimeout(30_000);

const graphqlAdapter = graphql as unknown as {
  emit: (value: unknown, filter?: (config: Record<string, unknown>) => boolean, refresh?: () => Promise<void>) => void;
  emitErrors: (errors: unknown, filter?: (config: Record<string, unknown>) => boolean) => void;
};
const mockSettings = apexGetSettings as unknown as jest.Mock;
const mockQuarters = apexGetQuarters as unknown as jest.Mock;

// Tuesday 2026-11-24, in FY2027 Q4 (1 Nov 2026 – 31 Jan 2027: the fiscal year starts in February).
const NOW = '2026-11-24T15:00:00.000Z';
const ANA = '005000000000000ANA';
const BEN = '005000000000000BEN';
const forCockpit = (config: Record<string, unknown>): boolean => config.operationName === 'teamCockpit';
const lastVariables = (): Record<string, unknown> =>
  (graphql as unknown as { getLastConfig: () => { variables: Record<string, unknown> } }).getLastConfig().variables;

type Team = typeof TEAM;
const clone = (): Team => JSON.parse(JSON.stringify(TEAM)) as Team;

function roster(el: HTMLElement): HTMLElement {
  return byId(el, 'roster') as HTMLElement;
}
const rowNames = (el: HTMLElement): string[] => allById(roster(el), 'name').map((n) => n.textContent!.trim());
const rowOf = (el: HTMLElement, repId: string): HTMLElement =>
  roster(el).shadowRoot!.querySelector(`[data-id="row"][data-rep-id="${repId}"]`) as HTMLElement;
const cell = (row: HTMLElement, id: string): string =>
  row.querySelector(`[data-id="${id}"]`)?.textContent?.trim() ?? '';

async function load(
  data: unknown = TEAM,
  props: Record<string, unknown> = {}
): Promise<HTMLElement & Record<string, any>> {
  const el = mount('c-coaching-cockpit', CoachingCockpit, { ...props });
  await flushPromises();
  graphqlAdapter.emit(data, forCockpit);
  await flushPromises();
  return el;
}

describe('c-coaching-cockpit', () => {
  beforeEach(() => {
    jest.useFakeTimers({
      doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'queueMicrotask', 'nextTick', 'performance'],
      now: new Date(NOW)
    });
    mockSettings.mockResolvedValue(SETTINGS);
    mockQuarters.mockResolvedValue(QUARTERS);
  });
  afterEach(() => {
    cleanup();
    jest.useRealTimers();
    jest.clearAllMocks();
  });

  it('shows every direct report with coverage, gap, items and the next 1:1, and marks itself ready', async () => {
    const el = await load();
    expect(byId(el, 'root')!.getAttribute('data-cockpit-ready')).toBe('true');
    expect(Number(byId(el, 'root')!.getAttribute('data-engine-ms'))).toBeGreaterThanOrEqual(0);
    expect(rowNames(el).sort()).toEqual(['Ana Lopez', 'Ben Okafor', 'Cy Young']);
    const ana = rowOf(el, ANA);
    // Ana: open this quarter 100,000 (Globex, commit) + 50,000 (Initech) = 150,000;
    // quota 100,000 − won 25,000 (Acme) = 75,000 → coverage 2×. Gap 75,000.
    expect(cell(ana, 'coverage')).toBe('2×');
    expect(cell(ana, 'gap')).toBe('$75K');
    // One open item due 2026-11-20, before today.
    expect(cell(ana, 'items')).toBe('c.Coaching_Items_Open_Past_Due');
    expect(ana.querySelector('[data-id="items"]')!.className).toBe('slds-text-color_error');
    // Next 1:1: the planned session Thu 2026-11-26 15:00Z, shown in the user's zone (Los Angeles in Jest).
    expect(cell(ana, 'next')).toBe('Thu, Nov 26, 7:00 AM PST');
    // Ben: 400,000 ÷ 100,000 = 4×; no cadence → warning.
    const ben = rowOf(el, BEN);
    expect(cell(ben, 'coverage')).toBe('4×');
    expect(cell(ben, 'no-cadence')).toBe('c.Coaching_Cockpit_No_Cadence');
    // Team tiles: quota 200,000, closed 25,000.
    const summary = byId(el, 'summary') as HTMLElement & { tiles: { key: string; value: string }[] };
    expect(summary.tiles.find((t) => t.key === 'quota')!.value).toBe('$200K');
    expect(summary.tiles.find((t) => t.key === 'closed')!.value).toBe('$25K');
    await expect(el).toBeAccessible();
  });

  it('sorts by risk by default (unknown risk last) and re-sorts when the manager asks', async () => {
    const el = await load();
    const names = rowNames(el);
    expect(names[names.length - 1]).toBe('Cy Young'); // no data: risk unknown
    // The risk order follows the health scores the rows show.
    const scores = allById(roster(el), 'health')
      .map((h) => Number.parseInt(h.textContent!, 10))
      .filter((n) => !Number.isNaN(n));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    roster(el).dispatchEvent(new CustomEvent('sortchange', { detail: { sortKey: 'name' } }));
    await flushPromises();
    expect(rowNames(el)).toEqual(['Ana Lopez', 'Ben Okafor', 'Cy Young']);
  });

  it('reads every page before computing, asking only the connections that have more and switching the rest off', async () => {
    const first = clone();
    const hooli = first.uiapi.query.Opportunity.edges.pop()!;
    const umbrella = first.uiapi.query.Closed3.edges.pop()!;
    (first.uiapi.query.Opportunity as { pageInfo: unknown }).pageInfo = { hasNextPage: true, endCursor: 'open-2' };
    (first.uiapi.query.Closed3 as { pageInfo: unknown }).pageInfo = {
      hasNextPage: true,
      endCursor: 'closed-2'
    };
    const el = mount('c-coaching-cockpit', CoachingCockpit, {});
    await flushPromises();
    expect(lastVariables()).toMatchObject({ openAfter: null, openUntil: OPEN_UNTIL, usersUntil: OPEN_UNTIL });
    graphqlAdapter.emit(first, forCockpit);
    await flushPromises();
    // Still loading; the document again, for the next page of the two opportunity connections only.
    expect(byId(el, 'loading')).not.toBeNull();
    expect(lastVariables()).toMatchObject({
      openAfter: 'open-2',
      openUntil: OPEN_UNTIL,
      closed3After: 'closed-2',
      closed3Until: OPEN_UNTIL,
      closed1Until: CLOSED_UNTIL,
      usersUntil: CLOSED_UNTIL,
      snapshotsUntil: CLOSED_UNTIL,
      itemsUntil: CLOSED_UNTIL
    });
    const second = clone();
    for (const key of Object.keys(second.uiapi.query) as (keyof Team['uiapi']['query'])[])
      second.uiapi.query[key] = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } as never;
    second.uiapi.query.Opportunity.edges = [hooli];
    second.uiapi.query.Closed3.edges = [umbrella];
    graphqlAdapter.emit(second, forCockpit);
    await flushPromises();
    // Ben's only deal came on page 2: 400,000 ÷ 100,000 = 4×; the first page's records are all kept.
    expect(cell(rowOf(el, BEN), 'coverage')).toBe('4×');
    expect(cell(rowOf(el, ANA), 'coverage')).toBe('2×');
    expect(rowNames(el)).toHaveLength(3);
    expect(allById(el, 'notices')).toHaveLength(0);
  });

  it('says what to do when the manager has no direct reports', async () => {
    const empty = clone();
    empty.uiapi.query.User = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const el = await load(empty);
    const state = byId(el, 'empty') as HTMLElement & { heading: string; message: string };
    expect(state.heading).toBe('c.Coaching_Cockpit_No_Team_Heading');
    expect(state.message).toBe('c.Coaching_Empty_No_Team');
    expect(byId(el, 'root')!.getAttribute('data-cockpit-ready')).toBe('true');
    await expect(el).toBeAccessible();
  });

  it('shows the error with a retry when the query fails, and retrying asks again as a new request', async () => {
    const el = mount('c-coaching-cockpit', CoachingCockpit, {});
    await flushPromises();
    const failed = lastVariables();
    graphqlAdapter.emitErrors([{ message: 'Opportunity is not supported by the UI API for this user' }], forCockpit);
    await flushPromises();
    const panel = byId(el, 'error') as HTMLElement & { errors: unknown };
    expect(JSON.stringify(panel.errors)).toContain('not supported');
    expect(byId(el, 'retry')).not.toBeNull();
    expect(byId(el, 'roster')).toBeNull();
    await expect(el).toBeAccessible();
    byId(el, 'retry')!.click();
    await flushPromises();
    // Different variables (a later `until`), so the platform does not answer from its cache.
    expect(lastVariables().usersUntil).not.toBe(failed.usersUntil);
    expect(byId(el, 'loading')).not.toBeNull();
    graphqlAdapter.emit(TEAM, forCockpit);
    await flushPromises();
    expect(rowNames(el)).toHaveLength(3);
  });

  it('still renders when field-level security hides amounts and recorded forecasts, and says why money figures are low', async () => {
    const hidden = clone();
    for (const edge of hidden.uiapi.query.Opportunity.edges) delete (edge.node as Record<string, unknown>).Amount;
    for (const edge of hidden.uiapi.query.Closed3.edges) delete (edge.node as Record<string, unknown>).Amount;
    for (const edge of hidden.uiapi.query.Snapshots.edges)
      delete (edge.node as Record<string, unknown>).Commit_Current_Quarter__c;
    const el = await load(hidden);
    expect(rowNames(el)).toHaveLength(3);
    // No amount: nothing adds to the pipeline, so coverage is 0 (0 ÷ 75,000), no NaN anywhere, and the row
    // says that deals without a visible amount are left out.
    const ana = rowOf(el, ANA);
    expect(cell(ana, 'coverage')).toBe('0×');
    expect(Array.from(ana.querySelectorAll('[data-id="reasons"] li')).map((li) => li.textContent)).toContain(
      'c.Coaching_Reason_Amounts_Missing'
    );
    expect(roster(el).shadowRoot!.textContent).not.toMatch(/NaN|undefined/);
    await expect(el).toBeAccessible();
  });

  it('falls back to default settings and calendar quarters when the Apex services fail, and says so', async () => {
    mockSettings.mockRejectedValue({ body: { message: 'No access to CoachingSettingsService' } });
    mockQuarters.mockRejectedValue({ body: { message: 'No access to FiscalPeriodService' } });
    const el = await load();
    const notices = allById(el, 'notices')[0].textContent!;
    expect(notices).toContain('c.Coaching_Settings_Defaulted No access to CoachingSettingsService');
    expect(notices).toContain('c.Coaching_Quarters_Defaulted No access to FiscalPeriodService');
    // Calendar quarters: 24 Nov is in Q4 of calendar 2026.
    const summary = byId(el, 'summary') as HTMLElement & { quarterLabel: string };
    expect(summary.quarterLabel).toBe('FY2026 Q4');
  });

  it('opens a rep’s agenda in place and comes back to the team', async () => {
    const el = await load();
    roster(el).dispatchEvent(new CustomEvent('openagenda', { detail: { repId: ANA } }));
    await flushPromises();
    const agenda = byId(el, 'agenda') as HTMLElement & { repId: string };
    expect(agenda.repId).toBe(ANA);
    expect(byId(el, 'roster')).toBeNull();
    byId(el, 'back')!.click();
    await flushPromises();
    expect(byId(el, 'agenda')).toBeNull();
    expect(byId(el, 'roster')).not.toBeNull();
  });

  it('opens the cadence form for a rep, then re-reads what can change (not the deals) and shows the new slot', async () => {
    const el = await load();
    expect(cell(rowOf(el, BEN), 'no-cadence')).toBe('c.Coaching_Cockpit_No_Cadence');
    roster(el).dispatchEvent(new CustomEvent('editcadence', { detail: { repId: BEN, cadenceId: null } }));
    await flushPromises();
    const form = byId(el, 'cadence-form') as HTMLElement & { repId: string; repTimeZone: string; cadence: unknown };
    expect(form.repId).toBe(BEN);
    expect(form.repTimeZone).toBe('Europe/London');
    expect(form.cadence).toBeNull();
    form.dispatchEvent(new CustomEvent('saved', { detail: { recordId: 'a01NEW' } }));
    await flushPromises();
    expect(byId(el, 'cadence-form')).toBeNull();
    const reread = lastVariables();
    // Cadences, 1:1s and items from their first page; the team, its deals and quotas stay as loaded.
    expect(reread).toMatchObject({ cadencesAfter: null, openUntil: CLOSED_UNTIL, closed1Until: CLOSED_UNTIL });
    expect(reread.usersUntil).toBe(CLOSED_UNTIL);
    expect([OPEN_UNTIL, CLOSED_UNTIL]).not.toContain(reread.cadencesUntil);
    const answer = clone();
    answer.uiapi.query.Coaching_Cadence__c.edges.push({
      node: {
        ...answer.uiapi.query.Coaching_Cadence__c.edges[0].node,
        Id: 'a01000000000CADBEN',
        Rep__c: { value: BEN }
      }
    });
    graphqlAdapter.emit(answer, forCockpit);
    await flushPromises();
    expect(cell(rowOf(el, BEN), 'no-cadence')).toBe('');
    expect(cell(rowOf(el, BEN), 'coverage')).toBe('4×');
  });

  it('edits an existing cadence with its current slot', async () => {
    const el = await load();
    roster(el).dispatchEvent(
      new CustomEvent('editcadence', { detail: { repId: ANA, cadenceId: 'a01000000000CADANA' } })
    );
    await flushPromises();
    const form = byId(el, 'cadence-form') as HTMLElement & { cadence: { dayOfWeek: string; localStartTime: string } };
    expect(form.cadence.dayOfWeek).toBe('Thursday');
    expect(form.cadence.localStartTime).toBe('10:00');
    form.dispatchEvent(new CustomEvent('cancel'));
    await flushPromises();
    expect(byId(el, 'cadence-form')).toBeNull();
    // Focus goes back to the button that opened the form: Ana's cadence button in the roster.
    const rosterEl = roster(el);
    const anaButton = rosterEl.shadowRoot!.querySelector(`[data-id="edit-cadence"][data-rep-id="${ANA}"]`);
    expect(anaButton).not.toBeNull();
    expect(rosterEl.shadowRoot!.activeElement).toBe(anaButton);
  });
});
