import { errorFromKafkaCode, OperationTimeoutError, type LogkeeperError } from '../../../errors/index.js';
import type { Cluster } from '../cluster.js';
import type { PartitionQueue } from './accumulator.js';
import type { ProducerBatch, ProducerStamp } from './producer-batch.js';

/*
 * How this works (the idempotent producer, as Kafka's Java client does it). The producer gets
 * an id and epoch from a broker (InitProducerId) before its first batch. Each partition numbers
 * its records: a batch carries the sequence of its first record, assigned when the batch is
 * first sent and kept through every retry, so a broker that already wrote it answers with the
 * original offset instead of writing it twice, and one that missed an earlier batch refuses a
 * later one (OUT_OF_ORDER_SEQUENCE_NUMBER) rather than leave a gap.
 *
 * A broker that has no state for the producer in a partition takes any sequence (Kafka's
 * ProducerStateManager), so a partition's first batch under an epoch travels alone: were a
 * later one to arrive first (the first refused, or lost on the way), it would be written
 * before it. Once a batch is acknowledged the broker checks the order, and up to
 * maxInFlightRequests batches of the partition may be in flight.
 *
 * When the broker's state and the producer's disagree for good in a partition (the broker lost
 * the producer's state, or a batch failed for good and left a gap), that partition asks for a
 * new epoch: once nothing is in flight the producer asks InitProducerId again with its id and
 * epoch (KIP-360), and the partitions that asked number from 0 under the new epoch, the
 * batches waiting there for a retry first, in their order — except a retry that may have
 * been written already (an attempt's answer was lost, or its error came after the write):
 * under a new epoch the broker would take it as a new batch and write it twice, so it fails
 * instead (OPERATION_TIMEOUT: its outcome is unknown; it is in the log at most once). Every other partition keeps its
 * numbering, and retries go out under the epoch they were numbered in (the broker still
 * knows it there, and still recognises a batch it already wrote); its new batches take the new
 * epoch, from 0, once none of the old is unresolved.
 */

export interface ProducerIdentity {
  producerId: number;
  producerEpoch: number;
}

const MAX_SEQUENCE = 0x7fffffff;
const MAX_EPOCH = 0x7fff;

/** Kafka's DefaultRecordBatch.incrementSequence: int32 sequences wrap to 0. */
export function incrementSequence(sequence: number, increment: number): number {
  return sequence > MAX_SEQUENCE - increment ? increment - (MAX_SEQUENCE - sequence) - 1 : sequence + increment;
}

/**
 * The stamp of a batch sent for the first time: the partition's next sequence. A partition
 * still numbered under an older epoch moves to the current one (from 0) when nothing of it is
 * in flight; until then the batch waits (null).
 */
export function firstStamp(q: PartitionQueue, identity: ProducerIdentity, batch: ProducerBatch): ProducerStamp | null {
  if (q.identity !== identity) {
    if (q.inFlight.length > 0) return null;
    q.identity = identity;
    q.nextSequence = 0;
    q.confirmed = false;
  }
  const stamp = { ...identity, baseSequence: q.nextSequence };
  q.nextSequence = incrementSequence(q.nextSequence, batch.recordCount);
  return stamp;
}

/**
 * After an epoch bump the partition asked for: it numbers from 0 under `identity`, its
 * waiting retries first; those that may have been written fail (see above).
 */
export function renumber(q: PartitionQueue, identity: ProducerIdentity): void {
  q.identity = identity;
  q.nextSequence = 0;
  q.confirmed = false;
  q.renumber = false;
  for (const batch of [...q.batches]) {
    if (!batch.built) continue;
    if (batch.maybeWritten) {
      q.batches.splice(q.batches.indexOf(batch), 1);
      batch.fail(new OperationTimeoutError('The batch may have been written, and cannot be sent again under the producer\'s new epoch (it could be written twice)'));
      continue;
    }
    batch.restamp({ ...identity, baseSequence: q.nextSequence });
    q.nextSequence = incrementSequence(q.nextSequence, batch.recordCount);
  }
}

export type IdempotenceVerdict = 'retry' | 'bump-and-retry' | 'bump-and-fail' | 'fatal';

/**
 * What to do about a produce error of an idempotent producer's batch (after Java's
 * TransactionManager.canRetry and handleFailedBatch); undefined for errors it has no rule for.
 * Bumps happen with nothing in flight, so every answer here is about the current epoch.
 */
export function idempotentVerdict(error: LogkeeperError, batch: ProducerBatch, q: PartitionQueue, logStartOffset: number): IdempotenceVerdict | undefined {
  switch (error.code) {
    case 'UNKNOWN_PRODUCER_ID':
      // -1: the broker did not know its log start yet (the partition is moving); ask again.
      return logStartOffset === -1 ? 'retry' : 'bump-and-retry';
    case 'OUT_OF_ORDER_SEQUENCE_NUMBER':
      // An earlier batch of the partition is unresolved: this one waits for it. Otherwise a real gap.
      return hasEarlierUnacked(q, batch) ? 'retry' : 'bump-and-retry';
    case 'INVALID_PRODUCER_EPOCH':
      // The broker knows a newer epoch of this id than ours: the bump finds out whether we are fenced.
      return 'bump-and-fail';
    case 'PRODUCER_FENCED':
      return 'fatal';
    default:
      return undefined;
  }
}

function hasEarlierUnacked(q: PartitionQueue, batch: ProducerBatch): boolean {
  const earlier = (b: ProducerBatch) => b !== batch && b.order !== 0 && b.order < batch.order;
  return q.inFlight.some(earlier) || q.batches.some(earlier);
}

/**
 * Asks a broker for a producer id (`current` null) or for a new epoch of `current` (KIP-360; a
 * new id once the epoch is at its maximum), with the cluster's retries.
 */
export function initProducerId(cluster: Cluster, current: ProducerIdentity | null, transactionTimeoutMs: number): Promise<ProducerIdentity> {
  const keep = current !== null && current.producerEpoch < MAX_EPOCH;
  return cluster.retry(async () => {
    const answer = await cluster.callAny('initProducerId', {
      transactionalId: null,
      transactionTimeoutMs,
      producerId: keep ? current.producerId : -1,
      producerEpoch: keep ? current.producerEpoch : -1,
    });
    const error = errorFromKafkaCode(answer.errorCode);
    if (error) throw error;
    return { producerId: answer.producerId, producerEpoch: answer.producerEpoch };
  });
}
