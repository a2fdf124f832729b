/**
 * Bounded retries for org requests. jsforce's own retry loop is switched off (see connection.ts) because it
 * retries only some methods, cannot tell the 24-hour API quota from a busy org, and waits ~15 s silently;
 * this one knows which failures are transient, says what it is doing, and gives up with one clear line.
 */
import { errorFacts, explainOrgError, type ExplainContext } from './errors.ts';

export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  /** Wait before the second attempt; doubles each time. */
  baseDelayMs: number;
  /** Upper bound for one wait. */
  maxDelayMs: number;
  /** Called before each wait (e.g. to print "retrying"). */
  onRetry?: (info: { attempt: number; delayMs: number; code: string }) => void;
  /** Injected so tests do not wait. */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 16000 };

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `operation` until it succeeds, fails with a non-transient error, or runs out of attempts.
 * `idempotent: false` retries only failures where the server certainly did not act (it refused the
 * request: 503, a busy org, a refused connection), so a write is never applied twice.
 */
export async function withRetry<T>(
  operation: () => Promise<T>,
  options: { policy?: RetryPolicy; context?: ExplainContext; idempotent?: boolean } = {}
): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY;
  const sleep = policy.sleep ?? defaultSleep;
  const idempotent = options.idempotent ?? true;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const facts = errorFacts(error);
      const refusedUnprocessed =
        facts.status === 503 ||
        facts.code === 'SERVER_UNAVAILABLE' ||
        facts.code === 'ECONNREFUSED' ||
        facts.code === 'REQUEST_LIMIT_EXCEEDED' ||
        facts.code === 'UNABLE_TO_LOCK_ROW';
      const retryable = facts.transient && (idempotent || refusedUnprocessed);
      if (!retryable || attempt >= policy.attempts) {
        throw explainOrgError(error, { ...options.context, attempts: attempt });
      }
      const delayMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      policy.onRetry?.({ attempt, delayMs, code: facts.code });
      await sleep(delayMs);
    }
  }
}
