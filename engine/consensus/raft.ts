import { BadArgumentsError, InternalError, InvalidStateError } from '../errors/index.js';
import type { Random } from '../time/random.js';
import { decodeConfChange, encodeConfChange } from './codec.js';
import { RaftLog } from './log.js';
import { Progress, ProgressState } from './progress.js';
import {
  ConfChangeType,
  EntryType,
  MessageType,
  NONE,
  Role,
  message,
  type ConfChange,
  type ConfState,
  type Entry,
  type HardState,
  type Message,
  type ProposalResult,
  type ReadState,
  type Ready,
  type Snapshot,
  type SoftState,
} from './types.js';

/*
 * How this works. `Raft` is the algorithm and nothing else, in the style of etcd's raft: it
 * takes inputs — `tick()` (abstract time), `step(message)`, `propose`, `readIndex`,
 * `transferLeader`, `proposeConfChange` — and accumulates outputs that the driver collects
 * with `ready()`: state to persist, messages to send, committed entries to apply. After
 * doing them the driver calls `advance(ready)`. No I/O, no clock, no global randomness (the
 * election timeout is drawn from the injected Random), so a test can drive it step by step.
 *
 * The role is a swapped pair of functions: `stepFn` (stepFollower, stepCandidate,
 * stepLeader) and `tickFn` (tickElection, tickHeartbeat).
 *
 * Protocol points worth knowing (each mirrors etcd):
 *  - pre-vote: a node first asks whether it could win (term + 1, without bumping its own
 *    term), so a node that was cut off does not disrupt the cluster when it comes back;
 *  - check-quorum: a leader that has not heard from a quorum for an election timeout steps
 *    down, and a follower that heard from its leader within that time ignores votes (the
 *    leader lease) unless the vote is a leadership transfer;
 *  - the leader counts its own log only up to what its driver has written (`stabled`), so it
 *    may send appends before its own write completes;
 *  - an entry is committed by counting replicas only when it is of the current term;
 *  - follower commit: with at most three voters, the leader and one follower are a majority,
 *    so a follower that has written an entry of the current term which the leader says it
 *    has written too (a Stable message, sent when the leader's own write ends before any
 *    acknowledgement made the entry committed) knows it is committed without waiting for
 *    the leader's next append: two hops less for a write through a follower (see
 *    #followerCommit);
 *  - a rejection carries a hint (index, term) so the leader skips a whole term per round trip;
 *  - configuration changes take effect when applied, one at a time: the leader refuses a new
 *    one while an earlier one is unapplied, and a new leader treats its whole log as pending;
 *  - ReadIndex: the leader records its commit index, confirms it is still leader with a
 *    heartbeat round (numbered by `seq`), and answers once a quorum has acknowledged that
 *    round; it waits first for an entry of its own term to commit. Its read point is also
 *    at least what it told followers in Stable messages (they may have committed that far).
 */

export interface RaftOptions {
  id: string;
  random: Random;
  /** Ticks without a leader before a follower campaigns: drawn from [electionTicks, 2 * electionTicks). Default 10. */
  electionTicks?: number;
  /** Ticks between a leader's heartbeats; default 1. */
  heartbeatTicks?: number;
  /** Default true. */
  preVote?: boolean;
  /** Default true. */
  checkQuorum?: boolean;
  /** Unanswered appends per follower while replicating; default 256. */
  maxInflight?: number;
  /** Approximate bytes of entries per append message; default 1 MiB. */
  maxMessageBytes?: number;
  /** Committed entries handed out per Ready; default 4096. */
  maxCommittedPerReady?: number;
  /** Ticks a sent snapshot may go unanswered before it is sent again; default 5 * electionTicks. */
  snapshotTimeoutTicks?: number;
  /** What was on disk (restart) or the bootstrap log (first start). */
  state?: {
    hardState?: HardState;
    snapshot?: Snapshot | null;
    entries?: Entry[];
  };
}

export type ProposeOutcome =
  | { kind: 'appended'; index: number; term: number }
  | { kind: 'forwarded'; leader: string }
  | { kind: 'dropped'; reason: 'no-leader' | 'transferring'; leader: string };

interface PendingRead {
  context: Uint8Array;
  from: string;
  index: number;
  seq: number;
}

const EMPTY = new Uint8Array(0);

function respType(t: MessageType): MessageType {
  switch (t) {
    case MessageType.Vote:
      return MessageType.VoteResp;
    case MessageType.PreVote:
      return MessageType.PreVoteResp;
    default:
      throw new InternalError(`No response type for ${MessageType[t]}`);
  }
}

/**
 * Messages that claim nothing about what their sender has written, so they may go before
 * the sender's write completes: a leader's appends, heartbeats and snapshots (it counts its
 * own log only once written), forwarded proposals and reads and their answers, heartbeat
 * answers and TimeoutNow. Acknowledgements of appends and votes wait for the write.
 */
const EARLY: ReadonlySet<MessageType> = new Set([
  MessageType.App,
  MessageType.Heartbeat,
  MessageType.Snap,
  MessageType.HeartbeatResp,
  MessageType.Prop,
  MessageType.PropResp,
  MessageType.ReadIndex,
  MessageType.ReadIndexResp,
  MessageType.TimeoutNow,
  MessageType.Stable,
]);

export class Raft {
  readonly id: string;
  readonly log = new RaftLog();
  readonly electionTicks: number;
  readonly heartbeatTicks: number;
  readonly preVote: boolean;
  readonly checkQuorum: boolean;
  readonly maxInflight: number;
  readonly maxMessageBytes: number;
  readonly maxCommittedPerReady: number;
  readonly snapshotTimeoutTicks: number;

  term = 0;
  vote = NONE;
  lead = NONE;
  role = Role.Follower;

  /** Membership as of the applied index: id -> address. */
  voters = new Map<string, string>();
  learners = new Map<string, string>();
  /** The leader's view of every other member. */
  progress = new Map<string, Progress>();

  #random: Random;
  #electionElapsed = 0;
  #heartbeatElapsed = 0;
  #randomizedElectionTimeout = 0;
  #votes = new Map<string, boolean>();
  #pendingConfIndex = 0;
  #leadTransferee = NONE;
  /** ReadIndex: rounds waiting for a quorum, and requests waiting for a commit in this term. */
  #readSeq = 0;
  #pendingReads: PendingRead[] = [];
  #readsBeforeCommit: Array<{ context: Uint8Array; from: string }> = [];
  /** Follower commit, in this term: how far the leader has written its own log, and how far ours matches it. */
  #leaderStable = 0;
  #matchedLeader = 0;
  /** Leader: the highest index a Stable message of this term carried; followers may have committed up to it. */
  #stableSent = 0;
  /** The highest index of a configuration change this node's log ever held (it may change who counts). */
  #lastConfIndex = 0;

  #msgs: Message[] = [];
  #readStates: ReadState[] = [];
  #proposalResults: ProposalResult[] = [];
  #prevSoft: SoftState;
  #prevHard: HardState;
  #readyOut = false;
  /** New entries were proposed: one append per follower goes out with the next Ready, carrying them all. */
  #appendPending = false;

  #stepFn: (m: Message) => void;
  #tickFn: () => void;

  constructor(options: RaftOptions) {
    if (typeof options.id !== 'string' || options.id.length === 0) throw new BadArgumentsError('id must be a non-empty string');
    this.id = options.id;
    this.#random = options.random;
    this.electionTicks = options.electionTicks ?? 10;
    this.heartbeatTicks = options.heartbeatTicks ?? 1;
    if (!(this.heartbeatTicks >= 1 && this.electionTicks > this.heartbeatTicks)) {
      throw new BadArgumentsError('electionTicks must be greater than heartbeatTicks >= 1');
    }
    this.preVote = options.preVote ?? true;
    this.checkQuorum = options.checkQuorum ?? true;
    this.maxInflight = options.maxInflight ?? 256;
    this.maxMessageBytes = options.maxMessageBytes ?? 1024 * 1024;
    this.maxCommittedPerReady = options.maxCommittedPerReady ?? 4096;
    this.snapshotTimeoutTicks = options.snapshotTimeoutTicks ?? 5 * this.electionTicks;

    const state = options.state ?? {};
    const snapshot = state.snapshot ?? null;
    if (snapshot) {
      this.log.restore(snapshot);
      this.log.pendingSnapshot = null;
      this.log.applied = snapshot.meta.index;
      this.#setConf(snapshot.meta.conf);
    }
    const entries = (state.entries ?? []).filter((e) => e.index > this.log.snapshotIndex);
    if (entries.length > 0) {
      if (entries[0]!.index !== this.log.lastIndex() + 1) {
        throw new InternalError(`The stored log starts at ${entries[0]!.index}, after the snapshot at ${this.log.snapshotIndex}`);
      }
      this.log.entries = entries;
      this.log.stabled = this.log.lastIndex();
      for (const e of entries) if (e.type === EntryType.ConfChange) this.#lastConfIndex = e.index;
    }
    const hs = state.hardState;
    if (hs) {
      this.term = hs.term;
      this.vote = hs.vote;
      this.log.committed = Math.min(Math.max(hs.commit, this.log.snapshotIndex), this.log.lastIndex());
    }
    this.#prevHard = this.hardState();
    this.#stepFn = this.#stepFollower;
    this.#tickFn = this.#tickElection;
    this.becomeFollower(this.term, NONE);
    this.#prevSoft = this.softState();
  }

  // ---- inspection ----

  hardState(): HardState {
    return { term: this.term, vote: this.vote, commit: this.log.committed };
  }

  softState(): SoftState {
    return { lead: this.lead, role: this.role };
  }

  /** The membership as of the applied index. */
  confState(): ConfState {
    const list = (m: Map<string, string>) => [...m].map(([id, address]) => ({ id, address }));
    return { voters: list(this.voters), learners: list(this.learners) };
  }

  /** Whether this node may campaign: a voter with no configuration change left to apply. */
  promotable(): boolean {
    return this.voters.has(this.id);
  }

  get leadTransferee(): string {
    return this.#leadTransferee;
  }

  /** The address of a member, or '' when unknown. */
  addressOf(id: string): string {
    return this.voters.get(id) ?? this.learners.get(id) ?? '';
  }

  // ---- inputs ----

  tick(): void {
    this.#tickFn();
  }

  /** Starts an election now (if this node may). */
  campaign(): void {
    this.#hup(false);
  }

  step(m: Message): void {
    if (m.type === MessageType.Prop || m.type === MessageType.ReadIndex) {
      // Forwarded proposals and reads carry no term.
    } else if (m.term > this.term) {
      if (m.type === MessageType.Vote || m.type === MessageType.PreVote) {
        const inLease = this.checkQuorum && this.lead !== NONE && this.#electionElapsed < this.electionTicks;
        if (!m.force && inLease) return; // we heard from a leader recently: ignore the disruption
      }
      if (m.type === MessageType.PreVote) {
        // Never change our term for a pre-vote.
      } else if (m.type === MessageType.PreVoteResp && !m.reject) {
        // The term in a granted pre-vote answer is the one we would campaign in.
      } else if (m.type === MessageType.App || m.type === MessageType.Heartbeat || m.type === MessageType.Snap || m.type === MessageType.Stable) {
        this.becomeFollower(m.term, m.from);
      } else {
        this.becomeFollower(m.term, NONE);
      }
    } else if (m.term < this.term) {
      if ((this.checkQuorum || this.preVote) && (m.type === MessageType.App || m.type === MessageType.Heartbeat)) {
        // A stale leader (maybe cut off, with pre-vote keeping our terms apart): tell it our term.
        this.#send(message({ type: MessageType.AppResp, to: m.from }));
      } else if (m.type === MessageType.PreVote) {
        this.#send(message({ type: MessageType.PreVoteResp, to: m.from, term: this.term, reject: true }));
      }
      return;
    }

    if (m.type === MessageType.Vote || m.type === MessageType.PreVote) {
      const canVote =
        this.vote === m.from ||
        (this.vote === NONE && this.lead === NONE) ||
        (m.type === MessageType.PreVote && m.term > this.term);
      if (canVote && this.log.isUpToDate(m.index, m.logTerm)) {
        this.#send(message({ type: respType(m.type), to: m.from, term: m.term }));
        if (m.type === MessageType.Vote) {
          this.#electionElapsed = 0;
          this.vote = m.from;
        }
      } else {
        this.#send(message({ type: respType(m.type), to: m.from, term: this.term, reject: true }));
      }
      return;
    }
    this.#stepFn(m);
  }

  /**
   * Proposes `data` (non-empty). On the leader it is appended now; on a follower that knows
   * its leader it is forwarded with `context`, and the leader's answer comes back in a
   * Ready's `proposalResults`.
   */
  propose(data: Uint8Array, context: Uint8Array = EMPTY): ProposeOutcome {
    return this.#propose(EntryType.Normal, data, context);
  }

  /** Proposes several entries at once (leader only); returns the index of the first, or throws. */
  proposeBatch(datas: Uint8Array[]): { index: number; term: number } {
    if (this.role !== Role.Leader) throw new InvalidStateError('Not the leader');
    if (this.#leadTransferee !== NONE) throw new InvalidStateError('A leadership transfer is in progress');
    const first = this.log.lastIndex() + 1;
    this.#appendEntries(datas.map((data) => ({ type: EntryType.Normal, data })));
    this.#appendPending = true;
    return { index: first, term: this.term };
  }

  /**
   * Proposes a membership change (leader only). Refused while another change is unapplied,
   * for a change that would do nothing, or one that would leave no voter.
   */
  proposeConfChange(cc: ConfChange): { index: number; term: number } {
    if (this.role !== Role.Leader) throw new InvalidStateError('Not the leader');
    if (this.#pendingConfIndex > this.log.applied) {
      throw new InvalidStateError('A membership change is still in progress', { retriable: true });
    }
    if (typeof cc.id !== 'string' || cc.id.length === 0) throw new BadArgumentsError('A member id must be a non-empty string');
    switch (cc.type) {
      case ConfChangeType.AddVoter:
        if (this.voters.has(cc.id)) throw new BadArgumentsError(`${cc.id} is already a voter`);
        if (!this.learners.has(cc.id) && !cc.address) throw new BadArgumentsError('A new member needs an address');
        break;
      case ConfChangeType.AddLearner:
        if (this.voters.has(cc.id)) throw new BadArgumentsError(`${cc.id} is a voter; remove it first to make it a learner`);
        if (this.learners.has(cc.id)) throw new BadArgumentsError(`${cc.id} is already a learner`);
        if (!cc.address) throw new BadArgumentsError('A new member needs an address');
        break;
      case ConfChangeType.Remove:
        if (!this.voters.has(cc.id) && !this.learners.has(cc.id)) throw new BadArgumentsError(`${cc.id} is not a member`);
        if (this.voters.has(cc.id) && this.voters.size === 1) throw new BadArgumentsError('Cannot remove the last voter');
        break;
      default:
        throw new BadArgumentsError(`Unknown change type ${String(cc.type)}`);
    }
    const outcome = this.#propose(EntryType.ConfChange, encodeConfChange(cc), EMPTY);
    if (outcome.kind !== 'appended') throw new InvalidStateError('A leadership transfer is in progress', { retriable: true });
    return { index: outcome.index, term: outcome.term };
  }

  /**
   * Asks for a linearizable read point. The answer arrives as a ReadState (in a later Ready)
   * with `context`; reads may be served once the state machine has applied its index.
   * False when this node knows no leader.
   */
  readIndex(context: Uint8Array): boolean {
    if (this.role === Role.Leader) {
      this.#leaderReadIndex(context, this.id);
      return true;
    }
    if (this.lead === NONE || this.role !== Role.Follower) return false;
    this.#send(message({ type: MessageType.ReadIndex, to: this.lead, context }));
    return true;
  }

  /** Hands leadership to `to` (leader only): it is caught up, then told to campaign at once. */
  transferLeader(to: string): void {
    if (this.role !== Role.Leader) throw new InvalidStateError('Not the leader');
    if (to === this.id) return;
    if (!this.voters.has(to)) throw new BadArgumentsError(`${to} is not a voter`);
    if (this.#leadTransferee === to) return;
    this.#leadTransferee = to;
    this.#electionElapsed = 0; // the transfer must finish within an election timeout
    const pr = this.progress.get(to)!;
    if (pr.match === this.log.lastIndex()) this.#sendTimeoutNow(to);
    else this.#sendAppend(to, true);
  }

  /**
   * The driver wrote a snapshot of the state machine at `snapshot.meta.index` (applied) and
   * may drop log entries up to `compactIndex` (<= that index; a few may be kept behind for
   * followers that are only slightly behind).
   */
  compact(compactIndex: number, snapshot: Snapshot): void {
    this.log.compact(compactIndex, snapshot);
  }

  // ---- ready / advance ----

  hasReady(): boolean {
    if (this.#readyOut) return false;
    if (this.#appendPending) return true;
    const soft = this.#prevSoft;
    if (soft.lead !== this.lead || soft.role !== this.role) return true;
    const hard = this.#prevHard;
    if (hard.term !== this.term || hard.vote !== this.vote || hard.commit !== this.log.committed) return true;
    return (
      this.#msgs.length > 0 ||
      this.log.stabled < this.log.lastIndex() ||
      this.log.pendingSnapshot !== null ||
      this.log.hasNextCommitted() ||
      this.#readStates.length > 0 ||
      this.#proposalResults.length > 0
    );
  }

  /** Collects the outputs; call `advance(ready)` once they are done (and before the next `ready()`). */
  ready(): Ready {
    if (this.#readyOut) throw new InvalidStateError('ready() called again before advance()');
    this.#readyOut = true;
    if (this.#appendPending) {
      this.#appendPending = false;
      if (this.role === Role.Leader) this.#bcastAppend(false);
    }
    const soft = this.softState();
    const prevSoft = this.#prevSoft;
    const hard = this.hardState();
    const prevHard = this.#prevHard;
    const hardChanged = hard.term !== prevHard.term || hard.vote !== prevHard.vote || hard.commit !== prevHard.commit;
    const entries = this.log.unstableEntries();
    const snapshot = this.log.pendingSnapshot;
    const all = this.#msgs;
    this.#msgs = [];
    let messages: Message[] = [];
    const earlyMessages: Message[] = [];
    if (hard.term !== prevHard.term || hard.vote !== prevHard.vote) {
      // Our term is not on disk yet: a restart could reuse it with another log. Nothing early.
      messages = all;
    } else {
      for (const m of all) (EARLY.has(m.type) ? earlyMessages : messages).push(m);
    }
    const readStates = this.#readStates;
    this.#readStates = [];
    const proposalResults = this.#proposalResults;
    this.#proposalResults = [];
    return {
      softState: soft.lead !== prevSoft.lead || soft.role !== prevSoft.role ? soft : null,
      hardState: hardChanged ? hard : null,
      entries,
      snapshot,
      committedEntries: this.log.nextCommitted(this.maxCommittedPerReady),
      messages,
      earlyMessages,
      readStates,
      proposalResults,
      mustSync: entries.length > 0 || hard.term !== prevHard.term || hard.vote !== prevHard.vote || snapshot !== null,
    };
  }

  advance(rd: Ready): void {
    if (!this.#readyOut) throw new InvalidStateError('advance() without ready()');
    this.#readyOut = false;
    if (rd.softState) this.#prevSoft = rd.softState;
    if (rd.hardState) this.#prevHard = rd.hardState;
    if (rd.snapshot) {
      if (this.log.pendingSnapshot === rd.snapshot) this.log.pendingSnapshot = null;
      if (rd.snapshot.meta.index > this.log.applied) this.log.applied = rd.snapshot.meta.index;
    }
    if (rd.entries.length > 0) {
      const last = rd.entries[rd.entries.length - 1]!;
      this.log.stableTo(last.index, last.term);
      this.#followerCommit();
    }
    for (const e of rd.committedEntries) {
      // A snapshot restored since this Ready covers the entry, membership included.
      if (e.index <= this.log.applied || e.index <= this.log.snapshotIndex) continue;
      this.log.appliedTo(e.index);
      if (e.type === EntryType.ConfChange) this.#applyConfChange(decodeConfChange(e.data));
    }
    if (this.role === Role.Leader) {
      const self = this.progress.get(this.id);
      if (self && self.maybeUpdate(this.log.stabled)) {
        if (this.#maybeCommit()) this.#bcastAppend(true);
        else this.#sendStable();
      }
    }
  }

  // ---- roles ----

  becomeFollower(term: number, lead: string): void {
    this.#stepFn = this.#stepFollower;
    this.#reset(term);
    this.#tickFn = this.#tickElection;
    this.lead = lead;
    this.role = Role.Follower;
  }

  #becomePreCandidate(): void {
    if (this.role === Role.Leader) throw new InternalError('Invalid transition: leader -> pre-candidate');
    // Neither the term nor the vote changes: a pre-vote must leave no trace.
    this.#stepFn = this.#stepCandidate;
    this.#votes.clear();
    this.#tickFn = this.#tickElection;
    this.lead = NONE;
    this.role = Role.PreCandidate;
  }

  #becomeCandidate(): void {
    if (this.role === Role.Leader) throw new InternalError('Invalid transition: leader -> candidate');
    this.#stepFn = this.#stepCandidate;
    this.#reset(this.term + 1);
    this.#tickFn = this.#tickElection;
    this.vote = this.id;
    this.role = Role.Candidate;
  }

  #becomeLeader(): void {
    if (this.role === Role.Follower) throw new InternalError('Invalid transition: follower -> leader');
    this.#stepFn = this.#stepLeader;
    this.#reset(this.term);
    this.#tickFn = this.#tickHeartbeat;
    this.lead = this.id;
    this.role = Role.Leader;
    const self = this.progress.get(this.id);
    if (self) {
      self.match = this.log.stabled;
      self.becomeReplicate();
    }
    // Everything in our log may hold a configuration change we have not applied: wait for it.
    this.#pendingConfIndex = this.log.lastIndex();
    // An entry of our term, so that earlier ones can commit (and ReadIndex may start).
    this.#appendEntries([{ type: EntryType.Normal, data: EMPTY }]);
  }

  #reset(term: number): void {
    if (this.term !== term) {
      this.term = term;
      this.vote = NONE;
    }
    this.lead = NONE;
    this.#electionElapsed = 0;
    this.#heartbeatElapsed = 0;
    this.#randomizedElectionTimeout = this.electionTicks + this.#random.int(this.electionTicks);
    this.#leadTransferee = NONE;
    this.#votes.clear();
    this.#pendingConfIndex = 0;
    this.#pendingReads = [];
    this.#readsBeforeCommit = [];
    this.#leaderStable = 0;
    this.#matchedLeader = 0;
    this.#stableSent = 0;
    this.#resetProgress();
  }

  #resetProgress(): void {
    const next = this.log.lastIndex() + 1;
    const progress = new Map<string, Progress>();
    for (const [id, learner] of this.#members()) {
      const pr = new Progress(next, this.maxInflight, learner);
      if (id === this.id) pr.match = this.log.stabled;
      progress.set(id, pr);
    }
    this.progress = progress;
  }

  *#members(): Iterable<[string, boolean]> {
    for (const id of this.voters.keys()) yield [id, false];
    for (const id of this.learners.keys()) yield [id, true];
  }

  // ---- ticks ----

  #tickElection = (): void => {
    this.#electionElapsed++;
    if (this.promotable() && this.#electionElapsed >= this.#randomizedElectionTimeout) {
      this.#electionElapsed = 0;
      this.#hup(false);
    }
  };

  #tickHeartbeat = (): void => {
    this.#heartbeatElapsed++;
    this.#electionElapsed++;
    if (this.#electionElapsed >= this.electionTicks) {
      this.#electionElapsed = 0;
      if (this.checkQuorum) {
        if (!this.#quorumActive()) {
          this.becomeFollower(this.term, NONE);
          return;
        }
        for (const [id, pr] of this.progress) pr.recentActive = id === this.id;
      }
      if (this.#leadTransferee !== NONE) this.#leadTransferee = NONE; // it took too long
    }
    for (const [id, pr] of this.progress) {
      if (pr.state === ProgressState.Snapshot && ++pr.snapshotTicks >= this.snapshotTimeoutTicks) {
        pr.becomeProbe(); // the snapshot (or its answer) was lost: try again
        this.#sendAppend(id, true);
      }
    }
    if (this.#heartbeatElapsed >= this.heartbeatTicks) {
      this.#heartbeatElapsed = 0;
      this.#bcastHeartbeat();
    }
  };

  #quorumActive(): boolean {
    let active = 0;
    for (const id of this.voters.keys()) {
      if (id === this.id || this.progress.get(id)?.recentActive) active++;
    }
    return active >= this.#quorum();
  }

  #quorum(): number {
    return Math.floor(this.voters.size / 2) + 1;
  }

  // ---- elections ----

  #hup(transfer: boolean): void {
    if (this.role === Role.Leader) return;
    if (!this.promotable()) return;
    // A configuration change committed but not applied may change who votes: wait for it.
    const pending = this.log.nextCommitted(Infinity);
    if (pending.some((e) => e.type === EntryType.ConfChange)) return;
    if (this.preVote && !transfer) this.#campaign(true, false);
    else this.#campaign(false, transfer);
  }

  #campaign(pre: boolean, transfer: boolean): void {
    let term: number;
    let type: MessageType;
    if (pre) {
      this.#becomePreCandidate();
      type = MessageType.PreVote;
      term = this.term + 1;
    } else {
      this.#becomeCandidate();
      type = MessageType.Vote;
      term = this.term;
    }
    if (this.#poll(this.id, true) === 'won') {
      // A cluster of one wins at once.
      if (pre) this.#campaign(false, transfer);
      else this.#becomeLeader();
      return;
    }
    for (const id of this.voters.keys()) {
      if (id === this.id) continue;
      this.#send(message({
        type, to: id, term, index: this.log.lastIndex(), logTerm: this.log.lastTerm(), force: transfer,
      }));
    }
  }

  #poll(id: string, granted: boolean): 'won' | 'lost' | 'pending' {
    if (!this.#votes.has(id)) this.#votes.set(id, granted);
    let yes = 0;
    let no = 0;
    for (const voter of this.voters.keys()) {
      const v = this.#votes.get(voter);
      if (v === true) yes++;
      else if (v === false) no++;
    }
    const q = this.#quorum();
    if (yes >= q) return 'won';
    if (this.voters.size - no < q) return 'lost';
    return 'pending';
  }

  // ---- step functions ----

  #stepFollower = (m: Message): void => {
    switch (m.type) {
      case MessageType.App:
        this.#electionElapsed = 0;
        this.lead = m.from;
        this.#handleAppend(m);
        return;
      case MessageType.Heartbeat:
        this.#electionElapsed = 0;
        this.lead = m.from;
        this.#handleHeartbeat(m);
        return;
      case MessageType.Snap:
        this.#electionElapsed = 0;
        this.lead = m.from;
        this.#handleSnapshot(m);
        return;
      case MessageType.Stable:
        this.#electionElapsed = 0;
        this.lead = m.from;
        if (m.index > this.#leaderStable) this.#leaderStable = m.index;
        this.#followerCommit();
        return;
      case MessageType.TimeoutNow:
        // Our leader hands over: campaign at once, past the other voters' leases.
        this.#hup(true);
        return;
      case MessageType.ReadIndexResp:
      case MessageType.PropResp:
        this.#answerFromLeader(m);
        return;
      case MessageType.Prop:
        // Forwarded to us, but we are not the leader (any more).
        this.#send(message({ type: MessageType.PropResp, to: m.from, reject: true, context: m.context }));
        return;
      default:
        return; // ReadIndex to a non-leader, stale answers: drop
    }
  };

  #stepCandidate = (m: Message): void => {
    const myVoteResp = this.role === Role.PreCandidate ? MessageType.PreVoteResp : MessageType.VoteResp;
    switch (m.type) {
      case MessageType.App:
        this.becomeFollower(m.term, m.from);
        this.#handleAppend(m);
        return;
      case MessageType.Heartbeat:
        this.becomeFollower(m.term, m.from);
        this.#handleHeartbeat(m);
        return;
      case MessageType.Snap:
        this.becomeFollower(m.term, m.from);
        this.#handleSnapshot(m);
        return;
      case MessageType.Stable:
        this.becomeFollower(m.term, m.from);
        this.#stepFn(m);
        return;
      case MessageType.Prop:
        this.#send(message({ type: MessageType.PropResp, to: m.from, reject: true, context: m.context }));
        return;
      case MessageType.ReadIndexResp:
      case MessageType.PropResp:
        this.#answerFromLeader(m);
        return;
      case myVoteResp: {
        const result = this.#poll(m.from, !m.reject);
        if (result === 'won') {
          if (this.role === Role.PreCandidate) this.#campaign(false, false);
          else {
            this.#becomeLeader();
            this.#bcastAppend(true);
          }
        } else if (result === 'lost') {
          this.becomeFollower(this.term, NONE);
        }
        return;
      }
      default:
        return;
    }
  };

  #stepLeader = (m: Message): void => {
    switch (m.type) {
      case MessageType.Prop: {
        const data = m.entries[0]?.data;
        if (this.#leadTransferee !== NONE || data === undefined || data.byteLength === 0) {
          this.#send(message({ type: MessageType.PropResp, to: m.from, reject: true, context: m.context }));
          return;
        }
        const index = this.log.lastIndex() + 1;
        this.#appendEntries([{ type: EntryType.Normal, data }]);
        this.#appendPending = true;
        this.#send(message({ type: MessageType.PropResp, to: m.from, index, logTerm: this.term, context: m.context }));
        return;
      }
      case MessageType.ReadIndex:
        this.#leaderReadIndex(m.context, m.from);
        return;
      default:
        break;
    }
    const pr = this.progress.get(m.from);
    if (!pr) return;
    switch (m.type) {
      case MessageType.AppResp: {
        pr.recentActive = true;
        if (m.reject) {
          let hint = m.rejectHint;
          if (m.logTerm > 0) hint = this.log.findConflictByTerm(m.rejectHint, m.logTerm);
          if (pr.maybeDecrTo(m.index, hint)) {
            if (pr.state === ProgressState.Replicate) pr.becomeProbe();
            this.#sendAppend(m.from, true);
          }
          return;
        }
        // An acknowledgement past our last index cannot be about our log (an answer to another
        // incarnation's appends in this term, which only lost durable state allows): counted, it
        // would point the follower's `next` past our log, and `match` at entries we have not
        // written yet, which would count toward their commit once written. Ignore it.
        if (m.index > this.log.lastIndex()) return;
        const wasPaused = pr.isPaused();
        if (!pr.maybeUpdate(m.index)) return;
        if (pr.state === ProgressState.Probe) pr.becomeReplicate();
        else if (pr.state === ProgressState.Snapshot && pr.match >= pr.pendingSnapshot) {
          pr.becomeProbe();
          pr.becomeReplicate();
        } else if (pr.state === ProgressState.Replicate) pr.inflights.freeLE(m.index);
        if (this.#maybeCommit()) this.#bcastAppend(true);
        else if (wasPaused) this.#sendAppend(m.from, true);
        // Keep the pipeline full.
        while (this.#sendAppend(m.from, false));
        if (m.from === this.#leadTransferee && pr.match === this.log.lastIndex()) this.#sendTimeoutNow(m.from);
        return;
      }
      case MessageType.HeartbeatResp: {
        pr.recentActive = true;
        pr.probeSent = false;
        if (pr.state === ProgressState.Replicate && pr.inflights.full()) pr.inflights.freeFirst();
        if (pr.match < this.log.lastIndex()) this.#sendAppend(m.from, true);
        if (m.seq > pr.ackedSeq) {
          pr.ackedSeq = m.seq;
          this.#releaseReads();
        }
        return;
      }
      default:
        return;
    }
  };

  // ---- follower handlers ----

  /** The leader answered a read or a proposal this node forwarded. */
  #answerFromLeader(m: Message): void {
    if (m.type === MessageType.ReadIndexResp) {
      this.#readStates.push({ index: m.index, context: m.context });
      return;
    }
    this.#proposalResults.push({
      context: m.context, index: m.reject ? 0 : m.index, term: m.reject ? 0 : m.logTerm, rejected: m.reject, from: m.from,
    });
  }

  #handleAppend(m: Message): void {
    if (m.index < this.log.committed) {
      this.#send(message({ type: MessageType.AppResp, to: m.from, index: this.log.committed }));
      return;
    }
    for (const e of m.entries) if (e.type === EntryType.ConfChange && e.index > this.#lastConfIndex) this.#lastConfIndex = e.index;
    const lastNew = this.log.maybeAppend(m.index, m.logTerm, m.commit, m.entries);
    if (lastNew >= 0) {
      this.#send(message({ type: MessageType.AppResp, to: m.from, index: lastNew }));
      // Within one term the leader's log only grows: what matched it once still does.
      if (lastNew > this.#matchedLeader) this.#matchedLeader = lastNew;
      this.#followerCommit();
      return;
    }
    let hintIndex = Math.min(m.index, this.log.lastIndex());
    hintIndex = this.log.findConflictByTerm(hintIndex, m.logTerm);
    const hintTerm = this.log.term(hintIndex) ?? 0;
    this.#send(message({
      type: MessageType.AppResp, to: m.from, index: m.index, reject: true, rejectHint: hintIndex, logTerm: hintTerm,
    }));
  }

  /**
   * Follower commit. An entry of the current term is committed once a majority has written
   * it (§5.4.2), whoever observes that. With at most three voters, this follower and the
   * leader are a majority: when both have written the entry at index c, and our log matches
   * the leader's up to c (an append of this term said so), c is committed. Our entries up to
   * `stabled` are written; the leader's up to `#leaderStable` (its Stable message). Not while
   * a configuration change is unapplied: it may change who counts.
   */
  #followerCommit(): void {
    if (this.role !== Role.Follower || this.lead === NONE || this.voters.size > 3) return;
    if (!this.voters.has(this.id) || !this.voters.has(this.lead) || this.#lastConfIndex > this.log.applied) return;
    const c = Math.min(this.#leaderStable, this.#matchedLeader, this.log.stabled);
    if (c <= this.log.committed || this.log.term(c) !== this.term) return;
    this.log.commitTo(c);
  }

  #handleHeartbeat(m: Message): void {
    this.log.commitTo(Math.min(m.commit, this.log.lastIndex()));
    this.#send(message({ type: MessageType.HeartbeatResp, to: m.from, seq: m.seq }));
  }

  #handleSnapshot(m: Message): void {
    const s = m.snapshot;
    if (!s) return;
    if (this.#restore(s)) this.#send(message({ type: MessageType.AppResp, to: m.from, index: this.log.lastIndex() }));
    else this.#send(message({ type: MessageType.AppResp, to: m.from, index: this.log.committed }));
  }

  #restore(s: Snapshot): boolean {
    if (s.meta.index <= this.log.committed) return false;
    if (this.log.matchTerm(s.meta.index, s.meta.term)) {
      // We have the entries: just move the commit index.
      this.log.commitTo(s.meta.index);
      return false;
    }
    // The snapshot may predate our own addition: the entries after it will add us.
    this.log.restore(s);
    this.#setConf(s.meta.conf);
    this.#resetProgress();
    return true;
  }

  // ---- leader internals ----

  #propose(type: EntryType, data: Uint8Array, context: Uint8Array): ProposeOutcome {
    if (!(data instanceof Uint8Array)) throw new BadArgumentsError('A proposal must be a Uint8Array');
    if (type === EntryType.Normal && data.byteLength === 0) throw new BadArgumentsError('A proposal must not be empty');
    if (this.role === Role.Leader) {
      if (this.#leadTransferee !== NONE) return { kind: 'dropped', reason: 'transferring', leader: this.id };
      const index = this.log.lastIndex() + 1;
      this.#appendEntries([{ type, data }]);
      if (type === EntryType.ConfChange) this.#pendingConfIndex = index;
      this.#appendPending = true;
      return { kind: 'appended', index, term: this.term };
    }
    if (this.lead === NONE || this.role !== Role.Follower || type !== EntryType.Normal) {
      return { kind: 'dropped', reason: 'no-leader', leader: this.lead };
    }
    this.#send(message({
      type: MessageType.Prop, to: this.lead, context,
      entries: [{ index: 0, term: 0, type: EntryType.Normal, data }],
    }));
    return { kind: 'forwarded', leader: this.lead };
  }

  #appendEntries(items: Array<{ type: EntryType; data: Uint8Array }>): void {
    let index = this.log.lastIndex();
    const term = this.term;
    const entries: Entry[] = items.map((it) => ({ index: ++index, term, type: it.type, data: it.data }));
    this.log.append(entries);
    // Our own progress moves when the driver has written them (advance), not now.
  }

  #maybeCommit(): boolean {
    const matches: number[] = [];
    for (const id of this.voters.keys()) matches.push(this.progress.get(id)?.match ?? 0);
    if (matches.length === 0) return false;
    matches.sort((a, b) => b - a);
    const q = matches[this.#quorum() - 1]!;
    if (q <= this.log.committed || this.log.term(q) !== this.term) return false;
    this.log.commitTo(q);
    if (this.#readsBeforeCommit.length > 0) {
      const waiting = this.#readsBeforeCommit;
      this.#readsBeforeCommit = [];
      for (const r of waiting) this.#leaderReadIndex(r.context, r.from);
    }
    return true;
  }

  #bcastAppend(sendIfEmpty: boolean): void {
    for (const id of this.progress.keys()) if (id !== this.id) this.#sendAppend(id, sendIfEmpty);
  }

  /**
   * Tells the voters that have not acknowledged all of our written log how far it is
   * written, so that each may commit on its own once it has written it too (#followerCommit).
   * Only where one follower and the leader are a majority.
   */
  #sendStable(): void {
    if (this.voters.size > 3 || !this.voters.has(this.id)) return;
    const stabled = this.log.stabled;
    if (stabled <= this.log.committed || this.log.term(stabled) !== this.term) return;
    for (const [id, pr] of this.progress) {
      if (id === this.id || pr.learner || pr.match >= stabled || pr.state !== ProgressState.Replicate) continue;
      this.#send(message({ type: MessageType.Stable, to: id, index: stabled }));
      this.#stableSent = stabled;
    }
  }

  #bcastHeartbeat(): void {
    for (const [id, pr] of this.progress) {
      if (id === this.id) continue;
      this.#send(message({
        type: MessageType.Heartbeat, to: id, commit: Math.min(pr.match, this.log.committed), seq: this.#readSeq,
      }));
    }
  }

  /** Sends the next append (or a snapshot) to `to`; false when nothing was sent. */
  #sendAppend(to: string, sendIfEmpty: boolean): boolean {
    const pr = this.progress.get(to);
    if (!pr || pr.isPaused()) return false;
    const prevIndex = pr.next - 1;
    if (prevIndex > this.log.lastIndex()) {
      throw new InternalError(`The progress of ${to} points past the log (next ${pr.next}, last index ${this.log.lastIndex()})`);
    }
    const prevTerm = this.log.term(prevIndex);
    const entries = prevTerm === undefined ? undefined : this.log.slice(pr.next, Infinity, this.maxMessageBytes);
    if (prevTerm === undefined || entries === undefined) return this.#sendSnapshot(to, pr);
    if (entries.length === 0 && !sendIfEmpty) return false;
    this.#send(message({
      type: MessageType.App, to, index: prevIndex, logTerm: prevTerm, entries, commit: this.log.committed,
    }));
    if (entries.length > 0) {
      const last = entries[entries.length - 1]!.index;
      if (pr.state === ProgressState.Replicate) {
        pr.optimisticUpdate(last);
        pr.inflights.add(last);
      } else pr.probeSent = true;
    } else if (pr.state === ProgressState.Probe) pr.probeSent = true;
    return true;
  }

  #sendSnapshot(to: string, pr: Progress): boolean {
    const snapshot = this.log.snapshot;
    if (!snapshot) throw new InternalError(`Entries for ${to} are compacted but there is no snapshot`);
    pr.becomeSnapshot(snapshot.meta.index);
    this.#send(message({ type: MessageType.Snap, to, snapshot }));
    return true;
  }

  #sendTimeoutNow(to: string): void {
    this.#send(message({ type: MessageType.TimeoutNow, to }));
  }

  #leaderReadIndex(context: Uint8Array, from: string): void {
    if (this.log.term(this.log.committed) !== this.term) {
      // Our commit index may be behind the previous leader's until an entry of ours commits.
      this.#readsBeforeCommit.push({ context, from });
      return;
    }
    // A follower may have committed (and acknowledged) up to what a Stable message told it.
    const read: PendingRead = { context, from, index: Math.max(this.log.committed, this.#stableSent), seq: 0 };
    if (this.voters.size === 1 && this.voters.has(this.id)) {
      this.#answerRead(read);
      return;
    }
    read.seq = ++this.#readSeq;
    this.#pendingReads.push(read);
    this.#bcastHeartbeat();
  }

  #releaseReads(): void {
    const q = this.#quorum();
    while (this.#pendingReads.length > 0) {
      const read = this.#pendingReads[0]!;
      let acks = 0;
      for (const id of this.voters.keys()) {
        if (id === this.id || (this.progress.get(id)?.ackedSeq ?? 0) >= read.seq) acks++;
      }
      if (acks < q) return;
      this.#pendingReads.shift();
      this.#answerRead(read);
    }
  }

  #answerRead(read: PendingRead): void {
    if (read.from === this.id) this.#readStates.push({ index: read.index, context: read.context });
    else this.#send(message({ type: MessageType.ReadIndexResp, to: read.from, index: read.index, context: read.context }));
  }

  // ---- membership ----

  #setConf(conf: ConfState): void {
    this.voters = new Map(conf.voters.map((m) => [m.id, m.address]));
    this.learners = new Map(conf.learners.map((m) => [m.id, m.address]));
  }

  #applyConfChange(cc: ConfChange): void {
    switch (cc.type) {
      case ConfChangeType.AddVoter: {
        const address = cc.address || this.learners.get(cc.id) || '';
        this.learners.delete(cc.id);
        this.voters.set(cc.id, address);
        break;
      }
      case ConfChangeType.AddLearner:
        if (this.voters.has(cc.id)) return;
        this.learners.set(cc.id, cc.address);
        break;
      case ConfChangeType.Remove:
        this.voters.delete(cc.id);
        this.learners.delete(cc.id);
        break;
    }
    if (this.role !== Role.Leader) return;
    // Track the change.
    const pr = this.progress.get(cc.id);
    if (cc.type === ConfChangeType.Remove) this.progress.delete(cc.id);
    else if (pr) pr.learner = !this.voters.has(cc.id);
    else this.progress.set(cc.id, new Progress(this.log.lastIndex() + 1, this.maxInflight, !this.voters.has(cc.id)));
    if (!this.voters.has(this.id)) {
      // We were removed: step down and let the others elect a leader among themselves.
      this.becomeFollower(this.term, NONE);
      return;
    }
    if (this.#leadTransferee === cc.id && !this.voters.has(cc.id)) this.#leadTransferee = NONE;
    if (this.#maybeCommit()) this.#bcastAppend(true);
    else if (cc.type !== ConfChangeType.Remove) this.#sendAppend(cc.id, true);
    this.#releaseReads();
  }

  #send(m: Message): void {
    m.from = this.id;
    if (m.term === 0 && m.type !== MessageType.Prop && m.type !== MessageType.ReadIndex) m.term = this.term;
    this.#msgs.push(m);
  }
}
