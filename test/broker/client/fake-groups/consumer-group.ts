import { kafkaCodeOf } from '../../../../engine/errors/index.js';
import type { Clock, Timer } from '../../../../engine/time/index.js';
import {
  JOINING_EPOCH,
  LEAVING_EPOCH,
  LEAVING_STATIC_EPOCH,
  type ConsumerGroupDescribeMember,
  type ConsumerGroupHeartbeatRequest,
  type ConsumerGroupHeartbeatResponse,
  type TopicPartitions,
} from '../../../../engine/broker/api/group-types.js';

/*
 * A KIP-848 consumer group as Kafka's coordinator keeps it, in brief, for the clients' tests.
 * Any change of membership or subscription bumps the group epoch and computes a target
 * assignment (uniform and sticky: a member keeps what it had up to its share). A member moves
 * toward its target on its heartbeats: first it is told to give up what it must (its epoch
 * unchanged) and must acknowledge that within its rebalance timeout; then it gets the new epoch
 * and the target's partitions that no other member still owns, the rest on later heartbeats
 * as their owners let them go. A static member that leaves with epoch -2 keeps its place for
 * the session timeout; back with a new member id it takes its assignment over, no rebalance.
 */

const code = kafkaCodeOf;

type Assignment = Map<string, number[]>; // topic id → partitions

interface Member {
  memberId: string;
  instanceId: string | null;
  epoch: number;
  previousEpoch: number;
  subscribed: string[];
  rebalanceTimeoutMs: number;
  /** What the member last reported owning. */
  owned: Assignment;
  /** What the coordinator last told it to own. */
  assigned: Assignment;
  /** The assigned value last sent (to send an assignment only when it changed). */
  sent: string | null;
  session: Timer | null;
  revocation: Timer | null;
  /** A static member that left with -2 and may come back. */
  away: boolean;
}

export interface TopicInfo {
  id: string;
  partitions: number;
}

export class FakeConsumerGroup {
  readonly groupId: string;
  groupEpoch = 0;
  readonly members = new Map<string, Member>();
  target = new Map<string, Assignment>();
  /** How many times the target assignment was computed (a test checks a rolling restart caused none). */
  rebalances = 0;
  readonly #clock: Clock;
  readonly #topics: (name: string) => TopicInfo | undefined;
  readonly #settings: { sessionTimeoutMs: number; heartbeatIntervalMs: number };
  #nextId = 1;

  constructor(groupId: string, clock: Clock, topics: (name: string) => TopicInfo | undefined, settings: { sessionTimeoutMs: number; heartbeatIntervalMs: number }) {
    this.groupId = groupId;
    this.#clock = clock;
    this.#topics = topics;
    this.#settings = settings;
  }

  get state(): string {
    if (this.members.size === 0) return 'Empty';
    return [...this.members.values()].every((m) => m.away || same(m.assigned, this.target.get(m.memberId)!)) ? 'Stable' : 'Reconciling';
  }

  heartbeat(request: ConsumerGroupHeartbeatRequest): ConsumerGroupHeartbeatResponse {
    const reply = (errorCode: number, m?: Member, assignment: TopicPartitions[] | null = null): ConsumerGroupHeartbeatResponse => ({
      errorCode,
      errorMessage: null,
      memberId: m?.memberId ?? (request.memberId || null),
      memberEpoch: m?.epoch ?? request.memberEpoch,
      heartbeatIntervalMs: this.#settings.heartbeatIntervalMs,
      assignment: assignment ? { topicPartitions: assignment } : null,
    });
    if (request.memberEpoch === LEAVING_EPOCH || request.memberEpoch === LEAVING_STATIC_EPOCH) {
      const m = this.members.get(request.memberId);
      if (!m) return reply(code('UNKNOWN_MEMBER_ID'));
      if (request.memberEpoch === LEAVING_STATIC_EPOCH && m.instanceId !== null) {
        m.away = true;
        m.owned = new Map();
        this.#touch(m);
      } else {
        this.#remove(m);
      }
      return { ...reply(0), memberId: request.memberId, memberEpoch: request.memberEpoch };
    }
    let m: Member | undefined;
    let full = false;
    if (request.memberEpoch === JOINING_EPOCH) {
      full = true;
      if (request.memberId !== '') {
        m = this.members.get(request.memberId);
        if (!m) return reply(code('UNKNOWN_MEMBER_ID'));
        m.owned = new Map();
      } else if (request.instanceId !== null && this.#byInstance(request.instanceId)) {
        const previous = this.#byInstance(request.instanceId)!;
        if (!previous.away) return reply(code('UNRELEASED_INSTANCE_ID'));
        // Its predecessor's place: the same assignment and epoch under a new member id.
        this.members.delete(previous.memberId);
        if (previous.session) this.#clock.cancel(previous.session);
        m = { ...previous, memberId: `${request.instanceId}-${this.#nextId++}`, away: false, owned: new Map(), sent: null, session: null };
        this.members.set(m.memberId, m);
        this.target.set(m.memberId, this.target.get(previous.memberId)!);
        this.target.delete(previous.memberId);
      } else {
        m = {
          memberId: `${request.instanceId ?? 'member'}-${this.#nextId++}`,
          instanceId: request.instanceId,
          epoch: 0,
          previousEpoch: 0,
          subscribed: [],
          rebalanceTimeoutMs: request.rebalanceTimeoutMs,
          owned: new Map(),
          assigned: new Map(),
          sent: null,
          session: null,
          revocation: null,
          away: false,
        };
        this.members.set(m.memberId, m);
        this.target.set(m.memberId, new Map());
        m.subscribed = request.subscribedTopicNames ?? [];
        this.#rebalance();
      }
    } else {
      m = this.members.get(request.memberId);
      if (!m) return reply(code('UNKNOWN_MEMBER_ID'));
      const ownsOnlyAssigned = request.topicPartitions === null || request.topicPartitions.every((t) => t.partitions.every((p) => m!.assigned.get(t.topicId)?.includes(p)));
      if (request.memberEpoch !== m.epoch && !(request.memberEpoch === m.previousEpoch && ownsOnlyAssigned)) return reply(code('FENCED_MEMBER_EPOCH'));
    }
    if (request.rebalanceTimeoutMs >= 0) m.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    if (request.topicPartitions !== null) m.owned = new Map(request.topicPartitions.map((t) => [t.topicId, [...t.partitions]]));
    if (request.subscribedTopicNames !== null && request.subscribedTopicNames.join() !== m.subscribed.join()) {
      m.subscribed = [...request.subscribedTopicNames];
      this.#rebalance();
    }
    this.#touch(m);
    this.#reconcile(m);
    // Kafka's rule: the assignment goes with the answer to a full request (joining, or every field set), or when it changed.
    const now = key(m.assigned);
    const send = full || (request.rebalanceTimeoutMs !== -1 && request.subscribedTopicNames !== null && request.topicPartitions !== null) || now !== m.sent;
    m.sent = now;
    return reply(0, m, send ? [...m.assigned].map(([topicId, partitions]) => ({ topicId, partitions })) : null);
  }

  /** OffsetCommit's check of who commits: 0 when it may. */
  commitError(epoch: number, memberId: string): number {
    if (epoch < 0 && memberId === '') return this.members.size === 0 ? 0 : code('UNKNOWN_MEMBER_ID');
    const m = this.members.get(memberId);
    if (!m) return code('UNKNOWN_MEMBER_ID');
    if (epoch > m.epoch) return code('FENCED_MEMBER_EPOCH');
    if (epoch < m.epoch) return code('STALE_MEMBER_EPOCH');
    return 0;
  }

  describedMembers(): ConsumerGroupDescribeMember[] {
    const list = (a: Assignment) => [...a].map(([topicId, partitions]) => ({ topicId, partitions }));
    return [...this.members.values()].map((m) => ({
      memberId: m.memberId,
      instanceId: m.instanceId,
      rackId: null,
      memberEpoch: m.epoch,
      clientId: 'client',
      clientHost: '/127.0.0.1',
      subscribedTopicNames: m.subscribed,
      subscribedTopicRegex: null,
      assignment: list(m.assigned),
      targetAssignment: list(this.target.get(m.memberId)!),
    }));
  }

  #byInstance(instanceId: string): Member | undefined {
    return [...this.members.values()].find((m) => m.instanceId === instanceId);
  }

  /** The member's next step toward its target (see the top). */
  #reconcile(m: Member): void {
    const target = this.target.get(m.memberId)!;
    const toRevoke = [...m.owned].some(([t, ps]) => ps.some((p) => !target.get(t)?.includes(p)));
    if (toRevoke) {
      m.assigned = new Map([...m.owned].map(([t, ps]) => [t, ps.filter((p) => target.get(t)?.includes(p))]).filter(([, ps]) => ps.length > 0) as Array<[string, number[]]>);
      m.revocation ??= this.#clock.setTimer(m.rebalanceTimeoutMs, () => {
        m.revocation = null;
        if (this.members.get(m.memberId) === m) this.#remove(m);
      });
      return;
    }
    if (m.revocation) this.#clock.cancel(m.revocation);
    m.revocation = null;
    if (m.epoch !== this.groupEpoch) {
      m.previousEpoch = m.epoch;
      m.epoch = this.groupEpoch;
    }
    const ownedByOthers = (t: string, p: number) => [...this.members.values()].some((o) => o !== m && o.owned.get(t)?.includes(p));
    m.assigned = new Map([...target].map(([t, ps]) => [t, ps.filter((p) => !ownedByOthers(t, p))]).filter(([, ps]) => ps.length > 0) as Array<[string, number[]]>);
  }

  /** A new group epoch and target: uniform, each member keeping what it had up to its share. */
  #rebalance(): void {
    this.groupEpoch++;
    this.rebalances++;
    const members = [...this.members.values()].sort((a, b) => (a.memberId < b.memberId ? -1 : 1));
    const next = new Map<string, Assignment>(members.map((m) => [m.memberId, new Map()]));
    const topics = [...new Set(members.flatMap((m) => m.subscribed))].sort();
    for (const name of topics) {
      const info = this.#topics(name);
      if (!info) continue;
      const eligible = members.filter((m) => m.subscribed.includes(name));
      const count = (m: Member) => next.get(m.memberId)!.get(info.id)?.length ?? 0;
      const min = Math.floor(info.partitions / eligible.length);
      let extra = info.partitions % eligible.length;
      const free: number[] = [];
      for (let p = 0; p < info.partitions; p++) {
        const keeper = eligible.find((m) => this.target.get(m.memberId)?.get(info.id)?.includes(p));
        if (keeper && count(keeper) < min) push(next.get(keeper.memberId)!, info.id, p);
        else if (keeper && count(keeper) === min && extra > 0) {
          push(next.get(keeper.memberId)!, info.id, p);
          extra--;
        } else free.push(p);
      }
      for (const p of free) {
        let to = eligible.find((m) => count(m) < min);
        if (!to && extra > 0) {
          to = eligible.find((m) => count(m) === min);
          extra--;
        }
        push(next.get(to!.memberId)!, info.id, p);
      }
    }
    this.target = next;
  }

  #touch(m: Member): void {
    if (m.session) this.#clock.cancel(m.session);
    m.session = this.#clock.setTimer(this.#settings.sessionTimeoutMs, () => {
      m.session = null;
      if (this.members.get(m.memberId) === m) this.#remove(m);
    });
  }

  #remove(m: Member): void {
    if (m.session) this.#clock.cancel(m.session);
    if (m.revocation) this.#clock.cancel(m.revocation);
    this.members.delete(m.memberId);
    this.target.delete(m.memberId);
    this.#rebalance();
  }
}

function push(a: Assignment, topicId: string, p: number): void {
  a.set(topicId, [...(a.get(topicId) ?? []), p]);
}

function key(a: Assignment): string {
  return [...a].sort(([x], [y]) => (x < y ? -1 : 1)).map(([t, ps]) => `${t}:${[...ps].sort((x, y) => x - y).join(',')}`).join(';');
}

function same(a: Assignment, b: Assignment): boolean {
  return key(a) === key(b);
}
