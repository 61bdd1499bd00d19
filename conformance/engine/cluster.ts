import type { ExecutionContext } from 'ava';
import { MemoryLevel } from 'memory-level';
import { createBrokerClient, type BrokerClient } from '../../engine/broker/client/index.js';
import type { BrokerConfig } from '../../engine/broker/config.js';
import { BrokerService } from '../../engine/broker/service.js';
import { Keeper, type KeeperOptions } from '../../engine/coordination/client.js';
import { CoordinationService } from '../../engine/coordination/service.js';
import { Member } from '../../engine/server/index.js';
import { Storage } from '../../engine/storage/index.js';
import type { Transport } from '../../transports/transport.js';
import { World } from '../helpers.js';
import type { ConformanceOptions } from '../options.js';
import { Pace } from './pace.js';

/*
 * How this works. An engine world is a logkeeper cluster built on one adapter's fixture, as
 * `logkeeper start` builds it: each member a Member on a transport of the fixture, running the
 * coordination service (a Raft voter and its KeeperServer) and, when asked, a broker; each
 * client (Keeper, producer, consumer, admin) on a transport of its own from the fixture. So
 * every byte between members, and between clients and members, goes through the adapter.
 *
 * A member's address is learnt before it starts (the ensemble's configuration names every
 * voter's address): a listener on the fixture's `listenAddress()` tells it, and is closed
 * again for the member to listen there. Each member keeps its database across a restart.
 * The world is torn down with the test; `pace` is its time (pace.ts).
 */

export interface ClusterShape {
  /** The ensemble's voters. */
  members: number;
  /** Every member is also a broker. */
  brokers?: boolean;
  /** Broker settings beyond the world's defaults. */
  broker?: Partial<BrokerConfig>;
}

/** One member of the world: what survives its restarts, and what it runs now. */
export interface MemberSlot {
  readonly id: string;
  readonly address: string;
  readonly db: MemoryLevel<Uint8Array, Uint8Array>;
  transport: Transport;
  member: Member | null;
  coordination: CoordinationService | null;
  broker: BrokerService | null;
}

export class EngineCluster {
  readonly world: World;
  readonly pace: Pace;
  readonly slots = new Map<string, MemberSlot>();
  readonly #shape: ClusterShape;
  readonly #closers: Array<() => Promise<unknown>> = [];
  #clients = 0;

  private constructor(world: World, pace: Pace, shape: ClusterShape) {
    this.world = world;
    this.pace = pace;
    this.#shape = shape;
  }

  /** Starts a cluster of `shape` on a fresh world of the adapter, torn down with the test. */
  static async start(t: ExecutionContext, options: ConformanceOptions, shape: ClusterShape): Promise<EngineCluster> {
    const timeoutMs = options.timing?.timeoutMs ?? 10_000;
    const pace = Pace.for(options.supports.simulatedTime, timeoutMs);
    const world = await World.create(t, options, pace.simulated ? { clock: pace.simulated } : {});
    const cluster = new EngineCluster(world, pace, shape);
    // Registered after the world's teardown, so it runs first (ava runs teardowns last in, first out).
    t.teardown(() => cluster.#close());
    const ids = Array.from({ length: shape.members }, (_, i) => String(i + 1));
    for (const id of ids) {
      const transport = await world.transport();
      const reserved = await pace.settle(transport.listen(world.fixture.listenAddress(), (c) => c.close()), `an address for member ${id}`);
      await pace.settle(reserved.close(), `member ${id}'s address to be free again`);
      const db = new MemoryLevel<Uint8Array, Uint8Array>({ keyEncoding: 'view', valueEncoding: 'view' });
      cluster.slots.set(id, { id, address: reserved.address, db, transport, member: null, coordination: null, broker: null });
    }
    await pace.settle(Promise.all(ids.map((id) => cluster.#run(cluster.slot(id)))), `${ids.length} members to start`);
    return cluster;
  }

  get ids(): string[] {
    return [...this.slots.keys()];
  }

  get addresses(): string[] {
    return [...this.slots.values()].map((s) => s.address);
  }

  /** Members running now. */
  get live(): MemberSlot[] {
    return [...this.slots.values()].filter((s) => s.member !== null);
  }

  slot(id: string): MemberSlot {
    const slot = this.slots.get(id);
    if (!slot) throw new Error(`No member ${id} in this world`);
    return slot;
  }

  /** The member at `address`. */
  at(address: string | null): MemberSlot | undefined {
    return [...this.slots.values()].find((s) => s.address === address);
  }

  /** Live members that are Raft leaders now. */
  leaders(): MemberSlot[] {
    return this.live.filter((s) => s.coordination!.isLeader);
  }

  /** Live brokers whose controller is active now. */
  controllers(): MemberSlot[] {
    return this.live.filter((s) => s.broker?.node.controller.isActive);
  }

  /** Whether the live members agree on one leader (and, with brokers, all joined under one controller). */
  settled(): boolean {
    const leaders = this.leaders();
    if (leaders.length !== 1) return false;
    const leader = leaders[0]!.id;
    if (!this.live.every((s) => s.coordination!.node.leader?.id === leader)) return false;
    if (!this.#shape.brokers) return true;
    return this.live.every((s) => s.broker!.node.joined) && this.controllers().length === 1;
  }

  /** Waits until `settled()`. */
  ready(what = 'one leader known to every live member (and, with brokers, every broker joined under one controller)'): Promise<void> {
    return this.pace.until(() => this.settled(), what);
  }

  /** Stops member `id` (planned: it hands over what it leads; else it just stops). */
  async stop(id: string, planned = false): Promise<void> {
    const slot = this.slot(id);
    const member = slot.member;
    slot.member = null;
    await this.pace.settle(planned ? member!.shutdown() : member!.close(), `member ${id} to stop`);
  }

  /** Starts member `id` again, at its address, on its database and the fixture's restarted transport. */
  async restart(id: string): Promise<void> {
    const slot = this.slot(id);
    await slot.transport.close();
    slot.transport = await this.world.restart(slot.transport);
    await this.pace.settle(this.#run(slot), `member ${id} to start again`);
  }

  /** A Keeper on a transport of its own, to the members `ids` (default: all), connected. */
  async keeper(ids: string[] = this.ids, options: Partial<KeeperOptions> = {}): Promise<{ keeper: Keeper; transport: Transport }> {
    const transport = await this.world.transport();
    const keeper = new Keeper({
      transport,
      servers: ids.map((id) => this.slot(id).address),
      clock: this.pace.clock,
      random: `keeper-${++this.#clients}`,
      sessionTimeoutMs: this.pace.ms(1000),
      requestTimeoutMs: this.pace.ms(5000),
      ...options,
    });
    this.#closers.push(() => keeper.close({ timeoutMs: 1 }));
    await this.pace.settle(keeper.connected(), 'a Keeper session');
    return { keeper, transport };
  }

  /** A broker client on a transport of its own, bootstrapping from the members `ids` (default: all). */
  async brokerClient(ids: string[] = this.ids): Promise<{ client: BrokerClient; transport: Transport }> {
    const transport = await this.world.transport();
    const client = createBrokerClient({
      brokers: ids.map((id) => this.slot(id).address),
      transport,
      clock: this.pace.clock,
      random: `client-${++this.#clients}`,
      requestTimeoutMs: this.pace.ms(5000),
      retry: { retries: 8, initialRetryTimeMs: this.pace.ms(50), maxRetryTimeMs: this.pace.ms(1000) },
    });
    this.#closers.push(() => client.close());
    return { client, transport };
  }

  async #run(slot: MemberSlot): Promise<void> {
    const { pace } = this;
    const peers = [...this.slots.values()].map((s) => ({ id: s.id, address: s.address }));
    const coordination = new CoordinationService({
      peers,
      seed: slot.id,
      raft: { tickMs: pace.ms(25), electionTicks: 10 },
      server: { tickMs: pace.ms(100) },
    });
    const broker = this.#shape.brokers
      ? new BrokerService({
        ensemble: this.addresses,
        sessionTimeoutMs: pace.ms(1500),
        seed: slot.id,
        requestTimeoutMs: pace.ms(5000),
        config: {
          replicaLagTimeMs: pace.ms(2000),
          replicaFetchWaitMaxMs: pace.ms(100),
          replicaFetchBackoffMs: pace.ms(100),
          offsetsTopicPartitions: 2,
          offsetsTopicReplicationFactor: Math.min(3, this.#shape.members),
          groupInitialRebalanceDelayMs: 0,
          groupMinSessionTimeoutMs: pace.ms(500),
          groupConsumerHeartbeatIntervalMs: pace.ms(200),
          groupConsumerSessionTimeoutMs: pace.ms(1500),
          ...this.#shape.broker,
        },
      })
      : null;
    const storage = await Storage.open({ db: slot.db });
    slot.member = await Member.start({
      id: slot.id,
      address: slot.address,
      transport: slot.transport,
      storage,
      clock: pace.clock,
      services: broker ? [coordination, broker] : [coordination],
    });
    slot.coordination = coordination;
    slot.broker = broker;
  }

  async #close(): Promise<void> {
    const closing = (async () => {
      for (const close of this.#closers.splice(0)) await close().catch(() => {});
      await Promise.all(this.live.map((s) => s.member!.close().catch(() => {})));
    })();
    await this.pace.settle(closing, 'the world to close').catch(() => {});
  }
}
