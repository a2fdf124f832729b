/** Shared set-up of the coaching panel tests: mount on a User page and answer its wires and Apex calls. */
import RepCoachingPanel from 'c/repCoachingPanel';
import { getRecord } from 'lightning/uiRecordApi';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import { mount, flushPromises } from '@test/utils/dom';
import { graphqlAdapter, ldsAdapter, pinClock } from '@test/utils/wires';
import getSettings from './data/getSettings.json';
import getQuarters from './data/getQuarters.json';
import getRecordFixture from './data/getRecord.json';

export const REP_ID = '0055g0000000006AAA';
export const MANAGER_ID = '0055g0000000002AAA';

export { graphqlAdapter };
export const recordAdapter = ldsAdapter(getRecord);

/** Mounts the panel on a User page and answers the user lookup; the coaching data is emitted by the test. */
export async function mountPanel(
  recordId = REP_ID,
  user: unknown = getRecordFixture
): Promise<HTMLElement & Record<string, any>> {
  (apexGetSettings as unknown as jest.Mock).mockResolvedValue(getSettings);
  (apexGetQuarters as unknown as jest.Mock).mockResolvedValue(getQuarters);
  const el = mount('c-rep-coaching-panel', RepCoachingPanel, { recordId, objectApiName: 'User' });
  await flushPromises();
  recordAdapter.emit(user);
  await flushPromises();
  return el;
}

export const prop = (el: HTMLElement, id: string, name: string): any =>
  (el.shadowRoot!.querySelector(`[data-id="${id}"]`) as unknown as Record<string, unknown> | null)?.[name];

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The fixtures' now: Tuesday 24 November 2026, 07:00 in Los Angeles. */
export const useFixtureClock = (): void => pinClock();
