import { kafkaCodeOf } from '../../../../engine/errors/index.js';
import type { Clock, Timer } from '../../../../engine/time/index.js';
import type {
  DescribedGroupMember,
  HeartbeatRequest,
  HeartbeatResponse,
  JoinGroupRequest,
  JoinGroupResponse,
  LeaveGroupRequest,
  LeaveGroupResponse,
  SyncGroupRequest,
  SyncGroupResponse,
} from '../../../../engine/broker/api/group-types.js';

/*
 * A classic group as Kafka's GroupCoordinator keeps it, in brief, for the clients' tests:
 * Empty → PreparingRebalance (members rejoin; answers held until all have, or the rebalance
 * timeout drops those that did not) → CompletingRebalance (the leader's SyncGroup hands out the
 * assignments) → Stable. A new dynamic member gets MEMBER_ID_REQUIRED first; a member silent
 * for its session timeout is removed; a static member (group.instance.id) that rejoins with a
 * new member id takes its predecessor's place and assignment without a rebalance, the old id
 * fenced (FENCED_INSTANCE_ID).
 */

const code = kafkaCodeOf;

interface Member {
  memberId: string;
  instanceId: string | null;
  protocols: Array<{ name: string; metadata: Uint8Array }>;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  assignment: Uint8Array;
  joining: ((answer: JoinGroupResponse) => void) | null;
  syncing: ((answer: SyncGroupResponse) => void) | null;
  session: Timer | null;
}

export type ClassicState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable';

export class FakeClassicGroup {
  readonly groupId: string;
  state: ClassicState = 'Empty';
  generation = 0;
  protocolName: string | null = null;
  leader: string | null = null;
  readonly members = new Map<string, Member>();
  /** How many rebalances completed (a test checks a rolling restart caused none). */
  rebalances = 0;
  readonly #clock: Clock;
  readonly #pending = new Set<string>();
  readonly #fenced = new Set<string>();
  readonly #statics = new Map<string, string>();
  #rebalanceTimer: Timer | null = null;
  #nextId = 1;

  constructor(groupId: string, clock: Clock) {
    this.groupId = groupId;
    this.#clock = clock;
  }

  join(request: JoinGroupRequest): Promise<JoinGroupResponse> {
    const fail = (errorCode: number, memberId = request.memberId): Promise<JoinGroupResponse> =>
      Promise.resolve({ errorCode, generationId: -1, protocolType: null, protocolName: null, leader: '', skipAssignment: false, memberId, members: [] });
    if (request.protocolType !== 'consumer' || request.protocols.length === 0) return fail(code('INCONSISTENT_GROUP_PROTOCOL'));
    if (this.members.size > 0 && !request.protocols.some((p) => this.#supportedByAll(p.name, request.memberId))) return fail(code('INCONSISTENT_GROUP_PROTOCOL'));
    let memberId = request.memberId;
    if (memberId === '') {
      memberId = `${request.groupInstanceId ?? 'member'}-${this.#nextId++}`;
      if (request.groupInstanceId === null) {
        this.#pending.add(memberId);
        return fail(code('MEMBER_ID_REQUIRED'), memberId);
      }
      const previous = this.#statics.get(request.groupInstanceId);
      if (previous && this.members.has(previous)) return this.#replaceStatic(previous, memberId, request);
    } else if (!this.members.has(memberId) && !this.#pending.delete(memberId)) {
      return fail(code(this.#fenced.has(memberId) ? 'FENCED_INSTANCE_ID' : 'UNKNOWN_MEMBER_ID'));
    }
    const known = this.members.get(memberId);
    const member: Member = known ?? { memberId, instanceId: request.groupInstanceId, protocols: [], sessionTimeoutMs: 0, rebalanceTimeoutMs: 0, assignment: new Uint8Array(0), joining: null, syncing: null, session: null };
    Object.assign(member, { protocols: request.protocols, sessionTimeoutMs: request.sessionTimeoutMs, rebalanceTimeoutMs: request.rebalanceTimeoutMs });
    this.members.set(memberId, member);
    if (member.instanceId !== null) this.#statics.set(member.instanceId, memberId);
    this.#touch(member);
    const answer = new Promise<JoinGroupResponse>((resolve) => (member.joining = resolve));
    if (this.state !== 'PreparingRebalance') this.#prepareRebalance();
    this.#maybeCompleteJoin();
    return answer;
  }

  sync(request: SyncGroupRequest): Promise<SyncGroupResponse> {
    const answer = (errorCode: number, assignment: Uint8Array = new Uint8Array(0)): SyncGroupResponse => ({ errorCode, protocolType: 'consumer', protocolName: this.protocolName, assignment });
    const member = this.members.get(request.memberId);
    if (!member) return Promise.resolve(answer(code(this.#fenced.has(request.memberId) ? 'FENCED_INSTANCE_ID' : 'UNKNOWN_MEMBER_ID')));
    if (request.generationId !== this.generation) return Promise.resolve(answer(code('ILLEGAL_GENERATION')));
    if (this.state === 'PreparingRebalance') return Promise.resolve(answer(code('REBALANCE_IN_PROGRESS')));
    this.#touch(member);
    if (this.state === 'Stable') return Promise.resolve(answer(0, member.assignment));
    const result = new Promise<SyncGroupResponse>((resolve) => (member.syncing = resolve));
    if (request.memberId === this.leader) {
      for (const a of request.assignments) {
        const m = this.members.get(a.memberId);
        if (m) m.assignment = a.assignment;
      }
      this.state = 'Stable';
      this.rebalances++;
      for (const m of this.members.values()) {
        m.syncing?.(answer(0, m.assignment));
        m.syncing = null;
      }
    }
    return result;
  }

  heartbeat(request: HeartbeatRequest): HeartbeatResponse {
    const member = this.members.get(request.memberId);
    if (!member) return { errorCode: code(this.#fenced.has(request.memberId) ? 'FENCED_INSTANCE_ID' : 'UNKNOWN_MEMBER_ID') };
    if (request.generationId !== this.generation) return { errorCode: code('ILLEGAL_GENERATION') };
    this.#touch(member);
    return { errorCode: this.state === 'PreparingRebalance' ? code('REBALANCE_IN_PROGRESS') : 0 };
  }

  leave(request: LeaveGroupRequest): LeaveGroupResponse {
    const members = request.members.map((m) => {
      const memberId = m.memberId || (m.groupInstanceId !== null ? this.#statics.get(m.groupInstanceId) ?? '' : '');
      if (!this.members.has(memberId)) return { memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode: code('UNKNOWN_MEMBER_ID') };
      this.#remove(memberId);
      return { memberId, groupInstanceId: m.groupInstanceId, errorCode: 0 };
    });
    return { errorCode: 0, members };
  }

  /** OffsetCommit's check of who commits: 0 when it may (a member's commit keeps its session, as in Kafka). */
  commitError(generation: number, memberId: string): number {
    if (generation < 0 && memberId === '') return this.members.size === 0 ? 0 : code('UNKNOWN_MEMBER_ID');
    const member = this.members.get(memberId);
    if (!member) return code(this.#fenced.has(memberId) ? 'FENCED_INSTANCE_ID' : 'UNKNOWN_MEMBER_ID');
    if (generation !== this.generation) return code('ILLEGAL_GENERATION');
    if (this.state === 'CompletingRebalance') return code('REBALANCE_IN_PROGRESS');
    this.#touch(member);
    return 0;
  }

  describedMembers(): DescribedGroupMember[] {
    return [...this.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.instanceId,
      clientId: 'client',
      clientHost: '/127.0.0.1',
      memberMetadata: m.protocols.find((p) => p.name === this.protocolName)?.metadata ?? new Uint8Array(0),
      memberAssignment: m.assignment,
    }));
  }

  #supportedByAll(name: string, except: string): boolean {
    return [...this.members.values()].every((m) => m.memberId === except || m.protocols.some((p) => p.name === name));
  }

  /** A static member back with a new member id: its predecessor's place, no rebalance when the group is stable. */
  #replaceStatic(previous: string, memberId: string, request: JoinGroupRequest): Promise<JoinGroupResponse> {
    const old = this.members.get(previous)!;
    this.members.delete(previous);
    this.#fenced.add(previous);
    if (old.session) this.#clock.cancel(old.session);
    const member: Member = { ...old, memberId, protocols: request.protocols, joining: null, syncing: null, session: null };
    this.members.set(memberId, member);
    this.#statics.set(request.groupInstanceId!, memberId);
    if (this.leader === previous) this.leader = memberId;
    this.#touch(member);
    if (this.state !== 'Stable') {
      const answer = new Promise<JoinGroupResponse>((resolve) => (member.joining = resolve));
      if (this.state !== 'PreparingRebalance') this.#prepareRebalance();
      this.#maybeCompleteJoin();
      return answer;
    }
    return Promise.resolve({
      errorCode: 0,
      generationId: this.generation,
      protocolType: 'consumer',
      protocolName: this.protocolName,
      leader: this.leader!,
      skipAssignment: this.leader === memberId,
      memberId,
      members: this.leader === memberId ? this.#joinMembers() : [],
    });
  }

  #prepareRebalance(): void {
    for (const m of this.members.values()) {
      m.syncing?.({ errorCode: code('REBALANCE_IN_PROGRESS'), protocolType: 'consumer', protocolName: this.protocolName, assignment: new Uint8Array(0) });
      m.syncing = null;
    }
    this.state = 'PreparingRebalance';
    const timeout = Math.max(0, ...[...this.members.values()].map((m) => m.rebalanceTimeoutMs));
    if (this.#rebalanceTimer) this.#clock.cancel(this.#rebalanceTimer);
    this.#rebalanceTimer = this.#clock.setTimer(timeout, () => {
      this.#rebalanceTimer = null;
      for (const m of [...this.members.values()]) if (!m.joining) this.#remove(m.memberId, false);
      this.#completeJoin();
    });
  }

  #maybeCompleteJoin(): void {
    if (this.state === 'PreparingRebalance' && [...this.members.values()].every((m) => m.joining)) this.#completeJoin();
  }

  #completeJoin(): void {
    if (this.#rebalanceTimer) this.#clock.cancel(this.#rebalanceTimer);
    this.#rebalanceTimer = null;
    this.generation++;
    if (this.members.size === 0) {
      this.state = 'Empty';
      this.protocolName = null;
      this.leader = null;
      return;
    }
    this.state = 'CompletingRebalance';
    this.protocolName = this.#vote();
    if (!this.leader || !this.members.has(this.leader)) this.leader = [...this.members.keys()][0]!;
    for (const m of this.members.values()) {
      const isLeader = m.memberId === this.leader;
      m.joining?.({ errorCode: 0, generationId: this.generation, protocolType: 'consumer', protocolName: this.protocolName, leader: this.leader, skipAssignment: false, memberId: m.memberId, members: isLeader ? this.#joinMembers() : [] });
      m.joining = null;
      this.#touch(m);
    }
  }

  #joinMembers() {
    return [...this.members.values()].map((m) => ({ memberId: m.memberId, groupInstanceId: m.instanceId, metadata: m.protocols.find((p) => p.name === this.protocolName)!.metadata }));
  }

  /** Each member votes for its most preferred protocol that every member supports; the most votes wins. */
  #vote(): string {
    const all = [...this.members.values()];
    const candidates = all[0]!.protocols.map((p) => p.name).filter((name) => all.every((m) => m.protocols.some((p) => p.name === name)));
    const votes = new Map<string, number>();
    for (const m of all) {
      const choice = m.protocols.find((p) => candidates.includes(p.name))!.name;
      votes.set(choice, (votes.get(choice) ?? 0) + 1);
    }
    return [...votes].sort((a, b) => b[1] - a[1])[0]![0];
  }

  #touch(member: Member): void {
    if (member.session) this.#clock.cancel(member.session);
    member.session = this.#clock.setTimer(member.sessionTimeoutMs, () => {
      member.session = null;
      if (this.members.get(member.memberId) === member && !member.joining) this.#remove(member.memberId);
    });
  }

  #remove(memberId: string, rebalance = true): void {
    const member = this.members.get(memberId)!;
    if (member.session) this.#clock.cancel(member.session);
    this.members.delete(memberId);
    if (member.instanceId !== null && this.#statics.get(member.instanceId) === memberId) this.#statics.delete(member.instanceId);
    if (!rebalance) return;
    if (this.members.size === 0) {
      if (this.#rebalanceTimer) this.#clock.cancel(this.#rebalanceTimer);
      this.#rebalanceTimer = null;
      this.generation++;
      this.state = 'Empty';
      this.protocolName = null;
      this.leader = null;
    } else if (this.state !== 'PreparingRebalance') {
      this.#prepareRebalance();
    } else {
      this.#maybeCompleteJoin();
    }
  }
}
