/**
 * The local preview in a real browser (Debian's Chromium through playwright-core): every persona page loads
 * without console errors (screenshots in test-results/), the view-as switcher and reset work, a failing write
 * shows the org's message, a manager sees nothing of their reps' raw feedback, and the demo's planted rep problems
 * show as a manager sees them (known-facts.ts). Then every flow in flows.ts.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser,
  missingBrowser,
  openPage,
  screenshot,
  startTestPreview,
  viewAs,
  waitUntilRendered
} from './helpers.ts';
import { FLOWS } from './flows.ts';
import { KNOWN_FACTS } from './known-facts.ts';
import { PAGES } from '../pages.ts';
import type { BrowserContext } from 'playwright-core';

let preview: Awaited<ReturnType<typeof startTestPreview>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

const slug = (name: string): string =>
  name
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase()
    .slice(0, 60);

const as = (persona: 'manager' | 'rep' | 'leader' | 'admin') =>
  preview.org.users().find((u) => u.persona === persona)!.id;

/** The browser suites, registered only when Chromium is there. */
function browserSuites(): void {
  before(async () => {
    preview = await startTestPreview();
    browser = await launchBrowser();
    context = browser.context;
  });
  after(async () => {
    await browser?.close();
    await preview?.close();
  });

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
    const FEEDBACK_QUERY =
      'query { uiapi { query { Coaching_Feedback__c(first: 200) { totalCount edges { node { Id Rep__c { value } } } } } } }';
    interface FeedbackAnswer {
      status: number;
      body: {
        data?: {
          uiapi?: {
            query?: {
              Coaching_Feedback__c?: {
                totalCount: number;
                edges: { node: { Id: string; Rep__c: { value: string } } }[];
              } | null;
            };
          };
        } | null;
        errors?: { message: string }[];
      };
    }
    /** The feedback query sent as the view-as user, as a component's request would go: status and parsed body. */
    async function askForFeedback(userId: string): Promise<FeedbackAnswer> {
      const p = await openPage(context, `${preview.url}/lightning/page/home?as=${userId}`);
      try {
        return (await p.page.evaluate(async (query) => {
          const response = await fetch('/api/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query })
          });
          return { status: response.status, body: await response.json() };
        }, FEEDBACK_QUERY)) as FeedbackAnswer;
      } finally {
        await p.page.close();
      }
    }

    test('a manager reads no feedback but their own: a permission error, or only the answers they gave', async () => {
      const store = preview.org.store;
      // Every manager: the demo's managers are also reps of the leader, and a rep reads their own answers.
      const managers = preview.org.users().filter((u) => u.persona === 'manager');
      assert.ok(managers.length >= 2);

      // Control: the same request as the leader (who may read raw answers) returns records, so the query works.
      const leader = await askForFeedback(as('leader'));
      assert.equal(leader.status, 200);
      assert.equal(leader.body.errors, undefined, JSON.stringify(leader.body.errors));
      assert.ok(
        (leader.body.data?.uiapi?.query?.Coaching_Feedback__c?.edges.length ?? 0) > 0,
        'the leader reads feedback'
      );

      for (const manager of managers) {
        const aboutThem = store.all('Coaching_Feedback__c').filter((r) => r.Manager__c === manager.id);
        assert.ok(aboutThem.length > 0, `the demo org has feedback about ${manager.name}`);
        const answer = await askForFeedback(manager.id);
        assert.equal(answer.status, 200, 'the request itself succeeded (no transport error)');
        const connection = answer.body.data?.uiapi?.query?.Coaching_Feedback__c;
        if (answer.body.errors?.length) {
          // Denied: every error is about the feedback object, and no record came with it.
          for (const error of answer.body.errors) assert.match(error.message, /Coaching_Feedback__c/);
          assert.ok(!connection, `no feedback data beside the error: ${JSON.stringify(answer.body.data)}`);
          continue;
        }
        assert.ok(connection, `either an error or a connection: ${JSON.stringify(answer.body)}`);
        // Exactly the answers this manager gave as a rep (counted from the store), and nothing any other rep wrote.
        const own = store.all('Coaching_Feedback__c').filter((r) => r.Rep__c === manager.id);
        assert.deepEqual(
          connection.edges.filter((e) => e.node.Rep__c.value !== manager.id).map((e) => e.node.Id),
          [],
          `${manager.name} reads feedback written by others`
        );
        assert.equal(connection.totalCount, own.length);
        assert.equal(connection.edges.length, own.length);
      }
    });
  });

  describe('the demo’s known facts', () => {
    for (const fact of KNOWN_FACTS) {
      test(fact.name, async () => {
        const p = await openPage(context, `${preview.url}${fact.path}?as=${as('manager')}`);
        await fact.run(p, preview);
        await screenshot(p.page, `fact-${slug(fact.name)}`);
        assert.deepEqual(p.errors, []);
        await p.page.close();
      });
    }
  });

  describe('flows', () => {
    for (const flow of FLOWS) {
      test(flow.name, async () => {
        const p = await openPage(
          context,
          `${preview.url}${flow.path}?as=${as(flow.persona === 'none' ? 'manager' : (flow.persona as 'manager'))}`
        );
        await flow.run(p, preview);
        await screenshot(p.page, `flow-${slug(flow.name)}`);
        assert.deepEqual(
          p.errors.filter((e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e)),
          []
        );
        await p.page.close();
      });
    }
  });
}

// Without a browser nothing here can run: one failing test says what to install, instead of every test failing.
const noBrowser = missingBrowser();
if (noBrowser) test('the browser tests find Chromium', () => assert.fail(noBrowser));
else browserSuites();
