import { readInt64 } from '../../log/bytes.js';
import type { PartitionLog } from '../../log/index.js';
import { producerBatch, type ProducerStateTable } from './producer-state.js';

/*
 * Rebuilding a replica's producer state from its log (on open, and when a truncation or a
 * failed write leaves it unknown): every batch's header from the log start on, in offset
 * order, without decoding a record; then the producers that have been idle too long go.
 */

const SCAN_BYTES = 4 * 1024 * 1024;

export async function rebuildProducerState(log: PartitionLog, table: ProducerStateTable, now: number, expirationMs: number): Promise<void> {
  table.clear();
  let offset = log.logStartOffset;
  const end = log.logEndOffset;
  while (offset < end) {
    const batches = await log.readBytes(offset, { maxBytes: SCAN_BYTES, maxOffset: end });
    if (batches.length === 0) break;
    for (const bytes of batches) {
      const b = producerBatch(bytes);
      const base = readInt64(bytes, 0);
      table.record(b, base);
      offset = base + b.lastOffsetDelta + 1;
    }
  }
  table.expire(now, expirationMs);
}
