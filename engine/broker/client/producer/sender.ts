import {
  errorFromKafkaCode,
  InternalError,
  kafkaCodeOf,
  OperationTimeoutError,
  toLogkeeperError,
  type LogkeeperError,
} from '../../../errors/index.js';
import type { Timer } from '../../../time/clock.js';
import type { ProducePartitionResponse, ProduceResponse } from '../../api/types.js';
import { topicPartitionKey } from '../../metadata/types.js';
import { needsRefresh, type Cluster } from '../cluster.js';
import { backoffMs } from '../retry.js';
import type { Accumulator, PartitionQueue } from './accumulator.js';
import { acknowledged, firstStamp, idempotentVerdict, initProducerId, settle, type ProducerIdentity } from './idempotence.js';
import type { BatchSettings, ProducerBatch } from './producer-batch.js';

/*
 * How this works. The sender is the producer's one loop (Kafka's Sender), woken by new
 * records, answers, refreshed metadata and its own timer (the next linger or back-off to end).
 * Each run: batches past their delivery deadline fail; an idempotent producer first makes sure
 * it has a producer id (and bumps its epoch when asked, once nothing is in flight); then, for
 * every broker that leads a partition with a ready batch and has fewer than
 * maxInFlightRequests produce requests outstanding, it takes the head batch of each partition
 * that broker leads (ready or not: they share the trip) into one request, up to
 * maxRequestBytes, all with the same acks and timeout.
 *
 * Order. A partition's batches leave in order. A batch that must be retried goes back to the
 * front of its queue and is sent again alone: not before everything else of its partition in
 * flight has landed, and nothing newer of its partition is sent while it is in flight. With
 * idempotence the broker refuses a batch sent after one it did not get
 * (OUT_OF_ORDER_SEQUENCE_NUMBER), which the producer retries after the earlier one.
 */

export interface SenderOptions {
  cluster: Cluster;
  accumulator: Accumulator;
  idempotent: boolean;
  maxInFlightRequests: number;
  maxRequestBytes: number;
}

/** What the producer sends InitProducerId with (Kafka's transaction.timeout.ms default; unused without transactions). */
const TRANSACTION_TIMEOUT_MS = 60_000;
const DUPLICATE_SEQUENCE_NUMBER = kafkaCodeOf('DUPLICATE_SEQUENCE_NUMBER');
/** Errors that say this attempt was not written: refused before the write, or never sent. */
const NOT_WRITTEN: ReadonlySet<string> = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH', 'PRODUCER_FENCED', 'NOT_ENOUGH_REPLICAS',
  'CORRUPT_RECORD', 'INVALID_RECORD', 'RECORD_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_REQUIRED_ACKS', 'UNKNOWN_TOPIC_OR_PARTITION',
  'BROKER_NOT_AVAILABLE', 'CONNECTION_REFUSED', 'CONNECT_TIMEOUT',
]);
const NO_OFFSETS = Object.freeze({ baseOffset: -1, logAppendTime: -1, logStartOffset: -1 });

export class Sender {
  readonly #o: SenderOptions;
  #timer: Timer | null = null;
  #timerAt = Infinity;
  #flushing = false;
  #fatal: LogkeeperError | null = null;
  readonly #inFlight = new Map<number, number>();
  #requests = 0;
  #identity: ProducerIdentity | null = null;
  #identityPending = false;
  #identityRetryAt = 0;
  #bumpRequested = false;
  #refreshing = false;
  #nextRefreshAt = 0;
  #cursor = 0;
  #idle: Array<() => void> = [];

  constructor(options: SenderOptions) {
    this.#o = options;
  }

  /** The error that stopped the producer for good, if one did. */
  get fatal(): LogkeeperError | null {
    return this.#fatal;
  }

  /** The producer id and epoch in use (idempotent producers, once known). */
  get identity(): ProducerIdentity | null {
    return this.#identity;
  }

  /** Runs the loop soon (after the current job). */
  wake(): void {
    this.#schedule(this.#o.cluster.context.clock.now());
  }

  /** Sends everything waiting without lingering; resolves when nothing waits or is in flight. */
  flush(): Promise<void> {
    this.#flushing = true;
    const done = new Promise<void>((resolve) => this.#idle.push(resolve));
    this.wake();
    return done;
  }

  #schedule(at: number): void {
    if (at >= this.#timerAt) return;
    const clock = this.#o.cluster.context.clock;
    if (this.#timer) clock.cancel(this.#timer);
    this.#timerAt = at;
    this.#timer = clock.setTimer(at - clock.now(), () => {
      this.#timer = null;
      this.#timerAt = Infinity;
      this.#run();
    });
  }

  #run(): void {
    const { accumulator, cluster, idempotent } = this.#o;
    const now = cluster.context.clock.now();
    if (this.#fatal) accumulator.failAll(this.#fatal);
    const expired = accumulator.expire(now, () => new OperationTimeoutError('The batch was not acknowledged within deliveryTimeoutMs'));
    if (idempotent) for (const b of expired) if (b.built) this.#lostTrack(accumulator.queueOf(b), b);
    if (idempotent && this.#identity) for (const q of accumulator.queues()) if (settle(q, this.#identity)) this.#renumberLater(q);
    if (!this.#fatal && (!idempotent || this.#identityReady(now))) {
      for (const [node, queues] of this.#byLeader(now)) while (this.#drain(node, queues, now));
    }
    this.#schedule(accumulator.nextDueTime(now, this.#flushing));
    if (accumulator.empty && this.#requests === 0) for (const resolve of this.#idle.splice(0)) resolve();
  }

  /** Whether an idempotent producer may send: it has an id, and no epoch bump waits. Starts getting them. */
  #identityReady(now: number): boolean {
    if (this.#identity && !this.#bumpRequested) return true;
    if (this.#identityPending || (this.#bumpRequested && this.#requests > 0) || !this.#o.accumulator.waiting) return false;
    if (now < this.#identityRetryAt) {
      this.#schedule(this.#identityRetryAt);
      return false;
    }
    this.#identityPending = true;
    const { cluster, accumulator } = this.#o;
    const bump = this.#bumpRequested;
    initProducerId(cluster, bump ? this.#identity : null, TRANSACTION_TIMEOUT_MS)
      .then(
        (identity) => {
          // The partitions that asked for it renumber at the next run (settle).
          this.#identity = identity;
          this.#bumpRequested = false;
        },
        (error: unknown) => {
          const e = toLogkeeperError(error);
          // Retriable: try again after a pause (the batches' delivery deadline bounds it). Otherwise a
          // producer without its new epoch cannot go on, and one without a first id cannot send these.
          if (e.retriable) this.#identityRetryAt = cluster.context.clock.now() + cluster.retryContext.retry.initialRetryTimeMs;
          else if (bump) this.#fail(e);
          else accumulator.failAll(e);
        },
      )
      .finally(() => {
        this.#identityPending = false;
        this.wake();
      });
    return false;
  }

  /** Queues with waiting batches by their partition's leader; refreshes metadata when a leader is unknown. */
  #byLeader(now: number): Map<number, PartitionQueue[]> {
    const { accumulator, cluster } = this.#o;
    const byNode = new Map<number, PartitionQueue[]>();
    let missing = false;
    for (const q of accumulator.queues()) {
      if (q.batches.length === 0) continue;
      const leader = cluster.metadata.leaderOf(q.topic, q.partition);
      if (leader < 0) missing = true;
      else if (byNode.has(leader)) byNode.get(leader)!.push(q);
      else byNode.set(leader, [q]);
    }
    if (missing || cluster.stale) this.#refresh(now);
    return byNode;
  }

  #refresh(now: number): void {
    if (this.#refreshing) return;
    if (now < this.#nextRefreshAt) return this.#schedule(this.#nextRefreshAt);
    const { cluster } = this.#o;
    this.#refreshing = true;
    cluster
      .refreshMetadata()
      .catch(() => {})
      .finally(() => {
        this.#refreshing = false;
        this.#nextRefreshAt = cluster.context.clock.now() + cluster.retryContext.retry.initialRetryTimeMs;
        this.wake();
      });
  }

  /** Sends one produce request to `node` if it has room and a ready batch; whether it did. */
  #drain(node: number, queues: PartitionQueue[], now: number): boolean {
    const { accumulator, maxInFlightRequests, maxRequestBytes, idempotent } = this.#o;
    if ((this.#inFlight.get(node) ?? 0) >= maxInFlightRequests) return false;
    if (!queues.some((q) => accumulator.isReady(q, now, this.#flushing))) return false;
    const start = this.#cursor++ % queues.length; // a different partition first each time, so none starves
    const batches: ProducerBatch[] = [];
    let bytes = 0;
    let settings: BatchSettings | null = null;
    for (let i = 0; i < queues.length; i++) {
      const q = queues[(start + i) % queues.length]!;
      const head = q.batches[0];
      if (!head || head.retryAt > now) continue;
      if (q.inFlight.length > 0 && (head.attempts > 0 || q.inFlight.some((b) => b.attempts > 1) || (idempotent && !q.confirmed))) continue;
      if (settings && (settings.acks !== head.settings.acks || settings.timeoutMs !== head.settings.timeoutMs)) continue;
      if (batches.length > 0 && bytes + (head.built ? head.bytes.length : head.size) > maxRequestBytes) continue;
      const stamp = idempotent && !head.built ? firstStamp(q, this.#identity!, head) : head.stamp;
      if (!stamp) continue;
      accumulator.take(q);
      bytes += head.build(stamp).length;
      head.attempts++;
      settings ??= head.settings;
      batches.push(head);
    }
    if (batches.length === 0) return false;
    this.#send(node, batches, settings!);
    return true;
  }

  #send(node: number, batches: ProducerBatch[], settings: BatchSettings): void {
    const topics = new Map<string, Array<{ partition: number; records: Uint8Array }>>();
    for (const b of batches) {
      const partitions = topics.get(b.topic) ?? [];
      partitions.push({ partition: b.partition, records: b.bytes });
      topics.set(b.topic, partitions);
    }
    this.#inFlight.set(node, (this.#inFlight.get(node) ?? 0) + 1);
    this.#requests++;
    this.#o.cluster
      .call(node, 'produce', {
        acks: settings.acks,
        timeoutMs: settings.timeoutMs,
        transactionalId: null,
        topics: [...topics].map(([name, partitions]) => ({ name, partitions })),
      })
      .then(
        (answer) => this.#answered(batches, answer),
        (error: unknown) => {
          const e = toLogkeeperError(error);
          for (const b of batches) this.#failed(b, e, -1);
        },
      )
      .finally(() => {
        this.#inFlight.set(node, this.#inFlight.get(node)! - 1);
        this.#requests--;
        this.wake();
      });
  }

  #answered(batches: ProducerBatch[], answer: ProduceResponse): void {
    const byPartition = new Map<string, ProducePartitionResponse>();
    for (const t of answer.topics) for (const p of t.partitions) byPartition.set(topicPartitionKey(t.name, p.partition), p);
    for (const b of batches) {
      const part = byPartition.get(b.tpKey);
      if (b.settings.acks === 0) this.#landed(b).complete(NO_OFFSETS);
      else if (!part) this.#failed(b, new InternalError(`The broker's answer has no partition ${b.topic}-${b.partition}`), -1);
      else if (part.errorCode === 0) this.#landed(b).complete(part);
      // An older broker's answer to a batch it already has (newer ones answer with the first offset).
      else if (part.errorCode === DUPLICATE_SEQUENCE_NUMBER) this.#landed(b).complete({ ...NO_OFFSETS, logStartOffset: part.logStartOffset });
      else this.#failed(b, errorFromKafkaCode(part.errorCode, part.errorMessage ?? undefined)!, part.logStartOffset);
    }
  }

  /** An acknowledged batch leaves the in-flight list. */
  #landed(batch: ProducerBatch): ProducerBatch {
    const q = this.#o.accumulator.landed(batch);
    q.confirmed = true;
    if (this.#o.idempotent) acknowledged(q, batch);
    return batch;
  }

  /** A sent batch failed: back in its queue for a retry, or failed for its sends. */
  #failed(batch: ProducerBatch, error: LogkeeperError, logStartOffset: number): void {
    const { accumulator, cluster, idempotent } = this.#o;
    const q = accumulator.landed(batch);
    if (!NOT_WRITTEN.has(error.code)) batch.maybeWritten = true;
    else if (error.code === 'OUT_OF_ORDER_SEQUENCE_NUMBER') batch.maybeWritten = false; // checked after the duplicates: not in the log
    const verdict = idempotent ? idempotentVerdict(error, batch, q, logStartOffset) : undefined;
    if (verdict === 'fatal') return this.#fail(error, batch);
    if (verdict === 'bump-and-retry' || verdict === 'bump-and-fail') this.#renumberLater(q);
    const retriable = verdict === undefined ? error.retriable : verdict.endsWith('retry');
    const { clock, retry, random } = cluster.retryContext;
    const now = clock.now();
    // A batch of unknown outcome is retried until its delivery timeout whatever the retry count (see idempotence.ts).
    const attemptsLeft = batch.attempts <= retry.retries || (idempotent && batch.maybeWritten);
    if (!this.#fatal && retriable && attemptsLeft && now < batch.deadline) {
      if (needsRefresh(error)) cluster.markStale();
      batch.retryAt = now + backoffMs(retry, batch.attempts - 1, random);
      accumulator.requeue(batch);
      return;
    }
    batch.fail(this.#fatal ?? error);
    if (idempotent) this.#lostTrack(q, batch);
  }

  /**
   * A numbered batch failed for good. Not written: the partition's numbering has a hole, start
   * over. Maybe written: unresolved until the batches numbered after it are answered (idempotence.ts).
   */
  #lostTrack(q: PartitionQueue, batch: ProducerBatch): void {
    if (batch.maybeWritten) q.unresolved = true;
    else this.#renumberLater(q);
  }

  /**
   * The partition's numbering starts again under a newer epoch than its own: the producer asks
   * for one once nothing is in flight, unless it already has one (the partition then renumbers
   * under it, settle in idempotence.ts).
   */
  #renumberLater(q: PartitionQueue): void {
    q.renumber = true;
    if (q.identity === this.#identity) this.#bumpRequested = true;
  }

  /** The producer cannot go on (fenced): everything waiting fails, and so does every later send. */
  #fail(error: LogkeeperError, batch?: ProducerBatch): void {
    this.#fatal ??= error;
    batch?.fail(error);
    this.#o.accumulator.failAll(error);
  }
}
