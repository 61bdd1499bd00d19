import type { RetryOptions } from '../options.js';

/* The admin client's arguments and answers: kafkajs's shapes (numbers rather than strings for offsets). */

export interface AdminOptions {
  retry?: Partial<RetryOptions>;
}

export interface ITopicConfig {
  topic: string;
  /** Default -1: the broker's default. */
  numPartitions?: number;
  /** Default -1: the broker's default. */
  replicationFactor?: number;
  /** Explicit replicas by partition (then leave numPartitions and replicationFactor out). */
  replicaAssignment?: Array<{ partition: number; replicas: number[] }>;
  configEntries?: Array<{ name: string; value: string | null }>;
}

export interface CreateTopicsOptions {
  topics: ITopicConfig[];
  validateOnly?: boolean;
  /** Resolve only once every new partition has a leader. Default true. */
  waitForLeaders?: boolean;
  /** ms. Default 5000. */
  timeout?: number;
}

export interface DeleteTopicsOptions {
  topics: string[];
  timeout?: number;
}

export interface CreatePartitionsOptions {
  /** `count`: the new total; `assignments`: replica lists of the new partitions. */
  topicPartitions: Array<{ topic: string; count: number; assignments?: number[][] }>;
  validateOnly?: boolean;
  timeout?: number;
}

export interface PartitionMetadataView {
  partitionErrorCode: number;
  partitionId: number;
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  offlineReplicas: number[];
}

export interface TopicMetadataView {
  name: string;
  partitions: PartitionMetadataView[];
}

export interface PartitionOffsets {
  partition: number;
  /** The high watermark (the next offset to be written). */
  offset: number;
  high: number;
  /** The log start offset. */
  low: number;
}

/** kafkajs's ConfigResourceTypes (Kafka's resource type numbers). */
export const ConfigResourceTypes = Object.freeze({ TOPIC: 2, BROKER: 4 } as const);

export interface DescribeConfigsOptions {
  resources: Array<{ type: number; name: string; configNames?: string[] }>;
  includeSynonyms?: boolean;
}

export interface ConfigEntry {
  configName: string;
  configValue: string | null;
  isDefault: boolean;
  configSource: number;
  isSensitive: boolean;
  readOnly: boolean;
  configSynonyms: never[];
}

export interface DescribeConfigsResult {
  resources: Array<{
    errorCode: number;
    errorMessage: string | null;
    resourceName: string;
    resourceType: number;
    configEntries: ConfigEntry[];
  }>;
  throttleTime: number;
}

export interface AlterConfigsOptions {
  resources: Array<{ type: number; name: string; configEntries: Array<{ name: string; value: string | null }> }>;
  validateOnly?: boolean;
}

export interface AlterConfigsResult {
  resources: Array<{ errorCode: number; errorMessage: string | null; resourceName: string; resourceType: number }>;
  throttleTime: number;
}

export interface DeleteTopicRecordsOptions {
  topic: string;
  /** Records before `offset` go; -1: everything up to the high watermark. */
  partitions: Array<{ partition: number; offset: number }>;
}

export interface ClusterDescription {
  brokers: Array<{ nodeId: number; address: string; rack: string | null }>;
  /** The controller's node id, null when there is none. */
  controller: number | null;
  clusterId: string;
}
