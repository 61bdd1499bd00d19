import type { Area } from '../storage/index.js';
import { decodeTimeKey, timePrefix, type Segment } from './layout.js';
import type { TimestampOffset } from './partition-log-types.js';
import { storageError } from './storage-ops.js';
import { batchesFrom } from './stored-batches.js';

/*
 * The sparse time index. Each segment has an entry every indexIntervalBytes of batches (an
 * append writes it, see append-group.ts): the running maximum timestamp and the batch where
 * it stood, in the key itself (layout.ts). offsetForTimestamp finds the last entry below the
 * timestamp and scans on from its batch.
 */

/** Where the time index of the active segment stands. */
export interface IndexState {
  lastIndexedTimestamp: number;
  bytesSinceEntry: number;
}

/** Where the time index of `active` stands, going by its last stored entry (counting no bytes since). */
export async function readIndexState(area: Area, active: Segment): Promise<IndexState> {
  const last = await area.keys({ gte: timePrefix(active.baseOffset), lt: timePrefix(active.baseOffset + 1), reverse: true, limit: 1 }).all();
  return { lastIndexedTimestamp: last[0] ? decodeTimeKey(last[0]).timestamp : -1, bytesSinceEntry: 0 };
}

/**
 * The first record at or after `start`, in offset order, whose timestamp is >= `timestamp`,
 * or undefined when there is none. `segments` is a snapshot: the search awaits between reads.
 */
export async function findOffsetForTimestamp(
  area: Area,
  segments: readonly Segment[],
  start: number,
  timestamp: number,
): Promise<TimestampOffset | undefined> {
  try {
    for (const segment of segments) {
      if (segment.nextOffset <= start || segment.maxTimestamp < timestamp) continue;
      let from = Math.max(segment.baseOffset, start);
      if (timestamp > 0) {
        const floor = await area
          .keys({ gte: timePrefix(segment.baseOffset, 0), lt: timePrefix(segment.baseOffset, timestamp), reverse: true, limit: 1 })
          .all();
        if (floor[0]) from = Math.max(from, decodeTimeKey(floor[0]).offset);
      }
      for await (const batch of batchesFrom(area, from, segment.nextOffset)) {
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
