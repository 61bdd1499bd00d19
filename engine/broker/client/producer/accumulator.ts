import type { LogkeeperError } from '../../../errors/index.js';
import type { Clock } from '../../../time/clock.js';
import { topicPartitionKey } from '../../metadata/types.js';
import type { ProducerIdentity } from './idempotence.js';
import type { PendingSend } from './pending-send.js';
import { ProducerBatch, type BatchSettings } from './producer-batch.js';
import type { PreparedRecord } from './record.js';

/*
 * How this works. Records wait in one queue per partition (Kafka's RecordAccumulator): the last
 * batch of a queue is open and takes records until it holds batchBytes, or until it is sent;
 * older ones are closed. A queue's head is ready to go when it is full, has waited lingerMs,
 * is a retry whose back-off is over, or the producer is flushing. The sender takes heads from
 * here; a batch that must be sent again comes back to the front of its queue, in the order it
 * was first sent, so a partition's records keep their order through retries.
 */

export interface PartitionQueue {
  readonly topic: string;
  readonly partition: number;
  readonly key: string;
  /** Waiting to be sent: retries first (in first-send order), then fresh batches; the last may be open. */
  readonly batches: ProducerBatch[];
  /** Sent and not yet answered, in send order. */
  readonly inFlight: ProducerBatch[];
  /** Idempotence: the producer id and epoch the partition's numbering belongs to (null: none yet). */
  identity: ProducerIdentity | null;
  /** Idempotence: the sequence of the partition's next record. */
  nextSequence: number;
  /** Idempotence: the broker acknowledged a batch of this numbering. */
  confirmed: boolean;
  /** Idempotence: the numbering is broken; it starts again under the next epoch. */
  renumber: boolean;
  /**
   * Idempotence: a batch of this numbering failed without the producer knowing whether the
   * broker wrote it (Kafka's unresolved sequence); no new batch is numbered until it is known.
   */
  unresolved: boolean;
  /** Idempotence: the sequence after the latest acknowledged batch of this numbering, and that batch's order. */
  ackedThrough: number;
  ackedOrder: number;
}

export interface AccumulatorOptions {
  clock: Clock;
  batchBytes: number;
  lingerMs: number;
  deliveryTimeoutMs: number;
}

export class Accumulator {
  readonly #options: AccumulatorOptions;
  readonly #queues = new Map<string, PartitionQueue>();
  #nextOrder = 1;

  constructor(options: AccumulatorOptions) {
    this.#options = options;
  }

  queues(): IterableIterator<PartitionQueue> {
    return this.#queues.values();
  }

  /** No batch waiting or in flight. */
  get empty(): boolean {
    for (const q of this.#queues.values()) if (q.batches.length > 0 || q.inFlight.length > 0) return false;
    return true;
  }

  /** Some batch waits to be sent. */
  get waiting(): boolean {
    for (const q of this.#queues.values()) if (q.batches.length > 0) return true;
    return false;
  }

  /** Whether `record` would have to open a new batch in this partition (a sticky partitioner then moves on). */
  wouldOpenBatch(topic: string, partition: number, settings: BatchSettings, record: PreparedRecord): boolean {
    const last = this.#queues.get(topicPartitionKey(topic, partition))?.batches.at(-1);
    return !last || !last.accepts(settings, record, this.#options.batchBytes);
  }

  append(topic: string, partition: number, settings: BatchSettings, record: PreparedRecord, send: PendingSend): void {
    const q = this.#queue(topic, partition);
    let batch = q.batches.at(-1);
    if (!batch || !batch.accepts(settings, record, this.#options.batchBytes)) {
      batch = new ProducerBatch(topic, partition, q.key, settings, this.#options.clock.now(), this.#options.deliveryTimeoutMs);
      q.batches.push(batch);
    }
    batch.append(record, send);
  }

  /** Whether the head of `q` should be sent now. */
  isReady(q: PartitionQueue, now: number, flushing: boolean): boolean {
    const head = q.batches[0];
    if (!head || head.retryAt > now) return false;
    return (
      flushing ||
      head.attempts > 0 ||
      q.batches.length > 1 ||
      head.size >= this.#options.batchBytes ||
      now - head.createdAt >= this.#options.lingerMs
    );
  }

  /**
   * When a waiting batch next becomes ready (its linger or back-off ends) or expires; Infinity
   * when none will. Heads ready now are not counted: what holds them (a full pipeline, an
   * unknown leader) wakes the sender when it clears.
   */
  nextDueTime(now: number, flushing: boolean): number {
    let due = Infinity;
    for (const q of this.#queues.values()) {
      const head = q.batches[0];
      if (!head) continue;
      if (head.retryAt > now) due = Math.min(due, head.retryAt);
      else if (!this.isReady(q, now, flushing)) due = Math.min(due, head.createdAt + this.#options.lingerMs);
      for (const b of q.batches) due = Math.min(due, b.deadline);
    }
    return due;
  }

  /** Takes the head of `q` out to be sent (numbering its first send). */
  take(q: PartitionQueue): ProducerBatch {
    const batch = q.batches.shift()!;
    if (batch.order === 0) batch.order = this.#nextOrder++;
    q.inFlight.push(batch);
    return batch;
  }

  queueOf(batch: ProducerBatch): PartitionQueue {
    return this.#queues.get(batch.tpKey)!;
  }

  /** An in-flight batch was answered (or failed): it leaves the in-flight list. */
  landed(batch: ProducerBatch): PartitionQueue {
    const q = this.queueOf(batch);
    const i = q.inFlight.indexOf(batch);
    if (i >= 0) q.inFlight.splice(i, 1);
    return q;
  }

  /** Puts a batch that must be sent again back in front of its queue, by first-send order. */
  requeue(batch: ProducerBatch): void {
    const q = this.queueOf(batch);
    let i = 0;
    while (i < q.batches.length && q.batches[i]!.order !== 0 && q.batches[i]!.order < batch.order) i++;
    q.batches.splice(i, 0, batch);
  }

  /** Fails and removes waiting batches past their deadline; returns them. */
  expire(now: number, error: () => LogkeeperError): ProducerBatch[] {
    const expired: ProducerBatch[] = [];
    for (const q of this.#queues.values()) {
      for (let i = 0; i < q.batches.length; ) {
        const b = q.batches[i]!;
        if (now < b.deadline) {
          i++;
          continue;
        }
        q.batches.splice(i, 1);
        b.fail(error());
        expired.push(b);
      }
    }
    return expired;
  }

  /** Fails every waiting batch (the producer cannot go on). */
  failAll(error: LogkeeperError): void {
    for (const q of this.#queues.values()) {
      for (const b of q.batches.splice(0)) b.fail(error);
    }
  }

  #queue(topic: string, partition: number): PartitionQueue {
    const key = topicPartitionKey(topic, partition);
    let q = this.#queues.get(key);
    if (!q) {
      q = { topic, partition, key, batches: [], inFlight: [], identity: null, nextSequence: 0, confirmed: false, renumber: false, unresolved: false, ackedThrough: 0, ackedOrder: 0 };
      this.#queues.set(key, q);
    }
    return q;
  }
}
