import type { GroupRecord } from '../records/types.js';
import { toTopicPartitions, type Assignment } from './assignment.js';
import { memberValue, type ConsumerGroup, type ConsumerMember } from './group.js';

/*
 * The records a KIP-848 group's changes are written as (records/records.ts encodes them).
 */

export function groupRecord(group: ConsumerGroup, groupEpoch: number, assignmentEpoch: number, topics: ConsumerGroup['topics']): GroupRecord {
  return { kind: 'consumerGroup', groupId: group.groupId, value: { groupEpoch, assignmentEpoch, topics } };
}

export function memberRecord(groupId: string, member: ConsumerMember): GroupRecord {
  return { kind: 'consumerMember', groupId, memberId: member.memberId, value: memberValue(member) };
}

export function targetRecord(groupId: string, memberId: string, assignment: Assignment): GroupRecord {
  return { kind: 'consumerTarget', groupId, memberId, value: { assignment: toTopicPartitions(assignment) } };
}

/** A member gone: its subscription and assignment, and its target. */
export function memberTombstones(groupId: string, memberId: string): GroupRecord[] {
  return [
    { kind: 'consumerMember', groupId, memberId, value: null },
    { kind: 'consumerTarget', groupId, memberId, value: null },
  ];
}

/** The whole group gone (its offsets are not touched). */
export function consumerGroupTombstones(group: ConsumerGroup): GroupRecord[] {
  const records = [...group.members.keys()].flatMap((memberId) => memberTombstones(group.groupId, memberId));
  for (const memberId of group.targets.keys()) if (!group.members.has(memberId)) records.push({ kind: 'consumerTarget', groupId: group.groupId, memberId, value: null });
  records.push({ kind: 'consumerGroup', groupId: group.groupId, value: null });
  return records;
}
