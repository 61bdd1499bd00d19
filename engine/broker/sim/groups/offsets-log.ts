import type { PartitionLog } from '../../../log/index.js';
import { decodeRecord } from '../../groups/records/records.js';

/*
 * The offset commits a partition of `__consumer_offsets` holds, in log order: group, topic,
 * partition, the committed offset, and when its coordinator wrote it (the record's commit
 * timestamp, whole milliseconds of the clock). Other records (group metadata) and tombstones
 * are left out.
 */

export interface LoggedCommit {
  logOffset: number;
  groupId: string;
  topic: string;
  partition: number;
  offset: number;
  commitTimestamp: number;
}

const SCAN_BYTES = 256 * 1024;

export async function readCommits(log: PartitionLog): Promise<LoggedCommit[]> {
  const out: LoggedCommit[] = [];
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const before = offset;
    for (const batch of await log.read(offset, { maxBytes: SCAN_BYTES })) {
      if (!batch.isControl) {
        for (const r of batch.records()) {
          if (r.offset < offset || r.key === null) continue;
          const record = decodeRecord(r.key, r.value);
          if (record?.kind === 'offset' && record.value) {
            const { groupId, topic, partition } = record;
            out.push({ logOffset: r.offset, groupId, topic, partition, offset: record.value.offset, commitTimestamp: record.value.commitTimestamp });
          }
        }
      }
      offset = Math.max(offset, batch.nextOffset);
    }
    if (offset === before) break;
  }
  return out;
}
