import type { Clock, Timer } from './clock.js';

interface RealTimer extends Timer {
  handle: ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate> | null;
  kind: 'immediate' | 'task' | 'timeout';
  /** A browser task's callback, and whether it was cancelled before it ran. */
  run?: () => void;
  cancelled?: boolean;
}

// Browsers have no setImmediate; there a zero delay is a MessageChannel task (a task after
// the current one, without the 4 ms that nested setTimeout(0)s are clamped to).
const hasSetImmediate = typeof globalThis.setImmediate === 'function';

/** Zero-delay callbacks in a browser, run in order by one channel message per batch; a cancelled one is skipped. */
class TaskQueue {
  #waiting: RealTimer[] = [];
  #channel: MessageChannel | null = null;

  add(timer: RealTimer, callback: () => void): void {
    if (!this.#channel) {
      this.#channel = new MessageChannel();
      this.#channel.port1.onmessage = () => {
        for (const t of this.#waiting.splice(0)) if (!t.cancelled) t.run!();
      };
    }
    timer.run = callback;
    if (this.#waiting.push(timer) === 1) this.#channel.port2.postMessage(0);
  }
}

const tasks = new TaskQueue();

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
    const id = this.#nextId++;
    if (delayMs > 0) return { id, handle: setTimeout(callback, delayMs), kind: 'timeout' } as RealTimer;
    if (hasSetImmediate) return { id, handle: setImmediate(callback), kind: 'immediate' } as RealTimer;
    const timer: RealTimer = { id, handle: null, kind: 'task' };
    tasks.add(timer, callback);
    return timer;
  }

  cancel(timer: Timer): void {
    const t = timer as RealTimer;
    if (t.kind === 'immediate') clearImmediate(t.handle as ReturnType<typeof setImmediate>);
    else if (t.kind === 'timeout') clearTimeout(t.handle as ReturnType<typeof setTimeout>);
    else t.cancelled = true;
  }
}

/** One shared RealClock is enough for a process. */
export const realClock: Clock = new RealClock();
