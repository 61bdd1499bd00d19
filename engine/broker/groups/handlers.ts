import { kafkaCodeOf, toLogkeeperError, type LogkeeperError } from '../../errors/index.js';
import type * as api from '../api/group-types.js';
import { describeConsumerGroup, describeGroup, deleteGroup, listGroups } from './admin.js';
import { heartbeat } from './classic/heartbeat.js';
import { joinGroup } from './classic/join.js';
import { leaveGroup } from './classic/leave.js';
import { syncGroup } from './classic/sync.js';
import { consumerGroupHeartbeat } from './consumer/heartbeat.js';
import type { GroupContext } from './context.js';
import type { GroupCoordinator } from './coordinator.js';
import type { CoordinatorFinder } from './find-coordinator.js';
import { offsetCommit } from './offsets/commit.js';
import { offsetDelete } from './offsets/delete.js';
import { offsetFetch } from './offsets/fetch.js';
import type { NoticeChannel } from './notify.js';
import type { RunOptions } from './runtime/shard.js';

/*
 * The GroupApi a broker serves (over RPC, and to the Kafka front door): each request goes to
 * the shard of its group (coordinator.ts), a request about many groups to each group's, and
 * every error becomes Kafka's code in the answer — the whole answer's, or one group's, or one
 * member's or partition's where Kafka puts it there. An error that is not a typed one is a
 * bug: -1 (UNKNOWN_SERVER_ERROR), and logged.
 *
 * A member's heartbeats, joins and syncs may name the channel they came on (logkeeper's RPC
 * does, a Kafka front door does not): the coordinator then sends "heartbeat now" notices
 * there (notify.ts).
 */

export interface GroupHandlersOptions {
  coordinator: GroupCoordinator;
  finder: CoordinatorFinder;
  logger?: { warn(message: string, fields?: object): void };
}

export class GroupHandlers implements api.GroupApi {
  readonly #coordinator: GroupCoordinator;
  readonly #finder: CoordinatorFinder;
  readonly #logger: { warn(message: string, fields?: object): void };

  constructor(options: GroupHandlersOptions) {
    this.#coordinator = options.coordinator;
    this.#finder = options.finder;
    this.#logger = options.logger ?? { warn() {} };
  }

  findCoordinator(request: api.FindCoordinatorRequest): Promise<api.FindCoordinatorResponse> {
    return this.#finder.findCoordinator(request);
  }

  async joinGroup(request: api.JoinGroupRequest, channel?: NoticeChannel): Promise<api.JoinGroupResponse> {
    const answer = await this.#on(request.groupId, 'JoinGroup', (ctx) => joinGroup(ctx, request), (errorCode) => ({
      errorCode, generationId: -1, protocolType: null, protocolName: null, leader: '', skipAssignment: false, memberId: request.memberId, members: [],
    }));
    if (channel) this.#coordinator.seen(request.groupId, answer.memberId, channel);
    return answer;
  }

  async syncGroup(request: api.SyncGroupRequest, channel?: NoticeChannel): Promise<api.SyncGroupResponse> {
    const answer = await this.#on(request.groupId, 'SyncGroup', (ctx) => syncGroup(ctx, request), (errorCode) => ({ errorCode, protocolType: null, protocolName: null, assignment: new Uint8Array(0) }));
    if (channel) this.#coordinator.seen(request.groupId, request.memberId, channel);
    return answer;
  }

  async heartbeat(request: api.HeartbeatRequest, channel?: NoticeChannel): Promise<api.HeartbeatResponse> {
    const answer = await this.#on(request.groupId, 'Heartbeat', (ctx) => heartbeat(ctx, request), (errorCode) => ({ errorCode }));
    if (channel) this.#coordinator.seen(request.groupId, request.memberId, channel);
    return answer;
  }

  leaveGroup(request: api.LeaveGroupRequest): Promise<api.LeaveGroupResponse> {
    return this.#on(request.groupId, 'LeaveGroup', (ctx) => leaveGroup(ctx, request), (errorCode) => ({ errorCode, members: [] }));
  }

  offsetCommit(request: api.OffsetCommitRequest): Promise<api.OffsetCommitResponse> {
    return this.#on(request.groupId, 'OffsetCommit', (ctx) => offsetCommit(ctx, request), (errorCode) => ({
      topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode })) })),
    }));
  }

  async offsetFetch(request: api.OffsetFetchRequest): Promise<api.OffsetFetchResponse> {
    const groups = await Promise.all(
      request.groups.map((group) => this.#on(group.groupId, 'OffsetFetch', (ctx) => offsetFetch(ctx, group), (errorCode) => ({ groupId: group.groupId, errorCode, topics: [] }), { gate: 'reads' })),
    );
    return { groups };
  }

  offsetDelete(request: api.OffsetDeleteRequest): Promise<api.OffsetDeleteResponse> {
    return this.#on(request.groupId, 'OffsetDelete', (ctx) => offsetDelete(ctx, request), (errorCode) => ({ errorCode, topics: [] }));
  }

  async describeGroups(request: api.DescribeGroupsRequest): Promise<api.DescribeGroupsResponse> {
    const groups = await Promise.all(
      request.groups.map((groupId) =>
        this.#on(groupId, 'DescribeGroups', (ctx) => describeGroup(ctx.state, groupId), (errorCode) => ({
          errorCode, groupId, groupState: '', protocolType: '', protocolData: '', members: [],
        })),
      ),
    );
    return { groups };
  }

  async listGroups(request: api.ListGroupsRequest): Promise<api.ListGroupsResponse> {
    const { results, loading } = await this.#coordinator.everyShard((ctx) => listGroups(ctx.state, request));
    return { errorCode: loading ? kafkaCodeOf('COORDINATOR_LOAD_IN_PROGRESS') : 0, groups: results.flat() };
  }

  async deleteGroups(request: api.DeleteGroupsRequest): Promise<api.DeleteGroupsResponse> {
    const results = await Promise.all(
      request.groupsNames.map((groupId) =>
        this.#on(groupId, 'DeleteGroups', (ctx) => (deleteGroup(ctx, groupId), { groupId, errorCode: 0 }), (errorCode) => ({ groupId, errorCode })),
      ),
    );
    return { results };
  }

  async consumerGroupHeartbeat(request: api.ConsumerGroupHeartbeatRequest, channel?: NoticeChannel): Promise<api.ConsumerGroupHeartbeatResponse> {
    const answer = await this.#on(request.groupId, 'ConsumerGroupHeartbeat', (ctx) => consumerGroupHeartbeat(ctx, request), (errorCode, error) => ({
      errorCode, errorMessage: error.message, memberId: null, memberEpoch: 0, heartbeatIntervalMs: 0, assignment: null,
    }));
    if (channel && answer.errorCode === 0 && answer.memberId && answer.memberEpoch >= 0) this.#coordinator.seen(request.groupId, answer.memberId, channel);
    return answer;
  }

  async consumerGroupDescribe(request: api.ConsumerGroupDescribeRequest): Promise<api.ConsumerGroupDescribeResponse> {
    const groups = await Promise.all(
      request.groupIds.map((groupId) =>
        this.#on(groupId, 'ConsumerGroupDescribe', (ctx) => describeConsumerGroup(ctx.state, ctx.config, groupId), (errorCode, error) => ({
          errorCode, errorMessage: error.message, groupId, groupState: '', groupEpoch: -1, assignmentEpoch: -1, assignorName: '', members: [],
        })),
      ),
    );
    return { groups };
  }

  /** Runs a request on its group's shard; a failure becomes the answer `failed` makes of its Kafka code. */
  async #on<T>(groupId: string, what: string, task: (ctx: GroupContext) => T | Promise<T>, failed: (errorCode: number, error: LogkeeperError) => T, options?: RunOptions): Promise<T> {
    try {
      return await this.#coordinator.run(groupId, task, options);
    } catch (error) {
      const e = toLogkeeperError(error);
      const code = kafkaCodeOf(e.code);
      if (code === -1) this.#logger.warn(`${what} failed unexpectedly`, { groupId, error: e.stack ?? e.message });
      return failed(code, e);
    }
  }
}
