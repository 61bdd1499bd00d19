import { kafkaCodeOf } from '../../../../engine/errors/index.js';
import type { Clock } from '../../../../engine/time/index.js';
import type { GroupApi, GroupApiName, OffsetFetchPartition } from '../../../../engine/broker/api/group-types.js';
import { FakeClassicGroup } from './classic-group.js';
import { FakeConsumerGroup, type TopicInfo } from './consumer-group.js';

/*
 * The group coordinator of the fake cluster: GroupApi as each broker serves it. One broker is
 * the coordinator of every group (`coordinatorId`, which a test may move); the others answer
 * NOT_COORDINATOR. Groups are classic or KIP-848 (by the first request that creates them); a
 * group that only has committed offsets is an Empty classic group, as in Kafka. `fail` plants
 * an error code for the next calls of an API.
 */

const code = kafkaCodeOf;

export interface FakeGroupSettings {
  /** KIP-848 groups: session timeout and heartbeat interval the coordinator imposes. */
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
}

export class FakeCoordinator {
  coordinatorId: number;
  readonly classic = new Map<string, FakeClassicGroup>();
  readonly consumer = new Map<string, FakeConsumerGroup>();
  /** Committed offsets by group, then `topic:partition`. */
  readonly offsets = new Map<string, Map<string, number>>();
  /** Every OffsetCommit that was accepted, in order. */
  readonly commits: Array<{ groupId: string; topic: string; partition: number; offset: number; generation: number; memberId: string; at: number }> = [];
  /** Every group request each broker received, in order. */
  readonly requests: Array<{ node: number; api: GroupApiName; request: any; at: number }> = [];
  settings: FakeGroupSettings = { sessionTimeoutMs: 10_000, heartbeatIntervalMs: 500 };
  readonly #clock: Clock;
  readonly #topics: (name: string) => TopicInfo | undefined;
  readonly #faults: Array<{ api: GroupApiName; errorCode: number; times: number }> = [];

  constructor(clock: Clock, coordinatorId: number, topics: (name: string) => TopicInfo | undefined) {
    this.#clock = clock;
    this.coordinatorId = coordinatorId;
    this.#topics = topics;
  }

  fail(api: GroupApiName, errorCode: number, times = 1): void {
    this.#faults.push({ api, errorCode, times });
  }

  committed(groupId: string, topic: string, partition: number): number {
    return this.offsets.get(groupId)?.get(`${topic}:${partition}`) ?? -1;
  }

  api(node: number): GroupApi {
    /** An error code this broker answers `api` with instead of serving it (0: serve it). */
    const refused = (api: GroupApiName): number => {
      const i = this.#faults.findIndex((f) => f.api === api);
      if (i >= 0) {
        const f = this.#faults[i]!;
        if (--f.times === 0) this.#faults.splice(i, 1);
        return f.errorCode;
      }
      return node === this.coordinatorId ? 0 : code('NOT_COORDINATOR');
    };
    const classic = (groupId: string) => {
      let g = this.classic.get(groupId);
      if (!g) this.classic.set(groupId, (g = new FakeClassicGroup(groupId, this.#clock)));
      return g;
    };
    const noGroup = { generationId: -1, protocolType: null, protocolName: null, leader: '', skipAssignment: false, members: [] };
    const api: GroupApi = {
      findCoordinator: async (request) => ({
        coordinators: request.keys.map((key) => ({ key, nodeId: this.coordinatorId, errorCode: 0, errorMessage: null })),
      }),
      joinGroup: async (request) => {
        const error = refused('joinGroup');
        return error ? { errorCode: error, memberId: request.memberId, ...noGroup } : classic(request.groupId).join(request);
      },
      syncGroup: async (request) => {
        const error = refused('syncGroup');
        if (error) return { errorCode: error, protocolType: null, protocolName: null, assignment: new Uint8Array(0) };
        return classic(request.groupId).sync(request);
      },
      heartbeat: async (request) => {
        const error = refused('heartbeat');
        return error ? { errorCode: error } : classic(request.groupId).heartbeat(request);
      },
      leaveGroup: async (request) => {
        const error = refused('leaveGroup');
        return error ? { errorCode: error, members: [] } : classic(request.groupId).leave(request);
      },
      consumerGroupHeartbeat: async (request) => {
        const error = refused('consumerGroupHeartbeat');
        if (error) return { errorCode: error, errorMessage: null, memberId: null, memberEpoch: -1, heartbeatIntervalMs: 0, assignment: null };
        let g = this.consumer.get(request.groupId);
        if (!g) this.consumer.set(request.groupId, (g = new FakeConsumerGroup(request.groupId, this.#clock, this.#topics, this.settings)));
        return g.heartbeat(request);
      },
      offsetCommit: async (request) => {
        const error = refused('offsetCommit');
        const g = this.consumer.get(request.groupId) ?? classic(request.groupId);
        const denied = error || g.commitError(request.generationIdOrMemberEpoch, request.memberId);
        const stored = this.offsets.get(request.groupId) ?? new Map<string, number>();
        this.offsets.set(request.groupId, stored);
        return {
          topics: request.topics.map((t) => ({
            name: t.name,
            partitions: t.partitions.map((p) => {
              if (!denied) {
                stored.set(`${t.name}:${p.partitionIndex}`, p.committedOffset);
                this.commits.push({ groupId: request.groupId, topic: t.name, partition: p.partitionIndex, offset: p.committedOffset, generation: request.generationIdOrMemberEpoch, memberId: request.memberId, at: this.#clock.now() });
              }
              return { partitionIndex: p.partitionIndex, errorCode: denied };
            }),
          })),
        };
      },
      offsetFetch: async (request) => {
        const error = refused('offsetFetch');
        return {
          groups: request.groups.map((g) => {
            const stored = this.offsets.get(g.groupId) ?? new Map<string, number>();
            const asked = g.topics ?? groupByTopic([...stored.keys()]);
            const partition = (name: string, p: number): OffsetFetchPartition => ({ partitionIndex: p, committedOffset: stored.get(`${name}:${p}`) ?? -1, committedLeaderEpoch: -1, metadata: null, errorCode: 0 });
            return {
              groupId: g.groupId,
              errorCode: error,
              topics: error ? [] : asked.map((t) => ({ name: t.name, partitions: t.partitionIndexes.map((p) => partition(t.name, p)) })),
            };
          }),
        };
      },
      offsetDelete: async (request) => {
        const error = refused('offsetDelete');
        const stored = this.offsets.get(request.groupId);
        for (const t of request.topics) for (const p of t.partitions) if (!error) stored?.delete(`${t.name}:${p}`);
        return { errorCode: error, topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p, errorCode: 0 })) })) };
      },
      describeGroups: async (request) => {
        const error = refused('describeGroups');
        return {
          groups: request.groups.map((groupId) => {
            const c = this.classic.get(groupId);
            const k = this.consumer.get(groupId);
            if (error || (!c && !k && !this.offsets.has(groupId))) return { errorCode: error || code('GROUP_ID_NOT_FOUND'), groupId, groupState: 'Dead', protocolType: '', protocolData: '', members: [] };
            if (k) return { errorCode: 0, groupId, groupState: k.state, protocolType: 'consumer', protocolData: 'uniform', members: [] };
            return { errorCode: 0, groupId, groupState: c?.state ?? 'Empty', protocolType: 'consumer', protocolData: c?.protocolName ?? '', members: c?.describedMembers() ?? [] };
          }),
        };
      },
      consumerGroupDescribe: async (request) => {
        const error = refused('consumerGroupDescribe');
        return {
          groups: request.groupIds.map((groupId) => {
            const k = this.consumer.get(groupId);
            if (error || !k) return { errorCode: error || code('GROUP_ID_NOT_FOUND'), errorMessage: null, groupId, groupState: 'Dead', groupEpoch: -1, assignmentEpoch: -1, assignorName: '', members: [] };
            return { errorCode: 0, errorMessage: null, groupId, groupState: k.state, groupEpoch: k.groupEpoch, assignmentEpoch: k.groupEpoch, assignorName: 'uniform', members: k.describedMembers() };
          }),
        };
      },
      listGroups: async () => {
        if (node !== this.coordinatorId) return { errorCode: 0, groups: [] };
        const ids = new Set([...this.classic.keys(), ...this.offsets.keys(), ...this.consumer.keys()]);
        return {
          errorCode: 0,
          groups: [...ids].sort().map((groupId) => {
            const k = this.consumer.get(groupId);
            return { groupId, protocolType: 'consumer', groupState: k ? k.state : this.classic.get(groupId)?.state ?? 'Empty', groupType: k ? 'consumer' : 'classic' };
          }),
        };
      },
      deleteGroups: async (request) => {
        const error = refused('deleteGroups');
        return {
          results: request.groupsNames.map((groupId) => {
            const c = this.classic.get(groupId);
            const k = this.consumer.get(groupId);
            if (error) return { groupId, errorCode: error };
            if (!c && !k && !this.offsets.has(groupId)) return { groupId, errorCode: code('GROUP_ID_NOT_FOUND') };
            if ((c?.members.size ?? 0) > 0 || (k?.members.size ?? 0) > 0) return { groupId, errorCode: code('NON_EMPTY_GROUP') };
            this.classic.delete(groupId);
            this.consumer.delete(groupId);
            this.offsets.delete(groupId);
            return { groupId, errorCode: 0 };
          }),
        };
      },
    };
    const recorded = Object.entries(api).map(([name, serve]) => [name, (request: unknown) => {
      this.requests.push({ node, api: name as GroupApiName, request, at: this.#clock.now() });
      return (serve as (r: unknown) => Promise<unknown>)(request);
    }]);
    return Object.fromEntries(recorded) as GroupApi;
  }
}

function groupByTopic(keys: string[]): Array<{ name: string; partitionIndexes: number[] }> {
  const topics = new Map<string, number[]>();
  for (const key of keys) {
    const at = key.lastIndexOf(':');
    const name = key.slice(0, at);
    topics.set(name, [...(topics.get(name) ?? []), Number(key.slice(at + 1))]);
  }
  return [...topics].map(([name, partitionIndexes]) => ({ name, partitionIndexes }));
}
