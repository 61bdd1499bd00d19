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
 * Restarted brokers (Kafka's bounced brokers, KIP-380). Each registration of a broker has an
 * epoch of its own (the zxid that created it), and a leadership is given to one: the state
 * records the leader's broker epoch. A broker whose registration is not the one the state
 * was decided for — the leader, if its epoch is not the state's; an ISR member, if it
 * registered after the state was last written — has restarted (or lost its session) since,
 * and its new process may lack records the old one held: unsynced ones lost in a crash,
 * ones it acknowledged as leader. Such a broker counts first as dead (its leadership moves,
 * it leaves the ISR) and then as alive again: a follower that rejoins the ISR once caught
 * up. Only when it was the last in-sync replica does it lead again, at a new leader epoch.
 * The broker itself leads only under a state that names its own epoch (node.ts), so a
 * decision made from an out-of-date view of the registrations never makes it lead.
 *
 * A decision of null means the state is right as it is.
 */

export interface LeadershipDecision {
  state: PartitionState;
  /** A replica outside the ISR was made leader: records may have been lost. */
  unclean: boolean;
}

/**
 * The state `p` should have; `brokers` are the live brokers and their epochs, by id. A new
 * leader is given its epoch as `brokers` has it.
 */
export function decideLeadership(p: PartitionView, brokers: ReadonlyMap<number, number>, uncleanAllowed: boolean, controllerEpoch: number): LeadershipDecision | null {
  const restarted = restartedSince(p, brokers);
  if (restarted.length === 0) return decide(p, brokers, uncleanAllowed, controllerEpoch);
  const others = new Map([...brokers].filter(([id]) => !restarted.includes(id)));
  const first = decide(p, others, uncleanAllowed, controllerEpoch);
  const second = decide(first ? { ...p, ...first.state } : p, brokers, uncleanAllowed, controllerEpoch);
  if (!second) return first;
  return { state: second.state, unclean: second.unclean || (first?.unclean ?? false) };
}

/** The live brokers `p` names whose registration is newer than what `p` was decided for. */
function restartedSince(p: PartitionView, brokers: ReadonlyMap<number, number>): number[] {
  const out: number[] = [];
  const leaderEpoch = brokers.get(p.leader);
  if (leaderEpoch !== undefined && leaderEpoch !== p.leaderBrokerEpoch) out.push(p.leader);
  for (const id of p.isr) {
    const epoch = brokers.get(id);
    if (id !== p.leader && epoch !== undefined && epoch > p.mzxid) out.push(id);
  }
  return out;
}

function decide(p: PartitionView, brokers: ReadonlyMap<number, number>, uncleanAllowed: boolean, controllerEpoch: number): LeadershipDecision | null {
  const liveIsr = p.isr.filter((id) => brokers.has(id));
  const state = (leader: number, leaderEpoch: number, isr: number[], epoch: number): PartitionState =>
    ({ version: 1, leader, leaderEpoch, isr, controllerEpoch: epoch, leaderBrokerEpoch: brokers.get(leader) ?? -1 });
  if (p.leader !== NO_BROKER && brokers.has(p.leader)) {
    if (liveIsr.length === p.isr.length) return null;
    return { state: { ...state(p.leader, p.leaderEpoch, liveIsr, p.controllerEpoch), leaderBrokerEpoch: p.leaderBrokerEpoch }, unclean: false };
  }
  const clean = p.replicas.find((id) => brokers.has(id) && p.isr.includes(id));
  if (clean !== undefined) return { state: state(clean, p.leaderEpoch + 1, liveIsr, controllerEpoch), unclean: false };
  const any = uncleanAllowed ? p.replicas.find((id) => brokers.has(id)) : undefined;
  if (any !== undefined) return { state: state(any, p.leaderEpoch + 1, [any], controllerEpoch), unclean: true };
  if (p.leader === NO_BROKER) return null;
  return { state: state(NO_BROKER, p.leaderEpoch + 1, [...p.isr], controllerEpoch), unclean: false };
}
