import { BadArgumentsError, ConnectionClosedError } from '../errors/index.js';
import type { RaftNode } from './node.js';

/*
 * What a replicated service needs from consensus, and nothing more. A service (the
 * coordination service's KeeperServer is one) hands its state machine to a Replicator and
 * asks it to
 *
 *   - propose a command and get the state machine's result for it once applied here;
 *   - give a linearizable read point (Raft's ReadIndex; ZooKeeper's `sync`);
 *   - say who leads, and when that changes (a leader may have duties: expiring sessions);
 *
 * and the replicator applies every committed entry, in order, on every member, so that every
 * member's state advances alike. Two implementations: RaftReplicator (a RaftNode, renamed)
 * and LocalReplicator (one member, in process, no durability: for embedding and tests).
 */

/** What a replicator drives on every member: a RaftNode's StateMachine (`apply` must not throw for a bad command). */
export type { AppliedEntry, StateMachine as ReplicatedStateMachine } from './state-machine.js';
import type { StateMachine as ReplicatedStateMachine } from './state-machine.js';

export interface ReplicateOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface Replicator {
  /** This member's id. */
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
  /** The leader's id, or null when this member knows of none (it cannot reach a quorum). */
  readonly leaderId: string | null;
  readonly isLeader: boolean;
  /** Calls `handler` whenever the leader (or this member's knowledge of it) changes; returns an unsubscribe. */
  onLeaderChange(handler: (leaderId: string | null) => void): () => void;
}

/**
 * The replicator of a single member in one process: a proposal is applied at once (it is its
 * own majority). Nothing is written to disk: a restart starts empty. For a durable single
 * member, run Raft with one voter.
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

/** A RaftNode already is a replicator in all but names; this adapter only renames. */
export class RaftReplicator implements Replicator {
  readonly node: RaftNode;

  constructor(node: RaftNode) {
    this.node = node;
  }

  get id(): string {
    return this.node.id;
  }

  async propose(data: Uint8Array, options: ReplicateOptions = {}): Promise<unknown> {
    return (await this.node.propose(data, options)).result;
  }

  async readBarrier(options: ReplicateOptions = {}): Promise<void> {
    await this.node.readIndex(options);
  }

  get leaderId(): string | null {
    return this.node.leader?.id ?? null;
  }

  get isLeader(): boolean {
    return this.node.isLeader;
  }

  onLeaderChange(handler: (leaderId: string | null) => void): () => void {
    return this.node.onLeaderChange((info) => handler(info.leader?.id ?? null));
  }
}
