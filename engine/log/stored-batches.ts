import type { Area } from '../storage/index.js';
import { readInt32, readInt64 } from './bytes.js';
import { batchKey } from './layout.js';
import { LAST_OFFSET_DELTA, RecordBatch } from './record-batch.js';

/*
 * Finding stored batches by offset. A batch is keyed by its base offset, so the one holding
 * an offset may start before it: these look one key back for it.
 */

/** One past the last offset of a stored batch. */
export function batchEnd(value: Uint8Array): number {
  return readInt64(value, 0) + readInt32(value, LAST_OFFSET_DELTA) + 1;
}

/** The stored batch with the largest base offset below `offset`. */
export async function batchBefore(area: Area, offset: number): Promise<Uint8Array | undefined> {
  const entries = await area.iterator({ gte: batchKey(0), lt: batchKey(offset), reverse: true, limit: 1 }).all();
  return entries[0]?.[1];
}

/** Batches in [the one holding `from`, before `to`), one at a time. */
export async function* batchesFrom(area: Area, from: number, to: number): AsyncGenerator<RecordBatch> {
  const before = await batchBefore(area, from);
  if (before) {
    const batch = new RecordBatch(before);
    if (batch.lastOffset >= from) yield batch;
  }
  const it = area.iterator({ gte: batchKey(from), lt: batchKey(to) });
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
