import { RecordBatch } from '../../../log/index.js';
import type { OffsetsLog } from '../log.js';
import { decodeRecord } from '../records/records.js';
import type { GroupRecord } from '../records/types.js';

/*
 * Loading a shard: every record of the partition, from its log start to its log end as the
 * new leader finds it, in order, then a wait until all of them are committed (a new leader's
 * high watermark reaches the start of its epoch within a round of its followers' fetches).
 * Only then does the shard answer: what it serves is what any later leader will find too.
 * A record that does not decode or apply (not written by a coordinator) is skipped and reported.
 */

export async function loadPartition(
  log: OffsetsLog,
  partition: number,
  leaderEpoch: number,
  replay: (record: GroupRecord) => void,
  logger: { warn(message: string, fields?: object): void },
): Promise<void> {
  let offset = 0;
  for (;;) {
    const { batches, logEndOffset } = await log.read(partition, leaderEpoch, offset);
    for (const bytes of batches) {
      const batch = new RecordBatch(bytes);
      batch.ensureValid();
      if (batch.nextOffset <= offset) continue;
      if (!batch.isControl) {
        for (const r of batch.records()) {
          if (r.offset < offset || r.key === null) continue;
          try {
            const record = decodeRecord(r.key, r.value);
            if (record) replay(record);
          } catch (error) {
            logger.warn('Skipped a record of the offsets topic that could not be read or applied', { partition, offset: r.offset, error: (error as Error).message });
          }
        }
      }
      offset = batch.nextOffset;
    }
    if (batches.length === 0 || offset >= logEndOffset) {
      offset = Math.max(offset, logEndOffset);
      break;
    }
  }
  await log.committed(partition, leaderEpoch, offset);
}
