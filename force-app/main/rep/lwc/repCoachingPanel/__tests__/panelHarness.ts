/** Shared set-up of the coaching panel tests: mount on a User page and answer its wires and Apex calls. */
import RepCoachingPanel from 'c/repCoachingPanel';
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import { mount, flushPromises } from '@test/utils/dom';
import getSettings from './data/getSettings.json';
import getQuarters from './data/getQuarters.json';
import getRecordFixture from './data/getRecord.json';

export const REP_ID = '0055g0000000006AAA';
export const MANAGER_ID = '0055g0000000002AAA';

export interface GraphqlAdapter {
  emit(value: unknown): void;
  emitErrors(errors: unknown): void;
  getLastConfig(): { query?: unknown; variables?: Record<string, unknown> } | undefined;
}
export interface RecordAdapter {
  emit(value: unknown): void;
  error(body?: unknown, status?: number, statusText?: string): void;
  getLastConfig(): Record<string, unknown>;
}
export const graphqlAdapter = graphql as unknown as GraphqlAdapter;
export const recordAdapter = getRecord as unknown as RecordAdapter;

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

export function useFixtureClock(): void {
  // Tuesday 24 November 2026, 07:00 in Los Angeles (the Jest user's zone): the fixture's "now".
  jest.useFakeTimers({
    now: new Date('2026-11-24T15:00:00.000Z'),
    doNotFake: ['setTimeout', 'setImmediate', 'queueMicrotask', 'nextTick']
  });
}
