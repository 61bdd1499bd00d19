import {
  BadArgumentsError,
  FencedInstanceIdError,
  FencedMemberEpochError,
  GroupIdNotFoundError,
  GroupMaxSizeReachedError,
  UnknownMemberIdError,
  UnreleasedInstanceIdError,
  UnsupportedAssignorError,
} from '../../../errors/index.js';
import { JOINING_EPOCH, LEAVING_EPOCH, LEAVING_STATIC_EPOCH, type ConsumerGroupHeartbeatRequest, type ConsumerGroupHeartbeatResponse } from '../../api/group-types.js';
import { randomId } from '../../metadata/random-id.js';
import type { GroupConfig } from '../config.js';
import { EMPTY_ASSIGNMENT, fromTopicPartitions, partitionsOf, sameAssignment, toTopicPartitions, type Assignment } from './assignment.js';
import { ConsumerGroup, MemberState, sameMember, type ConsumerMember } from './group.js';
import { removeMember, scheduleSession, watchRevocation } from './membership.js';
import { memberRecord, memberTombstones, targetRecord } from './records.js';
import { reconcile } from './reconcile.js';
import { newTargetAssignment, regexOf, sameTopics, subscribedTopics } from './target.js';
import type { GroupContext } from '../context.js';

/*
 * How this works: ConsumerGroupHeartbeat, the whole of KIP-848's protocol for a member.
 *
 *   1. The member: a new one (epoch 0; a static one takes the place of its instance's
 *      earlier member if that one left with epoch -2, else UNRELEASED_INSTANCE_ID), a known
 *      one joining again (epoch 0: it owns nothing now, so whatever it held is free), or a
 *      known one whose epoch must be its current one — or its previous one, if it owns no
 *      more than it was given (the answer that moved it on was lost); otherwise
 *      FENCED_MEMBER_EPOCH, and it must give up everything and join again.
 *   2. Its subscription and settings, written if they changed.
 *   3. The group epoch moves if the member is new or its subscription changed, or if the
 *      subscribed topics changed in the metadata; the target assignment follows at once
 *      (target.ts).
 *   4. One reconciliation step towards its target (reconcile.ts), written if it moved.
 *
 * The answer carries the member's epoch and, when it changed (or on a full request), what it
 * owns now. A member leaves with epoch -1; a static one may leave for now with -2, keeping
 * its partitions until its session ends, so that its next incarnation gets them back.
 */

export function consumerGroupHeartbeat(ctx: GroupContext, request: ConsumerGroupHeartbeatRequest): ConsumerGroupHeartbeatResponse {
  validate(ctx.config, request);
  if (request.memberEpoch === LEAVING_EPOCH || request.memberEpoch === LEAVING_STATIC_EPOCH) return leave(ctx, request);
  const { op, config } = ctx;
  const joining = request.memberEpoch === JOINING_EPOCH;
  const group = groupFor(ctx, request.groupId, joining);
  const memberId = request.memberId === '' ? randomId(op.random) : request.memberId;
  const owned = request.topicPartitions === null ? null : fromTopicPartitions(request.topicPartitions);
  const { member: current, isNew } = memberFor(ctx, group, memberId, request, owned);
  const updated: ConsumerMember = {
    ...current,
    rackId: request.rackId ?? current.rackId,
    rebalanceTimeoutMs: request.rebalanceTimeoutMs === -1 ? current.rebalanceTimeoutMs : request.rebalanceTimeoutMs,
    serverAssignor: request.serverAssignor ?? current.serverAssignor,
    subscribedTopicNames: request.subscribedTopicNames ?? current.subscribedTopicNames,
    subscribedTopicRegex: request.subscribedTopicRegex ?? current.subscribedTopicRegex,
  };
  const subscriptionChanged =
    isNew ||
    updated.serverAssignor !== current.serverAssignor ||
    updated.subscribedTopicRegex !== current.subscribedTopicRegex ||
    !sameNames(updated.subscribedTopicNames, current.subscribedTopicNames);
  const stored = group.members.get(memberId);
  if (!stored || !sameMember(stored, updated)) op.append(memberRecord(group.groupId, updated));
  const topics = subscribedTopics(ctx, group);
  if (subscriptionChanged || !sameTopics(topics, group.topics)) newTargetAssignment(ctx, group, topics);

  const before = group.members.get(memberId)!;
  const next = reconcile(before, group.assignmentEpoch, group.target(memberId), (t, p) => (group.owner(t, p) ?? memberId) !== memberId, owned);
  if (next !== before) {
    op.append(memberRecord(group.groupId, next));
    watchRevocation(ctx, group.groupId, next);
  }
  scheduleSession(ctx, group.groupId, memberId);
  const full = joining || (request.rebalanceTimeoutMs !== -1 && request.subscribedTopicNames !== null && request.topicPartitions !== null);
  return {
    errorCode: 0,
    errorMessage: null,
    memberId,
    memberEpoch: next.memberEpoch,
    heartbeatIntervalMs: config.groupConsumerHeartbeatIntervalMs,
    assignment: full || !sameAssignment(current.assigned, next.assigned) ? { topicPartitions: toTopicPartitions(next.assigned) } : null,
  };
}

function validate(config: GroupConfig, request: ConsumerGroupHeartbeatRequest): void {
  const invalid = (why: string) => new BadArgumentsError(why);
  const { memberEpoch, memberId } = request;
  if (request.groupId === '') throw invalid('GroupId can\'t be empty.');
  if (request.instanceId === '') throw invalid('InstanceId can\'t be empty.');
  if (request.rackId === '') throw invalid('RackId can\'t be empty.');
  if (memberEpoch > 0 || memberEpoch === LEAVING_EPOCH) {
    if (memberId === '') throw invalid('MemberId can\'t be empty.');
  } else if (memberEpoch === JOINING_EPOCH) {
    if (request.rebalanceTimeoutMs === -1) throw invalid('RebalanceTimeoutMs must be provided in first request.');
    if (request.topicPartitions === null || request.topicPartitions.length > 0) throw invalid('TopicPartitions must be empty when (re-)joining.');
    if ((request.subscribedTopicNames ?? []).length === 0 && request.subscribedTopicRegex === null) throw invalid('SubscribedTopicNames or SubscribedTopicRegex must be set in first request.');
  } else if (memberEpoch === LEAVING_STATIC_EPOCH) {
    if (memberId === '') throw invalid('MemberId can\'t be empty.');
    if (request.instanceId === null) throw invalid('InstanceId can\'t be null.');
  } else {
    throw invalid('MemberEpoch is invalid.');
  }
  if (request.serverAssignor !== null && !config.groupConsumerAssignors.includes(request.serverAssignor)) {
    throw new UnsupportedAssignorError(`ServerAssignor ${request.serverAssignor} is not supported. Supported assignors: ${config.groupConsumerAssignors.join(', ')}.`);
  }
  if (request.subscribedTopicRegex !== null) {
    try {
      regexOf(request.subscribedTopicRegex);
    } catch (error) {
      throw invalid(`SubscribedTopicRegex is not a valid regular expression: ${(error as Error).message}`);
    }
  }
}

/** The consumer group of that id; an empty classic group (offsets only) gives way to a new one. */
function groupFor(ctx: GroupContext, groupId: string, create: boolean): ConsumerGroup {
  const existing = ctx.state.groups.get(groupId);
  if (existing?.type === 'consumer') return existing;
  if (!create) throw new UnknownMemberIdError(`Group ${groupId} has no consumer group members here`);
  if (existing?.type === 'classic') {
    if (existing.state !== 'Empty') throw new GroupIdNotFoundError(`Group ${groupId} is a classic group with members`);
    if (existing.generationId > 0) ctx.op.append({ kind: 'classic', groupId, value: null });
  }
  const group = new ConsumerGroup(groupId);
  ctx.state.groups.set(groupId, group);
  return group;
}

function memberFor(
  ctx: GroupContext,
  group: ConsumerGroup,
  memberId: string,
  request: ConsumerGroupHeartbeatRequest,
  owned: Assignment | null,
): { member: ConsumerMember; isNew: boolean } {
  const joining = request.memberEpoch === JOINING_EPOCH;
  const instanceId = request.instanceId;
  const existing = instanceId === null ? group.members.get(memberId) : group.members.get(group.staticMembers.get(instanceId) ?? '');
  if (!existing) {
    if (!joining) throw new UnknownMemberIdError(`Group ${group.groupId} has no member ${instanceId ?? memberId}`);
    if (group.members.size >= ctx.config.groupConsumerMaxSize) throw new GroupMaxSizeReachedError(`Group ${group.groupId} has ${group.members.size} members, the most it may have`);
    return { member: fresh(memberId, request), isNew: true };
  }
  if (existing.memberId === memberId) {
    if (joining) return { member: { ...existing, memberEpoch: 0, previousMemberEpoch: 0, state: MemberState.Stable, assigned: EMPTY_ASSIGNMENT, pendingRevocation: EMPTY_ASSIGNMENT }, isNew: false };
    checkEpoch(existing, request.memberEpoch, owned);
    return { member: existing, isNew: false };
  }
  // A static instance id held by another member id.
  if (!joining) throw new FencedInstanceIdError(`Static member ${instanceId} of group ${group.groupId} is member ${existing.memberId}, not ${memberId}`);
  if (existing.memberEpoch !== LEAVING_STATIC_EPOCH) {
    throw new UnreleasedInstanceIdError(`Static member ${instanceId} of group ${group.groupId} is still member ${existing.memberId}`);
  }
  const target = group.target(existing.memberId);
  for (const record of memberTombstones(group.groupId, existing.memberId)) ctx.op.append(record);
  ctx.op.append(targetRecord(group.groupId, memberId, target));
  return { member: { ...existing, memberId, memberEpoch: 0, previousMemberEpoch: 0, state: MemberState.Stable, pendingRevocation: EMPTY_ASSIGNMENT }, isNew: false };
}

function fresh(memberId: string, request: ConsumerGroupHeartbeatRequest): ConsumerMember {
  return {
    memberId,
    instanceId: request.instanceId,
    rackId: request.rackId,
    clientId: '',
    clientHost: '',
    subscribedTopicNames: request.subscribedTopicNames ?? [],
    subscribedTopicRegex: request.subscribedTopicRegex,
    serverAssignor: request.serverAssignor,
    rebalanceTimeoutMs: request.rebalanceTimeoutMs,
    memberEpoch: 0,
    previousMemberEpoch: 0,
    state: MemberState.Stable,
    assigned: EMPTY_ASSIGNMENT,
    pendingRevocation: EMPTY_ASSIGNMENT,
  };
}

/** A known member's epoch: its own, or its previous one with no more than it was given. */
function checkEpoch(member: ConsumerMember, received: number, owned: Assignment | null): void {
  if (received === member.memberEpoch) return;
  if (received < member.memberEpoch && received === member.previousMemberEpoch && owned !== null && isSubset(owned, member.assigned)) return;
  throw new FencedMemberEpochError(`Member ${member.memberId} is at epoch ${member.memberEpoch}, not ${received}: it must give up its partitions and join again`);
}

function isSubset(owned: Assignment, of: Assignment): boolean {
  for (const [t, p] of partitionsOf(owned)) if (!of.get(t)?.has(p)) return false;
  return true;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  return x.size === new Set(b).size && b.every((n) => x.has(n));
}

function leave(ctx: GroupContext, request: ConsumerGroupHeartbeatRequest): ConsumerGroupHeartbeatResponse {
  const group = ctx.state.consumer(request.groupId);
  const answer = (memberEpoch: number): ConsumerGroupHeartbeatResponse => ({
    errorCode: 0,
    errorMessage: null,
    memberId: request.memberId,
    memberEpoch,
    heartbeatIntervalMs: 0,
    assignment: null,
  });
  const memberId = request.instanceId === null ? request.memberId : group?.staticMembers.get(request.instanceId);
  const member = group?.members.get(memberId ?? '');
  if (!group || !member) throw new UnknownMemberIdError(`Group ${request.groupId} has no member ${request.instanceId ?? request.memberId}`);
  if (member.memberId !== request.memberId) throw new FencedInstanceIdError(`Static member ${request.instanceId} is member ${member.memberId}, not ${request.memberId}`);
  if (request.memberEpoch === LEAVING_STATIC_EPOCH) {
    const away: ConsumerMember = { ...member, memberEpoch: LEAVING_STATIC_EPOCH, state: MemberState.Stable, pendingRevocation: EMPTY_ASSIGNMENT };
    ctx.op.append(memberRecord(group.groupId, away));
    watchRevocation(ctx, group.groupId, away);
    return answer(LEAVING_STATIC_EPOCH);
  }
  removeMember(ctx, group, member);
  return answer(LEAVING_EPOCH);
}
