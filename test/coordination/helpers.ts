import type { ExecutionContext } from 'ava';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { SimulatedClock } from '../../engine/time/index.js';
import { Keeper, type KeeperOptions } from '../../engine/coordination/client.js';
import { KeeperServer, type KeeperServerOptions } from '../../engine/coordination/server.js';
import { LocalReplicator } from '../../engine/consensus/replicator.js';
import type { WatchedEvent } from '../../engine/coordination/types.js';

export const text = (s: string) => new TextEncoder().encode(s);
export const str = (b: Uint8Array) => new TextDecoder().decode(b);

/** Runs simulated time until `promise` settles (bounded), then returns its outcome. */
export function settler(clock: SimulatedClock) {
  return <T>(promise: Promise<T>, limitMs = 120_000): Promise<T> => clock.runUntilSettled(promise, limitMs);
}

/** The error a promise rejects with, running simulated time meanwhile. */
export function rejecter(settle: ReturnType<typeof settler>) {
  return async (promise: Promise<unknown>, limitMs?: number): Promise<Error & { code?: string; retriable?: boolean }> => {
    try {
      await settle(promise, limitMs);
    } catch (error) {
      return error as Error & { code?: string };
    }
    throw new Error('Expected a rejection, got a value');
  };
}

/** Collects watch events (as 'Type path') for assertions. */
export function recorder() {
  const events: WatchedEvent[] = [];
  const names: Record<number, string> = {
    [-1]: 'None', 1: 'NodeCreated', 2: 'NodeDeleted', 3: 'NodeDataChanged', 4: 'NodeChildrenChanged',
    5: 'DataWatchRemoved', 6: 'ChildWatchRemoved', 7: 'PersistentWatchRemoved',
  };
  const watcher = (event: WatchedEvent) => events.push(event);
  const seen = () => events.filter((e) => e.type !== -1).map((e) => `${names[e.type]} ${e.path}`);
  return { events, watcher, seen };
}

/**
 * One server on a LocalReplicator, on simulated time over the memory adapter (1 ms links),
 * and a factory of connected Keepers. tickMs 100: session timeouts within [200, 2000] ms.
 */
export async function single(t: ExecutionContext, options: KeeperServerOptions = {}) {
  const clock = new SimulatedClock(1_700_000_000_000);
  const network = new MemoryNetwork({ clock, link: { latencyMs: 1 }, connectTimeoutMs: 200 });
  const settle = settler(clock);
  const rejection = rejecter(settle);
  const server = new KeeperServer({ id: 's1', clock, tickMs: 100, random: 1, ...options });
  const replicator = new LocalReplicator('s1').start(server.stateMachine);
  server.attach(replicator);
  await server.listen(network.transport('s1'), 'keeper://s1');
  t.teardown(() => server.close());
  let seed = 0;
  const connect = async (o: Partial<KeeperOptions> = {}) => {
    const keeper = new Keeper({
      transport: network.transport(o.transport ? undefined : `client-${++seed}`),
      servers: ['keeper://s1'],
      clock,
      sessionTimeoutMs: 1000,
      random: seed,
      ...o,
    });
    await settle(keeper.connected());
    return keeper;
  };
  return { clock, network, server, replicator, settle, rejection, connect };
}
