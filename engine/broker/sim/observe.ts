import { partitionStateCodec } from '../metadata/layout.js';
import { PATHS, type PartitionState } from '../metadata/types.js';
import type { CoordinationStateMachine } from '../../coordination/state-machine.js';
import type { Replica } from '../replica/replica.js';
import type { SimBrokerCluster, SimNode } from './cluster.js';

/*
 * What the simulation sees of the cluster from outside, synchronously, between two steps:
 * the live replicas of a partition (the objects themselves), and what the ensemble holds (a
 * partition's state znode, the registered brokers). Nothing here changes the cluster. The
 * checkers ask after every step, so what a znode holds is decoded once per version of it.
 */

export interface LiveReplica {
  node: SimNode;
  replica: Replica;
}

/** The replicas of `topic`-`partition` on the nodes that are up. */
export function liveReplicas(cluster: SimBrokerCluster, topic: string, partition: number): LiveReplica[] {
  const out: LiveReplica[] = [];
  for (const node of cluster.nodes.values()) {
    if (node.down || !node.broker) continue;
    const replica = node.broker.node.replicas.replica(topic, partition);
    if (replica && !replica.closed) out.push({ node, replica });
  }
  return out;
}

/** The most advanced live voter's znode tree (what the controller decides from, but for what it has not applied yet). */
function latestTree(cluster: SimBrokerCluster) {
  let best: CoordinationStateMachine | undefined;
  for (const node of cluster.nodes.values()) {
    const machine = node.down ? undefined : node.coordination?.server.machine;
    if (machine && (!best || machine.zxid > best.zxid)) best = machine;
  }
  return best?.tree;
}

/** What a znode of one tree was decoded to, with the slot and version (zxid) it was decoded from. */
const decoded = new WeakMap<object, Map<string, { slot: number; zxid: number; value: unknown }>>();

/** `decode` of the znode at `path` (at `slot`), or what it gave for the same version before. */
function cached<T>(tree: object, path: string, slot: number, zxid: number, decode: () => T): T {
  let byPath = decoded.get(tree);
  if (!byPath) decoded.set(tree, (byPath = new Map()));
  const hit = byPath.get(path);
  if (hit && hit.slot === slot && hit.zxid === zxid) return hit.value as T;
  const value = decode();
  byPath.set(path, { slot, zxid, value });
  return value;
}

/** The partition's state znode as the ensemble has it; undefined when no live voter has it. */
export function partitionState(cluster: SimBrokerCluster, topic: string, partition: number): PartitionState | undefined {
  const tree = latestTree(cluster);
  const path = PATHS.partitionState(topic, partition);
  const slot = tree?.lookup(path) ?? -1;
  if (slot < 0) return undefined;
  return cached(tree!, path, slot, tree!.mzxid(slot), () => partitionStateCodec.decode(tree!.dataView(slot), path));
}

/** The brokers registered (alive, for the controller), as the ensemble has it. */
export function registeredBrokers(cluster: SimBrokerCluster): ReadonlySet<number> {
  const tree = latestTree(cluster);
  const slot = tree?.lookup(PATHS.brokerIds) ?? -1;
  if (slot < 0) return new Set();
  return cached(tree!, PATHS.brokerIds, slot, tree!.pzxid(slot), () => new Set(tree!.children(slot).map(Number)));
}

/** A znode's data and owner session as the ensemble has it (for failure reports). */
export function znodeText(cluster: SimBrokerCluster, path: string): string {
  const tree = latestTree(cluster);
  const slot = tree?.lookup(path) ?? -1;
  if (slot < 0) return 'none';
  return `${new TextDecoder().decode(tree!.dataView(slot))} (owner ${tree!.owner(slot).toString(16)})`;
}

/**
 * Settled: every partition of `topic` led by the broker its state names, every replica live
 * and in the ISR, all with one log end that is every replica's high watermark.
 */
export function settled(cluster: SimBrokerCluster, topic: string, partitions: number, replication: number): boolean {
  for (let p = 0; p < partitions; p++) {
    const state = partitionState(cluster, topic, p);
    if (!state || state.leader < 0 || state.isr.length !== replication) return false;
    const replicas = liveReplicas(cluster, topic, p);
    if (replicas.length !== replication) return false;
    const leader = replicas.find((r) => r.node.brokerId === state.leader)?.replica;
    if (!leader?.isLeader || leader.leaderEpoch !== state.leaderEpoch || leader.isr.length !== replication) return false;
    const end = leader.log.logEndOffset;
    if (replicas.some((r) => r.replica.log.logEndOffset !== end || r.replica.highWatermark !== end)) return false;
  }
  return true;
}
