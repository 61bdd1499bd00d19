import type { LogConfig } from '../../log/index.js';
import type { Storage } from '../../storage/index.js';
import type { Clock } from '../../time/index.js';
import type { FetchRequest, FetchResponse, OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse } from '../api/types.js';
import type { BrokerConfig } from '../config.js';
import type { PartitionState } from '../metadata/types.js';

/*
 * What a ReplicaManager is given (its seams to the rest of the broker) and what it reports.
 */

export interface LinkOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** How a follower reaches other brokers (the broker wires it to RPC). */
export interface LeaderLink {
  fetch(brokerId: number, request: FetchRequest, options?: LinkOptions): Promise<FetchResponse>;
  offsetForLeaderEpoch(brokerId: number, request: OffsetForLeaderEpochRequest, options?: LinkOptions): Promise<OffsetForLeaderEpochResponse>;
}

/** Conditional writes of a partition's state znode (the broker wires it to the coordination service). */
export interface IsrWriter {
  /**
   * Writes `state` if the znode is still at `expectedZkVersion`; resolves with the new
   * version, or 'conflict' (someone else changed it: re-read, you may no longer lead).
   */
  writePartitionState(topic: string, partition: number, state: PartitionState, expectedZkVersion: number): Promise<{ zkVersion: number } | 'conflict'>;
}

export interface ReplicaLogger {
  warn(msg: string, fields?: object): void;
  info?(msg: string, fields?: object): void;
}

export interface TopicSettings {
  /** The topic's log settings (overrides of the log's defaults). */
  log: Partial<LogConfig>;
  /** min.insync.replicas: the smallest ISR that an acks=-1 write is accepted with. */
  minInsyncReplicas: number;
}

export interface ReplicaManagerOptions {
  config: BrokerConfig;
  storage: Storage;
  clock: Clock;
  link: LeaderLink;
  isr: IsrWriter;
  /** Effective settings of a topic: its log settings and min.insync.replicas. */
  topicSettings(topic: string): TopicSettings;
  /**
   * Whether a broker is alive (registered) for the cluster: only such a follower joins the
   * ISR, as in Kafka (the controller would take a dead one out again at once). Default: all.
   */
  brokerAlive?(brokerId: number): boolean;
  logger?: ReplicaLogger;
  /** At most one high watermark checkpoint per this long. Kafka: replica.high.watermark.checkpoint.interval.ms = 5 s. */
  highWatermarkCheckpointIntervalMs?: number;
  /** How often idle producers are looked for. Kafka: producer.id.expiration.check.interval.ms = 10 min. */
  producerIdExpirationCheckIntervalMs?: number;
  /** A follower's request to its leader fails after the fetch wait plus this long. Kafka: replica.socket.timeout.ms = 30 s. */
  replicaSocketTimeoutMs?: number;
  /**
   * The largest fetch answer (its encoded bytes) the broker's connections carry: the
   * transport's frame less the RPC envelope. Default: no bound but config.fetchMaxBytes.
   */
  maxFetchResponseBytes?: number;
}

export type ReplicaRole = 'leader' | 'follower';

/** A replica's leadership after a decision: its leader epoch when this broker leads it, null otherwise. */
export type LeadershipListener = (topic: string, partition: number, leaderEpoch: number | null) => void;

/** One replica's state, for metadata answers and the dashboard. */
export interface ReplicaStatus {
  role: ReplicaRole;
  leaderEpoch: number;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  isr: number[];
  sizeBytes: number;
}
