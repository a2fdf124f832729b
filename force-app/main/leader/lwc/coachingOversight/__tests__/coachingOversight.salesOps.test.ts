import CoachingOversight from 'c/coachingOversight';
import { graphql } from 'lightning/graphql';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';
import graphqlOversightPeople from './data/graphqlOversightPeople.json';
import getSettings from './data/getSettings.json';
import getQuarters from './data/getQuarters.json';

// Jordan Blake, sales ops in the demo org: a leader outside the sales line, with nobody reporting to him.
jest.mock('@salesforce/user/Id', () => ({ default: '0055g000000000DAAQ' }), { virtual: true });
jest.mock('@salesforce/customPermission/Coaching_Oversight', () => ({ default: true }), { virtual: true });
jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });

type Config = { operationName?: string; variables?: Record<string, any> };
const adapter = graphql as unknown as { emit: (v: unknown, f: (c: Config) => boolean) => void };

describe('c-coaching-oversight for sales ops (no managers below)', () => {
  afterEach(() => {
    cleanup();
    jest.clearAllMocks();
  });

  it('shows the whole org without a scope picker', async () => {
    (apexGetSettings as unknown as jest.Mock).mockResolvedValue(getSettings);
    (apexGetQuarters as unknown as jest.Mock).mockResolvedValue(getQuarters);
    const el = mount('c-coaching-oversight', CoachingOversight, {});
    await flushPromises();
    adapter.emit(graphqlOversightPeople, (c) => c.operationName === 'oversightPeople');
    await flushPromises();
    let managerIds: string[] = [];
    adapter.emit(undefined, (c) => {
      if (c.operationName === 'oversightActivity') managerIds = c.variables?.managerIds;
      return false;
    });
    // Everyone with a report: Daniel Okafor, Morgan Ellis (the VP) and Priya Raman, by name.
    expect(managerIds).toEqual(['0055g0000000008AAA', '0055g0000000001AAA', '0055g0000000002AAA']);
    expect(byId(el, 'scope')).toBeNull();
  });

  it('“only below me” set in App Builder leaves sales ops with nobody, and the empty state says why', async () => {
    (apexGetSettings as unknown as jest.Mock).mockResolvedValue(getSettings);
    (apexGetQuarters as unknown as jest.Mock).mockResolvedValue(getQuarters);
    const el = mount('c-coaching-oversight', CoachingOversight, { defaultScope: 'mine' });
    await flushPromises();
    adapter.emit(graphqlOversightPeople, (c) => c.operationName === 'oversightPeople');
    await flushPromises();
    expect((byId(el, 'no-managers') as unknown as { message: string }).message).toBe(
      'c.Coaching_Oversight_Empty_No_Managers_Mine'
    );
    // The way out: the scope picker, to switch to the whole org.
    expect(byId(el, 'scope')).not.toBeNull();
    await expect(el).toBeAccessible();
  });

  it('a failing people query shows the error panel', async () => {
    (apexGetSettings as unknown as jest.Mock).mockResolvedValue(getSettings);
    (apexGetQuarters as unknown as jest.Mock).mockResolvedValue(getQuarters);
    const el = mount('c-coaching-oversight', CoachingOversight, {});
    await flushPromises();
    (graphql as unknown as { emitErrors: (e: unknown, f: (c: Config) => boolean) => void }).emitErrors(
      [{ message: 'User is not allowed' }],
      (c) => c.operationName === 'oversightPeople'
    );
    await flushPromises();
    expect((byId(el, 'error') as unknown as { errors: unknown }).errors).toEqual([{ message: 'User is not allowed' }]);
    await expect(el).toBeAccessible();
  });
});
