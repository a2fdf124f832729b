/** Shared set-up of the deal panel tests: mount on an Opportunity page and answer its two queries and getRecord. */
import DealCoachingPanel from 'c/dealCoachingPanel';
import { getRecord } from 'lightning/uiRecordApi';
import apexGetSettings from '@salesforce/apex/CoachingSettingsService.getSettings';
import apexGetQuarters from '@salesforce/apex/FiscalPeriodService.getQuarters';
import { mount, flushPromises } from '@test/utils/dom';
import { graphqlAdapter, ldsAdapter } from '@test/utils/wires';
import graphqlDealCoaching from './data/graphqlDealCoaching.json';
import graphqlDealContext from './data/graphqlDealContext.json';
import getRecordFixture from './data/getRecord.json';
import getSettings from './data/getSettings.json';
import getQuarters from './data/getQuarters.json';

/** The fixtures' deal (Redwood Freight - Starter Bundle), its owner Carlos Kowalski and his manager. */
export const DEAL_ID = '0065g000000006HAAQ';
export const ACCOUNT_ID = '0015g000000000WAAQ';
export const REP_ID = '0055g0000000006AAA';
export const MANAGER_ID = '0055g0000000002AAA';

export const recordAdapter = ldsAdapter(getRecord);
export const isDeal = (c: { variables?: Record<string, unknown> }): boolean => !!c.variables?.recordId;
export const isContext = (c: { variables?: Record<string, unknown> }): boolean => !!c.variables?.ownerId;

/** What the panel is mounted on and answered with; each left out is the fixtures' open deal. */
export interface DealPanelAnswers {
  /** The deal query's answer, with `refresh` as its refresh function. */
  deal?: unknown;
  recordId?: string;
  /** The team context query's answer. */
  context?: unknown;
  refresh?: () => Promise<void>;
}

/**
 * Mounts the panel and answers the deal query, the team context and the evidence record (the fixture's for
 * the fixtures' deal, no fields for another). Apex settings and quarters resolve from the fixtures.
 */
export async function mountDealPanel({
  deal = graphqlDealCoaching,
  recordId = DEAL_ID,
  context = graphqlDealContext,
  refresh = () => Promise.resolve()
}: DealPanelAnswers = {}): Promise<HTMLElement & Record<string, any>> {
  (apexGetSettings as unknown as jest.Mock).mockResolvedValue(getSettings);
  (apexGetQuarters as unknown as jest.Mock).mockResolvedValue(getQuarters);
  const el = mount('c-deal-coaching-panel', DealCoachingPanel, { recordId, objectApiName: 'Opportunity' });
  await flushPromises();
  graphqlAdapter.emit(deal, isDeal, refresh);
  await flushPromises();
  graphqlAdapter.emit(context, isContext);
  recordAdapter.emit(recordId === DEAL_ID ? getRecordFixture : { ...getRecordFixture, id: recordId, fields: {} });
  await flushPromises();
  return el;
}
