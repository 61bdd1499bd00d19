import type { ExecutionContext } from 'ava';
import type { Keeper } from '../../../engine/coordination/client.js';
import { resolveBrokerConfig, type BrokerConfig } from '../../../engine/broker/config.js';
import { Controller } from '../../../engine/broker/controller/controller.js';
import { ProducerIdManager } from '../../../engine/broker/controller/producer-ids.js';
import { MetadataCache } from '../../../engine/broker/metadata/cache.js';
import { BrokerRegistrar } from '../../../engine/broker/metadata/registration.js';
import { BrokerSession } from '../../../engine/broker/metadata/session.js';
import { PATHS, topicPartitionKey, type PartitionView } from '../../../engine/broker/metadata/types.js';
import type { CreatableTopic } from '../../../engine/broker/api/types.js';
import { Random } from '../../../engine/time/random.js';
import { ensemble } from '../../coordination/ensemble.js';

/*
 * Brokers' control planes (session, registration, metadata cache, controller, producer ids)
 * on the simulated ensemble of test/coordination/ensemble.ts: every broker's Keeper is on
 * its own network node (`broker-<id>-<n>`, a new n for each session), so cutting that node
 * off kills the broker as the cluster sees it (its session expires), and healing lets it
 * find its session expired and come back on a new one (BrokerSession's `reconnect`).
 * Each test's seed is its title; CONTROL_SEED=<text> varies them all, to explore other
 * schedules.
 */

export const SESSION_TIMEOUT_MS = 1000;

export interface TestBroker {
  id: number;
  session: BrokerSession;
  registrar: BrokerRegistrar;
  cache: MetadataCache;
  controller: Controller;
  producerIds: ProducerIdManager;
  config: BrokerConfig;
  /** The network node of its current session. */
  node(): string;
  warnings: string[];
}

export interface ClusterOptions {
  brokers?: number;
  seed?: string;
  config?: Partial<BrokerConfig>;
}

export async function brokerCluster(t: ExecutionContext, options: ClusterOptions = {}) {
  const seed = `${options.seed ?? t.title}${process.env.CONTROL_SEED ?? ''}`;
  const e = await ensemble(t, { seed });
  const brokers = new Map<number, TestBroker>();
  const nodes = new Map<Keeper, string>();
  let sessions = 0;

  const connect = async (id: number): Promise<Keeper> => {
    const node = `broker-${id}-${++sessions}`;
    const keeper = await e.connect({ node, sessionTimeoutMs: SESSION_TIMEOUT_MS });
    nodes.set(keeper, node);
    return keeper;
  };

  const startBroker = async (id: number): Promise<TestBroker> => {
    const warnings: string[] = [];
    const logger = { warn: (message: string, details?: Record<string, unknown>) => void warnings.push(details ? `${message} ${JSON.stringify(details)}` : message), info: () => {} };
    const config = resolveBrokerConfig({ ...options.config, brokerId: id });
    const random = new Random(`${seed}:${id}`);
    const session = new BrokerSession(await connect(id), { reconnect: () => connect(id), logger });
    const registrar = new BrokerRegistrar({ session, brokerId: id, address: `broker://${id}`, random: random.fork('cluster-id'), logger });
    const cache = new MetadataCache({ session, logger });
    const controller = new Controller({ session, cache, config, random: random.fork('controller'), logger });
    const producerIds = new ProducerIdManager({ session, brokerId: id, blockSize: config.producerIdBlockSize });
    await e.settle(cache.start());
    await e.settle(registrar.start());
    controller.start();
    const broker: TestBroker = { id, session, registrar, cache, controller, producerIds, config, node: () => nodes.get(session.keeper)!, warnings };
    brokers.set(id, broker);
    return broker;
  };

  for (let id = 1; id <= (options.brokers ?? 3); id++) await startBroker(id);
  const admin = await e.connect({ node: 'admin', sessionTimeoutMs: 5000 });
  const cut = new Set<string>();

  const cluster = {
    e,
    brokers,
    admin,
    startBroker,
    broker: (id: number) => brokers.get(id)!,
    active: () => [...brokers.values()].filter((b) => b.controller.isActive),
    /** Runs until one controller is active and every live broker's cache names it; returns it. */
    async controller(limitMs = 10_000): Promise<TestBroker> {
      await e.runUntil(() => {
        const active = cluster.active();
        return active.length === 1 && cluster.alive().every((b) => b.cache.view.controllerId === active[0]!.id);
      }, limitMs, 'one active controller known to every broker');
      return cluster.active()[0]!;
    },
    /** Brokers neither cut off nor closed. */
    alive: () => [...brokers.values()].filter((b) => !cut.has(b.node()) && b.session.keeper.state !== 'closed'),
    /** Cuts a broker off the ensemble: its session expires after the timeout. */
    kill(id: number): void {
      const node = cluster.broker(id).node();
      cut.add(node);
      e.network.partition([node], e.ids);
    },
    /** Heals the network: a killed broker finds its session expired and comes back on a new one. */
    heal(): void {
      cut.clear();
      e.network.heal();
    },
    /** Waits until every live broker's cache has seen everything up to now. */
    async synced(): Promise<void> {
      await e.settle(admin.sync('/'));
      const zxid = admin.lastZxid;
      for (const b of cluster.alive()) await e.settle(b.cache.waitForZxid(zxid));
    },
    /** A topic as CreateTopics takes it. */
    topic(name: string, numPartitions: number, replicationFactor: number, configs: Record<string, string> = {}): CreatableTopic {
      return { name, numPartitions, replicationFactor, assignments: [], configs: Object.entries(configs).map(([n, value]) => ({ name: n, value })) };
    },
    partition(b: TestBroker, topic: string, partition: number): PartitionView | undefined {
      return b.cache.view.partitions.get(topicPartitionKey(topic, partition));
    },
    /** The znodes under a path, all levels (a fingerprint of what a refused request must not change). */
    async count(path: string): Promise<number> {
      return (await e.settle(admin.exists(path))) ? e.settle(admin.getAllChildrenNumber(path)) : -1;
    },
  };
  await cluster.controller();
  return cluster;
}

export type BrokerCluster = Awaited<ReturnType<typeof brokerCluster>>;

export const json = (data: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(data));
export const bytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
export { PATHS };
