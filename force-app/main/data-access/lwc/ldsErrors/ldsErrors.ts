/**
 * One place that turns any error the platform can hand a component (UI API, GraphQL, Apex,
 * a thrown Error, a string) into readable messages. Every component shows errors through it.
 */

interface FieldErrorList {
  [field: string]: { message: string }[];
}
interface ErrorBody {
  message?: string;
  pageErrors?: { message: string }[];
  fieldErrors?: FieldErrorList;
  output?: { errors?: { message: string }[]; fieldErrors?: FieldErrorList };
  enhancedErrorType?: string;
}
export interface PlatformError {
  body?: ErrorBody | ErrorBody[];
  message?: string;
  statusText?: string;
  errors?: { message: string }[];
}
export type AnyError = PlatformError | Error | string | null | undefined;

// Platform error lists are not always clean (null entries, a message-less entry): never throw while explaining an error.
const isText = (m: unknown): m is string => typeof m === 'string' && m.trim() !== '';
function messagesIn(list: unknown): string[] {
  return Array.isArray(list) ? list.map((e) => (e as { message?: unknown } | null)?.message).filter(isText) : [];
}
function fieldMessages(fieldErrors: FieldErrorList | undefined): string[] {
  return fieldErrors && typeof fieldErrors === 'object' ? Object.values(fieldErrors).flatMap(messagesIn) : [];
}

function bodyMessages(body: ErrorBody): string[] {
  const out = [
    ...messagesIn(body.pageErrors),
    ...fieldMessages(body.fieldErrors),
    ...messagesIn(body.output?.errors),
    ...fieldMessages(body.output?.fieldErrors)
  ];
  if (out.length === 0 && body.message) out.push(body.message);
  return out;
}

function messagesOf(error: AnyError): string[] {
  if (!error) return [];
  if (typeof error === 'string') return [error];
  const e = error as PlatformError;
  if (Array.isArray(e.body)) return e.body.filter((b) => b && typeof b === 'object').flatMap(bodyMessages);
  if (e.body && typeof e.body === 'object') {
    const fromBody = bodyMessages(e.body);
    if (fromBody.length) return fromBody;
  }
  if (Array.isArray(e.errors)) return messagesIn(e.errors);
  if (e.message) return [e.message];
  if (e.statusText) return [e.statusText];
  return [];
}

/** Readable, de-duplicated messages for one error or a list of them. */
export function reduceErrors(errors: AnyError | AnyError[]): string[] {
  const list = Array.isArray(errors) ? errors : [errors];
  const messages = list.flatMap(messagesOf).filter(isText);
  return [...new Set(messages)];
}

/**
 * Whether the platform refused the write with this error code (e.g. DUPLICATE_VALUE from a unique field), so
 * a form can explain that case in its own words. Looks wherever UI API and Apex put codes.
 */
export function hasErrorCode(error: AnyError, code: string): boolean {
  if (!error || typeof error !== 'object') return false;
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return false;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (record.errorCode === code || record.statusCode === code) return true;
    return Object.values(record).some(visit);
  };
  return visit(error);
}

/**
 * Messages per field API name from a failed record write (`body.output.fieldErrors`, `body.fieldErrors`), so a
 * form can show each one next to its field. Page-level messages stay with `reduceErrors`.
 */
export function fieldErrorMessages(error: AnyError): Record<string, string> {
  const out: Record<string, string> = {};
  const e = error as PlatformError | null | undefined;
  const bodies = Array.isArray(e?.body) ? e.body : e?.body ? [e.body] : [];
  for (const body of bodies) {
    for (const list of [body.fieldErrors, body.output?.fieldErrors]) {
      for (const [field, errors] of Object.entries(list ?? {})) {
        const messages = errors.map((x) => x.message).filter(Boolean);
        if (messages.length) out[field] = [out[field], ...messages].filter(Boolean).join(' ');
      }
    }
  }
  return out;
}
