/*
 * The values the Raft core takes and returns. They are plain objects (not protobuf
 * instances): the core never encodes anything; codec.ts turns them into bytes for the wire
 * and for storage.
 */

export enum EntryType {
  /** A proposal; empty data is the no-op a new leader appends. */
  Normal = 0,
  /** An encoded ConfChange. */
  ConfChange = 1,
}

export interface Entry {
  readonly index: number;
  readonly term: number;
  readonly type: EntryType;
  readonly data: Uint8Array;
}

/** A voter or learner of the Raft group: its id and the address its peer links reach. */
export interface Peer {
  readonly id: string;
  readonly address: string;
}

/** The membership at some log index: voters decide, learners only replicate. */
export interface ConfState {
  readonly voters: readonly Peer[];
  readonly learners: readonly Peer[];
}

export enum ConfChangeType {
  /** Adds a voter, or promotes a learner. */
  AddVoter = 0,
  /** Adds a non-voting member (an observer, a learner). */
  AddLearner = 1,
  /** Removes a voter or a learner. */
  Remove = 2,
}

export interface ConfChange {
  readonly type: ConfChangeType;
  readonly id: string;
  /** Where the member listens; required when adding. */
  readonly address: string;
}

export interface SnapshotMeta {
  /** The last index the snapshot covers, and its term. */
  readonly index: number;
  readonly term: number;
  readonly conf: ConfState;
}

export interface Snapshot {
  readonly meta: SnapshotMeta;
  readonly data: Uint8Array;
}

/** What must reach stable storage before a message that depends on it is sent. */
export interface HardState {
  readonly term: number;
  readonly vote: string;
  readonly commit: number;
}

export enum MessageType {
  App = 0,
  AppResp = 1,
  Vote = 2,
  VoteResp = 3,
  PreVote = 4,
  PreVoteResp = 5,
  Heartbeat = 6,
  HeartbeatResp = 7,
  Snap = 8,
  TimeoutNow = 9,
  ReadIndex = 10,
  ReadIndexResp = 11,
  Prop = 12,
  PropResp = 13,
  /** Leader → follower: the leader's own log is written up to `index` (see Raft's follower commit). */
  Stable = 14,
}

export interface Message {
  type: MessageType;
  to: string;
  from: string;
  term: number;
  /** App: term of the entry at `index`; votes: last log term; rejection: the hint's term. */
  logTerm: number;
  /** App: the index before `entries`; votes: last index; AppResp: matched (or rejected) index. */
  index: number;
  entries: Entry[];
  commit: number;
  reject: boolean;
  rejectHint: number;
  snapshot: Snapshot | null;
  /** ReadIndex / Prop: the caller's request id, echoed in the answer. */
  context: Uint8Array;
  /** Heartbeat(Resp): the ReadIndex round the heartbeat confirms. */
  seq: number;
  /** Vote / PreVote for a leadership transfer: voters ignore their leader lease. */
  force: boolean;
}

export const NONE = '';

const EMPTY = new Uint8Array(0);

/** A message with every field at its zero value, then `fields`. */
export function message(fields: Partial<Message> & Pick<Message, 'type' | 'to'>): Message {
  return {
    from: NONE,
    term: 0,
    logTerm: 0,
    index: 0,
    entries: [],
    commit: 0,
    reject: false,
    rejectHint: 0,
    snapshot: null,
    context: EMPTY,
    seq: 0,
    force: false,
    ...fields,
  };
}

export enum Role {
  Follower = 'follower',
  PreCandidate = 'pre-candidate',
  Candidate = 'candidate',
  Leader = 'leader',
}

/** Volatile state worth telling the driver about when it changes. */
export interface SoftState {
  readonly lead: string;
  readonly role: Role;
}

/** The answer to a ReadIndex request: reads that wait for `index` to be applied are linearizable. */
export interface ReadState {
  readonly index: number;
  readonly context: Uint8Array;
}

/** The leader's answer to a proposal forwarded from this node. */
export interface ProposalResult {
  readonly context: Uint8Array;
  /** Where the leader put the entry (0 when rejected). */
  readonly index: number;
  readonly term: number;
  readonly rejected: boolean;
  /** The member that answered. */
  readonly from: string;
}

/**
 * Everything the core has for its driver. The driver persists `hardState`, `entries` and
 * `snapshot` (in one atomic write), restores `snapshot` into the state machine, sends
 * `messages` (those in `earlyMessages` may go before the write completes), applies
 * `committedEntries`, then calls `advance(ready)`.
 */
export interface Ready {
  readonly softState: SoftState | null;
  readonly hardState: HardState | null;
  readonly entries: Entry[];
  readonly snapshot: Snapshot | null;
  readonly committedEntries: Entry[];
  /** Messages that depend on the write: send them after it. */
  readonly messages: Message[];
  /** Appends, heartbeats, forwarded proposals and reads, and their answers: they depend on nothing unwritten and may go at once. */
  readonly earlyMessages: Message[];
  readonly readStates: ReadState[];
  readonly proposalResults: ProposalResult[];
  /** Whether the write must be synced (entries or hard state changed). */
  readonly mustSync: boolean;
}
