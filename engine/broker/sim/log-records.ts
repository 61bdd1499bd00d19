import type { PartitionLog } from '../../log/index.js';

/*
 * A replica's records as the checkers compare them: one entry per offset, with everything a
 * replica must hold identically at that offset — the record (timestamp, key, value, headers)
 * and what its batch says of it (the leader epoch that wrote it, the producer id, epoch and
 * the record's sequence number). Records, not batches: a follower cut inside a batch keeps
 * its first records in a rewritten batch of other bytes, and that is no divergence.
 */

export interface LogRecordView {
  offset: number;
  /** Everything compared, in one string. */
  digest: string;
  /** The record's key and value (UTF-8), as a producer sent them. */
  key: string;
  value: string;
}

const SCAN_BYTES = 256 * 1024;
const decoder = new TextDecoder();
const text = (bytes: Uint8Array | null) => (bytes === null ? '<null>' : decoder.decode(bytes));
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The records of `log` at offsets [from, to); fewer if the log holds fewer. */
export async function readRecords(log: PartitionLog, from: number, to: number): Promise<LogRecordView[]> {
  const out: LogRecordView[] = [];
  let offset = Math.max(from, log.logStartOffset);
  while (offset < to && offset < log.logEndOffset) {
    const batches = await log.read(offset, { maxBytes: SCAN_BYTES, maxOffset: to });
    const before = offset;
    for (const batch of batches) {
      const head = `${batch.partitionLeaderEpoch}|${batch.producerId}|${batch.producerEpoch}`;
      for (const raw of batch.rawRecords()) {
        const at = batch.baseOffset + raw.offsetDelta;
        if (at < offset || at >= to) continue;
        const sequence = batch.baseSequence < 0 ? -1 : batch.baseSequence + raw.offsetDelta;
        const key = text(raw.key);
        const value = text(raw.value);
        out.push({ offset: at, key, value, digest: `${head}|${sequence}|${raw.timestamp}|${key}|${value}|${hex(raw.headerSection)}` });
      }
      offset = Math.max(offset, batch.nextOffset);
    }
    if (offset === before) break;
  }
  return out;
}
