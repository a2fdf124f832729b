/**
 * The manager cockpit loads every record its figures depend on, and no figure changes because of its windows,
 * field lists or paging: for each demo manager, what the cockpit shows from its own loading (the document, the
 * per-connection paging and the computation the component runs, `cockpit-load.ts`) equals what it shows from the
 * whole demo org within the manager's scope and sharing. `warningCount` is left out of the comparison: the page
 * does not show it, and records outside the windows legitimately add warnings of their own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PreviewOrg } from '../../preview/server/org.ts';
import { DEMO } from '../../scripts/checks/apex-mocks.check.ts';
import { cockpitModules, cockpitScopeRecords, loadCockpit, type CockpitLoad } from '../cockpit-load.ts';

const orgPromise = PreviewOrg.open({
  root: process.cwd(),
  dataFile: null,
  now: () => new Date(DEMO.now),
  demo: { seed: DEMO.seed, anchorDate: DEMO.anchorDate }
});

/** One manager with 16 direct reps: enough closed deals for 200-record pages to page every closed-deal connection. */
const bigTeamPromise = PreviewOrg.open({
  root: process.cwd(),
  dataFile: null,
  now: () => new Date(DEMO.now),
  demo: { seed: DEMO.seed, anchorDate: DEMO.anchorDate, reps: 16, managers: 1 }
});

/** The managers of a demo org, each with the zone and currency the preview gives them. */
async function managers(
  orgOrNull: PreviewOrg | null = null
): Promise<{ id: string; name: string; timeZone: string; currency: string }[]> {
  const org = orgOrNull ?? (await orgPromise);
  return org
    .users()
    .filter((u) => u.personas.includes('manager') && org.store.all('User').some((r) => r.ManagerId === u.id))
    .map((u) => {
      const user = org.store.get(u.id)!;
      return {
        id: u.id,
        name: u.name,
        timeZone: String(user.TimeZoneSidKey ?? 'UTC'),
        currency: String(user.DefaultCurrencyIsoCode ?? 'USD')
      };
    });
}

/** What the page shows: the view without the warning count. */
async function shown(
  records: Record<string, Record<string, unknown>[]>,
  load: CockpitLoad,
  manager: { id: string; timeZone: string; currency: string }
): Promise<unknown> {
  const { viewModel } = await cockpitModules();
  const { view } = viewModel.computeCockpit(records, load.reference, {
    managerId: manager.id,
    now: DEMO.now,
    timeZone: manager.timeZone,
    currency: manager.currency,
    locale: 'en-US',
    forecastQuarters: 4
  });
  return { ...view, warningCount: undefined };
}

test('every demo manager’s cockpit shows exactly what the engine shows on the whole demo org, in one request', async () => {
  const org = await orgPromise;
  const all = await managers();
  assert.ok(all.length >= 2, `${all.length} managers`);
  for (const manager of all) {
    const load = await loadCockpit(org, manager.id, DEMO.now, { timeZone: manager.timeZone });
    assert.equal(load.requests.length, 1, `${manager.name}: one request`);
    assert.deepEqual(load.truncated, []);
    const scope = cockpitScopeRecords(org, manager.id);
    // The windows really leave records out: otherwise this would compare the same records twice.
    assert.ok(load.records.Opportunity.length < scope.Opportunity.length, `${manager.name}: old deals are left out`);
    const view = (await shown(load.records, load, manager)) as { rows: unknown[] };
    assert.ok(view.rows.length >= 4, `${manager.name}: ${view.rows.length} reps`);
    assert.deepEqual(view, await shown(scope, load, manager), `${manager.name}: the figures differ`);
  }
});

type Manager = Awaited<ReturnType<typeof managers>>[number];
let paged: Promise<{ org: PreviewOrg; manager: Manager; load: CockpitLoad }> | null = null;

/** The big team's only manager and their cockpit loaded with 200-record pages, once for the two paging tests. */
function pagedLoad() {
  paged ??= (async () => {
    const org = await bigTeamPromise;
    const manager = (await managers(org))[0];
    // 200 is the UI API's smallest page (`first` takes 200 to 2,000).
    const load = await loadCockpit(org, manager.id, DEMO.now, {
      timeZone: manager.timeZone,
      document: (query) => query.replaceAll('first: 2000', 'first: 200')
    });
    return { org, manager, load };
  })();
  return paged;
}

test('with 200-record pages every connection pages on its own, and the figures still equal the whole org’s', async () => {
  const { org, manager, load } = await pagedLoad();
  assert.ok(load.requests.length > 1, `${load.requests.length} requests`);
  // A re-run reads nothing again: each connection's records arrive in exactly one request.
  const total = (key: string) => load.requests.reduce((sum, r) => sum + (r.ids[key]?.length ?? 0), 0);
  const byObject = (object: string) => load.records[object]?.length ?? 0;
  const closed = total('Closed1') + total('Closed2') + total('Closed3');
  assert.equal(total('Opportunity') + closed, byObject('Opportunity'));
  assert.equal(total('Snapshots') + total('Coaching_Session__c'), byObject('Coaching_Session__c'));
  assert.equal(total('User'), byObject('User'));
  for (const request of load.requests.slice(1)) assert.equal(request.ids.User?.length, 0, 'users are read once');
  assert.deepEqual(
    await shown(load.records, load, manager),
    await shown(cockpitScopeRecords(org, manager.id), load, manager)
  );
});

test('the comparison notices a missing page: without the last request’s closed deals the figures differ', async () => {
  const { manager, load } = await pagedLoad();
  const last = load.requests[load.requests.length - 1];
  const dropped = new Set(['Closed1', 'Closed2', 'Closed3'].flatMap((key) => last.ids[key] ?? []));
  assert.ok(dropped.size > 0 && last !== load.requests[0], 'the last request holds a later page of closed deals');
  const partial = { ...load.records, Opportunity: load.records.Opportunity.filter((o) => !dropped.has(String(o.Id))) };
  assert.notDeepEqual(await shown(partial, load, manager), await shown(load.records, load, manager));
});
