import {
  BadArgumentsError,
  InvalidRequiredAcksError,
  InvalidStateError,
  UnsupportedCompressionError,
} from '../../../errors/index.js';
import { COMPRESSION_IDS, isCompressionSupported, type CompressionName } from '../../../log/compression.js';
import { Cluster } from '../cluster.js';
import { integerOption, resolveRetry, type ClientContext } from '../options.js';
import { Accumulator } from './accumulator.js';
import type { ProducerIdentity } from './idempotence.js';
import { Partitioners, type Partitioner } from './partitioners.js';
import { PendingSend } from './pending-send.js';
import type { BatchSettings } from './producer-batch.js';
import { prepareRecord, type PreparedRecord } from './record.js';
import { Sender } from './sender.js';
import type { Message, ProducerBatch, ProducerOptions, ProducerRecord, RecordMetadata, SendOptions } from './types.js';

/*
 * How this works. `send` checks and encodes its messages at once, waits for the topics'
 * metadata, picks each message's partition (explicit, else the partitioner) and appends it to
 * the accumulator; the sender (sender.ts) batches and delivers, and the send resolves when all
 * its records are acknowledged. Sends are appended in the order they were called, even when
 * one waits longer for metadata. kafkajs's rules: connect before sending; an idempotent
 * producer sends with acks -1 only; disconnect delivers what was sent before it.
 */

type State = 'new' | 'connected' | 'disconnecting' | 'disconnected';

interface PreparedTopic {
  topic: string;
  messages: Array<{ message: Message; record: PreparedRecord }>;
}

const ACKS = new Set([-1, 0, 1]);

export class Producer {
  readonly #cluster: Cluster;
  readonly #accumulator: Accumulator;
  readonly #sender: Sender;
  readonly #partitioner: Partitioner;
  readonly #idempotent: boolean;
  #state: State = 'new';
  #appending: Promise<unknown> = Promise.resolve();

  constructor(context: ClientContext, options: ProducerOptions = {}) {
    if (typeof options !== 'object' || options === null) throw new BadArgumentsError('producer options must be an object');
    this.#idempotent = options.idempotent ?? true;
    if (typeof this.#idempotent !== 'boolean') throw new BadArgumentsError('idempotent must be a boolean');
    const maxInFlightRequests = integerOption('maxInFlightRequests', options.maxInFlightRequests, 5, 1, this.#idempotent ? 5 : 0x7fffffff);
    this.#cluster = new Cluster(context, {
      allowAutoTopicCreation: options.allowAutoTopicCreation ?? true,
      retry: resolveRetry(options.retry, context.retry),
    });
    this.#accumulator = new Accumulator({
      clock: context.clock,
      lingerMs: integerOption('lingerMs', options.lingerMs, 5, 0),
      batchBytes: integerOption('batchBytes', options.batchBytes, 16 * 1024, 1),
      deliveryTimeoutMs: integerOption('deliveryTimeoutMs', options.deliveryTimeoutMs, 120_000, 1),
    });
    this.#sender = new Sender({
      cluster: this.#cluster,
      accumulator: this.#accumulator,
      idempotent: this.#idempotent,
      maxInFlightRequests,
      maxRequestBytes: integerOption('maxRequestBytes', options.maxRequestBytes, 1024 * 1024, 1),
    });
    const createPartitioner = options.createPartitioner ?? Partitioners.DefaultPartitioner;
    if (typeof createPartitioner !== 'function') throw new BadArgumentsError('createPartitioner must be a function');
    this.#partitioner = createPartitioner({ random: context.random.fork('partitioner') });
  }

  /** The producer id and epoch of an idempotent producer, once it has one. */
  get identity(): ProducerIdentity | null {
    return this.#sender.identity;
  }

  /** Reaches the cluster (loads its metadata). */
  async connect(): Promise<void> {
    if (this.#state === 'connected') return;
    if (this.#state !== 'new') throw new InvalidStateError('The producer was disconnected; create a new one');
    await this.#cluster.retry(() => this.#cluster.refreshMetadata());
    this.#state = 'connected';
  }

  send(record: ProducerRecord): Promise<RecordMetadata[]> {
    if (typeof record !== 'object' || record === null) return Promise.reject(new BadArgumentsError('send needs { topic, messages }'));
    const { topic, messages, ...options } = record;
    return this.sendBatch({ ...options, topicMessages: [{ topic, messages }] });
  }

  sendBatch(batch: ProducerBatch): Promise<RecordMetadata[]> {
    let prepared: PreparedTopic[];
    let settings: BatchSettings;
    try {
      this.#checkOpen();
      settings = this.#settings(batch);
      prepared = this.#prepare(batch);
    } catch (error) {
      return Promise.reject(error);
    }
    const appended = this.#appending.then(() => this.#append(prepared, settings));
    this.#appending = appended.catch(() => {});
    return appended.then((send) => send.promise);
  }

  /** Delivers everything sent so far (or fails it), then closes the connections. */
  async disconnect(): Promise<void> {
    if (this.#state === 'disconnected' || this.#state === 'disconnecting') return;
    const wasConnected = this.#state === 'connected';
    this.#state = 'disconnecting';
    if (wasConnected) {
      await this.#appending;
      await this.#sender.flush();
    }
    this.#cluster.close();
    this.#state = 'disconnected';
  }

  #checkOpen(): void {
    if (this.#state === 'new') throw new InvalidStateError('The producer is not connected: call connect() first');
    if (this.#state !== 'connected') throw new InvalidStateError('The producer is disconnected');
    if (this.#sender.fatal) throw this.#sender.fatal;
  }

  #settings(options: SendOptions): BatchSettings {
    const acks = options.acks ?? -1;
    if (!ACKS.has(acks)) throw new InvalidRequiredAcksError(`acks must be -1, 0 or 1, got ${String(acks)}`);
    if (this.#idempotent && acks !== -1) {
      throw new BadArgumentsError('An idempotent producer sends with acks -1 only (or create it with idempotent: false)');
    }
    const timeoutMs = integerOption('timeout', options.timeout, 30_000, 0, 0x7fffffff);
    const compression: CompressionName = options.compression ?? 'none';
    const id = COMPRESSION_IDS[compression];
    if (id === undefined || !isCompressionSupported(id)) throw new UnsupportedCompressionError(`Compression '${String(compression)}' is not available`);
    return { acks, timeoutMs, compression };
  }

  #prepare(batch: ProducerBatch): PreparedTopic[] {
    if (typeof batch !== 'object' || batch === null || !Array.isArray(batch.topicMessages)) {
      throw new BadArgumentsError('sendBatch needs { topicMessages: [{ topic, messages }] }');
    }
    // Record timestamps are whole milliseconds (the real clock reads fractions).
    const now = Math.floor(this.#cluster.context.clock.now());
    return batch.topicMessages.map((entry, t) => {
      const { topic, messages } = entry ?? {};
      if (typeof topic !== 'string' || topic.length === 0) throw new BadArgumentsError(`topicMessages[${t}].topic must be a non-empty string`);
      if (!Array.isArray(messages) || messages.length === 0) throw new BadArgumentsError(`Topic '${topic}': messages must be a non-empty array`);
      return {
        topic,
        messages: messages.map((message, i) => {
          const record = prepareRecord(message, now, `Topic '${topic}' message ${i}`);
          const p = message.partition;
          if (p !== undefined && (!Number.isInteger(p) || p < 0)) throw new BadArgumentsError(`Topic '${topic}' message ${i}: partition must be a non-negative integer`);
          return { message, record };
        }),
      };
    });
  }

  async #append(prepared: PreparedTopic[], settings: BatchSettings): Promise<PendingSend> {
    await this.#cluster.ensureTopics([...new Set(prepared.map((t) => t.topic))]);
    for (const { topic, messages } of prepared) {
      const count = this.#cluster.metadata.partitions(topic).length;
      for (const { message } of messages) {
        if (message.partition !== undefined && message.partition >= count) {
          throw new BadArgumentsError(`Topic '${topic}' has ${count} partitions; there is no partition ${message.partition}`);
        }
      }
    }
    const send = new PendingSend();
    try {
      for (const { topic, messages } of prepared) {
        for (const { message, record } of messages) {
          this.#accumulator.append(topic, this.#partitionOf(topic, message, record, settings), settings, record, send);
        }
      }
    } catch (error) {
      // A partitioner's bad answer: this send fails (records placed before it still go).
      send.fail(error as BadArgumentsError);
    }
    send.seal();
    this.#sender.wake();
    return send;
  }

  #partitionOf(topic: string, message: Message, record: PreparedRecord, settings: BatchSettings): number {
    if (message.partition !== undefined) return message.partition;
    const partitions = this.#cluster.metadata.partitions(topic);
    const count = partitions.length;
    const args = { topic, partitionMetadata: partitions, key: record.key };
    let partition = this.#partitioner.partition(args);
    if (record.key === null && this.#partitioner.onNewBatch && this.#accumulator.wouldOpenBatch(topic, partition, settings, record)) {
      this.#partitioner.onNewBatch(topic, partition, partitions);
      partition = this.#partitioner.partition(args);
    }
    if (!Number.isInteger(partition) || partition < 0 || partition >= count) {
      throw new BadArgumentsError(`The partitioner chose partition ${String(partition)} of topic '${topic}', which has ${count}`);
    }
    return partition;
  }
}
