import type { ExecutionContext } from 'ava';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { CoordinationService } from '../../engine/coordination/service.js';
import { Member } from '../../engine/server/index.js';
import { CrashableLevel } from '../../engine/storage/crashable-level.js';
import { Storage } from '../../engine/storage/index.js';
import { Random, SimulatedClock } from '../../engine/time/index.js';
import { RpcPeer } from '../../engine/rpc/index.js';
import { BrokerApiClient } from '../../engine/broker/api/client.js';
import { BrokerService } from '../../engine/broker/service.js';
import type { BrokerConfig } from '../../engine/broker/config.js';

/*
 * A whole cluster in one process on simulated time: N members over the memory adapter, each
 * an ensemble voter and a broker (the default of `logkeeper start`), each on a database that
 * can lose power (CrashableLevel). Everything waits on the one SimulatedClock: `settle(p)`
 * runs it until `p` settles.
 */

export interface ClusterOptions {
  members?: number;
  seed?: string | number;
  sessionTimeoutMs?: number;
  broker?: Partial<BrokerConfig>;
  /** The memory transports' largest frame (brokers'; clients choose their own); default the adapter's (16 MiB). */
  maxFrameBytes?: number;
}

export async function brokerCluster(t: ExecutionContext, options: ClusterOptions = {}) {
  const seed = options.seed ?? 1;
  // A fraction of a millisecond, as a real clock reads: timestamps written anywhere must be whole.
  const clock = new SimulatedClock(1_700_000_000_000.375);
  const random = new Random(`cluster:${seed}`);
  const network = new MemoryNetwork({ clock, random: random.fork('network'), link: { latencyMs: 1 } });
  const ids = Array.from({ length: options.members ?? 3 }, (_, i) => String(i + 1));
  const peers = ids.map((id) => ({ id, address: `mem://${id}` }));
  const disks = new Map(ids.map((id) => [id, new CrashableLevel()]));
  const members = new Map<string, Member>();
  const brokers = new Map<string, BrokerService>();
  const settle = <T>(promise: Promise<T>, limitMs = 60_000) => clock.runUntilSettled(promise, limitMs);

  const start = async (id: string) => {
    const coordination = new CoordinationService({ peers, seed: `${seed}:${id}`, secretSeed: `${seed}:${id}`, raft: { tickMs: 10, electionTicks: 10 }, server: { tickMs: 100 } });
    const broker = new BrokerService({
      ensemble: peers.map((p) => p.address),
      sessionTimeoutMs: options.sessionTimeoutMs ?? 1000,
      seed: `${seed}:${id}`,
      config: { replicaLagTimeMs: 2000, replicaFetchWaitMaxMs: 100, replicaFetchBackoffMs: 100, ...options.broker },
    });
    const storage = await Storage.open({ db: disks.get(id)! });
    const member = await Member.start({ id, address: `mem://${id}`, transport: network.transport(id, { maxFrameBytes: options.maxFrameBytes }), storage, clock, services: [coordination, broker] });
    members.set(id, member);
    brokers.set(id, broker);
    return member;
  };
  await settle(Promise.all(ids.map(start)));
  t.teardown(async () => {
    await settle(Promise.all([...members.values()].map((m) => m.close())), 120_000).catch(() => {});
  });

  const api = {
    clock,
    network,
    ids,
    members,
    brokers,
    settle,
    /** Waits until every broker has joined and one controller is active. */
    async ready(limitMs = 30_000): Promise<void> {
      await clock.runUntilTrue(() => [...brokers.values()].every((b) => b.node.joined) && [...brokers.values()].some((b) => b.node.controller.isActive), limitMs);
    },
    /** An RPC client of one broker's API. */
    async client(id: string, name = `client-${id}`): Promise<BrokerApiClient> {
      const connection = await settle(network.transport(name).connect(`mem://${id}`));
      const peer = new RpcPeer(connection, { clock, requestTimeoutMs: 30_000 });
      t.teardown(() => peer.close());
      return new BrokerApiClient(peer);
    },
    controller(): BrokerService | undefined {
      return [...brokers.values()].find((b) => b.node.controller.isActive);
    },
  };
  return api;
}
