import type { ExecutionContext } from 'ava';
import { SimCluster, type SimClusterOptions } from '../../engine/consensus/sim/cluster.js';
import type { Clock, Timer } from '../../engine/time/index.js';
import { Keeper, type KeeperOptions } from '../../engine/coordination/client.js';
import { KeeperServer, type KeeperServerOptions } from '../../engine/coordination/server.js';
import { RaftReplicator } from '../../engine/consensus/replicator.js';

export interface EnsembleOptions {
  nodes?: number;
  seed?: number | string;
  /** KeeperServer options (tickMs default 100: session timeouts within [200, 2000] ms). */
  server?: KeeperServerOptions;
  /** SimCluster options (Raft: 10 ms ticks, elections after 100–200 ms; 1–2 ms links). */
  cluster?: Partial<SimClusterOptions>;
}

/**
 * An ensemble of KeeperServers on real Raft (engine/consensus), every member on one
 * SimulatedClock over the memory adapter, through the consensus simulator (which checks the
 * Raft invariants after every step). Clients reach server `n1` at `keeper://n1`. A crash
 * kills the Raft member and the KeeperServer with it (same network node); a restart brings
 * both back from the member's storage.
 */
export async function ensemble(t: ExecutionContext, options: EnsembleOptions = {}) {
  const e = await createEnsemble(options);
  t.teardown(() => e.close());
  return e;
}

export type Ensemble = Awaited<ReturnType<typeof createEnsemble>>;

export async function createEnsemble(options: EnsembleOptions = {}) {
  const servers = new Map<string, KeeperServer>();
  let cluster: SimCluster | undefined;
  // The cluster makes its clock; servers made during its creation reach it through this.
  const clock: Clock = {
    now: () => cluster!.clock.now(),
    setTimer: (delayMs: number, callback: () => void): Timer => cluster!.clock.setTimer(delayMs, callback),
    cancel: (timer: Timer) => cluster!.clock.cancel(timer),
  };
  let generation = 0;
  cluster = await SimCluster.create({
    seed: options.seed ?? 1,
    nodes: options.nodes ?? 3,
    createStateMachine: (id) => {
      void servers.get(id)?.close();
      const server = new KeeperServer({ id, clock, tickMs: 100, random: `${String(options.seed ?? 1)}:${id}:${generation++}`, ...options.server });
      servers.set(id, server);
      return server.stateMachine;
    },
    ...options.cluster,
  });
  const c = cluster;
  const ids = [...c.members.keys()];
  const addresses = ids.map((id) => `keeper://${id}`);

  const attach = async (id: string) => {
    const server = servers.get(id)!;
    server.attach(new RaftReplicator(c.member(id).node!));
    await server.listen(c.network.transport(id), `keeper://${id}`);
  };
  for (const id of ids) await attach(id);

  let clients = 0;
  const keepers: Keeper[] = [];
  const api = {
    async close(): Promise<void> {
      for (const keeper of keepers) void keeper.close({ timeoutMs: 1 }).catch(() => {});
      // Closing may wait on simulated time (a Raft member's connect in flight across a
      // partition ends only when its timeout fires): keep the clock running meanwhile.
      const closing = (async () => {
        for (const server of servers.values()) await server.close();
        await c.close();
      })();
      await c.settle(closing, 60_000).catch(() => {});
    },
    cluster: c,
    clock: c.clock,
    network: c.network,
    ids,
    addresses,
    server: (id: string) => servers.get(id)!,
    settle: <T>(promise: Promise<T>, limitMs = 60_000) => c.settle(promise, limitMs),
    runUntil: (condition: () => boolean, limitMs = 30_000, what?: string) => c.runUntil(condition, limitMs, what),
    runFor: (ms: number) => c.runFor(ms),
    async rejection(promise: Promise<unknown>, limitMs = 60_000): Promise<Error & { code?: string }> {
      try {
        await c.settle(promise, limitMs);
      } catch (error) {
        return error as Error & { code?: string };
      }
      throw new Error('Expected a rejection, got a value');
    },
    leader(): string {
      const l = c.leader();
      if (!l) throw new Error('No leader');
      return l.id;
    },
    async waitLeader(): Promise<string> {
      await c.runUntil(() => c.leader() !== undefined, 10_000, 'a leader');
      return c.leader()!.id;
    },
    followers(): string[] {
      const l = c.leader()?.id;
      return ids.filter((id) => id !== l && c.member(id).node);
    },
    crash(id: string): void {
      c.crash(id);
      void servers.get(id)?.close();
    },
    async restart(id: string): Promise<void> {
      await c.settle(c.restart(id), 10_000);
      await attach(id);
    },
    /** A Keeper with the given servers (default: all), on its own network node. */
    async connect(o: Partial<KeeperOptions> & { node?: string; only?: string[] } = {}): Promise<Keeper> {
      const node = o.node ?? `client-${++clients}`;
      const keeper = new Keeper({
        transport: c.network.transport(node),
        servers: (o.only ?? ids).map((id) => `keeper://${id}`),
        clock: c.clock,
        sessionTimeoutMs: 1000,
        random: `${node}`,
        ...o,
      });
      keepers.push(keeper);
      await c.settle(keeper.connected(), 30_000);
      return keeper;
    },
    /** The server id a Keeper is connected to. */
    at(keeper: Keeper): string | null {
      return keeper.server?.slice('keeper://'.length) ?? null;
    },
  };
  await api.waitLeader();
  return api;
}
