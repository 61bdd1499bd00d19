import type { Clock, Timer } from '../time/index.js';

/*
 * A log's background timers (maintenance, and the periodic flush under fsync 'interval'),
 * on its Clock, all stopped at once when the log closes or its settings change.
 */

export class PeriodicTasks {
  #clock: Clock;
  #onFailure: (what: string, err: unknown) => void;
  /** The pending timer of each task started since the last stop. */
  #timers: Array<Timer | undefined> = [];
  /** Bumped by stop(): runs of an older generation neither continue nor reschedule. */
  #generation = 0;

  /** `onFailure` hears of a task that failed (with `what` it was); the task runs again anyway. */
  constructor(clock: Clock, onFailure: (what: string, err: unknown) => void) {
    this.#clock = clock;
    this.#onFailure = onFailure;
  }

  /**
   * Runs `task` every `ms` on the clock until stop(): timed from the end of the previous run,
   * or, `aligned`, at the clock's next multiple of `ms` (so that tasks of the same period
   * elsewhere run at the same moments).
   */
  every(ms: number, what: string, task: () => Promise<unknown>, { aligned = false } = {}): void {
    const generation = this.#generation;
    const slot = this.#timers.length;
    const tick = (): void => {
      const delay = aligned ? ms - (this.#clock.now() % ms) : ms;
      this.#timers[slot] = this.#clock.setTimer(delay, () => {
        if (this.#generation !== generation) return;
        task()
          .catch((err: unknown) => this.#onFailure(what, err))
          .finally(() => {
            if (this.#generation === generation) tick();
          });
      });
    };
    tick();
  }

  /** Cancels every task's timer; a run in progress finishes but is not scheduled again. */
  stop(): void {
    this.#generation++;
    for (const timer of this.#timers) if (timer) this.#clock.cancel(timer);
    this.#timers = [];
  }
}
