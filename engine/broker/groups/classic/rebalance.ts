import { RebalanceInProgressError, UnknownMemberIdError } from '../../../errors/index.js';
import type { JoinGroupResponse } from '../../api/group-types.js';
import type { GroupContext } from '../context.js';
import type { Op } from '../runtime/op.js';
import type { ClassicGroup, ClassicMember } from './group.js';

/*
 * How this works: a classic group's rebalance, Kafka's state machine.
 *
 *   Empty ──join──▶ PreparingRebalance ──every member rejoined, or the rebalance timeout──▶
 *   CompletingRebalance ──the leader's SyncGroup──▶ Stable ──a join, a leave, an expiry──▶
 *   PreparingRebalance …;  the last member gone ──▶ Empty.
 *
 * PreparingRebalance is the barrier: every member must send JoinGroup again (their answers
 * wait), bounded by the longest rebalance timeout of the members; whoever has not rejoined
 * by then is removed (a static member stays until its session expires). A group's first
 * rebalance waits group.initial.rebalance.delay.ms more, as long as new members keep coming
 * (up to the rebalance timeout), so that a fleet starting together forms one generation.
 * When the join phase ends, the generation is bumped, the protocol chosen by the members'
 * votes, and every member answered — the leader with everyone's metadata, to run the
 * assignor. Its SyncGroup carries the assignment; the group is Stable and persisted, and each
 * member's SyncGroup is answered with its part. A member that does not send SyncGroup within
 * the rebalance timeout is removed and the group rebalances again.
 *
 * Each member has a session timer, reset by its heartbeats (and by every request it makes);
 * at expiry it is removed as if it had left, unless it is waiting in JoinGroup or SyncGroup
 * (its requests keep it alive then). Timers run as operations of their own (runtime/op.ts).
 */

const joinTimer = (group: ClassicGroup) => `classic-join\u0000${group.groupId}`;
const syncTimer = (group: ClassicGroup) => `classic-sync\u0000${group.groupId}`;
export const sessionTimer = (group: ClassicGroup, memberId: string) => `classic-session\u0000${group.groupId}\u0000${memberId}`;
export const pendingMemberTimer = (group: ClassicGroup, memberId: string) => `classic-pending\u0000${group.groupId}\u0000${memberId}`;

/** Runs `task` on the group as a timer's operation, if the group is still the one in the state. */
export function onGroup(ctx: GroupContext, group: ClassicGroup, task: (ctx: GroupContext) => void): (op: Op) => void {
  return (op) => {
    if (ctx.state.classic(group.groupId) === group) task({ ...ctx, op });
  };
}

/** Starts a rebalance: the members must rejoin. */
export function prepareRebalance(ctx: GroupContext, group: ClassicGroup): void {
  const { op, config } = ctx;
  if (group.state === 'CompletingRebalance') {
    // The leader's assignment for this generation will not come: whoever waits for it rejoins,
    // its session started again (as when the assignment comes, sync.ts): it could not heartbeat
    // while it waited, and must have a whole session to rejoin in.
    for (const m of group.members.values()) {
      m.assignment = new Uint8Array(0);
      if (!m.awaitingSync) continue;
      m.awaitingSync.reject(new RebalanceInProgressError(`Group ${group.groupId} is rebalancing again`));
      m.awaitingSync = null;
      scheduleSession(ctx, group, m);
    }
  }
  op.timers.cancel(syncTimer(group));
  group.pendingSync.clear();
  const initial = group.state === 'Empty';
  group.transition('PreparingRebalance', op.now);
  op.touch(group.groupId); // its members are told to rejoin (notify.ts)
  if (initial) {
    group.initialRebalance = true;
    group.newMemberAdded = false;
    const delay = config.groupInitialRebalanceDelayMs;
    scheduleInitialJoin(ctx, group, Math.min(delay, group.rebalanceTimeoutMs()), Math.max(group.rebalanceTimeoutMs() - delay, 0));
    return;
  }
  op.timers.schedule(joinTimer(group), group.rebalanceTimeoutMs(), onGroup(ctx, group, (c) => completeJoin(c, group)));
  maybeCompleteJoin(ctx, group);
}

/** The initial delay: extended while new members join, up to the rebalance timeout. */
function scheduleInitialJoin(ctx: GroupContext, group: ClassicGroup, delayMs: number, remainingMs: number): void {
  ctx.op.timers.schedule(
    joinTimer(group),
    delayMs,
    onGroup(ctx, group, (c) => {
      if (group.newMemberAdded && remainingMs > 0) {
        group.newMemberAdded = false;
        const delay = c.config.groupInitialRebalanceDelayMs;
        scheduleInitialJoin(c, group, Math.min(delay, remainingMs), Math.max(remainingMs - delay, 0));
        return;
      }
      completeJoin(c, group);
    }),
  );
}

/** Ends the join phase if every member has rejoined (and no initial delay runs). */
export function maybeCompleteJoin(ctx: GroupContext, group: ClassicGroup): void {
  if (group.state === 'PreparingRebalance' && group.allJoined() && !group.initialRebalance) completeJoin(ctx, group);
}

/** A join phase in progress learns of a new member (the initial delay goes on). */
export function memberAdded(group: ClassicGroup): void {
  if (group.initialRebalance) group.newMemberAdded = true;
}

/** Ends the join phase: the members that did not rejoin go, the next generation starts. */
function completeJoin(ctx: GroupContext, group: ClassicGroup): void {
  const { op } = ctx;
  op.timers.cancel(joinTimer(group));
  group.initialRebalance = false;
  if (group.state !== 'PreparingRebalance') return;
  for (const m of [...group.members.values()]) {
    if (m.awaitingJoin === null && m.groupInstanceId === null) {
      op.timers.cancel(sessionTimer(group, m.memberId));
      group.remove(m.memberId);
    }
  }
  const joined = [...group.members.values()].filter((m) => m.awaitingJoin !== null);
  if (group.members.size > 0 && joined.length === 0) {
    // Only static members that have not rejoined are left: wait for them another round.
    op.timers.schedule(joinTimer(group), group.rebalanceTimeoutMs(), onGroup(ctx, group, (c) => completeJoin(c, group)));
    return;
  }
  if (!group.members.get(group.leaderId ?? '')?.awaitingJoin) group.leaderId = joined[0]?.memberId ?? null;
  group.generationId++;
  if (group.members.size === 0) {
    group.protocolName = null;
    group.leaderId = null;
    group.transition('Empty', op.now);
    op.persist({ kind: 'classic', groupId: group.groupId, value: group.value(op.now) });
    return;
  }
  group.protocolName = group.selectProtocol();
  group.transition('CompletingRebalance', op.now);
  for (const m of group.members.values()) {
    if (m.awaitingJoin) op.reply(m.awaitingJoin, joinAnswer(group, m, false));
    m.awaitingJoin = null;
    group.pendingSync.add(m.memberId);
    scheduleSession(ctx, group, m);
  }
  const generation = group.generationId;
  op.timers.schedule(
    syncTimer(group),
    group.rebalanceTimeoutMs(),
    onGroup(ctx, group, (c) => {
      if (group.generationId !== generation || group.pendingSync.size === 0) return;
      if (group.state !== 'CompletingRebalance' && group.state !== 'Stable') return;
      for (const memberId of [...group.pendingSync]) removeMember(c, group, group.members.get(memberId)!, false);
      prepareRebalance(c, group);
    }),
  );
}

/** A JoinGroup answer of the current generation; the leader's lists every member. */
export function joinAnswer(group: ClassicGroup, member: ClassicMember, skipAssignment: boolean): JoinGroupResponse {
  const leader = group.leaderId === member.memberId;
  return {
    errorCode: 0,
    generationId: group.generationId,
    protocolType: group.protocolType,
    protocolName: group.protocolName,
    leader: group.leaderId ?? '',
    skipAssignment,
    memberId: member.memberId,
    members: leader ? [...group.members.values()].map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: m.metadata(group.protocolName) })) : [],
  };
}

/** (Re)starts a member's session timer. */
export function scheduleSession(ctx: GroupContext, group: ClassicGroup, member: ClassicMember): void {
  ctx.op.timers.schedule(
    sessionTimer(group, member.memberId),
    member.sessionTimeoutMs,
    onGroup(ctx, group, (c) => {
      if (group.members.get(member.memberId) !== member) return;
      if (member.awaitingJoin || member.awaitingSync) return scheduleSession(c, group, member);
      removeMember(c, group, member, true);
    }),
  );
}

/**
 * Removes a member (it left, or its session or sync expired); its waiting requests are
 * answered UNKNOWN_MEMBER_ID. With `rebalance`, the group then rebalances (or its join phase
 * may now end).
 */
export function removeMember(ctx: GroupContext, group: ClassicGroup, member: ClassicMember, rebalance: boolean): void {
  const gone = new UnknownMemberIdError(`Member ${member.memberId} left group ${group.groupId}`);
  member.awaitingJoin?.reject(gone);
  member.awaitingSync?.reject(gone);
  member.awaitingJoin = member.awaitingSync = null;
  ctx.op.timers.cancel(sessionTimer(group, member.memberId));
  group.remove(member.memberId);
  if (rebalance) afterDeparture(ctx, group);
}

/** What follows members leaving: a rebalance, or the end of the join phase they held up. */
export function afterDeparture(ctx: GroupContext, group: ClassicGroup): void {
  if (group.state === 'Stable' || group.state === 'CompletingRebalance') prepareRebalance(ctx, group);
  else if (group.state === 'PreparingRebalance') maybeCompleteJoin(ctx, group);
  forgetIfUnused(ctx, group);
}

/** A group that never formed a generation and holds nothing is dropped from memory (nothing of it was written). */
export function forgetIfUnused(ctx: GroupContext, group: ClassicGroup): void {
  if (group.state === 'Empty' && group.generationId === 0 && group.members.size === 0 && group.pendingMembers.size === 0 && !ctx.state.offsets.has(group.groupId)) {
    if (ctx.state.groups.get(group.groupId) === group) ctx.state.groups.delete(group.groupId);
  }
}

/** Every timer of a group's members, as a group loaded from its record starts them. */
export function startSessions(ctx: GroupContext, group: ClassicGroup): void {
  for (const m of group.members.values()) scheduleSession(ctx, group, m);
}
