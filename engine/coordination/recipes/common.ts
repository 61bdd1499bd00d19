import { AbortedError, SessionExpiredError, type LogkeeperError } from '../../errors/index.js';
import type { Keeper } from '../client.js';
import { EventType, KeeperState, CreateMode, type WatchedEvent } from '../types.js';

/*
 * What the recipes share: creating a path's parents, ordering sequential children, waiting
 * for a znode to go, and the "protected" names that let a contender find its own
 * sequential znode after a create whose reply was lost (Curator's protection mode).
 */

export function codeOf(error: unknown): string | undefined {
  return (error as LogkeeperError | undefined)?.code;
}

/** Creates `path` and any missing parent (PERSISTENT unless `mode` says otherwise); existing ones are fine. */
export async function ensurePath(keeper: Keeper, path: string, mode: CreateMode = CreateMode.PERSISTENT): Promise<void> {
  if (path === '/') return;
  if (await keeper.exists(path)) return;
  const parts = path.split('/').slice(1);
  let at = '';
  for (const part of parts) {
    at += `/${part}`;
    try {
      await keeper.create(at, new Uint8Array(0), at === path ? mode : CreateMode.PERSISTENT);
    } catch (error) {
      if (codeOf(error) !== 'NODE_EXISTS') throw error;
    }
  }
}

/**
 * The counter ZooKeeper appended to a sequential name: %010d of a signed 32-bit int, so the
 * last 10 characters — '0000000042', '-000000007', or (past 2^31 - 1) '-2147483648', whose
 * last 10 are digits too large for a positive counter.
 */
export function sequenceOf(name: string): number {
  const tail = name.slice(-10);
  if (!/^-?\d+$/.test(tail) || tail.length < 10) return Number.NaN;
  const value = Number(tail);
  return value > 0x7fffffff ? -value : value;
}

/** Names of sequential znodes in creation order. */
export function bySequence(names: string[]): string[] {
  return [...names].sort((a, b) => sequenceOf(a) - sequenceOf(b));
}

let protection = 0;

/** A prefix unique to this session and call, so the caller can recognise its own sequential znode. */
export function protectedPrefix(keeper: Keeper, base: string): string {
  return `_c_${keeper.sessionId.toString(16)}-${(++protection).toString(36)}-${base}`;
}

/**
 * Creates a sequential znode named `${dir}/${prefix}NNNNNNNNNN`. If the reply is lost
 * (CONNECTION_LOSS: it may or may not exist), looks for a child with the prefix before
 * trying again, so a retry never leaves a twin behind.
 */
export async function createProtected(keeper: Keeper, dir: string, prefix: string, data: Uint8Array, mode: CreateMode): Promise<string> {
  for (;;) {
    try {
      return await keeper.create(`${dir}/${prefix}`, data, mode);
    } catch (error) {
      if (!(error as LogkeeperError).retriable) throw error;
      const mine = (await keeper.getChildren(dir)).find((name) => name.startsWith(prefix));
      if (mine) return `${dir}/${mine}`;
    }
  }
}

/**
 * Resolves once `path` does not exist (at once if it does not). The watch stays across
 * reconnects; an expired session rejects with SESSION_EXPIRED, the signal with ABORTED.
 */
export async function waitGone(keeper: Keeper, path: string, signal?: AbortSignal): Promise<void> {
  for (;;) {
    if (signal?.aborted) throw new AbortedError('Aborted');
    let settle!: (event: WatchedEvent | Error) => void;
    const fired = new Promise<WatchedEvent | Error>((resolve) => (settle = resolve));
    const watcher = (event: WatchedEvent) => {
      if (event.type !== EventType.None) settle(event);
      else if (event.state === KeeperState.Expired || event.state === KeeperState.Closed) settle(new SessionExpiredError('The session ended'));
    };
    const onAbort = () => settle(new AbortedError('Aborted'));
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (!(await keeper.exists(path, watcher))) return;
      const event = await fired;
      if (event instanceof Error) throw event;
      if (event.type === EventType.NodeDeleted) return;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

/** Bytes for a string (recipes store small UTF-8 values). */
export function utf8(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? new TextEncoder().encode(value) : value;
}

export function fromUtf8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/**
 * Joins a queue of ephemeral sequential znodes under `dir` and waits until `blocker` says
 * nothing is in the way: it gets the position of our znode and every name in sequence
 * order, and returns the name to wait for (only that one is watched: no herd effect) or
 * null. Resolves with our znode's path. On abort or failure our znode is removed.
 */
export async function contend(
  keeper: Keeper,
  dir: string,
  base: string,
  data: Uint8Array,
  blocker: (index: number, ordered: string[]) => string | null,
  signal?: AbortSignal,
): Promise<string> {
  const prefix = protectedPrefix(keeper, base);
  let mine: string;
  for (;;) {
    await ensurePath(keeper, dir, CreateMode.CONTAINER);
    try {
      mine = await createProtected(keeper, dir, prefix, data, CreateMode.EPHEMERAL_SEQUENTIAL);
      break;
    } catch (error) {
      // The container may have been removed between the two calls.
      if (codeOf(error) !== 'NO_NODE') throw error;
    }
  }
  const name = mine.slice(dir.length + 1);
  try {
    for (;;) {
      if (signal?.aborted) throw new AbortedError('Aborted');
      const ordered = bySequence(await keeper.getChildren(dir));
      const index = ordered.indexOf(name);
      if (index < 0) throw new SessionExpiredError(`${mine} is gone: the session ended`);
      const wait = blocker(index, ordered);
      if (wait === null) return mine;
      await waitGone(keeper, `${dir}/${wait}`, signal);
    }
  } catch (error) {
    await keeper.delete(mine).catch(() => {});
    throw error;
  }
}

/** An AbortSignal that aborts with `signal` or after `timeoutMs` on the keeper's clock; call `done` after. */
export function deadline(keeper: Keeper, signal?: AbortSignal, timeoutMs?: number): { signal: AbortSignal | undefined; done(): void } {
  if (timeoutMs === undefined) return { signal, done() {} };
  const controller = new AbortController();
  const timer = keeper.clock.setTimer(timeoutMs, () => controller.abort());
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) controller.abort();
  return {
    signal: controller.signal,
    done() {
      keeper.clock.cancel(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
