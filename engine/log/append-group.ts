import { BadArgumentsError, OffsetOutOfRangeError } from '../errors/index.js';
import type { Area } from '../storage/index.js';
import { copyBytes, readInt32, readInt64, writeInt32 } from './bytes.js';
import type { LogConfig } from './config.js';
import type { EpochEntry } from './epoch-cache.js';
import { batchKey, encodeNumber, encodeSegment, epochKey, segmentKey, timeKey, type Segment } from './layout.js';
import type { AppendResult } from './partition-log-types.js';
import { LAST_OFFSET_DELTA, MAX_TIMESTAMP, PARTITION_LEADER_EPOCH, patchBatch, setLogAppendTime } from './record-batch.js';
import { storageError } from './storage-ops.js';
import type { IndexState } from './time-index.js';

/*
 * A group of appends bound for one storage write, and how one append is planned into it:
 * its offsets assigned on top of the group's tail (rolling the segment when it is full or
 * old), its header patched, the time index and the leader epochs kept up, and its operations
 * staged in the group's chained batch. The pipeline that forms groups and writes them is
 * group-commit.ts.
 */

export interface PendingAppend {
  bytes: Uint8Array;
  leaderEpoch: number | undefined;
  follower: boolean;
  /**
   * The bytes are the caller's buffer, not a copy: staged into a chained batch that copies
   * them at once, during the append() call, and never read after it (see GroupCommit.enqueue).
   */
  borrowed: boolean;
  resolve: (result: AppendResult) => void;
  reject: (err: unknown) => void;
}

/** Where the log's tail stands: committed, or after the groups planned so far. */
export interface Tail {
  active: Segment;
  index: IndexState;
  latestEpoch: number;
  /** The offset the next append gets. */
  next: number;
}

/** A group of appends, planned and staged for one storage write. */
export interface StagedGroup {
  /** Every append taken for the group, in order (put back on the queue if it must be planned again). */
  pending: PendingAppend[];
  /** Bytes of the appends taken. */
  bytes: number;
  /** `stored`: the batch as stored, kept for the log's tail cache (when it has one). */
  accepted: Array<{ p: PendingAppend; result: AppendResult; stored: Uint8Array | undefined }>;
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

/** abstract-level's chained batch, which the database under an area provides. */
export interface ChainedBatch {
  put(key: Uint8Array, value: Uint8Array, options: object): unknown;
  del(key: Uint8Array, options: object): unknown;
  write(options: object): Promise<void>;
  close(): Promise<void>;
}

const DONE: Promise<void> = Promise.resolve();
const EMPTY = new Uint8Array(0);

/** An empty group planned on top of `base`, with a chained batch to stage its operations in. */
export function openGroup(db: { batch(): ChainedBatch }, base: Tail): StagedGroup {
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
    group.batch = db.batch();
  } catch (err) {
    group.failure = storageError(err, 'Writing to the log failed');
  }
  return group;
}

/**
 * Plans one append into a group: assigns its offsets on top of the group's tail (rolling
 * the segment if needed), patches the batch, and stages its operations in `area`. An append
 * that cannot go in (a follower batch that overlaps, a stale leader epoch) is set aside,
 * alone, to be rejected when the group is issued. `now` is the clock's time. With `keep`, the
 * accepted append carries the batch as stored: the log's own copy, or a copy made now of a
 * borrowed one (whose buffer is the caller's).
 */
export function addToGroup(group: StagedGroup, p: PendingAppend, cfg: LogConfig, now: number, area: Area, keep: boolean): void {
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
  const restore = p.borrowed && !p.follower;
  const offsetHigh = restore ? readInt32(bytes, 0) : 0;
  const offsetLow = restore ? readInt32(bytes, 4) : 0;
  const epochBefore = restore ? readInt32(bytes, PARTITION_LEADER_EPOCH) : 0;
  if (!p.follower) {
    patchBatch(bytes, baseOffset, p.leaderEpoch);
    // Kafka's timestamps are whole milliseconds; a real clock reads fractions.
    if (logAppendTime) setLogAppendTime(bytes, Math.floor(now));
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
    const stored = keep ? (p.borrowed ? copyBytes(bytes) : bytes) : undefined;
    group.accepted.push({ p, result: { baseOffset, lastOffset: last, logAppendTime: logAppendTime ? Math.floor(now) : -1, logStartOffset: 0 }, stored });
    if (group.failure) return;
    try {
      const options = { sublevel: area };
      for (const op of ops) group.batch!.put(op.key, op.value, options);
    } catch (err) {
      // The database refused the operations (it is closing, say): the group fails as a write would.
      group.batch?.close().catch(() => undefined);
      group.batch = undefined;
      group.failure = storageError(err, 'Writing to the log failed');
    }
  } finally {
    if (restore) {
      writeInt32(bytes, 0, offsetHigh);
      writeInt32(bytes, 4, offsetLow);
      writeInt32(bytes, PARTITION_LEADER_EPOCH, epochBefore);
    }
  }
}
