import type { Admin } from '../client/admin/admin.js';
import type { SimBrokerCluster } from './cluster.js';

/*
 * The first steps both whole-cluster simulations take before their faults begin.
 */

/** Every broker joined and some controller active. */
export function brokersReady(cluster: SimBrokerCluster): boolean {
  const nodes = [...cluster.nodes.values()];
  return nodes.every((n) => n.broker?.node.joined) && nodes.some((n) => n.broker?.node.controller.isActive);
}

/** Creates the simulation's topic (min.insync.replicas 2) through `admin`, and waits for its leaders. */
export async function createSimTopic(cluster: SimBrokerCluster, admin: Admin, topic: string, partitions: number, replication: number): Promise<void> {
  await cluster.settle(admin.connect(), 10_000);
  await cluster.settle(admin.createTopics({
    topics: [{ topic, numPartitions: partitions, replicationFactor: replication, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }],
    waitForLeaders: true,
    timeout: 10_000,
  }), 15_000);
}
