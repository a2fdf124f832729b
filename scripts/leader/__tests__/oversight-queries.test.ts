/**
 * The leader's real GraphQL documents (read out of `oversightQueries.ts`) run against the preview's demo org
 * under each persona's sharing: the VP gets his managers' records and the right closed-won sums; a manager's
 * schema has no feedback object at all, so neither the activity query nor the answers query can return a single
 * answer to them; a rep reads only their own answers. The preview's own privacy tests cover hand-written queries
 * (preview/__tests__/security.test.ts, preview/e2e/preview.test.ts); these prove it for the queries the
 * oversight screen actually sends.
 */
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { leaderDocuments, openDemo, salesLeader } from '../oversight-fixtures.ts';
import type { PreviewOrg } from '../../../preview/server/org.ts';

let org: PreviewOrg;
let docs: Record<string, string>;
before(async () => {
  org = await openDemo();
  docs = leaderDocuments();
});

type Result = { data?: any; errors?: { message: string }[] };
const run = (userId: string, name: string, variables: Record<string, unknown>): Result =>
  org.session(userId).graphql({ query: docs[name], variables, operationName: name }) as Result;

const OPEN = '4000-01-01T00:00:00.000Z';
const activityVars = (managerIds: string[]) => ({
  managerIds,
  since: '2025-10-31T00:00:00.000Z',
  sinceDate: '2025-11-01',
  cadencesAfter: null,
  cadencesUntil: OPEN,
  sessionsAfter: null,
  sessionsUntil: OPEN,
  itemsAfter: null,
  itemsUntil: OPEN,
  answersAfter: null,
  answersUntil: OPEN,
  won1Start: '2026-08-01',
  won1End: '2026-10-31',
  won2Start: '4000-01-01',
  won2End: '1900-01-01',
  won3Start: '4000-01-01',
  won3End: '1900-01-01',
  won4Start: '4000-01-01',
  won4End: '1900-01-01',
  wonUntil: OPEN
});
const managersOf = (leaderId: string) =>
  org.store
    .all('User')
    .filter((u) => u.ManagerId === leaderId && org.store.all('User').some((r) => r.ManagerId === u.Id))
    .map((u) => u.Id);

describe('the oversight documents under each persona’s sharing', () => {
  test('the documents are all there', () => {
    assert.deepEqual(Object.keys(docs).sort(), [
      'lossReviews',
      'oversightActivity',
      'oversightAnswers',
      'oversightPeople',
      'oversightRates'
    ]);
  });

  test('the VP reads every active user with a manager, and the activity of the managers below', () => {
    const vp = salesLeader(org).id;
    const people = run(vp, 'oversightPeople', { after: null });
    assert.equal(people.errors, undefined);
    const expectedPeople = org.store.all('User').filter((u) => u.IsActive !== false && u.ManagerId).length;
    assert.equal(people.data.uiapi.query.User.edges.length, expectedPeople);

    const managers = managersOf(vp);
    assert.ok(managers.length >= 2, 'the demo VP has at least two managers below');
    const activity = run(vp, 'oversightActivity', activityVars(managers));
    assert.equal(activity.errors, undefined);
    const sessions = activity.data.uiapi.query.Coaching_Session__c.edges.map((e: any) => e.node);
    // Independently from the store: the managers' 1:1s scheduled since the first day read.
    const expectedSessions = org.store
      .all('Coaching_Session__c')
      .filter(
        (s) => managers.includes(s.Manager__c as string) && String(s.Scheduled_Start__c) >= '2025-10-31T00:00:00.000Z'
      );
    assert.equal(sessions.length, expectedSessions.length);

    // Closed won in FY2027 Q3 per rep among the deals the VP may see (aggregates respect sharing too),
    // converted to the corporate currency with the demo's static rates.
    const money = org.money();
    const reps = new Set(
      org.store
        .all('User')
        .filter((u) => managers.includes(u.ManagerId as string))
        .map((u) => u.Id)
    );
    const expected = new Map<string, number>();
    for (const o of org.session(vp).sec.visible('Opportunity')) {
      const close = String(o.CloseDate);
      if (o.IsWon !== true || !reps.has(o.OwnerId as string) || close < '2026-08-01' || close > '2026-10-31') continue;
      const code = (o.CurrencyIsoCode as string | undefined) ?? money.corporate;
      const inCorporate = Number(o.Amount ?? 0) / (money.rates.get(code) ?? 1);
      expected.set(o.OwnerId as string, (expected.get(o.OwnerId as string) ?? 0) + inCorporate);
    }
    const won = new Map<string, number>(
      activity.data.uiapi.aggregate.Won1.edges.map((e: any) => [
        e.node.aggregate.OwnerId.value,
        e.node.aggregate.Amount.sum.value
      ])
    );
    assert.deepEqual([...won.keys()].sort(), [...expected.keys()].sort());
    for (const [rep, sum] of expected) assert.ok(Math.abs((won.get(rep) as number) - sum) < 1e-6, rep);
    // The switched-off slots return nothing.
    assert.equal(activity.data.uiapi.aggregate.Won2.edges.length, 0);
  });

  test('a manager gets no answer about them from the activity or the answers query', () => {
    const vp = salesLeader(org).id;
    for (const manager of managersOf(vp)) {
      const aboutThem = org.store.all('Coaching_Feedback__c').filter((f) => f.Manager__c === manager);
      assert.ok(aboutThem.length > 0, 'the demo org has answers about this manager');
      const results = [
        run(manager, 'oversightActivity', activityVars([manager])),
        run(manager, 'oversightAnswers', {
          managerId: manager,
          heldFrom: '2025-01-01T00:00:00.000Z',
          heldBefore: '2027-01-01T00:00:00.000Z'
        })
      ];
      for (const r of results) {
        // A manager only (Coaching Manager): the object is not in their schema, so the query fails validation.
        // A player-coach (also Coaching Rep): the query runs and returns only the answers they gave themselves.
        const rows = (r.data?.uiapi.query.Coaching_Feedback__c?.edges ?? []).map((e: any) => e.node);
        if (r.errors) assert.match(r.errors[0].message, /Cannot query field "Coaching_Feedback__c"/);
        assert.deepEqual(
          rows.filter((n: any) => n.Rep__c.value !== manager),
          []
        );
      }
    }
  });

  test('a manager without the rep permission set has no feedback object in their schema at all', () => {
    const manager = managersOf(salesLeader(org).id)[0];
    // The demo's managers carry a quota (player-coaches): take the rep permission set away for this test.
    const repSet = org.store
      .all('PermissionSetAssignment')
      .filter((a) => a.AssigneeId === manager && (a.PermissionSet as { Name?: string })?.Name === 'Coaching_Rep');
    assert.equal(repSet.length, 1);
    const savepoint = org.store.savepoint();
    try {
      org.store.transaction((tx) => tx.remove(repSet[0].Id));
      const r = run(manager, 'oversightAnswers', {
        managerId: manager,
        heldFrom: '2025-01-01T00:00:00.000Z',
        heldBefore: '2027-01-01T00:00:00.000Z'
      });
      assert.equal(r.data, undefined);
      assert.match(r.errors![0].message, /Cannot query field "Coaching_Feedback__c"/);
    } finally {
      savepoint.rollback();
    }
  });

  test('a rep asking for their manager’s answers gets only their own', () => {
    const vp = salesLeader(org).id;
    const manager = managersOf(vp)[0];
    const rep = org.store.all('User').find((u) => u.ManagerId === manager)!.Id;
    const result = run(rep, 'oversightAnswers', {
      managerId: manager,
      heldFrom: '2025-01-01T00:00:00.000Z',
      heldBefore: '2027-01-01T00:00:00.000Z'
    });
    assert.equal(result.errors, undefined);
    const reps = new Set(result.data.uiapi.query.Coaching_Feedback__c.edges.map((e: any) => e.node.Rep__c.value));
    const own = org.store.all('Coaching_Feedback__c').filter((f) => f.Rep__c === rep && f.Manager__c === manager);
    assert.ok(own.length > 0, 'the rep answered some surveys');
    assert.deepEqual([...reps], [rep]);
  });

  test('the VP reads the answers about a manager, every rep’s, with the comments', () => {
    const vp = salesLeader(org).id;
    const manager = managersOf(vp)[0];
    const result = run(vp, 'oversightAnswers', {
      managerId: manager,
      heldFrom: '2025-01-01T00:00:00.000Z',
      heldBefore: '2027-01-01T00:00:00.000Z'
    });
    assert.equal(result.errors, undefined);
    const rows = result.data.uiapi.query.Coaching_Feedback__c.edges.map((e: any) => e.node);
    const aboutThem = org.store.all('Coaching_Feedback__c').filter((f) => f.Manager__c === manager);
    assert.equal(rows.length, Math.min(200, aboutThem.length));
    assert.ok(rows.some((r: any) => typeof r.Improvement__c?.value === 'string'));
  });

  test('loss reviews follow the deals: the VP sees his teams’ reviews, sales ops without deal access none', () => {
    const vp = salesLeader(org).id;
    const reviews = run(vp, 'lossReviews', { sinceDate: '2025-11-01', after: null });
    assert.equal(reviews.errors, undefined);
    assert.ok(reviews.data.uiapi.query.Deal_Review__c.edges.length > 0);
    const ops = org.users().find((u) => u.persona === 'leader' && u.id !== vp)!.id;
    const none = run(ops, 'lossReviews', { sinceDate: '2025-11-01', after: null });
    assert.equal(none.errors, undefined);
    assert.equal(none.data.uiapi.query.Deal_Review__c.edges.length, 0);
  });
});
