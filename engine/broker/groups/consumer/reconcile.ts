import { assignmentOf, partitionsOf, type Assignment } from './assignment.js';
import { MemberState, type ConsumerMember } from './group.js';

/*
 * How this works: one member's step towards its target assignment (KIP-848's
 * reconciliation), taken on each of its heartbeats. The coordinator never gives a member a
 * partition that another member still holds, and a member holds a partition from the moment
 * it is told to own it until it reports, by a heartbeat listing what it owns, that it let it
 * go (or until it is removed). So no partition ever has two owners, with no barrier across
 * the group: each member moves on its own.
 *
 *   kept       = assigned ∩ target
 *   to revoke  = assigned − target
 *   to assign  = target − kept, less what other members still hold ("unreleased")
 *
 * A member with partitions to revoke is asked to give them up first (UnrevokedPartitions):
 * it keeps its epoch and gets nothing new until a heartbeat shows it owns none of them.
 * Otherwise it moves to the target's epoch, owning kept + to assign; if some of its target
 * is still held by others it waits for them (UnreleasedPartitions) and gets them on a later
 * heartbeat, once released. A member at the target's epoch with nothing pending is Stable.
 */

/**
 * The member after one step towards `target` (epoch `targetEpoch`). `heldByOther` says
 * whether another member holds a partition; `owned` is what the member says it owns (null:
 * it did not say, so it is taken to own everything it was given).
 */
export function reconcile(
  member: ConsumerMember,
  targetEpoch: number,
  target: Assignment,
  heldByOther: (topicId: string, partition: number) => boolean,
  owned: Assignment | null,
): ConsumerMember {
  switch (member.state) {
    case MemberState.Stable:
      return member.memberEpoch === targetEpoch ? member : step(member, targetEpoch, target, heldByOther, owned);
    case MemberState.UnrevokedPartitions:
      if (ownsAny(owned, member.pendingRevocation)) return member;
      return step({ ...member, pendingRevocation: new Map() }, targetEpoch, target, heldByOther, owned);
    default:
      return step(member, targetEpoch, target, heldByOther, owned);
  }
}

function step(
  member: ConsumerMember,
  targetEpoch: number,
  target: Assignment,
  heldByOther: (topicId: string, partition: number) => boolean,
  owned: Assignment | null,
): ConsumerMember {
  const assigned = [...partitionsOf(member.assigned)];
  const kept = assigned.filter(([t, p]) => target.get(t)?.has(p));
  const revoke = assigned.filter(([t, p]) => !target.get(t)?.has(p));
  const missing = [...partitionsOf(target)].filter(([t, p]) => !member.assigned.get(t)?.has(p));
  const free = missing.filter(([t, p]) => !heldByOther(t, p));
  const unreleased = free.length < missing.length;
  if (revoke.length > 0 && ownsAny(owned, assignmentOf(revoke))) {
    return { ...member, state: MemberState.UnrevokedPartitions, assigned: assignmentOf(kept), pendingRevocation: assignmentOf(revoke) };
  }
  return {
    ...member,
    state: unreleased ? MemberState.UnreleasedPartitions : MemberState.Stable,
    previousMemberEpoch: targetEpoch === member.memberEpoch ? member.previousMemberEpoch : member.memberEpoch,
    memberEpoch: targetEpoch,
    assigned: assignmentOf([...kept, ...free]),
    pendingRevocation: new Map(),
  };
}

/** Whether the member still owns any of `partitions` (it said nothing: it does). */
function ownsAny(owned: Assignment | null, partitions: Assignment): boolean {
  if (owned === null) return true;
  for (const [t, p] of partitionsOf(partitions)) if (owned.get(t)?.has(p)) return true;
  return false;
}
