import type { LogkeeperError } from '../../errors/index.js';
import type { Keeper } from '../client.js';
import { Emitter } from '../emitter.js';
import { CreateMode, EventType, type WatchedEvent } from '../types.js';
import { codeOf, ensurePath, fromUtf8, utf8, waitGone } from './common.js';
import { parentOf } from '../path.js';

/*
 * Master election and tracking, as in the design notes. Candidates race to create the
 * ephemeral znode `/master` holding their address; ZooKeeper's create is atomic, so exactly
 * one wins. The others watch it; when the master's session ends (it closed, crashed, or was
 * cut off for longer than its session timeout) the znode goes and they race again.
 *
 * Each term of mastership has a fencing token: the czxid of the `/master` znode that made
 * it, which grows with every new term. The master attaches it to what it writes elsewhere,
 * and the store on the other end (see Fence) refuses a token older than one it has seen —
 * so a master that lost its session but has not noticed yet (a long pause, a partition)
 * cannot overwrite its successor's work.
 *
 * A master also stops acting as soon as it cannot be sure it still is: when its Keeper is
 * `disconnected` or on a `readonly` server (`suspended`), well before the ensemble could
 * expire its session (a client notices within two thirds of the timeout). If it gets back
 * in time, it checks the znode is still its own and `resumed` with the same token. That
 * check needs the ensemble to answer: while it cannot (a server reached, but no quorum
 * behind it), it is tried again every VERIFY_RETRY_MS for as long as the connection lasts.
 */

const VERIFY_RETRY_MS = 200;

/** One term of mastership. */
export interface MasterTerm {
  /** The master's address (the znode's data). */
  address: string;
  /** The fencing token: the czxid of the master znode. Grows with every term. */
  token: number;
}

export interface MasterElectionEvents {
  /** This candidate won: act as master, tagging writes with `term.token`. */
  elected: [MasterTerm];
  /** Contact with the ensemble is in doubt: stop acting as master until `resumed` or `lost`. */
  suspended: [];
  /** Contact is back and the term is still ours. */
  resumed: [MasterTerm];
  /** The term is over (the session expired, or the znode is no longer ours). */
  lost: [];
  error: [Error];
}

export interface MasterElectionOptions {
  /** Default '/master'. */
  path?: string;
  /** What the master znode holds, e.g. 'db-1.internal:5432'. */
  address: string;
}

export class MasterElection extends Emitter<MasterElectionEvents> {
  readonly keeper: Keeper;
  readonly path: string;
  readonly address: string;
  #term: MasterTerm | null = null;
  #suspended = false;
  #verifying = false;
  #running = false;
  #closed = false;
  readonly #onDisconnected = () => this.#suspend();
  readonly #onReconnected = () => void this.#verify();
  readonly #onExpired = () => this.#lose();

  constructor(keeper: Keeper, options: MasterElectionOptions) {
    super();
    this.keeper = keeper;
    this.path = options.path ?? '/master';
    this.address = options.address;
    keeper.on('disconnected', this.#onDisconnected);
    keeper.on('readonly', this.#onDisconnected);
    keeper.on('reconnected', this.#onReconnected);
    keeper.on('expired', this.#onExpired);
  }

  /** True while this candidate holds the term and is in contact: only then may it act as master. */
  get isMaster(): boolean {
    return this.#term !== null && !this.#suspended && this.keeper.state === 'connected';
  }

  /** The current term if this candidate holds it (even suspended), else null. */
  get term(): MasterTerm | null {
    return this.#term;
  }

  /** Joins the election; resolves once this candidate is master (or the election is closed). */
  async start(): Promise<void> {
    if (this.#running || this.#closed) return;
    this.#running = true;
    try {
      await this.#campaign();
    } catch (error) {
      if (!this.#closed) this.emit('error', error as Error);
    } finally {
      this.#running = false;
    }
  }

  /** Leaves the election; a master gives up its term (deletes its znode) so another is elected at once. */
  async close(): Promise<void> {
    this.#closed = true;
    const term = this.#term;
    this.#term = null;
    this.keeper.off('disconnected', this.#onDisconnected);
    this.keeper.off('readonly', this.#onDisconnected);
    this.keeper.off('reconnected', this.#onReconnected);
    this.keeper.off('expired', this.#onExpired);
    // Only a connected candidate hands over at once; otherwise its session's end removes the
    // znode, and waiting here for a connection would hold the caller for a request timeout.
    if (term && this.keeper.state === 'connected') {
      const stat = await this.keeper.exists(this.path).catch(() => null);
      if (stat && stat.ephemeralOwner === this.keeper.sessionId) await this.keeper.delete(this.path, stat.version).catch(() => {});
    }
  }

  async #campaign(): Promise<void> {
    await ensurePath(this.keeper, parentOf(this.path));
    while (!this.#closed && this.#term === null) {
      try {
        const { stat } = await this.keeper.create2(this.path, utf8(this.address), CreateMode.EPHEMERAL);
        this.#elect(stat.czxid);
        return;
      } catch (error) {
        const code = codeOf(error);
        if (code !== 'NODE_EXISTS' && !(error as LogkeeperError).retriable) throw error;
      }
      // Someone holds it — or we do, if our create went through but its reply was lost.
      // (sync first: the decision must not rest on a lagging server's copy.)
      const stat = await this.keeper.sync(this.path).then(() => this.keeper.exists(this.path)).catch(() => null);
      if (stat && stat.ephemeralOwner === this.keeper.sessionId) {
        this.#elect(stat.czxid);
        return;
      }
      if (stat) await waitGone(this.keeper, this.path).catch((error) => {
        if (codeOf(error) === 'SESSION_EXPIRED') throw error;
      });
    }
  }

  #elect(token: number): void {
    if (this.#closed) return;
    this.#term = { address: this.address, token };
    this.#suspended = this.keeper.state !== 'connected';
    this.emit('elected', this.#term);
    // Know at once if the znode is taken from us (deleted by an operator, or the session ended).
    const watch = (event: WatchedEvent) => {
      if (event.type === EventType.NodeDeleted && this.#term?.token === token) this.#lose(true);
      else if (event.type !== EventType.None && this.#term?.token === token) void this.keeper.exists(this.path, watch).catch(() => {});
    };
    void this.keeper.exists(this.path, watch).catch(() => {});
  }

  #suspend(): void {
    if (!this.#term || this.#suspended) return;
    this.#suspended = true;
    this.emit('suspended');
  }

  async #verify(): Promise<void> {
    const term = this.#term;
    if (!term || !this.#suspended || this.#verifying) return;
    this.#verifying = true;
    try {
      await this.keeper.sync(this.path);
      const stat = await this.keeper.exists(this.path);
      if (this.#term !== term) return;
      if (stat && stat.czxid === term.token && stat.ephemeralOwner === this.keeper.sessionId) {
        if (this.keeper.state !== 'connected') return;
        this.#suspended = false;
        this.emit('resumed', term);
      } else {
        this.#lose(true);
      }
    } catch {
      // Lost contact again (the next `reconnected` checks again), or the server could not
      // answer yet (no quorum): while still connected, check again in a moment.
      if (this.keeper.state === 'connected' && !this.#closed) {
        this.keeper.clock.setTimer(VERIFY_RETRY_MS, () => void this.#verify());
      }
    } finally {
      this.#verifying = false;
    }
  }

  #lose(rejoin = false): void {
    if (!this.#term) {
      if (!rejoin) this.#closed = true;
      return;
    }
    this.#term = null;
    this.#suspended = false;
    this.emit('lost');
    if (rejoin && !this.#closed && this.keeper.state !== 'expired') void this.start();
    if (!rejoin) this.#closed = true;
  }
}

export interface MasterTrackerEvents {
  /** The master changed (null: none right now). */
  change: [MasterTerm | null];
}

/**
 * What app servers and replicas run: follows `/master` with a watch, so they learn a new
 * master the moment it is elected — no polling, no extra hop.
 */
export class MasterTracker extends Emitter<MasterTrackerEvents> {
  readonly keeper: Keeper;
  readonly path: string;
  #current: MasterTerm | null = null;
  #closed = false;
  #reading = false;
  #again = false;
  readonly #onReconnected = () => void this.#read();

  constructor(keeper: Keeper, path = '/master') {
    super();
    this.keeper = keeper;
    this.path = path;
    keeper.on('reconnected', this.#onReconnected);
  }

  get current(): MasterTerm | null {
    return this.#current;
  }

  /** Starts following; resolves with the master as it is now. */
  async start(): Promise<MasterTerm | null> {
    await this.#read();
    return this.#current;
  }

  close(): void {
    this.#closed = true;
    this.keeper.off('reconnected', this.#onReconnected);
  }

  readonly #watcher = (event: WatchedEvent) => {
    if (event.type !== EventType.None) void this.#read();
  };

  async #read(): Promise<void> {
    if (this.#closed) return;
    if (this.#reading) {
      this.#again = true;
      return;
    }
    this.#reading = true;
    try {
      do {
        this.#again = false;
        let next: MasterTerm | null = null;
        try {
          const { data, stat } = await this.keeper.getData(this.path, this.#watcher);
          next = { address: fromUtf8(data), token: stat.czxid };
        } catch (error) {
          if (codeOf(error) !== 'NO_NODE') throw error;
          // Watch for its creation; if it appeared meanwhile, read it.
          if (await this.keeper.exists(this.path, this.#watcher)) this.#again = true;
        }
        if (!this.#again) this.#set(next);
      } while (this.#again && !this.#closed);
    } catch {
      // Disconnected or expired: the next `reconnected` reads again.
    } finally {
      this.#reading = false;
    }
  }

  #set(next: MasterTerm | null): void {
    const current = this.#current;
    if (current?.token === next?.token) return;
    this.#current = next;
    this.emit('change', next);
  }
}

/**
 * The downstream half of fencing: a store that takes writes from a master keeps the highest
 * token it has seen and refuses older ones.
 */
export class Fence {
  #highest = 0;

  get highest(): number {
    return this.#highest;
  }

  /** True (and remembered) if `token` is not older than any seen; false for a stale master. */
  admit(token: number): boolean {
    if (token < this.#highest) return false;
    this.#highest = token;
    return true;
  }
}
