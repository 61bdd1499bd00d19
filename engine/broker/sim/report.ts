import { topicPartitionKey } from '../metadata/types.js';
import type { SimBrokerCluster } from './cluster.js';
import { liveReplicas, partitionState, znodeText } from './observe.js';
import type { BrokerSimulationResult } from './simulate.js';

/*
 * What a failed run reports: the cluster's state when it failed (each node: up or down,
 * controller, broker epoch, coordination session, ensemble role; each partition: its state
 * znode and every live replica's role, epoch, log end, high watermark, ISR and znode version
 * next to its metadata cache's), and the command that replays the seed.
 */

export function describeStatus(cluster: SimBrokerCluster, topic: string, partitions: number): string {
  const parts: string[] = [];
  for (const node of cluster.nodes.values()) {
    const raft = node.coordination?.status();
    const ensemble = raft ? `, ${raft.role} of term ${raft.term}, commit ${raft.commit}` : '';
    const broker = node.broker?.node;
    const keeper = broker?.session.keeper;
    const session = keeper ? `, session ${keeper.sessionId.toString(16)} ${keeper.state} on ${keeper.server ?? '-'}` : '';
    const up = broker ? `up${broker.controller.isActive ? ' (controller)' : ''}${broker.joined ? '' : ' (not joined)'}, broker epoch ${broker.registrar.epoch}${session}${ensemble}` : 'starting';
    parts.push(`node ${node.id}: ${node.down ? 'down' : up}`);
  }
  parts.push(`/controller: ${znodeText(cluster, '/controller')}`);
  for (let p = 0; p < partitions; p++) {
    const state = partitionState(cluster, topic, p);
    const replicas = liveReplicas(cluster, topic, p).map(({ node, replica }) => {
      const s = replica.status();
      const cached = node.broker?.node.cache.view.partitions.get(topicPartitionKey(topic, p));
      return `${node.brokerId}:${s.role}${replica.fenced ? '(fenced)' : ''} e${s.leaderEpoch} leo ${s.logEndOffset} hw ${s.highWatermark} isr ${s.isr.join(',')} zk v${replica.zkVersion} (cache v${cached?.zkVersion ?? '-'})`;
    });
    parts.push(`${topic}-${p} state ${state ? `leader ${state.leader} epoch ${state.leaderEpoch} isr ${state.isr.join(',')}` : 'unknown'}; ${replicas.join('; ')}`);
  }
  return parts.join(' | ');
}

/** A failure report that says how to replay it. */
export function describeBrokerFailure(r: BrokerSimulationResult): string {
  return [
    `broker simulation seed ${JSON.stringify(r.seed)} FAILED (${r.brokers} brokers): ${r.error}`,
    `replay: npm run sim -- broker --seed ${r.seed} --brokers ${r.brokers}${r.voters === r.brokers ? '' : ` --voters ${r.voters}`} --verbose`,
    'last events:',
    ...r.trace.map((l) => `  ${l}`),
  ].join('\n');
}
