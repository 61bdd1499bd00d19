import { InvalidStateError } from '../../errors/index.js';
import type { Keeper } from '../client.js';
import { contend, deadline } from './common.js';

/*
 * A distributed lock and a read-write lock (ZooKeeper's recipes). Contenders queue as
 * ephemeral sequential znodes in a container; each waits only for the znode that blocks it,
 * so a release wakes one waiter (no herd). A lock held by a process that dies is released
 * when its session expires. The container disappears once the last contender has gone.
 */

export interface AcquireOptions {
  signal?: AbortSignal;
  /** Give up (ABORTED) after this long. */
  timeoutMs?: number;
}

/** A mutual-exclusion lock on `path`. */
export class Lock {
  readonly keeper: Keeper;
  readonly path: string;
  #held: string | null = null;

  constructor(keeper: Keeper, path: string) {
    this.keeper = keeper;
    this.path = path;
  }

  get held(): boolean {
    return this.#held !== null;
  }

  /** Waits for the lock; rejects with ABORTED on signal or timeout (leaving no trace). */
  async acquire(options: AcquireOptions = {}): Promise<void> {
    if (this.#held) throw new InvalidStateError('This Lock is already held (it is not reentrant)');
    const limit = deadline(this.keeper, options.signal, options.timeoutMs);
    try {
      this.#held = await contend(this.keeper, this.path, 'lock-', new Uint8Array(0), (index, ordered) => (index === 0 ? null : ordered[index - 1]!), limit.signal);
    } finally {
      limit.done();
    }
  }

  async release(): Promise<void> {
    const mine = this.#held;
    if (!mine) throw new InvalidStateError('This Lock is not held');
    this.#held = null;
    await this.keeper.delete(mine).catch((error) => {
      if (error?.code !== 'NO_NODE') throw error;
    });
  }
}

/** One side of a read-write lock: many readers at once, or one writer. */
class RwSide {
  readonly keeper: Keeper;
  readonly path: string;
  readonly #kind: 'read-' | 'write-';
  #held: string | null = null;

  constructor(keeper: Keeper, path: string, kind: 'read-' | 'write-') {
    this.keeper = keeper;
    this.path = path;
    this.#kind = kind;
  }

  get held(): boolean {
    return this.#held !== null;
  }

  async acquire(options: AcquireOptions = {}): Promise<void> {
    if (this.#held) throw new InvalidStateError('Already held (not reentrant)');
    const limit = deadline(this.keeper, options.signal, options.timeoutMs);
    const reader = this.#kind === 'read-';
    try {
      this.#held = await contend(this.keeper, this.path, this.#kind, new Uint8Array(0), (index, ordered) => {
        if (!reader) return index === 0 ? null : ordered[index - 1]!;
        // A reader waits only for the nearest writer ahead of it.
        for (let i = index - 1; i >= 0; i--) if (isWrite(ordered[i]!)) return ordered[i]!;
        return null;
      }, limit.signal);
    } finally {
      limit.done();
    }
  }

  async release(): Promise<void> {
    const mine = this.#held;
    if (!mine) throw new InvalidStateError('Not held');
    this.#held = null;
    await this.keeper.delete(mine).catch((error) => {
      if (error?.code !== 'NO_NODE') throw error;
    });
  }
}

function isWrite(name: string): boolean {
  return /write-(-?\d+)$/.test(name);
}

export class ReadWriteLock {
  readonly readLock: RwSide;
  readonly writeLock: RwSide;

  constructor(keeper: Keeper, path: string) {
    this.readLock = new RwSide(keeper, path, 'read-');
    this.writeLock = new RwSide(keeper, path, 'write-');
  }
}
