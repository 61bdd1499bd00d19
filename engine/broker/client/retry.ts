import { AbortedError, toLogkeeperError, type LogkeeperError } from '../../errors/index.js';
import type { Clock } from '../../time/clock.js';
import type { Random } from '../../time/random.js';
import type { RetryOptions } from './options.js';

/** The pause before retry number `attempt` (0 first): doubling from the initial time, capped, ±20%. */
export function backoffMs(retry: RetryOptions, attempt: number, random: Random): number {
  const base = Math.min(retry.maxRetryTimeMs, retry.initialRetryTimeMs * 2 ** Math.min(attempt, 30));
  const jittered = base * (0.8 + 0.4 * random.next());
  return Math.max(1, Math.min(retry.maxRetryTimeMs, Math.round(jittered)));
}

/** Resolves after `ms` of the clock; rejects with ABORTED when `signal` aborts first. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new AbortedError('Aborted'));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clock.cancel(timer);
      reject(new AbortedError('Aborted'));
    };
    const timer = clock.setTimer(ms, () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface RetryContext {
  clock: Clock;
  random: Random;
  retry: RetryOptions;
}

export interface RetryHooks {
  signal?: AbortSignal;
  /** Runs after a retriable failure, before the pause (e.g. a metadata refresh); its own failure is ignored. */
  beforeRetry?(error: LogkeeperError): Promise<void> | void;
}

/**
 * Runs `attempt` until it resolves, a failure is not retriable, or the retries are used up;
 * the last error is the one thrown. Retriable is the error's own flag.
 */
export async function withRetries<T>(context: RetryContext, attempt: (n: number) => Promise<T>, hooks: RetryHooks = {}): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const e = toLogkeeperError(error);
      if (!e.retriable || n >= context.retry.retries || hooks.signal?.aborted) throw e;
      try {
        await hooks.beforeRetry?.(e);
      } catch {
        // the next attempt finds out whether it mattered
      }
      await sleep(context.clock, backoffMs(context.retry, n, context.random), hooks.signal);
    }
  }
}
