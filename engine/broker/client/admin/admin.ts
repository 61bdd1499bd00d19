import {
  BadArgumentsError,
  errorFromKafkaCode,
  InvalidStateError,
  kafkaCodeOf,
  OperationTimeoutError,
  UnknownTopicOrPartitionError,
  type LogkeeperError,
} from '../../../errors/index.js';
import { CONFIG_SOURCE, EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, NO_BROKER, type MetadataResponse } from '../../api/types.js';
import { topicPartitionKey } from '../../metadata/types.js';
import { Cluster } from '../cluster.js';
import { listOffsets } from '../offsets.js';
import { integerOption, resolveRetry, type ClientContext } from '../options.js';
import { sleep } from '../retry.js';
import type { FetchOffsetsOptions, GroupDescription, GroupOverview, ResetOffsetsOptions, SetOffsetsOptions, TopicOffsetsAndLag } from './group-types.js';
import { GroupAdmin } from './groups.js';
import type {
  AdminOptions,
  AlterConfigsOptions,
  AlterConfigsResult,
  ClusterDescription,
  CreatePartitionsOptions,
  CreateTopicsOptions,
  DeleteTopicRecordsOptions,
  DeleteTopicsOptions,
  DescribeConfigsOptions,
  DescribeConfigsResult,
  PartitionOffsets,
  TopicMetadataView,
} from './types.js';

/*
 * How this works. Each method is one broker API call with kafkajs's arguments and answers.
 * Topic and config changes go to the controller (the metadata names it; NOT_CONTROLLER
 * refreshes and asks again); offsets and record deletion go to each partition's leader;
 * metadata and the cluster's description to any broker. Errors of single topics, partitions or
 * resources inside an answer become typed errors: retriable ones are asked again (only for what
 * failed) with the client's back-off, others are thrown. Consumer groups' operations go to
 * each group's coordinator (groups.ts).
 */

const TOPIC_ALREADY_EXISTS = kafkaCodeOf('TOPIC_ALREADY_EXISTS');
const UNKNOWN_TOPIC_OR_PARTITION = kafkaCodeOf('UNKNOWN_TOPIC_OR_PARTITION');
const LEADER_NOT_AVAILABLE = kafkaCodeOf('LEADER_NOT_AVAILABLE');

/** The errors among per-item answers (codes in `ignore` aside): throws the first non-retriable one, returns the retriable ones. */
function sortErrors<T>(items: Array<{ item: T; errorCode: number; errorMessage?: string | null }>, ignore: ReadonlySet<string> = new Set()): Array<{ item: T; error: LogkeeperError }> {
  const retriable: Array<{ item: T; error: LogkeeperError }> = [];
  for (const { item, errorCode, errorMessage } of items) {
    const error = errorFromKafkaCode(errorCode, errorMessage ?? undefined);
    if (!error || ignore.has(error.code)) continue;
    if (!error.retriable) throw error;
    retriable.push({ item, error });
  }
  return retriable;
}

export class Admin {
  readonly #cluster: Cluster;
  readonly #groups: GroupAdmin;
  #state: 'new' | 'connected' | 'disconnected' = 'new';

  constructor(context: ClientContext, options: AdminOptions = {}) {
    if (typeof options !== 'object' || options === null) throw new BadArgumentsError('admin options must be an object');
    this.#cluster = new Cluster(context, { retry: resolveRetry(options.retry, context.retry) });
    this.#groups = new GroupAdmin(this.#cluster);
  }

  async connect(): Promise<void> {
    if (this.#state === 'connected') return;
    if (this.#state === 'disconnected') throw new InvalidStateError('The admin client was disconnected; create a new one');
    await this.#cluster.retry(() => this.#cluster.refreshMetadata());
    this.#state = 'connected';
  }

  async disconnect(): Promise<void> {
    this.#state = 'disconnected';
    this.#cluster.close();
  }

  /** Creates topics; false when one already existed (kafkajs), true otherwise. */
  async createTopics({ topics, validateOnly = false, waitForLeaders = true, timeout = 5000 }: CreateTopicsOptions): Promise<boolean> {
    this.#check();
    if (!Array.isArray(topics) || topics.length === 0) throw new BadArgumentsError('createTopics needs a non-empty topics array');
    const timeoutMs = integerOption('timeout', timeout, 5000, 0, 0x7fffffff);
    let remaining = topics.map((t) => ({
      name: t.topic,
      numPartitions: t.numPartitions ?? -1,
      replicationFactor: t.replicationFactor ?? -1,
      assignments: (t.replicaAssignment ?? []).map((a) => ({ partition: a.partition, brokerIds: a.replicas })),
      configs: (t.configEntries ?? []).map((c) => ({ name: c.name, value: c.value })),
    }));
    let existed = false;
    await this.#cluster.retry(async () => {
      const answer = await this.#cluster.callController('createTopics', { topics: remaining, timeoutMs, validateOnly }, this.#timeout(timeoutMs));
      existed ||= answer.topics.some((t) => t.errorCode === TOPIC_ALREADY_EXISTS);
      const retry = sortErrors(answer.topics.map((t) => ({ item: t.name, ...t })), new Set(['TOPIC_ALREADY_EXISTS']));
      remaining = remaining.filter((t) => retry.some((r) => r.item === t.name));
      if (retry.length > 0) throw retry[0]!.error;
    });
    if (waitForLeaders && !validateOnly) await this.#waitForLeaders(topics.map((t) => t.topic), timeoutMs);
    return !existed;
  }

  async deleteTopics({ topics, timeout = 5000 }: DeleteTopicsOptions): Promise<void> {
    this.#check();
    if (!Array.isArray(topics) || topics.length === 0) throw new BadArgumentsError('deleteTopics needs a non-empty topics array');
    const timeoutMs = integerOption('timeout', timeout, 5000, 0, 0x7fffffff);
    let remaining = [...topics];
    await this.#cluster.retry(async () => {
      const answer = await this.#cluster.callController('deleteTopics', { topicNames: remaining, timeoutMs }, this.#timeout(timeoutMs));
      // A topic that is not there is an answer, not a passing state: no retry.
      const unknown = answer.topics.find((t) => t.errorCode === UNKNOWN_TOPIC_OR_PARTITION);
      if (unknown) throw new UnknownTopicOrPartitionError(unknown.errorMessage ?? `Topic '${unknown.name}' does not exist`, { retriable: false });
      const retry = sortErrors(answer.topics.map((t) => ({ item: t.name, ...t })));
      remaining = retry.map((r) => r.item);
      if (retry.length > 0) throw retry[0]!.error;
    });
  }

  async createPartitions({ topicPartitions, validateOnly = false, timeout = 5000 }: CreatePartitionsOptions): Promise<boolean> {
    this.#check();
    if (!Array.isArray(topicPartitions) || topicPartitions.length === 0) throw new BadArgumentsError('createPartitions needs a non-empty topicPartitions array');
    const timeoutMs = integerOption('timeout', timeout, 5000, 0, 0x7fffffff);
    let remaining = topicPartitions.map((t) => ({ name: t.topic, count: t.count, assignments: t.assignments ?? null }));
    await this.#cluster.retry(async () => {
      const answer = await this.#cluster.callController('createPartitions', { topics: remaining, timeoutMs, validateOnly }, this.#timeout(timeoutMs));
      const retry = sortErrors(answer.results.map((r) => ({ item: r.name, ...r })));
      remaining = remaining.filter((t) => retry.some((r) => r.item === t.name));
      if (retry.length > 0) throw retry[0]!.error;
    });
    return true;
  }

  async listTopics(): Promise<string[]> {
    const answer = await this.#metadata(null);
    return answer.topics.map((t) => t.name);
  }

  /** Metadata of `topics` (default: all), in kafkajs's shape; a topic in error throws its typed error. */
  async fetchTopicMetadata({ topics }: { topics?: string[] } = {}): Promise<{ topics: TopicMetadataView[] }> {
    const answer = await this.#metadata(topics ?? null);
    return {
      topics: answer.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionErrorCode: p.errorCode,
          partitionId: p.partition,
          leader: p.leader,
          leaderEpoch: p.leaderEpoch,
          replicas: p.replicas,
          isr: p.isr,
          offlineReplicas: p.offlineReplicas,
        })),
      })),
    };
  }

  /** The low (log start) and high (high watermark) offset of each partition. */
  async fetchTopicOffsets(topic: string): Promise<PartitionOffsets[]> {
    const partitions = await this.#partitionsOf(topic);
    const ask = (timestamp: number) => listOffsets(this.#cluster, partitions.map((partition) => ({ topic, partition, timestamp })));
    const [low, high] = await Promise.all([ask(EARLIEST_TIMESTAMP), ask(LATEST_TIMESTAMP)]);
    return partitions.map((partition) => {
      const key = topicPartitionKey(topic, partition);
      const h = high.get(key)!.offset;
      return { partition, offset: h, high: h, low: low.get(key)!.offset };
    });
  }

  /** Each partition's first offset whose timestamp is at or after `timestamp`; the high watermark where there is none. */
  async fetchTopicOffsetsByTimestamp(topic: string, timestamp?: number): Promise<Array<{ partition: number; offset: number }>> {
    const partitions = await this.#partitionsOf(topic);
    const at = timestamp === undefined ? LATEST_TIMESTAMP : integerOption('timestamp', timestamp, 0, 0);
    const ask = (ts: number) => listOffsets(this.#cluster, partitions.map((partition) => ({ topic, partition, timestamp: ts })));
    const [found, high] = await Promise.all([ask(at), ask(LATEST_TIMESTAMP)]);
    return partitions.map((partition) => {
      const key = topicPartitionKey(topic, partition);
      const offset = found.get(key)!.offset;
      return { partition, offset: offset < 0 ? high.get(key)!.offset : offset };
    });
  }

  async describeConfigs({ resources, includeSynonyms = false }: DescribeConfigsOptions): Promise<DescribeConfigsResult> {
    this.#check();
    if (!Array.isArray(resources) || resources.length === 0) throw new BadArgumentsError('describeConfigs needs a non-empty resources array');
    const request = {
      resources: resources.map((r) => ({ resourceType: r.type, resourceName: r.name, configurationKeys: r.configNames ?? null })),
      includeSynonyms,
      includeDocumentation: false,
    };
    const answer = await this.#cluster.retry(async () => {
      const a = await this.#cluster.callController('describeConfigs', request);
      const retry = sortErrors(a.results.map((r) => ({ item: r.resourceName, ...r })));
      if (retry.length > 0) throw retry[0]!.error;
      return a;
    });
    return {
      resources: answer.results.map((r) => ({
        errorCode: r.errorCode,
        errorMessage: r.errorMessage,
        resourceName: r.resourceName,
        resourceType: r.resourceType,
        configEntries: r.configs.map((c) => ({
          configName: c.name,
          configValue: c.value,
          isDefault: c.configSource === CONFIG_SOURCE.DEFAULT_CONFIG,
          configSource: c.configSource,
          isSensitive: c.isSensitive,
          readOnly: c.readOnly,
          configSynonyms: [],
        })),
      })),
      throttleTime: 0,
    };
  }

  /** Replaces each resource's overrides with `configEntries` (AlterConfigs: what is not listed goes back to its default). */
  async alterConfigs({ resources, validateOnly = false }: AlterConfigsOptions): Promise<AlterConfigsResult> {
    this.#check();
    if (!Array.isArray(resources) || resources.length === 0) throw new BadArgumentsError('alterConfigs needs a non-empty resources array');
    const request = {
      resources: resources.map((r) => ({ resourceType: r.type, resourceName: r.name, configs: r.configEntries.map((c) => ({ name: c.name, value: c.value })) })),
      validateOnly,
    };
    const answer = await this.#cluster.retry(async () => {
      const a = await this.#cluster.callController('alterConfigs', request);
      const retry = sortErrors(a.responses.map((r) => ({ item: r.resourceName, ...r })));
      if (retry.length > 0) throw retry[0]!.error;
      return a;
    });
    return {
      resources: answer.responses.map((r) => ({ errorCode: r.errorCode, errorMessage: r.errorMessage, resourceName: r.resourceName, resourceType: r.resourceType })),
      throttleTime: 0,
    };
  }

  /** Deletes the records before each offset (-1: up to the high watermark), at each partition's leader. */
  async deleteTopicRecords({ topic, partitions }: DeleteTopicRecordsOptions): Promise<void> {
    this.#check();
    if (typeof topic !== 'string' || !Array.isArray(partitions) || partitions.length === 0) {
      throw new BadArgumentsError('deleteTopicRecords needs { topic, partitions: [{ partition, offset }] }');
    }
    let remaining = [...partitions];
    await this.#cluster.retry(async () => {
      await this.#cluster.ensureTopics([topic]);
      const byLeader = new Map<number, Array<{ partition: number; offset: number }>>();
      for (const p of remaining) {
        const leader = this.#cluster.metadata.leaderOf(topic, p.partition);
        byLeader.set(leader, [...(byLeader.get(leader) ?? []), p]);
      }
      const results = await Promise.all(
        [...byLeader].map(async ([leader, list]) => {
          if (leader === NO_BROKER) return list.map((p) => ({ item: p, errorCode: LEADER_NOT_AVAILABLE }));
          const request = { timeoutMs: this.#cluster.context.requestTimeoutMs, topics: [{ name: topic, partitions: list }] };
          const answer = await this.#cluster.call(leader, 'deleteRecords', request);
          const codes = new Map(answer.topics.flatMap((t) => t.partitions).map((r) => [r.partition, r.errorCode]));
          // A partition missing from the answer is asked again.
          return list.map((p) => ({ item: p, errorCode: codes.get(p.partition) ?? LEADER_NOT_AVAILABLE }));
        }),
      );
      const retry = sortErrors(results.flat());
      remaining = retry.map((r) => r.item);
      if (retry.length > 0) throw retry[0]!.error;
    });
  }

  async describeCluster(): Promise<ClusterDescription> {
    this.#check();
    const answer = await this.#cluster.retry(async () => {
      const a = await this.#cluster.callAny('describeCluster', {});
      const error = errorFromKafkaCode(a.errorCode, a.errorMessage ?? undefined);
      if (error) throw error;
      return a;
    });
    return {
      brokers: answer.brokers.map((b) => ({ nodeId: b.nodeId, address: b.address, rack: b.rack })),
      controller: answer.controllerId === NO_BROKER ? null : answer.controllerId,
      clusterId: answer.clusterId,
    };
  }

  /** Every consumer group of the cluster (each broker lists those it coordinates). */
  async listGroups(): Promise<{ groups: GroupOverview[] }> {
    this.#check();
    return this.#groups.listGroups();
  }

  /** Each group's state, protocol, members and their assignments (state 'Dead' for a group that does not exist). */
  async describeGroups(groupIds: string[]): Promise<{ groups: GroupDescription[] }> {
    this.#check();
    return this.#groups.describeGroups(groupIds);
  }

  /** A group's committed offsets, with each partition's high watermark and lag. */
  async fetchOffsets(options: FetchOffsetsOptions): Promise<TopicOffsetsAndLag[]> {
    this.#check();
    return this.#groups.fetchOffsets(options);
  }

  /** Commits every partition of a topic at its start (`earliest`) or end, for a group without members. */
  async resetOffsets(options: ResetOffsetsOptions): Promise<void> {
    this.#check();
    return this.#groups.resetOffsets(options);
  }

  /** Commits these offsets for a group without members. */
  async setOffsets(options: SetOffsetsOptions): Promise<void> {
    this.#check();
    return this.#groups.setOffsets(options);
  }

  /** Deletes groups without members, with their offsets. */
  async deleteGroups(groupIds: string[]): Promise<Array<{ groupId: string; errorCode: number }>> {
    this.#check();
    return this.#groups.deleteGroups(groupIds);
  }

  #check(): void {
    if (this.#state !== 'connected') throw new InvalidStateError(this.#state === 'new' ? 'The admin client is not connected: call connect() first' : 'The admin client is disconnected');
  }

  /** An RPC bound that outlasts the broker's own `timeoutMs`. */
  #timeout(timeoutMs: number): { timeoutMs: number } {
    return { timeoutMs: this.#cluster.context.requestTimeoutMs + timeoutMs };
  }

  async #metadata(topics: string[] | null): Promise<MetadataResponse> {
    this.#check();
    return this.#cluster.retry(async () => {
      const answer = await this.#cluster.callAny('metadata', { topics, allowAutoTopicCreation: false });
      this.#cluster.metadata.update(answer, this.#cluster.context.clock.now());
      const retry = sortErrors(answer.topics.map((t) => ({ item: t.name, errorCode: t.errorCode })));
      if (retry.length > 0) throw retry[0]!.error;
      return answer;
    });
  }

  async #partitionsOf(topic: string): Promise<number[]> {
    this.#check();
    await this.#cluster.ensureTopics([topic]);
    return this.#cluster.metadata.partitions(topic).map((p) => p.partition);
  }

  /** Waits (with the client's back-off) until every partition of `topics` has a leader; OPERATION_TIMEOUT after `timeoutMs`. */
  async #waitForLeaders(topics: string[], timeoutMs: number): Promise<void> {
    const { clock, retry } = this.#cluster.retryContext;
    const deadline = clock.now() + timeoutMs;
    for (;;) {
      await this.#cluster.refreshMetadata(topics).catch(() => {});
      const ready = topics.every((t) => {
        const partitions = this.#cluster.metadata.partitions(t);
        return partitions.length > 0 && partitions.every((p) => this.#cluster.metadata.leaderOf(t, p.partition) !== NO_BROKER);
      });
      if (ready) return;
      if (clock.now() >= deadline) throw new OperationTimeoutError(`The new topics had no leaders within ${timeoutMs} ms`);
      await sleep(clock, Math.min(retry.initialRetryTimeMs, Math.max(1, deadline - clock.now())));
    }
  }
}
