import { NotLeaderOrFollowerError, OffsetOutOfRangeError, OperationTimeoutError } from '../../errors/index.js';
import type { DeleteRecordsRequest, DeleteRecordsResponse } from '../api/types.js';
import type { Replica } from './replica.js';
import { isInt, leaderReplica, partitionErrorCode, stillLeading, type ServeContext } from './serving.js';

/*
 * DeleteRecords, on the leader: moves the log start up to the offset given (-1: the high
 * watermark; above it, OFFSET_OUT_OF_RANGE: uncommitted records may not be deleted), then,
 * as Kafka does, waits (up to timeoutMs) until every in-sync follower has moved its own log
 * start there too — followers take the leader's log start from their fetch answers and report
 * theirs in their next fetch — and answers with that low watermark: the smallest log start
 * over the leader and the ISR.
 */

export async function serveDeleteRecords(ctx: ServeContext, request: DeleteRecordsRequest): Promise<DeleteRecordsResponse> {
  const deadline = ctx.clock.now() + (isInt(request.timeoutMs) ? Math.max(0, request.timeoutMs) : 0);
  const topics = await Promise.all(
    request.topics.map(async (t) => ({
      name: t.name,
      partitions: await Promise.all(t.partitions.map((p) => deletePartitionRecords(ctx, t.name, p.partition, p.offset, deadline))),
    })),
  );
  return { topics };
}

async function deletePartitionRecords(ctx: ServeContext, topic: string, partition: number, requested: number, deadline: number) {
  let replica: Replica | undefined;
  try {
    replica = leaderReplica(ctx, topic, partition);
    const epoch = replica.leaderEpoch;
    const hw = replica.highWatermark;
    const offset = requested === -1 ? hw : requested;
    if (!isInt(offset) || offset < 0 || offset > hw) {
      throw new OffsetOutOfRangeError(`Cannot delete records before ${String(requested)}: ${topic}-${partition}'s high watermark is ${hw}`);
    }
    await replica.log.deleteRecordsBefore(offset);
    for (;;) {
      const watch = ctx.purgatory.watch([replica.key]);
      try {
        if (!stillLeading(ctx, replica, epoch)) throw new NotLeaderOrFollowerError(`Broker ${ctx.brokerId} stopped leading ${topic}-${partition}`);
        const low = replica.lowWatermark();
        if (low >= offset) return { partition, lowWatermark: low, errorCode: 0 };
        if (ctx.clock.now() >= deadline) throw new OperationTimeoutError(`The followers of ${topic}-${partition} did not delete below ${offset} in time`);
        await watch.wait(ctx.clock, deadline);
      } finally {
        watch.close();
      }
    }
  } catch (err) {
    return { partition, lowWatermark: -1, errorCode: partitionErrorCode(ctx, err, 'DeleteRecords', topic, partition, replica) };
  }
}
