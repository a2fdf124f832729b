/**
 * `lightning/graphql` for the preview: the `graphql` wire adapter (`query`, `variables`, `operationName`),
 * `gql`, `refreshGraphQL` and `executeMutation`, answered by the preview server's UI API GraphQL endpoint.
 */
import { request, refreshAllWires } from './transport';
import { FetchingWire } from './wire';

export interface GqlDocument {
  kind: 'Document';
  source: string;
}

/** Parses nothing: the server parses and validates. Interpolated documents (fragments) are inlined. */
export function gql(strings: TemplateStringsArray, ...values: unknown[]): GqlDocument {
  let source = strings[0];
  values.forEach((v, i) => {
    source += (v && typeof v === 'object' && 'source' in v ? (v as GqlDocument).source : String(v)) + strings[i + 1];
  });
  return { kind: 'Document', source };
}

interface GraphQLConfig {
  query?: GqlDocument | null;
  variables?: Record<string, unknown>;
  operationName?: string;
}

interface GraphQLResult {
  data?: unknown;
  errors?: unknown[];
  refresh?: () => Promise<void>;
}

async function post(config: GraphQLConfig): Promise<GraphQLResult> {
  try {
    return await request<GraphQLResult>('/api/graphql', 'POST', {
      query: config.query!.source,
      variables: config.variables ?? {},
      operationName: config.operationName ?? null
    });
  } catch (error) {
    const body = (error as { body?: { errors?: unknown[]; message?: string } }).body;
    return { data: undefined, errors: body?.errors ?? [{ message: body?.message ?? 'The request failed.' }] };
  }
}

export class graphql extends FetchingWire<GraphQLConfig, GraphQLResult> {
  // A dynamic query that is not ready yet (`query: undefined`) waits, as on the platform.
  protected ready(config: GraphQLConfig): boolean {
    return !!config.query;
  }
  protected async load(config: GraphQLConfig): Promise<GraphQLResult> {
    const result = await post(config);
    return { data: result.data, errors: result.errors, refresh: () => this.refresh() };
  }
}

export async function refreshGraphQL(result: GraphQLResult | undefined): Promise<void> {
  await result?.refresh?.();
}

export async function executeMutation(config: GraphQLConfig): Promise<GraphQLResult> {
  const result = await post(config);
  if (!result.errors?.length) await refreshAllWires();
  return result;
}
