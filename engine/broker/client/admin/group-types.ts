import type { TopicPartitionList } from '../consumer/consumer-protocol.js';

/* The admin client's consumer-group arguments and answers: kafkajs's shapes, with numbers for offsets. */

export interface GroupOverview {
  groupId: string;
  /** 'consumer' for consumer groups of either protocol. */
  protocolType: string;
  /** Kafka's state names (Empty, Stable, PreparingRebalance, ..., Reconciling). */
  groupState: string;
  /** 'classic' or 'consumer' (KIP-848). */
  groupType: string;
}

export interface MemberDescription {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  /** The member's Subscription (ConsumerProtocol bytes; empty for KIP-848 members). */
  memberMetadata: Uint8Array;
  /** Its Assignment (ConsumerProtocol bytes; empty for KIP-848 members). */
  memberAssignment: Uint8Array;
  /** What it owns, decoded, by topic name. */
  assignment: TopicPartitionList[];
  /** KIP-848: its epoch; -1 for classic members. */
  memberEpoch: number;
}

export interface GroupDescription {
  /** 0, or Kafka's code for this group (GROUP_ID_NOT_FOUND for a group that does not exist: state 'Dead'). */
  errorCode: number;
  groupId: string;
  state: string;
  protocolType: string;
  /** The assignor: the classic protocol's name, or KIP-848's server assignor. */
  protocol: string;
  groupType: 'classic' | 'consumer';
  members: MemberDescription[];
}

export interface FetchOffsetsOptions {
  groupId: string;
  /** Every partition of these topics; default: the partitions the group has committed offsets for. */
  topics?: string[];
}

export interface PartitionOffsetAndLag {
  partition: number;
  /** The committed offset (the next to read); -1 when none is. */
  offset: number;
  metadata: string | null;
  /** The partition's high watermark. */
  high: number;
  /** high - offset; null without a committed offset. */
  lag: number | null;
}

export interface TopicOffsetsAndLag {
  topic: string;
  partitions: PartitionOffsetAndLag[];
}

export interface ResetOffsetsOptions {
  groupId: string;
  topic: string;
  /** The log's start (true) or its end (false, default). */
  earliest?: boolean;
}

export interface SetOffsetsOptions {
  groupId: string;
  topic: string;
  partitions: Array<{ partition: number; offset: number }>;
}
