/**
 * Authenticating the org scripts. Two sources, in this order:
 * 1. `--target-org <alias|username>`: the auth the Salesforce CLI stored (`sf org login …`), read with
 *    `@salesforce/core` when it is installed (it refreshes expired tokens), else with `sf org display --json`.
 * 2. `SF_ACCESS_TOKEN` + `SF_INSTANCE_URL` (CI, or any tool that hands out a session).
 * Either way the scripts talk to the org through one jsforce Connection, with jsforce's own retry loop off
 * (`retry.ts` owns retries).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Connection } from 'jsforce';
import { OrgScriptError, UsageError, explainOrgError } from './errors.ts';
import { withRetry, type RetryPolicy } from './retry.ts';
import { quietSalesforceCli, runSfJson, isSfInstalled, SF_INSTALL_HINT } from './sf-cli.ts';
import { PROJECT_ROOT } from '../../lib/project.ts';

const requireCjs = createRequire(import.meta.url);

/** jsforce retries up to 5× with ~15 s of silent back-off; our retry layer replaces it. */
export function disableJsforceRetries(): void {
  const request = requireCjs('jsforce/lib/request') as { setDefaults: (d: object) => void };
  request.setDefaults({ retry: { maxRetries: 0 } });
}

/** The API version the package is built for (sfdx-project.json sourceApiVersion). */
export function projectApiVersion(root = PROJECT_ROOT): string {
  const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as { sourceApiVersion?: string };
  return project.sourceApiVersion ?? '66.0';
}

export interface OrgSession {
  conn: Connection;
  /** How the user named the org, for messages. */
  label: string;
  userId: string;
  orgId: string;
  username: string;
  /** Retry policy every request of this session uses. */
  retry?: RetryPolicy;
}

export interface ConnectOptions {
  targetOrg?: string;
  env?: NodeJS.ProcessEnv;
  apiVersion?: string;
  retry?: RetryPolicy;
  /** Tests disable the `@salesforce/core` path to exercise the `sf org display` fallback. */
  useSalesforceCore?: boolean;
}

interface StoredAuth {
  accessToken: string;
  instanceUrl: string;
}

const orgNotFound = (targetOrg: string): OrgScriptError =>
  new OrgScriptError(
    'ORG_NOT_FOUND',
    `No org is authorized as "${targetOrg}": check the alias with \`sf org list\`, or log in with \`sf org login web --alias ${targetOrg}\`.`
  );

/** The stored auth through @salesforce/core; null when the library is absent, 'not-found' for an unknown alias. */
async function authFromSalesforceCore(targetOrg: string): Promise<StoredAuth | null | 'not-found'> {
  let core: typeof import('@salesforce/core');
  try {
    core = await import('@salesforce/core');
  } catch {
    return null;
  }
  try {
    const org = await core.Org.create({ aliasOrUsername: targetOrg });
    await org.refreshAuth();
    const conn = org.getConnection();
    if (!conn.accessToken || !conn.instanceUrl) return null;
    return { accessToken: conn.accessToken, instanceUrl: conn.instanceUrl };
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (/NamedOrgNotFound|NoAuthInfoFound|AuthInfoNotFound/i.test(name)) return 'not-found';
    const message = (error as Error).message?.split('\n')[0] ?? String(error);
    throw new OrgScriptError(
      'ORG_AUTH_FAILED',
      `Cannot use the stored auth for "${targetOrg}" (${message}): log in again with \`sf org login web --alias ${targetOrg}\`.`
    );
  }
}

function authFromSfCli(targetOrg: string, knownMissing: boolean): StoredAuth {
  if (!isSfInstalled()) {
    if (knownMissing) throw orgNotFound(targetOrg);
    throw new OrgScriptError(
      'SF_MISSING',
      `Cannot read the auth for "${targetOrg}". ${SF_INSTALL_HINT} Or set SF_ACCESS_TOKEN and SF_INSTANCE_URL.`
    );
  }
  let result: { accessToken?: string; instanceUrl?: string };
  try {
    result = runSfJson<{ accessToken?: string; instanceUrl?: string }>(
      ['org', 'display', '--target-org', targetOrg],
      `Reading the auth of "${targetOrg}"`
    );
  } catch (error) {
    if (
      /NamedOrgNotFound|NoAuthInfoFound|No authorization information/i.test(
        `${(error as OrgScriptError).code} ${(error as Error).message}`
      )
    ) {
      throw orgNotFound(targetOrg);
    }
    throw error;
  }
  if (!result?.accessToken || !result.instanceUrl) {
    throw new OrgScriptError(
      'ORG_AUTH_FAILED',
      `sf has no session for "${targetOrg}": log in with \`sf org login web --alias ${targetOrg}\`.`
    );
  }
  return { accessToken: result.accessToken, instanceUrl: result.instanceUrl };
}

function authFromEnv(env: NodeJS.ProcessEnv): StoredAuth | null {
  const accessToken = env.SF_ACCESS_TOKEN?.trim();
  const instanceUrl = env.SF_INSTANCE_URL?.trim();
  if (!accessToken && !instanceUrl) return null;
  if (!accessToken || !instanceUrl) {
    throw new UsageError(
      `Set both SF_ACCESS_TOKEN and SF_INSTANCE_URL (only ${accessToken ? 'SF_ACCESS_TOKEN' : 'SF_INSTANCE_URL'} is set), or pass --target-org <alias>.`
    );
  }
  if (!/^https?:\/\/[^\s/]+/.test(instanceUrl)) {
    throw new UsageError(
      `SF_INSTANCE_URL must be a URL like https://mydomain.my.salesforce.com, not "${instanceUrl}".`
    );
  }
  return { accessToken, instanceUrl: instanceUrl.replace(/\/+$/, '') };
}

/** Opens a session on the org and checks that the token works (one userinfo request). */
export async function connectToOrg(options: ConnectOptions = {}): Promise<OrgSession> {
  quietSalesforceCli();
  disableJsforceRetries();
  const env = options.env ?? process.env;
  let auth: StoredAuth | null;
  let label: string;
  if (options.targetOrg) {
    label = options.targetOrg;
    const fromCore = options.useSalesforceCore !== false ? await authFromSalesforceCore(options.targetOrg) : null;
    // sf and @salesforce/core share one auth store; sf is still asked when core finds nothing, because sf may
    // be configured with another state directory.
    auth = fromCore && fromCore !== 'not-found' ? fromCore : authFromSfCli(options.targetOrg, fromCore === 'not-found');
  } else {
    auth = authFromEnv(env);
    if (!auth) {
      throw new UsageError(
        'No org given: pass --target-org <alias> (an org you logged into with sf), or set SF_ACCESS_TOKEN and SF_INSTANCE_URL.'
      );
    }
    label = auth.instanceUrl;
  }
  const conn = new Connection({
    instanceUrl: auth.instanceUrl,
    accessToken: auth.accessToken,
    version: options.apiVersion ?? projectApiVersion()
  });
  const context = { org: options.targetOrg, action: 'checking the session' };
  try {
    const info = await withRetry(
      () =>
        conn.request<{ user_id: string; organization_id: string; preferred_username: string }>(
          '/services/oauth2/userinfo'
        ),
      { policy: options.retry, context }
    );
    return {
      conn,
      label,
      userId: info.user_id,
      orgId: info.organization_id,
      username: info.preferred_username,
      retry: options.retry
    };
  } catch (error) {
    throw explainOrgError(error, context);
  }
}
