import type { Clock, Timer } from '../../time/clock.js';

/**
 * One node's view of a shared clock, for the simulator's node pauses (a GC pause, a stopped
 * VM): while paused, timers that fall due are held, and they all fire when it resumes.
 */
export class PausableClock implements Clock {
  readonly inner: Clock;
  #paused = false;
  #held: Array<() => void> = [];

  constructor(inner: Clock) {
    this.inner = inner;
  }

  get paused(): boolean {
    return this.#paused;
  }

  now(): number {
    return this.inner.now();
  }

  setTimer(delayMs: number, callback: () => void): Timer {
    return this.inner.setTimer(delayMs, () => {
      if (this.#paused) this.#held.push(callback);
      else callback();
    });
  }

  cancel(timer: Timer): void {
    this.inner.cancel(timer);
  }

  pause(): void {
    this.#paused = true;
  }

  resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    const held = this.#held;
    this.#held = [];
    for (const callback of held) callback();
  }
}
