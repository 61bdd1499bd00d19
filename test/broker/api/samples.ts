import type { RequestOf, ResponseOf } from '../../../engine/broker/api/codec.js';
import type { BrokerApiName } from '../../../engine/broker/api/types.js';
import { encodeRecordBatch } from '../../../engine/log/index.js';

/**
 * One request and one answer of every API, written out: sentinels (-1, -2), nulls next to
 * empty strings and lists (which must stay apart), records as bytes.
 */

const batch = encodeRecordBatch([{ key: 'k', value: 'v', headers: { h: 'x' } }], { timestamp: 1_700_000_000_000, producerId: 7, producerEpoch: 0, baseSequence: 0 });
const endpoint = { nodeId: 1, address: 'tcp://10.0.0.1:7001', rack: null, listeners: { kafka: '10.0.0.1:9092' } };

export const SAMPLES: { [K in BrokerApiName]: { request: RequestOf<K>; response: ResponseOf<K> } } = {
  metadata: {
    request: { topics: null, allowAutoTopicCreation: true },
    response: {
      clusterId: 'c-1',
      controllerId: -1,
      brokers: [endpoint, { nodeId: 2, address: 'mem://b2', rack: 'r2', listeners: {} }],
      topics: [
        { name: 'orders', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', errorCode: 0, isInternal: false, partitions: [{ partition: 0, errorCode: 0, leader: 1, leaderEpoch: 3, replicas: [1, 2], isr: [1], offlineReplicas: [2] }] },
        { name: 'missing', topicId: '', errorCode: 3, isInternal: false, partitions: [] },
      ],
    },
  },
  describeCluster: {
    request: {},
    response: { errorCode: 0, errorMessage: null, clusterId: 'c-1', controllerId: 2, brokers: [endpoint] },
  },
  produce: {
    request: { acks: -1, timeoutMs: 30000, transactionalId: null, topics: [{ name: 'orders', partitions: [{ partition: 2, records: batch }, { partition: 0, records: new Uint8Array(0) }] }] },
    response: {
      topics: [
        {
          name: 'orders',
          partitions: [
            { partition: 2, errorCode: 0, errorMessage: null, baseOffset: 2 ** 40, logAppendTime: -1, logStartOffset: 0 },
            { partition: 0, errorCode: 6, errorMessage: 'not the leader', baseOffset: -1, logAppendTime: -1, logStartOffset: -1 },
          ],
        },
      ],
    },
  },
  fetch: {
    request: {
      replicaId: -1,
      maxWaitMs: 500,
      minBytes: 1,
      maxBytes: 52428800,
      isolationLevel: 1,
      topics: [{ name: 'orders', partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 12345, logStartOffset: -1, partitionMaxBytes: 1048576 }] }],
    },
    response: {
      errorCode: 0,
      topics: [
        {
          name: 'orders',
          partitions: [
            { partition: 0, errorCode: 0, highWatermark: 10, lastStableOffset: 10, logStartOffset: 0, records: [batch, batch] },
            { partition: 1, errorCode: 1, highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, records: [] },
          ],
        },
      ],
    },
  },
  listOffsets: {
    request: { replicaId: -1, isolationLevel: 0, topics: [{ name: 'orders', partitions: [{ partition: 0, currentLeaderEpoch: 4, timestamp: -2 }, { partition: 1, currentLeaderEpoch: -1, timestamp: 1_700_000_000_000 }] }] },
    response: { topics: [{ name: 'orders', partitions: [{ partition: 0, errorCode: 0, timestamp: -1, offset: 17, leaderEpoch: 4 }] }] },
  },
  offsetForLeaderEpoch: {
    request: { replicaId: -1, topics: [{ name: 'orders', partitions: [{ partition: 0, currentLeaderEpoch: 5, leaderEpoch: 3 }] }] },
    response: { topics: [{ name: 'orders', partitions: [{ partition: 0, errorCode: 0, leaderEpoch: 3, endOffset: 99 }] }] },
  },
  deleteRecords: {
    request: { timeoutMs: 5000, topics: [{ name: 'orders', partitions: [{ partition: 0, offset: -1 }, { partition: 1, offset: 40 }] }] },
    response: { topics: [{ name: 'orders', partitions: [{ partition: 0, lowWatermark: 100, errorCode: 0 }] }] },
  },
  initProducerId: {
    request: { transactionalId: null, transactionTimeoutMs: 60000, producerId: -1, producerEpoch: -1 },
    response: { errorCode: 0, producerId: 2 ** 50, producerEpoch: 32767 },
  },
  createTopics: {
    request: {
      topics: [
        { name: 'a', numPartitions: 3, replicationFactor: 2, assignments: [], configs: [{ name: 'cleanup.policy', value: 'compact' }, { name: 'retention.ms', value: null }] },
        { name: 'b', numPartitions: -1, replicationFactor: -1, assignments: [{ partition: 0, brokerIds: [1, 2] }, { partition: 1, brokerIds: [] }], configs: [] },
      ],
      timeoutMs: 5000,
      validateOnly: false,
    },
    response: { topics: [{ name: 'a', topicId: 'x', errorCode: 36, errorMessage: '', numPartitions: -1, replicationFactor: -1 }] },
  },
  deleteTopics: {
    request: { topicNames: ['a', ''], timeoutMs: 0 },
    response: { topics: [{ name: 'a', topicId: 'x', errorCode: 0, errorMessage: null }] },
  },
  createPartitions: {
    request: { topics: [{ name: 'a', count: 6, assignments: null }, { name: 'b', count: 2, assignments: [[1, 2], []] }, { name: 'c', count: 1, assignments: [] }], timeoutMs: 5000, validateOnly: true },
    response: { results: [{ name: 'a', errorCode: 37, errorMessage: 'fewer' }] },
  },
  describeConfigs: {
    request: { resources: [{ resourceType: 2, resourceName: 'a', configurationKeys: null }, { resourceType: 2, resourceName: 'b', configurationKeys: [] }], includeSynonyms: false, includeDocumentation: true },
    response: {
      results: [
        {
          resourceType: 2,
          resourceName: 'a',
          errorCode: 0,
          errorMessage: null,
          configs: [
            { name: 'cleanup.policy', value: 'compact', readOnly: false, configSource: 1, isSensitive: false, documentation: null },
            { name: 'secret', value: null, readOnly: true, configSource: 5, isSensitive: true, documentation: 'hidden' },
          ],
        },
      ],
    },
  },
  alterConfigs: {
    request: { resources: [{ resourceType: 2, resourceName: 'a', configs: [{ name: 'retention.ms', value: '1000' }, { name: 'x', value: '' }] }], validateOnly: false },
    response: { responses: [{ resourceType: 2, resourceName: 'a', errorCode: 0, errorMessage: null }] },
  },
  incrementalAlterConfigs: {
    request: { resources: [{ resourceType: 4, resourceName: '1', configs: [{ name: 'a', value: null, configOperation: 1 }] }], validateOnly: true },
    response: { responses: [{ resourceType: 4, resourceName: '1', errorCode: 40, errorMessage: 'bad' }] },
  },
};
