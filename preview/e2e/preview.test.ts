/**
 * The local preview in a real browser (Debian's Chromium through playwright-core): every persona page loads
 * without console errors (screenshots in test-results/), the view-as switcher and reset work, a failing write
 * shows the org's message, and a manager sees nothing of their reps' raw feedback. Then every flow in flows.ts.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, screenshot, startTestPreview, viewAs, waitUntilRendered } from './helpers.ts';
import { FLOWS } from './flows.ts';
import { PAGES } from '../pages.ts';
import type { BrowserContext } from 'playwright-core';

let preview: Awaited<ReturnType<typeof startTestPreview>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

before(async () => {
  preview = await startTestPreview();
  browser = await launchBrowser();
  context = browser.context;
});
after(async () => {
  await browser?.close();
  await preview?.close();
});

const as = (persona: 'manager' | 'rep' | 'leader' | 'admin') =>
  preview.org.users().find((u) => u.persona === persona)!.id;

describe('persona pages', () => {
  for (const page of PAGES) {
    test(`${page.title} loads without console errors`, async () => {
      const persona = page.persona ?? 'manager';
      const p = await openPage(
        context,
        `${preview.url}/preview/${page.id}?as=${as(persona === 'admin' ? 'leader' : persona)}`
      );
      await screenshot(p.page, page.id);
      assert.deepEqual(p.errors, []);
      const title = await p.page.textContent('[data-id="page-title"]');
      assert.ok(title?.startsWith(page.title), `page title "${title}"`);
      // Each slot shows its component or the "not built yet" card, never an error.
      for (const slot of page.slots) assert.equal(await p.page.locator(`[data-slot="${slot.tag}"]`).count(), 1);
      assert.equal(await p.page.locator('[role="alert"]').count(), 0);
      await p.page.close();
    });
  }
});

describe('view as and reset', () => {
  test('the switcher changes the running user and their Home', async () => {
    const p = await openPage(context, `${preview.url}/lightning/page/home?as=${as('manager')}`);
    assert.equal(await p.page.textContent('[data-id="page-title"]'), 'Manager Home');
    await viewAs(p, preview, 'rep');
    assert.equal(await p.page.textContent('[data-id="page-title"]'), 'Rep Home');
    await viewAs(p, preview, 'leader');
    assert.equal(await p.page.textContent('[data-id="page-title"]'), 'Coaching Oversight');
    const userId = await p.page.evaluate(
      () => (window as unknown as { __PREVIEW__: { user: { id: string } } }).__PREVIEW__.user.id
    );
    assert.equal(userId, as('leader'));
    assert.deepEqual(p.errors, []);
    await p.page.close();
  });

  test('reset regenerates the demo org and drops the changes', async () => {
    const user = preview.org.store.all('User')[0];
    preview.org.store.transaction((tx) => tx.put('User', { ...user, Title: 'Changed in the demo' }));
    const p = await openPage(context, `${preview.url}/lightning/page/home`);
    await Promise.all([p.page.waitForNavigation(), p.page.click('[data-id="reset"]')]);
    await waitUntilRendered(p.page);
    assert.notEqual(preview.org.store.get(user.Id)?.Title, 'Changed in the demo');
    assert.deepEqual(p.errors, []);
    await screenshot(p.page, 'after-reset');
    await p.page.close();
  });
});

describe('privacy', () => {
  test('a manager sees nothing of their reps’ raw feedback', async () => {
    const manager = as('manager');
    const aboutManager = preview.org.store.all('Coaching_Feedback__c').filter((r) => r.Manager__c === manager);
    assert.ok(aboutManager.length > 0, 'the demo org has feedback about this manager');
    const p = await openPage(context, `${preview.url}/lightning/page/home?as=${manager}`);
    const result = (await p.page.evaluate(async () => {
      const response = await fetch('/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query { uiapi { query { Coaching_Feedback__c(first: 200) { edges { node { Id } } } } } }'
        })
      });
      return response.json();
    })) as {
      data?: { uiapi: { query: { Coaching_Feedback__c?: { edges: { node: { Id: string } }[] } } } };
      errors?: unknown[];
    };
    const seen = (result.data?.uiapi.query.Coaching_Feedback__c?.edges ?? []).map((e) => e.node.Id);
    assert.deepEqual(
      seen.filter((id) => aboutManager.some((f) => f.Id === id)),
      []
    );
    await p.page.close();
  });
});

describe('flows', () => {
  for (const flow of FLOWS) {
    test(flow.name, async () => {
      const p = await openPage(
        context,
        `${preview.url}${flow.path}?as=${as(flow.persona === 'none' ? 'manager' : (flow.persona as 'manager'))}`
      );
      await flow.run(p, preview);
      await screenshot(
        p.page,
        `flow-${flow.name
          .replace(/[^a-z0-9]+/gi, '-')
          .toLowerCase()
          .slice(0, 60)}`
      );
      assert.deepEqual(
        p.errors.filter((e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e)),
        []
      );
      await p.page.close();
    });
  }
});
