import type { Random } from '../../../time/random.js';
import type { GroupRecord } from '../records/types.js';

/*
 * What a group operation (a request, or a timer that fired) is given: it runs synchronously
 * on one shard's state (runtime/shard.ts), and says what to write and whom to answer through
 * its Op. Writes and answers are then the shard's business: the records of one operation go
 * to the log as one batch, in the order operations ran, and an answer is released only once
 * every record written before it is committed — so nobody is told of a state that a failover
 * could lose.
 */

/** Where an answer goes, once released: a request waiting for it. */
export interface Reply<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** A request's answer that another operation may give later (a JoinGroup waiting for the others). */
export function deferred<T>(): { promise: Promise<T>; reply: Reply<T> } {
  let reply!: Reply<T>;
  const promise = new Promise<T>((resolve, reject) => (reply = { resolve, reject }));
  return { promise, reply };
}

export interface Timers {
  /** Runs `task` as an operation `delayMs` from now, replacing any task of the same key. */
  schedule(key: string, delayMs: number, task: (op: Op) => void): void;
  cancel(key: string): void;
}

export interface Op {
  /** The clock's time when the operation began. */
  readonly now: number;
  readonly timers: Timers;
  /** Seeded: new member ids. */
  readonly random: Random;
  /** Appends `record` with this operation's others and applies it to the shard's state at once. */
  append(record: GroupRecord): void;
  /** Appends a record the state already reflects (a classic group's snapshot), without applying it again. */
  persist(record: GroupRecord): void;
  /** Answers `to` with `value` once every record written so far, this operation's too, is committed. */
  reply<T>(to: Reply<T>, value: T): void;
  /** The group's members may have something new to act on (notify.ts); groups written to count as touched already. */
  touch(groupId: string): void;
  /** The answer shows this committed offset (no topic: every offset of the group); a read waits for its pending write (runtime/shard.ts). */
  reads(groupId: string, topic?: string, partition?: number): void;
}
