import MyCoaching from 'c/myCoaching';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import { graphqlAdapter, pinClock } from '@test/utils/wires';
import { GAP_TEXT } from 'c/repDiagnosis';
import graphqlMyCoaching from './data/graphqlMyCoaching.json';
import getSettings from './data/getSettings.json';
import getQuarters from './data/getQuarters.json';

// The fixture is the preview's demo org (seed 42, 24 Nov 2026) run through MY_COACHING_QUERY as the rep Carlos
// Kowalski, with a coaching focus and a snapshot added to his last held 1:1 and its feedback removed.
const REP_ID = '0055g0000000006AAA';
jest.mock('@salesforce/user/Id', () => ({ default: '0055g0000000006AAA' }), { virtual: true });
jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/label/c.Coaching_Rep_Next_With', () => ({ default: 'With {0} · {1}' }), { virtual: true });
jest.mock(
  '@salesforce/label/c.Coaching_Rep_Home_Items_Past_Due',
  () => ({ default: 'My action items ({0} past due)' }),
  {
    virtual: true
  }
);

const adapter = graphqlAdapter;
const settingsApex = apexGetSettings as unknown as jest.Mock;
(apexGetQuarters as unknown as jest.Mock).mockResolvedValue(getQuarters);

type Data = typeof graphqlMyCoaching;
const copy = (): Data => JSON.parse(JSON.stringify(graphqlMyCoaching)) as Data;

async function mountWith(
  data: unknown,
  props: Record<string, unknown> = {}
): Promise<HTMLElement & Record<string, any>> {
  settingsApex.mockResolvedValue(getSettings);
  const el = mount('c-my-coaching', MyCoaching, props);
  await flushPromises();
  adapter.emit(data);
  await flushPromises();
  return el;
}

const child = <T = HTMLElement & Record<string, any>>(el: HTMLElement, id: string): T => byId(el, id) as unknown as T;

/** The focus passed to c-coaching-focus (`focus` is also an HTMLElement method, hence the cast). */
const focusOf = (el: HTMLElement): any => (byId(el, 'focus') as unknown as { focus: unknown }).focus;

describe('c-my-coaching', () => {
  beforeEach(() => pinClock());
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
    (apexGetQuarters as unknown as jest.Mock).mockResolvedValue(getQuarters);
    jest.useRealTimers();
  });

  it('asks for the running rep’s coaching with the window set in App Builder', async () => {
    await mountWith(graphqlMyCoaching, { lostDays: 60 });
    expect(adapter.getLastConfig()?.variables).toEqual({ userId: REP_ID, recentDays: 120, lostDays: 60 });
  });

  it('shows the next 1:1, the pending survey, the focus, the open items and what is due', async () => {
    const el = await mountWith(graphqlMyCoaching);
    // The planned 1:1 of Friday 27 Nov 08:30Z comes before the weekly slot.
    expect(child(el, 'next').session.startIso).toBe('2026-11-27T08:30:00.000Z');
    expect(child(el, 'next').session.withWhom).toContain('Amara Adler');

    const survey = child(el, 'feedback-survey');
    expect([survey.sessionId, survey.managerId, survey.managerName]).toEqual([
      'a025g000000000jAAA',
      '0055g0000000002AAA',
      'Amara Adler'
    ]);
    // The settings fixture configures three questions; the survey itself adds the required ones it lacks.
    expect(survey.questions.map((q: { dimension: string }) => q.dimension)).toEqual([
      'Preparation',
      'Rep_Agenda',
      'Overall'
    ]);
    expect(survey.kMinimum).toBe(3);

    const focus = focusOf(el);
    expect(focus.title).toBe(GAP_TEXT.SLIPPAGE.title);
    expect(focus.figures).toHaveLength(5);

    // Three open items, all due before 24 Nov (2 Oct, 9 Oct, 13 Nov).
    expect(child(el, 'items').items).toHaveLength(3);
    expect(byId(el, 'items-heading')!.textContent!.trim()).toBe('My action items (3 past due)');

    // Feedback for the 20 Nov 1:1; six lost deals without a Lost review (Zephyr PoV, Evergreen Enterprise
    // Upgrade, Larkspur Platform Expansion, Evergreen New Region Rollout, Driftwood Starter Bundle, Zephyr Team
    // Licences); Redwood Starter Bundle quiet since 30 Sep (55 days) and in stage since 2 Oct (53 days).
    // Willow Health Renewal is quiet too but already has a Disengaged review.
    // Listed most recently closed first (20, 17, 16 Nov; Redwood's close date 2 Nov; 27 Oct), two more summed up.
    const reminders = child(el, 'reminders').reminders as { kind: string; recordId: string | null }[];
    expect(reminders.filter((r) => r.kind === 'feedback')).toHaveLength(1);
    expect(reminders.filter((r) => r.kind === 'rootCause').map((r) => r.recordId)).toEqual([
      '0065g000000006BAAQ',
      '0065g000000006JAAQ',
      '0065g000000006EAAQ',
      '0065g000000006HAAQ',
      '0065g000000006AAAQ',
      null
    ]);
    expect(byId(el, 'truncated')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('keeps the thank-you state after the survey is sent, and refreshes the data', async () => {
    const el = await mountWith(graphqlMyCoaching);
    child(el, 'feedback-survey').dispatchEvent(
      new CustomEvent('surveysubmitted', { detail: { id: 'a065g0000000001AAA', sessionId: 'a025g000000000jAAA' } })
    );
    // The refresh brings the feedback back: the survey is no longer pending.
    const answered = copy();
    answered.uiapi.query.Coaching_Feedback__c.edges.push({
      node: { Id: 'a065g0000000001AAA', Session__c: { value: 'a025g000000000jAAA' } }
    });
    adapter.emit(answered);
    await flushPromises();
    const survey = child(el, 'feedback-survey');
    expect(survey.sessionId).toBe('a025g000000000jAAA');
    expect(survey.answered).toBe(true);
    expect((child(el, 'reminders').reminders as { kind: string }[]).some((r) => r.kind === 'feedback')).toBe(false);
  });

  it('shows every section’s empty state for a rep with no coaching yet', async () => {
    const empty = {
      uiapi: { query: Object.fromEntries(Object.keys(graphqlMyCoaching.uiapi.query).map((k) => [k, { edges: [] }])) }
    };
    const el = await mountWith(empty);
    expect(child(el, 'next').session).toBeNull();
    expect(focusOf(el)).toBeNull();
    expect(child(el, 'items').items).toEqual([]);
    expect(child(el, 'reminders').reminders).toEqual([]);
    expect(byId(el, 'survey')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('shows the error panel when the query fails', async () => {
    settingsApex.mockResolvedValue(getSettings);
    const el = mount('c-my-coaching', MyCoaching);
    await flushPromises();
    expect(el.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
    adapter.emitErrors([{ message: 'Field Main_Gap__c is not accessible' }]);
    await flushPromises();
    expect(child(el, 'error').friendlyMessage).toBe('c.Coaching_Rep_Home_Load_Error');
    expect(byId(el, 'next')).toBeNull();
    await expect(el).toBeAccessible();
  });

  it('falls back to the default settings when they cannot be read, and says so', async () => {
    settingsApex.mockRejectedValue({
      body: { message: 'You do not have access to the Apex class named CoachingSettingsService.' }
    });
    const el = mount('c-my-coaching', MyCoaching);
    await flushPromises();
    adapter.emit(graphqlMyCoaching);
    await flushPromises();
    expect(byId(el, 'error')).toBeNull();
    const notice = byId(el, 'notice')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('You do not have access to the Apex class named CoachingSettingsService.');
    // The survey still asks the default questions.
    expect(child(el, 'feedback-survey').questions).toHaveLength(7);
    await expect(el).toBeAccessible();
  });

  it('says the focus is hidden when field-level security removes it from every 1:1', async () => {
    const hidden = copy();
    for (const edge of hidden.uiapi.query.Coaching_Session__c.edges) {
      const node = edge.node as Record<string, unknown>;
      delete node.Main_Gap__c;
      delete node.Snapshot__c;
    }
    const el = await mountWith(hidden);
    expect(focusOf(el)).toBeNull();
    expect(child(el, 'focus').unavailableMessage).toBe('c.Coaching_Rep_Focus_Hidden');
    // The rest of the page is unaffected.
    expect(child(el, 'next').session).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('says the page is partial when more deals exist than one page holds', async () => {
    const partial = copy();
    (partial.uiapi.query.Opportunity.pageInfo as { hasNextPage: boolean }).hasNextPage = true;
    const el = await mountWith(partial);
    expect(byId(el, 'truncated')!.getAttribute('role')).toBe('status');
  });

  it('brings the survey into view and to the keyboard when the rep follows the feedback reminder', async () => {
    const el = await mountWith(graphqlMyCoaching);
    const wrapper = byId(el, 'survey')!;
    const scrolled = jest.fn();
    // jsdom does not lay out, so it has no scrollIntoView: record the call instead.
    wrapper.scrollIntoView = scrolled;
    byId(el, 'reminders')!.dispatchEvent(new CustomEvent('reminderaction', { detail: { key: 'feedback-x' } }));
    expect(scrolled).toHaveBeenCalledWith({ behavior: 'smooth', block: 'start' });
    expect(el.shadowRoot!.activeElement).toBe(wrapper);
  });
});
