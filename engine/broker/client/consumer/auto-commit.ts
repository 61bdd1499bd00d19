import { BadArgumentsError } from '../../../errors/index.js';
import type { Clock } from '../../../time/clock.js';

/*
 * When auto-commit commits (kafkajs's rules): every `interval` ms, and/or once `threshold`
 * messages were processed since the last commit; with neither set, after each fetch's
 * messages are processed. What it commits is only ever what was processed. A commit that
 * failed leaves its messages counted, and with neither setting the next chance (the next
 * poll, even one that brings nothing) tries again: otherwise the last messages before a
 * quiet spell would stay uncommitted until the partition moved.
 */

export interface AutoCommitSettings {
  autoCommit?: boolean;
  autoCommitInterval?: number | null;
  autoCommitThreshold?: number | null;
}

export class AutoCommit {
  readonly enabled: boolean;
  readonly #interval: number | null;
  readonly #threshold: number | null;
  readonly #clock: Clock;
  #count = 0;
  #last: number;
  /** The last commit failed. */
  #failed = false;

  constructor(settings: AutoCommitSettings, clock: Clock) {
    const { autoCommit = true, autoCommitInterval = null, autoCommitThreshold = null } = settings;
    if (typeof autoCommit !== 'boolean') throw new BadArgumentsError('autoCommit must be a boolean');
    for (const [name, v] of [['autoCommitInterval', autoCommitInterval], ['autoCommitThreshold', autoCommitThreshold]] as const) {
      if (v !== null && (!Number.isSafeInteger(v) || v < 1)) throw new BadArgumentsError(`${name} must be a positive integer or null`);
    }
    this.enabled = autoCommit;
    this.#interval = autoCommitInterval;
    this.#threshold = autoCommitThreshold;
    this.#clock = clock;
    this.#last = clock.now();
  }

  processed(count = 1): void {
    this.#count += count;
  }

  /** Whether a commit is due now; `batchDone`: a fetch's messages have all been processed. */
  due(batchDone: boolean): boolean {
    if (!this.enabled || this.#count === 0) return false;
    if (this.#interval === null && this.#threshold === null) return batchDone || this.#failed;
    return (this.#threshold !== null && this.#count >= this.#threshold) || (this.#interval !== null && this.#clock.now() - this.#last >= this.#interval);
  }

  /** A commit of everything processed so far begins: counting starts again. Returns what it covers, for `failed`. */
  committing(): number {
    const count = this.#count;
    this.#count = 0;
    this.#failed = false;
    this.#last = this.#clock.now();
    return count;
  }

  /** That commit (of `count` messages) failed: they are still to be committed. */
  failed(count: number): void {
    this.#count += count;
    this.#failed = true;
  }
}
