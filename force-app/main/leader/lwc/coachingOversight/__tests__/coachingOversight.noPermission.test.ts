import CoachingOversight from 'c/coachingOversight';
import { graphql } from 'lightning/graphql';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import { mount, flushPromises, cleanup, byId } from '@test/utils/dom';

// A user without the Coaching Oversight custom permission (e.g. a manager who found the page).
jest.mock('@salesforce/customPermission/Coaching_Oversight', () => ({ default: undefined }), { virtual: true });
jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });

describe('c-coaching-oversight without the Coaching Oversight permission', () => {
  afterEach(cleanup);

  it('says it is not available and queries nothing', async () => {
    const el = mount('c-coaching-oversight', CoachingOversight, {});
    await flushPromises();
    const notice = byId(el, 'not-available') as unknown as { heading: string; message: string };
    expect([notice.heading, notice.message]).toEqual([
      'c.Coaching_Oversight_Not_Available_Heading',
      'c.Coaching_Oversight_Not_Available'
    ]);
    const queried: unknown[] = [];
    (graphql as unknown as { emit: (v: unknown, f: (c: { query?: unknown }) => boolean) => void }).emit(
      undefined,
      (config) => {
        if (config.query) queried.push(config.query);
        return false;
      }
    );
    expect(queried).toEqual([]);
    expect(apexGetSettings as unknown as jest.Mock).not.toHaveBeenCalled();
    expect(byId(el, 'window')).toBeNull();
    await expect(el).toBeAccessible();
  });
});
