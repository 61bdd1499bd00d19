import {
  AbortedError,
  ConnectionClosedError,
  ConnectionLossError,
  toLogkeeperError,
  type LogkeeperError,
} from '../errors/index.js';
import type { Clock, Timer } from '../time/clock.js';
import type { Random } from '../time/random.js';
import type { Connection, Transport } from '../../transports/transport.js';
import { PendingConnection } from './pending-connection.js';
import { RpcPeer } from './peer.js';
import type { Router } from './router.js';

/*
 * How this works. A Connector keeps one RPC connection to one server of a list, the way a
 * client of a replicated service wants it: it dials the servers in a shuffled order, runs
 * the caller's `open` handshake on each new connection (a Keeper opens or resumes its
 * session there), and when the connection is lost it goes straight on to the next server;
 * after a whole round of failures it pauses a little (random, so that many clients do not
 * come back in step). An error `isFatal` says is final (an expired session, a secret the
 * servers refuse) ends it at once instead of trying again. Callers wait for a ready link
 * with a bound (`whenReady`), and may ask it to move (`drop(prefer)`).
 *
 * It knows nothing of what runs on the link: sessions, pings and read-only probing are the
 * caller's. What `open` sends at once (a Keeper's connect request) goes with the dial as the
 * connection's early frames (see PendingConnection), one round trip sooner where the
 * transport's handshake allows it.
 */

export interface ConnectorOptions {
  transport: Transport;
  /** The servers' addresses (non-empty); dialled in a shuffled order. */
  servers: readonly string[];
  clock: Clock;
  random: Random;
  /** What this side answers on every connection (the server's notices and requests). */
  router: Router;
  /** The default timeout of requests on the link. */
  requestTimeoutMs: number;
  /** The bound of one attempt (dial and `open`). */
  attemptTimeoutMs(): number;
  /** The pause after a whole round of servers failed. */
  roundPauseMs(): number;
  /** Runs on a fresh connection before it is ready; resolves with what the link carries, rejects to try the next server. */
  open(peer: RpcPeer, address: string, signal: AbortSignal): Promise<unknown>;
  /** Whether a failed attempt's error ends every attempt (no server would do better). */
  isFatal(error: LogkeeperError): boolean;
}

export interface Link<S = unknown> {
  readonly peer: RpcPeer;
  readonly address: string;
  /** What `open` resolved with. */
  readonly opened: S;
}

interface Waiter<S> {
  resolve(link: Link<S>): void;
  reject(error: Error): void;
  timer: Timer;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

export interface ConnectorEvents<S> {
  /** A link is ready (after its `open`); waiters are released right after. */
  ready(link: Link<S>): void;
  /** The ready link was lost; the connector is already dialling the next server. */
  lost(link: Link<S>): void;
  /** An attempt failed with an error `isFatal` called final: no more attempts. */
  fatal(error: LogkeeperError): void;
}

export class Connector<S = unknown> {
  readonly #options: ConnectorOptions;
  readonly #servers: string[];
  readonly #events: ConnectorEvents<S>;
  #next = 0;
  #failedInRound = 0;
  #link: Link<S> | null = null;
  #opening: RpcPeer | null = null;
  #attempting = false;
  #stopped: LogkeeperError | null = null;
  #retryTimer: Timer | null = null;
  #prefer: string | null = null;
  #waiters: Waiter<S>[] = [];

  constructor(options: ConnectorOptions, events: ConnectorEvents<S>) {
    this.#options = options;
    this.#events = events;
    this.#servers = options.random.shuffle([...options.servers]);
  }

  /** The ready link, if any. */
  get link(): Link<S> | null {
    return this.#link;
  }

  /** Whether `peer` is a connection whose `open` is in progress (it may already carry notices). */
  isOpening(peer: RpcPeer): boolean {
    return this.#opening === peer;
  }

  get stopped(): boolean {
    return this.#stopped !== null;
  }

  /** Starts dialling (once). */
  start(): void {
    this.#attempt();
  }

  /** The next server in the rotation other than `except` (to probe one without moving). */
  nextServer(except?: string): string {
    let candidate = this.#servers[this.#next++ % this.#servers.length]!;
    if (candidate === except && this.#servers.length > 1) candidate = this.#servers[this.#next++ % this.#servers.length]!;
    return candidate;
  }

  /** Resolves with the ready link (now, if there is one); rejects after `timeoutMs` with CONNECTION_LOSS. */
  whenReady(signal: AbortSignal | undefined, timeoutMs: number): Promise<Link<S>> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    if (signal?.aborted) return Promise.reject(new AbortedError('Aborted'));
    if (this.#link) return Promise.resolve(this.#link);
    return new Promise((resolve, reject) => {
      const waiter: Waiter<S> = {
        resolve,
        reject,
        signal,
        onAbort: undefined,
        timer: this.#options.clock.setTimer(timeoutMs, () => {
          this.#dropWaiter(waiter);
          reject(new ConnectionLossError(`Not connected to any server within ${timeoutMs} ms`));
        }),
      };
      if (signal) {
        waiter.onAbort = () => {
          this.#dropWaiter(waiter);
          this.#options.clock.cancel(waiter.timer);
          reject(new AbortedError('Aborted'));
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#waiters.push(waiter);
    });
  }

  /** Closes the ready link (if any) and dials again, `prefer` first when given. */
  drop(prefer?: string): void {
    if (prefer !== undefined) this.#prefer = prefer;
    this.#link?.peer.close();
  }

  /**
   * Ends for good: no more attempts, waiters (now and later) rejected with `error`. The
   * ready link stays open (the caller may still say goodbye on it, then close it).
   */
  stop(error: LogkeeperError): void {
    if (this.#stopped) return;
    this.#stopped = error;
    if (this.#retryTimer) this.#options.clock.cancel(this.#retryTimer);
    this.#retryTimer = null;
    this.#opening?.close();
    this.#release(error);
  }

  #attempt(): void {
    if (this.#attempting || this.#link || this.#stopped) return;
    this.#attempting = true;
    let address: string;
    if (this.#prefer !== null) {
      address = this.#prefer;
      this.#prefer = null;
    } else {
      address = this.#servers[this.#next % this.#servers.length]!;
      this.#next++;
    }
    this.#connectTo(address).then(
      () => {
        this.#attempting = false;
        this.#failedInRound = 0;
      },
      (error: unknown) => {
        this.#attempting = false;
        if (this.#stopped) return;
        const e = toLogkeeperError(error);
        if (this.#options.isFatal(e)) {
          this.#events.fatal(e);
          this.stop(e);
          return;
        }
        this.#failedInRound++;
        // Straight on to the next server; after a whole round of failures, a short random pause.
        const delay = this.#failedInRound % this.#servers.length === 0 ? this.#options.roundPauseMs() : 0;
        this.#retryTimer = this.#options.clock.setTimer(delay, () => {
          this.#retryTimer = null;
          this.#attempt();
        });
      },
    );
  }

  async #connectTo(address: string): Promise<void> {
    const { clock, transport } = this.#options;
    const timeoutMs = this.#options.attemptTimeoutMs();
    const abort = new AbortController();
    const timer = clock.setTimer(timeoutMs, () => abort.abort());
    let peer: RpcPeer | null = null;
    try {
      const pending = new PendingConnection(address);
      peer = new RpcPeer(pending, { clock, router: this.#options.router, requestTimeoutMs: this.#options.requestTimeoutMs });
      this.#opening = peer;
      const opening = this.#options.open(peer, address, abort.signal);
      opening.catch(() => {}); // awaited below, once connected; a failed dial reports its own error
      let connection: Connection;
      try {
        connection = await transport.connect(address, { signal: abort.signal, early: pending.takeEarly() });
      } catch (error) {
        pending.fail(toLogkeeperError(error));
        throw error;
      }
      if (this.#stopped) {
        connection.close();
        pending.fail(new ConnectionClosedError('The connector stopped'));
        if (this.#opening === peer) this.#opening = null;
        return;
      }
      pending.attach(connection);
      const opened = (await opening) as S;
      if (this.#stopped || peer.closed) throw new ConnectionClosedError('The connection closed while it was opened');
      this.#opening = null;
      const link: Link<S> = { peer, address, opened };
      this.#link = link;
      peer.onClose(() => this.#lost(link));
      this.#events.ready(link);
      this.#release(null, link);
    } catch (error) {
      if (this.#opening === peer) this.#opening = null;
      peer?.close();
      if ((error as LogkeeperError).code === 'ABORTED') throw new ConnectionLossError(`No connection to ${address} within ${timeoutMs} ms`);
      throw error;
    } finally {
      clock.cancel(timer);
    }
  }

  #lost(link: Link<S>): void {
    if (this.#link !== link) return;
    this.#link = null;
    if (this.#stopped) return;
    this.#events.lost(link);
    this.#attempt();
  }

  #dropWaiter(waiter: Waiter<S>): void {
    const i = this.#waiters.indexOf(waiter);
    if (i >= 0) this.#waiters.splice(i, 1);
    if (waiter.onAbort) waiter.signal!.removeEventListener('abort', waiter.onAbort);
  }

  #release(error: Error | null, link?: Link<S>): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) {
      this.#options.clock.cancel(w.timer);
      if (w.onAbort) w.signal!.removeEventListener('abort', w.onAbort);
      if (error) w.reject(error);
      else w.resolve(link!);
    }
  }
}
