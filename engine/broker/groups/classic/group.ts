import { FencedInstanceIdError, UnknownMemberIdError } from '../../../errors/index.js';
import type { JoinGroupProtocol, JoinGroupResponse, SyncGroupResponse } from '../../api/group-types.js';
import type { Reply } from '../runtime/op.js';
import type { ClassicGroupValue } from '../records/types.js';

/*
 * A classic group as its coordinator holds it (Kafka's GroupMetadata / ClassicGroup): the
 * state, the generation, the chosen protocol and leader, the members with their protocols,
 * their assignment and the requests they wait on. Only part of it is persisted — a snapshot
 * (GroupMetadataValue) written when the leader's assignment is taken, when the group
 * empties, and when a static member is replaced; a group loaded from its snapshot is Stable
 * (Empty without members) and its members' timers start again. The rules that move it from
 * state to state are in join.ts, sync.ts, heartbeat.ts, leave.ts and rebalance.ts.
 */

export type ClassicState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable';

const EMPTY = new Uint8Array(0);

export class ClassicMember {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  clientId = '';
  clientHost = '';
  protocolType: string;
  protocols: JoinGroupProtocol[];
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  assignment: Uint8Array = EMPTY;
  /** Its JoinGroup, waiting for the join phase to end. */
  awaitingJoin: Reply<JoinGroupResponse> | null = null;
  /** Its SyncGroup, waiting for the leader's assignment. */
  awaitingSync: Reply<SyncGroupResponse> | null = null;

  constructor(memberId: string, groupInstanceId: string | null, protocolType: string, protocols: JoinGroupProtocol[], rebalanceTimeoutMs: number, sessionTimeoutMs: number) {
    this.memberId = memberId;
    this.groupInstanceId = groupInstanceId;
    this.protocolType = protocolType;
    this.protocols = protocols;
    this.rebalanceTimeoutMs = rebalanceTimeoutMs;
    this.sessionTimeoutMs = sessionTimeoutMs;
  }

  /** The same member under a new id (a static member replaced), its waits left behind. */
  renamed(memberId: string): ClassicMember {
    const m = new ClassicMember(memberId, this.groupInstanceId, this.protocolType, this.protocols, this.rebalanceTimeoutMs, this.sessionTimeoutMs);
    m.assignment = this.assignment;
    return m;
  }

  metadata(protocol: string | null): Uint8Array {
    return this.protocols.find((p) => p.name === protocol)?.metadata ?? EMPTY;
  }

  /** The same protocols, in the same order, with the same metadata. */
  sameProtocols(protocols: readonly JoinGroupProtocol[]): boolean {
    return protocols.length === this.protocols.length && protocols.every((p, i) => p.name === this.protocols[i]!.name && sameBytes(p.metadata, this.protocols[i]!.metadata));
  }
}

export class ClassicGroup {
  readonly type = 'classic';
  readonly groupId: string;
  state: ClassicState = 'Empty';
  generationId = 0;
  protocolType: string | null = null;
  protocolName: string | null = null;
  leaderId: string | null = null;
  currentStateTimestamp = -1;
  readonly members = new Map<string, ClassicMember>();
  /** groupInstanceId → its member id. */
  readonly staticMembers = new Map<string, string>();
  /** Dynamic members told their id (MEMBER_ID_REQUIRED) that have not joined with it yet (KIP-394). */
  readonly pendingMembers = new Set<string>();
  /** Members of the generation that have not sent their SyncGroup yet. */
  readonly pendingSync = new Set<string>();
  /** The first rebalance's delay is running: the join phase may not end early. */
  initialRebalance = false;
  /** A member joined during the initial rebalance delay: the delay goes on. */
  newMemberAdded = false;

  constructor(groupId: string) {
    this.groupId = groupId;
  }

  static fromValue(groupId: string, value: ClassicGroupValue): ClassicGroup {
    const g = new ClassicGroup(groupId);
    g.generationId = value.generation;
    g.protocolType = value.protocolType === '' ? null : value.protocolType;
    g.protocolName = value.protocol;
    g.leaderId = value.leader;
    g.currentStateTimestamp = value.currentStateTimestamp;
    for (const m of value.members) {
      const protocols = value.protocol === null ? [] : [{ name: value.protocol, metadata: m.subscription }];
      const member = new ClassicMember(m.memberId, m.groupInstanceId, value.protocolType, protocols, m.rebalanceTimeout, m.sessionTimeout);
      member.clientId = m.clientId;
      member.clientHost = m.clientHost;
      member.assignment = m.assignment;
      g.add(member);
    }
    g.state = g.members.size > 0 ? 'Stable' : 'Empty';
    return g;
  }

  /** What a GroupMetadataValue record keeps of the group now. */
  value(now: number): ClassicGroupValue {
    return {
      protocolType: this.protocolType ?? '',
      generation: this.generationId,
      protocol: this.protocolName,
      leader: this.leaderId,
      currentStateTimestamp: now,
      members: [...this.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeout: m.rebalanceTimeoutMs,
        sessionTimeout: m.sessionTimeoutMs,
        subscription: m.metadata(this.protocolName),
        assignment: m.assignment,
      })),
    };
  }

  transition(state: ClassicState, now: number): void {
    this.state = state;
    this.currentStateTimestamp = now;
  }

  add(member: ClassicMember): void {
    if (this.members.size === 0) this.protocolType = member.protocolType;
    this.members.set(member.memberId, member);
    if (member.groupInstanceId !== null) this.staticMembers.set(member.groupInstanceId, member.memberId);
    this.leaderId ??= member.memberId;
  }

  /** Removes a member; the leader's place goes to the first member left. */
  remove(memberId: string): void {
    const member = this.members.get(memberId);
    if (!member) return;
    this.members.delete(memberId);
    this.pendingSync.delete(memberId);
    if (member.groupInstanceId !== null && this.staticMembers.get(member.groupInstanceId) === memberId) this.staticMembers.delete(member.groupInstanceId);
    if (this.leaderId === memberId) this.leaderId = this.members.keys().next().value ?? null;
  }

  /** The protocols every member supports. */
  candidateProtocols(): Set<string> {
    let common: Set<string> | null = null;
    for (const m of this.members.values()) {
      const names = new Set(m.protocols.map((p) => p.name));
      common = common === null ? names : new Set([...common].filter((n: string) => names.has(n)));
    }
    return common ?? new Set<string>();
  }

  /** Whether a member of `protocolType` offering `protocols` may join. */
  supports(protocolType: string, protocols: readonly JoinGroupProtocol[]): boolean {
    if (this.members.size === 0) return protocolType.length > 0 && protocols.length > 0;
    const candidates = this.candidateProtocols();
    return this.protocolType === protocolType && protocols.some((p) => candidates.has(p.name));
  }

  /**
   * The protocol of the next generation: each member votes for its most preferred candidate;
   * the most votes win (ties: the candidate the leader prefers, then by name).
   */
  selectProtocol(): string {
    const candidates = this.candidateProtocols();
    const votes = new Map<string, number>();
    for (const m of this.members.values()) {
      const vote = m.protocols.find((p) => candidates.has(p.name))!.name;
      votes.set(vote, (votes.get(vote) ?? 0) + 1);
    }
    const leaderRank = (name: string) => {
      const i = this.members.get(this.leaderId ?? '')?.protocols.findIndex((p) => p.name === name) ?? -1;
      return i < 0 ? Infinity : i;
    };
    return [...votes.entries()].sort(([a, x], [b, y]) => y - x || leaderRank(a) - leaderRank(b) || (a < b ? -1 : 1))[0]![0];
  }

  /** Every member has rejoined and no member told its id is still to join. */
  allJoined(): boolean {
    return this.pendingMembers.size === 0 && [...this.members.values()].every((m) => m.awaitingJoin !== null);
  }

  /** The join phase waits this long at most: the longest of the members'. */
  rebalanceTimeoutMs(): number {
    return Math.max(0, ...[...this.members.values()].map((m) => m.rebalanceTimeoutMs));
  }

  /**
   * The member a request acts for: UNKNOWN_MEMBER_ID if there is none, FENCED_INSTANCE_ID if
   * its static instance id now belongs to another member id.
   */
  member(memberId: string, groupInstanceId: string | null): ClassicMember {
    if (groupInstanceId !== null) {
      const owner = this.staticMembers.get(groupInstanceId);
      if (owner === undefined) throw new UnknownMemberIdError(`Group ${this.groupId} has no static member ${groupInstanceId}`);
      if (owner !== memberId) throw new FencedInstanceIdError(`Static member ${groupInstanceId} of group ${this.groupId} is now member ${owner}, not ${memberId}`);
    }
    const member = this.members.get(memberId);
    if (!member) throw new UnknownMemberIdError(`Group ${this.groupId} has no member ${memberId}`);
    return member;
  }
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
