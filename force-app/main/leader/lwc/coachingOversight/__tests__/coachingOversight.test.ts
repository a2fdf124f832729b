import CoachingOversight from 'c/coachingOversight';
import { graphql } from 'lightning/graphql';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import graphqlOversightPeople from './data/graphqlOversightPeople.json';
import graphqlOversightActivity from './data/graphqlOversightActivity.json';
import graphqlOversightRates from './data/graphqlOversightRates.json';
import getSettings from './data/getSettings.json';
import getQuarters from './data/getQuarters.json';

// Fixtures: the preview's demo org (seed 42, 24 Nov 2026) run through the oversight queries as the VP of sales,
// Morgan Ellis, and the preview's Apex services (scripts/leader/oversight-fixtures.ts). Below Morgan: Priya Raman
// (EMEA, GBP and EUR forecasts) and Daniel Okafor (Americas); Jordan Blake (sales ops) manages nobody.
const PRIYA = '0055g0000000002AAA';
const DANIEL = '0055g0000000008AAA';
jest.mock('@salesforce/user/Id', () => ({ default: '0055g0000000001AAA' }), { virtual: true });
jest.mock('@salesforce/customPermission/Coaching_Oversight', () => ({ default: true }), { virtual: true });
jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });

interface GraphqlAdapter {
  emit(value: unknown, filter?: (config: { operationName?: string }) => boolean): void;
  emitErrors(errors: unknown, filter?: (config: { operationName?: string }) => boolean): void;
}
const adapter = graphql as unknown as GraphqlAdapter;
const only = (operation: string) => (config: { operationName?: string }) => config.operationName === operation;
/** The current config of the wire of one operation (the stub's filter sees every wire's config). */
function configOf(operation: string): { variables: Record<string, any>; operationName: string } {
  let found: { variables: Record<string, any>; operationName: string } | undefined;
  adapter.emit(undefined, (config) => {
    if (config.operationName === operation) found = config as typeof found;
    return false;
  });
  if (!found) throw new Error(`No wire for ${operation}`);
  return found;
}
const settingsApex = apexGetSettings as unknown as jest.Mock;
const quartersApex = apexGetQuarters as unknown as jest.Mock;

type Activity = typeof graphqlOversightActivity;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function load(
  activity: unknown = graphqlOversightActivity,
  people: unknown = graphqlOversightPeople,
  props: Record<string, unknown> = {}
) {
  const el = mount('c-coaching-oversight', CoachingOversight, props);
  await flushPromises();
  adapter.emit(people, only('oversightPeople'));
  await flushPromises();
  // null: the activity query is never answered (e.g. nobody to ask about).
  if (activity !== null) {
    adapter.emit(activity, only('oversightActivity'));
    await flushPromises();
    adapter.emit(graphqlOversightRates, only('oversightRates'));
    await flushPromises();
  }
  return el;
}

const child = (el: HTMLElement, id: string) => byId(el, id) as unknown as Record<string, any>;
const rowOf = (el: HTMLElement, managerId: string) =>
  (child(el, 'scorecard').rows as { id: string; cells: { key: string; value: number | null; text: string }[] }[]).find(
    (r) => r.id === managerId
  )!;
const cellOf = (el: HTMLElement, managerId: string, key: string) =>
  rowOf(el, managerId).cells.find((c) => c.key === key)!;

/*
 * Independent counts straight from the fixture for the last fiscal quarter (FY2027 Q3: 1 Aug – 31 Oct 2026) in
 * the Jest user's zone, Los Angeles: [2026-08-01T07:00Z, 2026-11-01T07:00Z) (PDT, UTC−7, throughout).
 */
const FROM = Date.parse('2026-08-01T07:00:00.000Z');
const BEFORE = Date.parse('2026-11-01T07:00:00.000Z');
const nodes = (key: keyof Activity['uiapi']['query']) =>
  (graphqlOversightActivity.uiapi.query[key].edges as { node: Record<string, any> }[]).map((e) => e.node);
function heldInQuarter(managerId: string) {
  return nodes('Coaching_Session__c').filter((s) => {
    const at = Date.parse(s.Actual_Start__c?.value ?? '');
    return s.Manager__c.value === managerId && s.Status__c?.value === 'Held' && at >= FROM && at < BEFORE;
  });
}

// The accessibility audit of a full page of real records takes seconds, more under coverage.
jest.setTimeout(30_000);

describe('c-coaching-oversight', () => {
  beforeEach(() => {
    // Tuesday 24 November 2026, 07:00 in Los Angeles: the fixtures' "today".
    jest.useFakeTimers({
      now: new Date('2026-11-24T15:00:00.000Z'),
      doNotFake: ['setTimeout', 'setImmediate', 'queueMicrotask', 'nextTick']
    });
    settingsApex.mockResolvedValue(getSettings);
    quartersApex.mockResolvedValue(getQuarters);
  });
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
    jest.useRealTimers();
  });

  it('reads every active user with a manager, then one activity query for the managers below the viewer', async () => {
    const el = mount('c-coaching-oversight', CoachingOversight, {});
    await flushPromises();
    expect(configOf('oversightPeople').variables).toEqual({ after: null });
    expect(configOf('oversightActivity').variables).toBeUndefined();
    adapter.emit(graphqlOversightPeople, only('oversightPeople'));
    await flushPromises();
    const { variables } = configOf('oversightActivity');
    // Daniel and Priya manage reps; Jordan reports to Morgan but manages nobody.
    expect(variables.managerIds).toEqual([DANIEL, PRIYA]);
    // The earliest window is the last four quarters from FY2026 Q4 (1 Nov 2025), read from a day earlier in UTC.
    expect([variables.since, variables.sinceDate]).toEqual(['2025-10-31T00:00:00.000Z', '2025-11-01']);
    // Closed won for the four complete quarters before FY2027 Q4, each as its own aggregate.
    expect([variables.won1Start, variables.won1End, variables.won4Start, variables.won4End]).toEqual([
      '2025-11-01',
      '2026-01-31',
      '2026-08-01',
      '2026-10-31'
    ]);
    expect(variables.sessionsAfter).toBeNull();
    expect(variables.sessionsUntil).toBe('4000-01-01T00:00:00.000Z');
    expect(byId(el, 'loading')).not.toBeNull();
  });

  it('shows every manager’s figures for the last quarter, matching counts taken straight from the records', async () => {
    const el = await load();
    expect(byId(el, 'loading')).toBeNull();
    expect(byId(el, 'subtitle')!.textContent).toBe('c.Coaching_Oversight_Subtitle');
    const rows = child(el, 'scorecard').rows as { name: string }[];
    expect(rows.map((r) => r.name)).toEqual(['Daniel Okafor', 'Priya Raman']);

    for (const managerId of [PRIYA, DANIEL]) {
      const held = heldInQuarter(managerId);
      const prepared = held.filter(
        (s) => Date.parse(s.Agenda_Opened_At__c.value) <= Date.parse(s.Actual_Start__c.value)
      );
      expect(cellOf(el, managerId, 'preparation').value).toBeCloseTo(prepared.length / held.length, 12);
      const heldIds = new Set(held.map((s) => s.Id));
      const answers = nodes('Coaching_Feedback__c').filter((f) => heldIds.has(f.Session__c.value));
      expect(cellOf(el, managerId, 'responseRate').value).toBeCloseTo(answers.length / held.length, 12);
      const due = nodes('Action_Item__c').filter(
        (a) =>
          a.Manager__c.value === managerId &&
          a.Status__c.value !== 'Cancelled' &&
          a.Due_Date__c.value >= '2026-08-01' &&
          a.Due_Date__c.value <= '2026-10-31'
      );
      const done = due.filter((a) => a.Status__c.value === 'Done');
      expect(cellOf(el, managerId, 'completion').value).toBeCloseTo(done.length / due.length, 12);
    }
    // The tiles roll up both managers; eight figures.
    expect(allById(el, 'tile')).toHaveLength(8);
    const trends = child(el, 'trends').series as { key: string; points: unknown[] }[];
    expect(trends.map((s) => s.points.length)).toEqual([4, 4, 4, 4]);
    // Quarters without 1:1s, managers without answers: "No data", never NaN or Infinity.
    const shown = JSON.stringify([child(el, 'scorecard').rows, trends, el.shadowRoot!.textContent]);
    expect(shown).not.toMatch(/NaN|Infinity/);
    await expect(el).toBeAccessible();
  });

  it('converts EMEA forecasts with rates revealed by the platform’s own conversion before scoring accuracy', async () => {
    const el = await load();
    // One sample commit per currency (EUR, GBP and USD in the demo): their conversion reveals the rates, and
    // the one converted 1:1 is the corporate currency.
    const ids: string[] = configOf('oversightRates').variables.sessionIds;
    const currencyOf = (id: string) =>
      nodes('Coaching_Session__c').find((s) => s.Id === id)!.CurrencyIsoCode.value as string;
    expect(ids.map(currencyOf)).toEqual(['EUR', 'GBP', 'USD']);
    const forecast = cellOf(el, PRIYA, 'forecast');
    expect(forecast.value).not.toBeNull();
    expect(forecast.value as number).toBeGreaterThan(0.5);
    expect(byId(el, 'notes')).toBeNull();
  });

  it('without the rates, forecasts in other currencies are left out and the screen says so', async () => {
    const el = mount('c-coaching-oversight', CoachingOversight, {});
    await flushPromises();
    adapter.emit(graphqlOversightPeople, only('oversightPeople'));
    await flushPromises();
    adapter.emit(graphqlOversightActivity, only('oversightActivity'));
    await flushPromises();
    adapter.emitErrors([{ message: 'Aggregate query failed' }], only('oversightRates'));
    await flushPromises();
    expect(byId(el, 'notes')!.textContent).toContain('c.Coaching_Oversight_Currency_Missing');
    // Priya's team records forecasts in GBP and EUR only: nothing comparable remains.
    expect(cellOf(el, PRIYA, 'forecast').value).toBeNull();
  });

  it('pages a connection with more records: the next request asks for its next page and closes the others', async () => {
    const first = copy(graphqlOversightActivity);
    const sessions = first.uiapi.query.Coaching_Session__c;
    const all = sessions.edges;
    sessions.edges = all.slice(0, 50);
    sessions.pageInfo = { hasNextPage: true, endCursor: 'page-1-end' };
    const el = mount('c-coaching-oversight', CoachingOversight, {});
    await flushPromises();
    adapter.emit(graphqlOversightPeople, only('oversightPeople'));
    await flushPromises();
    adapter.emit(first, only('oversightActivity'));
    await flushPromises();
    const next = configOf('oversightActivity').variables;
    expect([next.sessionsAfter, next.sessionsUntil]).toEqual(['page-1-end', '4000-01-01T00:00:00.000Z']);
    expect([next.cadencesAfter, next.cadencesUntil]).toEqual([null, '1900-01-01T00:00:00.000Z']);
    expect(next.wonUntil).toBe('1900-01-01T00:00:00.000Z');
    expect(byId(el, 'loading')).not.toBeNull();
    const second = copy(graphqlOversightActivity);
    for (const key of ['Coaching_Cadence__c', 'Action_Item__c', 'Coaching_Feedback__c'] as const)
      second.uiapi.query[key].edges = [];
    second.uiapi.query.Coaching_Session__c.edges = all.slice(50);
    adapter.emit(second, only('oversightActivity'));
    await flushPromises();
    adapter.emit(graphqlOversightRates, only('oversightRates'));
    await flushPromises();
    // Both pages count: the same figures as the single-page load.
    const held = heldInQuarter(PRIYA);
    const prepared = held.filter((s) => Date.parse(s.Agenda_Opened_At__c.value) <= Date.parse(s.Actual_Start__c.value));
    expect(cellOf(el, PRIYA, 'preparation').value).toBeCloseTo(prepared.length / held.length, 12);
  });

  it('changing the period re-runs the figures without a new query', async () => {
    const el = await load();
    const before = cellOf(el, PRIYA, 'adherence').value;
    const variables = configOf('oversightActivity').variables;
    const select = child(el, 'window');
    select.dispatchEvent(new CustomEvent('change', { detail: { value: 'THIS_QUARTER' } }));
    await flushPromises();
    expect(configOf('oversightActivity').variables).toBe(variables);
    expect(select.value).toBe('THIS_QUARTER');
    // This quarter to date has no ended quarter: no forecast accuracy yet.
    expect(cellOf(el, PRIYA, 'forecast').value).toBeNull();
    expect(cellOf(el, PRIYA, 'adherence').value).not.toBe(before);
  });

  it('switching to the whole org reloads the activity for that scope', async () => {
    const el = await load();
    const scope = child(el, 'scope');
    expect(scope.value).toBe('mine');
    scope.dispatchEvent(new CustomEvent('change', { detail: { value: 'org' } }));
    await flushPromises();
    expect(byId(el, 'loading')).not.toBeNull();
    expect(configOf('oversightActivity').variables.managerIds).toEqual([DANIEL, PRIYA]);
  });

  it('opens a manager’s reps and comes back to the list', async () => {
    const el = await load();
    child(el, 'scorecard').dispatchEvent(new CustomEvent('managerselect', { detail: { managerId: PRIYA } }));
    await flushPromises();
    const detail = child(el, 'detail');
    expect(detail.manager.name).toBe('Priya Raman');
    // Priya's five reps, each with a weekly slot.
    expect(detail.reps.map((r: { name: string }) => r.name)).toEqual([
      'Aoife Byrne',
      'Camille Durand',
      'Lukas Becker',
      'Sophie Turner',
      'Wei Ling Tan'
    ]);
    expect(detail.reps.every((r: { hasCadence: boolean }) => r.hasCadence)).toBe(true);
    expect([detail.heldFrom, detail.heldBefore]).toEqual(['2026-08-01T07:00:00.000Z', '2026-11-01T07:00:00.000Z']);
    expect(byId(el, 'scorecard')).toBeNull();
    detail.dispatchEvent(new CustomEvent('back', { detail: { managerId: PRIYA } }));
    await flushPromises();
    expect(byId(el, 'detail')).toBeNull();
    expect(byId(el, 'scorecard')).not.toBeNull();
    // Focus is back on Priya's name in the list.
    const scorecardRoot = byId(el, 'scorecard')!.shadowRoot!;
    expect((scorecardRoot.activeElement as HTMLElement | null)?.dataset.managerId).toBe(PRIYA);
  });

  it('a figure whose field is hidden by field-level security says so', async () => {
    const hidden = copy(graphqlOversightActivity);
    for (const e of hidden.uiapi.query.Coaching_Session__c.edges)
      delete (e.node as Partial<typeof e.node>).Agenda_Opened_At__c;
    const el = await load(hidden);
    const cell = cellOf(el, PRIYA, 'preparation') as { value: number | null; text: string; detail?: string };
    expect([cell.value, cell.text, cell.detail]).toEqual([null, 'No data', 'c.Coaching_Error_Field_Hidden']);
    // The other figures still show.
    expect(cellOf(el, PRIYA, 'adherence').value).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('an error from the activity query shows the error panel', async () => {
    const el = mount('c-coaching-oversight', CoachingOversight, {});
    await flushPromises();
    adapter.emit(graphqlOversightPeople, only('oversightPeople'));
    await flushPromises();
    adapter.emitErrors([{ message: 'Request timed out' }], only('oversightActivity'));
    await flushPromises();
    expect(child(el, 'error').errors).toEqual([{ message: 'Request timed out' }]);
    expect(byId(el, 'loading')).toBeNull();
    expect(byId(el, 'scorecard')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('nobody below the viewer and nobody in the org: the empty state says what to do', async () => {
    const empty = copy(graphqlOversightPeople);
    empty.uiapi.query.User.edges = [];
    const el = await load(null, empty);
    expect(child(el, 'no-managers').message).toBe('c.Coaching_Oversight_Empty_No_Managers_Org');
    expect(byId(el, 'scope')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('settings and quarters that cannot be read fall back to defaults, and the screen says so', async () => {
    settingsApex.mockRejectedValue({ body: { message: 'No access to CoachingSettingsService' } });
    quartersApex.mockRejectedValue({ body: { message: 'No access to FiscalPeriodService' } });
    const el = await load();
    expect(byId(el, 'notes')!.textContent).toContain('c.Coaching_Oversight_Settings_Fallback');
    expect(byId(el, 'notes')!.textContent).toContain('c.Coaching_Oversight_Fiscal_Fallback');
    // Calendar quarters: the last four complete ones start in October 2025.
    expect(configOf('oversightActivity').variables.sinceDate).toBe('2025-10-01');
    expect(child(el, 'scorecard').rows).toHaveLength(2);
  });

  it('hides the loss tab when App Builder says so, and loads losses only when the tab opens', async () => {
    const el = await load(graphqlOversightActivity, graphqlOversightPeople, { hideLossTab: true });
    expect(el.shadowRoot!.querySelectorAll('lightning-tab')).toHaveLength(1);
    const shown = await load();
    const tab = shown.shadowRoot!.querySelectorAll('lightning-tab')[1];
    expect(byId(shown, 'losses')).toBeNull();
    tab.dispatchEvent(new CustomEvent('active'));
    await flushPromises();
    const losses = child(shown, 'losses');
    expect([losses.sinceDate, losses.periodStart, losses.periodEnd]).toEqual([
      '2025-11-01',
      '2026-08-01',
      '2026-10-31'
    ]);
    expect(losses.managerIds).toEqual([DANIEL, PRIYA]);
    expect(losses.currencySettings.multiCurrency).toBe(true);
  });
});
