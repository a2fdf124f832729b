/**
 * The UI API GraphQL emulation: schema generation, filters, ordering, paging, limits and aggregates.
 * Expected values are computed by hand from fixture-org.ts.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { printSchema } from 'graphql';
import { openFixtureOrg, IDS, type FixtureOrg } from './fixture-org.ts';

let f: FixtureOrg;
before(async () => (f = await openFixtureOrg()));
after(() => f.dispose());

const run = (userId: string, query: string, variables: Record<string, unknown> = {}) =>
  f.org.session(userId).graphql({ query, variables }) as {
    data?: any;
    errors?: { message: string; extensions?: any }[];
  };

const names = (result: { data?: any }, object: string): string[] =>
  result.data.uiapi.query[object].edges.map((e: any) => e.node.Name.value);

describe('schema generation', () => {
  test('custom objects, their fields, lookups and child relationships come from the metadata', () => {
    const sdl = printSchema(f.org.schema());
    assert.match(sdl, /type Coaching_Session__c implements Record \{/);
    assert.match(sdl, /Status__c: PicklistValue/);
    assert.match(sdl, /Actual_Start__c: DateTimeValue/);
    assert.match(sdl, /Commit_Current_Quarter__c: CurrencyValue/);
    assert.match(sdl, /Rep__r: User/);
    // Child relationships: Opportunity.Deal_Reviews__r (master-detail), User.Coaching_Sessions__r (lookup).
    assert.match(
      sdl,
      /Deal_Reviews__r\(first: Int, after: String, where: Deal_Review__c_Filter, orderBy: Deal_Review__c_OrderBy, upperBound: Int\): Deal_Review__cConnection/
    );
    assert.match(sdl, /Coaching_Sessions__r\(/);
    // Standard objects and fields the package uses (decision 5), and the date literals.
    assert.match(sdl, /PushCount: IntValue/);
    assert.match(sdl, /LastStageChangeDate: DateTimeValue/);
    assert.match(sdl, /THIS_FISCAL_QUARTER/);
    // Long text areas cannot be filtered (as in SOQL).
    assert.doesNotMatch(sdl, /input Coaching_Session__c_Filter \{[^}]*Notes__c/);
  });

  test("each user's schema leaves out what their object and field permissions hide", () => {
    const rep = printSchema(f.org.schemaFor(f.org.session(IDS.r1).sec));
    assert.match(rep, /type Coaching_Session__c implements Record/);
    assert.doesNotMatch(rep, /Health_Score__c/, 'the rep permission set grants no access to Health_Score__c');
    // Manager 2 holds only the manager permission set, which grants nothing on feedback.
    const manager = printSchema(f.org.schemaFor(f.org.session(IDS.m2).sec));
    assert.doesNotMatch(manager, /Coaching_Feedback__c implements/, 'managers hold no permission on feedback');
    assert.match(manager, /Health_Score__c: DoubleValue/);
  });
});

describe('filters', () => {
  test('eq on strings is case-insensitive; like uses % wildcards', () => {
    // The leader reaches every opportunity through the role hierarchy.
    const eq = run(
      IDS.leader,
      `query { uiapi { query { Opportunity(where: { Name: { eq: "ACME PLATFORM" } }) { edges { node { Name { value } } } } } } }`
    );
    assert.deepEqual(names(eq, 'Opportunity'), ['Acme Platform']);
    const like = run(
      IDS.leader,
      `query { uiapi { query { Opportunity(where: { Name: { like: "acme%" } }, orderBy: { Name: { order: ASC } }) { edges { node { Name { value } } } } } } }`
    );
    // 'Acme Expansion' < 'Acme Platform' < 'Acme Services' < 'acme renewal' (ordinal, case-insensitive sort keys).
    assert.deepEqual(names(like, 'Opportunity'), ['Acme Expansion', 'Acme Platform', 'acme renewal', 'Acme Services']);
  });

  test('THIS_FISCAL_QUARTER follows the org fiscal year (starts in February)', () => {
    // FY starts 1 Feb: quarters Feb–Apr, May–Jul, Aug–Oct, Nov–Jan. On 2026-11-24 the quarter is
    // [2026-11-01, 2027-02-01): O1 (12-15), O2 (2027-01-20), O4 (11-30); not O3 (10-01) or O5 (2027-03-01).
    const r = run(
      IDS.leader,
      `query { uiapi { query { Opportunity(where: { CloseDate: { eq: { literal: THIS_FISCAL_QUARTER } } }, orderBy: { CloseDate: { order: ASC } }) { edges { node { Name { value } } } totalCount } } } }`
    );
    assert.deepEqual(names(r, 'Opportunity'), ['Globex Rollout', 'Acme Platform', 'Acme Expansion']);
    assert.equal(r.data.uiapi.query.Opportunity.totalCount, 3);
  });

  test('relative ranges, in/nin, and/or/not and lookup filters', () => {
    // next_n_days: 30 from 2026-11-24 → [11-25, 12-25): O1 (12-15) and O4 (11-30).
    const range = run(
      IDS.leader,
      `query { uiapi { query { Opportunity(where: { CloseDate: { eq: { range: { next_n_days: 30 } } } }, orderBy: { Name: { order: ASC } }) { edges { node { Name { value } } } } } } }`
    );
    assert.deepEqual(names(range, 'Opportunity'), ['Acme Platform', 'Globex Rollout']);
    const combo = run(
      IDS.leader,
      `query { uiapi { query { Opportunity(where: { and: [ { StageName: { in: ["Prospecting", "Qualification"] } }, { not: { Account: { Name: { eq: "Globex" } } } } ] }) { edges { node { Name { value } } } } } } }`
    );
    // Prospecting/Qualification: O1, O4, O5; not at Globex leaves O1.
    assert.deepEqual(names(combo, 'Opportunity'), ['Acme Platform']);
    const or = run(
      IDS.leader,
      `query { uiapi { query { Opportunity(where: { or: [ { Amount: { gte: 90000 } }, { Amount: { eq: null } } ] }, orderBy: { Amount: { order: DESC, nulls: LAST } }) { edges { node { Name { value } Amount { value } } } } } } }`
    );
    // Amount ≥ 90000: O1 (100000), O2 (90000 EUR, compared as stored); plus O5 with no amount, last.
    assert.deepEqual(names(or, 'Opportunity'), ['Acme Platform', 'Acme Expansion', 'acme renewal']);
  });

  test('date literals on date-time fields use the viewer’s local day (New York, around midnight)', () => {
    // Today is 2026-11-24 in New York (UTC−5). 2026-11-25T03:30Z is 22:30 on the 24th there: today.
    // 2026-11-24T04:30Z is 23:30 on the 23rd there: yesterday, although its UTC date is the 24th.
    const session = (id: string, start: string) => ({
      attributes: { type: 'Coaching_Session__c' },
      Id: id,
      Name: id,
      OwnerId: IDS.m1,
      Manager__c: IDS.m1,
      Rep__c: IDS.r1,
      Status__c: 'Planned',
      Scheduled_Start__c: start
    });
    f.org.store.transaction((tx) => {
      tx.put('Coaching_Session__c', session('a01000000000091AAA', '2026-11-25T03:30:00.000Z'));
      tx.put('Coaching_Session__c', session('a01000000000092AAA', '2026-11-24T04:30:00.000Z'));
    });
    const q = (literal: string) =>
      run(
        IDS.m1,
        `query { uiapi { query { Coaching_Session__c(where: { Scheduled_Start__c: { eq: { literal: ${literal} } } }) { edges { node { Id } } } } } }`
      ).data.uiapi.query.Coaching_Session__c.edges.map((e: any) => e.node.Id);
    assert.deepEqual(q('TODAY'), ['a01000000000091AAA']);
    assert.deepEqual(q('YESTERDAY'), ['a01000000000092AAA']);
  });

  test('ids match in their 15- and 18-character forms', () => {
    const r = run(
      IDS.leader,
      `query($id: ID) { uiapi { query { Opportunity(where: { OwnerId: { eq: $id } }) { totalCount } } } }`,
      { id: IDS.r3.slice(0, 15) }
    );
    assert.equal(r.data.uiapi.query.Opportunity.totalCount, 2);
  });
});

describe('paging and limits', () => {
  test('first, after, hasNextPage and endCursor page through the results; the default page is 10', () => {
    const page1 = run(
      IDS.leader,
      `query { uiapi { query { Opportunity(first: 2, orderBy: { Name: { order: ASC } }) { edges { node { Name { value } } } pageInfo { hasNextPage endCursor } totalCount } } } }`
    );
    const conn = page1.data.uiapi.query.Opportunity;
    assert.equal(conn.totalCount, 5);
    assert.equal(conn.pageInfo.hasNextPage, true);
    const page2 = run(
      IDS.leader,
      `query($after: String) { uiapi { query { Opportunity(first: 2, after: $after, orderBy: { Name: { order: ASC } }) { edges { node { Name { value } } } } } } }`,
      { after: conn.pageInfo.endCursor }
    );
    assert.deepEqual(
      [...names(page1, 'Opportunity'), ...names(page2, 'Opportunity')],
      ['Acme Expansion', 'Acme Platform', 'acme renewal', 'Acme Services']
    );
  });

  test('first above 2,000 and paging past 4,000 without upperBound are refused', () => {
    const big = run(IDS.leader, `query { uiapi { query { Opportunity(first: 2001) { totalCount } } } }`);
    assert.match(big.errors![0].message, /first must be 2000 or less/);
    const cursor = Buffer.from('v1:3999').toString('base64');
    const deep = run(
      IDS.leader,
      `query { uiapi { query { Opportunity(first: 10, after: "${cursor}") { totalCount } } } }`
    );
    assert.match(deep.errors![0].message, /needs the upperBound argument/);
  });

  test('more than 10 child-relationship subqueries in one query is refused', () => {
    const sub = Array.from({ length: 11 }, (_, i) => `s${i}: Opportunities(first: 1) { totalCount }`).join(' ');
    const r = run(IDS.leader, `query { uiapi { query { Account { edges { node { ${sub} } } } } } }`);
    assert.match(r.errors![0].message, /at most 10 child relationship subqueries \(found 11\)/);
  });
});

describe('aggregates', () => {
  test('sum grouped by owner converts currencies to the corporate currency', () => {
    const r = run(
      IDS.leader,
      `query { uiapi { aggregate { Opportunity(where: { CloseDate: { eq: { literal: THIS_FISCAL_QUARTER } } }, groupBy: { OwnerId: { group: true } }, orderBy: { OwnerId: { order: ASC } }) { edges { node { aggregate { OwnerId { value } Amount { sum { value } avg { value } } Id { count { value } } } } } totalCount } } } }`
    );
    const rows = r.data.uiapi.aggregate.Opportunity.edges.map((e: any) => e.node.aggregate);
    // R1: 100,000 USD + 90,000 EUR ÷ 0.9 EUR/USD = 100,000 + 100,000 = 200,000 over 2 deals (avg 100,000).
    // R3: O4 50,000 USD (O5 closes next quarter).
    assert.deepEqual(
      rows.map((a: any) => [a.OwnerId.value, a.Amount.sum.value, a.Amount.avg.value, a.Id.count.value]),
      [
        [IDS.r1, 200000, 100000, 2],
        [IDS.r3, 50000, 50000, 1]
      ]
    );
  });

  test('an ungrouped count and min/max over what the viewer can see', () => {
    // Manager 1 sees R1's and R2's deals (O1, O2, O3) through the role hierarchy, not R3's.
    const r = run(
      IDS.m1,
      `query { uiapi { aggregate { Opportunity { edges { node { aggregate { Id { count { value } } CloseDate { min { value } max { value } } } } } } } } }`
    );
    const a = r.data.uiapi.aggregate.Opportunity.edges[0].node.aggregate;
    assert.equal(a.Id.count.value, 3);
    assert.equal(a.CloseDate.min.value, '2026-10-01');
    assert.equal(a.CloseDate.max.value, '2027-01-20');
  });
});
