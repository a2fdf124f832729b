/**
 * Salesforce-looking record ids: key prefix + a fixed pod part + a base-62 counter (15 characters), plus the
 * three-character case-safe suffix that makes the 18-character form.
 */
import { KEY_PREFIX, type RecordType } from './format.ts';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
/** Pod and reserved characters, as in '0055g00000…'. */
const POD = '5g0';
const COUNTER_DIGITS = 9;

/** The 3-character suffix: for each 5-character chunk, a bit per upper-case letter (lowest bit first). */
export function caseSafeSuffix(id15: string): string {
  let out = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    out += SUFFIX[bits];
  }
  return out;
}

export function toBase62(n: number, width: number): string {
  let out = '';
  let rest = n;
  for (let i = 0; i < width; i++) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  if (rest > 0) throw new RangeError(`id counter ${n} does not fit in ${width} base-62 digits`);
  return out;
}

export function makeId(prefix: string, counter: number): string {
  const head = prefix + POD;
  const digits = toBase62(counter, COUNTER_DIGITS);
  // Two pieces: the shared head and a short flat tail (a rope over shared text is cheaper than a copy).
  return head + (digits + caseSafeSuffix(head + digits));
}

/** Mints ids per record type, counting from 1 in the order records are created. */
export class IdMinter {
  private readonly counters: Partial<Record<RecordType, number>> = {};

  next(type: RecordType): string {
    const n = (this.counters[type] ?? 0) + 1;
    this.counters[type] = n;
    return makeId(KEY_PREFIX[type], n);
  }
}

export const isSalesforceId = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^[a-zA-Z0-9]{18}$/.test(value) &&
  caseSafeSuffix(value.slice(0, 15)) === value.slice(15);
