import {
  AbortedError,
  BadArgumentsError,
  ConnectionClosedError,
  ConnectionLossError,
  LogkeeperError,
  NoQuorumError,
  NotLeaderError,
  OperationTimeoutError,
  toLogkeeperError,
} from '../errors/index.js';
import { Storage } from '../storage/index.js';
import { realClock } from '../time/real-clock.js';
import { Random } from '../time/random.js';
import type { Clock, Timer } from '../time/clock.js';
import type { Transport } from '../../transports/transport.js';
import { bootstrapEntries } from './bootstrap.js';
import { Messenger } from '../rpc/messenger.js';
import { decodeMessages, encodeMessages } from './codec.js';
import { Raft, type RaftOptions } from './raft.js';
import type { StateMachine } from './state-machine.js';
import { LevelRaftStore, type RaftStore } from './store.js';
import {
  ConfChangeType,
  EntryType,
  NONE,
  Role,
  type ConfState,
  type Entry,
  type HardState,
  type Peer,
  type Message,
  type Snapshot,
} from './types.js';

/*
 * How this works. A RaftNode is the I/O shell around the pure core (raft.ts):
 *
 *   clock tick ──► raft.tick()          transport frame ──► raft.step(m)
 *   propose()  ──► raft.propose()       readIndex()     ──► raft.readIndex()
 *                         │
 *                         ▼  (one loop, one Ready at a time)
 *   send the leader's appends and heartbeats ─► write hard state + entries + snapshot
 *   (atomically, synced) ─► restore a received snapshot ─► send the other messages
 *   ─► apply committed entries to the StateMachine, settle proposals and reads
 *   ─► raft.advance() ─► take a snapshot and compact the log when it has grown
 *
 * Inputs that arrive while a write is in flight go into the core at once; the next Ready
 * carries their outputs, so proposals batch themselves under load. A proposal settles when
 * the entry at its index is applied: with the apply result if the entry is ours (same
 * term), with NOT_LEADER if another leader's entry took the index. Every proposal and read
 * has a deadline, so nothing waits forever without a quorum.
 */

/** The core's tuning (electionTicks, heartbeatTicks, preVote, checkQuorum, maxInflight, maxMessageBytes: see RaftOptions), plus the driver's. */
export interface RaftNodeOptions
  extends Pick<RaftOptions, 'electionTicks' | 'heartbeatTicks' | 'preVote' | 'checkQuorum' | 'maxInflight' | 'maxMessageBytes'> {
  /** This member's id: unique in the cluster, stable across restarts. */
  id: string;
  /** The address this member listens on for other members. */
  address: string;
  transport: Transport;
  stateMachine: StateMachine;
  /** Where the log and snapshots live (default: a fresh memory-level database). */
  storage?: Storage;
  /** A custom store (tests wrap the real one to inject faults); overrides `storage`. */
  store?: RaftStore;
  /** Area name inside `storage`; default 'raft'. */
  area?: string;
  /**
   * The initial voters of a new cluster, this member included; used only when storage is
   * empty. Leave it out for a member that joins an existing cluster (the leader adds it).
   */
  peers?: Peer[];
  /** A frame naming another cluster is refused; default 'logkeeper'. */
  cluster?: string;
  clock?: Clock;
  /** Seed or source for election timeouts; default seeded from the id. */
  random?: Random | number | string;
  /** Milliseconds per Raft tick; default 100. */
  tickMs?: number;
  /** Applied entries between snapshots; default 100,000 (ZooKeeper's snapCount): a snapshot encodes the whole state on the event loop. */
  snapshotEntries?: number;
  /** Entries kept behind a snapshot for followers slightly behind; default 1,000. */
  keepEntries?: number;
  /** Deadline of propose/readIndex/membership calls; default 5 election timeouts. */
  requestTimeoutMs?: number;
  /** Forward proposals made on a follower to the leader (else refuse with NOT_LEADER); default true. */
  forwardProposals?: boolean;
  /** fsync each write (classic-level); default true. */
  sync?: boolean;
  /** Called if the node stops on an unexpected failure (storage, state machine). */
  onError?: (error: LogkeeperError) => void;
}

export interface ProposeOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface Proposed<T = unknown> {
  index: number;
  term: number;
  /** What the state machine's apply returned. */
  result: T;
}

export interface NodeStatus {
  id: string;
  role: Role;
  term: number;
  leader: Peer | null;
  commit: number;
  applied: number;
  lastIndex: number;
  snapshotIndex: number;
  conf: ConfState;
}

export interface LeaderInfo {
  leader: Peer | null;
  term: number;
}

interface OpInit {
  kind: 'propose' | 'read' | 'conf';
  data: Uint8Array;
  conf?: { type: ConfChangeType; id: string; address: string };
}

/** A propose, read or membership call in progress. */
class Op {
  kind: 'propose' | 'read' | 'conf';
  data: Uint8Array;
  conf: { type: ConfChangeType; id: string; address: string } | undefined;
  resolve: (value: unknown) => void = noop;
  reject: (error: Error) => void = noop;
  /** When it fails if still unsettled (checked every tick). */
  deadline: number;
  timeoutMs: number;
  settled = false;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined = undefined;
  /** Where the entry went (proposals), or the read index (reads); 0 until known. */
  index = 0;
  term = 0;
  context = 0;
  /** A forwarded proposal: the leader it went to, until that leader answers. */
  forwardedTo = NONE;

  constructor(partial: OpInit, deadline: number, timeoutMs: number, signal: AbortSignal | undefined) {
    this.kind = partial.kind;
    this.data = partial.data;
    this.conf = partial.conf;
    this.deadline = deadline;
    this.timeoutMs = timeoutMs;
    this.signal = signal;
  }
}

const noop = (): void => {};
const EMPTY = new Uint8Array(0);

const enc64 = (n: number): Uint8Array => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, n);
  return b;
};
const dec64 = (b: Uint8Array): number => (b.byteLength === 8 ? new DataView(b.buffer, b.byteOffset, 8).getFloat64(0) : -1);

export class RaftNode {
  readonly id: string;
  readonly address: string;
  readonly raft: Raft;
  readonly clock: Clock;
  readonly tickMs: number;
  readonly requestTimeoutMs: number;
  readonly messenger: Messenger;

  #sm: StateMachine;
  #store: RaftStore;
  #options: RaftNodeOptions;
  #forward: boolean;
  #sync: boolean;
  #snapshotEntries: number;
  #keepEntries: number;
  #tickTimer: Timer | null = null;
  #processing = false;
  /** A hard state whose only change, the commit index, was not written yet. */
  #unwrittenHardState: HardState | null = null;
  /** The Ready being handled, so that stop() can let its write finish. */
  #running: Promise<void> = Promise.resolve();
  #stopped = false;
  #failure: LogkeeperError | null = null;
  #lastSnapshotIndex = 0;
  #applied = 0;
  #nextContext = 1;
  /** Proposals by index once placed; forwarded ones by context until the leader answers; reads by context. */
  #byIndex = new Map<number, Op>();
  /** Every unsettled operation, for the deadline sweep. */
  #ops = new Set<Op>();
  #byContext = new Map<number, Op>();
  #readsWaiting: Op[] = [];
  #waitingForLeader: Op[] = [];
  /** Recent apply results, for forwarded proposals whose answer comes after the entry applied. */
  #recent = new Map<number, { term: number; result: unknown }>();
  #addresses = new Map<string, string>();
  #leaderHandlers: Array<(info: LeaderInfo) => void> = [];
  #roleHandlers: Array<(role: Role) => void> = [];
  #lastLead = NONE;
  #lastTerm = 0;
  #lastRole = Role.Follower;
  /** The term of the last entry applied (a newer one may doom proposals of older terms). */
  #appliedTerm = 0;

  private constructor(options: RaftNodeOptions, raft: Raft, store: RaftStore, snapshot: Snapshot | null) {
    this.#options = options;
    this.id = options.id;
    this.address = options.address;
    this.raft = raft;
    this.#store = store;
    this.#sm = options.stateMachine;
    this.clock = options.clock ?? realClock;
    this.tickMs = options.tickMs ?? 100;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 5 * raft.electionTicks * this.tickMs * 2;
    this.#forward = options.forwardProposals ?? true;
    this.#sync = options.sync ?? true;
    this.#snapshotEntries = options.snapshotEntries ?? 100_000;
    this.#keepEntries = options.keepEntries ?? 1_000;
    this.#lastSnapshotIndex = snapshot?.meta.index ?? 0;
    this.#applied = raft.log.applied;
    this.messenger = new Messenger({
      id: this.id,
      address: this.address,
      cluster: options.cluster ?? 'logkeeper',
      transport: options.transport,
      clock: this.clock,
      onMessage: (payload, from, fromAddress) => this.#receive(payload, from, fromAddress),
      ackIntervalMs: this.tickMs,
      deadAfterMs: raft.electionTicks * this.tickMs,
      backoffMs: Math.min(50, this.tickMs),
    });
  }

  /**
   * Opens (or creates) the member's state, restores the state machine from the last
   * snapshot, listens for the other members and starts ticking. The state machine then
   * catches up by applying the committed entries after the snapshot.
   */
  static async start(options: RaftNodeOptions): Promise<RaftNode> {
    if (typeof options?.id !== 'string' || options.id.length === 0) throw new BadArgumentsError('id must be a non-empty string');
    if (typeof options.address !== 'string' || options.address.length === 0) throw new BadArgumentsError('address must be a non-empty string');
    if (!options.transport) throw new BadArgumentsError('transport is required');
    const sm = options.stateMachine;
    if (!sm || typeof sm.apply !== 'function' || typeof sm.snapshot !== 'function' || typeof sm.restore !== 'function') {
      throw new BadArgumentsError('stateMachine must have apply, snapshot and restore');
    }
    const tickMs = options.tickMs ?? 100;
    if (!(tickMs > 0)) throw new BadArgumentsError('tickMs must be positive');
    const store = options.store ?? new LevelRaftStore(options.storage ?? (await Storage.open()), options.area ?? 'raft');
    let state = await store.load();
    const empty = !state.hardState && !state.snapshot && state.entries.length === 0;
    if (empty && options.peers && options.peers.length > 0) {
      const entries = bootstrapEntries(options.peers);
      if (!options.peers.some((p) => p.id === options.id)) {
        throw new BadArgumentsError(`The peers of a new cluster must include this member (${options.id})`);
      }
      const hardState = { term: 1, vote: NONE, commit: entries.length };
      await store.save({ hardState, entries, sync: options.sync ?? true });
      state = { hardState, snapshot: null, entries };
    }
    const random = options.random instanceof Random ? options.random : new Random(options.random ?? `raft:${options.id}`);
    const raft = new Raft({
      id: options.id,
      random,
      electionTicks: options.electionTicks,
      heartbeatTicks: options.heartbeatTicks,
      preVote: options.preVote,
      checkQuorum: options.checkQuorum,
      maxInflight: options.maxInflight,
      maxMessageBytes: options.maxMessageBytes,
      state,
    });
    if (state.snapshot) await sm.restore(state.snapshot.data);
    const node = new RaftNode(options, raft, store, state.snapshot);
    await node.messenger.start();
    node.#armTick();
    node.#schedule();
    return node;
  }

  // ---- the API ----

  get role(): Role {
    return this.raft.role;
  }

  get isLeader(): boolean {
    return this.raft.role === Role.Leader;
  }

  get term(): number {
    return this.raft.term;
  }

  /** The leader this member knows of, if any. */
  get leader(): Peer | null {
    const lead = this.raft.lead;
    if (lead === NONE) return null;
    return { id: lead, address: this.#addressOf(lead) };
  }

  /** The index of the last entry applied to the state machine. */
  get applied(): number {
    return this.#applied;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  status(): NodeStatus {
    const log = this.raft.log;
    return {
      id: this.id,
      role: this.raft.role,
      term: this.raft.term,
      leader: this.leader,
      commit: log.committed,
      applied: this.#applied,
      lastIndex: log.lastIndex(),
      snapshotIndex: log.snapshotIndex,
      conf: this.raft.confState(),
    };
  }

  /** Called with the new leader (or null) whenever this member learns of a change; returns an unsubscribe function. */
  onLeaderChange(handler: (info: LeaderInfo) => void): () => void {
    this.#leaderHandlers.push(handler);
    return () => {
      this.#leaderHandlers = this.#leaderHandlers.filter((h) => h !== handler);
    };
  }

  /** Called when this member's role changes (a leader that becomes a follower must stop acting as leader). */
  onRoleChange(handler: (role: Role) => void): () => void {
    this.#roleHandlers.push(handler);
    return () => {
      this.#roleHandlers = this.#roleHandlers.filter((h) => h !== handler);
    };
  }

  /**
   * Replicates `data` and resolves once it is committed and applied here, with the apply
   * result. On a follower it is forwarded to the leader (or, with forwardProposals off,
   * refused with NOT_LEADER naming the leader). Fails with NO_QUORUM when no leader can be
   * found in time, OPERATION_TIMEOUT when the entry did not commit in time (its outcome is
   * then unknown: it may still commit), NOT_LEADER when a new leader replaced it.
   */
  propose<T = unknown>(data: Uint8Array, options: ProposeOptions = {}): Promise<Proposed<T>> {
    if (!(data instanceof Uint8Array) || data.byteLength === 0) return Promise.reject(new BadArgumentsError('A proposal must be a non-empty Uint8Array'));
    return this.#start({ kind: 'propose', data }, options) as Promise<Proposed<T>>;
  }

  /**
   * A linearizable read point: resolves with an index once the state machine has applied at
   * least it, and no write acknowledged before this call began is missing from what it has
   * applied. Read the state machine right after (in the same turn).
   */
  readIndex(options: ProposeOptions = {}): Promise<number> {
    return this.#start({ kind: 'read', data: new Uint8Array(0) }, options) as Promise<number>;
  }

  /** Runs `fn` against the state machine at a linearizable read point. */
  async read<T>(fn: () => T, options: ProposeOptions = {}): Promise<T> {
    await this.readIndex(options);
    return fn();
  }

  /** Adds a member (leader only); as a learner, it replicates but does not vote. */
  addMember(member: Peer, options: ProposeOptions & { learner?: boolean } = {}): Promise<Proposed> {
    const type = options.learner ? ConfChangeType.AddLearner : ConfChangeType.AddVoter;
    return this.#start({ kind: 'conf', data: new Uint8Array(0), conf: { type, id: member?.id, address: member?.address } }, options) as Promise<Proposed>;
  }

  /** Makes a learner a voter (leader only). */
  promoteMember(id: string, options: ProposeOptions = {}): Promise<Proposed> {
    return this.#start({ kind: 'conf', data: new Uint8Array(0), conf: { type: ConfChangeType.AddVoter, id, address: '' } }, options) as Promise<Proposed>;
  }

  /** Removes a member (leader only). A removed leader steps down once the change applies. */
  removeMember(id: string, options: ProposeOptions = {}): Promise<Proposed> {
    return this.#start({ kind: 'conf', data: new Uint8Array(0), conf: { type: ConfChangeType.Remove, id, address: '' } }, options) as Promise<Proposed>;
  }

  /**
   * Hands leadership to the voter `to` (leader only) and resolves when this member sees it
   * lead; fails with OPERATION_TIMEOUT if it does not happen within an election timeout or two.
   */
  transferLeadership(to: string, options: ProposeOptions = {}): Promise<void> {
    if (this.#stopped) return Promise.reject(this.#closedError());
    if (!this.isLeader) return Promise.reject(this.#notLeader());
    try {
      this.raft.transferLeader(to);
    } catch (err) {
      return Promise.reject(toLogkeeperError(err));
    }
    this.#schedule();
    if (this.raft.lead === to) return Promise.resolve();
    const timeoutMs = options.timeoutMs ?? 2 * this.raft.electionTicks * this.tickMs * 2;
    return new Promise<void>((resolve, reject) => {
      const off = this.onLeaderChange((info) => {
        if (info.leader?.id !== to) return;
        off();
        this.clock.cancel(timer);
        resolve();
      });
      const timer = this.clock.setTimer(timeoutMs, () => {
        off();
        reject(new OperationTimeoutError(`Leadership did not move to ${to} within ${timeoutMs} ms`));
      });
    });
  }

  /** Starts an election now (tests, and to skip the wait after a planned restart). */
  campaign(): void {
    if (this.#stopped) return;
    this.raft.campaign();
    this.#schedule();
  }

  /** Stops ticking and listening; pending calls fail with CONNECTION_CLOSED. Storage is left open. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#halt(this.#closedError());
    await this.messenger.close();
    // Let a write in flight finish, so the caller may close the storage right after.
    await this.#running.catch(() => {});
  }

  /**
   * For the simulator: the process died. Nothing more happens — no tick, no write
   * completion, no message — and pending calls fail with CONNECTION_LOSS (their outcome
   * unknown), as a client of a dead server would see.
   */
  crash(): void {
    if (this.#stopped) return;
    this.#halt(new ConnectionLossError(`${this.id} crashed`));
    void this.messenger.close();
  }

  // ---- operations ----

  #start(partial: OpInit, options: ProposeOptions): Promise<unknown> {
    if (this.#stopped) return Promise.reject(this.#failure ?? this.#closedError());
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new AbortedError('Aborted'));
    const timeoutMs = options.timeoutMs ?? this.requestTimeoutMs;
    if (!(timeoutMs > 0)) return Promise.reject(new BadArgumentsError('timeoutMs must be positive'));
    const op = new Op(partial, this.clock.now() + timeoutMs, timeoutMs, signal);
    return new Promise((resolve, reject) => {
      op.resolve = resolve;
      op.reject = reject;
      this.#ops.add(op);
      if (signal) {
        op.onAbort = () => this.#settle(op, new AbortedError('Aborted'));
        signal.addEventListener('abort', op.onAbort, { once: true });
      }
      this.#submit(op);
      this.#schedule();
    });
  }

  /** Fails the operations past their deadline (every tick: one timer for all of them). */
  #expire(): void {
    if (this.#ops.size === 0) return;
    const now = this.clock.now();
    for (const op of this.#ops) {
      if (op.deadline > now) continue;
      const what = op.kind === 'read' ? 'read' : 'proposal';
      const ms = op.timeoutMs;
      if (this.raft.lead === NONE) this.#settle(op, new NoQuorumError(`No leader within ${ms} ms: no quorum of the cluster is reachable`));
      else if (op.index === 0 && op.kind !== 'read') this.#settle(op, new OperationTimeoutError(`The leader did not take the ${what} within ${ms} ms`));
      else this.#settle(op, new OperationTimeoutError(`The ${what} did not complete within ${ms} ms; its outcome is unknown`));
    }
  }

  /** Hands an operation to the core, or parks it until a leader is known. */
  #submit(op: Op): void {
    if (op.settled) return;
    const raft = this.raft;
    if (op.kind === 'read') {
      op.context = this.#nextContext++;
      this.#byContext.set(op.context, op);
      if (!raft.readIndex(enc64(op.context))) {
        this.#byContext.delete(op.context);
        this.#waitingForLeader.push(op);
      }
      return;
    }
    if (op.kind === 'conf') {
      if (!this.isLeader) {
        if (raft.lead === NONE) this.#waitingForLeader.push(op);
        else this.#settle(op, this.#notLeader());
        return;
      }
      try {
        const { index, term } = raft.proposeConfChange(op.conf!);
        this.#place(op, index, term);
      } catch (err) {
        this.#settle(op, toLogkeeperError(err));
      }
      return;
    }
    if (!this.isLeader && raft.lead !== NONE && !this.#forward) {
      this.#settle(op, this.#notLeader());
      return;
    }
    // Only a forwarded proposal needs a context to match the leader's answer.
    op.context = this.isLeader ? 0 : this.#nextContext++;
    const outcome = raft.propose(op.data, op.context === 0 ? EMPTY : enc64(op.context));
    switch (outcome.kind) {
      case 'appended':
        this.#place(op, outcome.index, outcome.term);
        return;
      case 'forwarded':
        op.forwardedTo = raft.lead;
        this.#byContext.set(op.context, op);
        return;
      case 'dropped':
        if (outcome.reason === 'transferring') this.#settle(op, new NotLeaderError('Leadership is being transferred', { retriable: true }));
        else this.#waitingForLeader.push(op);
        return;
    }
  }

  #place(op: Op, index: number, term: number): void {
    op.index = index;
    op.term = term;
    if (index <= this.#applied) {
      const recent = this.#recent.get(index);
      if (recent && recent.term === term) this.#settle(op, null, { index, term, result: recent.result });
      else if (recent) this.#settle(op, new NotLeaderError('The entry was replaced by another leader\'s', this.#leaderDetails()));
      else this.#settle(op, new ConnectionLossError('The entry was covered by a snapshot before it could be confirmed; its outcome is unknown'));
      return;
    }
    this.#byIndex.set(index, op);
  }

  #settle(op: Op, error: Error | null, value?: unknown): void {
    if (op.settled) return;
    op.settled = true;
    this.#ops.delete(op);
    if (op.onAbort) op.signal!.removeEventListener('abort', op.onAbort);
    if (op.index > 0 && op.kind !== 'read' && this.#byIndex.get(op.index) === op) this.#byIndex.delete(op.index);
    if (op.context > 0 && this.#byContext.get(op.context) === op) this.#byContext.delete(op.context);
    if (error) op.reject(error);
    else op.resolve(value);
  }

  #notLeader(): NotLeaderError {
    const leader = this.leader;
    return new NotLeaderError(
      leader ? `Not the leader; the leader is ${leader.id} at ${leader.address}` : 'Not the leader, and no leader is known',
      this.#leaderDetails(),
    );
  }

  /** NOT_LEADER's details: where the leader is, when known. */
  #leaderDetails(): { details?: Record<string, string> } {
    const address = this.leader?.address;
    return address ? { details: { leader: address } } : {};
  }

  #closedError(): ConnectionClosedError {
    return new ConnectionClosedError(`Raft member ${this.id} is stopped`);
  }

  // ---- the loop ----

  #armTick(): void {
    this.#tickTimer = this.clock.setTimer(this.tickMs, () => {
      this.#tickTimer = null;
      if (this.#stopped) return;
      this.raft.tick();
      this.#expire();
      this.#schedule();
      this.#armTick();
    });
  }

  #receive(payload: Uint8Array, from: string, fromAddress: string): void {
    if (this.#stopped) return;
    if (fromAddress) this.#addresses.set(from, fromAddress);
    let messages: Message[];
    try {
      messages = decodeMessages(payload);
    } catch {
      return; // garbage from a peer is dropped, as a lossy link would
    }
    try {
      for (const m of messages) {
        if (m.to !== this.id) continue;
        this.raft.step(m);
      }
    } catch (err) {
      this.#fail(err);
      return;
    }
    this.#schedule();
  }

  #schedule(): void {
    if (this.#processing || this.#stopped || !this.raft.hasReady()) return;
    this.#processing = true;
    // One Ready per event-loop turn, not per message: what else arrived in this turn (other
    // peers' answers, more proposals) joins the same write and the same appends.
    this.#running = new Promise<void>((resolve) => this.clock.setTimer(0, resolve)).then(() => this.#loop()).then(
      () => {
        this.#processing = false;
        // Something may have arrived between the last check and now.
        if (!this.#stopped && this.raft.hasReady()) this.#schedule();
      },
      (err) => {
        this.#processing = false;
        this.#fail(err);
      },
    );
  }

  async #loop(): Promise<void> {
    const raft = this.raft;
    while (!this.#stopped && raft.hasReady()) {
      const rd = raft.ready();
      if (rd.softState) this.#onSoftState();
      this.#sendAll(rd.earlyMessages);
      // Adapters hand what was sent to the network in a microtask: let these go now, not after
      // the synchronous part of the write below (which can take longer than the hop itself).
      if (rd.earlyMessages.length > 0 && rd.mustSync) await null;
      // Where the leader placed our forwarded proposals, before applying: an answer and the
      // commit of its entry often arrive in the same turn.
      for (const r of rd.proposalResults) this.#onProposalResult(r.context, r.rejected, r.index, r.term, r.from);
      // Committed entries this member has already written are applied while the write runs.
      let committed = rd.committedEntries;
      let written: Entry[] = [];
      if (!rd.snapshot && committed.length > 0) {
        const stabled = raft.log.stabled;
        const cut = committed.findIndex((e) => e.index > stabled);
        written = cut < 0 ? committed : committed.slice(0, cut);
        committed = cut < 0 ? [] : committed.slice(cut);
      }
      if (!rd.mustSync) {
        // Only the commit index moved: it need not be durable (a restart learns it again from
        // the leader), so it rides along with the next write instead of costing one of its own.
        if (rd.hardState) this.#unwrittenHardState = rd.hardState;
      } else {
        const hardState = rd.hardState ?? this.#unwrittenHardState;
        this.#unwrittenHardState = null;
        const saving = this.#store.save({ hardState, entries: rd.entries, snapshot: rd.snapshot, sync: this.#sync });
        if (written.length > 0) {
          saving.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
          await this.#apply(written);
          written = [];
          if (this.#stopped) return;
        }
        await saving;
        if (this.#stopped) return;
      }
      await this.#apply(written);
      if (this.#stopped) return;
      if (rd.snapshot) {
        await this.#sm.restore(rd.snapshot.data);
        if (this.#stopped) return;
        this.#lastSnapshotIndex = rd.snapshot.meta.index;
        this.#skipTo(rd.snapshot.meta.index);
      }
      this.#sendAll(rd.messages);
      if (rd.messages.length > 0 && committed.length > 0) await null; // as above: before applying
      await this.#apply(committed);
      if (this.#stopped) return;
      for (const s of rd.readStates) this.#onReadState(s.context, s.index);
      raft.advance(rd);
      this.#releaseReads();
      if (rd.softState) this.#onSoftState();
      await this.#maybeSnapshot();
    }
  }

  #sendAll(messages: Message[]): void {
    if (messages.length === 0) return;
    if (messages.length === 1) {
      const m = messages[0]!;
      this.#sendTo(m.to, [m]);
      return;
    }
    const byPeer = new Map<string, Message[]>();
    for (const m of messages) {
      const list = byPeer.get(m.to);
      if (list) list.push(m);
      else byPeer.set(m.to, [m]);
    }
    for (const [to, list] of byPeer) this.#sendTo(to, list);
  }

  #sendTo(to: string, messages: Message[]): void {
    const address = this.#addressOf(to);
    if (!address) return; // nobody knows where it is: as if lost
    this.messenger.send(to, address, encodeMessages(messages));
  }

  #addressOf(id: string): string {
    return this.raft.addressOf(id) || this.#addresses.get(id) || '';
  }

  async #apply(entries: Entry[]): Promise<void> {
    const track = this.#byContext.size > 0 || this.#recent.size > 0;
    for (const e of entries) {
      if (e.index <= this.#applied) continue;
      let result: unknown;
      if (e.type === EntryType.Normal && e.data.byteLength > 0) {
        result = this.#sm.apply({ index: e.index, term: e.term, data: e.data });
        if (result instanceof Promise) result = await result;
        if (this.#stopped) return;
      }
      this.#applied = e.index;
      const op = this.#byIndex.get(e.index);
      if (op) {
        if (op.term === e.term) this.#settle(op, null, { index: e.index, term: e.term, result });
        else this.#settle(op, new NotLeaderError('Leadership changed and the entry was replaced', this.#leaderDetails()));
      }
      if (e.term > this.#appliedTerm) {
        this.#appliedTerm = e.term;
        this.#dropDoomed(e);
      }
      if (track) {
        this.#recent.set(e.index, { term: e.term, result });
        if (this.#recent.size > 4096) this.#recent.delete(this.#recent.keys().next().value!);
      }
    }
    if (this.#byContext.size === 0 && this.#recent.size > 0) this.#recent.clear();
  }

  /**
   * An entry of term `e.term` is committed at `e.index`: every later index will hold an entry
   * of that term or a newer one, so a placed proposal of an older term beyond it can never
   * commit. It fails now (NOT_LEADER: not applied, retriable) rather than when something else
   * fills its index or its deadline passes.
   */
  #dropDoomed(e: Entry): void {
    for (const [index, op] of this.#byIndex) {
      if (index > e.index && op.term < e.term) this.#settle(op, new NotLeaderError('Leadership changed before the entry committed; it was not applied', this.#leaderDetails()));
    }
  }

  /** A snapshot jumped the state machine to `index`: proposals at or below it cannot be confirmed. */
  #skipTo(index: number): void {
    for (const [i, op] of this.#byIndex) {
      if (i <= index) this.#settle(op, new ConnectionLossError('A snapshot replaced the log before the entry could be confirmed; its outcome is unknown'));
    }
    if (index > this.#applied) this.#applied = index;
  }

  #onProposalResult(context: Uint8Array, rejected: boolean, index: number, term: number, from: string): void {
    const op = this.#byContext.get(dec64(context));
    if (!op || op.kind === 'read') return;
    this.#byContext.delete(op.context);
    op.forwardedTo = NONE;
    if (rejected) {
      // The member we forwarded to was no longer leader: try the one we know now, or wait for one.
      op.context = 0;
      if (this.raft.lead !== NONE && this.raft.lead !== from) this.#submit(op);
      else this.#waitingForLeader.push(op);
      return;
    }
    this.#place(op, index, term);
  }

  #onReadState(context: Uint8Array, index: number): void {
    const op = this.#byContext.get(dec64(context));
    if (!op || op.kind !== 'read') return;
    this.#byContext.delete(op.context);
    op.index = index;
    this.#readsWaiting.push(op);
  }

  #releaseReads(): void {
    if (this.#readsWaiting.length === 0) return;
    const still: Op[] = [];
    for (const op of this.#readsWaiting) {
      if (op.settled) continue;
      if (op.index <= this.#applied) this.#settle(op, null, op.index);
      else still.push(op);
    }
    this.#readsWaiting = still;
  }

  #onSoftState(): void {
    const { lead, term, role } = this.raft;
    if (role !== this.#lastRole) {
      this.#lastRole = role;
      for (const h of [...this.#roleHandlers]) h(role);
    }
    if (lead !== this.#lastLead || (lead !== NONE && term !== this.#lastTerm)) {
      this.#lastLead = lead;
      this.#lastTerm = term;
      this.#abandonForwarded();
      const info: LeaderInfo = { leader: this.leader, term };
      for (const h of [...this.#leaderHandlers]) h(info);
      if (lead !== NONE) this.#retryWaiting();
    }
  }

  /**
   * Proposals forwarded to a leader that is no longer the leader will get no answer from it:
   * it may have taken them (they may still commit) or not, so they fail at once with a
   * retriable CONNECTION_LOSS, their outcome unknown, as a ZooKeeper client's do when its
   * server loses the leader; the caller retries with the leader there is now (or waits for
   * one) instead of waiting out its timeout.
   */
  #abandonForwarded(): void {
    const lead = this.raft.lead;
    for (const op of [...this.#byContext.values()]) {
      if (op.kind === 'read' || op.forwardedTo === NONE || op.forwardedTo === lead) continue;
      this.#settle(op, new ConnectionLossError(`Leader ${op.forwardedTo} was lost before it answered; the outcome of the proposal is unknown`));
    }
  }

  #retryWaiting(): void {
    // Reads that the old leader never answered ask the new one (a later read point is as good).
    for (const op of [...this.#byContext.values()]) {
      if (op.kind !== 'read') continue;
      this.#byContext.delete(op.context);
      this.#waitingForLeader.push(op);
    }
    const waiting = this.#waitingForLeader;
    this.#waitingForLeader = [];
    for (const op of waiting) this.#submit(op);
    if (waiting.length > 0) this.#schedule();
  }

  async #maybeSnapshot(): Promise<void> {
    const raft = this.raft;
    const applied = raft.log.applied;
    if (applied - this.#lastSnapshotIndex < this.#snapshotEntries) return;
    const data = await this.#sm.snapshot();
    if (this.#stopped) return;
    const term = raft.log.term(applied);
    if (term === undefined) return;
    const snapshot: Snapshot = { meta: { index: applied, term, conf: raft.confState() }, data };
    await this.#store.saveSnapshot(snapshot, this.#sync);
    if (this.#stopped) return;
    this.#lastSnapshotIndex = applied;
    const compactIndex = Math.max(raft.log.snapshotIndex, applied - this.#keepEntries);
    raft.compact(compactIndex, snapshot);
    await this.#store.compact(compactIndex);
  }

  // ---- the end ----

  #fail(err: unknown): void {
    const error = toLogkeeperError(err);
    if (this.#stopped) return;
    this.#failure = error;
    this.#halt(error);
    void this.messenger.close();
    this.#options.onError?.(error);
  }

  #halt(error: Error): void {
    this.#stopped = true;
    if (this.#tickTimer) this.clock.cancel(this.#tickTimer);
    this.#tickTimer = null;
    const ops = [...this.#ops];
    this.#byIndex.clear();
    this.#byContext.clear();
    this.#readsWaiting = [];
    this.#waitingForLeader = [];
    for (const op of ops) this.#settle(op, error);
  }
}
