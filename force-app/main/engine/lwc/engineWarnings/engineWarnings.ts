/**
 * The warning log: every input problem the engine handled in a defined way (a skipped record, a fallback
 * value) is recorded with a typed code, so the UI can show why a figure looks the way it does. Counts are
 * exact; the messages kept per code are capped so an org-wide pass over bad data stays small.
 */
import type { EngineWarning, Id } from 'c/coachingModel';

export type WarningCode = EngineWarning['code'];

export const MESSAGES_KEPT_PER_CODE = 50;

// A function, not a closure per call: `add` runs for every flawed record of a million-record pass.
const textOf = (message: string | (() => string)): string => (typeof message === 'string' ? message : message());

export class WarningLog {
  readonly counts: Partial<Record<WarningCode, number>> = {};
  private readonly kept: EngineWarning[] = [];
  /** Messages already reported without a record. */
  private readonly messages = new Set<string>();
  /** Records already reported, per code: a record id is looked up as it is, without building a key string. */
  private readonly records = new Map<WarningCode, Set<Id>>();

  /** `message` may be a function: it is only called for the messages kept, which keeps bulk passes cheap. */
  add(code: WarningCode, message: string | (() => string), recordId?: Id): void {
    // The same problem on the same record is reported once, however many figures it touches.
    if (recordId === undefined) {
      const key = `${code}||${textOf(message)}`;
      if (this.messages.has(key)) return;
      this.messages.add(key);
    } else {
      let ids = this.records.get(code);
      if (!ids) {
        ids = new Set();
        this.records.set(code, ids);
      }
      if (ids.has(recordId)) return;
      ids.add(recordId);
    }
    const count = (this.counts[code] ?? 0) + 1;
    this.counts[code] = count;
    if (count <= MESSAGES_KEPT_PER_CODE) {
      const text = textOf(message);
      this.kept.push(recordId === undefined ? { code, message: text } : { code, message: text, recordId });
    }
  }

  get warnings(): EngineWarning[] {
    return [...this.kept];
  }

  get total(): number {
    return Object.values(this.counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  }
}

/** A value as text for a warning message. Never throws, whatever the input (e.g. an object whose toString is broken). */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return `(${typeof value})`;
  }
}
