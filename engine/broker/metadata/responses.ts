import { kafkaCodeOf, type LogkeeperError } from '../../errors/index.js';
import {
  NO_BROKER,
  NO_EPOCH,
  type BrokerEndpoint,
  type DescribeClusterResponse,
  type MetadataRequest,
  type MetadataResponse,
  type PartitionMetadata,
  type TopicMetadata,
} from '../api/types.js';
import { validateTopicName } from '../topic-config.js';
import { ZERO_ID } from './random-id.js';
import { topicPartitionKey, type ClusterView, type TopicView } from './types.js';

/*
 * Metadata and DescribeCluster answers from a broker's view of the cluster, with Kafka's
 * per-topic and per-partition errors: an unknown topic is UNKNOWN_TOPIC_OR_PARTITION (an
 * invalid name INVALID_TOPIC_EXCEPTION); a partition whose leader is none or not registered
 * is LEADER_NOT_AVAILABLE with leader -1; offlineReplicas are the replicas that are not
 * registered. Creating a topic that a request names (allowAutoTopicCreation) is the
 * broker's business, before it asks for this answer.
 */

const LEADER_NOT_AVAILABLE = kafkaCodeOf('LEADER_NOT_AVAILABLE');
const UNKNOWN_TOPIC_OR_PARTITION = kafkaCodeOf('UNKNOWN_TOPIC_OR_PARTITION');

export function brokerEndpoints(view: ClusterView): BrokerEndpoint[] {
  return [...view.brokers.values()]
    .sort((a, b) => a.id - b.id)
    .map((b) => ({ nodeId: b.id, address: b.address, rack: b.rack, listeners: { ...b.listeners } }));
}

export function metadataResponse(view: ClusterView, request: MetadataRequest): MetadataResponse {
  const names = request.topics ?? [...view.topics.keys()].sort();
  return {
    clusterId: view.clusterId,
    controllerId: view.controllerId,
    brokers: brokerEndpoints(view),
    topics: names.map((name) => topicMetadata(view, name)),
  };
}

export function describeClusterResponse(view: ClusterView): DescribeClusterResponse {
  return { errorCode: 0, errorMessage: null, clusterId: view.clusterId, controllerId: view.controllerId, brokers: brokerEndpoints(view) };
}

function topicMetadata(view: ClusterView, name: string): TopicMetadata {
  const topic = view.topics.get(name);
  if (!topic) {
    let errorCode = UNKNOWN_TOPIC_OR_PARTITION;
    try {
      validateTopicName(name);
    } catch (error) {
      errorCode = (error as LogkeeperError).kafkaCode;
    }
    return { name, topicId: ZERO_ID, errorCode, isInternal: false, partitions: [] };
  }
  return { name, topicId: topic.id, errorCode: 0, isInternal: topic.internal, partitions: partitionsOf(view, topic) };
}

function partitionsOf(view: ClusterView, topic: TopicView): PartitionMetadata[] {
  return topic.replicas.map((replicas, partition) => {
    const offlineReplicas = replicas.filter((id) => !view.brokers.has(id));
    const state = view.partitions.get(topicPartitionKey(topic.name, partition));
    if (!state) {
      return { partition, errorCode: LEADER_NOT_AVAILABLE, leader: NO_BROKER, leaderEpoch: NO_EPOCH, replicas: [...replicas], isr: [], offlineReplicas };
    }
    const led = state.leader !== NO_BROKER && view.brokers.has(state.leader);
    return {
      partition,
      errorCode: led ? 0 : LEADER_NOT_AVAILABLE,
      leader: led ? state.leader : NO_BROKER,
      leaderEpoch: state.leaderEpoch,
      replicas: [...replicas],
      isr: [...state.isr],
      offlineReplicas,
    };
  });
}
