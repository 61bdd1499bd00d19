/** A committed proposal, as the state machine receives it. */
export interface AppliedEntry {
  /** Its position in the log: increasing, with gaps where internal entries (a new leader's no-op, membership changes) sit. */
  readonly index: number;
  readonly term: number;
  readonly data: Uint8Array;
}

/**
 * What Raft replicates. Every member applies the same entries in the same order, so a
 * deterministic `apply` gives every member the same state.
 *
 * - `apply` is called once per committed proposal, in log order; what it returns (or
 *   resolves to) is what `RaftNode.propose` resolves to on the member that proposed it. It
 *   must not throw for a bad command: encode the refusal in the result, because every
 *   member must reach the same state. A throw stops the node (the state is then unknown).
 * - `snapshot` returns the whole state as bytes, as of the last applied entry; no `apply`
 *   runs until it settles.
 * - `restore` replaces the whole state with a snapshot's bytes (on a restart, and when the
 *   leader sends a snapshot to a member that fell behind).
 */
export interface StateMachine {
  apply(entry: AppliedEntry): unknown;
  snapshot(): Uint8Array | Promise<Uint8Array>;
  restore(snapshot: Uint8Array): void | Promise<void>;
}
