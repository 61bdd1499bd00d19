import type { GroupApi, JoinGroupRequest, JoinGroupResponse } from '../../../engine/broker/api/group-types.js';
import { SchemaWriter } from '../../../engine/broker/groups/records/schema-bytes.js';

/*
 * A classic member as a test drives it, step by step: Kafka's consumer protocol metadata
 * (ConsumerProtocolSubscription v0) and a range assignment the leader computes, carried as
 * JSON. Requests go to a GroupApi (the coordinator's handlers, or a broker over RPC).
 */

export function subscription(topics: string[]): Uint8Array {
  return new SchemaWriter()
    .int16(0)
    .array(topics, (w, name) => w.string(name))
    .int32(-1)
    .finish();
}

export const partitionsOf = (assignment: Uint8Array): number[] => (assignment.length === 0 ? [] : (JSON.parse(new TextDecoder().decode(assignment)) as number[]));

/** The leader's range assignment of `partitions` partitions over the members (sorted by id). */
export function rangeAssignment(members: readonly string[], partitions: number): Array<{ memberId: string; assignment: Uint8Array }> {
  const sorted = [...members].sort();
  const each = Math.floor(partitions / sorted.length);
  const extra = partitions % sorted.length;
  let next = 0;
  return sorted.map((memberId, i) => {
    const size = each + (i < extra ? 1 : 0);
    const mine = Array.from({ length: size }, (_, k) => next + k);
    next += size;
    return { memberId, assignment: new TextEncoder().encode(JSON.stringify(mine)) };
  });
}

export interface ClientOptions {
  groupId?: string;
  instanceId?: string | null;
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
  topics?: string[];
  protocols?: JoinGroupRequest['protocols'];
}

export class ClassicClient {
  readonly api: GroupApi;
  readonly groupId: string;
  readonly o: Required<ClientOptions>;
  memberId = '';
  generation = -1;
  leader = '';
  /** The members and metadata of the last JoinGroup answer, when it led. */
  members: JoinGroupResponse['members'] = [];
  assignment: number[] = [];

  constructor(api: GroupApi, options: ClientOptions = {}) {
    this.api = api;
    this.o = {
      groupId: 'g',
      instanceId: null,
      sessionTimeoutMs: 10_000,
      rebalanceTimeoutMs: 5000,
      topics: ['t'],
      protocols: [{ name: 'range', metadata: subscription(options.topics ?? ['t']) }],
      ...options,
    };
    this.groupId = this.o.groupId;
  }

  get isLeader(): boolean {
    return this.leader === this.memberId;
  }

  /** One JoinGroup; its answer's member id and generation are taken (also from MEMBER_ID_REQUIRED). */
  async join(): Promise<JoinGroupResponse> {
    const answer = await this.api.joinGroup({
      groupId: this.groupId,
      sessionTimeoutMs: this.o.sessionTimeoutMs,
      rebalanceTimeoutMs: this.o.rebalanceTimeoutMs,
      memberId: this.memberId,
      groupInstanceId: this.o.instanceId,
      protocolType: 'consumer',
      protocols: this.o.protocols,
      reason: null,
    });
    if (answer.memberId) this.memberId = answer.memberId;
    if (answer.errorCode === 0) {
      this.generation = answer.generationId;
      this.leader = answer.leader;
      this.members = answer.members;
    }
    return answer;
  }

  /** SyncGroup; the leader sends a range assignment of `partitions` over the members it was given. */
  async sync(partitions = 6): Promise<number> {
    const answer = await this.api.syncGroup({
      groupId: this.groupId,
      generationId: this.generation,
      memberId: this.memberId,
      groupInstanceId: this.o.instanceId,
      protocolType: 'consumer',
      protocolName: null,
      assignments: this.isLeader ? rangeAssignment(this.members.map((m) => m.memberId), partitions) : [],
    });
    if (answer.errorCode === 0) this.assignment = partitionsOf(answer.assignment);
    return answer.errorCode;
  }

  async heartbeat(): Promise<number> {
    return (await this.api.heartbeat({ groupId: this.groupId, generationId: this.generation, memberId: this.memberId, groupInstanceId: this.o.instanceId })).errorCode;
  }

  async commit(partition: number, offset: number): Promise<number> {
    const answer = await this.api.offsetCommit({
      groupId: this.groupId,
      generationIdOrMemberEpoch: this.generation,
      memberId: this.memberId,
      groupInstanceId: this.o.instanceId,
      topics: [{ name: 't', partitions: [{ partitionIndex: partition, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: null }] }],
    });
    return answer.topics[0]!.partitions[0]!.errorCode;
  }

  async leave(): Promise<number> {
    const answer = await this.api.leaveGroup({ groupId: this.groupId, members: [{ memberId: this.memberId, groupInstanceId: this.o.instanceId, reason: null }] });
    return answer.errorCode || answer.members[0]!.errorCode;
  }
}
