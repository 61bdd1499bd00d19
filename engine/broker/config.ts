import { BadArgumentsError } from '../errors/index.js';
import { checkGroupConfig, DEFAULT_GROUP_CONFIG, type GroupConfig } from './groups/config.js';

/*
 * A broker's own settings (Kafka's broker configs of the same meaning, camelCased), with
 * Kafka's defaults where they suit an embedded broker. Topic-level settings are in
 * topic-config.ts.
 */

/** A broker's settings; the group coordinator's (group.*, offset.*) are in groups/config.ts. */
export interface BrokerConfig extends GroupConfig {
  /** The broker's id: a non-negative int32, unique in the cluster (Kafka's node id). */
  brokerId: number;
  rack: string | null;
  /** A follower that has not caught up for this long leaves the ISR. Kafka: replica.lag.time.max.ms = 30 s. */
  replicaLagTimeMs: number;
  /** How long a follower's fetch waits at the leader for new data. Kafka: replica.fetch.wait.max.ms = 500. */
  replicaFetchWaitMaxMs: number;
  /** Per partition, per follower fetch. Kafka: replica.fetch.max.bytes = 1 MiB. */
  replicaFetchMaxBytes: number;
  /** Per follower fetch response. Kafka: replica.fetch.response.max.bytes = 10 MiB. */
  replicaFetchResponseMaxBytes: number;
  /**
   * The most record bytes a fetch answer holds, whatever its request's maxBytes (the first
   * batch of the first partition with data comes whole even if larger: KIP-74). Kafka:
   * fetch.max.bytes = 55 MiB. Answers are also bounded by the transport's frame (16 MiB by
   * default), which is then the lower bound.
   */
  fetchMaxBytes: number;
  /** How long a follower waits before fetching again after an error. Kafka: replica.fetch.backoff.ms = 1 s. */
  replicaFetchBackoffMs: number;
  /**
   * A follower's request to its leader fails after this long (a fetch: after its wait plus
   * this), and is sent again: a request lost on the way is not waited for longer. Kafka:
   * replica.socket.timeout.ms = 30 s.
   */
  replicaSocketTimeoutMs: number;
  /** Partitions of a topic created without a count. Kafka: num.partitions = 1. */
  defaultPartitions: number;
  /** Replication factor of a topic created without one. Kafka: default.replication.factor = 1. */
  defaultReplicationFactor: number;
  /** Create a topic on its first metadata request or produce. Kafka: true; logkeeper: false. */
  autoCreateTopics: boolean;
  /** Topics may be deleted. Kafka: delete.topic.enable = true. */
  deleteTopicEnable: boolean;
  /** Producer ids a broker takes at once from /latest_producer_id_block. Kafka: 1000. */
  producerIdBlockSize: number;
  /** Idempotent producer state is dropped after this long without a write. Kafka: producer.id.expiration.ms = 1 day. */
  producerIdExpirationMs: number;
  /** Partitions of the internal `__consumer_offsets` topic. Kafka: offsets.topic.num.partitions = 50. */
  offsetsTopicPartitions: number;
  /** Replication factor of `__consumer_offsets`, capped by the brokers present. Kafka: 3. */
  offsetsTopicReplicationFactor: number;
}

export const DEFAULT_BROKER_CONFIG: Readonly<Omit<BrokerConfig, 'brokerId'>> = Object.freeze({
  ...DEFAULT_GROUP_CONFIG,
  rack: null,
  replicaLagTimeMs: 30_000,
  replicaFetchWaitMaxMs: 500,
  replicaFetchMaxBytes: 1024 * 1024,
  replicaFetchResponseMaxBytes: 10 * 1024 * 1024,
  fetchMaxBytes: 55 * 1024 * 1024,
  replicaFetchBackoffMs: 1000,
  replicaSocketTimeoutMs: 30_000,
  defaultPartitions: 1,
  defaultReplicationFactor: 1,
  autoCreateTopics: false,
  deleteTopicEnable: true,
  producerIdBlockSize: 1000,
  producerIdExpirationMs: 24 * 3600 * 1000,
  offsetsTopicPartitions: 50,
  offsetsTopicReplicationFactor: 3,
});

const MAX_INT32 = 0x7fffffff;

/** The full config: `options` over the defaults, each value checked (BAD_ARGUMENTS otherwise). */
export function resolveBrokerConfig(options: Partial<BrokerConfig> & Pick<BrokerConfig, 'brokerId'>): BrokerConfig {
  const config = { ...DEFAULT_BROKER_CONFIG, ...stripUndefined(options), brokerId: options.brokerId } as BrokerConfig;
  const int = (name: keyof BrokerConfig, min: number, max = Number.MAX_SAFE_INTEGER) => {
    const v = config[name];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
      throw new BadArgumentsError(`${name} must be an integer from ${min} to ${max}, got ${String(v)}`);
    }
  };
  int('brokerId', 0, MAX_INT32);
  int('replicaLagTimeMs', 1);
  int('replicaFetchWaitMaxMs', 0);
  int('replicaFetchMaxBytes', 1);
  int('replicaFetchResponseMaxBytes', 1);
  int('fetchMaxBytes', 1, MAX_INT32);
  int('replicaFetchBackoffMs', 0);
  int('replicaSocketTimeoutMs', 1);
  int('defaultPartitions', 1, MAX_INT32);
  int('defaultReplicationFactor', 1, 32767);
  int('producerIdBlockSize', 1);
  int('producerIdExpirationMs', 1);
  int('offsetsTopicPartitions', 1, MAX_INT32);
  int('offsetsTopicReplicationFactor', 1, 32767);
  checkGroupConfig(config);
  if (config.rack !== null && (typeof config.rack !== 'string' || config.rack.length === 0)) throw new BadArgumentsError('rack must be null or a non-empty string');
  if (typeof config.autoCreateTopics !== 'boolean') throw new BadArgumentsError('autoCreateTopics must be a boolean');
  if (typeof config.deleteTopicEnable !== 'boolean') throw new BadArgumentsError('deleteTopicEnable must be a boolean');
  return config;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
