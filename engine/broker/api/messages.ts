import type * as api from './types.js';
import {
  bool,
  box,
  bytes,
  int32,
  int32As,
  int64,
  list,
  map,
  nullable,
  nullableString,
  string,
  struct,
  type Desc,
} from './schema.js';

/*
 * The descriptor of every request and response of BrokerApi (see schema.ts): the field list of
 * each message of broker.proto, typed by api/types.ts so that the two cannot drift apart.
 */

type Element<T> = T extends Array<infer E> ? E : never;

const int32s = list(int32);

const brokerEndpoint = struct<api.BrokerEndpoint>({ nodeId: int32, address: string, rack: nullableString, listeners: map });

const metadataRequest = struct<api.MetadataRequest>({
  topics: nullable(box('items', list(string))),
  allowAutoTopicCreation: bool,
});

const metadataResponse = struct<api.MetadataResponse>({
  clusterId: string,
  controllerId: int32,
  brokers: list(brokerEndpoint),
  topics: list(
    struct<api.TopicMetadata>({
      name: string,
      topicId: string,
      errorCode: int32,
      isInternal: bool,
      partitions: list(
        struct<api.PartitionMetadata>({
          partition: int32,
          errorCode: int32,
          leader: int32,
          leaderEpoch: int32,
          replicas: int32s,
          isr: int32s,
          offlineReplicas: int32s,
        }),
      ),
    }),
  ),
});

const describeClusterRequest = struct<api.DescribeClusterRequest>({});

const describeClusterResponse = struct<api.DescribeClusterResponse>({
  errorCode: int32,
  errorMessage: nullableString,
  clusterId: string,
  controllerId: int32,
  brokers: list(brokerEndpoint),
});

const produceRequest = struct<api.ProduceRequest>({
  acks: int32As<api.Acks>(),
  timeoutMs: int32,
  transactionalId: nullableString,
  topics: list(
    struct<Element<api.ProduceRequest['topics']>>({
      name: string,
      partitions: list(struct<api.ProducePartitionData>({ partition: int32, records: bytes })),
    }),
  ),
});

const produceResponse = struct<api.ProduceResponse>({
  topics: list(
    struct<Element<api.ProduceResponse['topics']>>({
      name: string,
      partitions: list(
        struct<api.ProducePartitionResponse>({
          partition: int32,
          errorCode: int32,
          errorMessage: nullableString,
          baseOffset: int64,
          logAppendTime: int64,
          logStartOffset: int64,
        }),
      ),
    }),
  ),
});

const fetchRequest = struct<api.FetchRequest>({
  replicaId: int32,
  maxWaitMs: int32,
  minBytes: int32,
  maxBytes: int32,
  isolationLevel: int32As<0 | 1>(),
  topics: list(
    struct<Element<api.FetchRequest['topics']>>({
      name: string,
      partitions: list(
        struct<api.FetchPartition>({
          partition: int32,
          currentLeaderEpoch: int32,
          fetchOffset: int64,
          logStartOffset: int64,
          partitionMaxBytes: int32,
        }),
      ),
    }),
  ),
});

const fetchResponse = struct<api.FetchResponse>({
  errorCode: int32,
  topics: list(
    struct<Element<api.FetchResponse['topics']>>({
      name: string,
      partitions: list(
        struct<api.FetchPartitionResponse>({
          partition: int32,
          errorCode: int32,
          highWatermark: int64,
          lastStableOffset: int64,
          logStartOffset: int64,
          records: list(bytes),
        }),
      ),
    }),
  ),
});

type ListOffsetsTopic = Element<api.ListOffsetsRequest['topics']>;

const listOffsetsRequest = struct<api.ListOffsetsRequest>({
  replicaId: int32,
  isolationLevel: int32As<0 | 1>(),
  topics: list(
    struct<ListOffsetsTopic>({
      name: string,
      partitions: list(
        struct<Element<ListOffsetsTopic['partitions']>>({ partition: int32, currentLeaderEpoch: int32, timestamp: int64 }),
      ),
    }),
  ),
});

const listOffsetsResponse = struct<api.ListOffsetsResponse>({
  topics: list(
    struct<Element<api.ListOffsetsResponse['topics']>>({
      name: string,
      partitions: list(
        struct<api.ListOffsetsPartitionResponse>({ partition: int32, errorCode: int32, timestamp: int64, offset: int64, leaderEpoch: int32 }),
      ),
    }),
  ),
});

type EpochTopic = Element<api.OffsetForLeaderEpochRequest['topics']>;

const offsetForLeaderEpochRequest = struct<api.OffsetForLeaderEpochRequest>({
  replicaId: int32,
  topics: list(
    struct<EpochTopic>({
      name: string,
      partitions: list(struct<Element<EpochTopic['partitions']>>({ partition: int32, currentLeaderEpoch: int32, leaderEpoch: int32 })),
    }),
  ),
});

const offsetForLeaderEpochResponse = struct<api.OffsetForLeaderEpochResponse>({
  topics: list(
    struct<Element<api.OffsetForLeaderEpochResponse['topics']>>({
      name: string,
      partitions: list(
        struct<api.OffsetForLeaderEpochPartitionResponse>({ partition: int32, errorCode: int32, leaderEpoch: int32, endOffset: int64 }),
      ),
    }),
  ),
});

type DeleteRecordsTopic = Element<api.DeleteRecordsRequest['topics']>;
type DeleteRecordsResult = Element<api.DeleteRecordsResponse['topics']>;

const deleteRecordsRequest = struct<api.DeleteRecordsRequest>({
  timeoutMs: int32,
  topics: list(
    struct<DeleteRecordsTopic>({
      name: string,
      partitions: list(struct<Element<DeleteRecordsTopic['partitions']>>({ partition: int32, offset: int64 })),
    }),
  ),
});

const deleteRecordsResponse = struct<api.DeleteRecordsResponse>({
  topics: list(
    struct<DeleteRecordsResult>({
      name: string,
      partitions: list(struct<Element<DeleteRecordsResult['partitions']>>({ partition: int32, lowWatermark: int64, errorCode: int32 })),
    }),
  ),
});

const initProducerIdRequest = struct<api.InitProducerIdRequest>({
  transactionalId: nullableString,
  transactionTimeoutMs: int32,
  producerId: int64,
  producerEpoch: int32,
});

const initProducerIdResponse = struct<api.InitProducerIdResponse>({ errorCode: int32, producerId: int64, producerEpoch: int32 });

const configValue = struct<api.ConfigValue>({ name: string, value: nullableString });

const createTopicsRequest = struct<api.CreateTopicsRequest>({
  topics: list(
    struct<api.CreatableTopic>({
      name: string,
      numPartitions: int32,
      replicationFactor: int32,
      assignments: list(struct<Element<api.CreatableTopic['assignments']>>({ partition: int32, brokerIds: int32s })),
      configs: list(configValue),
    }),
  ),
  timeoutMs: int32,
  validateOnly: bool,
});

const createTopicsResponse = struct<api.CreateTopicsResponse>({
  topics: list(
    struct<Element<api.CreateTopicsResponse['topics']>>({
      name: string,
      topicId: string,
      errorCode: int32,
      errorMessage: nullableString,
      numPartitions: int32,
      replicationFactor: int32,
    }),
  ),
});

const deleteTopicsRequest = struct<api.DeleteTopicsRequest>({ topicNames: list(string), timeoutMs: int32 });

const deleteTopicsResponse = struct<api.DeleteTopicsResponse>({
  topics: list(
    struct<Element<api.DeleteTopicsResponse['topics']>>({ name: string, topicId: string, errorCode: int32, errorMessage: nullableString }),
  ),
});

const createPartitionsRequest = struct<api.CreatePartitionsRequest>({
  topics: list(
    struct<Element<api.CreatePartitionsRequest['topics']>>({
      name: string,
      count: int32,
      assignments: nullable(box('lists', list(box('items', int32s)))),
    }),
  ),
  timeoutMs: int32,
  validateOnly: bool,
});

const createPartitionsResponse = struct<api.CreatePartitionsResponse>({
  results: list(struct<Element<api.CreatePartitionsResponse['results']>>({ name: string, errorCode: int32, errorMessage: nullableString })),
});

const describeConfigsRequest = struct<api.DescribeConfigsRequest>({
  resources: list(
    struct<Element<api.DescribeConfigsRequest['resources']>>({
      resourceType: int32,
      resourceName: string,
      configurationKeys: nullable(box('items', list(string))),
    }),
  ),
  includeSynonyms: bool,
  includeDocumentation: bool,
});

const describeConfigsResponse = struct<api.DescribeConfigsResponse>({
  results: list(
    struct<Element<api.DescribeConfigsResponse['results']>>({
      resourceType: int32,
      resourceName: string,
      errorCode: int32,
      errorMessage: nullableString,
      configs: list(
        struct<api.DescribedConfig>({
          name: string,
          value: nullableString,
          readOnly: bool,
          configSource: int32,
          isSensitive: bool,
          documentation: nullableString,
        }),
      ),
    }),
  ),
});

const alterConfigsRequest = struct<api.AlterConfigsRequest>({
  resources: list(
    struct<Element<api.AlterConfigsRequest['resources']>>({ resourceType: int32, resourceName: string, configs: list(configValue) }),
  ),
  validateOnly: bool,
});

type IncrementalResource = Element<api.IncrementalAlterConfigsRequest['resources']>;

const incrementalAlterConfigsRequest = struct<api.IncrementalAlterConfigsRequest>({
  resources: list(
    struct<IncrementalResource>({
      resourceType: int32,
      resourceName: string,
      configs: list(struct<Element<IncrementalResource['configs']>>({ name: string, value: nullableString, configOperation: int32 })),
    }),
  ),
  validateOnly: bool,
});

const alterConfigsResponse = struct<api.AlterConfigsResponse>({
  responses: list(
    struct<Element<api.AlterConfigsResponse['responses']>>({
      resourceType: int32,
      resourceName: string,
      errorCode: int32,
      errorMessage: nullableString,
    }),
  ),
});

export type RequestOf<K extends api.BrokerApiName> = Parameters<api.BrokerApi[K]>[0];
export type ResponseOf<K extends api.BrokerApiName> = Awaited<ReturnType<api.BrokerApi[K]>>;

/** Each API's request and response descriptors, by name. */
export const API_MESSAGES: { readonly [K in api.BrokerApiName]: { request: Desc<RequestOf<K>>; response: Desc<ResponseOf<K>> } } = {
  metadata: { request: metadataRequest, response: metadataResponse },
  describeCluster: { request: describeClusterRequest, response: describeClusterResponse },
  produce: { request: produceRequest, response: produceResponse },
  fetch: { request: fetchRequest, response: fetchResponse },
  listOffsets: { request: listOffsetsRequest, response: listOffsetsResponse },
  offsetForLeaderEpoch: { request: offsetForLeaderEpochRequest, response: offsetForLeaderEpochResponse },
  deleteRecords: { request: deleteRecordsRequest, response: deleteRecordsResponse },
  initProducerId: { request: initProducerIdRequest, response: initProducerIdResponse },
  createTopics: { request: createTopicsRequest, response: createTopicsResponse },
  deleteTopics: { request: deleteTopicsRequest, response: deleteTopicsResponse },
  createPartitions: { request: createPartitionsRequest, response: createPartitionsResponse },
  describeConfigs: { request: describeConfigsRequest, response: describeConfigsResponse },
  alterConfigs: { request: alterConfigsRequest, response: alterConfigsResponse },
  incrementalAlterConfigs: { request: incrementalAlterConfigsRequest, response: alterConfigsResponse },
};
