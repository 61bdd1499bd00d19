import { toLogkeeperError, type LogkeeperError } from '../../../errors/index.js';
import type { Clock } from '../../../time/clock.js';
import type { Random } from '../../../time/random.js';
import type { RetryOptions } from '../options.js';
import { backoffMs, sleep } from '../retry.js';

/*
 * The loop both memberships run: one step at a time until stopped. A step that fails with a
 * retriable error (a moved coordinator, a lost connection) is followed by a back-off that
 * grows with each failure in a row (the client's retry settings, never giving up); any other
 * error ends the loop and goes to `onFatal`. Between steps a membership waits with `pause`,
 * which `wake` (something changed: rejoin now) and `stop` cut short.
 */
export class MemberLoop {
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #retry: RetryOptions;
  readonly #stop = new AbortController();
  #wake = new AbortController();

  constructor(clock: Clock, random: Random, retry: RetryOptions) {
    this.#clock = clock;
    this.#random = random;
    this.#retry = retry;
  }

  get signal(): AbortSignal {
    return this.#stop.signal;
  }

  get stopped(): boolean {
    return this.#stop.signal.aborted;
  }

  stop(): void {
    this.#stop.abort();
  }

  /** Ends the current `pause` early. */
  wake(): void {
    this.#wake.abort();
  }

  /** Waits `ms`, or less when woken or stopped. */
  async pause(ms: number): Promise<void> {
    if (this.#wake.signal.aborted) {
      this.#wake = new AbortController();
      return;
    }
    try {
      await sleep(this.#clock, ms, AbortSignal.any([this.#stop.signal, this.#wake.signal]));
    } catch {
      // woken or stopped
    }
    if (this.#wake.signal.aborted) this.#wake = new AbortController();
  }

  async run(step: () => Promise<void>, onFatal: (error: LogkeeperError) => void): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        await step();
        failures = 0;
      } catch (error) {
        if (this.stopped) return;
        const e = toLogkeeperError(error);
        if (!e.retriable) {
          this.stop();
          onFatal(e);
          return;
        }
        try {
          await sleep(this.#clock, backoffMs(this.#retry, failures++, this.#random), this.#stop.signal);
        } catch {
          return;
        }
      }
    }
  }
}
