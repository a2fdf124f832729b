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
import type { RunningPreview } from '../server/index.ts';

export interface Flow {
  name: string;
  persona: Persona;
  /** Where the flow starts. */
  path: string;
  run(p: PreviewPage, preview: RunningPreview): Promise<void>;
}

export const FLOWS: Flow[] = [
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
      // Every required field is valid; only the duration breaks the rule (15–120 minutes).
      const fields = JSON.stringify({
        Manager__c: managerId,
        Rep__c: rep.Id,
        Day_Of_Week__c: 'Monday',
        Local_Start_Time__c: '09:00',
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
  }
];
