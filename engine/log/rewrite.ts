import { buildBatch, type RecordToWrite } from './batch-encoder.js';
import { DELETE_HORIZON_BIT, RecordBatch, type RawRecord } from './record-batch.js';

/*
 * Rewriting a stored batch with fewer records, for the log cleaner (compaction) and for
 * truncation inside a batch. The batch keeps its base offset, leader epoch, producer fields
 * and codec; record offsets are never renumbered. Headers are copied verbatim.
 */

export interface RebuildOptions {
  /** Compaction keeps the original (so producer state survives); truncation shortens it. */
  lastOffsetDelta: number;
  /** Sets (or, when undefined, clears) the KIP-534 delete horizon. */
  deleteHorizonMs: number | undefined;
}

export function rebuildBatch(batch: RecordBatch, records: readonly RawRecord[], o: RebuildOptions): Uint8Array {
  const logAppendTime = batch.timestampType === 'LogAppendTime';
  let maxTimestamp = -1;
  for (const r of records) if (r.timestamp > maxTimestamp) maxTimestamp = r.timestamp;
  if (logAppendTime) maxTimestamp = batch.maxTimestamp;
  const baseTimestamp = o.deleteHorizonMs ?? (records.length > 0 ? records[0]!.timestamp : batch.baseTimestamp);
  const rows: RecordToWrite[] = records.map((r) => ({
    offsetDelta: r.offsetDelta,
    timestampDelta: logAppendTime ? 0 : r.timestamp - baseTimestamp,
    attributes: r.attributes,
    key: r.key,
    value: r.value,
    headerSection: r.headerSection,
  }));
  let attributes = batch.attributes & ~DELETE_HORIZON_BIT;
  if (o.deleteHorizonMs !== undefined) attributes |= DELETE_HORIZON_BIT;
  return buildBatch(
    {
      baseOffset: batch.baseOffset,
      partitionLeaderEpoch: batch.partitionLeaderEpoch,
      attributes,
      baseTimestamp,
      maxTimestamp,
      producerId: batch.producerId,
      producerEpoch: batch.producerEpoch,
      baseSequence: batch.baseSequence,
      lastOffsetDelta: o.lastOffsetDelta,
    },
    rows,
  );
}

/** The batch cut to the records below `endOffset`, or null when none is left. */
export function sliceBatch(batch: RecordBatch, endOffset: number): Uint8Array | null {
  const base = batch.baseOffset;
  const kept = [...batch.rawRecords()].filter((r) => base + r.offsetDelta < endOffset);
  if (kept.length === 0) return null;
  return rebuildBatch(batch, kept, { lastOffsetDelta: kept.at(-1)!.offsetDelta, deleteHorizonMs: batch.deleteHorizonMs });
}

/** What the cleaner decided for one batch. */
export type CleanResult =
  | { action: 'keep' }
  | { action: 'delete'; removed: number }
  | { action: 'rewrite'; bytes: Uint8Array; removed: number; horizon: number | undefined };

const keyDecoder = new TextDecoder('latin1');

/** A Map key for record key bytes (latin1 decoding is one-to-one on bytes). */
export function keyString(key: Uint8Array): string {
  return keyDecoder.decode(key);
}

/**
 * Compaction of one batch: a record survives only if it is the latest for its key; a
 * surviving tombstone gets a delete horizon (now + deleteRetentionMs) the first time it is
 * cleaned and is dropped by the first cleaning at or after that horizon. Records without a
 * key are dropped, as Kafka's cleaner drops them (a compacted log refuses them on append, but
 * they may predate a switch of cleanupPolicy to compact). Control batches (transaction
 * markers) are left as they are.
 */
export function cleanBatch(
  batch: RecordBatch,
  latest: ReadonlyMap<string, number>,
  now: number,
  deleteRetentionMs: number,
): CleanResult {
  if (batch.isControl) return { action: 'keep' };
  const base = batch.baseOffset;
  const horizon = batch.deleteHorizonMs;
  const kept: RawRecord[] = [];
  let removed = 0;
  let tombstones = 0;
  for (const r of batch.rawRecords()) {
    let keep = r.key !== null && latest.get(keyString(r.key)) === base + r.offsetDelta;
    if (keep && r.value === null && horizon !== undefined && now >= horizon) keep = false;
    if (keep) {
      kept.push(r);
      if (r.value === null) tombstones++;
    } else removed++;
  }
  if (kept.length === 0) return { action: 'delete', removed };
  const newHorizon = tombstones === 0 ? undefined : (horizon ?? now + deleteRetentionMs);
  if (removed === 0 && newHorizon === horizon) return { action: 'keep' };
  return {
    action: 'rewrite',
    bytes: rebuildBatch(batch, kept, { lastOffsetDelta: batch.lastOffsetDelta, deleteHorizonMs: newHorizon }),
    removed,
    horizon: newHorizon,
  };
}
