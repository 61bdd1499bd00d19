import type { Subscription, TopicPartitionList } from '../consumer-protocol.js';

/*
 * A classic group's client-side assignor (Kafka's ConsumerPartitionAssignor): each member
 * names the assignors it supports in JoinGroup, the coordinator picks one every member has,
 * and the leader member runs it over every member's Subscription.
 */

export type RebalanceProtocol = 'eager' | 'cooperative';

export interface GroupMember {
  memberId: string;
  groupInstanceId: string | null;
  subscription: Subscription;
}

export interface Assignor {
  /** The protocol name members announce in JoinGroup: 'range', 'roundrobin', 'cooperative-sticky'. */
  readonly name: string;
  /**
   * 'eager': a member gives up everything before it rejoins. 'cooperative': it keeps
   * consuming what it owns through a rebalance, and gives up only what the assignment takes
   * away (KIP-429).
   */
  readonly rebalanceProtocol: RebalanceProtocol;
  /** The userData of this member's Subscription (null for none). */
  userData(state: { generationId: number }): Uint8Array | null;
  /**
   * What each member gets, by member id (every member present, possibly with nothing).
   * `partitionsPerTopic` has every topic some member subscribes to that exists.
   */
  assign(members: readonly GroupMember[], partitionsPerTopic: ReadonlyMap<string, number>): Map<string, TopicPartitionList[]>;
}

/**
 * Kafka's member order for assignors: static members first, by group instance id, then the
 * others by member id. With static members an assignment does not depend on the member ids
 * a restart hands out.
 */
export function compareMembers(a: GroupMember, b: GroupMember): number {
  if (a.groupInstanceId !== null && b.groupInstanceId !== null) return compareStrings(a.groupInstanceId, b.groupInstanceId);
  if (a.groupInstanceId !== null) return -1;
  if (b.groupInstanceId !== null) return 1;
  return compareStrings(a.memberId, b.memberId);
}

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `byMember` (topic → partitions per member) as ConsumerProtocol lists, topics and partitions in order, every member present. */
export function toAssignment(members: readonly GroupMember[], byMember: ReadonlyMap<string, ReadonlyMap<string, number[]>>): Map<string, TopicPartitionList[]> {
  const out = new Map<string, TopicPartitionList[]>();
  for (const m of members) {
    const topics = byMember.get(m.memberId) ?? new Map<string, number[]>();
    out.set(
      m.memberId,
      [...topics]
        .filter(([, ps]) => ps.length > 0)
        .sort(([a], [b]) => compareStrings(a, b))
        .map(([topic, ps]) => ({ topic, partitions: [...ps].sort((x, y) => x - y) })),
    );
  }
  return out;
}
