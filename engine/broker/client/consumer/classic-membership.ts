import { InconsistentGroupProtocolError, kafkaCodeOf } from '../../../errors/index.js';
import { NO_GENERATION, UNKNOWN_MEMBER_ID, type JoinGroupMember } from '../../api/group-types.js';
import type { Clock } from '../../../time/clock.js';
import type { Random } from '../../../time/random.js';
import type { RetryOptions } from '../options.js';
import { rebalanceProtocolOf, type Assignor, type RebalanceProtocol } from './assignors/index.js';
import { CONSUMER_PROTOCOL_TYPE, decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription } from './consumer-protocol.js';
import type { GroupCoordinator } from './coordinator.js';
import { MemberLoop } from './member-loop.js';
import { byTopic, flatten, minus, type CommitIdentity, type GroupTopics, type Membership, type MembershipListener } from './membership.js';
import type { TopicPartition } from './partition-consumer.js';

/*
 * How this works. Kafka's classic protocol, as its Java consumer runs it. The member joins
 * (JoinGroup, with a Subscription per assignor it offers), the coordinator answers when every
 * member has joined, the leader member runs the chosen assignor, SyncGroup hands each member
 * its Assignment, and the member heartbeats every heartbeatIntervalMs until a heartbeat says
 * the group rebalances. The coordinator pushes a "heartbeat now" notice when a rebalance
 * begins, so that heartbeat goes at once rather than at the interval (`heartbeatNow`).
 *
 * Before rejoining, an eager member revokes everything (committing first); a cooperative one
 * keeps consuming what it owns, reports it in its Subscription, and after SyncGroup revokes
 * only what its new assignment lacks, then rejoins at once if it revoked anything (the second
 * round in which those partitions find their new owner).
 *
 * Answers that mean the member is out of date rejoin, as Kafka's clients do:
 * REBALANCE_IN_PROGRESS rejoins; ILLEGAL_GENERATION forgets the generation, UNKNOWN_MEMBER_ID
 * the member id too: the partitions owned then are lost (not committed: the group has moved
 * on). A member that has had no successful heartbeat for sessionTimeoutMs looks its
 * coordinator up again, as Kafka's client does, and keeps its generation: the coordinator may
 * still count it (a heartbeat whose answer was lost, or a commit, kept its session), and its
 * answer says whether it does. A static member
 * (groupInstanceId) does not send LeaveGroup when it leaves: it steps away and a restart
 * within the session timeout takes its place back without a rebalance (KIP-345).
 */

const code = kafkaCodeOf;
const REBALANCE_IN_PROGRESS = code('REBALANCE_IN_PROGRESS');
const ILLEGAL_GENERATION = code('ILLEGAL_GENERATION');
const UNKNOWN_MEMBER = code('UNKNOWN_MEMBER_ID');
const MEMBER_ID_REQUIRED = code('MEMBER_ID_REQUIRED');

export interface ClassicMembershipOptions {
  groupId: string;
  groupInstanceId: string | null;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  heartbeatIntervalMs: number;
  requestTimeoutMs: number;
  assignors: Assignor[];
  coordinator: GroupCoordinator;
  topics: GroupTopics;
  listener: MembershipListener;
  clock: Clock;
  random: Random;
  retry: RetryOptions;
}

export class ClassicMembership implements Membership {
  readonly groupProtocol = 'classic';
  readonly #o: ClassicMembershipOptions;
  readonly #loop: MemberLoop;
  readonly #protocol: RebalanceProtocol;
  #memberId = UNKNOWN_MEMBER_ID;
  #generationId = NO_GENERATION;
  /** The member id and generation of the last completed SyncGroup: what commits carry. */
  #stable: { memberId: string; generationId: number } = { memberId: UNKNOWN_MEMBER_ID, generationId: NO_GENERATION };
  #owned: TopicPartition[] = [];
  #needsJoin = true;
  #reason = 'joining';
  #joinedTopics: string[] = [];
  /** As leader: the partition counts the assignment was made for (a change rebalances). */
  #assignedCounts: Map<string, number> | null = null;
  #lastHeartbeatAt = 0;
  #running: Promise<void> | null = null;

  constructor(options: ClassicMembershipOptions) {
    this.#o = options;
    this.#loop = new MemberLoop(options.clock, options.random, options.retry);
    this.#protocol = rebalanceProtocolOf(options.assignors);
  }

  start(): void {
    this.#running ??= this.#loop.run(() => (this.#needsJoin ? this.#join() : this.#heartbeat()), (error) => this.#o.listener.crash(error));
  }

  identity(): CommitIdentity {
    return { generationIdOrMemberEpoch: this.#stable.generationId, memberId: this.#stable.memberId, groupInstanceId: this.#o.groupInstanceId };
  }

  rejoin(reason: string): void {
    this.#requestJoin(reason);
  }

  /** The coordinator says the group rebalances: the heartbeat goes now (its answer, not the notice, makes the member rejoin). */
  heartbeatNow(memberId: string): void {
    if (memberId === this.#memberId && !this.#needsJoin) this.#loop.wake();
  }

  async leave(): Promise<void> {
    this.#loop.stop();
    await this.#running;
    await this.#giveUp(this.#owned, this.#generationId !== NO_GENERATION);
    if (this.#o.groupInstanceId !== null || this.#memberId === UNKNOWN_MEMBER_ID) return;
    try {
      const request = { groupId: this.#o.groupId, members: [{ memberId: this.#memberId, groupInstanceId: null, reason: 'the consumer is leaving the group' }] };
      await this.#o.coordinator.send('leaveGroup', request, { timeoutMs: this.#o.requestTimeoutMs });
    } catch {
      // best effort: the session timeout removes the member otherwise
    }
  }

  #requestJoin(reason: string): void {
    if (!this.#needsJoin) this.#reason = reason;
    this.#needsJoin = true;
    this.#loop.wake();
  }

  /** Partitions leave the consumer: revoked (committed) while the generation stands, lost otherwise. */
  async #giveUp(partitions: TopicPartition[], revoke: boolean): Promise<void> {
    if (partitions.length === 0) return;
    this.#owned = minus(this.#owned, partitions);
    if (revoke) await this.#o.listener.revoke(partitions);
    else await this.#o.listener.lose(partitions);
  }

  /** Forgets the generation (and, for UNKNOWN_MEMBER_ID, the member id); what is owned is lost at the next join. */
  #reset(errorCode: number, reason: string): void {
    this.#generationId = NO_GENERATION;
    this.#stable = { memberId: UNKNOWN_MEMBER_ID, generationId: NO_GENERATION };
    if (errorCode === UNKNOWN_MEMBER) this.#memberId = UNKNOWN_MEMBER_ID;
    this.#requestJoin(reason);
  }

  /** Reads an answer's error: true when it was one of the rebalance codes (handled), throws others. */
  #rebalanceCode(errorCode: number, what: string): boolean {
    if (errorCode === 0) return false;
    if (errorCode === REBALANCE_IN_PROGRESS) this.#requestJoin(`${what}: the group is rebalancing`);
    else if (errorCode === ILLEGAL_GENERATION || errorCode === UNKNOWN_MEMBER) this.#reset(errorCode, `${what}: ${errorCode === UNKNOWN_MEMBER ? 'unknown member id' : 'illegal generation'}`);
    else this.#o.coordinator.check(errorCode, `${what} of group '${this.#o.groupId}'`);
    return true;
  }

  async #join(): Promise<void> {
    const { listener, coordinator } = this.#o;
    const signal = this.#loop.signal;
    const topics = await this.#o.topics.subscribed(signal);
    // Before joining: partitions of a lost generation are lost; an eager member revokes all; a cooperative one what it no longer subscribes to.
    if (this.#generationId === NO_GENERATION) await this.#giveUp(this.#owned, false);
    else if (this.#protocol === 'eager') await this.#giveUp(this.#owned, true);
    else await this.#giveUp(this.#owned.filter((tp) => !topics.includes(tp.topic)), true);
    if (this.#loop.stopped) return;
    listener.rebalancing(this.#reason);
    const protocols = this.#o.assignors.map((a) => ({
      name: a.name,
      metadata: encodeSubscription({ topics, userData: a.userData({ generationId: this.#generationId }), ownedPartitions: byTopic(this.#owned), generationId: this.#generationId, rackId: null }),
    }));
    const join = await coordinator.send(
      'joinGroup',
      {
        groupId: this.#o.groupId,
        sessionTimeoutMs: this.#o.sessionTimeoutMs,
        rebalanceTimeoutMs: this.#o.rebalanceTimeoutMs,
        memberId: this.#memberId,
        groupInstanceId: this.#o.groupInstanceId,
        protocolType: CONSUMER_PROTOCOL_TYPE,
        protocols,
        reason: this.#reason,
      },
      // The coordinator holds a JoinGroup until the rebalance completes: up to the rebalance timeout.
      { signal, timeoutMs: this.#o.rebalanceTimeoutMs + this.#o.requestTimeoutMs },
    );
    if (join.errorCode === MEMBER_ID_REQUIRED) {
      this.#memberId = join.memberId;
      return;
    }
    if (this.#rebalanceCode(join.errorCode, 'JoinGroup')) return;
    this.#memberId = join.memberId;
    this.#generationId = join.generationId;
    this.#joinedTopics = topics;
    const assignor = this.#o.assignors.find((a) => a.name === join.protocolName);
    if (!assignor) throw new InconsistentGroupProtocolError(`The group chose assignor '${join.protocolName}', which this member does not offer`);
    const isLeader = join.leader === join.memberId;
    const assignments = isLeader && !join.skipAssignment ? await this.#assign(assignor, join.members) : [];
    const sync = await coordinator.send(
      'syncGroup',
      {
        groupId: this.#o.groupId,
        generationId: join.generationId,
        memberId: join.memberId,
        groupInstanceId: this.#o.groupInstanceId,
        protocolType: CONSUMER_PROTOCOL_TYPE,
        protocolName: assignor.name,
        assignments,
      },
      { signal, timeoutMs: this.#o.rebalanceTimeoutMs + this.#o.requestTimeoutMs },
    );
    if (this.#rebalanceCode(sync.errorCode, 'SyncGroup')) return;
    await this.#synced(flatten(decodeAssignment(sync.assignment).assignedPartitions), { isLeader, leaderId: join.leader, assignor: assignor.name });
  }

  /** The leader's part: every member's Subscription through the chosen assignor. */
  async #assign(assignor: Assignor, members: JoinGroupMember[]): Promise<Array<{ memberId: string; assignment: Uint8Array }>> {
    const decoded = members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, subscription: decodeSubscription(m.metadata) }));
    const topics = [...new Set(decoded.flatMap((m) => m.subscription.topics))];
    const counts = await this.#o.topics.partitionCounts(topics, this.#loop.signal);
    // A topic the metadata does not know now counts as 0 partitions: when it shows up, the check after heartbeats rebalances.
    this.#assignedCounts = new Map(topics.map((t) => [t, counts.get(t) ?? 0]));
    const result = assignor.assign(decoded, counts);
    return [...result].map(([memberId, assignedPartitions]) => ({ memberId, assignment: encodeAssignment({ assignedPartitions, userData: null }) }));
  }

  async #synced(assigned: TopicPartition[], info: { isLeader: boolean; leaderId: string; assignor: string }): Promise<void> {
    this.#stable = { memberId: this.#memberId, generationId: this.#generationId };
    this.#lastHeartbeatAt = this.#o.clock.now();
    this.#needsJoin = false;
    if (!info.isLeader) this.#assignedCounts = null;
    const revoked = minus(this.#owned, assigned);
    const added = minus(assigned, this.#owned);
    if (revoked.length > 0) {
      // Only cooperative members still own partitions here: these move elsewhere, in a second round.
      await this.#giveUp(revoked, true);
      this.#requestJoin('partitions were revoked: a second round assigns them');
    }
    this.#owned = [...this.#owned, ...added];
    this.#o.listener.assign(added);
    this.#o.listener.joined({ groupProtocol: 'classic', memberId: this.#memberId, generationId: this.#generationId, ...info, assignment: [...this.#owned] });
  }

  async #heartbeat(): Promise<void> {
    await this.#loop.pause(this.#o.heartbeatIntervalMs);
    if (this.#needsJoin || this.#loop.stopped) return;
    if (this.#o.clock.now() - this.#lastHeartbeatAt > this.#o.sessionTimeoutMs) this.#o.coordinator.markUnknown();
    const answer = await this.#o.coordinator.send(
      'heartbeat',
      { groupId: this.#o.groupId, generationId: this.#generationId, memberId: this.#memberId, groupInstanceId: this.#o.groupInstanceId },
      { signal: this.#loop.signal, timeoutMs: this.#o.requestTimeoutMs },
    );
    if (this.#rebalanceCode(answer.errorCode, 'Heartbeat')) return;
    this.#lastHeartbeatAt = this.#o.clock.now();
    this.#o.listener.heartbeat();
    await this.#checkMetadata();
  }

  /** The subscription's topics or (as leader) their partition counts changed: rebalance. */
  async #checkMetadata(): Promise<void> {
    const topics = await this.#o.topics.subscribed(this.#loop.signal);
    if (topics.join('\u0000') !== this.#joinedTopics.join('\u0000')) return this.#requestJoin('the subscribed topics changed');
    const assigned = this.#assignedCounts;
    if (!assigned) return;
    const counts = await this.#o.topics.partitionCounts([...assigned.keys()], this.#loop.signal);
    if ([...assigned].some(([topic, n]) => (counts.get(topic) ?? 0) !== n)) this.#requestJoin('the partitions of subscribed topics changed');
  }
}

