/**
 * Runs async tasks one at a time, in the order they were queued: every change to a log's
 * state (a group commit, a truncation, retention, compaction) goes through one of these, so
 * none sees another half done. Reads do not queue; they use the last committed state.
 */
export class Serial {
  #tail: Promise<unknown> = Promise.resolve();
  #waiting = 0;

  /** Tasks queued that have not started yet. */
  get waiting(): number {
    return this.#waiting;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    this.#waiting++;
    const result = this.#tail.then(() => {
      this.#waiting--;
      return task();
    });
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Resolves once everything queued so far has finished. */
  idle(): Promise<void> {
    return this.run(async () => undefined);
  }
}
