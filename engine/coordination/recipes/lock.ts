import { InvalidStateError } from '../../errors/index.js';
import type { Keeper } from '../client.js';
import { codeOf, contend, deadline } from './common.js';

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

/** Given our position in the queue and every name in order: the name to wait for, or null. */
type Blocker = (index: number, ordered: string[]) => string | null;

/** Waits for the one just ahead: exclusive. */
const predecessor: Blocker = (index, ordered) => (index === 0 ? null : ordered[index - 1]!);

/** Waits only for the nearest writer ahead: readers share. */
const nearestWriter: Blocker = (index, ordered) => {
  for (let i = index - 1; i >= 0; i--) if (/write-(-?\d+)$/.test(ordered[i]!)) return ordered[i]!;
  return null;
};

/** A lock held through one znode in the queue under `path` (not reentrant). */
class QueuedLock {
  readonly keeper: Keeper;
  readonly path: string;
  readonly #prefix: string;
  readonly #blocker: Blocker;
  #held: string | null = null;

  constructor(keeper: Keeper, path: string, prefix: string, blocker: Blocker) {
    this.keeper = keeper;
    this.path = path;
    this.#prefix = prefix;
    this.#blocker = blocker;
  }

  get held(): boolean {
    return this.#held !== null;
  }

  /** Waits for the lock; rejects with ABORTED on signal or timeout (leaving no trace). */
  async acquire(options: AcquireOptions = {}): Promise<void> {
    if (this.#held) throw new InvalidStateError('Already held (locks are not reentrant)');
    const limit = deadline(this.keeper, options.signal, options.timeoutMs);
    try {
      this.#held = await contend(this.keeper, this.path, this.#prefix, new Uint8Array(0), this.#blocker, limit.signal);
    } finally {
      limit.done();
    }
  }

  async release(): Promise<void> {
    const mine = this.#held;
    if (!mine) throw new InvalidStateError('Not held');
    this.#held = null;
    await this.keeper.delete(mine).catch((error) => {
      if (codeOf(error) !== 'NO_NODE') throw error;
    });
  }
}

/** A mutual-exclusion lock on `path`. */
export class Lock extends QueuedLock {
  constructor(keeper: Keeper, path: string) {
    super(keeper, path, 'lock-', predecessor);
  }
}

/** Many readers at once, or one writer; a reader queued behind a writer waits for it. */
export class ReadWriteLock {
  readonly readLock: QueuedLock;
  readonly writeLock: QueuedLock;

  constructor(keeper: Keeper, path: string) {
    this.readLock = new QueuedLock(keeper, path, 'read-', nearestWriter);
    this.writeLock = new QueuedLock(keeper, path, 'write-', predecessor);
  }
}
