/**
 * User flows the browser tests run, one entry per flow. A flow opens a page as a persona and does what a
 * person would; assertions use node:assert. To add one (e.g. the full 1:1: open the agenda, add an action
 * item, record the forecast, mark held; then the rep answers the pending survey), append an entry:
 *
 *   { name: 'manager runs a 1:1', persona: 'manager', path: '/lightning/page/home', run: async ({ page }) => {
 *       await page.click('c-coaching-cockpit [data-id="open-agenda"]');
 *       …
 *   } }
 */
import assert from 'node:assert/strict';
import type { Persona } from '../server/security.ts';
import type { PreviewPage } from './helpers.ts';
import { REP_FLOWS } from './repFlows.ts';
import type { RunningPreview } from '../server/index.ts';
import { LEADER_FLOWS } from './leader-flows.ts';

export interface Flow {
  name: string;
  persona: Persona;
  /** Where the flow starts. */
  path: string;
  run(p: PreviewPage, preview: RunningPreview): Promise<void>;
}

/**
 * The 1:1 the manager's flow has just marked held, for the rep's half of the same 1:1 (repFlows.ts): flows run in
 * order in one process, so the rep answers the survey of exactly this session.
 */
export const justHeld: { sessionId: string | null; repId: string | null; managerId: string | null } = {
  sessionId: null,
  repId: null,
  managerId: null
};

export const FLOWS: Flow[] = [
  {
    name: 'the graphql wire adapter answers a component’s query with what the user may see',
    persona: 'rep',
    path: '/preview/dev/graphql',
    async run({ page }, preview) {
      const repId = await page.evaluate(
        () => (window as unknown as { __PREVIEW__: { user: { id: string } } }).__PREVIEW__.user.id
      );
      // Independent count: the rep's open opportunities in the store (a rep owns theirs; no role below them).
      const expected = preview.org.store
        .all('Opportunity')
        .filter((o) => o.OwnerId === repId && o.IsClosed !== true).length;
      // Playwright locators pierce shadow roots; the answer appears once the wire provisions data.
      await page.locator('[data-id="answer"]', { hasText: 'totalCount' }).waitFor();
      const answer = JSON.parse((await page.textContent('[data-id="answer"]')) ?? '{}') as {
        data: { uiapi: { query: { Opportunity: { totalCount: number; edges: unknown[] } } } };
      };
      assert.equal(answer.data.uiapi.query.Opportunity.totalCount, expected);
      assert.equal(answer.data.uiapi.query.Opportunity.edges.length, Math.min(5, expected));
      // A changed query re-runs through the wire: a hidden object is a validation error, not data.
      await page.fill('[data-id="query"]', 'query { uiapi { query { Nope__c { totalCount } } } }');
      await page.dispatchEvent('[data-id="query"]', 'change');
      await page.click('[data-id="run"] button');
      // The answer is JSON, so the quotes in the message are escaped.
      await page.locator('[data-id="answer"]', { hasText: /Cannot query field \\"Nope__c\\"/ }).waitFor();
    }
  },
  {
    name: 'a write that fails a validation rule shows the org’s message in the package’s error panel',
    persona: 'manager',
    path: '/preview/dev/write',
    async run({ page }, preview) {
      const object = preview.org.describe.objects.get('Coaching_Cadence__c');
      const rule = object?.validationRules.find((r) => r.active && /Duration_Minutes__c/.test(r.formula));
      assert.ok(rule, 'Coaching_Cadence__c has a duration validation rule');
      const expected = rule.message;
      const managerId = await page.evaluate(
        () => (window as unknown as { __PREVIEW__: { user: { id: string } } }).__PREVIEW__.user.id
      );
      const rep = preview.org.store.all('User').find((u) => u.ManagerId === managerId);
      assert.ok(rep, 'the manager has a rep');
      // Every required field is valid; only the duration breaks the rule (15–120 minutes). The pair already has an
      // active cadence, so this one is inactive (no pair key, no duplicate).
      const fields = JSON.stringify({
        Manager__c: managerId,
        Rep__c: rep.Id,
        Day_Of_Week__c: 'Monday',
        Local_Start_Time__c: '09:00',
        Active__c: false,
        Duration_Minutes__c: 5
      });
      await page.fill('[data-id="object"]', 'Coaching_Cadence__c');
      await page.dispatchEvent('[data-id="object"]', 'change');
      await page.fill('[data-id="fields"]', fields);
      await page.dispatchEvent('[data-id="fields"]', 'change');
      const before = preview.org.store.all('Coaching_Cadence__c').length;
      await page.click('[data-id="save"]');
      await page.click('[data-id="error"] c-error-panel [data-id="toggle"]');
      const details = await page.textContent('[data-id="error"] c-error-panel [data-id="details"]');
      assert.ok(details?.includes(expected), `expected "${expected}" in "${details}"`);
      assert.equal(preview.org.store.all('Coaching_Cadence__c').length, before, 'nothing was saved');
    }
  },
  {
    name: 'manager runs a 1:1: opens the agenda, adds an action item, records the forecast, marks it held once',
    persona: 'manager',
    path: '/lightning/page/home',
    async run({ page, errors }, preview) {
      const store = preview.org.store;
      await page.waitForSelector('c-coaching-cockpit [data-cockpit-ready]', { state: 'attached' });
      const repId = await page.getAttribute('c-coaching-cockpit [data-id="open-agenda"]', 'data-rep-id');
      assert.ok(repId, 'the cockpit lists a rep');
      await page.click('c-coaching-cockpit [data-id="open-agenda"]');
      await page.waitForSelector('c-coaching-agenda [data-agenda-ready]', { state: 'attached' });
      // The planned 1:1 the agenda runs (prepared from the cadence when there was none).
      await page.waitForSelector('c-coaching-agenda c-session-status-panel', { state: 'attached' });
      const planned = () =>
        store.all('Coaching_Session__c').filter((s) => s.Rep__c === repId && s.Status__c === 'Planned');
      assert.ok(planned().length >= 1, 'a planned 1:1 exists for the rep');
      const plannedIds = new Set(planned().map((s) => s.Id));
      const heldBefore = store
        .all('Coaching_Session__c')
        .filter((s) => s.Rep__c === repId && s.Status__c === 'Held').length;

      // Add an action item inline.
      await page.click('c-coaching-agenda c-action-item-list [data-id="add"] button');
      await page.fill('c-action-item-form [data-field="subject"] input', 'Send the mutual close plan');
      await page.click('c-action-item-form [data-id="save"] button');
      await page.waitForSelector('c-coaching-agenda c-action-item-form', { state: 'detached' });
      const item = store.all('Action_Item__c').find((a) => a.Name === 'Send the mutual close plan');
      assert.ok(item, 'the action item was saved');
      assert.equal(item.Rep__c, repId);
      assert.equal(item.Status__c, 'Open');

      // A negative forecast is refused with a message and saves nothing; a valid one is recorded.
      const commit = 'c-forecast-form [data-field="commitCurrent"] input';
      await page.fill(commit, '-5000');
      await page.dispatchEvent(commit, 'change');
      await page.click('c-forecast-form [data-id="save"] button');
      await page.waitForSelector('c-forecast-form [data-id="invalid-summary"]');
      assert.ok(
        planned().every((s) => s.Commit_Current_Quarter__c !== -5000),
        'nothing negative was saved'
      );
      await page.fill(commit, '120000');
      await page.dispatchEvent(commit, 'change');
      const best = 'c-forecast-form [data-field="bestCaseCurrent"] input';
      await page.fill(best, '150000');
      await page.dispatchEvent(best, 'change');
      await page.click('c-forecast-form [data-id="save"] button');
      await page.locator('c-forecast-form [data-id="status"]').filter({ hasText: /\S/ }).waitFor();
      assert.ok(
        planned().some((s) => s.Commit_Current_Quarter__c === 120000),
        'the forecast was recorded'
      );

      // Notes, then "mark held" clicked twice: one Held session, with its snapshot and metrics.
      await page.fill('c-coaching-agenda [data-id="notes"] textarea', 'Close plan agreed; legal by Friday.');
      await page.dispatchEvent('c-coaching-agenda [data-id="notes"] textarea', 'change');
      await page.dblclick('c-session-status-panel [data-id="mark-held"] button');
      await page.waitForSelector('c-coaching-agenda [data-id="status-message"]');
      const held = store.all('Coaching_Session__c').filter((s) => s.Rep__c === repId && s.Status__c === 'Held');
      assert.equal(held.length, heldBefore + 1, 'exactly one 1:1 was marked held');
      const latest = held.find((s) => plannedIds.has(s.Id));
      assert.ok(latest, 'the planned 1:1 is the one marked held');
      assert.ok(String(latest.Snapshot__c ?? '').startsWith('{'), 'the snapshot was stored');
      assert.equal(typeof latest.Health_Score__c, 'number');
      assert.equal(latest.Notes__c, 'Close plan agreed; legal by Friday.');
      assert.equal(latest.Commit_Current_Quarter__c, 120000);
      assert.deepEqual(errors, []);
      Object.assign(justHeld, { sessionId: latest.Id, repId, managerId: String(latest.Manager__c) });
    }
  },
  ...LEADER_FLOWS
];

// The rep's half of the 1:1 (rep UI): survey on Home, root cause on the deal page, privacy of the User panel.
FLOWS.push(...REP_FLOWS);
