import { CoordinatorLoadInProgressError, NotCoordinatorError, type LogkeeperError } from '../../../errors/index.js';
import { encodeRecordBatch } from '../../../log/index.js';
import type { Clock, Timer } from '../../../time/clock.js';
import type { Random } from '../../../time/random.js';
import type { OffsetsLog } from '../log.js';
import { encodeRecord } from '../records/records.js';
import type { GroupRecord } from '../records/types.js';
import { MemberNotices, sendNotices } from '../notify.js';
import { GroupState } from '../state.js';
import { coordinatorError } from './errors.js';
import type { Op, Reply, Timers } from './op.js';

/*
 * How this works: one partition of `__consumer_offsets` that this broker leads, with the
 * groups it holds — a shard of the coordinator (Kafka's coordinator runtime, reduced).
 *
 * Operations run one at a time and synchronously on the shard's state (the pure part:
 * classic/, consumer/, offsets/), each through an Op. What an operation appends is applied
 * to the state at once and written as one record batch, in the order the operations ran;
 * answers wait: an operation's own answer, and each reply it gives to a waiting request, is
 * released once every batch written up to then is committed (acks=-1). So the state may run
 * ahead of the log, but no client ever hears of a state the log could lose in a failover.
 *
 * If a write fails, the state may hold what the log does not: the shard stops (answers
 * waiting on that write and after it fail with Kafka's error for it, requests waiting in
 * classic groups get NOT_COORDINATOR) and the coordinator loads it again from the log.
 * Timers (sessions, rebalance timeouts) are the shard's, on the injected clock, and stop with it.
 *
 * A read of offsets (`gate: 'reads'`, OffsetFetch) waits only for the pending writes of the
 * offsets it read (`op.reads`), not for every write before it: it shows committed offsets,
 * a member's own acknowledged commits among them, without queueing behind others' writes.
 *
 * After each operation the members of the groups it touched may be owed a "heartbeat now"
 * notice (notify.ts); they are sent once its writes are committed.
 */

export interface RunOptions {
  /** 'all' (default): the answer waits for every write before it; 'reads': only for those of the offsets it read. */
  gate?: 'all' | 'reads';
}

export interface ShardOptions {
  partition: number;
  leaderEpoch: number;
  clock: Clock;
  random: Random;
  log: OffsetsLog;
  /** A write failed: the shard has stopped; the coordinator decides what comes next. */
  onFailure(shard: Shard, error: LogkeeperError): void;
  logger: { warn(message: string, fields?: object): void };
}

export class Shard {
  readonly partition: number;
  readonly leaderEpoch: number;
  state = new GroupState();
  readonly #o: ShardOptions;
  #status: 'loading' | 'active' | 'closed' = 'loading';
  /** Settles once every batch written so far is committed (rejects once one failed). */
  #tail: Promise<void> = Promise.resolve();
  readonly #timers = new Map<string, Timer>();
  /** Members' notice channels (notify.ts). */
  readonly notices = new MemberNotices();
  /** Offsets written but maybe not committed yet: by group, by topic/partition, settling when committed. */
  readonly #pendingOffsets = new Map<string, Map<string, Promise<void>>>();

  constructor(options: ShardOptions) {
    this.#o = options;
    this.partition = options.partition;
    this.leaderEpoch = options.leaderEpoch;
  }

  get status(): 'loading' | 'active' | 'closed' {
    return this.#status;
  }

  /** Starts serving the state loaded from the log. */
  activate(state: GroupState): void {
    if (this.#status !== 'loading') return;
    this.state = state;
    this.#status = 'active';
  }

  /**
   * Runs `task` as an operation now, and resolves with its answer once what it (and every
   * operation before it) wrote is committed. A task that throws writes what it appended
   * before throwing, and its error is the answer (once committed too).
   */
  async run<T>(task: (op: Op) => T | Promise<T>, options: RunOptions = {}): Promise<T> {
    if (this.#status === 'loading') throw new CoordinatorLoadInProgressError(`Partition ${this.partition} of the offsets topic is still loading`);
    if (this.#status === 'closed') throw new NotCoordinatorError(`This broker no longer coordinates partition ${this.partition}'s groups`);
    const records: GroupRecord[] = [];
    const replies: Array<[Reply<unknown>, unknown]> = [];
    const touched = new Set<string>();
    const reads: Array<Promise<void>> = [];
    const op: Op = {
      // Record and commit timestamps are whole milliseconds; a real clock reads fractions.
      now: Math.floor(this.#o.clock.now()),
      random: this.#o.random,
      timers: this.#timersApi,
      append: (record) => {
        this.state.replay(record);
        records.push(record);
        touched.add(record.groupId);
      },
      persist: (record) => {
        records.push(record);
        touched.add(record.groupId);
      },
      reply: (to, value) => void replies.push([to as Reply<unknown>, value]),
      touch: (groupId) => void touched.add(groupId),
      reads: (groupId, topic, partition) => {
        const pending = this.#pendingOffsets.get(groupId);
        if (!pending) return;
        if (topic === undefined) reads.push(...pending.values());
        else {
          const write = pending.get(offsetKey(topic, partition ?? -1));
          if (write) reads.push(write);
        }
      },
    };
    let answer: { value: T | Promise<T> } | { error: unknown };
    try {
      answer = { value: task(op) };
    } catch (error) {
      answer = { error };
    }
    this.#write(records, op.now);
    const notices = touched.size > 0 ? this.notices.plan(this.state, touched) : [];
    const gate = options.gate === 'reads' && records.length === 0 ? Promise.all(reads).then(() => undefined) : this.#tail;
    if (notices.length > 0) gate.then(() => this.#status === 'active' && sendNotices(notices), () => {});
    for (const [to, value] of replies) gate.then(() => to.resolve(value), (error: unknown) => to.reject(coordinatorError(error)));
    // An answer given later (a JoinGroup waiting for the others) may fail after the write did.
    if ('value' in answer && answer.value instanceof Promise) answer.value.catch(() => {});
    await gate.catch((error: unknown) => {
      throw coordinatorError(error);
    });
    if ('error' in answer) throw answer.error;
    return answer.value;
  }

  /** Stops serving: timers stop, requests waiting in classic groups get `error`. */
  close(error: LogkeeperError): void {
    if (this.#status === 'closed') return;
    this.#status = 'closed';
    for (const timer of this.#timers.values()) this.#o.clock.cancel(timer);
    this.#timers.clear();
    this.state.abandon(error);
  }

  #write(records: GroupRecord[], now: number): void {
    if (records.length === 0) return;
    const batch = encodeRecordBatch(records.map(encodeRecord), { timestamp: now });
    const written = this.#o.log.append(this.partition, this.leaderEpoch, batch);
    const tail = Promise.all([this.#tail, written]).then(() => undefined);
    this.#tail = tail;
    this.#trackOffsets(records, tail);
    tail.catch((error: unknown) => {
      if (this.#status === 'closed') return;
      const e = coordinatorError(error);
      this.#o.logger.warn('A group coordinator write failed; reloading its partition', { partition: this.partition, code: e.code, error: e.message });
      this.close(new NotCoordinatorError(`Partition ${this.partition}'s write failed: ${e.message}`));
      this.#o.onFailure(this, e);
    });
  }

  /** Marks the offsets `records` write as pending until `write` settles. */
  #trackOffsets(records: GroupRecord[], write: Promise<void>): void {
    for (const r of records) {
      if (r.kind !== 'offset') continue;
      let pending = this.#pendingOffsets.get(r.groupId);
      if (!pending) this.#pendingOffsets.set(r.groupId, (pending = new Map()));
      const key = offsetKey(r.topic, r.partition);
      pending.set(key, write);
      const done = () => {
        const now = this.#pendingOffsets.get(r.groupId);
        if (now?.get(key) !== write) return;
        now.delete(key);
        if (now.size === 0) this.#pendingOffsets.delete(r.groupId);
      };
      write.then(done, done);
    }
  }

  readonly #timersApi: Timers = {
    schedule: (key, delayMs, task) => {
      if (this.#status === 'closed') return;
      this.#timersApi.cancel(key);
      const timer = this.#o.clock.setTimer(delayMs, () => {
        if (this.#timers.get(key) !== timer) return;
        this.#timers.delete(key);
        this.run(task).catch((error: unknown) => {
          const e = error as Error;
          if (this.#status === 'active') this.#o.logger.warn('A group coordinator timer failed', { partition: this.partition, key, error: e?.message ?? String(e) });
        });
      });
      this.#timers.set(key, timer);
    },
    cancel: (key) => {
      const timer = this.#timers.get(key);
      if (timer === undefined) return;
      this.#o.clock.cancel(timer);
      this.#timers.delete(key);
    },
  };
}

const offsetKey = (topic: string, partition: number): string => `${topic}\u0000${partition}`;
