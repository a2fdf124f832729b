/**
 * Errors the org scripts show to people: one line that says what went wrong and what to do next.
 * Everything that talks to an org funnels its failures through `explainOrgError`, so the same
 * Salesforce error reads the same in `coach`, `org:seed` and the CI job.
 */

/** A failure with a message fit for a terminal, and the exit code the script should end with. */
export class OrgScriptError extends Error {
  readonly exitCode: number;
  /** Salesforce error code or our own, for tests and reports. */
  readonly code: string;
  constructor(code: string, message: string, exitCode = 1) {
    super(message);
    this.name = 'OrgScriptError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** Bad command-line input: exit code 2, as the usage conventions of most CLIs. */
export class UsageError extends OrgScriptError {
  constructor(message: string) {
    super('USAGE', message, 2);
  }
}

/** What the retry layer needs to know about a failure. */
export interface ErrorFacts {
  /** Salesforce errorCode (INVALID_FIELD), `HTTP_503`, or a Node network code (ECONNREFUSED). */
  code: string;
  /** HTTP status when known. */
  status: number | null;
  /** The original message, first line only. */
  detail: string;
  /** Worth trying again after a pause: the same request may succeed. */
  transient: boolean;
}

const TRANSIENT_CODES = new Set([
  'SERVER_UNAVAILABLE',
  'UNABLE_TO_LOCK_ROW',
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'UND_ERR_SOCKET'
]);

/**
 * The line of a Salesforce message that says what is wrong. SOQL errors echo the query first and name the
 * problem on a later line ("No such column 'X' on entity 'Y'"), so prefer that line when there is one.
 */
function keyLine(text: unknown): string {
  const lines = String(text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    lines.find((l) => /^(No such column|sObject type|Didn't understand|unexpected token|Bind variables)/.test(l)) ??
    lines[0] ??
    ''
  );
}

/** Reads the code, status and transience out of a jsforce, fetch or Node error. */
export function errorFacts(error: unknown): ErrorFacts {
  const e = (error ?? {}) as {
    errorCode?: unknown;
    name?: unknown;
    code?: unknown;
    message?: unknown;
    cause?: unknown;
  };
  const cause = (e.cause ?? {}) as { code?: unknown };
  let code = String(e.errorCode ?? (typeof e.code === 'string' ? e.code : '') ?? '');
  if (!code && typeof cause.code === 'string') code = cause.code;
  if (!code && typeof e.name === 'string' && /^[A-Z_0-9]+$/.test(e.name)) code = e.name;
  let status: number | null = null;
  // jsforce names non-JSON error responses ERROR_HTTP_<status>.
  const http = /^ERROR_HTTP_(\d{3})$/.exec(code);
  if (http) {
    status = Number(http[1]);
    code = `HTTP_${status}`;
  }
  const detail = keyLine(e.message);
  // The OAuth endpoints (userinfo) answer a dead token with a bare "Bad_OAuth_Token", not the REST error.
  if (/Bad_OAuth_Token|Session expired or invalid/i.test(detail)) code = 'INVALID_SESSION_ID';
  let transient = TRANSIENT_CODES.has(code) || (status !== null && status >= 500);
  // REQUEST_LIMIT_EXCEEDED covers both the rolling 24-hour API quota (waiting minutes will not help)
  // and the concurrent long-running request limit (it clears in seconds).
  if (code === 'REQUEST_LIMIT_EXCEEDED') transient = /concurrent/i.test(detail);
  return { code: code || 'UNKNOWN', status, detail, transient };
}

export interface ExplainContext {
  /** How the user named the org (alias, username or instance URL), for the hint. */
  org?: string;
  /** What we were doing, e.g. "querying Opportunity". */
  action?: string;
  /** Attempts made, when the retry layer gave up. */
  attempts?: number;
}

/** One actionable line for any failure talking to an org. */
export function explainOrgError(error: unknown, context: ExplainContext = {}): OrgScriptError {
  if (error instanceof OrgScriptError) return error;
  const facts = errorFacts(error);
  const where = context.action ? ` while ${context.action}` : '';
  const org = context.org ?? 'the org';
  const login = context.org
    ? `sf org login web --alias ${context.org}`
    : 'sf org login web --alias <alias> (or refresh SF_ACCESS_TOKEN)';
  const tried = context.attempts && context.attempts > 1 ? ` after ${context.attempts} attempts` : '';
  switch (facts.code) {
    case 'INVALID_SESSION_ID':
      return new OrgScriptError(
        facts.code,
        `The session for ${org} is invalid or expired${where}: log in again with \`${login}\`.`
      );
    case 'INVALID_FIELD': {
      const field = /No such column '([^']+)' on entity '([^']+)'/.exec(facts.detail);
      const what = field ? `field ${field[2]}.${field[1]}` : 'a field';
      return new OrgScriptError(
        facts.code,
        `${org} does not expose ${what}${where}: deploy the package (npm run org:deploy) and make sure your user has the Coaching permission set that grants it. (${facts.detail})`
      );
    }
    case 'INVALID_TYPE': {
      const type = /sObject type '([^']+)' is not supported/.exec(facts.detail);
      const what = type ? `object ${type[1]}` : 'an object';
      return new OrgScriptError(
        facts.code,
        `${org} does not expose ${what}${where}: deploy the package (npm run org:deploy) and assign the Coaching permission sets. (${facts.detail})`
      );
    }
    case 'INSUFFICIENT_ACCESS':
    case 'INSUFFICIENT_ACCESS_OR_READONLY':
    case 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY':
      return new OrgScriptError(
        facts.code,
        `Your user lacks a permission${where} in ${org}: assign the Coaching_Admin permission set (and Modify All Data for seeding). (${facts.detail})`
      );
    case 'API_DISABLED_FOR_ORG':
    case 'API_CURRENTLY_DISABLED':
      return new OrgScriptError(
        facts.code,
        `The API is not enabled for ${org} or your user${where}: an edition with API access and the "API Enabled" permission are required.`
      );
    case 'REQUEST_LIMIT_EXCEEDED':
      return new OrgScriptError(
        facts.code,
        facts.transient
          ? `${org} is busy (concurrent request limit)${where}${tried}: try again in a minute.`
          : `${org} has used up its 24-hour API request limit${where}: wait for it to recover (Setup → Company Information shows the usage) or ask Salesforce for a higher limit.`
      );
    case 'ENOTFOUND':
    case 'ECONNREFUSED':
      return new OrgScriptError(
        facts.code,
        `Cannot reach ${org}${where}${tried} (${facts.code}): check the instance URL and your network.`
      );
    default:
      if (facts.status !== null && facts.status >= 500) {
        return new OrgScriptError(
          facts.code,
          `Salesforce answered HTTP ${facts.status}${where}${tried}: the service is having trouble, try again later.`
        );
      }
      if (facts.code === 'SERVER_UNAVAILABLE') {
        return new OrgScriptError(facts.code, `Salesforce is unavailable${where}${tried}: try again later.`);
      }
      return new OrgScriptError(facts.code, `${facts.code}${where}: ${facts.detail || 'no details from Salesforce'}`);
  }
}

/**
 * The one way a script ends on failure: print one line to stderr, exit non-zero.
 * Unexpected errors keep their stack behind DEBUG=1 so a bug report can include it.
 */
export function exitWithError(error: unknown, context: ExplainContext = {}): never {
  const explained = explainOrgError(error, context);
  console.error(`error: ${explained.message}`);
  if (process.env.DEBUG && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(explained.exitCode);
}
