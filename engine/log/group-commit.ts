import type { Area } from '../storage/index.js';
import type { Clock } from '../time/index.js';
import { addToGroup, openGroup, type ChainedBatch, type PendingAppend, type StagedGroup, type Tail } from './append-group.js';
import type { LogConfig } from './config.js';
import { copyBytes } from './bytes.js';
import type { AppendResult } from './partition-log-types.js';
import type { Serial } from './serial.js';
import { storageError } from './storage-ops.js';

/*
 * The append pipeline of one log: the queue of appends, the group whose write is in flight,
 * and the group staged behind it (append-group.ts plans appends into a group). PartitionLog
 * checks an append, hands it over here, and applies each written group to its state.
 */

/**
 * The most bytes of batches one group commit writes. LevelDB's own write groups stop at
 * 1 MiB, but it stalls now and then (a memtable switch, L0 slowdowns) and the log has one
 * write in flight: larger groups catch up sooner. In full benchmark runs with batches of
 * 110 kB on classic-level, 4 MiB kept appends at 0.80-0.88x raw writes where 1 MiB ranged
 * 0.70-0.84x (and 1.23-1.30x against 0.96-1.04x under fsync 'always').
 */
const MAX_GROUP_BYTES = 4 * 1024 * 1024;

/** What the pipeline needs from its log. */
export interface GroupCommitLog {
  readonly area: Area;
  /** The database under the area: a group stages its operations in its chained batch. */
  readonly db: { batch(): ChainedBatch };
  /** Whether the database copies a value when it is put, so that appends can lend their bytes (see enqueue). */
  readonly copiesOnPut: boolean;
  /** Whether the log keeps the batches it writes in a tail cache: each group then carries them (addToGroup's `keep`). */
  readonly keepsTail: boolean;
  readonly clock: Clock;
  /** The log's one-at-a-time queue of state changes; writing groups is one of its tasks. */
  readonly serial: Serial;
  /** The log's settings, as updateConfig last set them. */
  config(): LogConfig;
  /** The log start offset, told to appends when their group is acknowledged. */
  logStart(): number;
  /** The state appends build on when nothing is in flight. */
  committedTail(): Tail;
  /** Applies a written group to the log's state. */
  commit(group: StagedGroup): void;
}

export class GroupCommit {
  #log: GroupCommitLog;
  #area: Area;
  #db: { batch(): ChainedBatch };
  #copiesOnPut: boolean;
  #keepsTail: boolean;
  #clock: Clock;
  #serial: Serial;
  #queue: PendingAppend[] = [];
  /** The group whose write is in flight. */
  #inflight: StagedGroup | undefined;
  /** The group being staged behind it, which new appends join while it has room. */
  #staged: StagedGroup | undefined;
  #flushQueued = false;

  constructor(log: GroupCommitLog) {
    this.#log = log;
    this.#area = log.area;
    this.#db = log.db;
    this.#copiesOnPut = log.copiesOnPut;
    this.#keepsTail = log.keepsTail;
    this.#clock = log.clock;
    this.#serial = log.serial;
  }

  /**
   * Takes an append, given the caller's buffer (already checked). The log never reads that
   * buffer once append() has returned: it goes straight into the group staged behind the
   * write in flight while that has room (never past appends already waiting), where a
   * database that copies on put (classic-level) copies it at once and the log patches the
   * header in place and puts it back; otherwise the log keeps a copy of its own. Skipping that
   * copy spares an allocation and a copy of every batch, and the garbage collections they cause.
   */
  enqueue(batch: Uint8Array, leaderEpoch: number | undefined, follower: boolean): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      const p: PendingAppend = { bytes: batch, leaderEpoch, follower, borrowed: false, resolve, reject };
      let staged = this.#staged;
      if (!staged && this.#inflight && this.#queue.length === 0 && this.#serial.waiting === 0) {
        staged = this.#staged = openGroup(this.#db, this.#inflight.tail);
      }
      if (staged && this.#queue.length === 0 && staged.bytes + batch.length <= MAX_GROUP_BYTES) {
        const config = this.#log.config();
        // LogAppendTime rewrites fields inside the CRC: not worth undoing in the caller's buffer.
        p.borrowed = this.#copiesOnPut && config.timestampType !== 'LogAppendTime';
        if (!p.borrowed) p.bytes = copyBytes(batch);
        addToGroup(staged, p, config, this.#clock.now(), this.#area, this.#keepsTail);
      } else {
        p.bytes = copyBytes(batch);
        this.#queue.push(p);
      }
      this.#scheduleFlush();
    });
  }

  #scheduleFlush(): void {
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    void this.#serial.run(() => this.flush());
  }

  /**
   * Group commit, pipelined; a task of the log's Serial. Appends go out in groups of up to
   * MAX_GROUP_BYTES, one storage batch (and, under fsync 'always', one sync) per group, one
   * write in flight at a time so that groups land on disk in offset order. While a group's
   * write is in flight, the next group is staged on top of it: appends are planned into it
   * (offsets, segment roll, index, epochs) as they arrive and their operations go into a
   * chained batch, which on classic-level copies them into a native WriteBatch right away.
   * When the write completes the staged group only has to be issued, and it holds whatever
   * arrived meanwhile. A group is acknowledged after the next one has been issued, so that the
   * producers it wakes check their next batches while that write runs. A staged group is only
   * issued after the group under it committed; if that write fails, the staged group is taken
   * apart and planned again (but for borrowed appends, which fail with it). Yields to other
   * queued work (truncation, retention) between groups.
   */
  async flush(): Promise<void> {
    try {
      for (;;) {
        // Stage the next group on top of the one in flight; not when others wait for the log.
        const queue = this.#queue;
        if (queue.length > 0 && !(this.#inflight && this.#serial.waiting > 0)) {
          const staged = (this.#staged ??= openGroup(this.#db, this.#inflight?.tail ?? this.#log.committedTail()));
          const limit = this.#inflight ? MAX_GROUP_BYTES : this.#firstGroupBytes();
          const config = this.#log.config();
          let n = 0;
          while (n < queue.length && (staged.pending.length + n === 0 || staged.bytes + queue[n]!.bytes.length <= limit)) {
            addToGroup(staged, queue[n++]!, config, this.#clock.now(), this.#area, this.#keepsTail);
          }
          queue.splice(0, n);
        }
        const group = this.#inflight;
        if (!group) {
          if (!this.#staged) break;
          this.#issue(this.#staged);
          continue;
        }
        try {
          await group.written;
        } catch (err) {
          this.#inflight = undefined;
          for (const a of group.accepted) a.p.reject(err);
          const staged = this.#staged;
          if (staged) {
            // Planned on offsets that were not written: plan it again from the committed state,
            // but for the appends whose bytes the log did not keep (borrowed), which fail
            // with the write under them. They come last in a group, so no append that
            // survives passes one that failed.
            this.#staged = undefined;
            staged.batch?.close().catch(() => undefined);
            const again = staged.pending.filter((p) => !p.borrowed);
            for (const p of staged.pending) if (p.borrowed) p.reject(err);
            this.#queue.unshift(...again);
          }
          continue;
        }
        this.#inflight = undefined;
        this.#log.commit(group);
        if (this.#staged) this.#issue(this.#staged);
        const logStart = this.#log.logStart();
        for (const a of group.accepted) {
          a.result.logStartOffset = logStart;
          a.p.resolve(a.result);
        }
        if (!this.#inflight && this.#queue.length > 0 && this.#serial.waiting > 0) {
          // Others wait for the log: let them in, and continue after them.
          this.#flushQueued = false;
          this.#scheduleFlush();
          return;
        }
      }
      this.#flushQueued = false;
    } catch (err) {
      // Not expected (a storage failure rejects its own group): fail whatever is outstanding.
      this.#flushQueued = false;
      const groups = [this.#inflight, this.#staged];
      this.#inflight = this.#staged = undefined;
      groups[1]?.batch?.close().catch(() => undefined);
      // Every append taken (a promise already settled ignores the second answer).
      for (const g of groups) for (const p of g?.pending ?? []) p.reject(err);
      throw err;
    }
  }

  /**
   * How much of the queue the first group takes when nothing is in flight. Without sync, about
   * half of it (up to MAX_GROUP_BYTES): the rest is staged behind it and written next, and the
   * producers that the first write wakes refill while the second is written. A fixed window
   * of producers would otherwise fit in one group and alternate between one write of
   * everything and a pause while they all send their next batches (at 100 records of 100
   * bytes and 64 in flight, half the time no write was in flight). Under fsync 'always' every
   * group costs a sync, and the sync is what takes time: all of it goes in one group.
   */
  #firstGroupBytes(): number {
    if (this.#log.config().fsync === 'always') return MAX_GROUP_BYTES;
    let queued = 0;
    for (const p of this.#queue) queued += p.bytes.length;
    return Math.min(MAX_GROUP_BYTES, Math.ceil(queued / 2));
  }

  /** Writes the staged group (its planning rejections are delivered now, once all under it committed). */
  #issue(group: StagedGroup): void {
    this.#staged = undefined;
    this.#inflight = group;
    for (const r of group.rejected) r.p.reject(r.err);
    group.written = this.#write(group);
  }

  async #write(group: StagedGroup): Promise<void> {
    if (group.failure) throw group.failure;
    if (group.accepted.length === 0) {
      await group.batch?.close();
      return;
    }
    try {
      // `sync` is classic-level's option (memory-level ignores it); abstract-level forwards it.
      await group.batch!.write({ sync: this.#log.config().fsync === 'always' } as never);
    } catch (err) {
      throw storageError(err, 'Writing to the log failed');
    }
  }
}
