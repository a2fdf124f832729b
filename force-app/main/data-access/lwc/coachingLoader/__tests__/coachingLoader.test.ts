import {
  CLOSED_UNTIL,
  ConnectionPagedQuery,
  ConnectionPager,
  MAX_PAGES,
  OPEN_UNTIL,
  QueryPages,
  type ConnectionSpec
} from 'c/coachingLoader';

const SPECS: ConnectionSpec[] = [
  { key: 'User', objectApiName: 'User' },
  { key: 'Opportunity', objectApiName: 'Opportunity', paged: true },
  { key: 'AccountOpportunities', objectApiName: 'Opportunity' },
  { key: 'Coaching_Session__c', objectApiName: 'Coaching_Session__c' },
  { key: 'Snapshots', objectApiName: 'Coaching_Session__c' }
];

const node = (Id: string, fields: Record<string, unknown> = {}) => ({ node: { Id, ...fields } });
const connection = (edges: unknown[], hasNextPage = false, endCursor: string | null = null) => ({
  edges,
  pageInfo: { hasNextPage, endCursor }
});
const result = (query: Record<string, unknown>) => ({ uiapi: { query } });

describe('c/coachingLoader QueryPages', () => {
  it('keeps every page of the paged connection and asks for the next cursor until the last page', () => {
    const pages = new QueryPages(SPECS);
    const first = pages.accept(
      result({
        User: connection([node('005A')]),
        Opportunity: connection([node('006A'), node('006B')], true, 'c1')
      }),
      null
    );
    expect(first).toBe('c1');
    const second = pages.accept(
      result({ User: connection([node('005A')]), Opportunity: connection([node('006C')], false, 'c2') }),
      'c1'
    );
    expect(second).toBeNull();
    expect(pages.pageCount).toBe(2);
    expect(pages.nodesByObject().Opportunity.map((n) => n.Id)).toEqual(['006A', '006B', '006C']);
    expect(pages.truncated).toEqual([]);
  });

  it('merges records two connections return, so the engine sees each record once with all its fields', () => {
    const pages = new QueryPages(SPECS);
    pages.accept(
      result({
        Opportunity: connection([node('006A', { Name: { value: 'Team view' } })]),
        AccountOpportunities: connection([node('006A', { AccountId: { value: '001X' } }), node('006Z')]),
        Coaching_Session__c: connection([node('a02S', { Status__c: { value: 'Held' } })]),
        Snapshots: connection([node('a02S', { Snapshot__c: { value: '{"v":1}' } })])
      }),
      null
    );
    const byObject = pages.nodesByObject();
    expect(byObject.Opportunity).toEqual([
      { Id: '006A', Name: { value: 'Team view' }, AccountId: { value: '001X' } },
      { Id: '006Z' }
    ]);
    expect(byObject.Coaching_Session__c).toEqual([
      { Id: 'a02S', Status__c: { value: 'Held' }, Snapshot__c: { value: '{"v":1}' } }
    ]);
    expect(byObject.User).toEqual([]);
  });

  it('reports a connection with more records than one page, and stops paging at the upper bound', () => {
    const pages = new QueryPages(SPECS);
    let cursor: string | null = null;
    let requests = 0;
    do {
      const after: string | null = cursor;
      cursor = pages.accept(
        result({
          Coaching_Session__c: connection([node(`a02${requests}`)], true, 's'),
          Opportunity: connection([node(`006${requests}`)], true, `c${requests + 1}`)
        }),
        after
      );
      requests++;
    } while (cursor !== null && requests < 20);
    // 10,000 upper bound ÷ 2,000 per page = 5 pages; the 5th page's "more" is reported, not requested.
    expect(requests).toBe(MAX_PAGES);
    expect(pages.truncated.sort()).toEqual(['Coaching_Session__c', 'Opportunity']);
  });

  it('does not ask again for a page it already holds (a refresh re-emitting the first page)', () => {
    const pages = new QueryPages(SPECS);
    expect(pages.accept(result({ Opportunity: connection([node('006A')], true, 'c1') }), null)).toBe('c1');
    expect(pages.accept(result({ Opportunity: connection([node('006B')]) }), 'c1')).toBeNull();
    expect(pages.accept(result({ Opportunity: connection([node('006A2')], true, 'c1') }), null)).toBeNull();
    expect(pages.nodesByObject().Opportunity.map((n) => n.Id)).toEqual(['006A2', '006B']);
  });

  it('treats a missing or malformed result as empty and ignores nodes without an id', () => {
    const pages = new QueryPages(SPECS);
    expect(pages.accept(undefined, null)).toBeNull();
    expect(
      pages.accept({ uiapi: { query: { User: { edges: [null, { node: { Name: 'no id' } }] } } } }, null)
    ).toBeNull();
    expect(pages.nodesByObject().User).toEqual([]);
    pages.reset();
    expect(pages.pageCount).toBe(0);
  });
});

describe('c/coachingLoader ConnectionPagedQuery', () => {
  const OWN: ConnectionSpec[] = [
    { key: 'User', objectApiName: 'User', afterVariable: 'usersAfter', untilVariable: 'usersUntil' },
    { key: 'Opportunity', objectApiName: 'Opportunity', afterVariable: 'openAfter', untilVariable: 'openUntil' },
    {
      key: 'ClosedOpportunities',
      objectApiName: 'Opportunity',
      afterVariable: 'closedAfter',
      untilVariable: 'closedUntil'
    },
    { key: 'Items', objectApiName: 'Action_Item__c', afterVariable: 'itemsAfter', untilVariable: 'itemsUntil' }
  ];
  const ids = (query: ConnectionPagedQuery, object: string): string[] =>
    (query.nodesByObject()[object] ?? []).map((n) => n.Id).sort();

  it('asks each unfinished connection for its next page and switches the finished ones off', () => {
    const query = new ConnectionPagedQuery(OWN);
    expect(query.variables()).toEqual({
      usersAfter: null,
      usersUntil: OPEN_UNTIL,
      openAfter: null,
      openUntil: OPEN_UNTIL,
      closedAfter: null,
      closedUntil: OPEN_UNTIL,
      itemsAfter: null,
      itemsUntil: OPEN_UNTIL
    });
    const first = query.receive({
      data: result({
        User: connection([node('005A')]),
        Opportunity: connection([node('006A')], true, 'o2'),
        ClosedOpportunities: connection([node('006C')], true, 'c2'),
        Items: connection([node('a03A')])
      })
    });
    expect(first).toBe('paging');
    expect(query.variables()).toMatchObject({
      usersUntil: CLOSED_UNTIL,
      openAfter: 'o2',
      openUntil: OPEN_UNTIL,
      closedAfter: 'c2',
      itemsUntil: CLOSED_UNTIL
    });
    // Opportunities are done; closed deals have a third page. Anything a switched-off connection returns is ignored.
    expect(
      query.receive({
        data: result({
          User: connection([node('005STRAY')]),
          Opportunity: connection([node('006B')]),
          ClosedOpportunities: connection([node('006D')], true, 'c3')
        })
      })
    ).toBe('paging');
    expect(query.variables()).toMatchObject({ openAfter: null, openUntil: CLOSED_UNTIL, closedAfter: 'c3' });
    expect(query.receive({ data: result({ ClosedOpportunities: connection([node('006E')]) }) })).toBe('complete');
    expect(query.complete).toBe(true);
    expect(ids(query, 'User')).toEqual(['005A']);
    expect(ids(query, 'Opportunity')).toEqual(['006A', '006B', '006C', '006D', '006E']);
    expect(query.truncated).toEqual([]);
  });

  it('stops at the page limit and says which connection holds more', () => {
    const query = new ConnectionPagedQuery(OWN, 3);
    let outcome = '';
    for (let page = 1; page <= 10 && outcome !== 'complete'; page++)
      outcome = query.receive({
        data: result({ Opportunity: connection([node(`006${page}`)], true, `o${page + 1}`) })
      });
    expect(outcome).toBe('complete');
    expect(ids(query, 'Opportunity')).toEqual(['0061', '0062', '0063']);
    expect(query.truncated).toEqual(['Opportunity']);
  });

  it('re-reads chosen connections from their first page as a request unlike any before, keeping the rest', () => {
    const query = new ConnectionPagedQuery(OWN);
    query.receive({
      data: result({
        User: connection([node('005A')]),
        Opportunity: connection([node('006A')]),
        Items: connection([node('a03OLD')])
      })
    });
    const firstReread = query.reread(['Items']);
    expect(firstReread).toMatchObject({ itemsAfter: null, usersUntil: CLOSED_UNTIL, openUntil: CLOSED_UNTIL });
    expect([OPEN_UNTIL, CLOSED_UNTIL]).not.toContain(firstReread.itemsUntil);
    expect(query.complete).toBe(false);
    expect(query.receive({ data: result({ Items: connection([node('a03NEW')]) }) })).toBe('complete');
    expect(ids(query, 'Action_Item__c')).toEqual(['a03NEW']);
    expect(ids(query, 'Opportunity')).toEqual(['006A']);
    // A second re-read must not repeat the first one's variables (the platform would answer from its cache).
    expect(query.reread(['Items']).itemsUntil).not.toBe(firstReread.itemsUntil);
  });

  it('reports a failed request, and a retry asks again for what is missing only', () => {
    const query = new ConnectionPagedQuery(OWN);
    query.receive({
      data: result({ User: connection([node('005A')]), Opportunity: connection([node('006A')], true, 'o2') })
    });
    const before = query.variables();
    expect(query.receive({ data: undefined, errors: [{ message: 'Request timed out' }] })).toBe('failed');
    expect(query.errors).toEqual([{ message: 'Request timed out' }]);
    const again = query.retry();
    expect(again).not.toEqual(before);
    expect(again).toMatchObject({ usersUntil: CLOSED_UNTIL, openAfter: null });
    expect(query.receive({ data: result({ Opportunity: connection([node('006A'), node('006B')]) }) })).toBe('complete');
    expect(ids(query, 'User')).toEqual(['005A']);
    expect(ids(query, 'Opportunity')).toEqual(['006A', '006B']);
  });

  it('ignores an emission without data or errors, and treats a connection missing from the answer as empty', () => {
    const query = new ConnectionPagedQuery(OWN);
    expect(query.receive(undefined)).toBe('ignored');
    expect(query.receive({ data: undefined, errors: undefined })).toBe('ignored');
    expect(
      query.receive({ data: { uiapi: { query: { User: { edges: [null, { node: { Name: 'no id' } }] } } } } })
    ).toBe('complete');
    expect(query.nodesByObject().User).toEqual([]);
    query.reset();
    expect(query.complete).toBe(false);
  });
});

// A connection page from its nodes (aggregate nodes have no Id).
const nodePage = (nodes: unknown[], hasNextPage = false, endCursor: string | null = null) =>
  connection(
    nodes.map((n) => ({ node: n })),
    hasNextPage,
    endCursor
  );
const PAGER_SPECS = [
  { key: 'A', path: 'query' as const, afterVariable: 'aAfter', untilVariable: 'aUntil' },
  { key: 'B', path: 'query' as const, afterVariable: 'bAfter', untilVariable: 'bUntil' },
  { key: 'S', path: 'aggregate' as const, untilVariable: 'sUntil' }
];

describe('c/coachingLoader ConnectionPager', () => {
  it('asks for the next page of each connection that has one and switches complete ones off', () => {
    const pager = new ConnectionPager(PAGER_SPECS);
    const first = pager.variables();
    expect(first).toEqual({ aAfter: null, aUntil: OPEN_UNTIL, bAfter: null, bUntil: OPEN_UNTIL, sUntil: OPEN_UNTIL });
    const more = pager.accept(
      {
        uiapi: {
          query: { A: nodePage([{ Id: 'a1' }], true, 'cA1'), B: nodePage([{ Id: 'b1' }]) },
          aggregate: { S: nodePage([{ aggregate: {} }]) }
        }
      },
      first
    );
    expect(more).toBe(true);
    const second = pager.variables();
    expect(second).toEqual({
      aAfter: 'cA1',
      aUntil: OPEN_UNTIL,
      bAfter: null,
      bUntil: CLOSED_UNTIL,
      sUntil: CLOSED_UNTIL
    });
    // B is switched off: whatever comes back for it is not added again.
    expect(
      pager.accept(
        { uiapi: { query: { A: nodePage([{ Id: 'a2' }]), B: nodePage([{ Id: 'b1' }]) }, aggregate: {} } },
        second
      )
    ).toBe(false);
    expect(pager.complete).toBe(true);
    expect(pager.nodes('A')).toEqual([{ Id: 'a1' }, { Id: 'a2' }]);
    expect(pager.nodes('B')).toEqual([{ Id: 'b1' }]);
    expect(pager.truncated).toEqual([]);
  });

  it('a page received twice (a cache refresh) replaces itself instead of doubling the records', () => {
    const pager = new ConnectionPager([PAGER_SPECS[0]]);
    const vars = pager.variables();
    const page = { uiapi: { query: { A: nodePage([{ Id: 'a1' }], true, 'c1') } } };
    pager.accept(page, vars);
    pager.accept(page, vars);
    expect(pager.nodes('A')).toEqual([{ Id: 'a1' }]);
    expect(pager.variables().aAfter).toBe('c1');
  });

  it('stops at the page limit and says which connection was cut short; one-page connections too', () => {
    const pager = new ConnectionPager([PAGER_SPECS[0], PAGER_SPECS[2]], 2);
    let vars = pager.variables();
    pager.accept(
      { uiapi: { query: { A: nodePage([{ Id: 'a1' }], true, 'c1') }, aggregate: { S: nodePage([], true, 'x') } } },
      vars
    );
    vars = pager.variables();
    expect(pager.accept({ uiapi: { query: { A: nodePage([{ Id: 'a2' }], true, 'c2') } } }, vars)).toBe(false);
    expect(pager.truncated).toEqual(['A', 'S']);
    expect(pager.nodes('A')).toHaveLength(2);
  });

  it('an empty or malformed answer completes the connection instead of looping', () => {
    const pager = new ConnectionPager(PAGER_SPECS);
    expect(pager.accept(null, pager.variables())).toBe(false);
    expect(pager.nodes('A')).toEqual([]);
    const again = new ConnectionPager([PAGER_SPECS[0]]);
    // A cursor equal to the one just used would ask for the same page forever.
    const vars = { aAfter: 'same' };
    expect(again.accept({ uiapi: { query: { A: nodePage([], true, 'same') } } }, vars)).toBe(false);
    again.reset();
    expect(again.nodes('A')).toEqual([]);
    expect(again.complete).toBe(false);
  });
});
