import { BadArgumentsError, InvalidStateError, OffsetOutOfRangeError } from '../errors/index.js';
import type { Area, Storage } from '../storage/index.js';
import { realClock, type Clock } from '../time/index.js';
import type { ChainedBatch, StagedGroup, Tail } from './append-group.js';
import { cleanClosedSegments, isCleanable } from './compaction.js';
import { compacts, resolveConfig, DEFAULT_CONFIG, type LogConfig } from './config.js';
import { EpochCache, type EpochEntry } from './epoch-cache.js';
import { GroupCommit } from './group-commit.js';
import {
  KIND_BATCH,
  META_CLEAN_SHUTDOWN,
  META_LOG_START,
  batchKey,
  encodeNumber,
  encodeSegment,
  epochKey,
  kindEnd,
  segmentKey,
  type Segment,
} from './layout.js';
import {
  silentLogger,
  type AppendOptions,
  type AppendResult,
  type CompactionResult,
  type LogLogger,
  type PartitionLogOptions,
  type ReadOptions,
  type RetentionResult,
  type TimestampOffset,
} from './partition-log-types.js';
import { PeriodicTasks } from './periodic-tasks.js';
import { ReadCursors, fetchSize, fill, takeBuffered } from './read-cursors.js';
import { RecordBatch, requireKeys, validateBatch, validateStoredBatch } from './record-batch.js';
import { loadLog } from './recovery.js';
import { clearBelow, segmentsToDelete } from './retention.js';
import { Serial } from './serial.js';
import { storageError, writeOps, type Op } from './storage-ops.js';
import { batchEnd } from './stored-batches.js';
import { findOffsetForTimestamp, readIndexState, type IndexState } from './time-index.js';
import { TailCache } from './tail-cache.js';
import { planTruncation } from './truncation.js';

/*
 * How this works, for the next reader.
 *
 * A PartitionLog owns one area of the database (see layout.ts). Each record batch is one
 * value, keyed by its base offset, holding the Kafka RecordBatch v2 bytes exactly as a
 * consumer or a follower gets them. The log does not decode records on the write path (but
 * to check that each has a key, in a compacted log, as Kafka does): an append checks the
 * batch header and CRC, then patches the base offset and leader epoch, which lie outside the
 * CRC.
 *
 * Segments are metadata only (base offset, next offset, bytes, timestamps): a run of batch
 * keys. The active (last) segment takes appends; it rolls when it would pass segmentBytes or
 * is segmentMs old. Retention deletes whole closed segments: one atomic write drops their
 * metadata and moves the log start, then one range delete per kind clears their keys (see
 * retention.ts). The active segment's metadata is written when it is created and when the
 * log closes cleanly, not on every append; after a crash, open() rebuilds it by scanning the
 * active segment's batches, checking each CRC, and truncating a torn or corrupt tail (and
 * logging it): see recovery.ts.
 *
 * Appends are group-committed: every append that arrives while a write is in flight joins the
 * next single storage batch, so fsync 'always' costs one sync per group. That next group is
 * staged as appends arrive (planned on top of the write in flight, its operations copied
 * into a chained batch), so that when the write completes the next one is only issued; one
 * write is in flight at a time, so groups land in offset order (group-commit.ts runs the
 * pipeline, append-group.ts plans each append into a group). All other state changes run
 * one at a time through a Serial. Reads use the committed state and a storage iterator kept
 * per consumer (a read cursor, read-cursors.ts), and touch each batch once: no decoding, no
 * CRC (checked on the way in), no copy.
 *
 * With tailCacheBytes, the newest committed batches are also kept in memory and reads from
 * them need no storage at all (tail-cache.ts): the reads of followers and of consumers that
 * keep up with the log.
 *
 * A sparse time index per segment (an entry every indexIntervalBytes: the running maximum
 * timestamp and the batch where it stood) answers offsetForTimestamp with a short scan
 * (time-index.ts). The leader epoch cache (epoch-cache.ts) records where each leader epoch
 * began, for follower truncation (truncation.ts). The cleaner of cleanupPolicy 'compact' is
 * compaction.ts.
 *
 * This class holds the committed state, checks every call's arguments, and applies what the
 * pieces above plan; what it writes outside group commits goes through storage-ops.ts. The
 * types of its options and results are in partition-log-types.ts.
 */

export * from './partition-log-types.js';

const CLEAN = Uint8Array.of(1);
/** A cursor's buffer once a read has taken the whole of it (never written to). */
const NOTHING_BUFFERED: Uint8Array[] = [];
const MAX_EPOCH = 0x7fffffff;
const CONFIG_KEYS = new Set(Object.keys(DEFAULT_CONFIG));

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export class PartitionLog {
  readonly path: readonly string[];
  #storage: Storage;
  #area: Area;
  #config: LogConfig;
  #clock: Clock;
  #logger: LogLogger;
  #deleteBoundary: (() => number) | undefined;

  #segments: Segment[] = [];
  #logStart = 0;
  #logEnd = 0;
  #index: IndexState = { lastIndexedTimestamp: -1, bytesSinceEntry: 0 };
  #epochs = new EpochCache();
  #cleanerCheckpoint = 0;
  /** The earliest delete horizon of a retained tombstone (0: unknown, check on the next run). */
  #nextHorizon: number | undefined = 0;

  #serial = new Serial();
  #groupCommit: GroupCommit;
  #cursors: ReadCursors;
  #tail: TailCache | undefined;
  #timers: PeriodicTasks;
  #unsynced = false;
  #closed = false;

  private constructor(area: Area, path: readonly string[], config: LogConfig, options: PartitionLogOptions) {
    this.#storage = options.storage;
    this.#area = area;
    this.path = path;
    this.#config = config;
    this.#clock = options.clock ?? realClock;
    this.#logger = options.logger ?? silentLogger;
    this.#deleteBoundary = options.deleteBoundary;
    const tailCacheBytes = options.tailCacheBytes ?? 0;
    this.#tail = tailCacheBytes > 0 ? new TailCache(tailCacheBytes) : undefined;
    this.#groupCommit = new GroupCommit({
      area,
      db: options.storage.db as unknown as { batch(): ChainedBatch },
      copiesOnPut: options.storage.copiesOnPut === true,
      keepsTail: this.#tail !== undefined,
      clock: this.#clock,
      serial: this.#serial,
      config: () => this.#config,
      logStart: () => this.#logStart,
      committedTail: () => this.#committedTail(),
      commit: (group) => this.#commit(group),
    });
    this.#cursors = new ReadCursors(area, this.#clock);
    this.#timers = new PeriodicTasks(this.#clock, (what, err) =>
      this.#logger.warn(`${what} failed`, { path: this.path.join('/'), error: String(err) }),
    );
  }

  /** Opens (creating, or recovering after a crash) the log stored at `path`. */
  static async open(options: PartitionLogOptions): Promise<PartitionLog> {
    if (typeof options !== 'object' || options === null) throw new BadArgumentsError('PartitionLog.open needs options');
    const { storage, path, clock, logger, deleteBoundary, tailCacheBytes, ...rest } = options;
    if (!storage || typeof storage.area !== 'function') throw new BadArgumentsError('storage must be a Storage');
    const parts = typeof path === 'string' ? [path] : path;
    if (!Array.isArray(parts) || parts.length === 0) throw new BadArgumentsError('path must be a string or a non-empty array of strings');
    if (clock !== undefined && typeof clock?.now !== 'function') throw new BadArgumentsError('clock must be a Clock');
    if (logger !== undefined && typeof logger?.warn !== 'function') throw new BadArgumentsError('logger must have a warn method');
    if (deleteBoundary !== undefined && typeof deleteBoundary !== 'function') throw new BadArgumentsError('deleteBoundary must be a function');
    if (tailCacheBytes !== undefined && !(Number.isSafeInteger(tailCacheBytes) && tailCacheBytes >= 0)) throw new BadArgumentsError('tailCacheBytes must be an integer >= 0');
    for (const key of Object.keys(rest)) if (!CONFIG_KEYS.has(key)) throw new BadArgumentsError(`Unknown log option '${key}'`);
    const config = resolveConfig(DEFAULT_CONFIG, rest);
    const log = new PartitionLog(storage.area(...parts), [...parts], config, options);
    await log.#load();
    log.#startTimers();
    return log;
  }

  // ---------------------------------------------------------------- state

  /** The first offset a read may ask for. */
  get logStartOffset(): number {
    return this.#logStart;
  }

  /** The offset the next append will get. */
  get logEndOffset(): number {
    return this.#logEnd;
  }

  /** Bytes of all stored batches. */
  get size(): number {
    let total = 0;
    for (const s of this.#segments) total += s.size;
    return total;
  }

  get activeSegmentBaseOffset(): number {
    return this.#active.baseOffset;
  }

  get config(): Readonly<LogConfig> {
    return { ...this.#config };
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** The segments, oldest first; the last one is active. */
  segments(): Segment[] {
    return this.#segments.map((s) => ({ ...s }));
  }

  /** The leader epoch cache: where each epoch's first batch landed, oldest first. */
  leaderEpochs(): EpochEntry[] {
    return this.#epochs.entries();
  }

  get latestLeaderEpoch(): number {
    return this.#epochs.latestEpoch;
  }

  /** Kafka's OffsetsForLeaderEpoch: the end offset of `epoch` (or of the largest epoch below it). */
  endOffsetForEpoch(epoch: number): { epoch: number; endOffset: number } {
    if (!Number.isSafeInteger(epoch) || epoch < -1) throw new BadArgumentsError('epoch must be an integer >= -1');
    return this.#epochs.endOffsetFor(epoch, this.#logEnd);
  }

  /** Changes settings on the fly (a topic config change); unknown keys and bad values are refused. */
  updateConfig(changes: Partial<LogConfig>): void {
    this.#checkOpen();
    const before = this.#config;
    this.#config = resolveConfig(before, changes);
    if (before.retentionCheckIntervalMs !== this.#config.retentionCheckIntervalMs || before.fsync !== this.#config.fsync ||
      before.flushIntervalMs !== this.#config.flushIntervalMs) {
      this.#timers.stop();
      this.#startTimers();
    }
  }

  get #active(): Segment {
    return this.#segments[this.#segments.length - 1]!;
  }

  #checkOpen(): void {
    if (this.#closed) throw new InvalidStateError(`The log at ${this.path.join('/')} is closed`);
  }

  // ---------------------------------------------------------------- append (group-commit.ts)

  /**
   * Appends one producer batch: assigns its offsets (from the log end), sets the leader epoch
   * if given, and stores it. Resolves once it is stored (and synced under fsync 'always').
   * A rejected batch leaves the log untouched.
   */
  async append(batch: Uint8Array, options: AppendOptions = {}): Promise<AppendResult> {
    this.#checkOpen();
    if (!(batch instanceof Uint8Array)) throw new BadArgumentsError('append takes the bytes of a record batch');
    const leaderEpoch = options?.leaderEpoch;
    if (leaderEpoch !== undefined) {
      if (!Number.isSafeInteger(leaderEpoch) || leaderEpoch < 0 || leaderEpoch > MAX_EPOCH) {
        throw new BadArgumentsError('leaderEpoch must be an int32 >= 0');
      }
      if (leaderEpoch < this.#epochs.latestEpoch) {
        throw new BadArgumentsError(`leaderEpoch ${leaderEpoch} is older than the log's latest epoch ${this.#epochs.latestEpoch}`);
      }
    }
    validateBatch(batch, this.#config.maxMessageBytes);
    if (compacts(this.#config)) requireKeys(batch);
    return this.#groupCommit.enqueue(batch, leaderEpoch, false);
  }

  /**
   * Appends a batch that already carries its offsets and leader epoch (a follower copying its
   * leader). Its base offset must be at or past the log end; gaps are allowed (a compacted
   * leader's batches skip offsets).
   */
  async appendAsFollower(batch: Uint8Array): Promise<AppendResult> {
    this.#checkOpen();
    if (!(batch instanceof Uint8Array)) throw new BadArgumentsError('appendAsFollower takes the bytes of a record batch');
    validateStoredBatch(batch);
    return this.#groupCommit.enqueue(batch, undefined, true);
  }

  /** The state appends build on when nothing is in flight. */
  #committedTail(): Tail {
    return { active: this.#active, index: this.#index, latestEpoch: this.#epochs.latestEpoch, next: this.#logEnd };
  }

  /** Applies a written group to the log's state. */
  #commit(group: StagedGroup): void {
    if (group.accepted.length === 0) return;
    const tail = group.tail;
    if (group.closed.length > 0) {
      this.#segments.pop();
      this.#segments.push(...group.closed, tail.active);
    } else {
      this.#segments[this.#segments.length - 1] = tail.active;
    }
    this.#index = tail.index;
    for (const e of group.newEpochs) this.#epochs.add(e.epoch, e.startOffset);
    this.#logEnd = tail.next;
    if (this.#tail) for (const a of group.accepted) this.#tail.add(a.stored!);
    this.#unsynced = this.#config.fsync !== 'always';
  }

  /** Syncs everything written so far to disk (for fsync 'interval' and 'never'). */
  async flush(): Promise<void> {
    this.#checkOpen();
    return this.#serial.run(() => this.#sync());
  }

  async #sync(): Promise<void> {
    if (!this.#unsynced) return;
    this.#unsynced = false;
    try {
      await this.#storage.sync();
    } catch (err) {
      this.#unsynced = true;
      throw err;
    }
  }

  // ---------------------------------------------------------------- read (read-cursors.ts, time-index.ts)

  /**
   * The batches from the one holding `offset` on (the first may start before `offset`, as in
   * Kafka), up to about maxBytes. Records decode lazily as the caller iterates a batch.
   * Treat the bytes as read-only: they may be the stored buffers themselves.
   */
  async read(offset: number, options: ReadOptions = {}): Promise<RecordBatch[]> {
    const stored = await this.readBytes(offset, options);
    const batches = new Array<RecordBatch>(stored.length);
    for (let i = 0; i < stored.length; i++) batches[i] = RecordBatch.stored(stored[i]!);
    return batches;
  }

  /**
   * What read() returns, as the stored bytes of each batch: Kafka's RecordBatch v2, ready for
   * the wire, with no object per batch (the path a fetch from a consumer or a follower takes).
   * Read-only: they may be the stored buffers themselves.
   */
  async readBytes(offset: number, options: ReadOptions = {}): Promise<Uint8Array[]> {
    this.#checkOpen();
    if (!isOffset(offset)) throw new BadArgumentsError('offset must be a non-negative integer');
    const maxBytes = options?.maxBytes ?? 1024 * 1024;
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new BadArgumentsError('maxBytes must be a positive integer');
    const maxOffset = options?.maxOffset;
    if (maxOffset !== undefined && !isOffset(maxOffset)) throw new BadArgumentsError('maxOffset must be a non-negative integer');
    const start = this.#logStart;
    const end = this.#logEnd;
    if (offset < start || offset > end) {
      throw new OffsetOutOfRangeError(`Offset ${offset} is outside the log's range [${start}, ${end}]`);
    }
    const limit = Math.min(maxOffset ?? end, end);
    let out: Uint8Array[] = [];
    if (offset >= limit) return out;
    if (this.#tail?.covers(offset)) return this.#tail.read(offset, maxBytes, limit);
    // The loop is here, not in read-cursors.ts: as a function of its own it would cost every
    // read one more promise and await.
    let cursor = this.#cursors.take(offset);
    let next = offset;
    try {
      if (!cursor) cursor = await this.#cursors.open(offset);
      let bytes = 0;
      let reopened = false;
      for (;;) {
        if (cursor.head === cursor.buffered.length) {
          const values = await cursor.it.nextv(fetchSize(cursor, maxBytes - bytes));
          if (values.length === 0) {
            // The iterator's snapshot is used up; appends made since may lie beyond it.
            if (reopened || cursor.position >= limit) break;
            await cursor.it.close();
            cursor.it = this.#area.values({ gte: batchKey(cursor.position), lt: kindEnd(KIND_BATCH) });
            reopened = true;
            continue;
          }
          fill(cursor, values);
        }
        const from = cursor.head;
        const taken = takeBuffered(cursor, out.length === 0, bytes, maxBytes, limit);
        const count = cursor.head - from;
        if (count > 0) {
          cursor.averageSize = Math.max(1, taken / count);
          bytes += taken;
          // Hand over the fetched array itself when the read takes all of it (the cursor lets
          // go of it: the caller may change it).
          let chunk: Uint8Array[];
          if (count === cursor.buffered.length) {
            chunk = cursor.buffered;
            cursor.buffered = NOTHING_BUFFERED;
            cursor.head = 0;
          } else chunk = cursor.buffered.slice(from, cursor.head);
          out = out.length === 0 ? chunk : out.concat(chunk);
        }
        if (cursor.head < cursor.buffered.length || bytes >= maxBytes) break;
      }
      if (out.length > 0) next = batchEnd(out[out.length - 1]!);
    } catch (err) {
      if (cursor) await cursor.it.close().catch(() => undefined);
      throw storageError(err, 'Reading the log failed');
    }
    this.#cursors.keep(cursor, next);
    return out;
  }

  /**
   * The first record, in offset order, whose timestamp is >= `timestamp` (Kafka's ListOffsets
   * by time), or undefined when there is none.
   */
  async offsetForTimestamp(timestamp: number): Promise<TimestampOffset | undefined> {
    this.#checkOpen();
    if (!Number.isSafeInteger(timestamp)) throw new BadArgumentsError('timestamp must be an integer');
    return findOffsetForTimestamp(this.#area, this.segments(), this.#logStart, timestamp);
  }

  // ---------------------------------------------------------------- truncation (truncation.ts)

  /**
   * Removes every record at or after `offset` (a follower dropping a divergent tail). A batch
   * that straddles `offset` is rewritten with its earlier records. Below the log start, the
   * log is emptied and restarts at `offset`. Returns the new log end.
   */
  async truncateTo(offset: number): Promise<number> {
    this.#checkOpen();
    if (!isOffset(offset)) throw new BadArgumentsError('offset must be a non-negative integer');
    return this.#serial.run(() => this.#truncateTo(offset, false));
  }

  /**
   * Empties the log and restarts it at `offset`, which may lie past its end (Kafka's
   * truncateFullyAndStartAt: a follower whose leader's log now starts after the follower's
   * end). Returns the new log end.
   */
  async truncateFullyAndStartAt(offset: number): Promise<number> {
    this.#checkOpen();
    if (!isOffset(offset)) throw new BadArgumentsError('offset must be a non-negative integer');
    return this.#serial.run(() => this.#truncateTo(offset, true));
  }

  async #truncateTo(offset: number, emptyAll: boolean): Promise<number> {
    if (!emptyAll && offset >= this.#logEnd) return this.#logEnd;
    const state = { segments: this.#segments, logStart: this.#logStart, epochs: this.#epochs, cleanerCheckpoint: this.#cleanerCheckpoint };
    const truncation = await planTruncation(this.#area, state, offset, this.#clock.now(), emptyAll);
    await writeOps(this.#area, truncation.ops, this.#config.fsync !== 'never');
    this.#segments = truncation.segments;
    this.#logStart = truncation.logStart;
    this.#logEnd = offset;
    this.#epochs = truncation.epochs;
    this.#cleanerCheckpoint = truncation.cleanerCheckpoint;
    this.#cursors.retire();
    this.#tail?.clear();
    this.#index = await readIndexState(this.#area, this.#active);
    this.#logger.info?.('Truncated the log', { path: this.path.join('/'), offset, removedSegments: truncation.removedSegments });
    return offset;
  }

  /**
   * Moves the log start up to `offset` (Kafka's DeleteRecords): reads below it fail from now
   * on, and closed segments wholly below it are deleted. Returns the new log start.
   */
  async deleteRecordsBefore(offset: number): Promise<number> {
    this.#checkOpen();
    if (!isOffset(offset)) throw new BadArgumentsError('offset must be a non-negative integer');
    return this.#serial.run(async () => {
      if (offset > this.#logEnd) {
        throw new OffsetOutOfRangeError(`Cannot delete records before ${offset}: the log ends at ${this.#logEnd}`);
      }
      if (offset <= this.#logStart) return this.#logStart;
      let count = 0;
      while (count < this.#segments.length - 1 && this.#segments[count + 1]!.baseOffset <= offset) count++;
      await this.#deleteSegments(count, offset);
      return this.#logStart;
    });
  }

  // ---------------------------------------------------------------- retention and roll (retention.ts)

  /**
   * Deletes the oldest closed segments that retentionMs or retentionBytes say must go, and
   * those wholly below the log start. If the whole log has expired, the active segment is
   * rolled first so that it can go too (a new, empty active segment remains).
   */
  async enforceRetention(): Promise<RetentionResult> {
    this.#checkOpen();
    return this.#serial.run(() => this.#enforceRetention());
  }

  async #enforceRetention(): Promise<RetentionResult> {
    const now = this.#clock.now();
    let boundary = this.#logEnd;
    if (this.#deleteBoundary) {
      const b = this.#deleteBoundary();
      if (Number.isSafeInteger(b)) boundary = Math.min(boundary, b);
    }
    const { count, roll } = segmentsToDelete(this.#segments, this.#logStart, boundary, this.#config, now);
    if (roll) await this.#roll(now);
    if (count === 0) return { deletedSegments: 0, deletedBytes: 0, logStartOffset: this.#logStart };
    return this.#deleteSegments(count, this.#logStart);
  }

  /**
   * Deletes the `count` oldest segments (never the active one) and moves the log start to at
   * least `logStart`: one atomic write for the metadata, then one range delete per kind.
   */
  async #deleteSegments(count: number, logStart: number): Promise<RetentionResult> {
    const removed = this.#segments.slice(0, count);
    const first = this.#segments[count]!;
    const newStart = Math.max(logStart, first.baseOffset, this.#logStart);
    const ops: Op[] = removed.map((s) => ({ type: 'del', key: segmentKey(s.baseOffset) }));
    ops.push({ type: 'put', key: META_LOG_START, value: encodeNumber(newStart) });
    const epochs = this.#epochs.clone();
    const { removed: epochsRemoved, moved } = epochs.truncateFromStart(newStart);
    for (const epoch of epochsRemoved) ops.push({ type: 'del', key: epochKey(epoch) });
    if (moved) ops.push({ type: 'put', key: epochKey(moved.epoch), value: encodeNumber(moved.startOffset) });
    await writeOps(this.#area, ops, this.#config.fsync === 'always');
    this.#segments = this.#segments.slice(count);
    this.#logStart = newStart;
    this.#epochs = epochs;
    if (count > 0) await clearBelow(this.#area, first.baseOffset);
    const deletedBytes = removed.reduce((sum, s) => sum + s.size, 0);
    if (count > 0) {
      this.#logger.info?.('Deleted segments', { path: this.path.join('/'), segments: count, bytes: deletedBytes, logStartOffset: newStart });
    }
    return { deletedSegments: count, deletedBytes, logStartOffset: newStart };
  }

  /** Closes the active segment (if it holds anything) and opens an empty one at the log end. */
  async roll(): Promise<void> {
    this.#checkOpen();
    return this.#serial.run(() => this.#roll(this.#clock.now()));
  }

  async #roll(now: number): Promise<void> {
    const active = this.#active;
    if (active.size === 0) return;
    const fresh: Segment = { baseOffset: this.#logEnd, nextOffset: this.#logEnd, size: 0, maxTimestamp: -1, createdAt: now, lastAppendAt: now };
    await writeOps(
      this.#area,
      [
        { type: 'put', key: segmentKey(active.baseOffset), value: encodeSegment(active) },
        { type: 'put', key: segmentKey(fresh.baseOffset), value: encodeSegment(fresh) },
      ],
      this.#config.fsync === 'always',
    );
    this.#segments.push(fresh);
    this.#index = { lastIndexedTimestamp: -1, bytesSinceEntry: 0 };
  }

  /**
   * What the background timer does every retentionCheckIntervalMs: roll an active segment
   * older than segmentMs, apply retention, and compact when enough is dirty or a tombstone's
   * delete horizon has passed.
   */
  async maintain(): Promise<void> {
    this.#checkOpen();
    return this.#serial.run(async () => {
      const now = this.#clock.now();
      const active = this.#active;
      if (active.size > 0 && now - active.createdAt >= this.#config.segmentMs) await this.#roll(now);
      await this.#enforceRetention();
      const cfg = this.#config;
      if (compacts(cfg) && isCleanable(this.#segments, this.#cleanerCheckpoint, this.#nextHorizon, now, cfg.minCleanableDirtyRatio)) {
        await this.#compact();
      }
    });
  }

  // ---------------------------------------------------------------- compaction (compaction.ts)

  /**
   * Compacts the closed segments (cleanupPolicy 'compact'): keeps the latest record of each
   * key, drops tombstones whose delete horizon has passed, never renumbers offsets. The
   * active segment is not cleaned, so a key's older record stays until its segment closes.
   */
  async compact(): Promise<CompactionResult> {
    this.#checkOpen();
    if (!compacts(this.#config)) throw new InvalidStateError("compact() needs cleanupPolicy 'compact'");
    return this.#serial.run(() => this.#compact());
  }

  async #compact(): Promise<CompactionResult> {
    try {
      const path = this.path.join('/');
      const cleaned = await cleanClosedSegments(this.#area, this.#segments, () => this.#config, this.#clock.now(), this.#logger, path);
      if (!cleaned) return { cleanedBatches: 0, removedRecords: 0, bytesBefore: 0, bytesAfter: 0 };
      this.#segments = [...cleaned.closed, this.#active];
      this.#cleanerCheckpoint = cleaned.checkpoint;
      this.#nextHorizon = cleaned.nextHorizon;
      if (cleaned.result.cleanedBatches > 0) this.#logger.info?.('Compacted the log', { path, ...cleaned.result });
      return cleaned.result;
    } finally {
      this.#cursors.retire();
      this.#tail?.clear();
    }
  }

  // ---------------------------------------------------------------- open and close (recovery.ts)

  async #load(): Promise<void> {
    const loaded = await loadLog(this.#area, this.path.join('/'), this.#clock.now(), this.#logger);
    this.#segments = loaded.segments;
    this.#logStart = loaded.logStart;
    this.#logEnd = loaded.logEnd;
    this.#index = loaded.index;
    this.#epochs = loaded.epochs;
    this.#cleanerCheckpoint = loaded.cleanerCheckpoint;
    this.#nextHorizon = loaded.nextHorizon;
  }

  #startTimers(): void {
    if (this.#closed) return;
    const cfg = this.#config;
    if (cfg.retentionCheckIntervalMs > 0) this.#timers.every(cfg.retentionCheckIntervalMs, 'Log maintenance', () => this.maintain());
    if (cfg.fsync === 'interval') {
      // On the clock's multiples of the interval: the logs of a database flush together and
      // share a synced write (Storage.sync).
      this.#timers.every(cfg.flushIntervalMs, 'Periodic flush', () => this.#serial.run(() => this.#sync()), { aligned: true });
    }
  }

  /**
   * Waits for queued appends, records the active segment and a clean-shutdown mark (synced),
   * and stops the timers. The storage itself stays open: it belongs to the caller.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#timers.stop();
    this.#cursors.close();
    this.#tail?.clear();
    await this.#serial.run(async () => {
      await this.#groupCommit.flush();
      const active = this.#active;
      await writeOps(
        this.#area,
        [
          { type: 'put', key: segmentKey(active.baseOffset), value: encodeSegment(active) },
          { type: 'put', key: META_CLEAN_SHUTDOWN, value: CLEAN },
        ],
        true,
      );
    });
  }
}
