/** Command-line parsing for the org scripts: unknown flags and bad values are one-line usage errors (exit 2). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseFlags<T extends Options>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/, '').split('\n')[0];
    throw new UsageError(`${message}. Usage: ${usage}`);
  }
}

/** A positive integer flag, or the default when the flag is absent. */
export function intFlag(value: string | undefined, name: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}, not "${value}".`);
  return n;
}

/** An allowed-values flag. */
export function choiceFlag<C extends string>(
  value: string | undefined,
  name: string,
  choices: readonly C[],
  fallback: C
): C {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${value}".`);
  }
  return value as C;
}
