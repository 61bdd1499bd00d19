import type { ExecutionContext } from 'ava';
import { ConnectionLossError } from '../../../engine/errors/index.js';
import { Buffer } from 'node:buffer';
import { encodeRecordBatch, PartitionLog, RecordBatch, type LogConfig, type RecordInput } from '../../../engine/log/index.js';
import { Storage } from '../../../engine/storage/index.js';
import { SimulatedClock } from '../../../engine/time/index.js';
import type { FetchResponse, ProducePartitionResponse } from '../../../engine/broker/api/types.js';
import { resolveBrokerConfig, type BrokerConfig } from '../../../engine/broker/config.js';
import { topicPartitionKey, type PartitionState, type PartitionView } from '../../../engine/broker/metadata/types.js';
import { ReplicaManager, type IsrWriter, type LeaderLink, type LinkOptions } from '../../../engine/broker/replica/replica-manager.js';

/*
 * A cluster of ReplicaManagers on memory-level storage and one simulated clock, wired by
 * fakes: a Network whose LeaderLink calls the other managers directly (with optional latency,
 * and brokers that can be cut off), and a ZooKeeper stand-in (Zk) that holds each partition's
 * state znode with its version, does the IsrWriter's conditional writes, and delivers every
 * new state to the replicas' managers as a watch would. `controller` plays the controller:
 * it creates partitions and elects leaders (bumping the leader epoch).
 */

export const TS = 1_700_000_000_000;
export const TOPIC = 't';
export const TOPIC_ID = 'topic-id-0000000000001';

export interface Logged {
  broker: number;
  level: 'warn' | 'info';
  msg: string;
  fields: object | undefined;
}

export interface ClusterOptions {
  brokers?: number;
  config?: Partial<BrokerConfig>;
  log?: Partial<LogConfig>;
  minInsyncReplicas?: number;
  latencyMs?: number;
}

const DEFAULT_CONFIG: Partial<BrokerConfig> = {
  replicaLagTimeMs: 1000,
  replicaFetchWaitMaxMs: 100,
  replicaFetchBackoffMs: 50,
};

const DEFAULT_LOG: Partial<LogConfig> = { retentionCheckIntervalMs: 0, fsync: 'never' };

class Network {
  managers = new Map<number, ReplicaManager>();
  /** Brokers that can neither reach nor be reached. */
  down = new Set<number>();
  latencyMs = 0;
  calls = 0;

  constructor(readonly clock: SimulatedClock) {}

  linkFor(from: number): LeaderLink {
    return {
      fetch: (to, request, options) => this.#call(from, to, options, (m) => m.fetch(request, { signal: options?.signal })),
      offsetForLeaderEpoch: (to, request, options) => this.#call(from, to, options, (m) => m.offsetForLeaderEpoch(request)),
    };
  }

  async #call<T>(from: number, to: number, options: LinkOptions | undefined, call: (m: ReplicaManager) => Promise<T>): Promise<T> {
    this.calls++;
    await this.#delay(options?.signal);
    const target = this.managers.get(to);
    if (!target || this.down.has(from) || this.down.has(to)) throw new ConnectionLossError(`Broker ${to} cannot be reached from ${from}`);
    const result = await call(target);
    await this.#delay(options?.signal);
    if (this.down.has(from) || this.down.has(to)) throw new ConnectionLossError(`The answer from ${to} did not reach ${from}`);
    return result;
  }

  #delay(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new ConnectionLossError('aborted'));
      if (this.latencyMs <= 0) return resolve();
      const onAbort = (): void => {
        this.clock.cancel(timer);
        reject(new ConnectionLossError('aborted'));
      };
      const timer = this.clock.setTimer(this.latencyMs, () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

interface Znode {
  state: PartitionState;
  zkVersion: number;
  replicas: number[];
  topicId: string;
}

/** The coordination service's partition state znodes, and the watches that tell the managers. */
class Zk implements IsrWriter {
  znodes = new Map<string, Znode>();
  writes: Array<{ topic: string; partition: number; isr: number[]; result: 'conflict' | number }> = [];
  /**
   * Makes the next IsrWriter write find the znode changed: someone else wrote it (its version
   * moves on; the test delivers the new state, as the watch would, with controller.tell).
   */
  conflictNext = false;
  /** Called at each IsrWriter write, before it is applied. */
  onWrite: ((state: PartitionState) => void) | undefined;

  constructor(readonly deliver: (view: PartitionView, topicId: string) => Promise<void>) {}

  view(topic: string, partition: number): PartitionView {
    const z = this.znodes.get(topicPartitionKey(topic, partition))!;
    return { ...z.state, isr: [...z.state.isr], topic, partition, replicas: [...z.replicas], zkVersion: z.zkVersion, mzxid: z.zkVersion };
  }

  async writePartitionState(topic: string, partition: number, state: PartitionState, expectedZkVersion: number): Promise<{ zkVersion: number } | 'conflict'> {
    this.onWrite?.(state);
    const z = this.znodes.get(topicPartitionKey(topic, partition));
    if (!z || z.zkVersion !== expectedZkVersion || this.conflictNext) {
      if (z && this.conflictNext) z.zkVersion++;
      this.conflictNext = false;
      this.writes.push({ topic, partition, isr: state.isr, result: 'conflict' });
      return 'conflict';
    }
    z.state = { ...state, isr: [...state.isr] };
    z.zkVersion++;
    this.writes.push({ topic, partition, isr: state.isr, result: z.zkVersion });
    void Promise.resolve().then(() => this.deliver(this.view(topic, partition), z.topicId));
    return { zkVersion: z.zkVersion };
  }
}

export type Cluster = Awaited<ReturnType<typeof cluster>>;

/** Brokers 1..n, each a ReplicaManager; closed when the test ends. */
export async function cluster(t: ExecutionContext, options: ClusterOptions = {}) {
  const clock = new SimulatedClock(TS);
  const ids = Array.from({ length: options.brokers ?? 3 }, (_, i) => i + 1);
  const network = new Network(clock);
  network.latencyMs = options.latencyMs ?? 0;
  const storages = new Map<number, Storage>();
  const logs: Logged[] = [];
  const logSettings = { ...DEFAULT_LOG, ...options.log };
  let minInsyncReplicas = options.minInsyncReplicas ?? 1;
  /** Brokers whose managers do not get the controller's decisions (crashed, or cut off). */
  const deaf = new Set<number>();
  /** Brokers the managers hold to be not registered (dead, for the cluster). */
  const unregistered = new Set<number>();

  const deliver = async (view: PartitionView, topicId: string, to: readonly number[] = ids): Promise<void> => {
    await Promise.all(
      to.filter((id) => !deaf.has(id) && network.managers.has(id)).map((id) => network.managers.get(id)!.applyPartitionState(view, topicId).catch(() => undefined)),
    );
  };
  const zk = new Zk(deliver);

  async function start(id: number): Promise<ReplicaManager> {
    let storage = storages.get(id);
    if (!storage) storages.set(id, (storage = await Storage.open()));
    const config = resolveBrokerConfig({ brokerId: id, ...DEFAULT_CONFIG, ...options.config });
    const manager = await ReplicaManager.open({
      config,
      storage,
      clock,
      link: network.linkFor(id),
      isr: zk,
      topicSettings: () => ({ log: logSettings, minInsyncReplicas }),
      brokerAlive: (broker) => !unregistered.has(broker),
      logger: {
        warn: (msg, fields) => logs.push({ broker: id, level: 'warn', msg, fields }),
        info: (msg, fields) => logs.push({ broker: id, level: 'info', msg, fields }),
      },
    });
    network.managers.set(id, manager);
    deaf.delete(id);
    return manager;
  }

  async function stop(id: number): Promise<void> {
    const manager = network.managers.get(id);
    network.managers.delete(id);
    deaf.add(id);
    await manager?.close();
  }

  for (const id of ids) await start(id);

  t.teardown(async () => {
    for (const id of ids) await stop(id);
    for (const storage of storages.values()) await storage.close();
  });

  const m = (id: number): ReplicaManager => {
    const manager = network.managers.get(id);
    if (!manager) throw new Error(`Broker ${id} is not running`);
    return manager;
  };

  const controller = {
    /** Creates the partition's state znode (epoch 0, ISR = replicas) and tells the replicas. */
    async create(partition: number, replicas: number[], topic = TOPIC, topicId = TOPIC_ID): Promise<void> {
      const state: PartitionState = { version: 1, leader: replicas[0]!, leaderEpoch: 0, isr: [...replicas], controllerEpoch: 1, leaderBrokerEpoch: 1 };
      zk.znodes.set(topicPartitionKey(topic, partition), { state, zkVersion: 0, replicas: [...replicas], topicId });
      await deliver(zk.view(topic, partition), topicId);
    },
    /**
     * Makes `leader` the leader (epoch + 1) with `isr` (default: unchanged), and tells the
     * replicas that listen (or only those in `to`).
     */
    async elect(partition: number, leader: number, isr?: number[], to?: number[], topic = TOPIC): Promise<PartitionView> {
      const z = zk.znodes.get(topicPartitionKey(topic, partition))!;
      z.state = { ...z.state, leader, leaderEpoch: z.state.leaderEpoch + 1, isr: isr ?? z.state.isr };
      z.zkVersion++;
      const view = zk.view(topic, partition);
      await deliver(view, z.topicId, to);
      return view;
    },
    /** Tells broker `id` the partition's current state (as its watch would on reconnecting). */
    async tell(id: number, partition = 0, topic = TOPIC): Promise<void> {
      const z = zk.znodes.get(topicPartitionKey(topic, partition))!;
      await deliver(zk.view(topic, partition), z.topicId, [id]);
    },
  };

  return {
    clock,
    network,
    zk,
    storages,
    logs,
    controller,
    ids,
    m,
    start,
    stop,
    unregistered,
    /** Cuts a broker off: no RPC in or out, and it hears no decisions (its session is gone). */
    isolate(id: number): void {
      network.down.add(id);
      deaf.add(id);
    },
    /** Undoes isolate (it hears decisions again from the next one on). */
    heal(id: number): void {
      network.down.delete(id);
      deaf.delete(id);
    },
    setMinInsyncReplicas(n: number): void {
      minInsyncReplicas = n;
    },
    status: (id: number, partition = 0, topic = TOPIC) => m(id).status(topic, partition),
    /** Runs simulated time until `condition` holds (at most `limitMs` of it). */
    until: (condition: () => boolean, limitMs = 30_000) => clock.runUntilTrue(condition, limitMs),
    settle: <T>(promise: Promise<T>, limitMs = 60_000) => clock.runUntilSettled(promise, limitMs),
    async produce(leader: number, records: Uint8Array, options: { acks?: -1 | 0 | 1; timeoutMs?: number; partition?: number; topic?: string } = {}): Promise<ProducePartitionResponse> {
      const response = await clock.runUntilSettled(
        m(leader).produce({
          acks: options.acks ?? -1,
          timeoutMs: options.timeoutMs ?? 5000,
          transactionalId: null,
          topics: [{ name: options.topic ?? TOPIC, partitions: [{ partition: options.partition ?? 0, records }] }],
        }),
        60_000,
      );
      return response.topics[0]!.partitions[0]!;
    },
    /** A consumer's (or with `replicaId`, a replica's) fetch of one partition. */
    fetchRequest(fetchOffset: number, options: { replicaId?: number; maxWaitMs?: number; minBytes?: number; partition?: number; currentLeaderEpoch?: number; partitionMaxBytes?: number; maxBytes?: number } = {}) {
      return {
        replicaId: options.replicaId ?? -1,
        maxWaitMs: options.maxWaitMs ?? 0,
        minBytes: options.minBytes ?? 1,
        maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
        isolationLevel: 0 as const,
        topics: [
          {
            name: TOPIC,
            partitions: [
              {
                partition: options.partition ?? 0,
                currentLeaderEpoch: options.currentLeaderEpoch ?? -1,
                fetchOffset,
                logStartOffset: -1,
                partitionMaxBytes: options.partitionMaxBytes ?? 1024 * 1024,
              },
            ],
          },
        ],
      };
    },
    /** Opens every running broker's log of the partition straight from its storage (the managers must be closed). */
    async openLogs(partition = 0, topicId = TOPIC_ID): Promise<Map<number, PartitionLog>> {
      const out = new Map<number, PartitionLog>();
      for (const [id, storage] of storages) {
        const log = await PartitionLog.open({ storage, clock, path: ['partitions', topicId, String(partition)], retentionCheckIntervalMs: 0 });
        t.teardown(() => log.close());
        out.set(id, log);
      }
      return out;
    },
  };
}

/** A batch of `count` records with values "<prefix>-<i>", stamped with the clock's time. */
export function batch(count: number, prefix: string, options: { producerId?: number; producerEpoch?: number; baseSequence?: number; timestamp?: number; key?: boolean } = {}): Uint8Array {
  const records: RecordInput[] = [];
  for (let i = 0; i < count; i++) records.push({ key: options.key === false ? null : `k${i}`, value: `${prefix}-${i}` });
  return encodeRecordBatch(records, {
    timestamp: options.timestamp ?? TS,
    producerId: options.producerId,
    producerEpoch: options.producerEpoch,
    baseSequence: options.baseSequence,
  });
}

const text = new TextDecoder();

/** The records of a fetch answer's first partition, as [offset, value]. */
export function recordsOf(response: FetchResponse): Array<[number, string]> {
  return valuesOf(response.topics[0]!.partitions[0]!.records);
}

export function valuesOf(batches: ReadonlyArray<Uint8Array | RecordBatch>): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const b of batches) {
    const rb = b instanceof Uint8Array ? new RecordBatch(b) : b;
    for (const r of rb.records()) out.push([r.offset, r.value ? text.decode(r.value) : '']);
  }
  return out;
}

export const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
