import type { Clock, Timer } from '../../time/clock.js';

/**
 * One simulated process's view of the shared clock. A crash is the process's end: `kill()`
 * cancels every timer it set, and it never fires another, so the dead process's code does
 * not run on (what it still awaits — its dead database, its reset connections — never
 * answers). A restarted process gets a new ProcessClock.
 */
export class ProcessClock implements Clock {
  readonly #inner: Clock;
  readonly #timers = new Set<Timer>();
  #dead = false;

  constructor(inner: Clock) {
    this.#inner = inner;
  }

  get dead(): boolean {
    return this.#dead;
  }

  now(): number {
    return this.#inner.now();
  }

  setTimer(delayMs: number, callback: () => void): Timer {
    if (this.#dead) return { id: -1 };
    const timer = this.#inner.setTimer(delayMs, () => {
      this.#timers.delete(timer);
      callback();
    });
    this.#timers.add(timer);
    return timer;
  }

  cancel(timer: Timer): void {
    if (!this.#timers.delete(timer)) return;
    this.#inner.cancel(timer);
  }

  kill(): void {
    this.#dead = true;
    for (const timer of this.#timers) this.#inner.cancel(timer);
    this.#timers.clear();
  }
}
