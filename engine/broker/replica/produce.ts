import {
  BadArgumentsError,
  InvalidRequiredAcksError,
  InvalidTopicError,
  LogkeeperError,
  NotEnoughReplicasAfterAppendError,
  NotEnoughReplicasError,
  NotLeaderOrFollowerError,
  OperationTimeoutError,
} from '../../errors/index.js';
import type { ProducePartitionData, ProducePartitionResponse, ProduceRequest, ProduceResponse } from '../api/types.js';
import { isInternalTopic } from '../topic-config.js';
import { checkProducerRecords } from './batch-check.js';
import type { Replica } from './replica.js';
import { isInt, leaderReplica, partitionErrorCode, stillLeading, type ServeContext } from './serving.js';

/*
 * How this works: a produce request, partition by partition (each on its own).
 *
 *   1. Checks that need no write: acks is -1, 0 or 1; the topic is not internal (only the
 *      broker's own appends, leader-io.ts, write __consumer_offsets: INVALID_TOPIC_EXCEPTION,
 *      as Kafka's ReplicaManager); we lead the partition; every batch is
 *      sound (batch-check.ts); for acks=-1 the ISR is at least min.insync.replicas
 *      (NOT_ENOUGH_REPLICAS, nothing written).
 *   2. The producer state check and the hand-over to the log, in one synchronous step
 *      (Replica.appendAsLeader), so that batches are checked in the order they get offsets.
 *      A duplicate of a recent batch is not written: its answer is the original's offset.
 *   3. The answer: acks=0 at once; acks=1 once the leader's write is done; acks=-1 once the
 *      high watermark has passed the last offset written (a delayed operation, see
 *      purgatory.ts), bounded by timeoutMs (REQUEST_TIMED_OUT). If by then the ISR is below
 *      min.insync.replicas, the records are written but NOT_ENOUGH_REPLICAS_AFTER_APPEND
 *      says they are less safe than asked for; if leadership moved, NOT_LEADER_OR_FOLLOWER.
 */

export async function serveProduce(ctx: ServeContext, request: ProduceRequest): Promise<ProduceResponse> {
  const deadline = ctx.clock.now() + (isInt(request.timeoutMs) ? Math.max(0, request.timeoutMs) : 0);
  const topics = await Promise.all(
    request.topics.map(async (topic) => ({
      name: topic.name,
      partitions: await Promise.all(topic.partitions.map((data) => producePartition(ctx, request, topic.name, data, deadline))),
    })),
  );
  return { topics };
}

async function producePartition(ctx: ServeContext, request: ProduceRequest, topic: string, data: ProducePartitionData, deadline: number): Promise<ProducePartitionResponse> {
  const partition = data.partition;
  let replica: Replica | undefined;
  try {
    const acks = request.acks;
    if (acks !== -1 && acks !== 0 && acks !== 1) throw new InvalidRequiredAcksError(`acks must be -1, 0 or 1, not ${String(acks)}`);
    if (!isInt(request.timeoutMs) || request.timeoutMs < 0) throw new BadArgumentsError('timeoutMs must be a non-negative integer');
    if (isInternalTopic(topic)) throw new InvalidTopicError(`Cannot append to internal topic ${topic}`);
    replica = leaderReplica(ctx, topic, partition);
    const batches = checkProducerRecords(data.records, replica.log.config);
    const minIsr = ctx.minInsyncReplicas(topic);
    if (acks === -1 && replica.isr.length < minIsr) {
      throw new NotEnoughReplicasError(`${topic}-${partition} has ${replica.isr.length} in-sync replica(s); min.insync.replicas is ${minIsr}`);
    }
    await replica.producerStateReady();
    const epoch = replica.leaderEpoch;
    if (!stillLeading(ctx, replica, epoch)) throw new NotLeaderOrFollowerError(`Broker ${ctx.brokerId} no longer leads ${topic}-${partition}`);
    const appended = replica.appendAsLeader(batches);
    if (acks === 0) return answer(partition, -1, -1, replica.log.logStartOffset);
    let baseOffset: number;
    let lastOffset: number;
    let logAppendTime = -1;
    if ('duplicate' in appended) {
      await appended.duplicate.written;
      baseOffset = appended.duplicate.firstOffset;
      lastOffset = appended.duplicate.lastOffset;
    } else {
      const results = await Promise.all(appended.writes);
      baseOffset = results[0]!.baseOffset;
      logAppendTime = results[0]!.logAppendTime;
      lastOffset = results.at(-1)!.lastOffset;
    }
    if (acks === -1) await replicated(ctx, replica, epoch, lastOffset, minIsr, deadline);
    return answer(partition, baseOffset, logAppendTime, replica.log.logStartOffset);
  } catch (err) {
    return {
      partition,
      errorCode: partitionErrorCode(ctx, err, 'Produce', topic, partition, replica),
      errorMessage: err instanceof LogkeeperError ? err.message : null,
      baseOffset: -1,
      logAppendTime: -1,
      logStartOffset: -1,
    };
  }
}

function answer(partition: number, baseOffset: number, logAppendTime: number, logStartOffset: number): ProducePartitionResponse {
  return { partition, errorCode: 0, errorMessage: null, baseOffset, logAppendTime, logStartOffset };
}

/** Waits until the high watermark passes `lastOffset`; throws what the producer must hear otherwise. */
export async function replicated(ctx: ServeContext, replica: Replica, epoch: number, lastOffset: number, minIsr: number, deadline: number): Promise<void> {
  const name = `${replica.topic}-${replica.partition}`;
  for (;;) {
    const watch = ctx.purgatory.watch([replica.key]);
    try {
      if (!stillLeading(ctx, replica, epoch)) throw new NotLeaderOrFollowerError(`Broker ${ctx.brokerId} stopped leading ${name} before the write was replicated`);
      if (replica.highWatermark > lastOffset) {
        if (replica.isr.length < minIsr) {
          throw new NotEnoughReplicasAfterAppendError(`Written, but ${name}'s ISR shrank to ${replica.isr.length} (min.insync.replicas ${minIsr})`);
        }
        return;
      }
      if (ctx.clock.now() >= deadline) throw new OperationTimeoutError(`${name}'s in-sync replicas did not all get offset ${lastOffset} in time`);
      await watch.wait(ctx.clock, deadline);
    } finally {
      watch.close();
    }
  }
}
