import { GroupIdNotFoundError, NonEmptyGroupError } from '../../errors/index.js';
import type { ConsumerGroupDescribeResponse, DescribeGroupsResponse, ListGroupsRequest, ListGroupsResponse } from '../api/group-types.js';
import type { GroupContext } from './context.js';
import { toTopicPartitions } from './consumer/assignment.js';
import { consumerGroupTombstones } from './consumer/records.js';
import { assignorOf } from './consumer/target.js';
import type { GroupConfig } from './config.js';
import type { GroupState } from './state.js';

/*
 * The groups' administration, per shard: DescribeGroups (classic groups, Kafka's summary:
 * metadata and assignments only while Stable; any other id is "Dead"), ConsumerGroupDescribe
 * (KIP-848 groups; any other id is GROUP_ID_NOT_FOUND), ListGroups and DeleteGroups (an
 * empty group only: its offsets and its records become tombstones).
 */

type DescribedGroup = DescribeGroupsResponse['groups'][number];
type DescribedConsumerGroup = ConsumerGroupDescribeResponse['groups'][number];
type ListedGroup = ListGroupsResponse['groups'][number];

const EMPTY = new Uint8Array(0);

export function describeGroup(state: GroupState, groupId: string): DescribedGroup {
  const group = state.classic(groupId);
  if (!group) return { errorCode: 0, groupId, groupState: 'Dead', protocolType: '', protocolData: '', members: [] };
  const stable = group.state === 'Stable';
  return {
    errorCode: 0,
    groupId,
    groupState: group.state,
    protocolType: group.protocolType ?? '',
    protocolData: stable ? (group.protocolName ?? '') : '',
    members: [...group.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      memberMetadata: stable ? m.metadata(group.protocolName) : EMPTY,
      memberAssignment: stable ? m.assignment : EMPTY,
    })),
  };
}

export function describeConsumerGroup(state: GroupState, config: GroupConfig, groupId: string): DescribedConsumerGroup {
  const group = state.consumer(groupId);
  if (!group) throw new GroupIdNotFoundError(`Group ${groupId} is not a consumer group here`);
  return {
    errorCode: 0,
    errorMessage: null,
    groupId,
    groupState: group.state,
    groupEpoch: group.groupEpoch,
    assignmentEpoch: group.assignmentEpoch,
    assignorName: assignorOf(config, group),
    members: [...group.members.values()].map((m) => ({
      memberId: m.memberId,
      instanceId: m.instanceId,
      rackId: m.rackId,
      memberEpoch: m.memberEpoch,
      clientId: m.clientId,
      clientHost: m.clientHost,
      subscribedTopicNames: [...m.subscribedTopicNames],
      subscribedTopicRegex: m.subscribedTopicRegex,
      assignment: toTopicPartitions(m.assigned),
      targetAssignment: toTopicPartitions(group.target(m.memberId)),
    })),
  };
}

/** The shard's groups that pass the filters (states and types, case-insensitive; empty: any). */
export function listGroups(state: GroupState, request: ListGroupsRequest): ListedGroup[] {
  const states = new Set(request.statesFilter.map((s) => s.toLowerCase()));
  const types = new Set(request.typesFilter.map((s) => s.toLowerCase()));
  const out: ListedGroup[] = [];
  for (const group of state.groups.values()) {
    const listed =
      group.type === 'classic'
        ? { groupId: group.groupId, protocolType: group.protocolType ?? '', groupState: group.state as string, groupType: 'classic' }
        : { groupId: group.groupId, protocolType: 'consumer', groupState: group.state as string, groupType: 'consumer' };
    if ((states.size === 0 || states.has(listed.groupState.toLowerCase())) && (types.size === 0 || types.has(listed.groupType))) out.push(listed);
  }
  return out;
}

/** Deletes an empty group: its offsets, then its own records. */
export function deleteGroup(ctx: GroupContext, groupId: string): void {
  const { state, op } = ctx;
  const group = state.groups.get(groupId);
  if (!group) throw new GroupIdNotFoundError(`Group ${groupId} does not exist here`);
  if (group.type === 'classic' ? group.state !== 'Empty' : group.members.size > 0) throw new NonEmptyGroupError(`Group ${groupId} is not empty`);
  for (const [topic, partitions] of [...state.offsets.of(groupId)]) {
    for (const partition of [...partitions.keys()]) op.append({ kind: 'offset', groupId, topic, partition, value: null });
  }
  if (group.type === 'classic') op.append({ kind: 'classic', groupId, value: null });
  else for (const record of consumerGroupTombstones(group)) op.append(record);
}
