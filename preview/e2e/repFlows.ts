/**
 * The rep's half of the weekly 1:1, in the browser: after a held 1:1 the rep answers the survey on Home (a
 * missing rating is refused first, then the answers are saved once); a lost deal's page asks for its root
 * cause (Other without notes is refused) and saves it; and another rep's User page shows no coaching.
 * Targets are picked from the demo org as it stands, and every check reads the store independently.
 */
import assert from 'node:assert/strict';
import { justHeld, type Flow } from './flows.ts';
import { waitUntilRendered, type PreviewPage } from './helpers.ts';
import type { RunningPreview } from '../server/index.ts';

type Row = Record<string, any>;

const reps = (preview: RunningPreview) => preview.org.users().filter((u) => u.persona === 'rep');

async function goTo(p: PreviewPage, preview: RunningPreview, path: string, userId: string): Promise<void> {
  await p.page.goto(`${preview.url}${path}?as=${userId}`);
  await waitUntilRendered(p.page);
}

const SURVEY = 'c-my-coaching c-feedback-survey';

export const REP_FLOWS: Flow[] = [
  {
    name: 'the rep answers the survey for the 1:1 the manager just held: a missing rating is refused, then saved once',
    persona: 'rep',
    path: '/lightning/page/home',
    async run(p, preview) {
      const { sessionId, repId, managerId } = justHeld;
      assert.ok(sessionId && repId && managerId, 'the manager’s 1:1 flow ran first and marked a 1:1 held');
      assert.equal(
        preview.org.store.all('Coaching_Feedback__c').filter((f: Row) => f.Session__c === sessionId).length,
        0,
        'nobody has answered that 1:1 yet'
      );
      await goTo(p, preview, '/lightning/page/home', repId);
      const { page } = p;
      // The survey on the rep's Home is about that very 1:1, with that manager.
      await page.locator(SURVEY).waitFor();
      assert.equal(
        await page.locator(SURVEY).evaluate((el) => (el as unknown as { sessionId: string }).sessionId),
        sessionId
      );
      assert.ok(
        ((await page.textContent(`${SURVEY} [data-id="about"]`)) ?? '').includes(
          String(preview.org.store.get(managerId)?.Name)
        ),
        'the survey names the manager'
      );
      const saved = (): Row[] =>
        preview.org.store.all('Coaching_Feedback__c').filter((f: Row) => f.Session__c === sessionId);
      const choose = (dimension: string, value: string) =>
        page
          .locator(`${SURVEY} [data-dimension="${dimension}"] label`)
          .filter({ hasText: new RegExp(`^${value}$`) })
          .click();
      // The reminder says feedback is due; the note says who will see the answers.
      await page.locator('c-my-coaching c-coaching-reminders [data-id="reminder-action"]').waitFor();
      assert.match((await page.textContent(`${SURVEY} [data-id="privacy"]`)) ?? '', /averages/);

      await choose('Preparation', '4');
      await page.click(`${SURVEY} [data-id="submit"] button`);
      await page.locator(`${SURVEY} [data-id="error-summary"]`).waitFor();
      assert.equal(saved().length, 0, 'an incomplete survey saves nothing');

      for (const [dimension, value] of [
        ['Pipeline_Insight', '5'],
        ['Skill_Development', '3'],
        ['Action_Clarity', '4'],
        ['Rep_Agenda', '5'],
        ['Overall', '8']
      ])
        await choose(dimension, value);
      await page.fill(`${SURVEY} [data-dimension="Improvement"] textarea`, 'More time on the two late-stage deals.');
      // A double click sends one survey.
      await page.dblclick(`${SURVEY} [data-id="submit"] button`);
      await page.locator(`${SURVEY} [data-id="thanks"]`).waitFor();
      const rows = saved();
      assert.equal(rows.length, 1, 'one survey per 1:1');
      assert.deepEqual(
        [
          rows[0].Preparation_Rating__c,
          rows[0].Pipeline_Insight_Rating__c,
          rows[0].Skill_Development_Rating__c,
          rows[0].Action_Clarity_Rating__c,
          rows[0].Rep_Agenda_Rating__c,
          rows[0].Overall_Value__c,
          rows[0].Rep__c
        ],
        [4, 5, 3, 4, 5, 8, repId]
      );
      // After the refresh the feedback reminder is gone.
      await page
        .locator('c-my-coaching c-coaching-reminders [data-id="reminder-action"]')
        .waitFor({ state: 'detached' });
    }
  },
  {
    name: 'a lost deal’s page prompts the rep for the missing root cause and saves it; Other needs notes',
    persona: 'rep',
    path: '/lightning/page/home',
    async run(p, preview) {
      const store = preview.org.store;
      const reviewed = new Set(store.all('Deal_Review__c').map((r: Row) => r.Opportunity__c));
      const rep = reps(preview).find((r) =>
        store.all('Opportunity').some((o: Row) => o.OwnerId === r.id && o.IsClosed && !o.IsWon && !reviewed.has(o.Id))
      );
      assert.ok(rep, 'a rep has a lost deal without a root cause');
      const deal = store
        .all('Opportunity')
        .filter((o: Row) => o.OwnerId === rep.id && o.IsClosed && !o.IsWon && !reviewed.has(o.Id))
        .sort((a: Row, b: Row) => String(b.CloseDate).localeCompare(String(a.CloseDate)))[0];
      await goTo(p, preview, `/lightning/r/Opportunity/${deal.Id}/view`, rep.id);
      const { page } = p;
      const form = 'c-deal-coaching-panel c-deal-review-form';
      const reviews = (): Row[] => store.all('Deal_Review__c').filter((r: Row) => r.Opportunity__c === deal.Id);
      await page.locator('c-deal-coaching-panel [data-id="root-cause-prompt"]').waitFor();

      await page.click(`${form} [data-id="root-cause"] [role="combobox"]`);
      await page.click(`${form} [data-id="root-cause"] lightning-base-combobox-item[data-value="Other"]`);
      await page.click(`${form} [data-id="save"] button`);
      await page.locator(`${form} [data-id="error-summary"]`).waitFor();
      assert.equal(reviews().length, 0, 'Other without notes saves nothing');

      await page.fill(`${form} [data-id="notes"] textarea`, 'The buyer froze every project after a merger.');
      await page.click(`${form} [data-id="save"] button`);
      await page.locator(`${form} [data-id="summary"]`).waitFor();
      const saved = reviews();
      assert.equal(saved.length, 1);
      assert.deepEqual(
        [saved[0].Review_Type__c, saved[0].Root_Cause__c, saved[0].Reviewed_By__c],
        ['Lost', 'Other', rep.id]
      );
      // The panel refreshes: the root cause is documented, so the prompt is gone.
      await page.locator('c-deal-coaching-panel [data-id="root-cause-prompt"]').waitFor({ state: 'detached' });
    }
  },
  {
    name: 'a rep opening another rep’s User page sees that coaching is not available, and none of it',
    persona: 'rep',
    path: '/lightning/page/home',
    async run(p, preview) {
      const [viewer, other] = reps(preview);
      await goTo(p, preview, `/lightning/r/User/${other.id}/view`, viewer.id);
      const panel = 'c-rep-coaching-panel';
      await p.page.locator(`${panel} [data-id="not-available"]`).waitFor();
      for (const part of ['sessions', 'diagnosis', 'forecast', 'items', 'agenda-toggle'])
        assert.equal(await p.page.locator(`${panel} [data-id="${part}"]`).count(), 0, `no ${part}`);
    }
  }
];
