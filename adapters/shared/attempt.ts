import { AbortedError, ConnectTimeoutError } from '../../engine/errors/index.js';
import type { Clock } from '../../engine/time/clock.js';

/** One dial in progress: settle it once with `finish`; `settled` tells late callbacks to stand down. */
export interface Attempt<T> {
  readonly settled: boolean;
  finish(error: Error | null, value?: T): void;
}

export interface AttemptOptions {
  clock: Clock;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  /** For the error messages. */
  address: string;
  /** Releases what the attempt holds (the socket) when it fails, times out or is aborted. */
  abandon(): void;
}

/**
 * Runs a dial under the bounds every adapter gives `connect`: CONNECT_TIMEOUT after
 * `timeoutMs`, ABORTED when `signal` aborts, and exactly one outcome.
 */
export function boundedAttempt<T>(options: AttemptOptions, start: (attempt: Attempt<T>) => void): Promise<T> {
  const { clock, timeoutMs, signal, address } = options;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const attempt: Attempt<T> = {
      get settled() {
        return settled;
      },
      finish(error, value) {
        if (settled) return;
        settled = true;
        clock.cancel(timer);
        signal?.removeEventListener('abort', onAbort);
        if (error) {
          options.abandon();
          reject(error);
        } else resolve(value!);
      },
    };
    const onAbort = () => attempt.finish(new AbortedError(`Connecting to ${address} was aborted`));
    const timer = clock.setTimer(timeoutMs, () => attempt.finish(new ConnectTimeoutError(`No connection to ${address} within ${timeoutMs} ms`)));
    signal?.addEventListener('abort', onAbort, { once: true });
    start(attempt);
  });
}
