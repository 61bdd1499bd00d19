import type * as api from './group-types.js';
import { bool, box, bytes, int32, int64, list, nullable, nullableString, string, struct, type Desc } from './schema.js';

/*
 * The descriptor of every request and response of GroupApi (see schema.ts): the field list of
 * each message of groups.proto, typed by api/group-types.ts so that the two cannot drift apart.
 */

type Element<T> = T extends Array<infer E> ? E : never;

const int32s = list(int32);

const findCoordinatorRequest = struct<api.FindCoordinatorRequest>({ keyType: int32, keys: list(string) });

const findCoordinatorResponse = struct<api.FindCoordinatorResponse>({
  coordinators: list(
    struct<Element<api.FindCoordinatorResponse['coordinators']>>({ key: string, nodeId: int32, errorCode: int32, errorMessage: nullableString }),
  ),
});

const joinGroupRequest = struct<api.JoinGroupRequest>({
  groupId: string,
  sessionTimeoutMs: int32,
  rebalanceTimeoutMs: int32,
  memberId: string,
  groupInstanceId: nullableString,
  protocolType: string,
  protocols: list(struct<api.JoinGroupProtocol>({ name: string, metadata: bytes })),
  reason: nullableString,
});

const joinGroupResponse = struct<api.JoinGroupResponse>({
  errorCode: int32,
  generationId: int32,
  protocolType: nullableString,
  protocolName: nullableString,
  leader: string,
  skipAssignment: bool,
  memberId: string,
  members: list(struct<api.JoinGroupMember>({ memberId: string, groupInstanceId: nullableString, metadata: bytes })),
});

const syncGroupRequest = struct<api.SyncGroupRequest>({
  groupId: string,
  generationId: int32,
  memberId: string,
  groupInstanceId: nullableString,
  protocolType: nullableString,
  protocolName: nullableString,
  assignments: list(struct<Element<api.SyncGroupRequest['assignments']>>({ memberId: string, assignment: bytes })),
});

const syncGroupResponse = struct<api.SyncGroupResponse>({ errorCode: int32, protocolType: nullableString, protocolName: nullableString, assignment: bytes });

const heartbeatRequest = struct<api.HeartbeatRequest>({ groupId: string, generationId: int32, memberId: string, groupInstanceId: nullableString });

const heartbeatResponse = struct<api.HeartbeatResponse>({ errorCode: int32 });

const leaveGroupRequest = struct<api.LeaveGroupRequest>({
  groupId: string,
  members: list(struct<Element<api.LeaveGroupRequest['members']>>({ memberId: string, groupInstanceId: nullableString, reason: nullableString })),
});

const leaveGroupResponse = struct<api.LeaveGroupResponse>({
  errorCode: int32,
  members: list(struct<Element<api.LeaveGroupResponse['members']>>({ memberId: string, groupInstanceId: nullableString, errorCode: int32 })),
});

/** OffsetCommit's and OffsetDelete's answers per topic: the same message. */
const topicResults = list(
  struct<Element<api.OffsetCommitResponse['topics']>>({
    name: string,
    partitions: list(struct<{ partitionIndex: number; errorCode: number }>({ partitionIndex: int32, errorCode: int32 })),
  }),
);

const offsetCommitRequest = struct<api.OffsetCommitRequest>({
  groupId: string,
  generationIdOrMemberEpoch: int32,
  memberId: string,
  groupInstanceId: nullableString,
  topics: list(
    struct<Element<api.OffsetCommitRequest['topics']>>({
      name: string,
      partitions: list(
        struct<api.OffsetCommitPartition>({ partitionIndex: int32, committedOffset: int64, committedLeaderEpoch: int32, committedMetadata: nullableString }),
      ),
    }),
  ),
});

const offsetCommitResponse = struct<api.OffsetCommitResponse>({ topics: topicResults });

type FetchGroup = Element<api.OffsetFetchRequest['groups']>;

const offsetFetchRequest = struct<api.OffsetFetchRequest>({
  groups: list(
    struct<FetchGroup>({
      groupId: string,
      memberId: nullableString,
      memberEpoch: int32,
      topics: nullable(box('items', list(struct<Element<NonNullable<FetchGroup['topics']>>>({ name: string, partitionIndexes: int32s })))),
    }),
  ),
  requireStable: bool,
});

type FetchedGroup = Element<api.OffsetFetchResponse['groups']>;

const offsetFetchResponse = struct<api.OffsetFetchResponse>({
  groups: list(
    struct<FetchedGroup>({
      groupId: string,
      errorCode: int32,
      topics: list(
        struct<Element<FetchedGroup['topics']>>({
          name: string,
          partitions: list(
            struct<api.OffsetFetchPartition>({ partitionIndex: int32, committedOffset: int64, committedLeaderEpoch: int32, metadata: nullableString, errorCode: int32 }),
          ),
        }),
      ),
    }),
  ),
});

const offsetDeleteRequest = struct<api.OffsetDeleteRequest>({
  groupId: string,
  topics: list(struct<Element<api.OffsetDeleteRequest['topics']>>({ name: string, partitions: int32s })),
});

const offsetDeleteResponse = struct<api.OffsetDeleteResponse>({ errorCode: int32, topics: topicResults });

const describeGroupsRequest = struct<api.DescribeGroupsRequest>({ groups: list(string) });

const describeGroupsResponse = struct<api.DescribeGroupsResponse>({
  groups: list(
    struct<Element<api.DescribeGroupsResponse['groups']>>({
      errorCode: int32,
      groupId: string,
      groupState: string,
      protocolType: string,
      protocolData: string,
      members: list(
        struct<api.DescribedGroupMember>({
          memberId: string,
          groupInstanceId: nullableString,
          clientId: string,
          clientHost: string,
          memberMetadata: bytes,
          memberAssignment: bytes,
        }),
      ),
    }),
  ),
});

const listGroupsRequest = struct<api.ListGroupsRequest>({ statesFilter: list(string), typesFilter: list(string) });

const listGroupsResponse = struct<api.ListGroupsResponse>({
  errorCode: int32,
  groups: list(struct<Element<api.ListGroupsResponse['groups']>>({ groupId: string, protocolType: string, groupState: string, groupType: string })),
});

const deleteGroupsRequest = struct<api.DeleteGroupsRequest>({ groupsNames: list(string) });

const deleteGroupsResponse = struct<api.DeleteGroupsResponse>({
  results: list(struct<Element<api.DeleteGroupsResponse['results']>>({ groupId: string, errorCode: int32 })),
});

const topicPartitions = struct<api.TopicPartitions>({ topicId: string, partitions: int32s });

const consumerGroupHeartbeatRequest = struct<api.ConsumerGroupHeartbeatRequest>({
  groupId: string,
  memberId: string,
  memberEpoch: int32,
  instanceId: nullableString,
  rackId: nullableString,
  rebalanceTimeoutMs: int32,
  subscribedTopicNames: nullable(box('items', list(string))),
  subscribedTopicRegex: nullableString,
  serverAssignor: nullableString,
  topicPartitions: nullable(box('items', list(topicPartitions))),
});

const consumerGroupHeartbeatResponse = struct<api.ConsumerGroupHeartbeatResponse>({
  errorCode: int32,
  errorMessage: nullableString,
  memberId: nullableString,
  memberEpoch: int32,
  heartbeatIntervalMs: int32,
  assignment: nullable(struct<NonNullable<api.ConsumerGroupHeartbeatResponse['assignment']>>({ topicPartitions: list(topicPartitions) })),
});

const consumerGroupDescribeRequest = struct<api.ConsumerGroupDescribeRequest>({ groupIds: list(string) });

const consumerGroupDescribeResponse = struct<api.ConsumerGroupDescribeResponse>({
  groups: list(
    struct<Element<api.ConsumerGroupDescribeResponse['groups']>>({
      errorCode: int32,
      errorMessage: nullableString,
      groupId: string,
      groupState: string,
      groupEpoch: int32,
      assignmentEpoch: int32,
      assignorName: string,
      members: list(
        struct<api.ConsumerGroupDescribeMember>({
          memberId: string,
          instanceId: nullableString,
          rackId: nullableString,
          memberEpoch: int32,
          clientId: string,
          clientHost: string,
          subscribedTopicNames: list(string),
          subscribedTopicRegex: nullableString,
          assignment: list(topicPartitions),
          targetAssignment: list(topicPartitions),
        }),
      ),
    }),
  ),
});

export type GroupRequestOf<K extends api.GroupApiName> = Parameters<api.GroupApi[K]>[0];
export type GroupResponseOf<K extends api.GroupApiName> = Awaited<ReturnType<api.GroupApi[K]>>;

/** Each group API's request and response descriptors, by name. */
export const GROUP_API_MESSAGES: {
  readonly [K in api.GroupApiName]: { request: Desc<GroupRequestOf<K>>; response: Desc<GroupResponseOf<K>> };
} = {
  findCoordinator: { request: findCoordinatorRequest, response: findCoordinatorResponse },
  joinGroup: { request: joinGroupRequest, response: joinGroupResponse },
  syncGroup: { request: syncGroupRequest, response: syncGroupResponse },
  heartbeat: { request: heartbeatRequest, response: heartbeatResponse },
  leaveGroup: { request: leaveGroupRequest, response: leaveGroupResponse },
  offsetCommit: { request: offsetCommitRequest, response: offsetCommitResponse },
  offsetFetch: { request: offsetFetchRequest, response: offsetFetchResponse },
  offsetDelete: { request: offsetDeleteRequest, response: offsetDeleteResponse },
  describeGroups: { request: describeGroupsRequest, response: describeGroupsResponse },
  listGroups: { request: listGroupsRequest, response: listGroupsResponse },
  deleteGroups: { request: deleteGroupsRequest, response: deleteGroupsResponse },
  consumerGroupHeartbeat: { request: consumerGroupHeartbeatRequest, response: consumerGroupHeartbeatResponse },
  consumerGroupDescribe: { request: consumerGroupDescribeRequest, response: consumerGroupDescribeResponse },
};
