/*
 * engine/broker: the Kafka half — brokers (BrokerService as a member's service, BrokerNode
 * on its own), logkeeper's clients (createBrokerClient: producer, group consumer, partition consumer, admin),
 * Kafka's key hashing, the broker API and its settings. docs/broker.md tells the whole story.
 */
export {
  createBrokerClient,
  Producer,
  CompressionTypes,
  Partitioners,
  PartitionConsumer,
  Admin,
  type BrokerClient,
  type BrokerClientOptions,
  type RetryOptions,
  // kafkajs calls it Message; the package entry has Raft's Message already.
  type Message as ProducerMessage,
  type ProducerBatch,
  type ProducerOptions,
  type ProducerRecord,
  type RecordMetadata,
  type SendOptions,
  type Partitioner,
  type PartitionerArgs,
  type PartitionerFactory,
  type OffsetReset,
  type OffsetSpec,
  type PartitionConsumerOptions,
  type PollOptions,
  type TopicPartition,
  type ConsumerMessage,
  type MessageHeaders,
  Consumer,
  ConsumerEvents,
  PartitionAssigners,
  type Batch,
  type ConsumerOptions,
  type EachBatchPayload,
  type EachMessagePayload,
  type MessagesOptions,
  type PartitionLag,
  type RunOptions,
  type SubscribeOptions,
  type TopicPartitionOffset,
  type TopicSelection,
  type ConsumerEvent,
  type ConsumerEventName,
  type ConsumerEventPayloads,
  type Assignor,
  type GroupMember,
  type RebalanceProtocol,
} from './client/index.js';
export * from './client/admin/types.js';
export type * from './client/admin/group-types.js';
export * from './api/index.js';
export { murmur2, partitionForKey, toPositive } from './partitioner.js';
export { BrokerService, type BrokerServiceOptions } from './service.js';
export { BrokerNode, type BrokerNodeOptions } from './node.js';
export { DEFAULT_BROKER_CONFIG, resolveBrokerConfig, type BrokerConfig } from './config.js';
export { resolveTopicConfig, validateTopicName } from './topic-config.js';
