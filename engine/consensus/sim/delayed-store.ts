import type { Clock } from '../../time/clock.js';
import type { Random } from '../../time/random.js';
import type { PersistedState, RaftSave, RaftStore } from '../store.js';
import type { Snapshot } from '../types.js';

/**
 * The simulator's disk: a real store (LevelRaftStore over memory-level, which outlives the
 * node) behind a write latency. A write reaches the store only when its latency has passed;
 * if the node crashes before that, the write is lost — the "unsynced writes" a crash loses.
 * After a crash nothing completes, so the dead node's code never runs again.
 */
export class DelayedStore implements RaftStore {
  readonly inner: RaftStore;
  #clock: Clock;
  #random: Random;
  #maxDelayMs: number;
  #crashed = false;
  /** Writes happen in order, like an append-only log file. */
  #tail: Promise<void> = Promise.resolve();

  constructor(inner: RaftStore, clock: Clock, random: Random, maxDelayMs: number) {
    this.inner = inner;
    this.#clock = clock;
    this.#random = random;
    this.#maxDelayMs = maxDelayMs;
  }

  crash(): void {
    this.#crashed = true;
  }

  load(): Promise<PersistedState> {
    return this.inner.load();
  }

  save(update: RaftSave): Promise<void> {
    return this.#later(() => this.inner.save(update));
  }

  saveSnapshot(snapshot: Snapshot, sync: boolean): Promise<void> {
    return this.#later(() => this.inner.saveSnapshot(snapshot, sync));
  }

  compact(index: number): Promise<void> {
    return this.#later(() => this.inner.compact(index));
  }

  #later(write: () => Promise<void>): Promise<void> {
    const delay = this.#maxDelayMs > 0 ? this.#random.int(this.#maxDelayMs + 1) : 0;
    const run = this.#tail.then(
      () =>
        new Promise<void>((resolve, reject) => {
          if (this.#crashed) return; // never settles: the process is gone
          const go = () => {
            if (this.#crashed) return;
            write().then(() => {
              if (!this.#crashed) resolve();
            }, reject);
          };
          if (delay === 0) go();
          else this.#clock.setTimer(delay, go);
        }),
    );
    this.#tail = run.catch(() => {});
    return run;
  }
}
