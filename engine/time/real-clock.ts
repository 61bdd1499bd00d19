import type { Clock, Timer } from './clock.js';

interface RealTimer extends Timer {
  handle: ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate>;
  immediate: boolean;
}

// Browsers have no setImmediate; there a zero delay is a setTimeout(0).
const hasSetImmediate = typeof globalThis.setImmediate === 'function';

/** Wall-clock time from a monotonic source, and the host's timers (Node or a browser tab). */
export class RealClock implements Clock {
  #nextId = 1;
  #last = 0;

  now(): number {
    // timeOrigin + a monotonic offset: epoch milliseconds that never step backwards.
    const t = performance.timeOrigin + performance.now();
    if (t > this.#last) this.#last = t;
    return this.#last;
  }

  setTimer(delayMs: number, callback: () => void): Timer {
    const immediate = !(delayMs > 0) && hasSetImmediate;
    const handle = immediate ? setImmediate(callback) : setTimeout(callback, delayMs > 0 ? delayMs : 0);
    const timer: RealTimer = { id: this.#nextId++, handle, immediate };
    return timer;
  }

  cancel(timer: Timer): void {
    const t = timer as RealTimer;
    if (t.immediate) clearImmediate(t.handle as ReturnType<typeof setImmediate>);
    else clearTimeout(t.handle as ReturnType<typeof setTimeout>);
  }
}

/** One shared RealClock is enough for a process. */
export const realClock: Clock = new RealClock();
