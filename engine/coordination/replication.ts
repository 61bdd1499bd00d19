import { BadArgumentsError, ConnectionClosedError } from '../errors/index.js';

/*
 * What the coordination service needs from replication, and nothing more. A KeeperServer
 * hands its state machine to a Replicator and asks it to
 *
 *   - propose a command and get the state machine's result for it once applied here;
 *   - give a linearizable read point (Raft's ReadIndex; ZooKeeper's `sync`);
 *   - say who leads, and when that changes (the leader tracks sessions and expires them);
 *
 * and the replicator applies every committed entry, in order, on every server, so that
 * every server's tree, sessions and watch triggers advance. Two implementations:
 * LocalReplicator (below: one server, in process, no durability — for embedding and tests)
 * and RaftReplicator (raft-replicator.ts: engine/consensus). The shapes follow RaftNode so
 * that the Raft adapter is thin.
 */

/**
 * A committed entry and what a replicator drives on every server: engine/consensus's
 * AppliedEntry and StateMachine, so that a RaftNode takes a KeeperServer's state machine as
 * it is. (`index` is the zxid of the change; `apply` must not throw for a bad command.)
 */
export type { AppliedEntry, StateMachine as ReplicatedStateMachine } from '../consensus/state-machine.js';
import type { StateMachine as ReplicatedStateMachine } from '../consensus/state-machine.js';

export interface ReplicateOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface Replicator {
  /** This server's id in the ensemble. */
  readonly id: string;
  /**
   * Replicates `data` and resolves with what `apply` returned for it here. Rejects with
   * NO_QUORUM when no leader could be reached in time, OPERATION_TIMEOUT or CONNECTION_LOSS
   * — in all three the outcome may be unknown (a leader may have taken the entry before it
   * lost its quorum) — or NOT_LEADER when another leader's entry replaced it (not applied).
   */
  propose(data: Uint8Array, options?: ReplicateOptions): Promise<unknown>;
  /** Resolves once everything committed before the call has been applied here. */
  readBarrier(options?: ReplicateOptions): Promise<void>;
  /** The leader's id, or null when this server knows of none (it cannot reach a quorum). */
  readonly leaderId: string | null;
  readonly isLeader: boolean;
  /** Calls `handler` whenever the leader (or this server's knowledge of it) changes; returns an unsubscribe. */
  onLeaderChange(handler: (leaderId: string | null) => void): () => void;
}

/**
 * The replicator of a single server in one process: a proposal is applied at once (it is its
 * own majority). Nothing is written to disk: a restart starts empty. For a durable single
 * server, run Raft with one member.
 */
export class LocalReplicator implements Replicator {
  readonly id: string;
  #machine: ReplicatedStateMachine | null = null;
  #index = 0;
  #closed = false;

  constructor(id = 'local') {
    if (typeof id !== 'string' || id.length === 0) throw new BadArgumentsError('id must be a non-empty string');
    this.id = id;
  }

  /** Drives `machine` from now on. */
  start(machine: ReplicatedStateMachine): this {
    this.#machine = machine;
    return this;
  }

  get leaderId(): string | null {
    return this.#closed ? null : this.id;
  }

  get isLeader(): boolean {
    return !this.#closed;
  }

  /** The index of the last entry applied. */
  get applied(): number {
    return this.#index;
  }

  propose(data: Uint8Array): Promise<unknown> {
    if (this.#closed || !this.#machine) return Promise.reject(new ConnectionClosedError('The replicator is closed'));
    try {
      return Promise.resolve(this.#machine.apply({ index: ++this.#index, term: 1, data }));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  readBarrier(): Promise<void> {
    if (this.#closed) return Promise.reject(new ConnectionClosedError('The replicator is closed'));
    return Promise.resolve();
  }

  onLeaderChange(): () => void {
    return () => {};
  }

  close(): void {
    this.#closed = true;
  }
}
