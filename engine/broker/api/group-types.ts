/*
 * The consumer groups' API: what each request carries and each answer returns, as plain
 * objects, Kafka's messages of the same names field for field (camelCased), with Kafka's
 * numeric error codes. Like types.ts it is the one seam for logkeeper's own clients (over
 * RPC, `broker.<api>`) and for the Kafka protocol front door.
 *
 * Two rebalance protocols are served: Kafka's classic one (JoinGroup, SyncGroup, Heartbeat,
 * LeaveGroup; the group's leader member runs the assignor) and the server-side incremental
 * one of KIP-848 (ConsumerGroupHeartbeat; the coordinator assigns). Offsets (OffsetCommit,
 * OffsetFetch) and the groups' administration serve both.
 */

/** FindCoordinator key types. */
export const COORDINATOR_GROUP = 0;
export const COORDINATOR_TRANSACTION = 1;

/** The member id a new classic member joins with. */
export const UNKNOWN_MEMBER_ID = '';
/** JoinGroup's generation before any; OffsetCommit's "no generation" (a standalone consumer). */
export const NO_GENERATION = -1;

/** ConsumerGroupHeartbeat's member epochs with a meaning of their own. */
export const JOINING_EPOCH = 0;
export const LEAVING_EPOCH = -1;
export const LEAVING_STATIC_EPOCH = -2;

export interface FindCoordinatorRequest {
  keyType: number;
  keys: string[];
}

export interface FindCoordinatorResponse {
  coordinators: Array<{ key: string; nodeId: number; errorCode: number; errorMessage: string | null }>;
}

export interface JoinGroupProtocol {
  name: string;
  metadata: Uint8Array;
}

export interface JoinGroupRequest {
  groupId: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  /** '' to join as a new member (the answer is MEMBER_ID_REQUIRED with the id to join with). */
  memberId: string;
  /** Static membership (KIP-345): a restarted member with the same id gets its place back. */
  groupInstanceId: string | null;
  protocolType: string;
  protocols: JoinGroupProtocol[];
  reason: string | null;
}

export interface JoinGroupMember {
  memberId: string;
  groupInstanceId: string | null;
  metadata: Uint8Array;
}

export interface JoinGroupResponse {
  errorCode: number;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leader: string;
  /** KIP-814: the leader's static member rejoined and need not assign again. */
  skipAssignment: boolean;
  memberId: string;
  /** The members and their metadata: for the leader only, empty for the others. */
  members: JoinGroupMember[];
}

export interface SyncGroupRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  protocolType: string | null;
  protocolName: string | null;
  /** The leader's assignment for every member; empty from the others. */
  assignments: Array<{ memberId: string; assignment: Uint8Array }>;
}

export interface SyncGroupResponse {
  errorCode: number;
  protocolType: string | null;
  protocolName: string | null;
  assignment: Uint8Array;
}

export interface HeartbeatRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
}

export interface HeartbeatResponse {
  errorCode: number;
}

export interface LeaveGroupRequest {
  groupId: string;
  members: Array<{ memberId: string; groupInstanceId: string | null; reason: string | null }>;
}

export interface LeaveGroupResponse {
  errorCode: number;
  members: Array<{ memberId: string; groupInstanceId: string | null; errorCode: number }>;
}

export interface OffsetCommitPartition {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch: number;
  committedMetadata: string | null;
}

export interface OffsetCommitRequest {
  groupId: string;
  /** The classic generation, or the KIP-848 member epoch; -1 for a consumer outside any group's rebalancing. */
  generationIdOrMemberEpoch: number;
  memberId: string;
  groupInstanceId: string | null;
  topics: Array<{ name: string; partitions: OffsetCommitPartition[] }>;
}

export interface OffsetCommitResponse {
  topics: Array<{ name: string; partitions: Array<{ partitionIndex: number; errorCode: number }> }>;
}

export interface OffsetFetchRequest {
  groups: Array<{
    groupId: string;
    /** KIP-848 members give their id and epoch (null / -1 otherwise). */
    memberId: string | null;
    memberEpoch: number;
    /** null: every committed offset of the group. */
    topics: Array<{ name: string; partitionIndexes: number[] }> | null;
  }>;
  requireStable: boolean;
}

export interface OffsetFetchPartition {
  partitionIndex: number;
  /** -1 when nothing is committed. */
  committedOffset: number;
  committedLeaderEpoch: number;
  metadata: string | null;
  errorCode: number;
}

export interface OffsetFetchResponse {
  groups: Array<{ groupId: string; errorCode: number; topics: Array<{ name: string; partitions: OffsetFetchPartition[] }> }>;
}

export interface DescribeGroupsRequest {
  groups: string[];
}

export interface DescribedGroupMember {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  memberMetadata: Uint8Array;
  memberAssignment: Uint8Array;
}

export interface DescribeGroupsResponse {
  groups: Array<{
    errorCode: number;
    groupId: string;
    /** Kafka's names: Empty, PreparingRebalance, CompletingRebalance, Stable, Dead (classic); Empty, Assigning, Reconciling, Stable (KIP-848). */
    groupState: string;
    protocolType: string;
    protocolData: string;
    members: DescribedGroupMember[];
  }>;
}

export interface ListGroupsRequest {
  statesFilter: string[];
  typesFilter: string[];
}

export interface ListGroupsResponse {
  errorCode: number;
  groups: Array<{ groupId: string; protocolType: string; groupState: string; groupType: string }>;
}

export interface DeleteGroupsRequest {
  groupsNames: string[];
}

export interface DeleteGroupsResponse {
  results: Array<{ groupId: string; errorCode: number }>;
}

export interface OffsetDeleteRequest {
  groupId: string;
  topics: Array<{ name: string; partitions: number[] }>;
}

export interface OffsetDeleteResponse {
  errorCode: number;
  topics: Array<{ name: string; partitions: Array<{ partitionIndex: number; errorCode: number }> }>;
}

/** A member's partitions, by topic id (KIP-848 speaks in topic ids). */
export interface TopicPartitions {
  topicId: string;
  partitions: number[];
}

export interface ConsumerGroupHeartbeatRequest {
  groupId: string;
  /** '' on the first heartbeat (the coordinator gives one); the member's id after. */
  memberId: string;
  /** 0 to join, -1 to leave, -2 for a static member to leave for now; the epoch it has otherwise. */
  memberEpoch: number;
  instanceId: string | null;
  rackId: string | null;
  /** -1: unchanged since the last heartbeat. */
  rebalanceTimeoutMs: number;
  /** null: unchanged. */
  subscribedTopicNames: string[] | null;
  subscribedTopicRegex: string | null;
  /** 'uniform' or 'range'; null: unchanged (or the coordinator's default). */
  serverAssignor: string | null;
  /** What the member owns now (sent when it changed, and on a full heartbeat); null: unchanged. */
  topicPartitions: TopicPartitions[] | null;
}

export interface ConsumerGroupHeartbeatResponse {
  errorCode: number;
  errorMessage: string | null;
  memberId: string | null;
  memberEpoch: number;
  heartbeatIntervalMs: number;
  /** What the member should own now; null: unchanged. */
  assignment: { topicPartitions: TopicPartitions[] } | null;
}

export interface ConsumerGroupDescribeRequest {
  groupIds: string[];
}

export interface ConsumerGroupDescribeMember {
  memberId: string;
  instanceId: string | null;
  rackId: string | null;
  memberEpoch: number;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  subscribedTopicRegex: string | null;
  assignment: TopicPartitions[];
  targetAssignment: TopicPartitions[];
}

export interface ConsumerGroupDescribeResponse {
  groups: Array<{
    errorCode: number;
    errorMessage: string | null;
    groupId: string;
    groupState: string;
    groupEpoch: number;
    assignmentEpoch: number;
    assignorName: string;
    members: ConsumerGroupDescribeMember[];
  }>;
}

/** Every consumer-group API a broker serves, by RPC method name (`broker.<name>`). */
export interface GroupApi {
  findCoordinator(request: FindCoordinatorRequest): Promise<FindCoordinatorResponse>;
  joinGroup(request: JoinGroupRequest): Promise<JoinGroupResponse>;
  syncGroup(request: SyncGroupRequest): Promise<SyncGroupResponse>;
  heartbeat(request: HeartbeatRequest): Promise<HeartbeatResponse>;
  leaveGroup(request: LeaveGroupRequest): Promise<LeaveGroupResponse>;
  offsetCommit(request: OffsetCommitRequest): Promise<OffsetCommitResponse>;
  offsetFetch(request: OffsetFetchRequest): Promise<OffsetFetchResponse>;
  offsetDelete(request: OffsetDeleteRequest): Promise<OffsetDeleteResponse>;
  describeGroups(request: DescribeGroupsRequest): Promise<DescribeGroupsResponse>;
  listGroups(request: ListGroupsRequest): Promise<ListGroupsResponse>;
  deleteGroups(request: DeleteGroupsRequest): Promise<DeleteGroupsResponse>;
  consumerGroupHeartbeat(request: ConsumerGroupHeartbeatRequest): Promise<ConsumerGroupHeartbeatResponse>;
  consumerGroupDescribe(request: ConsumerGroupDescribeRequest): Promise<ConsumerGroupDescribeResponse>;
}

export type GroupApiName = keyof GroupApi;
