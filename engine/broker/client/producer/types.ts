import type { CompressionName } from '../../../log/compression.js';
import type { Acks } from '../../api/types.js';
import type { RetryOptions } from '../options.js';
import type { PartitionerFactory } from './partitioners.js';

/** A record to produce (kafkajs's Message). */
export interface Message {
  /** Records with the same key go to the same partition (murmur2, as Kafka). Strings are UTF-8. */
  key?: Uint8Array | string | null;
  /** null makes a tombstone (in a compacted topic). */
  value: Uint8Array | string | null;
  headers?: Array<{ key: string; value?: Uint8Array | string | null }> | { readonly [key: string]: Uint8Array | string };
  /** Goes to this partition, whatever the key. */
  partition?: number;
  /** Milliseconds since the epoch; default: the producer's clock when `send` is called. */
  timestamp?: number;
}

/** kafkajs's compression types, as the codec names of engine/log. */
export const CompressionTypes = Object.freeze({
  None: 'none',
  GZIP: 'gzip',
  Snappy: 'snappy',
  LZ4: 'lz4',
  ZSTD: 'zstd',
} as const satisfies Record<string, CompressionName>);

export interface SendOptions {
  /** -1 (all in-sync replicas, the default), 1 (the leader) or 0 (none: no offsets come back). An idempotent producer needs -1. */
  acks?: Acks;
  /** How long the broker waits for the acks, ms. Default 30 s. */
  timeout?: number;
  compression?: CompressionName;
}

export interface ProducerRecord extends SendOptions {
  topic: string;
  messages: Message[];
}

export interface ProducerBatch extends SendOptions {
  topicMessages: Array<{ topic: string; messages: Message[] }>;
}

/** One per topic-partition a send wrote to (kafkajs's RecordMetadata; numbers, not strings). */
export interface RecordMetadata {
  topicName: string;
  partition: number;
  errorCode: number;
  /** The offset of this send's first record in the partition; -1 with acks 0. */
  baseOffset: number;
  /** The broker's append time under LogAppendTime, else -1. */
  logAppendTime: number;
  logStartOffset: number;
}

export interface ProducerOptions {
  /** Exactly-once writes per partition (producer id, epoch and sequence numbers). Default true, as Kafka 3. */
  idempotent?: boolean;
  /** How long a batch waits for more records before it is sent. Default 5 ms. */
  lingerMs?: number;
  /** A batch is sent once it holds this many bytes (before compression). Default 16 KiB. */
  batchBytes?: number;
  /** The largest produce request (it may hold one larger batch). Default 1 MiB. */
  maxRequestBytes?: number;
  /** Produce requests in flight to one broker. Default 5 (at most 5 when idempotent). */
  maxInFlightRequests?: number;
  /** Records not acknowledged this long after `send` fail (retries included). Default 2 min. */
  deliveryTimeoutMs?: number;
  /** Chooses partitions of messages that name none. Default: Partitioners.DefaultPartitioner. */
  createPartitioner?: PartitionerFactory;
  retry?: Partial<RetryOptions>;
  /** Asks the broker to create unknown topics (it decides). Default true, as kafkajs. */
  allowAutoTopicCreation?: boolean;
}
