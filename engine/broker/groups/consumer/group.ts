import { InternalError } from '../../../errors/index.js';
import type { ConsumerGroupValue, ConsumerMemberValue, ConsumerTargetValue } from '../records/types.js';
import { EMPTY_ASSIGNMENT, fromTopicPartitions, partitionsOf, toTopicPartitions, type Assignment } from './assignment.js';

/*
 * A KIP-848 group as its records say (Kafka's ConsumerGroup): the group epoch (bumped when
 * membership or subscriptions change), the target assignment and its epoch, and each member
 * with its subscription, its member epoch and its current assignment — the partitions it
 * owns (assigned) and those it has been asked to give up (pending revocation). It changes
 * only by replaying records (heartbeat.ts writes them), live and when loading alike.
 *
 * The owner index says which member holds each partition (assigned or pending revocation).
 * A partition is given to a member only when it has no owner (reconcile.ts), so a record
 * that gives a member a partition another member holds is a bug: it throws.
 */

export const MemberState = {
  Stable: 0,
  /** It must give up partitions before it gets anything else. */
  UnrevokedPartitions: 1,
  /** Some of its target partitions are still held by others. */
  UnreleasedPartitions: 2,
} as const;
export type MemberState = (typeof MemberState)[keyof typeof MemberState];

export interface ConsumerMember {
  readonly memberId: string;
  readonly instanceId: string | null;
  readonly rackId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly subscribedTopicNames: readonly string[];
  readonly subscribedTopicRegex: string | null;
  readonly serverAssignor: string | null;
  readonly rebalanceTimeoutMs: number;
  readonly memberEpoch: number;
  readonly previousMemberEpoch: number;
  readonly state: MemberState;
  readonly assigned: Assignment;
  readonly pendingRevocation: Assignment;
}

export type ConsumerGroupState = 'Empty' | 'Assigning' | 'Reconciling' | 'Stable';

function memberFromValue(memberId: string, v: ConsumerMemberValue): ConsumerMember {
  return {
    memberId,
    instanceId: v.instanceId,
    rackId: v.rackId,
    clientId: v.clientId,
    clientHost: v.clientHost,
    subscribedTopicNames: v.subscribedTopicNames,
    subscribedTopicRegex: v.subscribedTopicRegex,
    serverAssignor: v.serverAssignor,
    rebalanceTimeoutMs: v.rebalanceTimeoutMs,
    memberEpoch: v.memberEpoch,
    previousMemberEpoch: v.previousMemberEpoch,
    state: v.state as MemberState,
    assigned: fromTopicPartitions(v.assigned),
    pendingRevocation: fromTopicPartitions(v.pendingRevocation),
  };
}

export function memberValue(m: ConsumerMember): ConsumerMemberValue {
  return {
    instanceId: m.instanceId,
    rackId: m.rackId,
    clientId: m.clientId,
    clientHost: m.clientHost,
    subscribedTopicNames: [...m.subscribedTopicNames],
    subscribedTopicRegex: m.subscribedTopicRegex,
    serverAssignor: m.serverAssignor,
    rebalanceTimeoutMs: m.rebalanceTimeoutMs,
    memberEpoch: m.memberEpoch,
    previousMemberEpoch: m.previousMemberEpoch,
    state: m.state,
    assigned: toTopicPartitions(m.assigned),
    pendingRevocation: toTopicPartitions(m.pendingRevocation),
  };
}

/** The same member, field for field (as its record would say). */
export function sameMember(a: ConsumerMember, b: ConsumerMember): boolean {
  return a.memberId === b.memberId && JSON.stringify(memberValue(a)) === JSON.stringify(memberValue(b));
}

export class ConsumerGroup {
  readonly type = 'consumer';
  readonly groupId: string;
  groupEpoch = 0;
  assignmentEpoch = 0;
  /** The subscribed topics that exist, as the last target assignment saw them. */
  topics: ConsumerGroupValue['topics'] = [];
  readonly members = new Map<string, ConsumerMember>();
  /** instanceId → its member id. */
  readonly staticMembers = new Map<string, string>();
  readonly targets = new Map<string, Assignment>();
  /** topic id → partition → the member holding it. */
  readonly #owners = new Map<string, Map<number, string>>();

  constructor(groupId: string) {
    this.groupId = groupId;
  }

  get state(): ConsumerGroupState {
    if (this.members.size === 0) return 'Empty';
    if (this.groupEpoch > this.assignmentEpoch) return 'Assigning';
    for (const m of this.members.values()) if (m.memberEpoch !== this.assignmentEpoch || m.state !== MemberState.Stable) return 'Reconciling';
    return 'Stable';
  }

  /** The member holding a partition (assigned to it, or not yet revoked by it). */
  owner(topicId: string, partition: number): string | undefined {
    return this.#owners.get(topicId)?.get(partition);
  }

  target(memberId: string): Assignment {
    return this.targets.get(memberId) ?? EMPTY_ASSIGNMENT;
  }

  replayGroup(value: ConsumerGroupValue): void {
    this.groupEpoch = value.groupEpoch;
    this.assignmentEpoch = value.assignmentEpoch;
    this.topics = value.topics;
  }

  replayMember(memberId: string, value: ConsumerMemberValue | null): void {
    if (value !== null) this.#checkOwners(memberId, value);
    const old = this.members.get(memberId);
    if (old) {
      this.#release(old);
      this.members.delete(memberId);
      if (old.instanceId !== null && this.staticMembers.get(old.instanceId) === memberId) this.staticMembers.delete(old.instanceId);
    }
    if (value === null) return;
    const member = memberFromValue(memberId, value);
    this.#hold(member);
    this.members.set(memberId, member);
    if (member.instanceId !== null) this.staticMembers.set(member.instanceId, memberId);
  }

  replayTarget(memberId: string, value: ConsumerTargetValue | null): void {
    if (value === null) this.targets.delete(memberId);
    else this.targets.set(memberId, fromTopicPartitions(value.assignment));
  }

  #checkOwners(memberId: string, value: ConsumerMemberValue): void {
    for (const { topicId, partitions } of [...value.assigned, ...value.pendingRevocation]) {
      for (const p of partitions) {
        const holder = this.owner(topicId, p);
        if (holder !== undefined && holder !== memberId) {
          throw new InternalError(`Group ${this.groupId}: partition ${topicId}-${p} would have two owners, ${holder} and ${memberId}`);
        }
      }
    }
  }

  #hold(member: ConsumerMember): void {
    for (const [topicId, p] of [...partitionsOf(member.assigned), ...partitionsOf(member.pendingRevocation)]) {
      let owners = this.#owners.get(topicId);
      if (!owners) this.#owners.set(topicId, (owners = new Map()));
      owners.set(p, member.memberId);
    }
  }

  #release(member: ConsumerMember): void {
    for (const [topicId, p] of [...partitionsOf(member.assigned), ...partitionsOf(member.pendingRevocation)]) {
      const owners = this.#owners.get(topicId);
      if (owners?.get(p) === member.memberId) owners.delete(p);
      if (owners?.size === 0) this.#owners.delete(topicId);
    }
  }
}
