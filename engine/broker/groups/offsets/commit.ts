import {
  IllegalGenerationError,
  kafkaCodeOf,
  OffsetMetadataTooLargeError,
  RebalanceInProgressError,
  StaleMemberEpochError,
  toLogkeeperError,
  UnknownMemberIdError,
  UnknownTopicOrPartitionError,
  type LogkeeperError,
} from '../../../errors/index.js';
import type { OffsetCommitRequest, OffsetCommitResponse } from '../../api/group-types.js';
import { scheduleSession } from '../classic/rebalance.js';
import type { GroupContext } from '../context.js';

/*
 * OffsetCommit, Kafka's checks. A commit with generation (or member epoch) -1 and no member
 * comes from outside the group's rebalancing — a standalone consumer, or an admin setting
 * offsets — and is taken only while the group is empty (a group that does not exist yet is
 * created, empty, by it). Otherwise the committer must be a member: of the current
 * generation for a classic group (ILLEGAL_GENERATION; REBALANCE_IN_PROGRESS while the
 * generation's assignment is being handed out), at its current member epoch for a KIP-848
 * one (STALE_MEMBER_EPOCH). Each partition must exist; its metadata must fit
 * offset.metadata.max.bytes. The accepted partitions are written together, answered once
 * committed; a classic member's commit also keeps its session.
 */

export function offsetCommit(ctx: GroupContext, request: OffsetCommitRequest): OffsetCommitResponse {
  const refused = checkCommitter(ctx, request);
  const utf8 = new TextEncoder();
  const topics = request.topics.map((topic) => ({
    name: topic.name,
    partitions: topic.partitions.map((p) => {
      const errorCode = (error: LogkeeperError) => ({ partitionIndex: p.partitionIndex, errorCode: kafkaCodeOf(error.code) });
      if (refused) return errorCode(refused);
      const known = ctx.topics.topic(topic.name);
      if (!known || p.partitionIndex < 0 || p.partitionIndex >= known.partitions) return errorCode(new UnknownTopicOrPartitionError());
      const metadata = p.committedMetadata ?? '';
      if (utf8.encode(metadata).length > ctx.config.offsetMetadataMaxBytes) return errorCode(new OffsetMetadataTooLargeError());
      ctx.op.append({
        kind: 'offset',
        groupId: request.groupId,
        topic: topic.name,
        partition: p.partitionIndex,
        value: { offset: p.committedOffset, leaderEpoch: p.committedLeaderEpoch, metadata, commitTimestamp: ctx.op.now },
      });
      return { partitionIndex: p.partitionIndex, errorCode: 0 };
    }),
  }));
  return { topics };
}

/** Why the committer may not commit for the group now, or null. */
function checkCommitter(ctx: GroupContext, request: OffsetCommitRequest): LogkeeperError | null {
  const { groupId, memberId, groupInstanceId } = request;
  const generation = request.generationIdOrMemberEpoch;
  const outsider = generation < 0 && memberId === '' && groupInstanceId === null;
  const group = ctx.state.groups.get(groupId);
  try {
    if (!group) {
      if (generation >= 0) throw new IllegalGenerationError(`Group ${groupId} does not exist here`);
      return null;
    }
    if (group.type === 'consumer') {
      if (generation < 0 && group.members.size === 0) return null;
      const member = group.members.get(memberId);
      if (!member) throw new UnknownMemberIdError(`Group ${groupId} has no member ${memberId}`);
      if (generation !== member.memberEpoch) throw new StaleMemberEpochError(`Member ${memberId} is at epoch ${member.memberEpoch}, not ${generation}`);
      return null;
    }
    if (generation < 0 && group.state === 'Empty') return null;
    if (outsider) throw new UnknownMemberIdError(`Group ${groupId} has members: only they may commit`);
    const member = group.member(memberId, groupInstanceId);
    if (generation !== group.generationId) throw new IllegalGenerationError(`Generation ${generation} is not group ${groupId}'s, ${group.generationId}`);
    if (group.state === 'CompletingRebalance') throw new RebalanceInProgressError(`Group ${groupId} is handing out its assignment`);
    scheduleSession(ctx, group, member);
    return null;
  } catch (error) {
    return toLogkeeperError(error);
  }
}
