import { kafkaCodeOf } from '../../../engine/errors/index.js';
import { RpcPeer, Router } from '../../../engine/rpc/index.js';
import type { SimulatedClock } from '../../../engine/time/index.js';
import type { MemoryNetwork } from '../../../adapters/memory/index.js';
import { serveBrokerApi, serveGroupApi } from '../../../engine/broker/api/server.js';
import {
  CONFIG_SOURCE,
  EARLIEST_TIMESTAMP,
  LATEST_TIMESTAMP,
  type BrokerApi,
  type BrokerApiName,
  type BrokerEndpoint,
  type MetadataResponse,
} from '../../../engine/broker/api/types.js';
import { FakePartition } from './fake-partition.js';
import { FakeCoordinator } from './fake-groups/coordinator.js';

/*
 * A broker cluster in memory for the clients' tests: every broker id serves BrokerApi (with
 * serveBrokerApi, over the memory network) on one shared state, with simple semantics: topics
 * of FakePartitions, leaders that a test moves, a controller, producer ids. Each request is
 * recorded (`requests`) and faults can be planted (`fail`): an error code for matching
 * partitions or topics, before or after the write, or a dropped connection. Each broker also
 * serves the consumer groups' API of `groups` (fake-groups/coordinator.ts).
 */

/**
 * A planted fault. `drop: 'before'`: the broker closes its connections instead of answering
 * the request; `drop: 'hang'`: it never answers (the connection stays). Otherwise it is about the matching partitions (or topics, for admin APIs; any
 * when unset): answer `errorCode`, before the write or (`afterWrite`, produce) after it; or
 * (`drop: 'after'`, produce) write, then close the connections so the answer is lost.
 */
export interface Fault {
  api: BrokerApiName;
  /** Only at this broker. */
  node?: number;
  topic?: string;
  partition?: number;
  errorCode?: number;
  afterWrite?: boolean;
  drop?: 'before' | 'after' | 'hang';
  /** How many times it strikes; default 1. */
  times?: number;
}

interface FakeTopic {
  id: string;
  partitions: FakePartition[];
  configs: Record<string, string>;
}

export interface Recorded {
  node: number;
  api: BrokerApiName;
  request: any;
  /** When it arrived (clock ms). */
  at: number;
}

const code = kafkaCodeOf;
const address = (id: number) => `broker-${id}`;
const DEFAULT_CONFIGS: Record<string, string> = { 'cleanup.policy': 'delete', 'retention.ms': '604800000' };

export class FakeCluster {
  readonly clock: SimulatedClock;
  readonly brokerIds: number[];
  readonly topics = new Map<string, FakeTopic>();
  readonly requests: Recorded[] = [];
  controllerId: number;
  readonly groups: FakeCoordinator;
  /** How long a produce takes at the broker (ms of the clock). */
  produceDelayMs = 0;
  /** The most produce requests one broker held at once. */
  maxConcurrentProduce = 0;
  #producing = new Map<number, number>();
  #faults: Array<Fault & { times: number }> = [];
  #peers = new Map<number, Set<RpcPeer>>();
  #nextProducerId = 1000;
  #producerEpochs = new Map<number, number>();
  #nextTopicId = 1;

  private constructor(clock: SimulatedClock, brokerIds: number[]) {
    this.clock = clock;
    this.brokerIds = brokerIds;
    this.controllerId = brokerIds[0]!;
    this.groups = new FakeCoordinator(clock, brokerIds[0]!, (name) => {
      const topic = this.topics.get(name);
      return topic && { id: topic.id, partitions: topic.partitions.length };
    });
  }

  static async start(clock: SimulatedClock, network: MemoryNetwork, brokerIds = [1, 2, 3]): Promise<FakeCluster> {
    const cluster = new FakeCluster(clock, brokerIds);
    for (const id of brokerIds) {
      const router = new Router();
      serveBrokerApi(router, cluster.api(id));
      serveGroupApi(router, cluster.groups.api(id));
      cluster.#peers.set(id, new Set());
      await network.transport(address(id)).listen(address(id), (connection) => {
        const peer = new RpcPeer(connection, { clock, router });
        cluster.#peers.get(id)!.add(peer);
        peer.onClose(() => cluster.#peers.get(id)!.delete(peer));
      });
    }
    return cluster;
  }

  /** A topic whose partition p is led by brokerIds[p % n] unless `leaders` says otherwise. */
  createTopic(name: string, partitions: number, leaders?: number[]): void {
    const n = this.brokerIds.length;
    const list = Array.from({ length: partitions }, (_, p) => {
      const leader = leaders?.[p] ?? this.brokerIds[p % n]!;
      return new FakePartition(leader, [leader, ...this.brokerIds.filter((b) => b !== leader)]);
    });
    this.topics.set(name, { id: `topic-id-${this.#nextTopicId++}`, partitions: list, configs: {} });
  }

  partition(topic: string, partition: number): FakePartition {
    return this.topics.get(topic)!.partitions[partition]!;
  }

  /** Makes `to` the leader (epoch + 1); the old leader answers NOT_LEADER_OR_FOLLOWER from now on. */
  moveLeader(topic: string, partition: number, to: number): void {
    const p = this.partition(topic, partition);
    p.leader = to;
    p.leaderEpoch++;
  }

  fail(fault: Fault): void {
    this.#faults.push({ ...fault, times: fault.times ?? 1 });
  }

  /** Removes the faults that have not struck yet. */
  clearFaults(): void {
    this.#faults.length = 0;
  }

  /** The produce requests sent to the brokers (in arrival order). */
  produceRequests(): Recorded[] {
    return this.requests.filter((r) => r.api === 'produce');
  }

  /** The BrokerApi as broker `node` serves it. */
  api(node: number): BrokerApi {
    const take = (api: BrokerApiName, topic?: string, partition?: number, afterWrite = false) =>
      this.#take(node, api, (f) => f.drop !== 'before' && f.drop !== 'hang' && (f.afterWrite === true || f.drop === 'after') === afterWrite && (f.topic === undefined || f.topic === topic) && (f.partition === undefined || f.partition === partition));
    const isLeader = (topic: string, partition: number) => this.topics.get(topic)?.partitions[partition]?.leader === node;
    const locate = (topic: string, partition: number): number | FakePartition => {
      const p = this.topics.get(topic)?.partitions[partition];
      if (!p) return code('UNKNOWN_TOPIC_OR_PARTITION');
      if (!isLeader(topic, partition)) return code('NOT_LEADER_OR_FOLLOWER');
      return p;
    };
    const requestFault = async (api: BrokerApiName, request: unknown) => {
      this.requests.push({ node, api, request, at: this.clock.now() });
      const fault = this.#take(node, api, (f) => f.drop === 'before' || f.drop === 'hang');
      if (fault?.drop === 'before') await this.#drop(node);
      if (fault?.drop === 'hang') await new Promise<never>(() => {});
    };
    const controller = (api: BrokerApiName, name: string): number => take(api, name)?.errorCode ?? (node === this.controllerId ? 0 : code('NOT_CONTROLLER'));
    return {
      metadata: async (request) => {
        await requestFault('metadata', request);
        return this.#metadata(request.topics);
      },
      describeCluster: async (request) => {
        await requestFault('describeCluster', request);
        const { clusterId, controllerId, brokers } = this.#metadata([]);
        return { errorCode: 0, errorMessage: null, clusterId, controllerId, brokers };
      },
      produce: async (request) => {
        await requestFault('produce', request);
        if (this.produceDelayMs > 0) {
          const holding = (this.#producing.get(node) ?? 0) + 1;
          this.#producing.set(node, holding);
          this.maxConcurrentProduce = Math.max(this.maxConcurrentProduce, holding);
          await new Promise<void>((resolve) => this.clock.setTimer(this.produceDelayMs, resolve));
          this.#producing.set(node, this.#producing.get(node)! - 1);
        }
        if (![-1, 0, 1].includes(request.acks)) {
          return { topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partition: p.partition, errorCode: code('INVALID_REQUIRED_ACKS'), errorMessage: null, baseOffset: -1, logAppendTime: -1, logStartOffset: -1 })) })) };
        }
        let dropAfter = false;
        const topics = request.topics.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((data) => {
            const answer = (errorCode: number, baseOffset = -1, logStartOffset = -1) => ({ partition: data.partition, errorCode, errorMessage: null, baseOffset, logAppendTime: -1, logStartOffset });
            const before = take('produce', t.name, data.partition);
            if (before?.errorCode !== undefined) return answer(before.errorCode);
            const p = locate(t.name, data.partition);
            if (typeof p === 'number') return answer(p);
            const outcome = p.append(data.records);
            const after = take('produce', t.name, data.partition, true);
            if (after?.drop === 'after') dropAfter = true;
            if (after?.errorCode !== undefined) return answer(after.errorCode, -1, p.logStartOffset);
            return answer(outcome.errorCode, outcome.baseOffset, p.logStartOffset);
          }),
        }));
        if (dropAfter) await this.#drop(node);
        return { topics };
      },
      fetch: async (request) => {
        await requestFault('fetch', request);
        const answer = () =>
          request.topics.map((t) => ({
            name: t.name,
            partitions: t.partitions.map((f) => {
              const reply = (errorCode: number, p?: FakePartition, records: Uint8Array[] = []) => ({
                partition: f.partition,
                errorCode,
                highWatermark: p?.nextOffset ?? -1,
                lastStableOffset: p?.nextOffset ?? -1,
                logStartOffset: p?.logStartOffset ?? -1,
                records,
              });
              const injected = take('fetch', t.name, f.partition);
              if (injected?.errorCode !== undefined) return reply(injected.errorCode);
              const p = locate(t.name, f.partition);
              if (typeof p === 'number') return reply(p);
              if (f.currentLeaderEpoch >= 0 && f.currentLeaderEpoch < p.leaderEpoch) return reply(code('FENCED_LEADER_EPOCH'), p);
              if (f.currentLeaderEpoch > p.leaderEpoch) return reply(code('UNKNOWN_LEADER_EPOCH'), p);
              if (f.fetchOffset < p.logStartOffset || f.fetchOffset > p.nextOffset) return reply(code('OFFSET_OUT_OF_RANGE'), p);
              return reply(0, p, p.read(f.fetchOffset, f.partitionMaxBytes));
            }),
          }));
        let topics = answer();
        const bytes = topics.flatMap((t) => t.partitions).reduce((n, p) => n + p.records.reduce((m, r) => m + r.length, 0), 0);
        if (bytes < request.minBytes && request.maxWaitMs > 0) {
          const waits = request.topics.flatMap((t) => t.partitions.map((f) => this.topics.get(t.name)?.partitions[f.partition])).filter((p) => p !== undefined);
          await Promise.race(waits.map((p) => p.waitForAppend((ms, cb) => this.clock.setTimer(ms, cb), request.maxWaitMs)));
          topics = answer();
        }
        return { errorCode: 0, topics };
      },
      listOffsets: async (request) => {
        await requestFault('listOffsets', request);
        return {
          topics: request.topics.map((t) => ({
            name: t.name,
            partitions: t.partitions.map((q) => {
              const reply = (errorCode: number, offset = -1, timestamp = -1) => ({ partition: q.partition, errorCode, timestamp, offset, leaderEpoch: -1 });
              const injected = take('listOffsets', t.name, q.partition);
              if (injected?.errorCode !== undefined) return reply(injected.errorCode);
              const p = locate(t.name, q.partition);
              if (typeof p === 'number') return reply(p);
              if (q.timestamp === EARLIEST_TIMESTAMP) return reply(0, p.logStartOffset);
              if (q.timestamp === LATEST_TIMESTAMP) return reply(0, p.nextOffset);
              const found = p.offsetForTime(q.timestamp);
              return found ? reply(0, found.offset, found.timestamp) : reply(0);
            }),
          })),
        };
      },
      offsetForLeaderEpoch: async (request) => {
        await requestFault('offsetForLeaderEpoch', request);
        return {
          topics: request.topics.map((t) => ({
            name: t.name,
            partitions: t.partitions.map((q) => {
              const p = locate(t.name, q.partition);
              return typeof p === 'number'
                ? { partition: q.partition, errorCode: p, leaderEpoch: -1, endOffset: -1 }
                : { partition: q.partition, errorCode: 0, leaderEpoch: p.leaderEpoch, endOffset: p.nextOffset };
            }),
          })),
        };
      },
      deleteRecords: async (request) => {
        await requestFault('deleteRecords', request);
        return {
          topics: request.topics.map((t) => ({
            name: t.name,
            partitions: t.partitions.map((q) => {
              const injected = take('deleteRecords', t.name, q.partition);
              if (injected?.errorCode !== undefined) return { partition: q.partition, lowWatermark: -1, errorCode: injected.errorCode };
              const p = locate(t.name, q.partition);
              if (typeof p === 'number') return { partition: q.partition, lowWatermark: -1, errorCode: p };
              const offset = q.offset === -1 ? p.nextOffset : q.offset;
              if (offset < 0 || offset > p.nextOffset) return { partition: q.partition, lowWatermark: -1, errorCode: code('OFFSET_OUT_OF_RANGE') };
              p.deleteBefore(Math.max(offset, p.logStartOffset));
              return { partition: q.partition, lowWatermark: p.logStartOffset, errorCode: 0 };
            }),
          })),
        };
      },
      initProducerId: async (request) => {
        await requestFault('initProducerId', request);
        const injected = take('initProducerId');
        if (injected?.errorCode !== undefined) return { errorCode: injected.errorCode, producerId: -1, producerEpoch: -1 };
        if (request.producerId === -1) {
          const id = this.#nextProducerId++;
          this.#producerEpochs.set(id, 0);
          return { errorCode: 0, producerId: id, producerEpoch: 0 };
        }
        if (this.#producerEpochs.get(request.producerId) !== request.producerEpoch) return { errorCode: code('INVALID_PRODUCER_EPOCH'), producerId: -1, producerEpoch: -1 };
        const epoch = request.producerEpoch + 1;
        this.#producerEpochs.set(request.producerId, epoch);
        return { errorCode: 0, producerId: request.producerId, producerEpoch: epoch };
      },
      createTopics: async (request) => {
        await requestFault('createTopics', request);
        return {
          topics: request.topics.map((t) => {
            const reply = (errorCode: number, numPartitions = -1, replicationFactor = -1) => ({ name: t.name, topicId: this.topics.get(t.name)?.id ?? '', errorCode, errorMessage: null, numPartitions, replicationFactor });
            const refused = controller('createTopics', t.name);
            if (refused) return reply(refused);
            if (this.topics.has(t.name)) return reply(code('TOPIC_ALREADY_EXISTS'));
            const count = t.assignments.length > 0 ? t.assignments.length : t.numPartitions === -1 ? 1 : t.numPartitions;
            const factor = t.assignments.length > 0 ? t.assignments[0]!.brokerIds.length : t.replicationFactor === -1 ? 1 : t.replicationFactor;
            if (count < 1) return reply(code('INVALID_PARTITIONS'));
            if (factor < 1 || factor > this.brokerIds.length) return reply(code('INVALID_REPLICATION_FACTOR'));
            if (request.validateOnly) return reply(0, count, factor);
            this.createTopic(t.name, count, t.assignments.length > 0 ? t.assignments.map((a) => a.brokerIds[0]!) : undefined);
            for (const c of t.configs) if (c.value !== null) this.topics.get(t.name)!.configs[c.name] = c.value;
            return reply(0, count, factor);
          }),
        };
      },
      deleteTopics: async (request) => {
        await requestFault('deleteTopics', request);
        return {
          topics: request.topicNames.map((name) => {
            const errorCode = controller('deleteTopics', name) || (this.topics.has(name) ? 0 : code('UNKNOWN_TOPIC_OR_PARTITION'));
            const topicId = this.topics.get(name)?.id ?? '';
            if (errorCode === 0) this.topics.delete(name);
            return { name, topicId, errorCode, errorMessage: null };
          }),
        };
      },
      createPartitions: async (request) => {
        await requestFault('createPartitions', request);
        return {
          results: request.topics.map((t) => {
            const topic = this.topics.get(t.name);
            let errorCode = controller('createPartitions', t.name) || (topic ? 0 : code('UNKNOWN_TOPIC_OR_PARTITION'));
            if (!errorCode && t.count <= topic!.partitions.length) errorCode = code('INVALID_PARTITIONS');
            if (!errorCode && !request.validateOnly) {
              for (let p = topic!.partitions.length; p < t.count; p++) {
                const leader = t.assignments?.[p - (t.count - t.assignments.length)]?.[0] ?? this.brokerIds[p % this.brokerIds.length]!;
                topic!.partitions.push(new FakePartition(leader, [leader]));
              }
            }
            return { name: t.name, errorCode, errorMessage: null };
          }),
        };
      },
      describeConfigs: async (request) => {
        await requestFault('describeConfigs', request);
        return {
          results: request.resources.map((r) => {
            const topic = this.topics.get(r.resourceName);
            const errorCode = controller('describeConfigs', r.resourceName) || (topic ? 0 : code('UNKNOWN_TOPIC_OR_PARTITION'));
            const all = { ...DEFAULT_CONFIGS, ...topic?.configs };
            const names = r.configurationKeys ?? Object.keys(all);
            const configs = errorCode
              ? []
              : names
                  .filter((n) => n in all)
                  .map((name) => ({
                    name,
                    value: all[name]!,
                    readOnly: false,
                    configSource: name in topic!.configs ? CONFIG_SOURCE.DYNAMIC_TOPIC_CONFIG : CONFIG_SOURCE.DEFAULT_CONFIG,
                    isSensitive: false,
                    documentation: null,
                  }));
            return { resourceType: r.resourceType, resourceName: r.resourceName, errorCode, errorMessage: null, configs };
          }),
        };
      },
      alterConfigs: async (request) => {
        await requestFault('alterConfigs', request);
        return {
          responses: request.resources.map((r) => {
            const topic = this.topics.get(r.resourceName);
            const errorCode = controller('alterConfigs', r.resourceName) || (topic ? 0 : code('UNKNOWN_TOPIC_OR_PARTITION'));
            if (!errorCode && !request.validateOnly) topic!.configs = Object.fromEntries(r.configs.filter((c) => c.value !== null).map((c) => [c.name, c.value!]));
            return { resourceType: r.resourceType, resourceName: r.resourceName, errorCode, errorMessage: null };
          }),
        };
      },
      incrementalAlterConfigs: async (request) => {
        await requestFault('incrementalAlterConfigs', request);
        return { responses: request.resources.map((r) => ({ resourceType: r.resourceType, resourceName: r.resourceName, errorCode: code('UNSUPPORTED_VERSION'), errorMessage: null })) };
      },
    };
  }

  #metadata(topics: string[] | null): MetadataResponse {
    const brokers: BrokerEndpoint[] = this.brokerIds.map((id) => ({ nodeId: id, address: address(id), rack: null, listeners: {} }));
    const names = topics ?? [...this.topics.keys()];
    return {
      clusterId: 'fake-cluster',
      controllerId: this.controllerId,
      brokers,
      topics: names.map((name) => {
        const topic = this.topics.get(name);
        if (!topic) return { name, topicId: '', errorCode: code('UNKNOWN_TOPIC_OR_PARTITION'), isInternal: false, partitions: [] };
        return {
          name,
          topicId: topic.id,
          errorCode: 0,
          isInternal: false,
          partitions: topic.partitions.map((p, i) => ({
            partition: i,
            errorCode: p.leader < 0 ? code('LEADER_NOT_AVAILABLE') : 0,
            leader: p.leader,
            leaderEpoch: p.leaderEpoch,
            replicas: p.replicas,
            isr: p.replicas,
            offlineReplicas: [],
          })),
        };
      }),
    };
  }

  /** The first planted fault of `api` at `node` that `matches`, counted down. */
  #take(node: number, api: BrokerApiName, matches: (fault: Fault) => boolean): Fault | undefined {
    const i = this.#faults.findIndex((f) => f.api === api && (f.node === undefined || f.node === node) && matches(f));
    if (i < 0) return undefined;
    const fault = this.#faults[i]!;
    if (--fault.times === 0) this.#faults.splice(i, 1);
    return fault;
  }

  /** Closes the broker's connections (the answer in the making is lost). */
  async #drop(node: number): Promise<void> {
    for (const peer of this.#peers.get(node)!) peer.close();
    await new Promise<never>(() => {}); // never answers: the connection is gone
  }
}
