import {
  AbortedError,
  BadArgumentsError,
  errorFromKafkaCode,
  InvalidStateError,
  OffsetOutOfRangeError,
  toLogkeeperError,
  type LogkeeperError,
} from '../../../errors/index.js';
import { maxPayloadBytes } from '../../../../transports/envelope.js';
import { fetchMaxBytesWithin } from '../../api/fetch-size.js';
import { CONSUMER_REPLICA_ID, EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, NO_EPOCH, type FetchResponse } from '../../api/types.js';
import { topicPartitionKey } from '../../metadata/types.js';
import { Cluster, needsRefresh } from '../cluster.js';
import { listOffsets } from '../offsets.js';
import { integerOption, resolveRetry, type ClientContext, type RetryOptions } from '../options.js';
import { sleep } from '../retry.js';
import { decodeBatches, type ConsumerMessage } from './decode.js';

/*
 * How this works. A PartitionConsumer reads partitions it is told to (no group): each has a
 * position, the offset of the next record to return. `poll` fetches from every assigned
 * partition's leader at once (one request per leader), decodes the stored batches here, and
 * moves the positions past what it returns. A partition without a position (assigned without
 * an offset, or whose offset fell out of the log: OFFSET_OUT_OF_RANGE) gets one from
 * ListOffsets by autoOffsetReset. Errors that mean the leader moved refresh the metadata and
 * the partition is fetched again, from the same position, at its new leader on the next poll.
 * A seek while a poll is in flight wins: that partition's answer is dropped.
 */

export type OffsetReset = 'earliest' | 'latest' | 'none';
/** An offset, or where to start: the log's start or its end. */
export type OffsetSpec = number | 'earliest' | 'latest';

export interface PartitionConsumerOptions {
  /** Where a partition without a valid position starts. Default 'latest' (Kafka's auto.offset.reset). */
  autoOffsetReset?: OffsetReset;
  /** How long a fetch waits at the broker for minBytes. Default 500 ms. */
  maxWaitMs?: number;
  minBytes?: number;
  /**
   * Per fetch response. Default 50 MiB (Kafka's fetch.max.bytes), asked for only as far as the
   * answer fits the transport's frame (16 MiB by default); the broker bounds it too.
   */
  maxBytes?: number;
  /** Per partition in a fetch. Default 1 MiB. */
  maxBytesPerPartition?: number;
  retry?: Partial<RetryOptions>;
}

export interface TopicPartition {
  topic: string;
  partition: number;
}

export interface PollOptions {
  maxWaitMs?: number;
  minBytes?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

interface Assigned extends TopicPartition {
  key: string;
  /** The next offset to return; null until ListOffsets says where `reset` is. */
  position: number | null;
  reset: 'earliest' | 'latest';
  /** From the last fetch answer; null before one. */
  highWatermark: number | null;
}

export class PartitionConsumer {
  readonly #cluster: Cluster;
  readonly #autoOffsetReset: OffsetReset;
  readonly #maxWaitMs: number;
  readonly #minBytes: number;
  readonly #maxBytes: number;
  readonly #maxBytesPerPartition: number;
  readonly #closing = new AbortController();
  #assigned = new Map<string, Assigned>();
  #polling = false;
  /** Fetches made: where each leader's partition list starts, turn by turn. */
  #fetches = 0;

  /** `cluster`: one to share (a group consumer's); by default the consumer has its own. */
  constructor(context: ClientContext, options: PartitionConsumerOptions = {}, cluster?: Cluster) {
    if (typeof options !== 'object' || options === null) throw new BadArgumentsError('consumer options must be an object');
    const reset = options.autoOffsetReset ?? 'latest';
    if (reset !== 'earliest' && reset !== 'latest' && reset !== 'none') throw new BadArgumentsError("autoOffsetReset must be 'earliest', 'latest' or 'none'");
    this.#autoOffsetReset = reset;
    this.#maxWaitMs = integerOption('maxWaitMs', options.maxWaitMs, 500, 0, 0x7fffffff);
    this.#minBytes = integerOption('minBytes', options.minBytes, 1, 0, 0x7fffffff);
    this.#maxBytes = integerOption('maxBytes', options.maxBytes, 50 * 1024 * 1024, 1, 0x7fffffff);
    this.#maxBytesPerPartition = integerOption('maxBytesPerPartition', options.maxBytesPerPartition, 1024 * 1024, 1, 0x7fffffff);
    this.#cluster = cluster ?? new Cluster(context, { retry: resolveRetry(options.retry, context.retry) });
  }

  /** Reads these partitions from now on (and no others), each from `offset`, or by autoOffsetReset. */
  assign(partitions: ReadonlyArray<TopicPartition & { offset?: OffsetSpec }>): void {
    this.#checkOpen();
    if (!Array.isArray(partitions)) throw new BadArgumentsError('assign needs an array of { topic, partition, offset? }');
    const assigned = new Map<string, Assigned>();
    for (const tp of partitions) {
      const entry = this.#entry(tp);
      if (assigned.has(entry.key)) throw new BadArgumentsError(`${tp.topic}-${tp.partition} is assigned twice`);
      if (tp.offset !== undefined) setOffset(entry, tp.offset);
      assigned.set(entry.key, entry);
    }
    this.#assigned = assigned;
  }

  assignment(): TopicPartition[] {
    return [...this.#assigned.values()].map(({ topic, partition }) => ({ topic, partition }));
  }

  /** Moves an assigned partition's position; the next poll reads from there. */
  seek({ topic, partition, offset }: TopicPartition & { offset: OffsetSpec }): void {
    this.#checkOpen();
    const entry = this.#assigned.get(topicPartitionKey(topic, partition));
    if (!entry) throw new InvalidStateError(`${topic}-${partition} is not assigned`);
    setOffset(entry, offset);
  }

  /** The next offset a poll returns for the partition; null until it is known. */
  position({ topic, partition }: TopicPartition): number | null {
    const entry = this.#assigned.get(topicPartitionKey(topic, partition));
    if (!entry) throw new InvalidStateError(`${topic}-${partition} is not assigned`);
    return entry.position;
  }

  /** The partition's high watermark in the last fetch answer; null before one. */
  highWatermark({ topic, partition }: TopicPartition): number | null {
    return this.#assigned.get(topicPartitionKey(topic, partition))?.highWatermark ?? null;
  }

  /**
   * Fetches once from the assigned partitions and returns their next messages (possibly none,
   * after maxWaitMs). Positions move past what it returns. One poll at a time.
   */
  async poll(options: PollOptions = {}): Promise<ConsumerMessage[]> {
    this.#checkOpen();
    if (this.#polling) throw new InvalidStateError('A poll is already running');
    const maxWaitMs = integerOption('maxWaitMs', options.maxWaitMs, this.#maxWaitMs, 0, 0x7fffffff);
    const signal = options.signal ? AbortSignal.any([options.signal, this.#closing.signal]) : this.#closing.signal;
    this.#polling = true;
    try {
      const assigned = [...this.#assigned.values()];
      if (assigned.length === 0) {
        await sleep(this.#cluster.context.clock, maxWaitMs, signal);
        return [];
      }
      await this.#cluster.ensureTopics([...new Set(assigned.map((a) => a.topic))], signal);
      await this.#resetPositions(assigned.filter((a) => a.position === null), signal);
      const { messages, failed } = await this.#fetch(assigned, { ...options, maxWaitMs }, signal);
      if (messages.length === 0 && failed) {
        await sleep(this.#cluster.context.clock, this.#cluster.retryContext.retry.initialRetryTimeMs, signal);
      }
      return messages;
    } catch (error) {
      if (this.#closing.signal.aborted) return [];
      throw error;
    } finally {
      this.#polling = false;
    }
  }

  /** The messages of successive polls; ends when `signal` aborts or the consumer closes. */
  async *messages(options: PollOptions = {}): AsyncGenerator<ConsumerMessage, void, undefined> {
    while (!this.#closing.signal.aborted && !options.signal?.aborted) {
      let batch: ConsumerMessage[];
      try {
        batch = await this.poll(options);
      } catch (error) {
        if ((error as LogkeeperError).code === 'ABORTED' && options.signal?.aborted) return;
        throw error;
      }
      yield* batch;
    }
  }

  [Symbol.asyncIterator](): AsyncGenerator<ConsumerMessage, void, undefined> {
    return this.messages();
  }

  /** Stops: a running poll returns what it has (nothing), iterators end, connections close. */
  async close(): Promise<void> {
    if (this.#closing.signal.aborted) return;
    this.#closing.abort(new AbortedError('The consumer closed'));
    this.#cluster.close();
  }

  #checkOpen(): void {
    if (this.#closing.signal.aborted) throw new InvalidStateError('The consumer is closed');
  }

  #entry(tp: TopicPartition): Assigned {
    const { topic, partition } = tp ?? {};
    if (typeof topic !== 'string' || topic.length === 0) throw new BadArgumentsError('topic must be a non-empty string');
    if (!Number.isInteger(partition) || partition < 0) throw new BadArgumentsError('partition must be a non-negative integer');
    const key = topicPartitionKey(topic, partition);
    const known = this.#assigned.get(key);
    if (known) return { ...known };
    const reset = this.#autoOffsetReset === 'none' ? 'latest' : this.#autoOffsetReset;
    return { topic, partition, key, position: null, reset, highWatermark: null };
  }

  async #resetPositions(pending: Assigned[], signal: AbortSignal): Promise<void> {
    if (pending.length === 0) return;
    const queries = pending.map((a) => ({ topic: a.topic, partition: a.partition, timestamp: a.reset === 'earliest' ? EARLIEST_TIMESTAMP : LATEST_TIMESTAMP }));
    const asked = pending.map((a) => a.reset);
    const answers = await listOffsets(this.#cluster, queries, signal);
    pending.forEach((a, i) => {
      const answer = answers.get(a.key);
      // Still waiting for this reset (no assign or seek came in between)?
      if (answer && this.#assigned.get(a.key) === a && a.position === null && a.reset === asked[i]) a.position = answer.offset;
    });
  }

  /** One fetch per leader; decodes everything before moving any position, so a corrupt batch loses nothing. */
  async #fetch(assigned: Assigned[], options: PollOptions & { maxWaitMs: number }, signal: AbortSignal): Promise<{ messages: ConsumerMessage[]; failed: boolean }> {
    const { metadata } = this.#cluster;
    let failed = false;
    const byLeader = new Map<number, Assigned[]>();
    for (const a of assigned) {
      if (a.position === null) continue;
      const leader = metadata.leaderOf(a.topic, a.partition);
      if (leader < 0) failed = true;
      else byLeader.set(leader, [...(byLeader.get(leader) ?? []), a]);
    }
    if (failed) this.#cluster.markStale();
    const timeoutMs = this.#cluster.context.requestTimeoutMs + options.maxWaitMs;
    const turn = this.#fetches++;
    const frame = this.#cluster.context.transport.maxFrameBytes;
    const asked = [...byLeader].map(([leader, all]) => {
      // A broker fills its answer in request order, up to maxBytes and its frame (the first
      // partitions may take it all): each fetch starts one partition further on, so that
      // none waits for ever (KIP-74 leaves this fairness to the client).
      const list = rotate(all, turn);
      const fetchOffsets = new Map(list.map((a) => [a.key, a.position!]));
      const topics = groupByTopic(list, (a) => ({
        partition: a.partition,
        currentLeaderEpoch: metadata.partition(a.topic, a.partition)?.leaderEpoch ?? NO_EPOCH,
        fetchOffset: a.position!,
        logStartOffset: -1,
        partitionMaxBytes: this.#maxBytesPerPartition,
      }));
      const maxBytes = integerOption('maxBytes', options.maxBytes, this.#maxBytes, 1, 0x7fffffff);
      const request = {
        replicaId: CONSUMER_REPLICA_ID,
        maxWaitMs: options.maxWaitMs,
        minBytes: integerOption('minBytes', options.minBytes, this.#minBytes, 0, 0x7fffffff),
        // No more than an answer in one frame of this client's transport can hold.
        maxBytes: Number.isSafeInteger(frame) ? Math.min(maxBytes, fetchMaxBytesWithin(maxPayloadBytes(frame), topics)) : maxBytes,
        isolationLevel: 0 as const,
        topics,
      };
      return this.#cluster.call(leader, 'fetch', request, { signal, timeoutMs }).then((answer) => ({ answer, fetchOffsets }));
    });
    const moves: Array<{ entry: Assigned; from: number; to: number | null }> = [];
    const messages: ConsumerMessage[] = [];
    for (const result of await Promise.allSettled(asked)) {
      if (result.status === 'rejected') {
        failed = true;
        this.#failure(toLogkeeperError(result.reason));
        continue;
      }
      const { answer, fetchOffsets } = result.value;
      failed = this.#collect(answer, fetchOffsets, moves, messages) || failed;
    }
    for (const { entry, from, to } of moves) {
      if (this.#assigned.get(entry.key) !== entry || entry.position !== from) continue;
      entry.position = to;
      if (to === null) entry.reset = this.#autoOffsetReset as 'earliest' | 'latest'; // out of range: reset by the policy
    }
    return { messages, failed };
  }

  /** Decodes one fetch answer into `messages` and position `moves`; true when a partition failed. */
  #collect(answer: FetchResponse, fetchOffsets: Map<string, number>, moves: Array<{ entry: Assigned; from: number; to: number | null }>, messages: ConsumerMessage[]): boolean {
    let failed = false;
    const top = errorFromKafkaCode(answer.errorCode);
    if (top) {
      this.#failure(top);
      return true;
    }
    for (const t of answer.topics) {
      for (const p of t.partitions) {
        const key = topicPartitionKey(t.name, p.partition);
        const entry = this.#assigned.get(key);
        const from = fetchOffsets.get(key);
        if (!entry || from === undefined || entry.position !== from) continue; // not asked, or moved by a seek
        const error = errorFromKafkaCode(p.errorCode, `Fetch of ${t.name}-${p.partition} at ${from}`);
        if (error?.code === 'OFFSET_OUT_OF_RANGE') {
          if (this.#autoOffsetReset === 'none') throw new OffsetOutOfRangeError(`Offset ${from} of ${t.name}-${p.partition} is out of range (autoOffsetReset is 'none')`);
          moves.push({ entry, from, to: null });
        } else if (error) {
          failed = true;
          this.#failure(error);
        } else {
          entry.highWatermark = p.highWatermark;
          const decoded = decodeBatches(t.name, p.partition, p.records, from);
          messages.push(...decoded.messages);
          moves.push({ entry, from, to: decoded.nextOffset });
        }
      }
    }
    return failed;
  }

  /** A fetch failed: refresh the metadata if it is why, go on if it may pass, else throw. */
  #failure(error: LogkeeperError): void {
    if (needsRefresh(error)) this.#cluster.markStale();
    else if (!error.retriable) throw error;
  }
}

function rotate<T>(list: T[], by: number): T[] {
  const at = by % list.length;
  return at === 0 ? list : [...list.slice(at), ...list.slice(0, at)];
}

function setOffset(entry: Assigned, offset: OffsetSpec): void {
  if (offset === 'earliest' || offset === 'latest') {
    entry.position = null;
    entry.reset = offset;
  } else if (Number.isSafeInteger(offset) && offset >= 0) {
    entry.position = offset;
  } else {
    throw new BadArgumentsError(`An offset must be a non-negative integer, 'earliest' or 'latest'; got ${String(offset)}`);
  }
}

function groupByTopic<T>(list: Assigned[], partition: (a: Assigned) => T): Array<{ name: string; partitions: T[] }> {
  const byTopic = new Map<string, T[]>();
  for (const a of list) byTopic.set(a.topic, [...(byTopic.get(a.topic) ?? []), partition(a)]);
  return [...byTopic].map(([name, partitions]) => ({ name, partitions }));
}
