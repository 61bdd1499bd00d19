/*
 * The broker's API: what each request carries and each answer returns, as plain objects. This
 * is the one seam every way into a broker goes through: logkeeper's own clients reach it over
 * RPC (`broker.<api>` methods, encoded by api/codec.ts), and the Kafka protocol front door
 * translates Kafka's requests into these same objects. So the shapes follow Kafka's APIs of the
 * same names, field for field (camelCased), with Kafka's sentinel values and Kafka's numeric
 * error codes (`errorCode`, 0 for none: see engine/errors, `kafkaCodeOf`); anything that is
 * not Kafka's is marked.
 *
 * Numbers that Kafka sends as int64 (offsets, timestamps, producer ids) are JavaScript numbers:
 * exact up to 2^53, which no offset reaches.
 */

import type { GroupApiName } from './group-types.js';

/** `acks`: -1 waits for every in-sync replica, 1 for the leader's write, 0 for nothing. */
export type Acks = -1 | 0 | 1;
export const ACKS_ALL = -1;

/** No broker (a partition without a leader; a cluster without a controller). */
export const NO_BROKER = -1;
/** `replicaId` of a consumer's (not a follower's) Fetch or ListOffsets. */
export const CONSUMER_REPLICA_ID = -1;
/** No leader epoch known or given. */
export const NO_EPOCH = -1;

/** ListOffsets timestamps with a meaning of their own. */
export const LATEST_TIMESTAMP = -1;
export const EARLIEST_TIMESTAMP = -2;
export const MAX_TIMESTAMP = -3;

/** Kafka's config resource types (DescribeConfigs, AlterConfigs). */
export const RESOURCE_TOPIC = 2;
export const RESOURCE_BROKER = 4;

/** Kafka's config sources, as DescribeConfigs reports them. */
export const CONFIG_SOURCE = {
  DYNAMIC_TOPIC_CONFIG: 1,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5,
} as const;

/** IncrementalAlterConfigs operations. */
export const CONFIG_OP = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;

// ---- metadata ----

/** A broker as clients reach it. Not Kafka's: `address` is a logkeeper transport address. */
export interface BrokerEndpoint {
  nodeId: number;
  /** Where logkeeper clients dial it, e.g. `tcp://10.0.0.7:7001`. */
  address: string;
  rack: string | null;
  /** Other protocols' listeners by name (`kafka` → `host:port`), for front doors. Not Kafka's. */
  listeners: Record<string, string>;
}

export interface MetadataRequest {
  /** null: every topic. */
  topics: string[] | null;
  allowAutoTopicCreation: boolean;
}

export interface PartitionMetadata {
  partition: number;
  errorCode: number;
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  offlineReplicas: number[];
}

export interface TopicMetadata {
  name: string;
  topicId: string;
  errorCode: number;
  isInternal: boolean;
  partitions: PartitionMetadata[];
}

export interface MetadataResponse {
  clusterId: string;
  controllerId: number;
  brokers: BrokerEndpoint[];
  topics: TopicMetadata[];
}

export type DescribeClusterRequest = Record<string, never>;

export interface DescribeClusterResponse {
  errorCode: number;
  errorMessage: string | null;
  clusterId: string;
  controllerId: number;
  brokers: BrokerEndpoint[];
}

// ---- produce ----

export interface ProducePartitionData {
  partition: number;
  /** One or more RecordBatch v2 back to back, as the producer encoded them. */
  records: Uint8Array;
}

export interface ProduceRequest {
  acks: Acks;
  timeoutMs: number;
  transactionalId: string | null;
  topics: Array<{ name: string; partitions: ProducePartitionData[] }>;
}

export interface ProducePartitionResponse {
  partition: number;
  errorCode: number;
  errorMessage: string | null;
  /** The offset of the first record written (of the first batch); -1 on error. */
  baseOffset: number;
  /** The broker's time stamped on the batch under LogAppendTime, else -1. */
  logAppendTime: number;
  logStartOffset: number;
}

export interface ProduceResponse {
  topics: Array<{ name: string; partitions: ProducePartitionResponse[] }>;
}

// ---- fetch ----

export interface FetchPartition {
  partition: number;
  /** The leader epoch the fetcher knows (-1: unknown); older than the broker's → FENCED_LEADER_EPOCH. */
  currentLeaderEpoch: number;
  fetchOffset: number;
  /** A follower's log start offset (-1 for consumers). */
  logStartOffset: number;
  partitionMaxBytes: number;
}

export interface FetchRequest {
  /** -1 for a consumer; a follower's broker id for replication. */
  replicaId: number;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  /** 0: read uncommitted; 1: read committed (the same here: there are no transactions yet). */
  isolationLevel: 0 | 1;
  topics: Array<{ name: string; partitions: FetchPartition[] }>;
}

export interface FetchPartitionResponse {
  partition: number;
  errorCode: number;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  /** Stored batches, each a whole RecordBatch v2 exactly as the log holds it. */
  records: Uint8Array[];
}

export interface FetchResponse {
  errorCode: number;
  topics: Array<{ name: string; partitions: FetchPartitionResponse[] }>;
}

// ---- offsets ----

export interface ListOffsetsRequest {
  replicaId: number;
  isolationLevel: 0 | 1;
  topics: Array<{ name: string; partitions: Array<{ partition: number; currentLeaderEpoch: number; timestamp: number }> }>;
}

export interface ListOffsetsPartitionResponse {
  partition: number;
  errorCode: number;
  /** The timestamp found (-1 for LATEST / EARLIEST). */
  timestamp: number;
  offset: number;
  leaderEpoch: number;
}

export interface ListOffsetsResponse {
  topics: Array<{ name: string; partitions: ListOffsetsPartitionResponse[] }>;
}

export interface OffsetForLeaderEpochRequest {
  /** -1 for a consumer (KIP-320), a follower's broker id otherwise. */
  replicaId: number;
  topics: Array<{ name: string; partitions: Array<{ partition: number; currentLeaderEpoch: number; leaderEpoch: number }> }>;
}

export interface OffsetForLeaderEpochPartitionResponse {
  partition: number;
  errorCode: number;
  /** The largest epoch <= the one asked about that the leader has, and the offset where it ended. */
  leaderEpoch: number;
  endOffset: number;
}

export interface OffsetForLeaderEpochResponse {
  topics: Array<{ name: string; partitions: OffsetForLeaderEpochPartitionResponse[] }>;
}

export interface DeleteRecordsRequest {
  timeoutMs: number;
  /** `offset`: delete everything before it; -1 deletes up to the high watermark. */
  topics: Array<{ name: string; partitions: Array<{ partition: number; offset: number }> }>;
}

export interface DeleteRecordsResponse {
  topics: Array<{ name: string; partitions: Array<{ partition: number; lowWatermark: number; errorCode: number }> }>;
}

// ---- producer ids ----

export interface InitProducerIdRequest {
  /** Transactions are not supported yet: null. */
  transactionalId: string | null;
  transactionTimeoutMs: number;
  /** -1 for a new producer; an existing id and epoch to bump its epoch (KIP-360). */
  producerId: number;
  producerEpoch: number;
}

export interface InitProducerIdResponse {
  errorCode: number;
  producerId: number;
  producerEpoch: number;
}

// ---- topics and configs ----

export interface ConfigValue {
  name: string;
  /** null: the default (for AlterConfigs: remove the override). */
  value: string | null;
}

export interface CreatableTopic {
  name: string;
  /** -1: the broker's default. */
  numPartitions: number;
  /** -1: the broker's default. */
  replicationFactor: number;
  /** Explicit replica lists by partition (then numPartitions and replicationFactor are -1). */
  assignments: Array<{ partition: number; brokerIds: number[] }>;
  configs: ConfigValue[];
}

export interface CreateTopicsRequest {
  topics: CreatableTopic[];
  timeoutMs: number;
  validateOnly: boolean;
}

export interface CreateTopicsResponse {
  topics: Array<{
    name: string;
    topicId: string;
    errorCode: number;
    errorMessage: string | null;
    numPartitions: number;
    replicationFactor: number;
  }>;
}

export interface DeleteTopicsRequest {
  topicNames: string[];
  timeoutMs: number;
}

export interface DeleteTopicsResponse {
  topics: Array<{ name: string; topicId: string; errorCode: number; errorMessage: string | null }>;
}

export interface CreatePartitionsRequest {
  /** `count`: the new total; `assignments`: replica lists of the new partitions, or null. */
  topics: Array<{ name: string; count: number; assignments: number[][] | null }>;
  timeoutMs: number;
  validateOnly: boolean;
}

export interface CreatePartitionsResponse {
  results: Array<{ name: string; errorCode: number; errorMessage: string | null }>;
}

export interface ConfigResource {
  resourceType: number;
  resourceName: string;
}

export interface DescribeConfigsRequest {
  /** configurationKeys null: all of them. */
  resources: Array<ConfigResource & { configurationKeys: string[] | null }>;
  includeSynonyms: boolean;
  includeDocumentation: boolean;
}

export interface DescribedConfig {
  name: string;
  value: string | null;
  readOnly: boolean;
  configSource: number;
  isSensitive: boolean;
  documentation: string | null;
}

export interface DescribeConfigsResponse {
  results: Array<ConfigResource & { errorCode: number; errorMessage: string | null; configs: DescribedConfig[] }>;
}

export interface AlterConfigsRequest {
  /** Replaces the resource's whole set of overrides with `configs`. */
  resources: Array<ConfigResource & { configs: ConfigValue[] }>;
  validateOnly: boolean;
}

export interface IncrementalAlterConfigsRequest {
  resources: Array<ConfigResource & { configs: Array<ConfigValue & { configOperation: number }> }>;
  validateOnly: boolean;
}

export interface AlterConfigsResponse {
  responses: Array<ConfigResource & { errorCode: number; errorMessage: string | null }>;
}

/** Every API a broker serves, by RPC method name, with its request and answer. */
export interface BrokerApi {
  metadata(request: MetadataRequest): Promise<MetadataResponse>;
  describeCluster(request: DescribeClusterRequest): Promise<DescribeClusterResponse>;
  produce(request: ProduceRequest): Promise<ProduceResponse>;
  fetch(request: FetchRequest): Promise<FetchResponse>;
  listOffsets(request: ListOffsetsRequest): Promise<ListOffsetsResponse>;
  offsetForLeaderEpoch(request: OffsetForLeaderEpochRequest): Promise<OffsetForLeaderEpochResponse>;
  deleteRecords(request: DeleteRecordsRequest): Promise<DeleteRecordsResponse>;
  initProducerId(request: InitProducerIdRequest): Promise<InitProducerIdResponse>;
  createTopics(request: CreateTopicsRequest): Promise<CreateTopicsResponse>;
  deleteTopics(request: DeleteTopicsRequest): Promise<DeleteTopicsResponse>;
  createPartitions(request: CreatePartitionsRequest): Promise<CreatePartitionsResponse>;
  describeConfigs(request: DescribeConfigsRequest): Promise<DescribeConfigsResponse>;
  alterConfigs(request: AlterConfigsRequest): Promise<AlterConfigsResponse>;
  incrementalAlterConfigs(request: IncrementalAlterConfigsRequest): Promise<AlterConfigsResponse>;
}

export type BrokerApiName = keyof BrokerApi;

/** The RPC method of each API (BrokerApi's and GroupApi's): `broker.<name>`. */
export const brokerMethod = (api: BrokerApiName | GroupApiName): string => `broker.${api}`;
