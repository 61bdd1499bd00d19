import type { ExecutionContext } from 'ava';
import { MemoryNetwork } from '../../../adapters/memory/index.js';
import { SimulatedClock } from '../../../engine/time/index.js';
import { createBrokerClient, type BrokerClientOptions } from '../../../engine/broker/client/index.js';
import { FakeCluster } from './fake-broker.js';

export const text = (s: string) => new TextEncoder().encode(s);
export const str = (b: Uint8Array | null | undefined) => (b ? new TextDecoder().decode(b) : b);

/**
 * A fake cluster of brokers 1..3 on a memory network with 1 ms links, on simulated time, and a
 * client that knows only broker-1. `settle` runs virtual time until a promise settles (bounded).
 */
export async function setup(t: ExecutionContext, options: Partial<BrokerClientOptions> = {}) {
  const clock = new SimulatedClock(1_700_000_000_000);
  const network = new MemoryNetwork({ clock, link: { latencyMs: 1 } });
  const fake = await FakeCluster.start(clock, network);
  const client = createBrokerClient({
    brokers: ['broker-1'],
    transport: network.transport('client'),
    clock,
    random: t.title,
    retry: { retries: 5, initialRetryTimeMs: 50, maxRetryTimeMs: 1000 },
    ...options,
  });
  const settle = <T>(promise: Promise<T>, limitMs = 120_000) => clock.runUntilSettled(promise, limitMs);
  t.teardown(async () => {
    await settle(client.close()).catch(() => {});
  });
  return { clock, network, fake, client, settle };
}
