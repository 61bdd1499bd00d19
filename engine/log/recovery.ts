import { CorruptRecordError, InvalidStateError } from '../errors/index.js';
import type { Area } from '../storage/index.js';
import { EpochCache, type EpochEntry } from './epoch-cache.js';
import {
  FORMAT_VERSION,
  KIND_BATCH,
  KIND_EPOCH,
  KIND_SEGMENT,
  META_CLEANER_CHECKPOINT,
  META_CLEAN_SHUTDOWN,
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
  timePrefix,
  type Segment,
} from './layout.js';
import type { LogLogger } from './partition-log-types.js';
import { validateStoredBatch } from './record-batch.js';
import { clearBelow } from './retention.js';
import { storageError, writeOps, type Op } from './storage-ops.js';
import { readIndexState, type IndexState } from './time-index.js';

/*
 * Opening a log: loading its metadata and recovering its tail. Only the active segment's
 * metadata can be stale (it is written when the segment is created and when the log closes
 * cleanly, not on every append). After a clean shutdown it is trusted once the last batch
 * checks out; otherwise the active segment is rebuilt by scanning its batches, checking each
 * CRC, and a torn or corrupt tail is truncated (and logged). Open marks the log dirty until
 * close() marks it clean again.
 */

const DIRTY = Uint8Array.of(0);

/** A log's state as open() finds it. */
export interface LoadedLog {
  segments: Segment[];
  logStart: number;
  logEnd: number;
  index: IndexState;
  epochs: EpochCache;
  cleanerCheckpoint: number;
  nextHorizon: number | undefined;
}

/** Loads (creating, or recovering after a crash) the log stored in `area`; `now` is the clock's time. */
export async function loadLog(area: Area, path: string, now: number, logger: LogLogger): Promise<LoadedLog> {
  try {
    const format = await area.get(META_FORMAT);
    if (format !== undefined && decodeNumber(format) !== FORMAT_VERSION) {
      throw new InvalidStateError(`The log at ${path} has storage format ${decodeNumber(format)}; this build reads ${FORMAT_VERSION}`);
    }
    const startValue = await area.get(META_LOG_START);
    let logStart = startValue === undefined ? 0 : decodeNumber(startValue);
    const clean = (await area.get(META_CLEAN_SHUTDOWN))?.[0] === 1;
    const checkpoint = await area.get(META_CLEANER_CHECKPOINT);
    const cleanerCheckpoint = checkpoint === undefined ? 0 : decodeNumber(checkpoint);
    const segments: Segment[] = [];
    for await (const [key, value] of area.iterator({ gte: segmentKey(0), lt: kindEnd(KIND_SEGMENT) })) {
      segments.push(decodeSegment(keyOffset(key), value));
    }
    const entries: EpochEntry[] = [];
    for await (const [key, value] of area.iterator({ gte: epochKey(0), lt: kindEnd(KIND_EPOCH) })) {
      entries.push({ epoch: keyOffset(key), startOffset: decodeNumber(value) });
    }
    const epochs = new EpochCache(entries);

    const ops: Op[] = [];
    if (format === undefined) ops.push({ type: 'put', key: META_FORMAT, value: encodeNumber(FORMAT_VERSION) });
    if (segments.length === 0) {
      const first: Segment = { baseOffset: logStart, nextOffset: logStart, size: 0, maxTimestamp: -1, createdAt: now, lastAppendAt: now };
      segments.push(first);
      ops.push({ type: 'put', key: segmentKey(logStart), value: encodeSegment(first) });
    }
    // Leftovers of a retention run interrupted between its two steps.
    await clearBelow(area, segments[0]!.baseOffset);

    let active = segments[segments.length - 1]!;
    const verified = clean && (await tailIsSound(area, active));
    if (!verified) active = await recoverActive(area, active, epochs, ops, clean, path, logger);
    segments[segments.length - 1] = active;
    const logEnd = active.nextOffset;
    if (logStart > logEnd) {
      logStart = logEnd;
      ops.push({ type: 'put', key: META_LOG_START, value: encodeNumber(logStart) });
    }
    logStart = Math.max(logStart, segments[0]!.baseOffset);
    ops.push({ type: 'put', key: META_CLEAN_SHUTDOWN, value: DIRTY });
    await writeOps(area, ops, true);
    const index = await readIndexState(area, active);
    return { segments, logStart, logEnd, index, epochs, cleanerCheckpoint, nextHorizon: segments.length > 1 ? 0 : undefined };
  } catch (err) {
    throw storageError(err, `Opening the log at ${path} failed`);
  }
}

/** After a clean shutdown: the stored metadata is trusted once the last batch checks out. */
async function tailIsSound(area: Area, active: Segment): Promise<boolean> {
  const last = await area.iterator({ gte: batchKey(active.baseOffset), lt: kindEnd(KIND_BATCH), reverse: true, limit: 1 }).all();
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
 * CRC. The first batch that fails, and everything after it, is removed and reported; so are
 * the epochs the surviving batches do not reach (from `epochs`, which this changes).
 */
async function recoverActive(
  area: Area,
  stored: Segment,
  epochs: EpochCache,
  ops: Op[],
  afterCleanShutdown: boolean,
  path: string,
  logger: LogLogger,
): Promise<Segment> {
  const s: Segment = { ...stored, size: 0, maxTimestamp: -1 };
  let expected = stored.baseOffset;
  let cut: { offset: number; reason: string } | undefined;
  for await (const [key, value] of area.iterator({ gte: batchKey(stored.baseOffset), lt: kindEnd(KIND_BATCH) })) {
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
    for await (const [key, value] of area.iterator({ gte: batchKey(cut.offset), lt: kindEnd(KIND_BATCH) })) {
      ops.push({ type: 'del', key });
      batches++;
      bytes += value.length;
    }
    for await (const key of area.keys({ gte: timePrefix(stored.baseOffset), lt: timePrefix(stored.baseOffset + 1) })) {
      if (decodeTimeKey(key).offset >= expected) ops.push({ type: 'del', key });
    }
    for (const epoch of epochs.truncateFromEnd(expected)) ops.push({ type: 'del', key: epochKey(epoch) });
    logger.warn('Truncated a corrupt or torn tail on open', {
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
    if (afterCleanShutdown) logger.warn('The log was marked clean but its tail did not match; rebuilt it', { path });
  }
  // Epochs the surviving batches do not reach.
  for (const epoch of epochs.truncateFromEnd(s.nextOffset)) ops.push({ type: 'del', key: epochKey(epoch) });
  ops.push({ type: 'put', key: segmentKey(s.baseOffset), value: encodeSegment(s) });
  return s;
}
