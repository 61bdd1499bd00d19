import type { Random } from '../../time/random.js';
import type { Transport } from '../../../transports/transport.js';
import { Cluster } from '../client/cluster.js';
import { resolveClientOptions } from '../client/options.js';
import type { SimBrokerCluster } from './cluster.js';

/**
 * The client of an outside watcher (the high-watermark and offsets watchers): on the
 * simulated clock, a short request timeout and no retries of its own, since it asks again
 * every few tens of ms anyway.
 */
export function watcherClient(cluster: SimBrokerCluster, transport: Transport, random: Random): Cluster {
  return new Cluster(resolveClientOptions({
    brokers: cluster.addresses,
    transport,
    clock: cluster.clock,
    random: random.fork('client'),
    requestTimeoutMs: 500,
    retry: { retries: 0, initialRetryTimeMs: 20, maxRetryTimeMs: 20 },
  }));
}
