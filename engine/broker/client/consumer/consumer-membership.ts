import { kafkaCodeOf, UnreleasedInstanceIdError } from '../../../errors/index.js';
import { JOINING_EPOCH, LEAVING_EPOCH, LEAVING_STATIC_EPOCH, type TopicPartitions } from '../../api/group-types.js';
import type { Clock } from '../../../time/clock.js';
import type { Random } from '../../../time/random.js';
import type { RetryOptions } from '../options.js';
import type { GroupCoordinator } from './coordinator.js';
import { MemberLoop } from './member-loop.js';
import { byTopic, minus, type CommitIdentity, type GroupTopics, type Membership, type MembershipListener } from './membership.js';
import type { TopicPartition } from './partition-consumer.js';

/*
 * How this works. KIP-848's protocol, as Kafka's own consumer runs it: the coordinator
 * assigns, the member only heartbeats (ConsumerGroupHeartbeat) every heartbeatIntervalMs the
 * coordinator gives. The first heartbeat (epoch 0) carries everything: subscription,
 * rebalance timeout, server assignor, owned partitions; later ones only what changed (null:
 * unchanged), and a full one again after a failure.
 *
 * An answer with an assignment is what the member should own now (by topic id).
 * Reconciling it runs beside the heartbeats, one at a time: partitions not in it are revoked
 * (stopped, their offsets committed) before anything is acknowledged, new ones start, and the
 * next heartbeat, sent at once, reports what the member owns. The coordinator hands a
 * partition to its next owner only after the previous one has reported it gone, and bumps the
 * member's epoch only once it has revoked what it had to; commits carry that epoch.
 *
 * The coordinator also pushes a "heartbeat now" notice when it has something new for the
 * member (a target, partitions released by others, a revocation): the next heartbeat is then
 * sent at once (`heartbeatNow`), as it is after each reconciliation step, to acknowledge it.
 *
 * FENCED_MEMBER_EPOCH and UNKNOWN_MEMBER_ID mean the group has moved on without the member:
 * what it owns is lost (not committed) and it joins again with epoch 0 (a new member id for
 * UNKNOWN_MEMBER_ID). UNRELEASED_INSTANCE_ID (a static member's previous incarnation has not
 * left or expired yet) is retried with back-off. Leaving revokes everything, then sends epoch
 * -1, or -2 for a static member, which keeps its place for the session timeout.
 */

const code = kafkaCodeOf;
const FENCED_MEMBER_EPOCH = code('FENCED_MEMBER_EPOCH');
const UNKNOWN_MEMBER_ID = code('UNKNOWN_MEMBER_ID');
const UNRELEASED_INSTANCE_ID = code('UNRELEASED_INSTANCE_ID');

export interface ConsumerMembershipOptions {
  groupId: string;
  groupInstanceId: string | null;
  rebalanceTimeoutMs: number;
  /** KIP-848's server-side assignor ('uniform', 'range'); null: the coordinator's default. */
  serverAssignor: string | null;
  requestTimeoutMs: number;
  coordinator: GroupCoordinator;
  topics: GroupTopics;
  listener: MembershipListener;
  clock: Clock;
  random: Random;
  retry: RetryOptions;
}

export class ConsumerMembership implements Membership {
  readonly groupProtocol = 'consumer';
  readonly #o: ConsumerMembershipOptions;
  readonly #loop: MemberLoop;
  #memberId = '';
  #epoch = JOINING_EPOCH;
  #intervalMs = 0;
  #owned: TopicPartition[] = [];
  /**
   * The topic id of each topic the member was assigned partitions of, by name, as its
   * assignments gave it: what it owns is reported by these (the metadata may not know a topic
   * for a while, and an owned topic left out of a heartbeat reads as released).
   */
  readonly #assignedTopicIds = new Map<string, string>();
  /** Bumped whenever `#owned` changes; the heartbeat reports it when it differs from the last reported. */
  #ownedVersion = 0;
  #reportedVersion = -1;
  #sentTopics: string[] | null = null;
  /** The next heartbeat carries every field. */
  #full = true;
  /** The newest assignment not yet reconciled. */
  #target: TopicPartitions[] | null = null;
  #reconciling: Promise<void> | null = null;
  /** Whether the consumer was told of an assignment since the member (re)joined. */
  #announced = false;
  #running: Promise<void> | null = null;

  constructor(options: ConsumerMembershipOptions) {
    this.#o = options;
    this.#loop = new MemberLoop(options.clock, options.random, options.retry);
  }

  start(): void {
    this.#running ??= this.#loop.run(
      async () => {
        await this.#heartbeat();
        await this.#loop.pause(this.#intervalMs);
      },
      (error) => this.#o.listener.crash(error),
    );
  }

  identity(): CommitIdentity {
    return { generationIdOrMemberEpoch: this.#epoch, memberId: this.#memberId, groupInstanceId: this.#o.groupInstanceId };
  }

  rejoin(): void {
    this.#full = true;
    this.#loop.wake();
  }

  heartbeatNow(memberId: string): void {
    if (memberId !== '' && memberId === this.#memberId) this.#loop.wake();
  }

  async leave(): Promise<void> {
    this.#loop.stop();
    await this.#running;
    this.#target = null;
    await this.#reconciling;
    const owned = this.#owned;
    this.#owned = [];
    if (owned.length > 0) {
      if (this.#epoch > 0) await this.#o.listener.revoke(owned);
      else await this.#o.listener.lose(owned);
    }
    if (this.#memberId === '') return;
    try {
      await this.#send({ memberEpoch: this.#o.groupInstanceId === null ? LEAVING_EPOCH : LEAVING_STATIC_EPOCH, full: false, topics: null, owned: null });
    } catch {
      // best effort: the session timeout removes the member otherwise
    }
  }

  async #heartbeat(): Promise<void> {
    const full = this.#full;
    const topics = await this.#o.topics.subscribed(this.#loop.signal);
    const sendTopics = full || this.#sentTopics === null || topics.join('\u0000') !== this.#sentTopics.join('\u0000');
    const version = this.#ownedVersion;
    const owned = full || this.#reportedVersion !== version ? [...this.#owned] : null;
    // After a failure the coordinator may or may not have seen the request: the next one says everything again.
    this.#full = true;
    const answer = await this.#send({ memberEpoch: this.#epoch, full, topics: sendTopics ? topics : null, owned, signal: this.#loop.signal });
    if (answer.errorCode === FENCED_MEMBER_EPOCH || answer.errorCode === UNKNOWN_MEMBER_ID) return this.#fenced(answer.errorCode, answer.errorMessage);
    if (answer.errorCode === UNRELEASED_INSTANCE_ID) {
      throw new UnreleasedInstanceIdError(answer.errorMessage ?? `Instance '${this.#o.groupInstanceId}' is still in use`, { retriable: true });
    }
    this.#o.coordinator.check(answer.errorCode, answer.errorMessage ?? `ConsumerGroupHeartbeat of group '${this.#o.groupId}'`);
    if (owned) this.#reportedVersion = version;
    if (sendTopics) this.#sentTopics = topics;
    this.#full = false;
    if (answer.memberId) this.#memberId = answer.memberId;
    this.#epoch = answer.memberEpoch;
    this.#intervalMs = answer.heartbeatIntervalMs;
    this.#o.listener.heartbeat();
    if (answer.assignment) this.#target = answer.assignment.topicPartitions;
    // A target left over (a topic id the metadata did not know yet) is tried again too.
    if (this.#target) this.#reconcile();
  }

  /** One ConsumerGroupHeartbeat; `owned` null: unchanged since the last one. */
  async #send(what: { memberEpoch: number; full: boolean; topics: string[] | null; owned: TopicPartition[] | null; signal?: AbortSignal }) {
    const { full } = what;
    const request = {
      groupId: this.#o.groupId,
      memberId: this.#memberId,
      memberEpoch: what.memberEpoch,
      instanceId: this.#o.groupInstanceId,
      rackId: null,
      rebalanceTimeoutMs: full ? this.#o.rebalanceTimeoutMs : -1,
      subscribedTopicNames: what.topics,
      subscribedTopicRegex: null,
      serverAssignor: full ? this.#o.serverAssignor : null,
      topicPartitions: what.owned ? byTopic(what.owned).map((l) => ({ topicId: this.#assignedTopicIds.get(l.topic)!, partitions: l.partitions })) : null,
    };
    return this.#o.coordinator.send('consumerGroupHeartbeat', request, { signal: what.signal, timeoutMs: this.#o.requestTimeoutMs });
  }

  /** Starts reconciling toward `#target` unless a reconciliation runs (it picks up the newest target when it ends). */
  #reconcile(): void {
    if (this.#reconciling) return;
    this.#reconciling = this.#reconcileAll().finally(() => {
      this.#reconciling = null;
    });
  }

  async #reconcileAll(): Promise<void> {
    while (this.#target && !this.#loop.stopped) {
      const target = this.#target;
      this.#target = null;
      let names: Map<string, string>;
      try {
        names = await this.#o.topics.topicNames(target.map((t) => t.topicId), this.#loop.signal);
      } catch {
        names = new Map();
      }
      if (target.some((t) => !names.has(t.topicId))) {
        // A topic id the metadata does not know yet: try again after the next heartbeat.
        this.#target ??= target;
        return;
      }
      for (const t of target) this.#assignedTopicIds.set(names.get(t.topicId)!, t.topicId);
      const assigned = target.flatMap((t) => t.partitions.map((partition) => ({ topic: names.get(t.topicId)!, partition })));
      const revoked = minus(this.#owned, assigned);
      const added = minus(assigned, this.#owned);
      if (revoked.length === 0 && added.length === 0 && this.#announced) continue;
      if (revoked.length > 0 || added.length > 0) this.#o.listener.rebalancing('the coordinator changed the assignment');
      if (revoked.length > 0) await this.#o.listener.revoke(revoked);
      this.#owned = [...minus(this.#owned, revoked), ...added];
      this.#ownedVersion++;
      this.#announced = true;
      this.#o.listener.assign(added);
      this.#o.listener.joined({
        groupProtocol: 'consumer',
        memberId: this.#memberId,
        generationId: this.#epoch,
        isLeader: false,
        leaderId: null,
        assignor: this.#o.serverAssignor,
        assignment: [...this.#owned],
      });
      this.#loop.wake(); // acknowledge at once
    }
  }

  async #fenced(errorCode: number, message: string | null): Promise<void> {
    this.#target = null;
    await this.#reconciling;
    const lost = this.#owned;
    this.#owned = [];
    this.#ownedVersion++;
    if (lost.length > 0) await this.#o.listener.lose(lost);
    if (errorCode === UNKNOWN_MEMBER_ID) this.#memberId = '';
    this.#epoch = JOINING_EPOCH;
    this.#intervalMs = 0;
    this.#full = true;
    this.#announced = false;
    this.#o.listener.rebalancing(message ?? (errorCode === UNKNOWN_MEMBER_ID ? 'the coordinator does not know the member' : 'the member epoch was fenced'));
  }
}
