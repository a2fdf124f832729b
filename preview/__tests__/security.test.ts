/**
 * Sharing and security for the view-as user: feedback privacy, the role hierarchy, the participant share rows,
 * View All, controlled-by-parent, and fields hidden by field-level security (absent with @optional, a
 * validation error without, as the UI API does).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openFixtureOrg, IDS, type FixtureOrg } from './fixture-org.ts';

let f: FixtureOrg;
before(async () => (f = await openFixtureOrg()));
after(() => f.dispose());

const run = (userId: string, query: string) =>
  f.org.session(userId).graphql({ query }) as { data?: any; errors?: { message: string; extensions?: any }[] };
const ids = (r: { data?: any }, object: string): string[] =>
  r.data.uiapi.query[object].edges.map((e: any) => e.node.Id);

const FEEDBACK = `query { uiapi { query { Coaching_Feedback__c { edges { node { Id Preparation_Rating__c { value } } } } } } }`;

describe('feedback privacy', () => {
  test('a manager without object permission gets no feedback: the object is not in their schema', () => {
    const r = run(IDS.m2, FEEDBACK);
    assert.equal(r.data, undefined);
    assert.match(r.errors![0].message, /Cannot query field "Coaching_Feedback__c" on type "RecordQuery"/);
    assert.equal(r.errors![0].extensions.ErrorType, 'ValidationError');
  });

  test('a manager who is also a rep sees only feedback they own, never their reps’ answers about them', () => {
    // Manager 1 holds the rep permission set too; F1 (by Rep 1 about Manager 1) is owned by Rep 1 and the
    // object does not grant access using hierarchies.
    assert.deepEqual(ids(run(IDS.m1, FEEDBACK), 'Coaching_Feedback__c'), []);
  });

  test('a rep sees their own feedback only; a leader sees all of it (View All)', () => {
    assert.deepEqual(ids(run(IDS.r1, FEEDBACK), 'Coaching_Feedback__c'), [IDS.f1]);
    assert.deepEqual(ids(run(IDS.r2, FEEDBACK), 'Coaching_Feedback__c'), []);
    assert.deepEqual(ids(run(IDS.leader, FEEDBACK), 'Coaching_Feedback__c').sort(), [IDS.f1, IDS.f2].sort());
  });

  test('a manager cannot reach feedback through the session child relationship either', () => {
    const r = run(
      IDS.m2,
      `query { uiapi { query { Coaching_Session__c { edges { node { Id Feedback__r { totalCount } } } } } } }`
    );
    assert.match(r.errors![0].message, /Cannot query field "Feedback__r" on type "Coaching_Session__c"/);
  });
});

describe('record sharing', () => {
  const SESSIONS = `query { uiapi { query { Coaching_Session__c(orderBy: { Name: { order: ASC } }) { edges { node { Id } } } } } }`;

  test('managers see the sessions they own; reps see theirs through the participant share; the leader through the hierarchy', () => {
    assert.deepEqual(ids(run(IDS.m1, SESSIONS), 'Coaching_Session__c'), [IDS.s1, IDS.s2]);
    assert.deepEqual(ids(run(IDS.m2, SESSIONS), 'Coaching_Session__c'), [IDS.s3]);
    assert.deepEqual(ids(run(IDS.r1, SESSIONS), 'Coaching_Session__c'), [IDS.s1]);
    assert.deepEqual(ids(run(IDS.leader, SESSIONS), 'Coaching_Session__c'), [IDS.s1, IDS.s2, IDS.s3]);
  });

  test('what a user sees follows every write (the visibility cache is keyed by the store version)', () => {
    const before = ids(run(IDS.m1, SESSIONS), 'Coaching_Session__c').length;
    const created = f.org.session(IDS.m1).records.create('Coaching_Session__c', {
      Manager__c: IDS.m1,
      Rep__c: IDS.r2,
      Scheduled_Start__c: '2026-12-03T14:00:00.000Z'
    });
    assert.equal(ids(run(IDS.m1, SESSIONS), 'Coaching_Session__c').length, before + 1);
    // Rep 2 now reads it through the participant share; Rep 1 does not.
    assert.ok(ids(run(IDS.r2, SESSIONS), 'Coaching_Session__c').includes(created.Id));
    assert.ok(!ids(run(IDS.r1, SESSIONS), 'Coaching_Session__c').includes(created.Id));
    // Moving the 1:1 to Rep 1 moves the share with it.
    f.org.session(IDS.m1).records.update(created.Id, { Rep__c: IDS.r1 });
    assert.ok(ids(run(IDS.r1, SESSIONS), 'Coaching_Session__c').includes(created.Id));
    assert.ok(!ids(run(IDS.r2, SESSIONS), 'Coaching_Session__c').includes(created.Id));
  });

  test('opportunities follow the role hierarchy (Private OWD)', () => {
    const q = `query { uiapi { query { Opportunity(orderBy: { Name: { order: ASC } }) { edges { node { Id } } } } } }`;
    // Manager 1's role is above Rep 1 and Rep 2: O2, O1, O3 by name (Acme Expansion, Acme Platform, Acme Services).
    assert.deepEqual(ids(run(IDS.m1, q), 'Opportunity'), [IDS.o2, IDS.o1, IDS.o3]);
    assert.deepEqual(ids(run(IDS.r2, q), 'Opportunity'), [IDS.o3]);
    // The admin has no role: only what they own (nothing).
    assert.deepEqual(ids(run(IDS.admin, q), 'Opportunity'), []);
  });

  test('deal reviews are controlled by their opportunity', () => {
    const q = `query { uiapi { query { Deal_Review__c { edges { node { Id } } } } } }`;
    assert.deepEqual(ids(run(IDS.r2, q), 'Deal_Review__c'), [IDS.d1]);
    assert.deepEqual(ids(run(IDS.r1, q), 'Deal_Review__c'), [], 'Rep 1 cannot see Rep 2’s deal, so not its review');
  });

  test('a lookup to a record the viewer cannot read comes back null', () => {
    // Rep 1 reads session S1; its cadence C1 is shared with Rep 1 too, so the lookup resolves.
    const r = run(
      IDS.r1,
      `query { uiapi { query { Coaching_Session__c { edges { node { Cadence__r { Id } Manager__r { Name { value } } } } } } } }`
    );
    const node = r.data.uiapi.query.Coaching_Session__c.edges[0].node;
    assert.equal(node.Cadence__r.Id, IDS.c1);
    assert.equal(node.Manager__r.Name.value, 'Mia Manager');
    // Manager 2 reads R3's opportunity O4 whose account Globex is owned by R3 (below M2): visible.
    // Rep 2 reads O3 whose account Acme is owned by Rep 1: not visible, so null.
    const acct = run(
      IDS.r2,
      `query { uiapi { query { Opportunity { edges { node { Account { Name { value } } } } } } } }`
    );
    assert.equal(acct.data.uiapi.query.Opportunity.edges[0].node.Account, null);
  });
});

describe('field-level security', () => {
  test('a hidden field fails validation unless it is @optional, and then it is absent from the node', () => {
    const strict = run(
      IDS.r1,
      `query { uiapi { query { Coaching_Session__c { edges { node { Id Health_Score__c { value } } } } } } }`
    );
    assert.match(strict.errors![0].message, /Cannot query field "Health_Score__c" on type "Coaching_Session__c"/);
    const optional = run(
      IDS.r1,
      `query { uiapi { query { Coaching_Session__c { edges { node { Id Health_Score__c @optional { value } Status__c { value } } } } } } }`
    );
    assert.equal(optional.errors, undefined);
    const node = optional.data.uiapi.query.Coaching_Session__c.edges[0].node;
    assert.deepEqual(Object.keys(node).sort(), ['Id', 'Status__c']);
    // The manager reads the same field.
    const manager = run(
      IDS.m1,
      `query { uiapi { query { Coaching_Session__c(where: { Id: { eq: "${IDS.s1}" } }) { edges { node { Health_Score__c @optional { value } } } } } } }`
    );
    assert.equal(manager.data.uiapi.query.Coaching_Session__c.edges[0].node.Health_Score__c.value, 70);
  });

  test('getRecord leaves out optional fields the user cannot read and refuses required ones', () => {
    const rep = f.org.session(IDS.r1).records;
    const rec = rep.getRecord(IDS.s1, ['Coaching_Session__c.Status__c'], ['Coaching_Session__c.Health_Score__c']);
    assert.deepEqual(Object.keys(rec.fields), ['Status__c']);
    assert.throws(
      () => rep.getRecord(IDS.s1, ['Coaching_Session__c.Health_Score__c'], []),
      (e: any) => e.body.output.errors[0].errorCode === 'INVALID_FIELD'
    );
  });
});
