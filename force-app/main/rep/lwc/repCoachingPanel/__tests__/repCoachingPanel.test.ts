import { flushPromises, cleanup, byId } from '@test/utils/dom';
import { GAP_TEXT } from 'c/repDiagnosis';
import graphqlRepAgenda from './data/graphqlRepAgenda.json';
import {
  MANAGER_ID,
  REP_ID,
  clone,
  graphqlAdapter,
  mountPanel,
  prop,
  recordAdapter,
  useFixtureClock
} from './panelHarness';

// The viewer is the rep's manager, Amara Adler. The fixture is the preview's demo org (seed 42, 24 Nov 2026)
// through the 1:1 agenda query for Carlos Kowalski, trimmed to him and two peers.
// gql returns its source here (the Jest stub returns undefined), so a test can tell whether a query is set.
jest.mock('lightning/graphql', () => ({
  ...jest.requireActual('lightning/graphql'),
  gql: (strings: TemplateStringsArray) => ({ source: strings.join('') })
}));
jest.mock('@salesforce/user/Id', () => ({ default: '0055g0000000002AAA' }), { virtual: true });
jest.mock('@salesforce/customPermission/Coaching_Oversight', () => ({ default: undefined }), { virtual: true });
jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });

async function showPanel(data: unknown = graphqlRepAgenda): Promise<HTMLElement & Record<string, any>> {
  const el = await mountPanel();
  graphqlAdapter.emit(data);
  await flushPromises();
  return el;
}

// The engine runs on a real team's sixteen months of deals; allow for a cold module cache under coverage.
jest.setTimeout(30_000);

describe('c-rep-coaching-panel (viewed by the rep’s manager)', () => {
  beforeEach(useFixtureClock);
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
    jest.useRealTimers();
  });

  it('asks for the rep’s agenda data with the rep’s manager, once the viewer is known to be allowed', async () => {
    const el = await mountPanel();
    expect(recordAdapter.getLastConfig().recordId).toBe(REP_ID);
    expect(graphqlAdapter.getLastConfig()?.variables).toMatchObject({
      repId: REP_ID,
      managerId: MANAGER_ID,
      oppAfter: null
    });
    expect(el.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
  });

  it('shows the 1:1 history with the health and focus stored when each was held', async () => {
    const el = await showPanel();
    const sessions = prop(el, 'sessions', 'sessions') as Record<string, string>[];
    // Eleven 1:1s, of which the one planned for 27 Nov is still ahead: ten rows, newest first.
    expect(sessions).toHaveLength(10);
    expect(sessions[0]).toEqual({
      id: 'a025g000000000hAAA',
      date: 'Nov 20, 2026',
      status: 'c.Coaching_Session_Status_Held',
      health: '80',
      mainGap: GAP_TEXT.DEAL_SIZE.title,
      commit: '€147K'
    });
    expect(sessions[9].date).toBe('Sep 18, 2026');
    await expect(el).toBeAccessible();
  });

  it('charts health across the held 1:1s, oldest first, then now', async () => {
    const el = await showPanel();
    const points = prop(el, 'trend', 'points') as { value: number | null }[];
    // Ten held 1:1s (18 Sep … 20 Nov) and today's score.
    expect(points).toHaveLength(11);
    expect(points.slice(0, 10).map((p) => p.value)).toEqual([77, 70, 70, 73, 71, 68, 58, 72, 74, 80]);
    expect(points[10].value).toEqual(expect.any(Number));
    expect(prop(el, 'health', 'value')).toBe(String(points[10].value));
  });

  it('scores the commit recorded at the 1:1s against what closed, per ended quarter', async () => {
    const el = await showPanel();
    // FY2027 Q3 (Aug–Oct 2026): the last commit before the quarter ended was 146,000 (30 Oct); won in the
    // quarter: 58,500 (25 Aug). Accuracy 1 − |58,500 − 146,000| ÷ 58,500 = 1 − 1.496 = −0.496 → −50%;
    // bias (146,000 − 58,500) ÷ 58,500 = +1.496 → +150%. No 1:1 recorded a commit for an earlier quarter.
    expect(prop(el, 'forecast', 'quarters')).toEqual([
      {
        key: expect.any(String),
        quarter: 'FY2027 Q3',
        commit: '$146K',
        actual: '$58.5K',
        accuracy: '-50%',
        bias: '+150%'
      }
    ]);
    expect(prop(el, 'forecast', 'summary')).toEqual({
      accuracy: '-50%',
      biasText: 'c.Coaching_Rep_Forecast_Bias_Over',
      variant: 'error'
    });
  });

  it('shows the diagnosis against the team, main gap first, and the action items open first', async () => {
    const el = await showPanel();
    const gaps = prop(el, 'diagnosis', 'gaps') as { isMain: boolean; evidence: unknown[] }[];
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps[0].isMain).toBe(true);
    expect(gaps.filter((g) => g.isMain)).toHaveLength(1);
    const items = prop(el, 'items', 'items') as { status: string }[];
    // Five open or in progress, then three done in the last 30 days.
    expect(items.map((i) => i.status)).toEqual([
      'In Progress',
      'In Progress',
      'Open',
      'Open',
      'In Progress',
      'Done',
      'Done',
      'Done'
    ]);
  });

  it('opens the 1:1 agenda for the rep on request', async () => {
    const el = await showPanel();
    expect(byId(el, 'agenda')).toBeNull();
    byId(el, 'agenda-toggle')!.click();
    await flushPromises();
    expect(prop(el, 'agenda', 'repId')).toBe(REP_ID);
    expect(prop(el, 'agenda-toggle', 'ariaExpanded')).toBe('true');
  });

  it('shows empty states for a rep with no coaching records yet', async () => {
    const empty = clone(graphqlRepAgenda);
    for (const key of Object.keys(empty.uiapi.query) as (keyof typeof empty.uiapi.query)[])
      if (key !== 'User') (empty.uiapi.query[key] as { edges: unknown[] }).edges = [];
    const el = await showPanel(empty);
    expect(prop(el, 'sessions', 'sessions')).toEqual([]);
    expect(prop(el, 'forecast', 'quarters')).toEqual([]);
    expect(prop(el, 'items', 'items')).toEqual([]);
    await expect(el).toBeAccessible();
  });

  it('shows the error panel when the query fails, and when the user cannot be read', async () => {
    const el = await mountPanel();
    graphqlAdapter.emitErrors([{ message: 'Too many child relationships' }]);
    await flushPromises();
    expect(prop(el, 'error', 'friendlyMessage')).toBe('c.Coaching_Rep_Panel_Load_Error');
    await expect(el).toBeAccessible();
    cleanup();
    const noUser = await mountPanel(REP_ID, null);
    recordAdapter.error({ message: 'Insufficient access' }, 403, 'Forbidden');
    await flushPromises();
    expect(byId(noUser, 'error')).not.toBeNull();
  });

  it('shows "No data" where field-level security hides the stored health and focus', async () => {
    const hidden = clone(graphqlRepAgenda);
    for (const edge of hidden.uiapi.query.Coaching_Session__c.edges) {
      const node = edge.node as Record<string, unknown>;
      delete node.Health_Score__c;
      delete node.Main_Gap__c;
    }
    const el = await showPanel(hidden);
    const first = (prop(el, 'sessions', 'sessions') as Record<string, string>[])[0];
    expect([first.health, first.mainGap]).toEqual(['No data', 'No data']);
    await expect(el).toBeAccessible();
  });
});
