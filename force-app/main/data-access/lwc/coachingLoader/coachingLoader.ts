/**
 * Keeps the pages of one coaching GraphQL query and hands out its records per object.
 *
 * Two ways to page a document:
 * - `PagedQuery`: only one connection (the opportunities) is paged, by re-running the whole document with the
 *   next `$oppAfter`; every other connection is read from the latest emission (the agenda, the rep's views).
 * - `ConnectionPagedQuery`: every connection has its own cursor variable and an "until" switch. A re-run asks each
 *   unfinished connection for its next page and switches finished ones off (`CreatedDate ≤ 1900`), so they
 *   return nothing instead of their first page again (the cockpit, whose team can hold tens of thousands of
 *   records). `reread` starts chosen connections again after a write. Its paging state is `ConnectionPager`, which
 *   the leader's oversight documents (`c/oversightQueries`) use directly.
 * Records that two connections return (e.g. the team's and the accounts' opportunities, or a 1:1 and its
 * snapshot) are merged by id, so the engine never sees a duplicate. A connection with more records than the
 * pages allowed says so (`truncated`), and the view tells the user instead of silently computing on part of it.
 */

/** A UI API record node as GraphQL returns it: `{ Id, Name: { value }, Owner: { Name: { value } } }`. */
export interface UiApiNode {
  Id: string;
  [field: string]: unknown;
}

interface Connection {
  edges?: ({ node?: UiApiNode | null } | null)[] | null;
  pageInfo?: { hasNextPage?: boolean; endCursor?: string | null } | null;
}

/** A connection of a document whose connections page on their own (`ConnectionPager`). */
export interface PagedConnection {
  /** The key under `uiapi.query` (or `uiapi.aggregate`): the object name or an alias. */
  key: string;
  /** Record connections sit under `uiapi.query` (the default), aggregates under `uiapi.aggregate`. */
  path?: 'query' | 'aggregate';
  /** The variable carrying this connection's cursor (absent: one page only; more is reported as truncated). */
  afterVariable?: string;
  /** The variable of this connection's `CreatedDate ≤ until` switch. */
  untilVariable?: string;
}

export interface ConnectionSpec extends PagedConnection {
  /** The object the nodes are records of. */
  objectApiName: string;
  /** `PagedQuery`: the connection that the query's `$oppAfter` variable pages. At most one per query. */
  paged?: boolean;
}

/** Pages beyond this are not requested: the query's `upperBound` (10,000) ÷ the page size (2,000). */
export const MAX_PAGES = 5;

const FIRST_PAGE = '';

function connectionsOf(data: unknown): Record<string, Connection> {
  const found = (data as { uiapi?: { query?: Record<string, Connection> } } | null | undefined)?.uiapi?.query;
  return found && typeof found === 'object' ? found : {};
}

function nodesOf(connection: Connection | undefined): UiApiNode[] {
  const nodes: UiApiNode[] = [];
  for (const edge of connection?.edges ?? []) {
    const node = edge?.node;
    if (node && typeof node.Id === 'string') nodes.push(node);
  }
  return nodes;
}

export class QueryPages {
  private readonly specs: readonly ConnectionSpec[];
  private readonly pagedSpec: ConnectionSpec | undefined;
  /** Nodes of the paged connection, by the cursor they were requested with (first page: ''). */
  private pages = new Map<string, UiApiNode[]>();
  private latest: Record<string, Connection> = {};
  private more = new Set<string>();

  constructor(specs: readonly ConnectionSpec[]) {
    this.specs = specs;
    this.pagedSpec = specs.find((s) => s.paged);
  }

  /** Forget every page (a new manager, rep or period). */
  reset(): void {
    this.pages = new Map();
    this.latest = {};
    this.more = new Set();
  }

  /**
   * Takes the result of the page requested with `after` (null for the first page) and returns the cursor of
   * the page to request next, or null when every page is in (or the page limit is reached).
   */
  accept(data: unknown, after: string | null): string | null {
    const connections = connectionsOf(data);
    this.latest = connections;
    this.more = new Set();
    for (const spec of this.specs) {
      if (!spec.paged && connections[spec.key]?.pageInfo?.hasNextPage) this.more.add(spec.key);
    }
    if (!this.pagedSpec) return null;
    const paged = connections[this.pagedSpec.key];
    this.pages.set(after ?? FIRST_PAGE, nodesOf(paged));
    const cursor = paged?.pageInfo?.hasNextPage ? (paged.pageInfo.endCursor ?? null) : null;
    if (cursor === null) return null;
    // A refresh re-ran a page whose successor is already loaded: nothing more to request.
    if (this.pages.has(cursor)) return null;
    if (this.pages.size >= MAX_PAGES) {
      this.more.add(this.pagedSpec.key);
      return null;
    }
    return cursor;
  }

  get pageCount(): number {
    return this.pages.size;
  }

  /** Connections that hold more records than were loaded. */
  get truncated(): string[] {
    return [...this.more];
  }

  /** Every node per object, merged by id (later fields fill in what earlier nodes lack). */
  nodesByObject(): Record<string, UiApiNode[]> {
    return mergeByObject(this.specs, (spec) => {
      if (spec.paged) return [...this.pages.values()].flat();
      return nodesOf(this.latest[spec.key]);
    });
  }
}

/** The nodes of every connection, per object and merged by id (later fields fill in what earlier nodes lack). */
function mergeByObject(
  specs: readonly ConnectionSpec[],
  nodesOfSpec: (spec: ConnectionSpec) => UiApiNode[]
): Record<string, UiApiNode[]> {
  const byObject = new Map<string, Map<string, UiApiNode>>();
  for (const spec of specs) {
    let records = byObject.get(spec.objectApiName);
    if (!records) {
      records = new Map();
      byObject.set(spec.objectApiName, records);
    }
    for (const node of nodesOfSpec(spec)) {
      const existing = records.get(node.Id);
      records.set(node.Id, existing ? { ...existing, ...node } : node);
    }
  }
  const out: Record<string, UiApiNode[]> = {};
  for (const [objectApiName, records] of byObject) out[objectApiName] = [...records.values()];
  return out;
}

/** What the GraphQL wire adapter emits. */
export interface GraphQLWireResult {
  data?: unknown;
  errors?: unknown;
  refresh?: () => Promise<void>;
}

export type Emission = 'ignored' | 'failed' | 'paging' | 'complete';

/**
 * One paged query as a container runs it: takes each wire emission, says whether to show an error, ask for
 * the next page (re-run with `cursor`) or compute, and re-runs the query after a write. The container keeps
 * `cursor` in a field of its own so its wire configuration reacts to it.
 */
export class PagedQuery {
  readonly pages: QueryPages;
  cursor: string | null = null;
  complete = false;
  private latest: GraphQLWireResult | null = null;
  private emissions = 0;

  constructor(specs: readonly ConnectionSpec[]) {
    this.pages = new QueryPages(specs);
  }

  reset(): void {
    this.pages.reset();
    this.cursor = null;
    this.complete = false;
    this.latest = null;
  }

  /** The GraphQL errors of the last emission, when it failed. */
  get errors(): unknown[] | null {
    return errorsOf(this.latest);
  }

  receive(result: GraphQLWireResult | null | undefined): Emission {
    if (!result || (result.data === undefined && result.errors === undefined)) return 'ignored';
    this.emissions++;
    this.latest = result;
    if (this.errors) return 'failed';
    const next = this.pages.accept(result.data, this.cursor);
    if (next) {
      this.cursor = next;
      this.complete = false;
      return 'paging';
    }
    this.complete = true;
    return 'complete';
  }

  /**
   * Re-runs the query after a write: 'changed' when a new emission arrived (the wire handler has computed),
   * 'unchanged' when the data did not change, 'unavailable' before the first emission. Rejects when it fails.
   */
  async refresh(): Promise<'changed' | 'unchanged' | 'unavailable'> {
    const result = this.latest;
    if (!result?.refresh) return 'unavailable';
    const before = this.emissions;
    await result.refresh();
    if (this.emissions === before) {
      this.complete = true;
      return 'unchanged';
    }
    return 'changed';
  }

  /** Every record per object, each node mapped (e.g. flattened to the API shape). */
  records<T>(map: (node: UiApiNode) => T): Record<string, T[]> {
    return mapNodes(this.pages.nodesByObject(), map);
  }

  get truncated(): string[] {
    return this.pages.truncated;
  }
}

function mapNodes<T>(byObject: Record<string, UiApiNode[]>, map: (node: UiApiNode) => T): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const [objectApiName, nodes] of Object.entries(byObject)) out[objectApiName] = nodes.map(map);
  return out;
}

function errorsOf(result: GraphQLWireResult | null): unknown[] | null {
  const errors = result?.errors;
  if (errors === undefined || errors === null) return null;
  return Array.isArray(errors) ? (errors.length ? errors : null) : [errors];
}

/** `…Until` of a connection still being read: later than any record's CreatedDate. */
export const OPEN_UNTIL = '4000-01-01T00:00:00.000Z';
/** `…Until` of a connection already complete: earlier than any record, so it returns nothing. */
export const CLOSED_UNTIL = '1900-01-01T00:00:00.000Z';
/** Pages of one connection beyond this are not requested: the documents' `upperBound` ÷ the page size. */
const MAX_CONNECTION_PAGES = 10;

interface ConnectionState {
  /** Nodes by the cursor they were requested with (first page: ''). */
  pages: Map<string, unknown[]>;
  cursor: string | null;
  complete: boolean;
  truncated: boolean;
  /** How many times the connection was started again (`reread`); 0 for the first load. */
  generation: number;
}

const freshState = (generation = 0): ConnectionState => ({
  pages: new Map(),
  cursor: null,
  complete: false,
  truncated: false,
  generation
});

interface UiApiData {
  uiapi?: Record<string, Record<string, Connection> | undefined>;
}

function pagedConnectionOf(data: unknown, spec: PagedConnection): Connection | undefined {
  return (data as UiApiData | null | undefined)?.uiapi?.[spec.path ?? 'query']?.[spec.key];
}

/**
 * The pages of one document whose connections page independently (see the module comment): what to request next
 * and every node received (aggregate nodes too, which have no Id). Pages are kept by the cursor they were requested
 * with, so a repeated emission of a page replaces itself. Used as is by the leader's screens
 * (`c/oversightQueries`), and by `ConnectionPagedQuery` for the cockpit.
 */
export class ConnectionPager {
  private readonly specs: readonly PagedConnection[];
  private readonly maxPages: number;
  private state = new Map<string, ConnectionState>();

  constructor(specs: readonly PagedConnection[], maxPages = MAX_CONNECTION_PAGES) {
    this.specs = specs;
    this.maxPages = maxPages;
    this.reset();
  }

  /** Forget every page. */
  reset(): void {
    this.state = new Map(this.specs.map((s) => [s.key, freshState()]));
  }

  private stateOf(key: string): ConnectionState {
    return this.state.get(key) as ConnectionState;
  }

  /** The paging variables of the next request (a new object each call). */
  variables(): Record<string, string | null> {
    const out: Record<string, string | null> = {};
    for (const spec of this.specs) {
      const s = this.stateOf(spec.key);
      if (spec.afterVariable) out[spec.afterVariable] = s.complete ? null : s.cursor;
      if (spec.untilVariable) out[spec.untilVariable] = s.complete ? CLOSED_UNTIL : untilOf(s.generation);
    }
    return out;
  }

  /** Takes the result of the request made with `requested` variables; true when another page is needed. */
  accept(data: unknown, requested: Record<string, unknown>): boolean {
    for (const spec of this.specs) {
      const s = this.stateOf(spec.key);
      // A complete connection was switched off: whatever the answer holds for it is not a page of it.
      if (s.complete) continue;
      const connection = pagedConnectionOf(data, spec);
      const after = spec.afterVariable ? ((requested?.[spec.afterVariable] as string | null) ?? '') : '';
      s.pages.set(
        after,
        (connection?.edges ?? []).map((e) => e?.node).filter((n) => n !== null && n !== undefined)
      );
      const next = connection?.pageInfo?.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
      if (next === null || next === after) s.complete = true;
      else if (!spec.afterVariable || s.pages.size >= this.maxPages) {
        s.complete = true;
        s.truncated = true;
      } else s.cursor = next;
    }
    return !this.complete;
  }

  get complete(): boolean {
    return [...this.state.values()].every((s) => s.complete);
  }

  /**
   * Reads the given connections again from their first page (after a write changed them); the others stay as
   * loaded. Each re-read switches its connections on with a later `until` than the last, so the request differs
   * from every earlier one (LDS answers a repeated variable set from its cache).
   */
  reread(keys: readonly string[]): void {
    for (const key of keys) {
      const s = this.state.get(key);
      if (s) this.state.set(key, freshState(s.generation + 1));
    }
  }

  /** Connections not read to the end yet. */
  get incomplete(): string[] {
    return this.specs.filter((s) => !this.stateOf(s.key).complete).map((s) => s.key);
  }

  /** Every node of a connection, in page order. */
  nodes(key: string): unknown[] {
    return [...(this.state.get(key)?.pages.values() ?? [])].flat();
  }

  /** Connections holding more records than the pages allowed. */
  get truncated(): string[] {
    return this.specs.filter((s) => this.stateOf(s.key).truncated).map((s) => s.key);
  }
}

/** The open `until` of a connection's n-th read: one second later per re-read. */
function untilOf(generation: number): string {
  return generation === 0 ? OPEN_UNTIL : new Date(Date.parse(OPEN_UNTIL) + generation * 1000).toISOString();
}

const isUiApiNode = (node: unknown): node is UiApiNode => typeof (node as UiApiNode | null)?.Id === 'string';

/**
 * A document whose connections page independently, as a container runs it (the cockpit): `ConnectionPager` plus
 * the wire's errors and the records per object. The container puts `variables()` into its wire configuration, hands
 * each emission to `receive`, and asks again with the new `variables()` while the answer is 'paging'. An emission is
 * taken as the answer to the latest variables: the wire only emits for its current configuration.
 */
export class ConnectionPagedQuery {
  private readonly specs: readonly ConnectionSpec[];
  private readonly pager: ConnectionPager;
  private requested: Record<string, string | null>;
  private latest: GraphQLWireResult | null = null;

  constructor(specs: readonly ConnectionSpec[], maxPages = MAX_CONNECTION_PAGES) {
    this.specs = specs;
    this.pager = new ConnectionPager(specs, maxPages);
    this.requested = this.pager.variables();
  }

  /** Forget every page; returns the variables of the first request. */
  reset(): Record<string, string | null> {
    this.pager.reset();
    this.latest = null;
    this.requested = this.pager.variables();
    return this.requested;
  }

  /** The paging variables of the request to make now (a new object whenever they change). */
  variables(): Record<string, string | null> {
    return this.requested;
  }

  get complete(): boolean {
    return this.pager.complete;
  }

  get errors(): unknown[] | null {
    return errorsOf(this.latest);
  }

  /** 'paging': ask again with `variables()`; 'complete': every connection is in. */
  receive(result: GraphQLWireResult | null | undefined): Emission {
    if (!result || (result.data === undefined && result.errors === undefined)) return 'ignored';
    this.latest = result;
    if (this.errors) return 'failed';
    if (!this.pager.accept(result.data, this.requested)) return 'complete';
    this.requested = this.pager.variables();
    return 'paging';
  }

  /** Reads the given connections again from their first page (`ConnectionPager.reread`); the request's variables. */
  reread(keys: readonly string[]): Record<string, string | null> {
    this.pager.reread(keys);
    this.requested = this.pager.variables();
    return this.requested;
  }

  /** Asks again for what is still missing (after a failed request), as a request of its own. */
  retry(): Record<string, string | null> {
    return this.reread(this.pager.incomplete);
  }

  /** Connections holding more records than the pages allowed. */
  get truncated(): string[] {
    return this.pager.truncated;
  }

  /** Every node per object, merged by id. */
  nodesByObject(): Record<string, UiApiNode[]> {
    return mergeByObject(this.specs, (spec) => this.pager.nodes(spec.key).filter(isUiApiNode));
  }

  records<T>(map: (node: UiApiNode) => T): Record<string, T[]> {
    return mapNodes(this.nodesByObject(), map);
  }
}
