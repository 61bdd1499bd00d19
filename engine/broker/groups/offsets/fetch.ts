import { StaleMemberEpochError, UnknownMemberIdError } from '../../../errors/index.js';
import type { OffsetFetchPartition, OffsetFetchRequest, OffsetFetchResponse } from '../../api/group-types.js';
import type { GroupContext } from '../context.js';

/*
 * OffsetFetch for one group: the committed offsets asked for (-1 where none is), or all of
 * the group's. A KIP-848 member that names itself must be at its current epoch. The answer
 * is released once the writes of the offsets it shows are committed (`op.reads`; it runs with
 * the shard's 'reads' gate), not behind other writes: it never shows an offset a failover
 * could lose, and a commit that was acknowledged is committed, so a member reads its own.
 * Every offset is stable, and `requireStable` (which waits for transactional commits in
 * Kafka) has nothing to wait for.
 */

type FetchGroup = OffsetFetchRequest['groups'][number];
type FetchedGroup = OffsetFetchResponse['groups'][number];

export function offsetFetch(ctx: GroupContext, request: FetchGroup): FetchedGroup {
  const { groupId, memberId, memberEpoch } = request;
  const group = ctx.state.consumer(groupId);
  if (group && memberId !== null) {
    const member = group.members.get(memberId);
    if (!member) throw new UnknownMemberIdError(`Group ${groupId} has no member ${memberId}`);
    if (member.memberEpoch !== memberEpoch) throw new StaleMemberEpochError(`Member ${memberId} is at epoch ${member.memberEpoch}, not ${memberEpoch}`);
  }
  const committed = ctx.state.offsets.of(groupId);
  if (request.topics === null) ctx.op.reads(groupId);
  const partition = (topic: string, partitionIndex: number): OffsetFetchPartition => {
    if (request.topics !== null) ctx.op.reads(groupId, topic, partitionIndex);
    const o = committed.get(topic)?.get(partitionIndex);
    return o
      ? { partitionIndex, committedOffset: o.offset, committedLeaderEpoch: o.leaderEpoch, metadata: o.metadata, errorCode: 0 }
      : { partitionIndex, committedOffset: -1, committedLeaderEpoch: -1, metadata: '', errorCode: 0 };
  };
  const topics =
    request.topics === null
      ? [...committed.entries()].map(([name, partitions]) => ({ name, partitions: [...partitions.keys()].sort((a, b) => a - b).map((p) => partition(name, p)) }))
      : request.topics.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((p) => partition(t.name, p)) }));
  return { groupId, errorCode: 0, topics };
}
