import type { LogkeeperError } from '../../../errors/index.js';
import { topicPartitionKey } from '../../metadata/types.js';
import type { TopicPartition } from './partition-consumer.js';

/*
 * The seam between a consumer and its group membership (classic-membership.ts for Kafka's
 * classic protocol, consumer-membership.ts for KIP-848's). A membership joins, keeps the
 * member alive and decides which partitions the consumer owns; it tells the consumer through a
 * MembershipListener, and waits for `revoke` (which stops the partitions and commits their
 * offsets) before it lets the group hand them to another member.
 */

/** What an OffsetCommit carries to prove the member may commit. */
export interface CommitIdentity {
  /** The classic generation or the KIP-848 member epoch; -1 outside a group generation. */
  generationIdOrMemberEpoch: number;
  memberId: string;
  groupInstanceId: string | null;
}

export interface JoinedInfo {
  groupProtocol: 'classic' | 'consumer';
  memberId: string;
  /** The classic generation or the KIP-848 member epoch. */
  generationId: number;
  /** Classic: this member ran the assignor. Always false under KIP-848 (the coordinator assigns). */
  isLeader: boolean;
  leaderId: string | null;
  /** The assignor: the classic protocol's name, or KIP-848's server assignor. */
  assignor: string | null;
  assignment: TopicPartition[];
}

export interface MembershipListener {
  /** Stop these partitions, commit what was processed of them, then resolve. */
  revoke(partitions: TopicPartition[]): Promise<void>;
  /** These partitions are gone (the member was fenced or expired): stop them, nothing is committed. */
  lose(partitions: TopicPartition[]): Promise<void>;
  /** Start consuming these, from their committed offsets (else autoOffsetReset). */
  assign(partitions: TopicPartition[]): void;
  joined(info: JoinedInfo): void;
  rebalancing(reason: string): void;
  heartbeat(): void;
  /** A fatal error: the membership has stopped. */
  crash(error: LogkeeperError): void;
}

export interface Membership {
  readonly groupProtocol: 'classic' | 'consumer';
  /** Joins and stays in the group until `leave`. */
  start(): void;
  /** Revokes everything (committing), leaves the group (a static member only steps away), and stops. */
  leave(): Promise<void>;
  identity(): CommitIdentity;
  /** Something (a refused commit, a changed subscription) says the member should rejoin or resend its subscription. */
  rejoin(reason: string): void;
  /**
   * The coordinator's "heartbeat now" notice for member `memberId` (logkeeper's extra, see
   * docs/groups.md): heartbeat at once rather than at the interval. A hint: ignored when the
   * member is not (or no longer) `memberId`.
   */
  heartbeatNow(memberId: string): void;
}

/** What the memberships need to know of topics: the subscription resolved, partition counts, topic ids. */
export interface GroupTopics {
  /** The subscribed topic names now (patterns matched against fresh metadata). */
  subscribed(signal?: AbortSignal): Promise<string[]>;
  /** Partition counts of those of `topics` that exist. */
  partitionCounts(topics: readonly string[], signal?: AbortSignal): Promise<Map<string, number>>;
  /** Known topic names of topic ids (KIP-848 assigns by topic id); ids not known refresh the metadata. */
  topicNames(ids: readonly string[], signal?: AbortSignal): Promise<Map<string, string>>;
}

export const keyOf = (tp: TopicPartition): string => topicPartitionKey(tp.topic, tp.partition);

/** Partitions in `a` and not in `b`. */
export function minus(a: readonly TopicPartition[], b: readonly TopicPartition[]): TopicPartition[] {
  const inB = new Set(b.map(keyOf));
  return a.filter((tp) => !inB.has(keyOf(tp)));
}

/** Partitions grouped by topic, topics and partitions sorted. */
export function byTopic(list: readonly TopicPartition[]): Array<{ topic: string; partitions: number[] }> {
  const topics = new Map<string, number[]>();
  for (const { topic, partition } of list) topics.set(topic, [...(topics.get(topic) ?? []), partition]);
  return [...topics]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([topic, partitions]) => ({ topic, partitions: partitions.sort((x, y) => x - y) }));
}

export function flatten(lists: ReadonlyArray<{ topic: string; partitions: readonly number[] }>): TopicPartition[] {
  return lists.flatMap(({ topic, partitions }) => partitions.map((partition) => ({ topic, partition })));
}
