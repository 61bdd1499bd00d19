import { NO_BROKER } from '../api/types.js';
import type { PartitionState, PartitionView } from '../metadata/types.js';

/*
 * What a partition's state should become given which brokers are alive: the controller's
 * one rule for broker deaths and returns, as Kafka's ZooKeeper-era controller applied it.
 *
 *   - leader alive: only drop dead brokers from the ISR (same leader, same leader epoch);
 *   - leader dead (or none): the first replica, in assignment order, that is alive and in
 *     the ISR leads (leader epoch + 1; the ISR keeps its live members);
 *   - no ISR member alive: the partition goes offline (leader -1, leader epoch + 1) and keeps
 *     its ISR, so that one of those brokers leads again, cleanly, when it comes back;
 *   - unless the topic allows an unclean election: then the first live replica leads alone
 *     (ISR = [it]) and whatever only the old ISR had is lost: the caller reports it.
 *
 * A decision of null means the state is right as it is.
 */

export interface LeadershipDecision {
  state: PartitionState;
  /** A replica outside the ISR was made leader: records may have been lost. */
  unclean: boolean;
}

export function decideLeadership(p: PartitionView, live: ReadonlySet<number>, uncleanAllowed: boolean, controllerEpoch: number): LeadershipDecision | null {
  const liveIsr = p.isr.filter((id) => live.has(id));
  if (p.leader !== NO_BROKER && live.has(p.leader)) {
    if (liveIsr.length === p.isr.length) return null;
    return { state: { version: 1, leader: p.leader, leaderEpoch: p.leaderEpoch, isr: liveIsr, controllerEpoch: p.controllerEpoch }, unclean: false };
  }
  const clean = p.replicas.find((id) => live.has(id) && p.isr.includes(id));
  if (clean !== undefined) {
    return { state: { version: 1, leader: clean, leaderEpoch: p.leaderEpoch + 1, isr: liveIsr, controllerEpoch }, unclean: false };
  }
  const any = uncleanAllowed ? p.replicas.find((id) => live.has(id)) : undefined;
  if (any !== undefined) {
    return { state: { version: 1, leader: any, leaderEpoch: p.leaderEpoch + 1, isr: [any], controllerEpoch }, unclean: true };
  }
  if (p.leader === NO_BROKER) return null;
  return { state: { version: 1, leader: NO_BROKER, leaderEpoch: p.leaderEpoch + 1, isr: [...p.isr], controllerEpoch }, unclean: false };
}
