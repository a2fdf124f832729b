import { QueryPages, MAX_PAGES, type ConnectionSpec } from 'c/coachingLoader';

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
