/**
 * Arithmetic that never produces NaN or Infinity: a ratio with a zero or missing denominator is null, and
 * components render null as "no data".
 */

/** num ÷ den, or null when either is missing or not finite, or den is 0. */
export function ratio(num: number | null | undefined, den: number | null | undefined): number | null {
  if (num === null || num === undefined || den === null || den === undefined || den === 0) return null;
  const value = num / den;
  return Number.isFinite(value) ? value : null;
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Median of the finite values, or null when there are none. Does not reorder the input. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = values.filter(isFiniteNumber).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Mean of the finite values, or null when there are none. */
export function mean(values: readonly (number | null | undefined)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (isFiniteNumber(v)) {
      sum += v;
      count++;
    }
  }
  return count === 0 ? null : sum / count;
}

export function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/** Rounds to `digits` decimals; null stays null. */
export function roundTo(value: number | null, digits: number): number | null {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Salesforce Currency fields hold at most 16 integer digits; anything larger is corrupt input. */
export const MAX_AMOUNT = 1e16;

/** A usable amount: finite, not negative, within the Currency field's range. */
export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < MAX_AMOUNT;
}
