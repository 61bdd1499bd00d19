import type { TopicPartitions } from '../../api/group-types.js';

/*
 * The records a group coordinator keeps in `__consumer_offsets`, as values (records.ts turns
 * them into a record's key and value bytes; docs/groups.md has the layouts). Each has a key;
 * a null value is a tombstone: compaction keeps the latest record of each key, and drops a
 * key whose latest is a tombstone.
 */

/** A committed offset: Kafka's OffsetCommitValue. */
export interface OffsetValue {
  offset: number;
  leaderEpoch: number;
  metadata: string;
  commitTimestamp: number;
}

/** A classic group's member, as Kafka's GroupMetadataValue holds it. */
export interface ClassicMemberValue {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeout: number;
  sessionTimeout: number;
  /** The member's metadata of the group's protocol. */
  subscription: Uint8Array;
  assignment: Uint8Array;
}

/** A classic group: Kafka's GroupMetadataValue. */
export interface ClassicGroupValue {
  protocolType: string;
  generation: number;
  protocol: string | null;
  leader: string | null;
  currentStateTimestamp: number;
  members: ClassicMemberValue[];
}

/** A KIP-848 group's epochs and the topics its members subscribe to (logkeeper's record). */
export interface ConsumerGroupValue {
  groupEpoch: number;
  assignmentEpoch: number;
  /** The subscribed topics that exist, as the target assignment saw them. */
  topics: Array<{ topicId: string; name: string; partitions: number }>;
}

/** A KIP-848 member: its subscription and its current assignment (logkeeper's record). */
export interface ConsumerMemberValue {
  instanceId: string | null;
  rackId: string | null;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  subscribedTopicRegex: string | null;
  serverAssignor: string | null;
  rebalanceTimeoutMs: number;
  memberEpoch: number;
  previousMemberEpoch: number;
  /** MemberState: 0 stable, 1 unrevoked partitions, 2 unreleased partitions. */
  state: number;
  assigned: TopicPartitions[];
  pendingRevocation: TopicPartitions[];
}

/** A KIP-848 member's target assignment (logkeeper's record). */
export interface ConsumerTargetValue {
  assignment: TopicPartitions[];
}

export type GroupRecord =
  | { kind: 'offset'; groupId: string; topic: string; partition: number; value: OffsetValue | null }
  | { kind: 'classic'; groupId: string; value: ClassicGroupValue | null }
  | { kind: 'consumerGroup'; groupId: string; value: ConsumerGroupValue | null }
  | { kind: 'consumerMember'; groupId: string; memberId: string; value: ConsumerMemberValue | null }
  | { kind: 'consumerTarget'; groupId: string; memberId: string; value: ConsumerTargetValue | null };
