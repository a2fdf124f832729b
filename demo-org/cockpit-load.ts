/**
 * The manager cockpit's loading, run in Node over the local preview: the same reference data (the preview's Apex
 * services, converted by `c/coachingApi`), the same document, variables and per-connection paging
 * (`c/coachingQueries`, `c/coachingLoader`), and the same computation (`computeCockpit` in `c/cockpitViewModel`) as
 * the component. The Jest fixture (`fixtures.ts`) and the check that the cockpit loads every record its figures need
 * (`__tests__/cockpit-load.test.ts`) use it.
 */
import type { PreviewOrg } from '../preview/server/org.ts';
import { importComponentModule } from './component-modules.ts';
import type * as QueriesModule from '../force-app/main/data-access/lwc/coachingQueries/coachingQueries.ts';
import type * as LoaderModule from '../force-app/main/data-access/lwc/coachingLoader/coachingLoader.ts';
import type * as ApiModule from '../force-app/main/data-access/lwc/coachingApi/coachingApi.ts';
import type * as RecordsModule from '../force-app/main/data-access/lwc/coachingRecords/coachingRecords.ts';
import type * as ReferenceModule from '../force-app/main/data-access/lwc/coachingReference/coachingReference.ts';
import type * as ViewModelModule from '../force-app/main/manager/lwc/cockpitViewModel/cockpitViewModel.ts';
import type { CoachingSettings, FiscalCalendar } from '../force-app/main/engine/lwc/coachingModel/coachingModel.ts';

export interface CockpitModules {
  queries: typeof QueriesModule;
  loader: typeof LoaderModule;
  api: typeof ApiModule;
  records: typeof RecordsModule;
  reference: typeof ReferenceModule;
  viewModel: typeof ViewModelModule;
}

let modules: Promise<CockpitModules> | null = null;

/** The component-side modules the cockpit's loading runs on, imported once. */
export function cockpitModules(): Promise<CockpitModules> {
  modules ??= (async () => ({
    queries: await importComponentModule<typeof QueriesModule>('coachingQueries'),
    loader: await importComponentModule<typeof LoaderModule>('coachingLoader'),
    api: await importComponentModule<typeof ApiModule>('coachingApi'),
    records: await importComponentModule<typeof RecordsModule>('coachingRecords'),
    reference: await importComponentModule<typeof ReferenceModule>('coachingReference'),
    viewModel: await importComponentModule<typeof ViewModelModule>('cockpitViewModel')
  }))();
  return modules;
}

/** The cockpit's App Builder properties at their defaults (`coachingCockpit.js-meta.xml`). */
const COCKPIT_DEFAULTS = { historyWeeks: 13, forecastQuarters: 4 };

export interface CockpitReference {
  settings: CoachingSettings;
  fiscal: FiscalCalendar;
}

/** Settings and fiscal quarters as the manager's cockpit receives them (`c/coachingReference`, no fallback). */
export async function cockpitReference(org: PreviewOrg, managerId: string, now: string): Promise<CockpitReference> {
  const { api, reference } = await cockpitModules();
  const session = org.session(managerId);
  const settings = api.toCoachingSettings(
    session.apex('CoachingSettingsService', 'getSettings', {}) as ApiModule.SettingsDto
  ).settings;
  const quarters = api.toFiscalQuarters(
    session.apex('FiscalPeriodService', 'getQuarters', {
      around: now.slice(0, 10),
      count: reference.QUARTERS_AROUND
    }) as ApiModule.QuartersDto
  );
  return { settings, fiscal: quarters.calendar };
}

export interface CockpitRequest {
  /** The ids of the records in the answer, per connection. */
  ids: Record<string, string[]>;
}

export interface CockpitLoad {
  reference: CockpitReference;
  requests: CockpitRequest[];
  /** Every record loaded, flattened to the API shape, per object (what `computeCockpit` receives). */
  records: Record<string, Record<string, unknown>[]>;
  /** The answer of the first request, as the wire adapter delivers it. */
  firstAnswer: unknown;
  truncated: string[];
}

export interface CockpitLoadOptions {
  timeZone: string;
  /** Rewrites the document before it runs (a test uses smaller pages to make every connection page). */
  document?: (query: string) => string;
}

/** Loads the cockpit as `managerId` at `now`, page by page, exactly as the component asks. */
export async function loadCockpit(
  org: PreviewOrg,
  managerId: string,
  now: string,
  options: CockpitLoadOptions
): Promise<CockpitLoad> {
  const { queries, loader, records } = await cockpitModules();
  const reference = await cockpitReference(org, managerId, now);
  const windows = queries.teamCockpitVariables(managerId, now, {
    timeZone: options.timeZone,
    fiscal: reference.fiscal,
    settings: reference.settings,
    historyWeeks: COCKPIT_DEFAULTS.historyWeeks,
    forecastQuarters: queries.forecastQuarterCount(COCKPIT_DEFAULTS.forecastQuarters)
  });
  const document = (options.document ?? ((q: string) => q))(queries.TEAM_COCKPIT_QUERY as unknown as string);
  const pager = new loader.ConnectionPagedQuery(queries.TEAM_COCKPIT_CONNECTIONS);
  const session = org.session(managerId);
  const requests: CockpitRequest[] = [];
  let firstAnswer: unknown = null;
  for (let outcome = 'paging'; outcome === 'paging';) {
    const variables = { ...windows, ...pager.variables() };
    const answer = session.graphql({ query: document, variables, operationName: queries.TEAM_COCKPIT_OPERATION }) as {
      data?: { uiapi: { query: Record<string, { edges: unknown[] }> } };
      errors?: unknown[];
    };
    if (answer.errors?.length) throw new Error(`teamCockpit: ${JSON.stringify(answer.errors)}`);
    // The wire adapter delivers plain JSON: what the server answers, parsed.
    const data = JSON.parse(JSON.stringify(answer.data)) as unknown;
    firstAnswer ??= data;
    requests.push({
      ids: Object.fromEntries(
        Object.entries(answer.data!.uiapi.query).map(([k, c]) => [
          k,
          c.edges.map((e) => String((e as { node: { Id: string } }).node.Id))
        ])
      )
    });
    outcome = pager.receive({ data });
    if (requests.length > 100) throw new Error('teamCockpit: more than 100 requests; the paging does not end.');
  }
  return {
    reference,
    requests,
    records: pager.records(records.flattenUiApiNode),
    firstAnswer,
    truncated: pager.truncated
  };
}

/**
 * Every record within the cockpit's scope that the manager may read, without the document's windows or field
 * lists, straight from the demo org: all users, every deal owned by the manager's direct reports (open or closed,
 * any date), and the manager's cadences, 1:1s (any status, with their snapshots), action items and the team's
 * quotas. The engine run on these is what the cockpit's figures must equal.
 */
export function cockpitScopeRecords(org: PreviewOrg, managerId: string): Record<string, Record<string, unknown>[]> {
  const { sec } = org.session(managerId);
  const team = new Set(
    sec
      .visible('User')
      .filter((u) => u.ManagerId === managerId)
      .map((u) => u.Id)
  );
  const mine = (object: string) => sec.visible(object).filter((r) => r.Manager__c === managerId);
  return {
    User: sec.visible('User'),
    Opportunity: sec.visible('Opportunity').filter((o) => team.has(String(o.OwnerId))),
    Coaching_Cadence__c: mine('Coaching_Cadence__c'),
    Coaching_Session__c: mine('Coaching_Session__c'),
    Action_Item__c: mine('Action_Item__c'),
    Sales_Quota__c: sec.visible('Sales_Quota__c').filter((q) => team.has(String(q.User__c)))
  };
}
