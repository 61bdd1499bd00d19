import type { RetryOptions } from '../options.js';
import type { Assignor } from './assignors/index.js';
import type { ConsumerMessage } from './decode.js';
import type { OffsetReset, TopicPartition } from './partition-consumer.js';

/* The group consumer's options, arguments and payloads: kafkajs's shapes (numbers for offsets). */

export interface ConsumerOptions {
  groupId: string;
  /**
   * The rebalance protocol. 'consumer' (default): KIP-848's, the coordinator assigns and
   * rebalances incrementally. 'classic': JoinGroup/SyncGroup, the group's leader member runs
   * one of `partitionAssigners`.
   */
  groupProtocol?: 'consumer' | 'classic';
  /** Static membership (KIP-345): a member restarted with the same id within the session timeout takes its place back without a rebalance. */
  groupInstanceId?: string;
  /** Classic: assignors in order of preference (names or objects). Default ['cooperative-sticky']. */
  partitionAssigners?: Array<'range' | 'roundrobin' | 'cooperative-sticky' | Assignor>;
  /** KIP-848: the server assignor to ask for ('uniform', 'range'). Default: the coordinator's. */
  groupRemoteAssignor?: string;
  /** Classic: the coordinator expires a member silent this long. Default 30000 (kafkajs's). KIP-848 takes the broker's. */
  sessionTimeout?: number;
  /** How long a rebalance waits for members to rejoin (classic) or to revoke (KIP-848). Default 60000 (kafkajs's). */
  rebalanceTimeout?: number;
  /** Classic: between heartbeats. Default 3000 (kafkajs's). KIP-848: the coordinator says. */
  heartbeatInterval?: number;
  /** Where a partition without a committed offset starts (unless its subscription says fromBeginning). Default 'latest'. */
  autoOffsetReset?: OffsetReset;
  /** How long a fetch waits at the broker for minBytes. Default 500 (Kafka's fetch.max.wait.ms). */
  maxWaitTimeInMs?: number;
  minBytes?: number;
  maxBytes?: number;
  maxBytesPerPartition?: number;
  retry?: Partial<RetryOptions>;
}

export interface SubscribeOptions {
  /** Topic names and patterns (a pattern is matched against the cluster's topics as they come and go). */
  topics: Array<string | RegExp>;
  /** Partitions of these topics without a committed offset start at the log's start. Default false (autoOffsetReset). */
  fromBeginning?: boolean;
}

export interface EachMessagePayload {
  topic: string;
  partition: number;
  message: ConsumerMessage;
  /** Heartbeats run in the background: resolves at once (kafkajs's shape). */
  heartbeat(): Promise<void>;
  /** Pauses this partition after this message; call the returned function to resume it. */
  pause(): () => void;
}

export interface Batch {
  topic: string;
  partition: number;
  /** From the fetch the messages came in; -1 when not known. */
  highWatermark: number;
  messages: ConsumerMessage[];
  isEmpty(): boolean;
  firstOffset(): number | null;
  lastOffset(): number;
  /** high watermark - 1 - last offset. */
  offsetLag(): number;
  /** high watermark - 1 - first offset. */
  offsetLagLow(): number;
}

export interface EachBatchPayload {
  batch: Batch;
  /** Marks `offset` processed: the next commit covers it. */
  resolveOffset(offset: number): void;
  heartbeat(): Promise<void>;
  /** Commits what the auto-commit settings say is due. */
  commitOffsetsIfNecessary(): Promise<void>;
  /** Processed offsets not yet committed. */
  uncommittedOffsets(): TopicPartitionOffset[];
  isRunning(): boolean;
  /** The partition was revoked, paused or sought since the batch began: stop. */
  isStale(): boolean;
  pause(): () => void;
}

export interface RunOptions {
  eachMessage?: (payload: EachMessagePayload) => Promise<void>;
  eachBatch?: (payload: EachBatchPayload) => Promise<void>;
  /** eachBatch: the batch's last offset counts as processed when eachBatch resolves. Default true. */
  eachBatchAutoResolve?: boolean;
  /** How many partitions are processed at once (each in order). Default 1. */
  partitionsConsumedConcurrently?: number;
  /** Commit processed offsets. Default true. With neither interval nor threshold, after each fetch's messages. */
  autoCommit?: boolean;
  /** Commit at most this often (ms). */
  autoCommitInterval?: number | null;
  /** Commit once this many messages were processed since the last commit. */
  autoCommitThreshold?: number | null;
}

export interface MessagesOptions {
  signal?: AbortSignal;
  /** As run's: commit offsets of messages the loop has finished with. Default true. */
  autoCommit?: boolean;
  autoCommitInterval?: number | null;
  autoCommitThreshold?: number | null;
}

export interface TopicPartitionOffset extends TopicPartition {
  offset: number;
}

/** `pause` / `resume`: whole topics, or some of their partitions. */
export interface TopicSelection {
  topic: string;
  partitions?: number[];
}

export interface PartitionLag extends TopicPartition {
  /** The next offset the consumer reads; null before it is known. */
  offset: number | null;
  /** The partition's high watermark. */
  high: number;
  /** high - offset; null before the offset is known. */
  lag: number | null;
}
