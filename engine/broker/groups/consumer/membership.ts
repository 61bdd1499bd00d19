import type { Op } from '../runtime/op.js';
import { MemberState, type ConsumerGroup, type ConsumerMember } from './group.js';
import { memberTombstones } from './records.js';
import { newTargetAssignment, subscribedTopics } from './target.js';
import type { GroupContext } from '../context.js';

/*
 * A KIP-848 member's timers and its removal. Its session timer restarts on each heartbeat;
 * when it fires (group.consumer.session.timeout.ms without one) the member is removed. A
 * member asked to revoke partitions must do so within its rebalance timeout, or it is
 * removed too. Removal frees its partitions at once and bumps the group epoch, so the
 * others' targets take its share.
 */

const sessionTimer = (groupId: string, memberId: string) => `consumer-session\u0000${groupId}\u0000${memberId}`;
const rebalanceTimer = (groupId: string, memberId: string) => `consumer-rebalance\u0000${groupId}\u0000${memberId}`;

/** Runs `task` on the member as a timer's operation, if it is still in the group the state holds. */
function onMember(ctx: GroupContext, groupId: string, memberId: string, task: (ctx: GroupContext, group: ConsumerGroup, member: ConsumerMember) => void) {
  return (op: Op) => {
    const group = ctx.state.consumer(groupId);
    const member = group?.members.get(memberId);
    if (group && member) task({ ...ctx, op }, group, member);
  };
}

export function scheduleSession(ctx: GroupContext, groupId: string, memberId: string): void {
  ctx.op.timers.schedule(sessionTimer(groupId, memberId), ctx.config.groupConsumerSessionTimeoutMs, onMember(ctx, groupId, memberId, (c, g, m) => removeMember(c, g, m)));
}

/** Starts the rebalance timer of a member that must revoke partitions; stops it otherwise. */
export function watchRevocation(ctx: GroupContext, groupId: string, member: ConsumerMember): void {
  const key = rebalanceTimer(groupId, member.memberId);
  if (member.state !== MemberState.UnrevokedPartitions) return ctx.op.timers.cancel(key);
  const epoch = member.memberEpoch;
  ctx.op.timers.schedule(
    key,
    member.rebalanceTimeoutMs,
    onMember(ctx, groupId, member.memberId, (c, g, m) => {
      if (m.memberEpoch === epoch && m.state === MemberState.UnrevokedPartitions) removeMember(c, g, m);
    }),
  );
}

/** Removes a member (it left, or was fenced): its partitions are free, and the group epoch moves. */
export function removeMember(ctx: GroupContext, group: ConsumerGroup, member: ConsumerMember): void {
  for (const record of memberTombstones(group.groupId, member.memberId)) ctx.op.append(record);
  ctx.op.timers.cancel(sessionTimer(group.groupId, member.memberId));
  ctx.op.timers.cancel(rebalanceTimer(group.groupId, member.memberId));
  newTargetAssignment(ctx, group, subscribedTopics(ctx, group));
}

/** Every member's timers, as a group loaded from its records starts them. */
export function startTimers(ctx: GroupContext, group: ConsumerGroup): void {
  for (const m of group.members.values()) {
    scheduleSession(ctx, group.groupId, m.memberId);
    watchRevocation(ctx, group.groupId, m);
  }
}
