import { flushPromises, cleanup, byId } from '@test/utils/dom';
import graphqlRepAgenda from './data/graphqlRepAgenda.json';
import { graphqlAdapter, mountPanel, prop, useFixtureClock } from './panelHarness';

// The viewer is another rep (Hugo Lindqvist): neither the rep's manager nor a leader.
// gql returns its source here (the Jest stub returns undefined), so a test can tell whether a query is set.
jest.mock('lightning/graphql', () => ({
  ...jest.requireActual('lightning/graphql'),
  gql: (strings: TemplateStringsArray) => ({ source: strings.join('') })
}));
jest.mock('@salesforce/user/Id', () => ({ default: '0055g0000000003AAA' }), { virtual: true });
jest.mock('@salesforce/customPermission/Coaching_Oversight', () => ({ default: undefined }), { virtual: true });
jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });

describe('c-rep-coaching-panel (viewed by another rep)', () => {
  beforeEach(useFixtureClock);
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
    jest.useRealTimers();
  });

  it('says coaching is not available and never asks for the rep’s coaching data', async () => {
    const el = await mountPanel();
    expect(prop(el, 'not-available', 'message')).toBe('c.Coaching_Rep_Panel_Not_Available');
    // The agenda query stays undefined: no request for another rep's coaching is made.
    expect(graphqlAdapter.getLastConfig()?.query).toBeUndefined();
    expect(graphqlAdapter.getLastConfig()?.variables).toBeUndefined();
    // Even data arriving by mistake is not shown.
    graphqlAdapter.emit(graphqlRepAgenda);
    await flushPromises();
    expect(byId(el, 'sessions')).toBeNull();
    expect(byId(el, 'diagnosis')).toBeNull();
    expect(el.shadowRoot!.textContent).not.toContain('Carlos');
    await expect(el).toBeAccessible();
  });

  it('points a rep on their own page to My coaching', async () => {
    const own = await mountPanel('0055g0000000003AAA', {
      apiName: 'User',
      id: '0055g0000000003AAA',
      fields: { Name: { value: 'Hugo Lindqvist' }, ManagerId: { value: '0055g0000000002AAA' } }
    });
    expect(prop(own, 'not-available', 'message')).toBe('c.Coaching_Rep_Panel_Own_Page');
    expect(graphqlAdapter.getLastConfig()?.query).toBeUndefined();
  });
});
