/**
 * Keeps the pages of one coaching GraphQL query and hands out its records per object.
 *
 * A view runs ONE document; only its opportunity connection is paged (re-running the same document with
 * the next cursor), every other connection is read from the latest emission. Records that two connections
 * return (e.g. the team's and the accounts' opportunities, or a 1:1 and its snapshot) are merged by id, so
 * the engine never sees a duplicate. A connection with more records than a page says so (`truncated`),
 * and the view tells the user, instead of silently computing on part of the data.
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

export interface ConnectionSpec {
  /** The key under `uiapi.query`: the object name or an alias. */
  key: string;
  /** The object the nodes are records of. */
  objectApiName: string;
  /** The connection that the query's `$oppAfter` variable pages. At most one per query. */
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
    const byObject = new Map<string, Map<string, UiApiNode>>();
    const add = (objectApiName: string, node: UiApiNode): void => {
      let records = byObject.get(objectApiName);
      if (!records) {
        records = new Map();
        byObject.set(objectApiName, records);
      }
      const existing = records.get(node.Id);
      records.set(node.Id, existing ? { ...existing, ...node } : node);
    };
    for (const spec of this.specs) {
      const nodes = spec.paged ? [...this.pages.values()].flat() : nodesOf(this.latest[spec.key]);
      for (const node of nodes) add(spec.objectApiName, node);
    }
    const out: Record<string, UiApiNode[]> = {};
    for (const spec of this.specs) out[spec.objectApiName] = [...(byObject.get(spec.objectApiName)?.values() ?? [])];
    return out;
  }
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
    const errors = this.latest?.errors;
    if (errors === undefined || errors === null) return null;
    return Array.isArray(errors) ? (errors.length ? errors : null) : [errors];
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
    const out: Record<string, T[]> = {};
    for (const [objectApiName, nodes] of Object.entries(this.pages.nodesByObject()))
      out[objectApiName] = nodes.map(map);
    return out;
  }

  get truncated(): string[] {
    return this.pages.truncated;
  }
}
