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
 * A batch whose outcome is unknown (its answer was lost or came too late, or its error came
 * after the write) is sent again with the same id, epoch and sequence until its delivery
 * timeout, whatever the retry count: the broker remembers a producer's last 5 batches, so it
 * answers a retry of one it wrote with the original offset. Only an answer about that very
 * stamp settles it: written (acknowledged), or not in the leader's log (OUT_OF_ORDER_SEQUENCE_NUMBER,
 * given after the duplicate check). If its delivery timeout ends first, it fails
 * (OPERATION_TIMEOUT) and the partition's numbering is *unresolved* (Kafka's unresolved
 * sequence): no new batch is numbered there until every batch already numbered is answered;
 * if the last of them was acknowledged, the broker has everything before it and numbering
 * goes on; if not, the partition starts a new epoch.
 *
 * When the broker's state and the producer's disagree for good in a partition (the broker lost
 * the producer's state, or a batch was refused for good and left a gap), that partition asks for
 * a new epoch: once nothing is in flight the producer asks InitProducerId again with its id and
 * epoch (KIP-360), and the partition numbers from 0 under the new epoch, its waiting retries
 * first, in their order. Under a new epoch the broker would take a retry it already wrote as a
 * new batch and write it twice, so a partition whose head is a batch of unknown outcome keeps
 * sending it under its old stamp (the broker still knows that epoch there) and renumbers once
 * it is settled (Kafka rewrites such batches at once, and may duplicate them). A batch of
 * unknown outcome behind one the leader refused cannot have been written by that leader; if
 * one is there all the same (the leader changed in between), it fails with OPERATION_TIMEOUT
 * rather than risk a duplicate. Every other partition keeps its numbering, and retries go out
 * under the epoch they were numbered in; its new batches take the new epoch, from 0, once
 * none of the old is unanswered.
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
  if (q.unresolved) return null;
  if (q.identity !== identity) {
    if (q.inFlight.length > 0) return null;
    startNumbering(q, identity);
  }
  const stamp = { ...identity, baseSequence: q.nextSequence };
  q.nextSequence = incrementSequence(q.nextSequence, batch.recordCount);
  return stamp;
}

function startNumbering(q: PartitionQueue, identity: ProducerIdentity): void {
  q.identity = identity;
  q.nextSequence = 0;
  q.confirmed = false;
  q.unresolved = false;
  q.ackedThrough = 0;
  q.ackedOrder = 0;
}

/** An acknowledged batch of the partition's numbering: the broker has everything up to its end. */
export function acknowledged(q: PartitionQueue, batch: ProducerBatch): void {
  const s = batch.stamp;
  if (q.identity?.producerId !== s.producerId || q.identity.producerEpoch !== s.producerEpoch || batch.order < q.ackedOrder) return;
  q.ackedOrder = batch.order;
  q.ackedThrough = incrementSequence(s.baseSequence, batch.recordCount);
}

/**
 * Between sends (see above): an unresolved partition with nothing numbered left unanswered is
 * resolved — goes on if its last batch was acknowledged, else asks for a new epoch (true); a
 * partition that asked for one renumbers under `identity` when that is newer than its own and
 * no batch of unknown outcome heads it or is in flight.
 */
export function settle(q: PartitionQueue, identity: ProducerIdentity): boolean {
  let bump = false;
  if (q.unresolved && q.inFlight.length === 0 && !q.batches.some((b) => b.built)) {
    q.unresolved = false;
    bump = q.ackedThrough !== q.nextSequence;
  }
  const head = q.batches[0];
  if (q.renumber && q.identity !== identity && q.inFlight.length === 0 && !(head?.built && head.maybeWritten)) renumber(q, identity);
  return bump;
}

/**
 * After an epoch bump the partition asked for: it numbers from 0 under `identity`, its
 * waiting retries first; those that may have been written fail (see above).
 */
export function renumber(q: PartitionQueue, identity: ProducerIdentity): void {
  startNumbering(q, identity);
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
