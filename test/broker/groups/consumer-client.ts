import type { ConsumerGroupHeartbeatResponse, GroupApi, TopicPartitions } from '../../../engine/broker/api/group-types.js';

/*
 * A KIP-848 member as a test drives it. It owns what it was assigned from the moment the
 * answer arrives; partitions taken away stay owned until it finishes revoking them
 * (`revoke()`, or at once with `instantRevoke`), and each heartbeat reports what it owns.
 * Fenced or unknown, it drops everything and joins again as a new member.
 */

export interface ConsumerClientOptions {
  groupId?: string;
  instanceId?: string | null;
  topics?: string[] | null;
  regex?: string | null;
  assignor?: string | null;
  rebalanceTimeoutMs?: number;
  instantRevoke?: boolean;
}

export class ConsumerClient {
  readonly api: GroupApi;
  readonly o: Required<ConsumerClientOptions>;
  memberId = '';
  epoch = 0;
  /** topic id → partitions it consumes now. */
  owned = new Map<string, Set<number>>();
  /** What the coordinator last said it should own. */
  assigned = new Map<string, Set<number>>();
  /** When the last heartbeat that was answered was sent. */
  lastHeartbeatAt = -Infinity;
  /** When its rebalance timeout ends for what it was asked to revoke. */
  revokeBy = Infinity;

  constructor(api: GroupApi, options: ConsumerClientOptions = {}) {
    this.api = api;
    this.o = { groupId: 'g', instanceId: null, topics: ['t'], regex: null, assignor: null, rebalanceTimeoutMs: 5000, instantRevoke: true, ...options };
  }

  get ownedList(): TopicPartitions[] {
    return [...this.owned].filter(([, ps]) => ps.size > 0).map(([topicId, ps]) => ({ topicId, partitions: [...ps].sort((a, b) => a - b) }));
  }

  count(): number {
    return [...this.owned.values()].reduce((n, ps) => n + ps.size, 0);
  }

  /**
   * A member that heard nothing for the session timeout since it last sent a heartbeat that
   * was answered knows the coordinator may have removed it: it stops consuming (its
   * partitions are lost), as real clients do; so does one that has not revoked what it was
   * asked to within its rebalance timeout (counted from when it sent the heartbeat).
   */
  expire(now: number, sessionTimeoutMs: number): void {
    if (now - this.lastHeartbeatAt >= sessionTimeoutMs) this.owned.clear();
    if (now >= this.revokeBy) this.revoke();
  }

  async heartbeat(now = -Infinity): Promise<ConsumerGroupHeartbeatResponse> {
    const joining = this.epoch === 0;
    const answer = await this.api.consumerGroupHeartbeat({
      groupId: this.o.groupId,
      memberId: this.memberId,
      memberEpoch: this.epoch,
      instanceId: this.o.instanceId,
      rackId: null,
      rebalanceTimeoutMs: joining ? this.o.rebalanceTimeoutMs : -1,
      subscribedTopicNames: joining ? this.o.topics : null,
      subscribedTopicRegex: joining ? this.o.regex : null,
      serverAssignor: joining ? this.o.assignor : null,
      topicPartitions: this.ownedList,
    });
    if (answer.errorCode === 25 || answer.errorCode === 110) {
      // UNKNOWN_MEMBER_ID, FENCED_MEMBER_EPOCH: give everything up, join again.
      this.owned.clear();
      this.assigned.clear();
      this.epoch = 0;
      this.memberId = '';
      return answer;
    }
    if (answer.errorCode !== 0) return answer;
    this.lastHeartbeatAt = now;
    this.memberId = answer.memberId!;
    this.epoch = answer.memberEpoch;
    if (answer.assignment) {
      this.assigned = new Map(answer.assignment.topicPartitions.map((tp) => [tp.topicId, new Set(tp.partitions)]));
      for (const [topicId, ps] of this.assigned) {
        const mine = this.owned.get(topicId) ?? new Set<number>();
        for (const p of ps) mine.add(p);
        this.owned.set(topicId, mine);
      }
      if (this.o.instantRevoke) this.revoke();
      if (this.revokeBy === Infinity && this.#revoking()) this.revokeBy = now + this.o.rebalanceTimeoutMs;
    }
    return answer;
  }

  /** Finishes revoking what is owned but no longer assigned. */
  revoke(): void {
    for (const [topicId, ps] of this.owned) for (const p of [...ps]) if (!this.assigned.get(topicId)?.has(p)) ps.delete(p);
    this.revokeBy = Infinity;
  }

  #revoking(): boolean {
    for (const [topicId, ps] of this.owned) for (const p of ps) if (!this.assigned.get(topicId)?.has(p)) return true;
    return false;
  }

  async leave(epoch = -1): Promise<ConsumerGroupHeartbeatResponse> {
    const answer = await this.api.consumerGroupHeartbeat({
      groupId: this.o.groupId,
      memberId: this.memberId,
      memberEpoch: epoch,
      instanceId: this.o.instanceId,
      rackId: null,
      rebalanceTimeoutMs: -1,
      subscribedTopicNames: null,
      subscribedTopicRegex: null,
      serverAssignor: null,
      topicPartitions: null,
    });
    this.owned.clear();
    this.assigned.clear();
    return answer;
  }
}

/** Throws if two of the clients own one partition. */
export function checkOwners(clients: readonly ConsumerClient[]): void {
  const owners = new Map<string, string>();
  for (const c of clients) {
    for (const [topicId, ps] of c.owned) {
      for (const p of ps) {
        const key = `${topicId}-${p}`;
        const other = owners.get(key);
        if (other !== undefined) throw new Error(`Partition ${key} is owned by ${other} and ${c.memberId}`);
        owners.set(key, c.memberId);
      }
    }
  }
}
