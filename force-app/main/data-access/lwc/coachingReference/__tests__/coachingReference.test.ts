import { loadReferenceData, CALENDAR_QUARTERS, QUARTERS_AROUND } from 'c/coachingReference';
import { DEFAULT_SETTINGS } from 'c/coachingEngine';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import SETTINGS from './data/getSettings.json';
import QUARTERS from './data/getQuarters.json';

jest.mock('@salesforce/apex/CoachingSettingsService.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/FiscalPeriodService.getQuarters', () => ({ default: jest.fn() }), { virtual: true });

const mockSettings = apexGetSettings as unknown as jest.Mock;
const mockQuarters = apexGetQuarters as unknown as jest.Mock;

describe('c/coachingReference', () => {
  afterEach(() => jest.clearAllMocks());

  it('reads the settings and the fiscal calendar around today, with the org’s own notes', async () => {
    mockSettings.mockResolvedValueOnce(SETTINGS);
    mockQuarters.mockResolvedValueOnce(QUARTERS);
    const data = await loadReferenceData('2026-11-24T15:00:00.000Z');
    expect(mockQuarters).toHaveBeenCalledWith({ around: '2026-11-24', count: QUARTERS_AROUND });
    expect(data.settings.defaultRequiredCoverage).toBe(2.5);
    expect(data.fiscal).toEqual({ startMonth: 2, nameByStartYear: false, customQuarters: [] });
    expect(data.notices).toEqual(['Forecasting periods are not set up; quarters come from the fiscal year settings.']);
  });

  it('falls back to the engine defaults and calendar quarters when the calls fail, and says why', async () => {
    mockSettings.mockRejectedValueOnce({
      body: { message: 'You do not have access to the Apex class named CoachingSettingsService.' }
    });
    mockQuarters.mockRejectedValueOnce(new Error('Request timed out'));
    const data = await loadReferenceData('2026-11-24T15:00:00.000Z');
    expect(data.settings).toBe(DEFAULT_SETTINGS);
    expect(data.fiscal).toBe(CALENDAR_QUARTERS);
    expect(data.notices).toEqual([
      'c.Coaching_Settings_Defaulted You do not have access to the Apex class named CoachingSettingsService.',
      'c.Coaching_Quarters_Defaulted Request timed out'
    ]);
  });
});
