import { CONFIG_SOURCE, type DescribedConfig } from '../api/types.js';
import { DEFAULT_BROKER_CONFIG, type BrokerConfig } from '../config.js';

/*
 * A broker's own settings as DescribeConfigs shows them: under Kafka's names, read-only
 * (they are set when the broker starts), STATIC_BROKER_CONFIG where the broker was given a
 * value other than the default, DEFAULT_CONFIG otherwise. producerIdBlockSize has no Kafka
 * config (Kafka's block size is fixed), so it is not listed.
 */

const BROKER_CONFIGS: ReadonlyArray<[string, keyof BrokerConfig, string]> = [
  ['auto.create.topics.enable', 'autoCreateTopics', 'Create a topic on its first metadata request or produce'],
  ['broker.id', 'brokerId', "The broker's id"],
  ['broker.rack', 'rack', "The broker's rack (placement does not use it yet)"],
  ['default.replication.factor', 'defaultReplicationFactor', 'The replication factor of a topic created without one'],
  ['delete.topic.enable', 'deleteTopicEnable', 'Topics may be deleted'],
  ['num.partitions', 'defaultPartitions', 'The partitions of a topic created without a count'],
  ['offsets.topic.num.partitions', 'offsetsTopicPartitions', 'The partitions of __consumer_offsets'],
  ['offsets.topic.replication.factor', 'offsetsTopicReplicationFactor', 'The replication factor of __consumer_offsets'],
  ['producer.id.expiration.ms', 'producerIdExpirationMs', "How long an idempotent producer's state is kept without a write"],
  ['replica.fetch.backoff.ms', 'replicaFetchBackoffMs', 'How long a follower waits before fetching again after an error'],
  ['replica.fetch.max.bytes', 'replicaFetchMaxBytes', 'Bytes per partition in a follower fetch'],
  ['replica.fetch.response.max.bytes', 'replicaFetchResponseMaxBytes', 'Bytes per follower fetch response'],
  ['replica.fetch.wait.max.ms', 'replicaFetchWaitMaxMs', "How long a follower's fetch waits at the leader for new data"],
  ['replica.lag.time.max.ms', 'replicaLagTimeMs', 'A follower that has not caught up for this long leaves the ISR'],
  ['replica.socket.timeout.ms', 'replicaSocketTimeoutMs', "How long a follower's request to its leader may take (a fetch: beyond its wait)"],
];

export function describeBrokerConfig(config: BrokerConfig): DescribedConfig[] {
  const defaults = DEFAULT_BROKER_CONFIG as Partial<BrokerConfig>;
  return BROKER_CONFIGS.map(([name, key, doc]) => {
    const value = config[key];
    const isDefault = key !== 'brokerId' && value === defaults[key];
    return {
      name,
      value: value === null ? null : String(value),
      readOnly: true,
      configSource: isDefault ? CONFIG_SOURCE.DEFAULT_CONFIG : CONFIG_SOURCE.STATIC_BROKER_CONFIG,
      isSensitive: false,
      documentation: doc,
    };
  });
}
