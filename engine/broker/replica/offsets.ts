import { BadArgumentsError, OffsetNotAvailableError } from '../../errors/index.js';
import { RecordBatch, type EpochEntry } from '../../log/index.js';
import {
  EARLIEST_TIMESTAMP,
  LATEST_TIMESTAMP,
  MAX_TIMESTAMP,
  NO_EPOCH,
  type ListOffsetsPartitionResponse,
  type ListOffsetsRequest,
  type ListOffsetsResponse,
  type OffsetForLeaderEpochRequest,
  type OffsetForLeaderEpochResponse,
} from '../api/types.js';
import type { Replica } from './replica.js';
import { isInt, leaderReplica, partitionErrorCode, type ServeContext } from './serving.js';

/*
 * ListOffsets and OffsetForLeaderEpoch, served by the leader.
 *
 * ListOffsets: EARLIEST (-2) is the log start; LATEST (-1) the high watermark for a consumer
 * and the log end for a replica (replicaId >= 0); MAX_TIMESTAMP (-3) the first record with
 * the largest timestamp (KIP-734); a timestamp >= 0 the first record at or after it
 * (PartitionLog.offsetForTimestamp). A consumer is never told of an offset at or past the
 * high watermark: a record found there counts as not found (offset and timestamp -1). While
 * a new leader's high watermark lags the start of its epoch (Replica.highWatermarkAvailable)
 * a consumer's LATEST, and a search by timestamp that finds nothing below it, answer
 * OFFSET_NOT_AVAILABLE, as in Kafka: the answer could be lower than one the previous leader gave.
 *
 * OffsetForLeaderEpoch: the largest epoch <= the one asked about that this log has, and where
 * it ended (the log end for the latest), from the log's epoch cache — what a follower (or a
 * consumer, KIP-320) truncates by.
 */

const NOT_FOUND = { timestamp: -1, offset: -1, leaderEpoch: NO_EPOCH };
const SCAN_BYTES = 4 * 1024 * 1024;

export async function serveListOffsets(ctx: ServeContext, request: ListOffsetsRequest): Promise<ListOffsetsResponse> {
  const topics = [];
  for (const t of request.topics) {
    const partitions = await Promise.all(t.partitions.map((p) => listPartition(ctx, request.replicaId, t.name, p)));
    topics.push({ name: t.name, partitions });
  }
  return { topics };
}

async function listPartition(
  ctx: ServeContext,
  replicaId: number,
  topic: string,
  p: { partition: number; currentLeaderEpoch: number; timestamp: number },
): Promise<ListOffsetsPartitionResponse> {
  let replica: Replica | undefined;
  try {
    replica = leaderReplica(ctx, topic, p.partition, p.currentLeaderEpoch);
    const log = replica.log;
    const consumer = !(isInt(replicaId) && replicaId >= 0);
    const limit = consumer ? replica.highWatermark : log.logEndOffset;
    const unavailable = () => new OffsetNotAvailableError(`${topic}-${p.partition}'s new leader has not yet seen its high watermark reach the start of its epoch`);
    const ts = p.timestamp;
    let found: { timestamp: number; offset: number; leaderEpoch: number } = NOT_FOUND;
    if (ts === EARLIEST_TIMESTAMP) {
      found = { timestamp: -1, offset: log.logStartOffset, leaderEpoch: epochAt(log.leaderEpochs(), log.logStartOffset) };
    } else if (ts === LATEST_TIMESTAMP) {
      if (consumer && !replica.highWatermarkAvailable) throw unavailable();
      found = { timestamp: -1, offset: limit, leaderEpoch: replica.leaderEpoch };
    } else if (ts === MAX_TIMESTAMP) {
      found = (await maxTimestamp(replica, limit)) ?? NOT_FOUND;
    } else if (isInt(ts) && ts >= 0) {
      const at = await log.offsetForTimestamp(ts);
      if (at && at.offset < limit) found = { ...at, leaderEpoch: epochAt(log.leaderEpochs(), at.offset) };
    } else {
      throw new BadArgumentsError(`Unknown ListOffsets timestamp ${String(ts)}`);
    }
    if (found === NOT_FOUND && consumer && !replica.highWatermarkAvailable) throw unavailable();
    return { partition: p.partition, errorCode: 0, ...found };
  } catch (err) {
    return { partition: p.partition, errorCode: partitionErrorCode(ctx, err, 'ListOffsets', topic, p.partition, replica), ...NOT_FOUND };
  }
}

/** The epoch that wrote `offset`, by the epoch cache (-1 when unknown). */
function epochAt(epochs: readonly EpochEntry[], offset: number): number {
  let epoch = NO_EPOCH;
  for (const e of epochs) {
    if (e.startOffset > offset) break;
    epoch = e.epoch;
  }
  return epoch;
}

/** The first record with the largest timestamp below `limit`: one pass over batch headers, then one batch decoded. */
async function maxTimestamp(replica: Replica, limit: number): Promise<{ timestamp: number; offset: number; leaderEpoch: number } | undefined> {
  const log = replica.log;
  let best: RecordBatch | undefined;
  let offset = log.logStartOffset;
  while (offset < limit) {
    const batches = await log.readBytes(offset, { maxBytes: SCAN_BYTES, maxOffset: limit });
    if (batches.length === 0) break;
    for (const bytes of batches) {
      const batch = RecordBatch.stored(bytes);
      if (!best || batch.maxTimestamp > best.maxTimestamp) best = batch;
      offset = batch.nextOffset;
    }
  }
  if (!best) return undefined;
  for (const record of best.records()) {
    if (record.timestamp === best.maxTimestamp && record.offset >= log.logStartOffset) {
      return { timestamp: record.timestamp, offset: record.offset, leaderEpoch: best.partitionLeaderEpoch };
    }
  }
  return undefined;
}

export function serveOffsetForLeaderEpoch(ctx: ServeContext, request: OffsetForLeaderEpochRequest): OffsetForLeaderEpochResponse {
  return {
    topics: request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => {
        let replica: Replica | undefined;
        try {
          replica = leaderReplica(ctx, t.name, p.partition, p.currentLeaderEpoch);
          if (!isInt(p.leaderEpoch) || p.leaderEpoch < NO_EPOCH) throw new BadArgumentsError('leaderEpoch must be an integer >= -1');
          const { epoch, endOffset } = replica.log.endOffsetForEpoch(p.leaderEpoch);
          return { partition: p.partition, errorCode: 0, leaderEpoch: epoch, endOffset };
        } catch (err) {
          return { partition: p.partition, errorCode: partitionErrorCode(ctx, err, 'OffsetForLeaderEpoch', t.name, p.partition, replica), leaderEpoch: NO_EPOCH, endOffset: -1 };
        }
      }),
    })),
  };
}
