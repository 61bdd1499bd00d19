import { toLogkeeperError } from '../errors/index.js';
import type { Clock } from '../time/clock.js';
import type {
  AlterConfigsRequest,
  AlterConfigsResponse,
  BrokerApi,
  CreatePartitionsRequest,
  CreatePartitionsResponse,
  CreateTopicsRequest,
  CreateTopicsResponse,
  DeleteRecordsRequest,
  DeleteRecordsResponse,
  DeleteTopicsRequest,
  DeleteTopicsResponse,
  DescribeClusterResponse,
  DescribeConfigsRequest,
  DescribeConfigsResponse,
  FetchRequest,
  FetchResponse,
  IncrementalAlterConfigsRequest,
  InitProducerIdRequest,
  InitProducerIdResponse,
  ListOffsetsRequest,
  ListOffsetsResponse,
  MetadataRequest,
  MetadataResponse,
  OffsetForLeaderEpochRequest,
  OffsetForLeaderEpochResponse,
  ProduceRequest,
  ProduceResponse,
} from './api/types.js';
import type { RequestOf, ResponseOf } from './api/codec.js';
import type { BrokerConfig } from './config.js';
import type { Controller, ProducerIdManager } from './controller/index.js';
import { forwardToController, runOnController, type AdminApiName } from './controller-forwarding.js';
import type { MetadataCache } from './metadata/index.js';
import type { BrokerPeers } from './peers.js';
import type { ReplicaManager } from './replica/replica-manager.js';

/*
 * The BrokerApi a broker serves (to its RPC clients and to the Kafka front door alike): the
 * data plane goes to the replicas, metadata comes from the watched cache, producer ids from
 * this broker's block, and admin requests to the controller — here when this broker is the
 * active one, forwarded to it otherwise (controller-forwarding.ts). A metadata request may
 * create missing topics when the broker allows it (auto.create.topics), through the
 * controller, and answers once this broker's cache has them.
 */

export interface BrokerHandlersOptions {
  config: BrokerConfig;
  cache: MetadataCache;
  controller: Controller;
  producerIds: ProducerIdManager;
  replicas: ReplicaManager;
  peers: BrokerPeers;
  clock: Clock;
}

/** How long a forwarded admin request may take at most (its own timeoutMs bounds it first). */
const FORWARD_TIMEOUT_MS = 30_000;
/** How long an auto-created topic may take to reach this broker's cache. */
const AUTO_CREATE_WAIT_MS = 5000;

export class BrokerHandlers implements BrokerApi {
  readonly #o: BrokerHandlersOptions;

  constructor(options: BrokerHandlersOptions) {
    this.#o = options;
  }

  async metadata(request: MetadataRequest): Promise<MetadataResponse> {
    const { cache, config } = this.#o;
    if (config.autoCreateTopics && request.allowAutoTopicCreation && request.topics !== null) {
      const missing = request.topics.filter((name) => !cache.view.topics.has(name));
      if (missing.length > 0) await this.#autoCreate(missing);
    }
    return cache.metadataResponse(request);
  }

  async describeCluster(): Promise<DescribeClusterResponse> {
    return this.#o.cache.describeCluster();
  }

  produce(request: ProduceRequest): Promise<ProduceResponse> {
    return this.#o.replicas.produce(request);
  }

  fetch(request: FetchRequest): Promise<FetchResponse> {
    return this.#o.replicas.fetch(request);
  }

  listOffsets(request: ListOffsetsRequest): Promise<ListOffsetsResponse> {
    return this.#o.replicas.listOffsets(request);
  }

  offsetForLeaderEpoch(request: OffsetForLeaderEpochRequest): Promise<OffsetForLeaderEpochResponse> {
    return this.#o.replicas.offsetForLeaderEpoch(request);
  }

  deleteRecords(request: DeleteRecordsRequest): Promise<DeleteRecordsResponse> {
    return this.#o.replicas.deleteRecords(request);
  }

  initProducerId(request: InitProducerIdRequest): Promise<InitProducerIdResponse> {
    return this.#o.producerIds.initProducerId(request);
  }

  createTopics(request: CreateTopicsRequest): Promise<CreateTopicsResponse> {
    return this.#admin('createTopics', request, request.timeoutMs);
  }

  deleteTopics(request: DeleteTopicsRequest): Promise<DeleteTopicsResponse> {
    return this.#admin('deleteTopics', request, request.timeoutMs);
  }

  createPartitions(request: CreatePartitionsRequest): Promise<CreatePartitionsResponse> {
    return this.#admin('createPartitions', request, request.timeoutMs);
  }

  alterConfigs(request: AlterConfigsRequest): Promise<AlterConfigsResponse> {
    return this.#admin('alterConfigs', request);
  }

  incrementalAlterConfigs(request: IncrementalAlterConfigsRequest): Promise<AlterConfigsResponse> {
    return this.#admin('incrementalAlterConfigs', request);
  }

  /** Read-only: any broker answers from its own metadata. */
  async describeConfigs(request: DescribeConfigsRequest): Promise<DescribeConfigsResponse> {
    return this.#o.controller.describeConfigs(request);
  }

  async #admin<K extends AdminApiName>(api: K, request: RequestOf<K>, timeoutMs = FORWARD_TIMEOUT_MS): Promise<ResponseOf<K>> {
    const { controller, cache, peers } = this.#o;
    const controllerId = cache.view.controllerId;
    if (controller.isActive || controllerId < 0 || controllerId === controller.brokerId) return runOnController(controller, api, request);
    try {
      return await forwardToController(peers, controllerId, api, request, { timeoutMs: Math.max(1, Math.min(timeoutMs, FORWARD_TIMEOUT_MS)) });
    } catch (error) {
      // The controller could not be reached: answer as a broker that is not the controller.
      if (toLogkeeperError(error).retriable) return runOnController(controller, api, request);
      throw error;
    }
  }

  async #autoCreate(names: string[]): Promise<void> {
    const { config, cache, clock } = this.#o;
    const answer = await this.#admin('createTopics', {
      topics: names.map((name) => ({ name, numPartitions: config.defaultPartitions, replicationFactor: config.defaultReplicationFactor, assignments: [], configs: [] })),
      timeoutMs: AUTO_CREATE_WAIT_MS,
      validateOnly: false,
    });
    const created = answer.topics.filter((t) => t.errorCode === 0 || t.errorCode === 36 /* TOPIC_ALREADY_EXISTS */).map((t) => t.name);
    // The controller answered once its own cache had them; this broker's cache follows by watch.
    const deadline = clock.now() + AUTO_CREATE_WAIT_MS;
    while (created.some((name) => !cache.view.topics.has(name)) && clock.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = clock.setTimer(deadline - clock.now(), done);
        function done(): void {
          clock.cancel(timer);
          cache.off('topicChanged', done);
          resolve();
        }
        cache.on('topicChanged', done);
      });
    }
  }
}
