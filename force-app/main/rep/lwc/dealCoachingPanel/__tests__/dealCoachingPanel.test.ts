import DealCoachingPanel from 'c/dealCoachingPanel';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import { DEAL_QUESTIONS } from 'c/dealHealth';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { graphqlAdapter as adapter, pinClock } from '@test/utils/wires';
import graphqlDealCoaching from './data/graphqlDealCoaching.json';
import graphqlDealCoachingLost from './data/graphqlDealCoachingLost.json';
import graphqlDealContext from './data/graphqlDealContext.json';
import getSettings from './data/getSettings.json';
import getQuarters from './data/getQuarters.json';
import { DEAL_ID, REP_ID, isContext, isDeal, mountDealPanel, recordAdapter } from './dealPanelHarness';

// Fixtures: the preview's demo org (seed 42, 24 Nov 2026) through the panel's two queries as the rep Carlos
// Kowalski, who sees only his own open deals; three of his held 1:1s carry snapshots with this deal added.
// Settings: the package's default stage settings and exit criteria (no configured stage maximum).
const LOST_ID = '0065g000000006BAAQ';
jest.mock('@salesforce/user/Id', () => ({ default: '0055g0000000006AAA' }), { virtual: true });
jest.mock('@salesforce/customPermission/Coaching_Manage', () => ({ default: undefined }), { virtual: true });
jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });
jest.mock(
  '@salesforce/label/c.Coaching_Rep_Deal_Benchmark_Team',
  () => ({ default: 'Benchmark {0} ({2} × the team median of {1})' }),
  { virtual: true }
);
jest.mock(
  '@salesforce/label/c.Coaching_Rep_Deal_Benchmark_Cycle',
  () => ({ default: 'Benchmark {0} (capped at the team’s sales cycle)' }),
  { virtual: true }
);
jest.mock(
  '@salesforce/label/c.Coaching_Rep_Deal_Benchmark_Sample',
  () => ({ default: 'Team median from {0} open deals in this stage that you can see.' }),
  { virtual: true }
);

const settingsApex = apexGetSettings as unknown as jest.Mock;
(apexGetQuarters as unknown as jest.Mock).mockResolvedValue(getQuarters);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const prop = (el: HTMLElement, id: string, name: string): any =>
  (byId(el, id) as unknown as Record<string, unknown>)[name];

describe('c-deal-coaching-panel', () => {
  beforeEach(() => pinClock());
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
    (apexGetQuarters as unknown as jest.Mock).mockResolvedValue(getQuarters);
    jest.useRealTimers();
  });

  it('scores an open deal and explains every point, with the stage benchmark from the deals the user can see', async () => {
    const el = await mountDealPanel();
    // Close date 2 Nov passed 22 days ago (−25); last activity 30 Sep, 55 days ago (−15); pushed once (−8):
    // 100 − 25 − 15 − 8 = 52, "watch" (40–69).
    const health = prop(el, 'health', 'health');
    expect(health.scoreText).toBe('52');
    expect(health.variant).toBe('warning');
    expect(health.factors.map((f: { key: string }) => f.key)).toEqual(['CLOSE_DATE_PAST', 'INACTIVE', 'PUSHED']);
    // In Negotiation/Review since 2 Oct: 53 days. The rep sees one other open deal in that stage (21 days:
    // last change 3 Nov local time), too few for a team median (3 needed), so the benchmark is the sales-cycle
    // cap of 84 days: not stale.
    expect(health.daysInStageText).toBe('53 days');
    expect(health.benchmarkText).toBe('Benchmark 84 days (capped at the team’s sales cycle)');
    expect(health.stageVariant).toBe('neutral');
    expect(byId(el, 'benchmark-note')).toBeNull();
    expect(prop(el, 'questions', 'questions').map((q: { text: string }) => q.text)).toEqual([
      DEAL_QUESTIONS.CLOSE_DATE_PAST,
      DEAL_QUESTIONS.INACTIVE,
      DEAL_QUESTIONS.PUSHED
    ]);
    await expect(el).toBeAccessible();
  });

  it('checks the stage exit criteria, reading evidence fields the query does not select through getRecord', async () => {
    const el = await mountDealPanel();
    expect(recordAdapter.getLastConfig().optionalFields).toEqual(['Opportunity.Description']);
    // Negotiation/Review: paper process (NextStep is filled: met), terms and signature date (questions).
    expect(prop(el, 'exit-criteria', 'stageName')).toBe('Negotiation/Review');
    expect(prop(el, 'exit-criteria', 'criteria').map((c: { met: boolean | null }) => c.met)).toEqual([
      true,
      null,
      null
    ]);
  });

  it('prompts for the root cause of a deal gone quiet and refreshes after it is saved', async () => {
    const el = await mountDealPanel();
    // No activity for 55 days and 53 days in stage, both over 30: disengaged, with no review yet.
    expect(byId(el, 'root-cause-prompt')!.getAttribute('role')).toBe('status');
    const form = byId(el, 'review-form') as unknown as HTMLElement & Record<string, unknown>;
    expect([form.opportunityId, form.reviewType, form.review]).toEqual([DEAL_ID, 'Disengaged', null]);
    const refresh = jest.fn().mockResolvedValue(undefined);
    adapter.emit(graphqlDealCoaching, isDeal, refresh);
    await flushPromises();
    form.dispatchEvent(new CustomEvent('reviewsaved', { detail: { id: 'a045g0000000001AAA' } }));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('shows the deal as each held 1:1 saw it, newest first, marking what changed', async () => {
    const el = await mountDealPanel();
    const rows = prop(el, 'history', 'sightings') as Record<string, unknown>[];
    expect(rows.map((r) => r.seen)).toEqual(['Nov 13, 2026', 'Nov 6, 2026', 'Oct 30, 2026']);
    // 13 Nov: amount 125,000 → 118,000 and Commit → Best Case; 6 Nov: close date 30 Oct → 2 Nov.
    expect(rows.map((r) => [r.stageChanged, r.closeChanged, r.amountChanged, r.categoryChanged])).toEqual([
      [false, false, true, true],
      [false, true, false, false],
      [false, false, false, false]
    ]);
    expect(rows[0].category).toBe('Best Case');
    expect(prop(el, 'history', 'unavailable')).toBe(false);
  });

  it('lists the open action items on the deal; a rep completes them but does not add new ones', async () => {
    const deal = clone(graphqlDealCoaching);
    const item = deal.uiapi.query.Action_Item__c.edges[1].node as Record<string, any>;
    item.Status__c = { value: 'Open' };
    item.Due_Date__c = { value: '2026-11-27' };
    const el = await mountDealPanel({ deal });
    const items = prop(el, 'items', 'items') as Record<string, unknown>[];
    expect(items.map((i) => [i.id, i.assigneeName])).toEqual([['a035g0000000012AAA', 'Amara Adler']]);
    expect(prop(el, 'items', 'canComplete')).toBe(true);
    expect(prop(el, 'items', 'allowAdd')).toBe(false);
    expect(prop(el, 'items', 'repId')).toBe(REP_ID);
  });

  it('prompts for the root cause of a lost deal and shows no health for it', async () => {
    const el = await mountDealPanel({ deal: graphqlDealCoachingLost, recordId: LOST_ID });
    const form = byId(el, 'review-form') as unknown as Record<string, unknown>;
    expect([form.reviewType, form.opportunityId]).toEqual(['Lost', LOST_ID]);
    expect(byId(el, 'health')).toBeNull();
    expect(byId(el, 'exit-criteria')).toBeNull();
    expect(prop(el, 'history', 'sightings')).toEqual([]);
    await expect(el).toBeAccessible();
  });

  it('says the deal is not available when the user cannot read it', async () => {
    const empty = {
      uiapi: { query: { Opportunity: { edges: [] }, Deal_Review__c: { edges: [] }, Action_Item__c: { edges: [] } } }
    };
    settingsApex.mockResolvedValue(getSettings);
    const el = mount('c-deal-coaching-panel', DealCoachingPanel, { recordId: DEAL_ID });
    await flushPromises();
    adapter.emit(empty, isDeal);
    await flushPromises();
    expect(prop(el, 'not-found', 'message')).toBe('c.Coaching_Rep_Deal_Not_Found');
    await expect(el).toBeAccessible();
  });

  it('shows the error panel when a query fails', async () => {
    settingsApex.mockResolvedValue(getSettings);
    const el = mount('c-deal-coaching-panel', DealCoachingPanel, { recordId: DEAL_ID });
    await flushPromises();
    expect(el.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
    adapter.emit(graphqlDealCoaching, isDeal);
    await flushPromises();
    adapter.emitErrors([{ message: 'Something broke in the team context' }], isContext);
    await flushPromises();
    expect(prop(el, 'error', 'friendlyMessage')).toBe('c.Coaching_Rep_Deal_Load_Error');
    await expect(el).toBeAccessible();
  });

  it('turns criteria whose evidence is hidden into questions, and says the snapshots are hidden', async () => {
    const deal = clone(graphqlDealCoaching);
    delete (deal.uiapi.query.Opportunity.edges[0].node as Record<string, unknown>).NextStep;
    const context = clone(graphqlDealContext);
    for (const edge of context.uiapi.query.Coaching_Session__c.edges) {
      delete (edge.node as Record<string, unknown>).Snapshot__c;
    }
    const el = await mountDealPanel({ deal, context });
    // The paper-process criterion reads NextStep, hidden here: a question, not "not met".
    expect(prop(el, 'exit-criteria', 'criteria').map((c: { met: boolean | null }) => c.met)).toEqual([
      null,
      null,
      null
    ]);
    expect(prop(el, 'history', 'unavailable')).toBe(true);
    expect(prop(el, 'history', 'sightings')).toEqual([]);
    await expect(el).toBeAccessible();
  });
});
