import {
  BadArgumentsError,
  CorruptRecordError,
  InvalidStateError,
  LogkeeperError,
  OffsetOutOfRangeError,
  StorageError,
} from '../errors/index.js';
import type { Area, Storage } from '../storage/index.js';
import { realClock, type Clock, type Timer } from '../time/index.js';
import { readInt32, readInt64, writeInt32 } from './bytes.js';
import { compacts, deletes, resolveConfig, DEFAULT_CONFIG, type LogConfig } from './config.js';
import { EpochCache, type EpochEntry } from './epoch-cache.js';
import {
  FORMAT_VERSION,
  KIND_BATCH,
  KIND_EPOCH,
  KIND_SEGMENT,
  META_CLEANER_CHECKPOINT,
  META_CLEAN_SHUTDOWN,
  META_FLUSHED,
  META_FORMAT,
  META_LOG_START,
  batchKey,
  decodeNumber,
  decodeSegment,
  decodeTimeKey,
  encodeNumber,
  encodeSegment,
  epochKey,
  keyOffset,
  kindEnd,
  segmentKey,
  timeKey,
  timePrefix,
  type Segment,
} from './layout.js';
import {
  LAST_OFFSET_DELTA,
  MAX_TIMESTAMP,
  PARTITION_LEADER_EPOCH,
  RecordBatch,
  patchBatch,
  setLogAppendTime,
  validateBatch,
  validateStoredBatch,
} from './record-batch.js';
import { cleanBatch, keyString, sliceBatch } from './rewrite.js';
import { Serial } from './serial.js';

/*
 * How this works, for the next reader.
 *
 * A PartitionLog owns one area of the database (see layout.ts). Each record batch is one
 * value, keyed by its base offset, holding the Kafka RecordBatch v2 bytes exactly as a
 * consumer or a follower gets them. The log never decodes records on the write path: an
 * append checks the batch header and CRC, then patches the base offset and leader epoch,
 * which lie outside the CRC.
 *
 * Segments are metadata only (base offset, next offset, bytes, timestamps): a run of batch
 * keys. The active (last) segment takes appends; it rolls when it would pass segmentBytes or
 * is segmentMs old. Retention deletes whole closed segments: one atomic write drops their
 * metadata and moves the log start, then one range delete per kind clears their keys. The
 * active segment's metadata is written when it is created and when the log closes cleanly,
 * not on every append; after a crash, open() rebuilds it by scanning the active segment's
 * batches, checking each CRC, and truncating a torn or corrupt tail (and logging it).
 *
 * Appends are group-committed: every append that arrives while a write is in flight joins the
 * next single storage batch, so fsync 'always' costs one sync per group. That next group is
 * staged as appends arrive (planned on top of the write in flight, its operations copied
 * into a chained batch), so that when the write completes the next one is only issued; one
 * write is in flight at a time, so groups land in offset order. All other state changes run
 * one at a time through a Serial. Reads use the committed state and a storage iterator kept
 * per consumer (a read cursor), and touch each batch once: no decoding, no CRC (checked on
 * the way in), no copy.
 *
 * A sparse time index per segment (an entry every indexIntervalBytes: the running maximum
 * timestamp and the batch where it stood) answers offsetForTimestamp with a short scan. The
 * leader epoch cache records where each leader epoch began, for follower truncation.
 */

export interface LogLogger {
  warn(message: string, details?: { [key: string]: unknown }): void;
  info?(message: string, details?: { [key: string]: unknown }): void;
}

export const silentLogger: LogLogger = Object.freeze({ warn() {}, info() {} });

export interface PartitionLogOptions extends Partial<LogConfig> {
  storage: Storage;
  /** The area (sublevel path) this log owns, e.g. ['log', 'orders', '0']. */
  path: string | readonly string[];
  clock?: Clock;
  logger?: LogLogger;
  /**
   * Retention deletes only segments wholly below this offset; the broker passes its high
   * watermark so that nothing a follower still needs is deleted. Default: the log end.
   */
  deleteBoundary?: () => number;
}

export interface AppendOptions {
  /** The leader's epoch, written into the batch (outside the CRC) and into the epoch cache. */
  leaderEpoch?: number;
}

export interface AppendResult {
  baseOffset: number;
  lastOffset: number;
  /** The log's time stamped on the batch under LogAppendTime, else -1. */
  logAppendTime: number;
  logStartOffset: number;
}

export interface ReadOptions {
  /** Stop adding batches past this many bytes; the first batch is returned whole regardless. Default 1 MiB. */
  maxBytes?: number;
  /** Return only batches that end below this offset (the broker's high watermark). Default: the log end. */
  maxOffset?: number;
}

export interface TimestampOffset {
  offset: number;
  timestamp: number;
}

export interface RetentionResult {
  deletedSegments: number;
  deletedBytes: number;
  logStartOffset: number;
}

export interface CompactionResult {
  /** Batches rewritten or removed. */
  cleanedBatches: number;
  removedRecords: number;
  bytesBefore: number;
  bytesAfter: number;
}

interface PendingAppend {
  bytes: Uint8Array;
  leaderEpoch: number | undefined;
  follower: boolean;
  /**
   * The bytes are the caller's buffer, not a copy: staged into a chained batch that copies
   * them at once, during the append() call, and never read after it (see #enqueue).
   */
  borrowed: boolean;
  resolve: (result: AppendResult) => void;
  reject: (err: unknown) => void;
}

/** Where the log's tail stands: committed, or after the groups planned so far. */
interface Tail {
  active: Segment;
  index: IndexState;
  latestEpoch: number;
  /** The offset the next append gets. */
  next: number;
}

/** A group of appends, planned and staged for one storage write. */
interface StagedGroup {
  /** Every append taken for the group, in order (put back on the queue if it must be planned again). */
  pending: PendingAppend[];
  /** Bytes of the appends taken. */
  bytes: number;
  accepted: Array<{ p: PendingAppend; result: AppendResult }>;
  /** Appends refused while planning; told when the group is issued. */
  rejected: Array<{ p: PendingAppend; err: Error }>;
  /** The tail after the appends planned so far, which the next group builds on. */
  tail: Tail;
  /** Segments the group closed (rolled), and the leader epochs it starts. */
  closed: Segment[];
  newEpochs: EpochEntry[];
  batch: ChainedBatch | undefined;
  /** Set when staging failed: the group fails with it when issued. */
  failure: Error | undefined;
  written: Promise<void>;
}

interface ChainedBatch {
  put(key: Uint8Array, value: Uint8Array, options: object): unknown;
  del(key: Uint8Array, options: object): unknown;
  write(options: object): Promise<void>;
  close(): Promise<void>;
}

const DONE: Promise<void> = Promise.resolve();

interface ReadCursor {
  it: { nextv(size: number): Promise<Uint8Array[]>; close(): Promise<void> };
  /** Values taken from the iterator; those from `head` on are not returned yet. */
  buffered: Uint8Array[];
  head: number;
  /** One past the last offset taken from the iterator. */
  position: number;
  generation: number;
  /** The offset a read must ask for to continue this cursor. */
  next: number;
  /** Whether a read used it since the last sweep. */
  used: boolean;
  /** Clock time of the last sweep that found it used. */
  seenAt: number;
  /** Average stored batch size seen, to size the next fetch. */
  averageSize: number;
}

const MAX_CURSORS = 16;
/** How far a read fetches ahead for the next one: bytes, and batches beyond its own. */
const READ_AHEAD_BYTES = 2 * 1024 * 1024;
const READ_AHEAD_MORE = 256;
/** The most batches one fetch takes from the iterator. */
const MAX_READ_AHEAD = 16384;
/**
 * The most bytes of batches one group commit writes. LevelDB's own write groups stop at
 * 1 MiB, but it stalls now and then (a memtable switch, L0 slowdowns) and the log has one
 * write in flight: larger groups catch up sooner. Measured with batches of 110 kB, 4 MiB
 * kept appends at 0.84-0.96x raw writes where 1 MiB ranged 0.70-0.90x.
 */
const MAX_GROUP_BYTES = 4 * 1024 * 1024;
const CURSOR_IDLE_MS = 60_000;
/** Reads between two sweeps for idle cursors. */
const CURSOR_SWEEP_READS = 64;

type Op = { type: 'put'; key: Uint8Array; value: Uint8Array } | { type: 'del'; key: Uint8Array };

/** Where the time index of the active segment stands. */
interface IndexState {
  lastIndexedTimestamp: number;
  bytesSinceEntry: number;
}

const EMPTY = new Uint8Array(0);
const CLEAN = Uint8Array.of(1);
const DIRTY = Uint8Array.of(0);
const MAX_EPOCH = 0x7fffffff;
const CONFIG_KEYS = new Set(Object.keys(DEFAULT_CONFIG));

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** One past the last offset of a stored batch. */
function batchEnd(value: Uint8Array): number {
  return readInt64(value, 0) + readInt32(value, LAST_OFFSET_DELTA) + 1;
}

/**
 * Takes the cursor's buffered batches while they fit in `maxBytes` (the first one of a read
 * always does) and end at or below `limit`, moving its head past them; returns how many bytes
 * were taken. Offsets only grow, so when the last batch buffered ends below the limit, so do
 * all; otherwise each is checked. Stops early (leaving the head short of the end) when the
 * next one does not fit.
 */
function takeBuffered(cursor: ReadCursor, first: boolean, bytes: number, maxBytes: number, limit: number): number {
  const buffered = cursor.buffered;
  const checkEach = cursor.position > limit;
  let head = cursor.head;
  let taken = 0;
  if (first && head < buffered.length && !(checkEach && batchEnd(buffered[head]!) > limit)) {
    taken += buffered[head++]!.length;
  }
  while (head < buffered.length && bytes + taken < maxBytes) {
    const value = buffered[head]!;
    if (bytes + taken + value.length > maxBytes || (checkEach && batchEnd(value) > limit)) break;
    head++;
    taken += value.length;
  }
  cursor.head = head;
  return taken;
}

/** Puts freshly fetched values in the cursor. */
function fill(cursor: ReadCursor, values: Uint8Array[]): void {
  cursor.buffered = values;
  cursor.head = 0;
  cursor.position = batchEnd(values[values.length - 1]!);
}

function storageError(err: unknown, what: string): LogkeeperError {
  if (err instanceof LogkeeperError) return err;
  return new StorageError(`${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
}

export class PartitionLog {
  readonly path: readonly string[];
  #area: Area;
  /** The database under the area: group commits use its chained batch (see #stage). */
  #db: { batch(): ChainedBatch };
  /** Whether the database copies a value when it is put, so that appends can lend their bytes (see #enqueue). */
  #copiesOnPut: boolean;
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
  #queue: PendingAppend[] = [];
  /** The group whose write is in flight. */
  #inflight: StagedGroup | undefined;
  /** The group being staged behind it, which new appends join while it has room. */
  #staged: StagedGroup | undefined;
  #flushQueued = false;
  #unsynced = false;
  #closed = false;
  #flushTimer: Timer | undefined;
  #maintenanceTimer: Timer | undefined;
  #timerGeneration = 0;

  private constructor(area: Area, path: readonly string[], config: LogConfig, options: PartitionLogOptions) {
    this.#area = area;
    this.#db = options.storage.db as unknown as { batch(): ChainedBatch };
    this.#copiesOnPut = options.storage.copiesOnPut === true;
    this.path = path;
    this.#config = config;
    this.#clock = options.clock ?? realClock;
    this.#logger = options.logger ?? silentLogger;
    this.#deleteBoundary = options.deleteBoundary;
  }

  /** Opens (creating, or recovering after a crash) the log stored at `path`. */
  static async open(options: PartitionLogOptions): Promise<PartitionLog> {
    if (typeof options !== 'object' || options === null) throw new BadArgumentsError('PartitionLog.open needs options');
    const { storage, path, clock, logger, deleteBoundary, ...rest } = options;
    if (!storage || typeof storage.area !== 'function') throw new BadArgumentsError('storage must be a Storage');
    const parts = typeof path === 'string' ? [path] : path;
    if (!Array.isArray(parts) || parts.length === 0) throw new BadArgumentsError('path must be a string or a non-empty array of strings');
    if (clock !== undefined && typeof clock?.now !== 'function') throw new BadArgumentsError('clock must be a Clock');
    if (logger !== undefined && typeof logger?.warn !== 'function') throw new BadArgumentsError('logger must have a warn method');
    if (deleteBoundary !== undefined && typeof deleteBoundary !== 'function') throw new BadArgumentsError('deleteBoundary must be a function');
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
      this.#stopTimers();
      this.#startTimers();
    }
  }

  get #active(): Segment {
    return this.#segments[this.#segments.length - 1]!;
  }

  #checkOpen(): void {
    if (this.#closed) throw new InvalidStateError(`The log at ${this.path.join('/')} is closed`);
  }

  // ---------------------------------------------------------------- append

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
    return this.#enqueue(batch, leaderEpoch, false);
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
    return this.#enqueue(batch, undefined, true);
  }

  /**
   * Takes an append, given the caller's buffer. The log never reads that buffer once append()
   * has returned: it goes straight into the group staged behind the write in flight while that
   * has room (never past appends already waiting), where a database that copies on put
   * (classic-level) copies it at once and the log patches the header in place and puts it
   * back; otherwise the log keeps a copy of its own. Skipping that copy spares an allocation
   * and a copy of every batch, and the garbage collections they cause.
   */
  #enqueue(batch: Uint8Array, leaderEpoch: number | undefined, follower: boolean): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      const p: PendingAppend = { bytes: batch, leaderEpoch, follower, borrowed: false, resolve, reject };
      let staged = this.#staged;
      if (!staged && this.#inflight && this.#queue.length === 0 && this.#serial.waiting === 0) {
        staged = this.#staged = this.#openGroup(this.#inflight.tail);
      }
      if (staged && this.#queue.length === 0 && staged.bytes + batch.length <= MAX_GROUP_BYTES) {
        // LogAppendTime rewrites fields inside the CRC: not worth undoing in the caller's buffer.
        p.borrowed = this.#copiesOnPut && this.#config.timestampType !== 'LogAppendTime';
        if (!p.borrowed) p.bytes = batch.slice();
        this.#add(staged, p);
      } else {
        p.bytes = batch.slice();
        this.#queue.push(p);
      }
      this.#scheduleFlush();
    });
  }

  #scheduleFlush(): void {
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    void this.#serial.run(() => this.#flush());
  }

  /**
   * Group commit, pipelined. Appends go out in groups of up to MAX_GROUP_BYTES, one storage
   * batch (and, under fsync 'always', one sync) per group, one write in flight at a time so
   * that groups land on disk in offset order. While a group's write is in flight, the next
   * group is staged on top of it: appends are planned into it (offsets, segment roll, index,
   * epochs) as they arrive and their operations go into a chained batch, which on
   * classic-level copies them into a native WriteBatch right away. When the write completes
   * the staged group only has to be issued, and it holds whatever arrived meanwhile. A group
   * is acknowledged after the next one has been issued, so that the producers it wakes check
   * their next batches while that write runs. A staged group is only issued after the group
   * under it committed; if that write fails, the staged group is taken apart and planned
   * again (but for borrowed appends, which fail with it). Yields to other queued work (truncation, retention) between groups.
   */
  async #flush(): Promise<void> {
    try {
      for (;;) {
        // Stage the next group on top of the one in flight; not when others wait for the log.
        const queue = this.#queue;
        if (queue.length > 0 && !(this.#inflight && this.#serial.waiting > 0)) {
          const staged = (this.#staged ??= this.#openGroup(this.#inflight?.tail ?? this.#committedTail()));
          const limit = this.#inflight ? MAX_GROUP_BYTES : this.#firstGroupBytes();
          let n = 0;
          while (n < queue.length && (staged.pending.length + n === 0 || staged.bytes + queue[n]!.bytes.length <= limit)) {
            this.#add(staged, queue[n++]!);
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
        this.#commit(group);
        if (this.#staged) this.#issue(this.#staged);
        for (const a of group.accepted) {
          a.result.logStartOffset = this.#logStart;
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
      for (const g of groups) for (const a of g?.accepted ?? []) a.p.reject(err);
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
    if (this.#config.fsync === 'always') return MAX_GROUP_BYTES;
    let queued = 0;
    for (const p of this.#queue) queued += p.bytes.length;
    return Math.min(MAX_GROUP_BYTES, Math.ceil(queued / 2));
  }

  /** The state appends build on when nothing is in flight. */
  #committedTail(): Tail {
    return { active: this.#active, index: this.#index, latestEpoch: this.#epochs.latestEpoch, next: this.#logEnd };
  }

  /** An empty group planned on top of `base`, with a chained batch to stage its operations in. */
  #openGroup(base: Tail): StagedGroup {
    const group: StagedGroup = {
      pending: [],
      accepted: [],
      rejected: [],
      bytes: 0,
      tail: { active: { ...base.active }, index: { ...base.index }, latestEpoch: base.latestEpoch, next: base.next },
      closed: [],
      newEpochs: [],
      batch: undefined,
      failure: undefined,
      written: DONE,
    };
    try {
      group.batch = this.#db.batch();
    } catch (err) {
      group.failure = storageError(err, 'Writing to the log failed');
    }
    return group;
  }

  /**
   * Plans one append into a group: assigns its offsets on top of the group's tail (rolling
   * the segment if needed), patches the batch, and stages its operations. An append that
   * cannot go in (a follower batch that overlaps, a stale leader epoch) is set aside, alone,
   * to be rejected when the group is issued.
   */
  #add(group: StagedGroup, p: PendingAppend): void {
    const cfg = this.#config;
    const now = this.#clock.now();
    const tail = group.tail;
    const bytes = p.bytes;
    const size = bytes.length;
    group.pending.push(p);
    group.bytes += size;
    let baseOffset = tail.next;
    if (p.follower) {
      baseOffset = readInt64(bytes, 0);
      if (baseOffset < tail.next) {
        group.rejected.push({ p, err: new OffsetOutOfRangeError(`A follower batch at offset ${baseOffset} overlaps the log, which ends at ${tail.next}`) });
        return;
      }
    } else if (p.leaderEpoch !== undefined && p.leaderEpoch < tail.latestEpoch) {
      group.rejected.push({ p, err: new BadArgumentsError(`leaderEpoch ${p.leaderEpoch} is older than the log's latest epoch ${tail.latestEpoch}`) });
      return;
    }
    const ops: Array<{ key: Uint8Array; value: Uint8Array }> = [];
    let active = tail.active;
    if (active.size > 0 && (active.size + size > cfg.segmentBytes || now - active.createdAt >= cfg.segmentMs)) {
      group.closed.push(active);
      ops.push({ key: segmentKey(active.baseOffset), value: encodeSegment(active) });
      active = tail.active = { baseOffset: tail.next, nextOffset: tail.next, size: 0, maxTimestamp: -1, createdAt: now, lastAppendAt: now };
      ops.push({ key: segmentKey(active.baseOffset), value: encodeSegment(active) });
      tail.index = { lastIndexedTimestamp: -1, bytesSinceEntry: 0 };
    }
    const logAppendTime = cfg.timestampType === 'LogAppendTime';
    // The caller's header words (base offset, leader epoch), put back once the database has its copy.
    const restore = p.borrowed && !p.follower ? [readInt32(bytes, 0), readInt32(bytes, 4), readInt32(bytes, PARTITION_LEADER_EPOCH)] : undefined;
    if (!p.follower) {
      patchBatch(bytes, baseOffset, p.leaderEpoch);
      if (logAppendTime) setLogAppendTime(bytes, now);
    }
    try {
      const epoch = readInt32(bytes, PARTITION_LEADER_EPOCH);
      if (epoch >= 0 && epoch > tail.latestEpoch) {
        group.newEpochs.push({ epoch, startOffset: baseOffset });
        ops.push({ key: epochKey(epoch), value: encodeNumber(baseOffset) });
        tail.latestEpoch = epoch;
      }
      ops.push({ key: batchKey(baseOffset), value: bytes });
      const last = baseOffset + readInt32(bytes, LAST_OFFSET_DELTA);
      const maxTimestamp = readInt64(bytes, MAX_TIMESTAMP);
      if (active.size === 0) active.createdAt = now;
      active.nextOffset = last + 1;
      active.size += size;
      if (maxTimestamp > active.maxTimestamp) active.maxTimestamp = maxTimestamp;
      active.lastAppendAt = now;
      const index = tail.index;
      index.bytesSinceEntry += size;
      if (index.bytesSinceEntry >= cfg.indexIntervalBytes && active.maxTimestamp > index.lastIndexedTimestamp && baseOffset > active.baseOffset) {
        ops.push({ key: timeKey(active.baseOffset, active.maxTimestamp, baseOffset), value: EMPTY });
        tail.index = { lastIndexedTimestamp: active.maxTimestamp, bytesSinceEntry: 0 };
      }
      tail.next = last + 1;
      group.accepted.push({ p, result: { baseOffset, lastOffset: last, logAppendTime: logAppendTime ? now : -1, logStartOffset: 0 } });
      if (group.failure) return;
      try {
        const options = { sublevel: this.#area };
        for (const op of ops) group.batch!.put(op.key, op.value, options);
      } catch (err) {
        // The database refused the operations (it is closing, say): the group fails as a write would.
        group.batch?.close().catch(() => undefined);
        group.batch = undefined;
        group.failure = storageError(err, 'Writing to the log failed');
      }
    } finally {
      if (restore) {
        writeInt32(bytes, 0, restore[0]!);
        writeInt32(bytes, 4, restore[1]!);
        writeInt32(bytes, PARTITION_LEADER_EPOCH, restore[2]!);
      }
    }
  }

  /** Writes the staged group (its planning rejections are delivered now, once all under it committed). */
  #issue(group: StagedGroup): void {
    this.#staged = undefined;
    this.#inflight = group;
    for (const r of group.rejected) r.p.reject(r.err);
    group.written = this.#writeStaged(group);
  }

  async #writeStaged(group: StagedGroup): Promise<void> {
    if (group.failure) throw group.failure;
    if (group.accepted.length === 0) {
      await group.batch?.close();
      return;
    }
    try {
      // `sync` is classic-level's option (memory-level ignores it); abstract-level forwards it.
      await group.batch!.write({ sync: this.#config.fsync === 'always' } as never);
    } catch (err) {
      throw storageError(err, 'Writing to the log failed');
    }
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
    this.#unsynced = this.#config.fsync !== 'always';
  }

  async #write(ops: Op[], sync: boolean): Promise<void> {
    if (ops.length === 0) return;
    try {
      // `sync` is classic-level's option (memory-level ignores it); abstract-level forwards it.
      await this.#area.batch(ops as never, { sync } as never);
    } catch (err) {
      throw storageError(err, 'Writing to the log failed');
    }
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
      await this.#write([{ type: 'put', key: META_FLUSHED, value: encodeNumber(this.#logEnd) }], true);
    } catch (err) {
      this.#unsynced = true;
      throw err;
    }
  }

  // ---------------------------------------------------------------- read

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
    let cursor = this.#takeCursor(offset);
    let next = offset;
    try {
      if (!cursor) cursor = await this.#openCursor(offset);
      let bytes = 0;
      let reopened = false;
      for (;;) {
        if (cursor.head === cursor.buffered.length) {
          // What this read still needs, going by the sizes seen so far, and some more for the
          // next read (kept in the cursor): up to READ_AHEAD_BYTES, but at most READ_AHEAD_MORE
          // batches more, since batches fetched long before they are returned have gone cold
          // in the CPU's cache. (classic-level returns at most 16 KiB per call anyway.)
          const needed = Math.ceil((maxBytes - bytes) / cursor.averageSize);
          const ahead = Math.min(Math.floor(READ_AHEAD_BYTES / cursor.averageSize), needed + READ_AHEAD_MORE);
          const want = Math.max(1, Math.min(MAX_READ_AHEAD, Math.max(needed, ahead)));
          const values = await cursor.it.nextv(want);
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
          // Hand over the fetched array itself when the read takes all of it.
          const chunk = count === cursor.buffered.length ? cursor.buffered : cursor.buffered.slice(from, cursor.head);
          out = out.length === 0 ? chunk : out.concat(chunk);
        }
        if (cursor.head < cursor.buffered.length || bytes >= maxBytes) break;
      }
      if (out.length > 0) next = batchEnd(out[out.length - 1]!);
    } catch (err) {
      if (cursor) await cursor.it.close().catch(() => undefined);
      throw storageError(err, 'Reading the log failed');
    }
    this.#keepCursor(cursor, next);
    return out;
  }

  /*
   * Read cursors: a consumer reading on from where its last read ended continues the same
   * storage iterator instead of seeking again (what a file's read position gives Kafka).
   * A cursor is found by the offset its next read must ask for. Any change other than an
   * append (truncation, compaction, recovery) bumps the generation, which retires every
   * cursor, since an iterator sees the data as it was when it opened. At most MAX_CURSORS are
   * kept, the least recently used going first; every CURSOR_SWEEP_READS reads a sweep closes
   * those idle for CURSOR_IDLE_MS (measured from the last sweep that found them used, so that
   * a read costs no clock reading).
   */
  /** Idle cursors, least recently used first. */
  #cursors: ReadCursor[] = [];
  #generation = 0;
  #reads = 0;

  #takeCursor(offset: number): ReadCursor | undefined {
    const cursors = this.#cursors;
    for (let i = cursors.length - 1; i >= 0; i--) {
      const cursor = cursors[i]!;
      if (cursor.next !== offset) continue;
      cursors.splice(i, 1);
      if (cursor.generation === this.#generation) return cursor;
      void cursor.it.close().catch(() => undefined);
      return undefined;
    }
    return undefined;
  }

  async #openCursor(offset: number): Promise<ReadCursor> {
    const it = this.#area.values({ gte: batchKey(offset), lt: kindEnd(KIND_BATCH) });
    const cursor: ReadCursor = {
      it,
      buffered: [],
      head: 0,
      position: offset,
      generation: this.#generation,
      next: offset,
      used: true,
      seenAt: 0,
      averageSize: 1024,
    };
    const first = await it.nextv(1);
    const values: Uint8Array[] = [];
    if (first.length === 0 || readInt64(first[0]!, 0) !== offset) {
      // The batch holding `offset` starts before it.
      const before = await this.#batchBefore(offset);
      if (before && batchEnd(before) > offset) values.push(before);
    }
    if (first.length > 0) {
      values.push(first[0]!);
      cursor.averageSize = Math.max(1, first[0]!.length);
    }
    if (values.length > 0) fill(cursor, values);
    return cursor;
  }

  #keepCursor(cursor: ReadCursor, next: number): void {
    const cursors = this.#cursors;
    let keep = !this.#closed && cursor.generation === this.#generation;
    for (let i = 0; keep && i < cursors.length; i++) if (cursors[i]!.next === next) keep = false;
    if (!keep) {
      void cursor.it.close().catch(() => undefined);
      return;
    }
    cursor.next = next;
    cursor.used = true;
    cursors.push(cursor);
    if (cursors.length > MAX_CURSORS) void cursors.shift()!.it.close().catch(() => undefined);
    if (++this.#reads % CURSOR_SWEEP_READS === 0) this.#sweepCursors();
  }

  #sweepCursors(): void {
    const now = this.#clock.now();
    this.#cursors = this.#cursors.filter((c) => {
      if (c.used) {
        c.used = false;
        c.seenAt = now;
        return true;
      }
      if (now - c.seenAt < CURSOR_IDLE_MS) return true;
      void c.it.close().catch(() => undefined);
      return false;
    });
  }

  #retireCursors(): void {
    this.#generation++;
    for (const c of this.#cursors) void c.it.close().catch(() => undefined);
    this.#cursors = [];
  }

  /** The stored batch with the largest base offset below `offset`. */
  async #batchBefore(offset: number): Promise<Uint8Array | undefined> {
    const entries = await this.#area.iterator({ gte: batchKey(0), lt: batchKey(offset), reverse: true, limit: 1 }).all();
    return entries[0]?.[1];
  }

  /** Batches in [the one holding `from`, before `to`), one at a time. */
  async *#batchesFrom(from: number, to: number): AsyncGenerator<RecordBatch> {
    const before = await this.#batchBefore(from);
    if (before) {
      const batch = new RecordBatch(before);
      if (batch.lastOffset >= from) yield batch;
    }
    const it = this.#area.iterator({ gte: batchKey(from), lt: batchKey(to) });
    try {
      for (;;) {
        const entries = await it.nextv(16);
        if (entries.length === 0) return;
        for (const [, value] of entries) yield new RecordBatch(value);
      }
    } finally {
      await it.close();
    }
  }

  /**
   * The first record, in offset order, whose timestamp is >= `timestamp` (Kafka's ListOffsets
   * by time), or undefined when there is none.
   */
  async offsetForTimestamp(timestamp: number): Promise<TimestampOffset | undefined> {
    this.#checkOpen();
    if (!Number.isSafeInteger(timestamp)) throw new BadArgumentsError('timestamp must be an integer');
    const start = this.#logStart;
    try {
      for (const segment of this.segments()) {
        if (segment.nextOffset <= start || segment.maxTimestamp < timestamp) continue;
        let from = Math.max(segment.baseOffset, start);
        if (timestamp > 0) {
          const floor = await this.#area
            .keys({ gte: timePrefix(segment.baseOffset, 0), lt: timePrefix(segment.baseOffset, timestamp), reverse: true, limit: 1 })
            .all();
          if (floor[0]) from = Math.max(from, decodeTimeKey(floor[0]).offset);
        }
        for await (const batch of this.#batchesFrom(from, segment.nextOffset)) {
          if (batch.maxTimestamp < timestamp) continue;
          for (const record of batch.records()) {
            if (record.offset >= start && record.timestamp >= timestamp) return { offset: record.offset, timestamp: record.timestamp };
          }
        }
      }
    } catch (err) {
      throw storageError(err, 'Searching the time index failed');
    }
    return undefined;
  }

  // ---------------------------------------------------------------- truncation

  /**
   * Removes every record at or after `offset` (a follower dropping a divergent tail). A batch
   * that straddles `offset` is rewritten with its earlier records. Below the log start, the
   * log is emptied and restarts at `offset`. Returns the new log end.
   */
  async truncateTo(offset: number): Promise<number> {
    this.#checkOpen();
    if (!isOffset(offset)) throw new BadArgumentsError('offset must be a non-negative integer');
    return this.#serial.run(() => this.#truncateTo(offset));
  }

  async #truncateTo(offset: number): Promise<number> {
    if (offset >= this.#logEnd) return this.#logEnd;
    const now = this.#clock.now();
    const ops: Op[] = [];
    const full = offset < this.#logStart || offset <= this.#segments[0]!.baseOffset;
    // Every batch key at or past the cut goes, and with it the time entries and epochs there.
    const cutFrom = full ? 0 : offset;
    for await (const key of this.#area.keys({ gte: batchKey(cutFrom), lt: kindEnd(KIND_BATCH) })) ops.push({ type: 'del', key });
    const keep = full ? [] : this.#segments.filter((s) => s.baseOffset < offset);
    const removedSegments = this.#segments.slice(keep.length);
    for (const s of removedSegments) {
      ops.push({ type: 'del', key: segmentKey(s.baseOffset) });
      for await (const key of this.#area.keys({ gte: timePrefix(s.baseOffset), lt: timePrefix(s.baseOffset + 1) })) {
        ops.push({ type: 'del', key });
      }
    }
    let active: Segment;
    let logStart = this.#logStart;
    if (full) {
      active = { baseOffset: offset, nextOffset: offset, size: 0, maxTimestamp: -1, createdAt: now, lastAppendAt: now };
      logStart = offset;
      ops.push({ type: 'put', key: META_LOG_START, value: encodeNumber(offset) });
    } else {
      const last = keep[keep.length - 1]!;
      // The batch holding `offset`, if one starts before it, keeps its earlier records.
      const before = await this.#batchBefore(offset);
      let cutIndexFrom = offset;
      if (before) {
        const batch = new RecordBatch(before);
        if (batch.baseOffset >= last.baseOffset && batch.lastOffset >= offset) {
          const sliced = sliceBatch(batch, offset);
          const key = batchKey(batch.baseOffset);
          ops.push(sliced ? { type: 'put', key, value: sliced } : { type: 'del', key });
          cutIndexFrom = batch.baseOffset;
        }
      }
      for await (const key of this.#area.keys({ gte: timePrefix(last.baseOffset), lt: timePrefix(last.baseOffset + 1) })) {
        if (decodeTimeKey(key).offset >= cutIndexFrom) ops.push({ type: 'del', key });
      }
      active = await this.#measure(last, offset, ops);
      active.nextOffset = offset;
    }
    ops.push({ type: 'put', key: segmentKey(active.baseOffset), value: encodeSegment(active) });
    const epochs = this.#epochs.clone();
    for (const epoch of epochs.truncateFromEnd(offset)) ops.push({ type: 'del', key: epochKey(epoch) });
    if (full) for (const epoch of epochs.truncateFromEnd(0)) ops.push({ type: 'del', key: epochKey(epoch) });
    const checkpoint = Math.min(this.#cleanerCheckpoint, offset);
    ops.push({ type: 'put', key: META_CLEANER_CHECKPOINT, value: encodeNumber(checkpoint) });
    await this.#write(ops, this.#config.fsync !== 'never');
    this.#segments = [...keep.slice(0, -1), active];
    this.#logStart = logStart;
    this.#logEnd = offset;
    this.#epochs = epochs;
    this.#cleanerCheckpoint = checkpoint;
    this.#retireCursors();
    this.#index = await this.#indexState(active);
    this.#logger.info?.('Truncated the log', { path: this.path.join('/'), offset, removedSegments: removedSegments.length });
    return offset;
  }

  /**
   * The segment's size and max timestamp recomputed from its batches below `end`, taking
   * into account pending ops on them (puts replace, deletes remove).
   */
  async #measure(segment: Segment, end: number, ops: Op[]): Promise<Segment> {
    const replaced = new Map<number, Uint8Array | null>();
    for (const op of ops) {
      if (op.key[0] === KIND_BATCH) replaced.set(keyOffset(op.key), op.type === 'put' ? op.value : null);
    }
    const out: Segment = { ...segment, size: 0, maxTimestamp: -1 };
    for await (const [key, stored] of this.#area.iterator({ gte: batchKey(segment.baseOffset), lt: batchKey(end) })) {
      const offset = keyOffset(key);
      const value = replaced.has(offset) ? replaced.get(offset) : stored;
      if (!value) continue;
      out.size += value.length;
      out.maxTimestamp = Math.max(out.maxTimestamp, readInt64(value, MAX_TIMESTAMP));
    }
    return out;
  }

  async #indexState(active: Segment): Promise<IndexState> {
    const last = await this.#area
      .keys({ gte: timePrefix(active.baseOffset), lt: timePrefix(active.baseOffset + 1), reverse: true, limit: 1 })
      .all();
    return { lastIndexedTimestamp: last[0] ? decodeTimeKey(last[0]).timestamp : -1, bytesSinceEntry: 0 };
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
    await this.#write(ops, this.#config.fsync === 'always');
    this.#segments = this.#segments.slice(count);
    this.#logStart = newStart;
    this.#epochs = epochs;
    if (count > 0) await this.#clearBelow(first.baseOffset);
    const deletedBytes = removed.reduce((sum, s) => sum + s.size, 0);
    if (count > 0) {
      this.#logger.info?.('Deleted segments', { path: this.path.join('/'), segments: count, bytes: deletedBytes, logStartOffset: newStart });
    }
    return { deletedSegments: count, deletedBytes, logStartOffset: newStart };
  }

  /** Range-deletes batch and time index keys below `offset` (whole deleted segments). */
  async #clearBelow(offset: number): Promise<void> {
    try {
      await this.#area.clear({ gte: batchKey(0), lt: batchKey(offset) });
      await this.#area.clear({ gte: timePrefix(0), lt: timePrefix(offset) });
    } catch (err) {
      throw storageError(err, 'Deleting old segments failed');
    }
  }

  // ---------------------------------------------------------------- retention and roll

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
    const cfg = this.#config;
    const now = this.#clock.now();
    let boundary = this.#logEnd;
    if (this.#deleteBoundary) {
      const b = this.#deleteBoundary();
      if (Number.isSafeInteger(b)) boundary = Math.min(boundary, b);
    }
    const expired = (s: Segment): boolean =>
      cfg.retentionMs >= 0 && now - (s.maxTimestamp >= 0 ? s.maxTimestamp : s.lastAppendAt) > cfg.retentionMs;
    let count = 0;
    const segs = this.#segments;
    // Below the log start (after deleteRecordsBefore).
    while (count < segs.length - 1 && segs[count]!.nextOffset <= this.#logStart) count++;
    if (deletes(cfg)) {
      while (count < segs.length - 1 && expired(segs[count]!) && segs[count]!.nextOffset <= boundary) count++;
      const active = this.#active;
      if (count === segs.length - 1 && active.size > 0 && expired(active) && active.nextOffset <= boundary) {
        await this.#roll(now);
        count++;
      }
      if (cfg.retentionBytes >= 0) {
        let excess = this.size - cfg.retentionBytes;
        for (let i = 0; i < count; i++) excess -= this.#segments[i]!.size;
        while (count < this.#segments.length - 1) {
          const s = this.#segments[count]!;
          if (excess - s.size < 0 || s.nextOffset > boundary) break;
          excess -= s.size;
          count++;
        }
      }
    }
    if (count === 0) return { deletedSegments: 0, deletedBytes: 0, logStartOffset: this.#logStart };
    return this.#deleteSegments(count, this.#logStart);
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
    await this.#write(
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
      if (compacts(this.#config) && this.#cleanable(now)) await this.#compact();
    });
  }

  #cleanable(now: number): boolean {
    const closed = this.#segments.slice(0, -1);
    if (closed.length === 0) return false;
    if (this.#nextHorizon !== undefined && now >= this.#nextHorizon) return true;
    let total = 0;
    let dirty = 0;
    for (const s of closed) {
      total += s.size;
      if (s.baseOffset >= this.#cleanerCheckpoint) dirty += s.size;
    }
    return dirty > 0 && dirty / total >= this.#config.minCleanableDirtyRatio;
  }

  // ---------------------------------------------------------------- compaction

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
      return await this.#clean();
    } finally {
      this.#retireCursors();
    }
  }

  async #clean(): Promise<CompactionResult> {
    const now = this.#clock.now();
    const closed = this.#segments.slice(0, -1);
    const result: CompactionResult = { cleanedBatches: 0, removedRecords: 0, bytesBefore: 0, bytesAfter: 0 };
    if (closed.length === 0) return result;
    const end = this.#active.baseOffset;
    const path = this.path.join('/');
    // Pass 1: the latest offset of every key in the closed segments.
    const latest = new Map<string, number>();
    const skip = new Set<number>();
    for await (const batch of this.#batchesFrom(closed[0]!.baseOffset, end)) {
      try {
        const base = batch.baseOffset;
        for (const r of batch.rawRecords()) if (r.key !== null) latest.set(keyString(r.key), base + r.offsetDelta);
      } catch (err) {
        if (!(err instanceof CorruptRecordError)) throw err;
        skip.add(batch.baseOffset);
        this.#logger.warn('The cleaner skipped a batch it cannot decode', { path, offset: batch.baseOffset, error: err.message });
      }
    }
    // Pass 2: rewrite segment by segment, each in one atomic write with its metadata.
    let nextHorizon: number | undefined;
    const updated: Segment[] = [];
    for (const segment of closed) {
      const ops: Op[] = [];
      const s: Segment = { ...segment, size: 0, maxTimestamp: -1 };
      for await (const batch of this.#batchesFrom(segment.baseOffset, segment.nextOffset)) {
        if (batch.baseOffset < segment.baseOffset) continue;
        let value: Uint8Array | null = batch.bytes;
        if (!skip.has(batch.baseOffset)) {
          const outcome = cleanBatch(batch, latest, now, this.#config.deleteRetentionMs);
          if (outcome.action !== 'keep') {
            result.cleanedBatches++;
            result.removedRecords += outcome.removed;
            value = outcome.action === 'rewrite' ? outcome.bytes : null;
            const key = batchKey(batch.baseOffset);
            ops.push(value ? { type: 'put', key, value } : { type: 'del', key });
          }
          const horizon = outcome.action === 'rewrite' ? outcome.horizon : outcome.action === 'keep' ? batch.deleteHorizonMs : undefined;
          if (horizon !== undefined && (nextHorizon === undefined || horizon < nextHorizon)) nextHorizon = horizon;
        }
        result.bytesBefore += batch.sizeInBytes;
        if (value) {
          s.size += value.length;
          s.maxTimestamp = Math.max(s.maxTimestamp, readInt64(value, MAX_TIMESTAMP));
          result.bytesAfter += value.length;
        }
      }
      if (ops.length > 0) {
        ops.push({ type: 'put', key: segmentKey(s.baseOffset), value: encodeSegment(s) });
        await this.#write(ops, this.#config.fsync !== 'never');
      }
      updated.push(s);
    }
    // Empty closed segments fold into the one before them.
    const merged: Segment[] = [];
    const ops: Op[] = [];
    for (const s of updated) {
      const previous = merged[merged.length - 1];
      if (previous && s.size === 0) {
        previous.nextOffset = s.nextOffset;
        ops.push({ type: 'del', key: segmentKey(s.baseOffset) }, { type: 'put', key: segmentKey(previous.baseOffset), value: encodeSegment(previous) });
        for await (const key of this.#area.keys({ gte: timePrefix(s.baseOffset), lt: timePrefix(s.baseOffset + 1) })) ops.push({ type: 'del', key });
      } else merged.push(s);
    }
    ops.push({ type: 'put', key: META_CLEANER_CHECKPOINT, value: encodeNumber(end) });
    await this.#write(ops, this.#config.fsync !== 'never');
    this.#segments = [...merged, this.#active];
    this.#cleanerCheckpoint = end;
    this.#nextHorizon = nextHorizon;
    if (result.cleanedBatches > 0) this.#logger.info?.('Compacted the log', { path, ...result });
    return result;
  }

  // ---------------------------------------------------------------- open, recovery, close

  async #load(): Promise<void> {
    const area = this.#area;
    const path = this.path.join('/');
    const now = this.#clock.now();
    try {
      const format = await area.get(META_FORMAT);
      if (format !== undefined && decodeNumber(format) !== FORMAT_VERSION) {
        throw new InvalidStateError(`The log at ${path} has storage format ${decodeNumber(format)}; this build reads ${FORMAT_VERSION}`);
      }
      const startValue = await area.get(META_LOG_START);
      let logStart = startValue === undefined ? 0 : decodeNumber(startValue);
      const clean = (await area.get(META_CLEAN_SHUTDOWN))?.[0] === 1;
      const checkpoint = await area.get(META_CLEANER_CHECKPOINT);
      this.#cleanerCheckpoint = checkpoint === undefined ? 0 : decodeNumber(checkpoint);
      for await (const [key, value] of area.iterator({ gte: segmentKey(0), lt: kindEnd(KIND_SEGMENT) })) {
        this.#segments.push(decodeSegment(keyOffset(key), value));
      }
      const epochs: EpochEntry[] = [];
      for await (const [key, value] of area.iterator({ gte: epochKey(0), lt: kindEnd(KIND_EPOCH) })) {
        epochs.push({ epoch: keyOffset(key), startOffset: decodeNumber(value) });
      }
      this.#epochs = new EpochCache(epochs);

      const ops: Op[] = [];
      if (format === undefined) ops.push({ type: 'put', key: META_FORMAT, value: encodeNumber(FORMAT_VERSION) });
      if (this.#segments.length === 0) {
        const first: Segment = { baseOffset: logStart, nextOffset: logStart, size: 0, maxTimestamp: -1, createdAt: now, lastAppendAt: now };
        this.#segments.push(first);
        ops.push({ type: 'put', key: segmentKey(logStart), value: encodeSegment(first) });
      }
      // Leftovers of a retention run interrupted between its two steps.
      await this.#clearBelow(this.#segments[0]!.baseOffset);

      let active = this.#active;
      const verified = clean && (await this.#tailIsSound(active));
      if (!verified) active = await this.#recoverActive(active, ops, clean);
      this.#segments[this.#segments.length - 1] = active;
      this.#logEnd = active.nextOffset;
      if (logStart > this.#logEnd) {
        logStart = this.#logEnd;
        ops.push({ type: 'put', key: META_LOG_START, value: encodeNumber(logStart) });
      }
      this.#logStart = Math.max(logStart, this.#segments[0]!.baseOffset);
      ops.push({ type: 'put', key: META_CLEAN_SHUTDOWN, value: DIRTY });
      await this.#write(ops, true);
      this.#index = await this.#indexState(active);
      this.#nextHorizon = this.#segments.length > 1 ? 0 : undefined;
    } catch (err) {
      throw storageError(err, `Opening the log at ${path} failed`);
    }
  }

  /** After a clean shutdown: the stored metadata is trusted once the last batch checks out. */
  async #tailIsSound(active: Segment): Promise<boolean> {
    const last = await this.#area.iterator({ gte: batchKey(active.baseOffset), lt: kindEnd(KIND_BATCH), reverse: true, limit: 1 }).all();
    if (last.length === 0) return active.size === 0;
    try {
      const summary = validateStoredBatch(last[0]![1]);
      return summary.baseOffset === keyOffset(last[0]![0]) && summary.baseOffset + summary.lastOffsetDelta < active.nextOffset;
    } catch {
      return false;
    }
  }

  /**
   * Rebuilds the active segment's metadata from its batches, checking each one's layout and
   * CRC. The first batch that fails, and everything after it, is removed and reported.
   */
  async #recoverActive(stored: Segment, ops: Op[], afterCleanShutdown: boolean): Promise<Segment> {
    const path = this.path.join('/');
    const s: Segment = { ...stored, size: 0, maxTimestamp: -1 };
    let expected = stored.baseOffset;
    let cut: { offset: number; reason: string } | undefined;
    for await (const [key, value] of this.#area.iterator({ gte: batchKey(stored.baseOffset), lt: kindEnd(KIND_BATCH) })) {
      const at = keyOffset(key);
      try {
        const summary = validateStoredBatch(value);
        if (summary.baseOffset !== at) throw new CorruptRecordError(`stored under offset ${at} but says ${summary.baseOffset}`);
        if (summary.baseOffset < expected) throw new CorruptRecordError(`overlaps the batch before it (which ends at ${expected - 1})`);
        expected = summary.baseOffset + summary.lastOffsetDelta + 1;
        s.size += value.length;
        if (summary.maxTimestamp > s.maxTimestamp) s.maxTimestamp = summary.maxTimestamp;
      } catch (err) {
        cut = { offset: at, reason: err instanceof Error ? err.message : String(err) };
        break;
      }
    }
    if (cut) {
      let batches = 0;
      let bytes = 0;
      for await (const [key, value] of this.#area.iterator({ gte: batchKey(cut.offset), lt: kindEnd(KIND_BATCH) })) {
        ops.push({ type: 'del', key });
        batches++;
        bytes += value.length;
      }
      for await (const key of this.#area.keys({ gte: timePrefix(stored.baseOffset), lt: timePrefix(stored.baseOffset + 1) })) {
        if (decodeTimeKey(key).offset >= expected) ops.push({ type: 'del', key });
      }
      for (const epoch of this.#epochs.truncateFromEnd(expected)) ops.push({ type: 'del', key: epochKey(epoch) });
      this.#logger.warn('Truncated a corrupt or torn tail on open', {
        path,
        fromOffset: cut.offset,
        newLogEndOffset: expected,
        removedBatches: batches,
        removedBytes: bytes,
        reason: cut.reason,
      });
      s.nextOffset = expected;
    } else {
      // The stored end can be past the last batch after a truncation into a compacted gap.
      s.nextOffset = Math.max(expected, stored.nextOffset);
      if (afterCleanShutdown) this.#logger.warn('The log was marked clean but its tail did not match; rebuilt it', { path });
    }
    // Epochs the surviving batches do not reach.
    for (const epoch of this.#epochs.truncateFromEnd(s.nextOffset)) ops.push({ type: 'del', key: epochKey(epoch) });
    ops.push({ type: 'put', key: segmentKey(s.baseOffset), value: encodeSegment(s) });
    return s;
  }

  #startTimers(): void {
    if (this.#closed) return;
    const cfg = this.#config;
    if (cfg.retentionCheckIntervalMs > 0) {
      this.#every(cfg.retentionCheckIntervalMs, 'Log maintenance', () => this.maintain(), (t) => (this.#maintenanceTimer = t));
    }
    if (cfg.fsync === 'interval') {
      this.#every(cfg.flushIntervalMs, 'Periodic flush', () => this.#serial.run(() => this.#sync()), (t) => (this.#flushTimer = t));
    }
  }

  /** Runs `task` every `ms` on the clock (timed from the end of the previous run) until the timers stop. */
  #every(ms: number, what: string, task: () => Promise<unknown>, keep: (timer: Timer) => void): void {
    const generation = this.#timerGeneration;
    const tick = (): void => {
      keep(
        this.#clock.setTimer(ms, () => {
          if (this.#closed || this.#timerGeneration !== generation) return;
          task()
            .catch((err: unknown) => this.#logger.warn(`${what} failed`, { path: this.path.join('/'), error: String(err) }))
            .finally(() => {
              if (!this.#closed && this.#timerGeneration === generation) tick();
            });
        }),
      );
    };
    tick();
  }

  #stopTimers(): void {
    this.#timerGeneration++;
    if (this.#maintenanceTimer) this.#clock.cancel(this.#maintenanceTimer);
    if (this.#flushTimer) this.#clock.cancel(this.#flushTimer);
    this.#maintenanceTimer = undefined;
    this.#flushTimer = undefined;
  }

  /**
   * Waits for queued appends, records the active segment and a clean-shutdown mark (synced),
   * and stops the timers. The storage itself stays open: it belongs to the caller.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#stopTimers();
    this.#retireCursors();
    await this.#serial.run(async () => {
      await this.#flush();
      const active = this.#active;
      await this.#write(
        [
          { type: 'put', key: segmentKey(active.baseOffset), value: encodeSegment(active) },
          { type: 'put', key: META_CLEAN_SHUTDOWN, value: CLEAN },
        ],
        true,
      );
    });
  }
}
