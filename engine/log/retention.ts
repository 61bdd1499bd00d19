import type { Area } from '../storage/index.js';
import { deletes, type LogConfig } from './config.js';
import { batchKey, timePrefix, type Segment } from './layout.js';
import { storageError } from './storage-ops.js';

/*
 * Retention deletes whole closed segments, oldest first, in two steps: one atomic write
 * drops their metadata and moves the log start (PartitionLog's #deleteSegments), then one
 * range delete per kind clears their keys (clearBelow). A crash between the two leaves keys
 * below the first segment, which open() clears.
 */

/**
 * How many of the oldest segments retention deletes: those wholly below the log start, then
 * (under cleanupPolicy 'delete') those past retentionMs and those that retentionBytes says
 * must go, never past `boundary`. When the whole log has expired, `roll` says to roll the
 * active segment first so that it can go too (`count` then counts it).
 */
export function segmentsToDelete(
  segments: readonly Segment[],
  logStart: number,
  boundary: number,
  cfg: LogConfig,
  now: number,
): { count: number; roll: boolean } {
  const expired = (s: Segment): boolean =>
    cfg.retentionMs >= 0 && now - (s.maxTimestamp >= 0 ? s.maxTimestamp : s.lastAppendAt) > cfg.retentionMs;
  let count = 0;
  // Below the log start (after deleteRecordsBefore).
  while (count < segments.length - 1 && segments[count]!.nextOffset <= logStart) count++;
  if (!deletes(cfg)) return { count, roll: false };
  while (count < segments.length - 1 && expired(segments[count]!) && segments[count]!.nextOffset <= boundary) count++;
  const active = segments[segments.length - 1]!;
  if (count === segments.length - 1 && active.size > 0 && expired(active) && active.nextOffset <= boundary) {
    return { count: count + 1, roll: true };
  }
  if (cfg.retentionBytes >= 0) {
    let size = 0;
    for (const s of segments) size += s.size;
    let excess = size - cfg.retentionBytes;
    for (let i = 0; i < count; i++) excess -= segments[i]!.size;
    while (count < segments.length - 1) {
      const s = segments[count]!;
      if (excess - s.size < 0 || s.nextOffset > boundary) break;
      excess -= s.size;
      count++;
    }
  }
  return { count, roll: false };
}

/** Range-deletes batch and time index keys below `offset` (whole deleted segments). */
export async function clearBelow(area: Area, offset: number): Promise<void> {
  try {
    await area.clear({ gte: batchKey(0), lt: batchKey(offset) });
    await area.clear({ gte: timePrefix(0), lt: timePrefix(offset) });
  } catch (err) {
    throw storageError(err, 'Deleting old segments failed');
  }
}
