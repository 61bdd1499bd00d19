import type { Clock } from '../../engine/time/clock.js';
import { realClock } from '../../engine/time/real-clock.js';
import { SimulatedClock } from '../../engine/time/simulated-clock.js';
import { within } from '../helpers.js';

/*
 * Time in an engine world. An adapter that declares `simulatedTime` gets one SimulatedClock
 * for its transports and every member, broker and client: a wait runs virtual time until the
 * event, bounded in virtual time, and the whole group takes milliseconds. Any other adapter
 * runs on the real clock: a wait is for the event itself, bounded by `timing.timeoutMs`.
 *
 * The engine's own timeouts (elections, sessions, group heartbeats) are scaled by `scale`, a
 * tenth of `timing.timeoutMs` in seconds (1 by default), so an adapter that needs a longer
 * bound gets a proportionally patient engine, and the checks stay proportional too.
 */

/** How often a wait on the real clock looks at its condition again. */
const RECHECK_MS = 5;
/** The bound on virtual time of any one wait. */
const VIRTUAL_BOUND_MS = 120_000;

export class Pace {
  readonly clock: Clock;
  /** The engine's timeouts are these many times their defaults below. */
  readonly scale: number;
  readonly #simulated: SimulatedClock | null;
  readonly #timeoutMs: number;

  constructor(simulated: SimulatedClock | null, timeoutMs: number) {
    this.#simulated = simulated;
    this.clock = simulated ?? realClock;
    this.#timeoutMs = timeoutMs;
    this.scale = simulated ? 1 : timeoutMs / 10_000;
  }

  /** A clock for a world: simulated when the adapter declares it. */
  static for(simulatedTime: boolean, timeoutMs: number): Pace {
    return new Pace(simulatedTime ? new SimulatedClock(1_700_000_000_000.375) : null, timeoutMs);
  }

  get simulated(): SimulatedClock | null {
    return this.#simulated;
  }

  now(): number {
    return this.clock.now();
  }

  /** `ms` of the engine's default timing, scaled (whole milliseconds). */
  ms(ms: number): number {
    return Math.max(1, Math.round(ms * this.scale));
  }

  /** The outcome of `promise`, waiting for it with a bound; the error names `what`. */
  async settle<T>(promise: Promise<T>, what: string): Promise<T> {
    const sim = this.#simulated;
    if (!sim) return within(promise, this.#timeoutMs, what);
    let done = false;
    const tracked = promise.finally(() => (done = true));
    tracked.catch(() => {});
    await this.until(() => done, what);
    return tracked;
  }

  /** Waits until `condition()` holds, with a bound; the error names `what`. */
  async until(condition: () => boolean, what: string): Promise<void> {
    const sim = this.#simulated;
    if (sim) {
      await sim.runUntilTrue(condition, VIRTUAL_BOUND_MS).catch(() => {
        throw new Error(`Timed out after ${VIRTUAL_BOUND_MS} ms of virtual time waiting for ${what}`);
      });
      return;
    }
    const deadline = performance.now() + this.#timeoutMs;
    while (!condition()) {
      if (performance.now() > deadline) throw new Error(`Timed out after ${this.#timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, RECHECK_MS));
    }
  }

  /** Lets `ms` of the world's time pass (to space out attempts; never to wait for an event). */
  pause(ms: number): Promise<void> {
    return this.settle(new Promise<void>((resolve) => this.clock.setTimer(ms, resolve)), `${ms} ms to pass`);
  }

  /** The error `promise` rejects with, or null if it resolves, waited for with a bound. */
  async failure(promise: Promise<unknown>, what: string): Promise<(Error & { code?: string }) | null> {
    return this.settle(promise.then(() => null, (error: Error) => error), what);
  }
}
