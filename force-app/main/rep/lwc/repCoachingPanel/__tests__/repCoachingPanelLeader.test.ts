import { flushPromises, cleanup } from '@test/utils/dom';
import graphqlRepAgenda from './data/graphqlRepAgenda.json';
import { MANAGER_ID, REP_ID, graphqlAdapter, mountPanel, prop, useFixtureClock } from './panelHarness';

// The viewer is a sales leader (Morgan Ellis) holding the Coaching Oversight custom permission.
// gql returns its source here (the Jest stub returns undefined), so a test can tell whether a query is set.
jest.mock('lightning/graphql', () => ({
  ...jest.requireActual('lightning/graphql'),
  gql: (strings: TemplateStringsArray) => ({ source: strings.join('') })
}));
jest.mock('@salesforce/user/Id', () => ({ default: '0055g0000000001AAA' }), { virtual: true });
jest.mock('@salesforce/customPermission/Coaching_Oversight', () => ({ default: true }), { virtual: true });
jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });

// The engine runs on a real team's sixteen months of deals; allow for a cold module cache under coverage.
jest.setTimeout(30_000);

describe('c-rep-coaching-panel (viewed by a leader)', () => {
  beforeEach(useFixtureClock);
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
    jest.useRealTimers();
  });

  it('shows a leader the rep’s coaching, read through the rep’s manager’s team', async () => {
    const el = await mountPanel();
    expect(graphqlAdapter.getLastConfig()?.variables).toMatchObject({ repId: REP_ID, managerId: MANAGER_ID });
    graphqlAdapter.emit(graphqlRepAgenda);
    await flushPromises();
    expect(prop(el, 'sessions', 'sessions')).toHaveLength(10);
    expect(prop(el, 'not-available', 'message')).toBeUndefined();
    await expect(el).toBeAccessible();
  });
});
