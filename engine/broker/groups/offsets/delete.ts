import { GroupIdNotFoundError, kafkaCodeOf, NonEmptyGroupError } from '../../../errors/index.js';
import type { OffsetDeleteRequest, OffsetDeleteResponse } from '../../api/group-types.js';
import { subscribedTopics as classicTopics } from '../classic/subscription.js';
import type { GroupContext } from '../context.js';
import { subscribedTopics as consumerTopics } from '../consumer/target.js';

/*
 * OffsetDelete: a group's committed offsets of some partitions go (tombstones), unless its
 * members subscribe to the topic (GROUP_SUBSCRIBED_TO_TOPIC) — a classic group that does not
 * speak the consumer protocol must be empty for it (NON_EMPTY_GROUP).
 */

export function offsetDelete(ctx: GroupContext, request: OffsetDeleteRequest): OffsetDeleteResponse {
  const { groupId } = request;
  const group = ctx.state.groups.get(groupId);
  if (!group) throw new GroupIdNotFoundError(`Group ${groupId} does not exist here`);
  let subscribed: Set<string>;
  if (group.type === 'consumer') subscribed = new Set(consumerTopics(ctx, group).map((t) => t.name));
  else if (group.state !== 'Empty' && group.protocolType !== 'consumer') throw new NonEmptyGroupError(`Group ${groupId} is not empty`);
  else subscribed = classicTopics(group);
  const inUse = kafkaCodeOf('GROUP_SUBSCRIBED_TO_TOPIC');
  const topics = request.topics.map((topic) => ({
    name: topic.name,
    partitions: topic.partitions.map((partitionIndex) => {
      if (subscribed.has(topic.name)) return { partitionIndex, errorCode: inUse };
      if (ctx.state.offsets.get(groupId, topic.name, partitionIndex)) {
        ctx.op.append({ kind: 'offset', groupId, topic: topic.name, partition: partitionIndex, value: null });
      }
      return { partitionIndex, errorCode: 0 };
    }),
  }));
  return { errorCode: 0, topics };
}
