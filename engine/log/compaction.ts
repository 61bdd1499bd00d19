import { CorruptRecordError } from '../errors/index.js';
import type { Area } from '../storage/index.js';
import { readInt64 } from './bytes.js';
import type { LogConfig } from './config.js';
import { META_CLEANER_CHECKPOINT, batchKey, encodeNumber, encodeSegment, segmentKey, timePrefix, type Segment } from './layout.js';
import type { CompactionResult, LogLogger } from './partition-log-types.js';
import { MAX_TIMESTAMP } from './record-batch.js';
import { cleanBatch, keyString } from './rewrite.js';
import { writeOps, type Op } from './storage-ops.js';
import { batchesFrom } from './stored-batches.js';

/*
 * The log cleaner (cleanupPolicy 'compact'): keeps the latest record of each key in the
 * closed segments, drops tombstones whose delete horizon has passed, never renumbers offsets.
 * rewrite.ts rewrites the batches; this decides what each keeps and writes the segments back.
 * PartitionLog runs it from compact() and from maintain() when isCleanable says so.
 */

/** What the closed segments became. */
export interface Cleaned {
  result: CompactionResult;
  /** The closed segments after cleaning, empty ones folded into the one before them. */
  closed: Segment[];
  /** Where the cleaner stopped: the active segment's base offset. */
  checkpoint: number;
  /** The earliest delete horizon of a retained tombstone, if any. */
  nextHorizon: number | undefined;
}

/**
 * Whether maintenance should compact: a retained tombstone's delete horizon (`nextHorizon`,
 * 0 when unknown) has passed, or enough of the closed segments is dirty (past the checkpoint).
 */
export function isCleanable(
  segments: readonly Segment[],
  checkpoint: number,
  nextHorizon: number | undefined,
  now: number,
  minCleanableDirtyRatio: number,
): boolean {
  const closed = segments.slice(0, -1);
  if (closed.length === 0) return false;
  if (nextHorizon !== undefined && now >= nextHorizon) return true;
  let total = 0;
  let dirty = 0;
  for (const s of closed) {
    total += s.size;
    if (s.baseOffset >= checkpoint) dirty += s.size;
  }
  return dirty > 0 && dirty / total >= minCleanableDirtyRatio;
}

/**
 * Cleans the closed segments of `segments` (the log's, the last one active, which is not
 * touched): each segment is rewritten in one atomic write with its metadata, then one write
 * folds empty segments and records the checkpoint. Undefined when there is no closed segment.
 * `config` is read at each use: updateConfig may change the settings while the cleaner runs.
 */
export async function cleanClosedSegments(
  area: Area,
  segments: readonly Segment[],
  config: () => LogConfig,
  now: number,
  logger: LogLogger,
  path: string,
): Promise<Cleaned | undefined> {
  const closed = segments.slice(0, -1);
  if (closed.length === 0) return undefined;
  const result: CompactionResult = { cleanedBatches: 0, removedRecords: 0, bytesBefore: 0, bytesAfter: 0 };
  const end = segments[segments.length - 1]!.baseOffset;
  // Pass 1: the latest offset of every key in the closed segments.
  const latest = new Map<string, number>();
  const skip = new Set<number>();
  for await (const batch of batchesFrom(area, closed[0]!.baseOffset, end)) {
    try {
      const base = batch.baseOffset;
      for (const r of batch.rawRecords()) if (r.key !== null) latest.set(keyString(r.key), base + r.offsetDelta);
    } catch (err) {
      if (!(err instanceof CorruptRecordError)) throw err;
      skip.add(batch.baseOffset);
      logger.warn('The cleaner skipped a batch it cannot decode', { path, offset: batch.baseOffset, error: err.message });
    }
  }
  // Pass 2: rewrite segment by segment, each in one atomic write with its metadata.
  let nextHorizon: number | undefined;
  const updated: Segment[] = [];
  for (const segment of closed) {
    const ops: Op[] = [];
    const s: Segment = { ...segment, size: 0, maxTimestamp: -1 };
    for await (const batch of batchesFrom(area, segment.baseOffset, segment.nextOffset)) {
      if (batch.baseOffset < segment.baseOffset) continue;
      let value: Uint8Array | null = batch.bytes;
      if (!skip.has(batch.baseOffset)) {
        const outcome = cleanBatch(batch, latest, now, config().deleteRetentionMs);
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
      await writeOps(area, ops, config().fsync !== 'never');
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
      for await (const key of area.keys({ gte: timePrefix(s.baseOffset), lt: timePrefix(s.baseOffset + 1) })) ops.push({ type: 'del', key });
    } else merged.push(s);
  }
  ops.push({ type: 'put', key: META_CLEANER_CHECKPOINT, value: encodeNumber(end) });
  await writeOps(area, ops, config().fsync !== 'never');
  return { result, closed: merged, checkpoint: end, nextHorizon };
}
