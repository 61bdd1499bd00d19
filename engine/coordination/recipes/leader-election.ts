import type { Keeper } from '../client.js';
import { Emitter } from '../emitter.js';
import { EventType, type WatchedEvent } from '../types.js';
import { codeOf, contend, utf8 } from './common.js';

/*
 * Leader election without the herd effect (ZooKeeper's recipe): each candidate creates an
 * ephemeral sequential znode under the election path; the lowest is the leader; every other
 * candidate watches only the one just before its own. When a candidate goes, exactly one
 * other hears of it — the next in line — however many are waiting.
 */

export interface LeaderElectionEvents {
  /** This candidate leads (until `close`, or its session ends). */
  leader: [];
  /** It no longer leads (its znode went: session expired, or deleted). */
  notLeader: [];
  error: [Error];
}

export class LeaderElection extends Emitter<LeaderElectionEvents> {
  readonly keeper: Keeper;
  readonly path: string;
  readonly data: Uint8Array;
  #mine: string | null = null;
  #leader = false;
  #closed = false;
  readonly #controller = new AbortController();

  constructor(keeper: Keeper, path = '/election', data: Uint8Array | string = new Uint8Array(0)) {
    super();
    this.keeper = keeper;
    this.path = path;
    this.data = utf8(data);
  }

  get isLeader(): boolean {
    return this.#leader;
  }

  /** Our znode, once created. */
  get node(): string | null {
    return this.#mine;
  }

  /** Joins; resolves once leader (rejects if closed or the session ends first). */
  async start(): Promise<void> {
    const mine = await contend(this.keeper, this.path, 'n_', this.data, (index, ordered) => (index === 0 ? null : ordered[index - 1]!), this.#controller.signal);
    this.#mine = mine;
    if (this.#closed) {
      await this.keeper.delete(mine).catch(() => {});
      return;
    }
    this.#leader = true;
    this.emit('leader');
    const watch = (event: WatchedEvent) => {
      if (event.type === EventType.NodeDeleted && this.#leader) {
        this.#leader = false;
        this.emit('notLeader');
      } else if (event.type !== EventType.None && this.#leader) {
        void this.keeper.exists(mine, watch).catch(() => {});
      }
    };
    await this.keeper.exists(mine, watch).catch((error) => {
      if (codeOf(error) !== 'SESSION_EXPIRED') throw error;
    });
  }

  /** Leaves the election (a leader steps down: the next in line takes over). */
  async close(): Promise<void> {
    this.#closed = true;
    this.#controller.abort();
    const wasLeader = this.#leader;
    this.#leader = false;
    if (this.#mine) await this.keeper.delete(this.#mine).catch(() => {});
    if (wasLeader) this.emit('notLeader');
  }
}
