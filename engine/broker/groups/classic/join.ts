import {
  FencedInstanceIdError,
  GroupMaxSizeReachedError,
  InconsistentGroupProtocolError,
  InvalidGroupIdError,
  InvalidSessionTimeoutError,
  kafkaCodeOf,
  RebalanceInProgressError,
  UnknownMemberIdError,
} from '../../../errors/index.js';
import type { JoinGroupRequest, JoinGroupResponse } from '../../api/group-types.js';
import { randomId } from '../../metadata/random-id.js';
import { consumerGroupTombstones } from '../consumer/records.js';
import { deferred } from '../runtime/op.js';
import { ClassicGroup, ClassicMember } from './group.js';
import {
  forgetIfUnused,
  joinAnswer,
  maybeCompleteJoin,
  memberAdded,
  onGroup,
  pendingMemberTimer,
  prepareRebalance,
  scheduleSession,
  sessionTimer,
} from './rebalance.js';
import type { GroupContext } from '../context.js';

/*
 * How this works: JoinGroup, Kafka's rules.
 *
 * A member joins with an empty member id. A dynamic one is told its id and must join again
 * with it (MEMBER_ID_REQUIRED, KIP-394): until then it is a pending member, dropped after its
 * session timeout, and the join phase waits for it. A static one (groupInstanceId, KIP-345)
 * is given its id at once; if its instance id is known it takes the old member's place — the
 * old id is fenced (FENCED_INSTANCE_ID) — and, when the group is Stable and the member's
 * protocols have not changed, it gets the current generation back with no rebalance (the
 * new id is persisted first; a leader is told to skip the assignment, KIP-814).
 *
 * A known member joining makes the group rebalance unless nothing would change: a member of
 * a Stable group that is not the leader and offers the same protocols (or a repeated join in
 * CompletingRebalance) gets the current generation back. Otherwise its answer waits for the
 * join phase to end (rebalance.ts).
 */

const MEMBER_ID_REQUIRED = kafkaCodeOf('MEMBER_ID_REQUIRED');

export function joinGroup(ctx: GroupContext, request: JoinGroupRequest): JoinGroupResponse | Promise<JoinGroupResponse> {
  const { config } = ctx;
  const { groupId, memberId, groupInstanceId } = request;
  if (groupId === '') throw new InvalidGroupIdError('The group id must not be empty');
  if (request.sessionTimeoutMs < config.groupMinSessionTimeoutMs || request.sessionTimeoutMs > config.groupMaxSessionTimeoutMs) {
    throw new InvalidSessionTimeoutError(`The session timeout must be from ${config.groupMinSessionTimeoutMs} to ${config.groupMaxSessionTimeoutMs} ms, not ${request.sessionTimeoutMs}`);
  }
  if (request.protocolType === '' || request.protocols.length === 0) throw new InconsistentGroupProtocolError('A member must give a protocol type and at least one protocol');
  const group = classicGroupFor(ctx, groupId, memberId === '');
  const known = group.members.has(memberId) || group.pendingMembers.has(memberId) || (groupInstanceId !== null && group.staticMembers.has(groupInstanceId));
  if (!known && group.members.size >= config.groupMaxSize) throw new GroupMaxSizeReachedError(`Group ${groupId} has ${config.groupMaxSize} members, the most it may have`);
  if (!group.supports(request.protocolType, request.protocols)) throw new InconsistentGroupProtocolError(`The member's protocols do not match group ${groupId}'s`);
  if (ctx.state.groups.get(groupId) !== group) ctx.state.groups.set(groupId, group);
  return memberId === '' ? joinWithoutId(ctx, group, request) : joinWithId(ctx, group, request);
}

/** The classic group of that id; an empty consumer group gives way to it, a non-empty one refuses. */
function classicGroupFor(ctx: GroupContext, groupId: string, create: boolean): ClassicGroup {
  const existing = ctx.state.groups.get(groupId);
  if (existing?.type === 'classic') return existing;
  if (!create) throw new UnknownMemberIdError(`Group ${groupId} has no classic members here`);
  if (existing?.type === 'consumer') {
    if (existing.members.size > 0) throw new InconsistentGroupProtocolError(`Group ${groupId} is a consumer group (KIP-848) with members`);
    for (const record of consumerGroupTombstones(existing)) ctx.op.append(record);
  }
  return ctx.state.classic(groupId) ?? new ClassicGroup(groupId);
}

const rebalanceTimeoutOf = (request: JoinGroupRequest) => (request.rebalanceTimeoutMs > 0 ? request.rebalanceTimeoutMs : request.sessionTimeoutMs);

function joinWithoutId(ctx: GroupContext, group: ClassicGroup, request: JoinGroupRequest): JoinGroupResponse | Promise<JoinGroupResponse> {
  const { op } = ctx;
  const instanceId = request.groupInstanceId;
  if (instanceId !== null) {
    const newId = `${instanceId}-${randomId(op.random)}`;
    const oldId = group.staticMembers.get(instanceId);
    return oldId === undefined ? addMember(ctx, group, request, newId) : replaceStaticMember(ctx, group, request, oldId, newId);
  }
  const newId = `${request.protocolType}-${randomId(op.random)}`;
  group.pendingMembers.add(newId);
  op.timers.schedule(
    pendingMemberTimer(group, newId),
    request.sessionTimeoutMs,
    onGroup(ctx, group, (c) => {
      if (!group.pendingMembers.delete(newId)) return;
      maybeCompleteJoin(c, group);
      forgetIfUnused(c, group);
    }),
  );
  return { errorCode: MEMBER_ID_REQUIRED, generationId: -1, protocolType: null, protocolName: null, leader: '', skipAssignment: false, memberId: newId, members: [] };
}

function joinWithId(ctx: GroupContext, group: ClassicGroup, request: JoinGroupRequest): JoinGroupResponse | Promise<JoinGroupResponse> {
  const { memberId } = request;
  if (group.pendingMembers.delete(memberId)) {
    ctx.op.timers.cancel(pendingMemberTimer(group, memberId));
    return addMember(ctx, group, request, memberId);
  }
  const member = group.member(memberId, request.groupInstanceId);
  switch (group.state) {
    case 'PreparingRebalance':
      return awaitJoin(ctx, group, member, request);
    case 'CompletingRebalance':
      if (member.sameProtocols(request.protocols)) return joinAnswer(group, member, false);
      return awaitJoin(ctx, group, member, request);
    case 'Stable':
      if (group.leaderId !== memberId && member.sameProtocols(request.protocols)) {
        scheduleSession(ctx, group, member);
        return joinAnswer(group, member, false);
      }
      return awaitJoin(ctx, group, member, request);
    default:
      throw new UnknownMemberIdError(`Group ${group.groupId} is ${group.state}`);
  }
}

/** A new member: it waits for the join phase, which starts now if it was not running. */
function addMember(ctx: GroupContext, group: ClassicGroup, request: JoinGroupRequest, memberId: string): Promise<JoinGroupResponse> {
  const member = new ClassicMember(memberId, request.groupInstanceId, request.protocolType, request.protocols, rebalanceTimeoutOf(request), request.sessionTimeoutMs);
  const { promise, reply } = deferred<JoinGroupResponse>();
  member.awaitingJoin = reply;
  group.add(member);
  memberAdded(group);
  if (group.state === 'PreparingRebalance') maybeCompleteJoin(ctx, group);
  else prepareRebalance(ctx, group);
  return promise;
}

/** A known member's new protocols and timeouts; its answer waits for the join phase. */
function awaitJoin(ctx: GroupContext, group: ClassicGroup, member: ClassicMember, request: JoinGroupRequest): Promise<JoinGroupResponse> {
  member.protocols = request.protocols;
  member.rebalanceTimeoutMs = rebalanceTimeoutOf(request);
  member.sessionTimeoutMs = request.sessionTimeoutMs;
  const { promise, reply } = deferred<JoinGroupResponse>();
  member.awaitingJoin?.reject(new RebalanceInProgressError(`Member ${member.memberId} joined again`));
  member.awaitingJoin = reply;
  if (group.state === 'PreparingRebalance') maybeCompleteJoin(ctx, group);
  else prepareRebalance(ctx, group);
  return promise;
}

/** A static member's new incarnation takes the old one's place (KIP-345). */
function replaceStaticMember(ctx: GroupContext, group: ClassicGroup, request: JoinGroupRequest, oldId: string, newId: string): JoinGroupResponse | Promise<JoinGroupResponse> {
  const { op } = ctx;
  const old = group.members.get(oldId)!;
  const fenced = new FencedInstanceIdError(`Static member ${request.groupInstanceId} of group ${group.groupId} rejoined as ${newId}`);
  old.awaitingJoin?.reject(fenced);
  old.awaitingSync?.reject(fenced);
  old.awaitingJoin = old.awaitingSync = null;
  const wasLeader = group.leaderId === oldId;
  const hadToSync = group.pendingSync.has(oldId);
  const member = old.renamed(newId);
  // remove() hands the leadership on; the new incarnation keeps it.
  group.remove(oldId);
  op.timers.cancel(sessionTimer(group, oldId));
  group.add(member);
  if (wasLeader) group.leaderId = newId;
  if (hadToSync) group.pendingSync.add(newId);
  member.protocols = request.protocols;
  member.rebalanceTimeoutMs = rebalanceTimeoutOf(request);
  member.sessionTimeoutMs = request.sessionTimeoutMs;
  // As Kafka's coordinator: a static member that rejoins a stable group without changing the
  // protocol it would select keeps its assignment, with no rebalance. Its subscription bytes
  // may differ (a restarted client no longer lists the partitions it owned): the leader sees
  // its new metadata at the next rebalance.
  if (group.state === 'Stable' && group.selectProtocol() === group.protocolName) {
    op.persist({ kind: 'classic', groupId: group.groupId, value: group.value(op.now) });
    scheduleSession(ctx, group, member);
    return joinAnswer(group, member, wasLeader);
  }
  return awaitJoin(ctx, group, member, request);
}
