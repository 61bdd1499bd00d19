import { messageCodec, type GeneratedType, type MessageCodec } from './codec.js';
import { MAX_REQUEST_FIELDS } from './field-budget.js';
import { logkeeper } from './generated/groups.js';
import { GROUP_API_MESSAGES, type GroupRequestOf, type GroupResponseOf } from './group-messages.js';
import type { AnyDesc } from './schema.js';
import type { GroupApiName } from './group-types.js';

/*
 * The consumer groups' `broker.<name>` payloads: each GroupApi request and response as bytes
 * and back, with the same checks as codec.ts's (BAD_ARGUMENTS encoding, MALFORMED_FRAME
 * decoding). A table of its own beside BROKER_CODECS; client.ts and server.ts serve both.
 */

const pb = logkeeper.groups;

const GENERATED: { readonly [K in GroupApiName]: readonly [GeneratedType, GeneratedType] } = {
  findCoordinator: [pb.FindCoordinatorRequest, pb.FindCoordinatorResponse],
  joinGroup: [pb.JoinGroupRequest, pb.JoinGroupResponse],
  syncGroup: [pb.SyncGroupRequest, pb.SyncGroupResponse],
  heartbeat: [pb.HeartbeatRequest, pb.HeartbeatResponse],
  leaveGroup: [pb.LeaveGroupRequest, pb.LeaveGroupResponse],
  offsetCommit: [pb.OffsetCommitRequest, pb.OffsetCommitResponse],
  offsetFetch: [pb.OffsetFetchRequest, pb.OffsetFetchResponse],
  offsetDelete: [pb.OffsetDeleteRequest, pb.OffsetDeleteResponse],
  describeGroups: [pb.DescribeGroupsRequest, pb.DescribeGroupsResponse],
  listGroups: [pb.ListGroupsRequest, pb.ListGroupsResponse],
  deleteGroups: [pb.DeleteGroupsRequest, pb.DeleteGroupsResponse],
  consumerGroupHeartbeat: [pb.ConsumerGroupHeartbeatRequest, pb.ConsumerGroupHeartbeatResponse],
  consumerGroupDescribe: [pb.ConsumerGroupDescribeRequest, pb.ConsumerGroupDescribeResponse],
};

/** Every group API name, in the order of GroupApi. */
export const GROUP_API_NAMES = Object.freeze(Object.keys(GENERATED)) as readonly GroupApiName[];

export interface GroupApiCodec<K extends GroupApiName> {
  readonly request: MessageCodec<GroupRequestOf<K>>;
  readonly response: MessageCodec<GroupResponseOf<K>>;
}

function apiCodec<K extends GroupApiName>(api: K): GroupApiCodec<K> {
  const [request, response] = GENERATED[api];
  const descs: Readonly<Record<GroupApiName, { request: AnyDesc; response: AnyDesc }>> = GROUP_API_MESSAGES;
  return {
    request: messageCodec(`${api} request`, request, descs[api].request, MAX_REQUEST_FIELDS),
    response: messageCodec(`${api} response`, response, descs[api].response),
  };
}

/** The codecs of each group API, by name. */
export const GROUP_CODECS = Object.freeze(
  Object.fromEntries(GROUP_API_NAMES.map((api) => [api, apiCodec(api)])),
) as { readonly [K in GroupApiName]: GroupApiCodec<K> };

export type { GroupRequestOf, GroupResponseOf };
