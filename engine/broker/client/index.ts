/*
 * engine/broker/client: logkeeper's Kafka-style clients (kafkajs's shapes) over the broker API.
 * See createBrokerClient.
 */
export { createBrokerClient, type BrokerClient } from './broker-client.js';
export type { BrokerClientOptions, RetryOptions } from './options.js';
export { Producer } from './producer/producer.js';
export {
  CompressionTypes,
  type Message,
  type ProducerBatch,
  type ProducerOptions,
  type ProducerRecord,
  type RecordMetadata,
  type SendOptions,
} from './producer/types.js';
export { Partitioners, type Partitioner, type PartitionerArgs, type PartitionerFactory } from './producer/partitioners.js';
export {
  PartitionConsumer,
  type OffsetReset,
  type OffsetSpec,
  type PartitionConsumerOptions,
  type PollOptions,
  type TopicPartition,
} from './consumer/partition-consumer.js';
export type { ConsumerMessage, MessageHeaders } from './consumer/decode.js';
export { Consumer } from './consumer/consumer.js';
export type {
  Batch,
  ConsumerOptions,
  EachBatchPayload,
  EachMessagePayload,
  MessagesOptions,
  PartitionLag,
  RunOptions,
  SubscribeOptions,
  TopicPartitionOffset,
  TopicSelection,
} from './consumer/consumer-types.js';
export { ConsumerEvents, type ConsumerEvent, type ConsumerEventName, type ConsumerEventPayloads } from './consumer/events.js';
export { PartitionAssigners, type Assignor, type GroupMember, type RebalanceProtocol } from './consumer/assignors/index.js';
export {
  CONSUMER_PROTOCOL_TYPE,
  decodeAssignment,
  decodeSubscription,
  encodeAssignment,
  encodeSubscription,
  type Assignment as ConsumerProtocolAssignment,
  type Subscription as ConsumerProtocolSubscription,
  type TopicPartitionList,
} from './consumer/consumer-protocol.js';
export { Admin } from './admin/admin.js';
export * from './admin/types.js';
export type * from './admin/group-types.js';
