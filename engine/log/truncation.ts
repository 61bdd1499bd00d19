import type { Area } from '../storage/index.js';
import { readInt64 } from './bytes.js';
import type { EpochCache } from './epoch-cache.js';
import {
  KIND_BATCH,
  META_CLEANER_CHECKPOINT,
  META_LOG_START,
  batchKey,
  decodeTimeKey,
  encodeNumber,
  encodeSegment,
  epochKey,
  keyOffset,
  kindEnd,
  segmentKey,
  timePrefix,
  type Segment,
} from './layout.js';
import { MAX_TIMESTAMP, RecordBatch } from './record-batch.js';
import { sliceBatch } from './rewrite.js';
import type { Op } from './storage-ops.js';
import { batchBefore } from './stored-batches.js';

/*
 * Truncation (a follower dropping a divergent tail): the one atomic write that removes every
 * record at or after an offset, and the log's state after it. PartitionLog.truncateTo writes
 * it and takes the new state.
 */

/** The parts of a log's state that truncation changes. */
export interface TruncatedState {
  segments: Segment[];
  logStart: number;
  epochs: EpochCache;
  cleanerCheckpoint: number;
}

export interface Truncation extends TruncatedState {
  ops: Op[];
  removedSegments: number;
}

/**
 * Plans the removal of every record at or after `offset` (below the log end). A batch that
 * straddles `offset` is rewritten with its earlier records. Below the log start, or at or
 * below the first segment, or when `emptyAll` says so, the log is emptied and restarts at
 * `offset`. `log` is not changed.
 */
export async function planTruncation(area: Area, log: TruncatedState, offset: number, now: number, emptyAll = false): Promise<Truncation> {
  const ops: Op[] = [];
  const full = emptyAll || offset < log.logStart || offset <= log.segments[0]!.baseOffset;
  // Every batch key at or past the cut goes, and with it the time entries and epochs there.
  const cutFrom = full ? 0 : offset;
  for await (const key of area.keys({ gte: batchKey(cutFrom), lt: kindEnd(KIND_BATCH) })) ops.push({ type: 'del', key });
  const keep = full ? [] : log.segments.filter((s) => s.baseOffset < offset);
  const removedSegments = log.segments.slice(keep.length);
  for (const s of removedSegments) {
    ops.push({ type: 'del', key: segmentKey(s.baseOffset) });
    for await (const key of area.keys({ gte: timePrefix(s.baseOffset), lt: timePrefix(s.baseOffset + 1) })) {
      ops.push({ type: 'del', key });
    }
  }
  let active: Segment;
  let logStart = log.logStart;
  if (full) {
    active = { baseOffset: offset, nextOffset: offset, size: 0, maxTimestamp: -1, createdAt: now, lastAppendAt: now };
    logStart = offset;
    ops.push({ type: 'put', key: META_LOG_START, value: encodeNumber(offset) });
  } else {
    const last = keep[keep.length - 1]!;
    // The batch holding `offset`, if one starts before it, keeps its earlier records.
    const before = await batchBefore(area, offset);
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
    for await (const key of area.keys({ gte: timePrefix(last.baseOffset), lt: timePrefix(last.baseOffset + 1) })) {
      if (decodeTimeKey(key).offset >= cutIndexFrom) ops.push({ type: 'del', key });
    }
    active = await measure(area, last, offset, ops);
    active.nextOffset = offset;
  }
  ops.push({ type: 'put', key: segmentKey(active.baseOffset), value: encodeSegment(active) });
  const epochs = log.epochs.clone();
  for (const epoch of epochs.truncateFromEnd(offset)) ops.push({ type: 'del', key: epochKey(epoch) });
  if (full) for (const epoch of epochs.truncateFromEnd(0)) ops.push({ type: 'del', key: epochKey(epoch) });
  const cleanerCheckpoint = Math.min(log.cleanerCheckpoint, offset);
  ops.push({ type: 'put', key: META_CLEANER_CHECKPOINT, value: encodeNumber(cleanerCheckpoint) });
  return {
    ops,
    segments: [...keep.slice(0, -1), active],
    logStart,
    epochs,
    cleanerCheckpoint,
    removedSegments: removedSegments.length,
  };
}

/**
 * The segment's size and max timestamp recomputed from its batches below `end`, taking
 * into account pending ops on them (puts replace, deletes remove).
 */
async function measure(area: Area, segment: Segment, end: number, ops: Op[]): Promise<Segment> {
  const replaced = new Map<number, Uint8Array | null>();
  for (const op of ops) {
    if (op.key[0] === KIND_BATCH) replaced.set(keyOffset(op.key), op.type === 'put' ? op.value : null);
  }
  const out: Segment = { ...segment, size: 0, maxTimestamp: -1 };
  for await (const [key, stored] of area.iterator({ gte: batchKey(segment.baseOffset), lt: batchKey(end) })) {
    const offset = keyOffset(key);
    const value = replaced.has(offset) ? replaced.get(offset) : stored;
    if (!value) continue;
    out.size += value.length;
    out.maxTimestamp = Math.max(out.maxTimestamp, readInt64(value, MAX_TIMESTAMP));
  }
  return out;
}
