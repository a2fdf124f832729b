/**
 * The leader's flows in the browser: sales ops sees every manager; the VP sees the managers below him, drills
 * into one (reps, the reps' own answers), changes the period and reads the loss root causes; a manager sees only
 * the k-anonymous averages of their reps' feedback. Expected numbers come from the demo org's records.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Flow } from './flows.ts';
import { waitUntilRendered } from './helpers.ts';
import type { RunningPreview } from '../server/index.ts';
import type { SfRecord } from '../server/data/store.ts';

const READY = 'c-coaching-oversight [data-oversight-ready]';

function people(preview: RunningPreview) {
  const users = preview.org.store.all('User').filter((u) => u.IsActive !== false);
  const reportsOf = (id: string) => users.filter((u) => u.ManagerId === id);
  const isManager = (id: string) => reportsOf(id).length > 0;
  const below = (root: string): SfRecord[] => reportsOf(root).flatMap((u) => [u, ...below(u.Id)]);
  const vp = users.find((u) => !u.ManagerId && isManager(u.Id))!;
  return { users, reportsOf, isManager, below, vp };
}

async function openAs(page: Page, preview: RunningPreview, path: string, userId: string): Promise<void> {
  await page.goto(`${preview.url}${path}?as=${userId}`);
  await waitUntilRendered(page);
}

const rowCount = (page: Page) => page.locator('c-manager-scorecard [data-id="row"]').count();

export const LEADER_FLOWS: Flow[] = [
  {
    name: 'a sales leader checks his managers, drills into one, changes the period and reads the loss root causes',
    persona: 'leader',
    path: '/preview/leader-oversight',
    async run({ page }, preview) {
      const { users, reportsOf, isManager, below, vp } = people(preview);

      // Sales ops, outside the sales line (a leader with nobody reporting): every manager, and no scope picker.
      const opsId = preview.org.users().find((u) => u.persona === 'leader' && !isManager(u.id))!.id;
      await openAs(page, preview, '/preview/leader-oversight', opsId);
      await page.locator(READY).waitFor();
      const orgManagers = users.filter((u) => u.Id !== opsId && isManager(u.Id));
      assert.equal(await rowCount(page), orgManagers.length);
      assert.equal(await page.locator('c-coaching-oversight [data-id="scope"]').count(), 0);

      // The VP: the managers below him, at any depth.
      await openAs(page, preview, '/preview/leader-oversight', vp.Id);
      await page.locator(READY).waitFor();
      const mine = below(vp.Id).filter((u) => isManager(u.Id));
      assert.equal(await rowCount(page), mine.length);

      // Drill into the first manager: one row per rep, and answers only from that manager's reps.
      const manager = [...mine].sort((a, b) => String(a.Name).localeCompare(String(b.Name)))[0];
      await page.click(`c-manager-scorecard [data-manager-id="${manager.Id}"]`);
      await page.locator('c-manager-detail [data-id="rep"]').first().waitFor();
      const team = reportsOf(manager.Id);
      assert.equal(await page.locator('c-manager-detail [data-id="rep"]').count(), team.length);
      await page
        .locator('c-manager-detail [data-id="answers"], c-manager-detail [data-id="no-answers"]')
        .first()
        .waitFor();
      const answerReps = await page.locator('c-manager-detail [data-id="answer"] th').allTextContents();
      const teamNames = new Set(team.map((u) => String(u.Name)));
      assert.deepEqual(
        answerReps.filter((name) => !teamNames.has(name.trim())),
        []
      );
      await page.click('c-manager-detail [data-id="back"] button');
      await page.locator('c-manager-scorecard').waitFor();

      // The last 30 days: the subtitle follows, without reloading the page.
      await page.locator('c-coaching-oversight c-option-select[data-id="window"] select').selectOption('LAST_30_DAYS');
      await page.locator('c-coaching-oversight [data-id="subtitle"]', { hasText: /Oct 26, 2026|– / }).waitFor();

      // Loss root causes: the reviews of the VP's teams in the period, counted from the records he may see.
      await page.getByRole('tab', { name: 'Loss root causes' }).click();
      await page
        .locator('c-loss-root-causes [data-id="summary"], c-loss-root-causes [data-id="empty"]')
        .first()
        .waitFor();
      const session = preview.org.session(vp.Id);
      const today = new Date(preview.org.now().toISOString().slice(0, 10));
      const from = new Date(today.getTime() - 29 * 86_400_000).toISOString().slice(0, 10);
      const to = today.toISOString().slice(0, 10);
      const teams = new Set(mine.map((u) => u.Id));
      const expected = session.sec.visible('Deal_Review__c').filter((r) => {
        const opp = preview.org.store.get(r.Opportunity__c as string);
        const owner = opp ? preview.org.store.get(opp.OwnerId as string) : undefined;
        const day = r.Review_Type__c === 'Lost' ? String(opp?.CloseDate) : String(r.Reviewed_On__c ?? r.CreatedDate);
        return teams.has(owner?.ManagerId as string) && day.slice(0, 10) >= from && day.slice(0, 10) <= to;
      });
      if (expected.length === 0) assert.equal(await page.locator('c-loss-root-causes [data-id="empty"]').count(), 1);
      else {
        const summary = await page.textContent('c-loss-root-causes [data-id="summary"]');
        assert.ok(
          summary?.startsWith(`${expected.length} reviews`),
          `summary "${summary}", expected ${expected.length}`
        );
        assert.ok((await page.locator('c-loss-root-causes [data-id="pareto"] [data-id="row"]').count()) > 0);
      }
    }
  },
  {
    name: 'a manager sees the k-anonymous averages of the reps’ feedback, never a single answer',
    persona: 'manager',
    path: '/preview/manager-home',
    async run({ page }, preview) {
      const { below, vp, isManager } = people(preview);
      const manager = below(vp.Id).find((u) => isManager(u.Id))!;
      await openAs(page, preview, '/preview/manager-home', manager.Id);
      await page
        .locator('c-my-coaching-feedback [data-id="chart"], c-my-coaching-feedback [data-id="not-enough"]')
        .first()
        .waitFor();
      const text = (await page.locator('c-my-coaching-feedback').innerText()) ?? '';
      // Not one comment a rep wrote about this manager appears on the manager's page.
      const comments = preview.org.store
        .all('Coaching_Feedback__c')
        .filter((f) => f.Manager__c === manager.Id && typeof f.Improvement__c === 'string' && f.Improvement__c)
        .map((f) => String(f.Improvement__c));
      assert.ok(comments.length > 0, 'the demo has comments about this manager');
      assert.deepEqual(
        comments.filter((c) => text.includes(c)),
        []
      );
      assert.match(text, /You never see a single answer/);
    }
  }
];
