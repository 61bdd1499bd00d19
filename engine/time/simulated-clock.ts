import type { Clock, Timer } from './clock.js';

/*
 * Virtual time for tests and the simulator. Time moves only when the test says so
 * (`advance`, `runUntil`, `step`, `runUntilQuiet`). Timers due at the same instant fire in
 * the order they were set. After each timer the clock lets pending promise continuations
 * run (a macrotask turn) before the next timer, so async code reacts at the instant it was
 * woken, as it would under real time — but the order is fixed, so a run replays exactly.
 */

interface SimTimer extends Timer {
  readonly at: number;
  readonly callback: () => void;
  /** Fired or cancelled. */
  done: boolean;
}

/** Earlier first; at the same instant, the one set first. */
function before(a: SimTimer, b: SimTimer): boolean {
  return a.at < b.at || (a.at === b.at && a.id < b.id);
}

/** How many idle turns runUntilTrue grants async work when no timer is due. */
const IDLE_TURNS = 20;

/** Lets every pending microtask and nextTick callback run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class SimulatedClock implements Clock {
  #now: number;
  #nextId = 1;
  // A binary min-heap on (at, id). Cancelled timers stay in it, marked done, until they reach the top.
  #heap: SimTimer[] = [];
  #live = 0;

  constructor(startMs = 0) {
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  setTimer(delayMs: number, callback: () => void): Timer {
    const at = this.#now + Math.max(0, Number.isFinite(delayMs) ? delayMs : 0);
    const timer: SimTimer = { id: this.#nextId++, at, callback, done: false };
    const heap = this.#heap;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(timer, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = timer;
    this.#live++;
    return timer;
  }

  cancel(timer: Timer): void {
    const t = timer as SimTimer;
    if (t.done) return;
    t.done = true;
    this.#live--;
  }

  /** How many timers are pending. */
  get pending(): number {
    return this.#live;
  }

  /** When the next timer is due, or undefined when none is pending. */
  nextTimerAt(): number | undefined {
    return this.#peek()?.at;
  }

  /** Fires the next timer (moving time to it) and lets async work settle. False when none is pending. */
  async step(): Promise<boolean> {
    await settle();
    return this.#fireHead(Infinity);
  }

  /** Fires every timer due before or at `time`, in order, then sets the time to `time`. */
  async runUntil(time: number): Promise<void> {
    await settle();
    while (await this.#fireHead(time));
    if (time > this.#now) this.#now = time;
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): Promise<void> {
    return this.runUntil(this.#now + ms);
  }

  /**
   * Fires timers until none is pending. Periodic work (heartbeats) never goes quiet, so the
   * run is bounded: past `limitMs` of virtual time it throws.
   */
  async runUntilQuiet(limitMs = 3_600_000): Promise<void> {
    const deadline = this.#now + limitMs;
    await settle();
    while (await this.#fireHead(deadline));
    if (this.#live > 0) {
      throw new Error(`SimulatedClock: still ${this.#live} timer(s) pending after ${limitMs} ms of virtual time`);
    }
  }

  /**
   * Fires timers until `condition()` holds, checking after each one; throws if it does not
   * hold within `limitMs` of virtual time. This is how a test waits for an event, with a bound.
   */
  async runUntilTrue(condition: () => boolean, limitMs = 3_600_000): Promise<void> {
    const deadline = this.#now + limitMs;
    await settle();
    let idle = 0;
    while (!condition()) {
      if (await this.#fireHead(deadline)) {
        idle = 0;
        continue;
      }
      // No timer is due, but async work (a storage write, say) may take several turns before
      // it meets the condition or sets the next timer: give it those turns before giving up.
      if (idle++ >= IDLE_TURNS) throw new Error(`SimulatedClock: condition not met within ${limitMs} ms of virtual time`);
      await settle();
    }
  }

  /** Runs virtual time until `promise` settles (bounded by `limitMs`), then returns its outcome. */
  async runUntilSettled<T>(promise: Promise<T>, limitMs = 3_600_000): Promise<T> {
    let done = false;
    const tracked = promise.finally(() => {
      done = true;
    });
    tracked.catch(() => {}); // the caller gets the rejection from the return value
    await this.runUntilTrue(() => done, limitMs);
    return tracked;
  }

  /** Fires the earliest timer if it is due at or before `limit`, then lets async work settle. */
  async #fireHead(limit: number): Promise<boolean> {
    const head = this.#peek();
    if (!head || head.at > limit) return false;
    this.#pop();
    head.done = true;
    this.#live--;
    this.#now = head.at;
    head.callback();
    await settle();
    return true;
  }

  /** The earliest live timer, dropping cancelled ones from the top. */
  #peek(): SimTimer | undefined {
    while (this.#heap.length > 0 && this.#heap[0]!.done) this.#pop();
    return this.#heap[0];
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const r = l + 1;
      const c = r < heap.length && before(heap[r]!, heap[l]!) ? r : l;
      if (!before(heap[c]!, last)) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = last;
  }
}
