import type { Keeper } from '../client.js';
import { joinPath } from '../path.js';
import { CreateMode, EventType, KeeperState, type WatchedEvent } from '../types.js';
import { AbortedError, SessionExpiredError } from '../../errors/index.js';
import { bySequence, codeOf, ensurePath, waitGone } from './common.js';

/*
 * Barriers (ZooKeeper's recipes).
 *
 * Barrier: a coordinator raises it (creates the znode); workers `wait` until it is removed.
 *
 * DoubleBarrier: `size` processes `enter` and none starts until all have; then each `leave`s
 * and none finishes until all have. Entering, each creates an ephemeral child and the last
 * one in creates `ready`; leaving, the lowest waits for the highest and everyone else
 * deletes itself and waits for the lowest, so each departure wakes one process.
 */

export class Barrier {
  readonly keeper: Keeper;
  readonly path: string;

  constructor(keeper: Keeper, path: string) {
    this.keeper = keeper;
    this.path = path;
  }

  /** Raises the barrier (fine if it is already up). */
  async set(): Promise<void> {
    await ensurePath(this.keeper, this.path);
  }

  /** Lowers it: every waiter proceeds. */
  async remove(): Promise<void> {
    await this.keeper.delete(this.path).catch((error) => {
      if (codeOf(error) !== 'NO_NODE') throw error;
    });
  }

  /** Resolves once the barrier is down (at once if it is not up). */
  wait(signal?: AbortSignal): Promise<void> {
    return waitGone(this.keeper, this.path, signal);
  }
}

const READY = 'ready';

export class DoubleBarrier {
  readonly keeper: Keeper;
  readonly path: string;
  readonly size: number;
  readonly name: string;

  /** `name` must be unique among the participants. */
  constructor(keeper: Keeper, path: string, size: number, name: string) {
    this.keeper = keeper;
    this.path = path;
    this.size = size;
    this.name = name;
  }

  get #mine(): string {
    return joinPath(this.path, this.name);
  }

  /** Resolves once `size` participants have entered. */
  async enter(signal?: AbortSignal): Promise<void> {
    await ensurePath(this.keeper, this.path);
    const ready = joinPath(this.path, READY);
    const up = waitFor(this.keeper, ready, signal);
    try {
      await this.keeper.create(this.#mine, new Uint8Array(0), CreateMode.EPHEMERAL);
    } catch (error) {
      if (codeOf(error) !== 'NODE_EXISTS') throw error;
    }
    const children = (await this.keeper.getChildren(this.path)).filter((c) => c !== READY);
    if (children.length >= this.size) {
      await this.keeper.create(ready).catch((error) => {
        if (codeOf(error) !== 'NODE_EXISTS') throw error;
      });
    }
    await up;
  }

  /** Resolves once every participant has left. */
  async leave(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw new AbortedError('Aborted');
      const children = bySequenceOrName((await this.keeper.getChildren(this.path)).filter((c) => c !== READY));
      if (children.length === 0) break;
      const mine = children.indexOf(this.name);
      if (children.length === 1 && mine === 0) {
        await this.keeper.delete(this.#mine).catch(() => {});
        break;
      }
      if (mine === 0) {
        await waitGone(this.keeper, joinPath(this.path, children[children.length - 1]!), signal);
      } else {
        if (mine > 0) await this.keeper.delete(this.#mine).catch(() => {});
        await waitGone(this.keeper, joinPath(this.path, children[0]!), signal);
      }
    }
    // The last one out takes `ready` down so the barrier can be used again.
    await this.keeper.delete(joinPath(this.path, READY)).catch(() => {});
  }
}

function bySequenceOrName(names: string[]): string[] {
  return names.every((n) => /\d{10}$/.test(n)) ? bySequence(names) : [...names].sort();
}

/** Resolves when `path` exists (now or later). */
function waitFor(keeper: Keeper, path: string, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      keeper.exists(path, watcher).then((stat) => {
        if (stat) resolve();
      }, reject);
    };
    const watcher = (event: WatchedEvent) => {
      if (event.type === EventType.NodeCreated) resolve();
      else if (event.type === EventType.None && (event.state === KeeperState.Expired || event.state === KeeperState.Closed)) reject(new SessionExpiredError('The session ended'));
      else if (event.type !== EventType.None) check();
    };
    signal?.addEventListener('abort', () => reject(new AbortedError('Aborted')), { once: true });
    check();
  });
}
