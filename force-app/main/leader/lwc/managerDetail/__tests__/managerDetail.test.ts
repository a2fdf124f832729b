import ManagerDetail from 'c/managerDetail';
import { graphql } from 'lightning/graphql';
import { managerRows, repRows, trendSeries } from 'c/oversightViewModel';
import type { ScopedManager } from 'c/oversightScope';
import { mount, flushPromises, cleanup, byId, allById } from '@test/utils/dom';
import { managerOversight } from '@test/leader/oversight';
import { cadence } from '@test/engine/records';
import graphqlOversightAnswers from './data/graphqlOversightAnswers.json';

// The fixture is the preview's demo org (seed 42, 24 Nov 2026) run through ANSWERS_QUERY as the VP of sales for
// Priya Raman's 1:1s held from 1 Aug to 24 Nov 2026 (scripts/leader/oversight-fixtures.ts).

interface GraphqlAdapter {
  emit(value: unknown): void;
  emitErrors(errors: unknown): void;
  getLastConfig(): { variables: Record<string, unknown>; operationName: string };
}
const adapter = graphql as unknown as GraphqlAdapter;

const CTX = { locale: 'en-US', currency: 'USD', timeZone: 'UTC' };
const PRIYA: ScopedManager = {
  id: '0055g0000000002AAA',
  name: 'Priya Raman',
  title: null,
  reportsToId: '0055g0000000001AAA',
  reportsToName: 'Morgan Ellis',
  directReportIds: ['r1', 'r2'],
  managesManagers: false,
  depth: 1
};
const FIGURES = managerOversight(PRIYA.id, { adherence: { held: 8, missed: 2 } });
const MANAGER = managerRows([PRIYA], new Map([[PRIYA.id, FIGURES]]), CTX, 0.8)[0];
const REPS = repRows(
  ['r1', 'r2'],
  new Map([
    ['r1', 'Olivia Weber'],
    ['r2', 'Hugo Lindqvist']
  ]),
  new Map([['r1', managerOversight(PRIYA.id, { adherence: { held: 4, missed: 1 } })]]),
  [
    cadence({
      managerId: PRIYA.id,
      repId: 'r1',
      dayOfWeek: 'Tuesday',
      localStartTime: '10:00',
      timeZone: 'Europe/Berlin'
    })
  ],
  CTX,
  0.8
);
const PROPS = {
  manager: MANAGER,
  reps: REPS,
  trends: trendSeries([], [PRIYA.id], CTX, 0.8),
  heldFrom: '2026-08-01T04:00:00.000Z',
  heldBefore: '2026-11-25T05:00:00.000Z'
};
const copy = () => JSON.parse(JSON.stringify(graphqlOversightAnswers)) as typeof graphqlOversightAnswers;

async function mountWith(data: unknown, props: Record<string, unknown> = PROPS) {
  const el = mount('c-manager-detail', ManagerDetail, props);
  await flushPromises();
  if (data !== undefined) adapter.emit(data);
  await flushPromises();
  return el;
}

// The accessibility audit of a full page of real records takes seconds, more under coverage.
jest.setTimeout(30_000);

describe('c-manager-detail', () => {
  afterEach(cleanup);

  it('asks for the manager’s answers about 1:1s held in the window', async () => {
    await mountWith(undefined);
    expect(adapter.getLastConfig().variables).toEqual({
      managerId: PRIYA.id,
      heldFrom: '2026-08-01T04:00:00.000Z',
      heldBefore: '2026-11-25T05:00:00.000Z'
    });
    expect(adapter.getLastConfig().operationName).toBe('oversightAnswers');
  });

  it('shows the manager’s figures, each rep’s row and every answer with the rep’s name and comment', async () => {
    const el = await mountWith(graphqlOversightAnswers);
    expect(byId(el, 'heading')!.textContent).toBe('Priya Raman');
    const tiles = byId(el, 'tiles')!.querySelectorAll('c-stat-tile');
    expect(tiles).toHaveLength(8);
    expect((tiles[0] as unknown as { value: string }).value).toBe('80%'); // 8 of 10
    expect(allById(el, 'rep').map((r) => r.querySelector('th')!.textContent)).toEqual([
      'Olivia Weber',
      'Hugo Lindqvist'
    ]);
    expect(allById(el, 'cadence').map((c) => c.textContent)).toEqual([
      'c.Coaching_Oversight_Cadence_Slot',
      'c.Coaching_Oversight_No_Cadence'
    ]);
    const answers = allById(el, 'answer');
    expect(answers).toHaveLength(graphqlOversightAnswers.uiapi.query.Coaching_Feedback__c.edges.length);
    // Newest first, as the query orders them: the first row is the fixture's first answer.
    const newest = graphqlOversightAnswers.uiapi.query.Coaching_Feedback__c.edges[0].node;
    const first = answers[0];
    expect(first.querySelector('th')!.textContent).toBe(newest.Rep__r.Name.value);
    expect(first.querySelectorAll('td')[2].textContent).toBe(String(newest.Overall_Value__c.value));
    expect(first.querySelector('[data-id="improvement"]')!.textContent).toBe(
      (newest as { Improvement__c?: { value: string | null } }).Improvement__c?.value ??
        'c.Coaching_Oversight_No_Comment'
    );
    expect(byId(el, 'answers-loading')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('while answers load, a spinner says so', async () => {
    const el = await mountWith(undefined);
    expect(byId(el, 'answers-loading')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('no answers in the window: says so; no reps: says so', async () => {
    const empty = copy();
    empty.uiapi.query.Coaching_Feedback__c.edges = [];
    const el = await mountWith(empty, { ...PROPS, reps: [] });
    expect(byId(el, 'no-answers')).not.toBeNull();
    expect(byId(el, 'answers')).toBeNull();
    expect(byId(el, 'no-reps')).not.toBeNull();
    expect(byId(el, 'reps')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('an error loading answers shows the error panel and keeps the rest of the drill-down', async () => {
    const el = mount('c-manager-detail', ManagerDetail, PROPS);
    await flushPromises();
    adapter.emitErrors([{ message: 'Insufficient access rights on object Coaching_Feedback__c' }]);
    await flushPromises();
    expect((byId(el, 'answers-error') as unknown as { errors: unknown }).errors).toEqual([
      { message: 'Insufficient access rights on object Coaching_Feedback__c' }
    ]);
    expect(allById(el, 'rep')).toHaveLength(2);
    await expect(el).toBeAccessible();
  });

  it('comments hidden by field-level security say so instead of looking empty', async () => {
    const hidden = copy();
    for (const e of hidden.uiapi.query.Coaching_Feedback__c.edges)
      delete (e.node as Partial<typeof e.node>).Improvement__c;
    const el = await mountWith(hidden);
    expect(byId(el, 'improvement-hidden')).not.toBeNull();
    expect(allById(el, 'answer')[0].querySelector('[data-id="improvement"]')!.textContent).toBe('No data');
    await expect(el).toBeAccessible();
  });

  it('more answers than listed: says only the latest are shown', async () => {
    const more = copy();
    more.uiapi.query.Coaching_Feedback__c.pageInfo.hasNextPage = true;
    const el = await mountWith(more);
    expect(byId(el, 'more-answers')!.textContent).toBe('c.Coaching_Oversight_Feedback_More');
  });

  it('back fires an event with the manager, and focus starts on the manager’s heading', async () => {
    const el = await mountWith(graphqlOversightAnswers);
    expect(el.shadowRoot!.activeElement).toBe(byId(el, 'heading'));
    const handler = jest.fn();
    el.addEventListener('back', handler);
    (byId(el, 'back') as HTMLElement).click();
    expect(handler.mock.calls[0][0].detail).toEqual({ managerId: PRIYA.id });
  });
});
