import {
  AuthenticationFailedError,
  ConnectionClosedError,
  SessionExpiredError,
  type LogkeeperError,
} from '../errors/index.js';
import { Connector, RpcPeer, Router, type Link } from '../rpc/index.js';
import type { Clock, Timer } from '../time/clock.js';
import type { Random } from '../time/random.js';
import type { Transport } from '../../transports/transport.js';
import { decodeWire, pb } from './codec.js';
import type { logkeeper } from './generated/coordination.js';
import { EventType, KeeperState, WatchedEvent } from './types.js';

/*
 * How this works. A Keeper's session, over one connection at a time. A Connector
 * (engine/rpc) keeps a connection to one server of the list; on each new connection this
 * opens the session there, or resumes it with its id and secret (`keeper.connect`, which
 * carries the watches to re-register and the last zxid seen). Once connected it pings every
 * third of the session timeout and drops a connection that stops answering, and the
 * Connector moves to the next server: the session, its ephemerals and its watches survive as
 * long as it gets back within the timeout. A server that knows no leader serves reads only:
 * the session is `readonly` there, and it probes the other servers for one that can write.
 *
 * What ends it: the server says the session expired or was closed (SESSION_EXPIRED, at
 * connect or later), or the servers refuse this client's cluster secret
 * (AUTHENTICATION_FAILED: no server would do better, so it fails at once rather than
 * retrying until the caller's timeout), or `close()`.
 *
 * Watch events come as `keeper.event` notices on the same connection; each goes to the
 * Keeper in its own microtask, in arrival order. Events that arrive while the connect is in
 * progress wait until the session is ready.
 */

export type KeeperStateName = 'connecting' | 'connected' | 'readonly' | 'disconnected' | 'expired' | 'authFailed' | 'closed';

/** What changed, for the Keeper to announce (events and session notifications). */
export type SessionChange = 'connected' | 'reconnected' | 'readonly' | 'writable' | 'disconnected' | 'expired' | 'authFailed' | 'closed';

/** The paths of the Keeper's watches, by kind, re-registered on every new server. */
export interface WatchPaths {
  data: string[];
  exist: string[];
  child: string[];
  persistent: string[];
  recursive: string[];
}

export interface SessionConnectionOptions {
  transport: Transport;
  servers: readonly string[];
  clock: Clock;
  random: Random;
  /** The session timeout asked for. */
  sessionTimeoutMs: number;
  /** Per connection attempt; default: the session timeout divided by the number of servers. */
  connectTimeoutMs?: number;
  /** Default bound of requests on the connection. */
  requestTimeoutMs: number;
  sessionId?: number;
  sessionPassword?: Uint8Array;
  watchPaths(): WatchPaths;
  /** A znode event from the server. */
  onEvent(event: WatchedEvent): void;
  /** The session's state changed. */
  onChange(change: SessionChange): void;
}

const EMPTY = new Uint8Array(0);
const PING = pb.Request.encode({ ping: {} }).finish();

export class SessionConnection {
  readonly #options: SessionConnectionOptions;
  readonly #connector: Connector<logkeeper.coordination.Connected>;
  #state: KeeperStateName = 'connecting';
  #everConnected = false;
  #sessionId: number;
  #secret: Uint8Array;
  #timeoutMs: number;
  #lastZxid = 0;
  #pingTimer: Timer | null = null;
  #probeTimer: Timer | null = null;
  /** Events that came on the connection being opened, before it was ready. */
  #early: { peer: RpcPeer; events: WatchedEvent[] } | null = null;

  constructor(options: SessionConnectionOptions) {
    this.#options = options;
    this.#sessionId = options.sessionId ?? 0;
    this.#secret = options.sessionId ? options.sessionPassword ?? EMPTY : EMPTY;
    this.#timeoutMs = options.sessionTimeoutMs;
    const router = new Router().handleNotice('keeper.event', (payload, context) => this.#onEvent(context.peer, decodeWire(pb.WatcherEvent, payload)));
    this.#connector = new Connector<logkeeper.coordination.Connected>(
      {
        transport: options.transport,
        servers: options.servers,
        clock: options.clock,
        random: options.random,
        router,
        requestTimeoutMs: options.requestTimeoutMs,
        attemptTimeoutMs: () => options.connectTimeoutMs ?? Math.max(100, Math.floor(this.#timeoutMs / options.servers.length)),
        roundPauseMs: () => options.random.int(Math.min(1000, this.#timeoutMs / 10)) + 1,
        open: (peer, _address, signal) => this.#open(peer, signal),
        isFatal: (error) => error.code === 'SESSION_EXPIRED' || error.code === 'AUTHENTICATION_FAILED',
      },
      {
        ready: (link) => this.#ready(link),
        lost: () => this.#lost(),
        fatal: (error) => (error.code === 'SESSION_EXPIRED' ? this.expire() : this.#authFailed(error)),
      },
    );
    this.#connector.start();
  }

  get state(): KeeperStateName {
    return this.#state;
  }

  get terminal(): boolean {
    return this.#state === 'expired' || this.#state === 'closed' || this.#state === 'authFailed';
  }

  get sessionId(): number {
    return this.#sessionId;
  }

  get secret(): Uint8Array {
    return this.#secret;
  }

  get timeoutMs(): number {
    return this.#timeoutMs;
  }

  get lastZxid(): number {
    return this.#lastZxid;
  }

  /** The address of the server the session is on, if connected. */
  get server(): string | null {
    return this.#connector.link?.address ?? null;
  }

  /** The connection to use for a request (now, or once connected). */
  async whenReady(signal: AbortSignal | undefined, timeoutMs: number): Promise<RpcPeer> {
    return (await this.#connector.whenReady(signal, timeoutMs)).peer;
  }

  /** Notes a zxid the session has seen (replies and events carry them). */
  saw(zxid: number): void {
    if (zxid > this.#lastZxid) this.#lastZxid = zxid;
  }

  /** The session is gone (the server said so): terminal. */
  expire(): void {
    if (this.terminal) return;
    this.#finish('expired', new SessionExpiredError('The session has expired'));
    this.#connector.link?.peer.close();
  }

  /**
   * Ends the session: the server is asked to close it (its ephemerals go at once) when one is
   * connected; otherwise it ends by expiry.
   */
  async close(options: { timeoutMs: number; signal?: AbortSignal }): Promise<void> {
    if (this.#state === 'closed') return;
    const link = this.#connector.link;
    const wasLive = !this.terminal && link !== null;
    this.#finish('closed', new ConnectionClosedError('The Keeper is closed'));
    if (wasLive) {
      try {
        await link.peer.request('keeper.request', pb.Request.encode({ close: {} }).finish(), options);
      } catch {
        // The session then ends by expiry.
      }
    }
    link?.peer.close();
  }

  // ---- the connection's life ----

  async #open(peer: RpcPeer, signal: AbortSignal): Promise<logkeeper.coordination.Connected> {
    const watches = this.#options.watchPaths();
    const request = pb.ConnectRequest.encode({
      sessionId: this.#sessionId,
      secret: this.#secret,
      timeoutMs: this.#options.sessionTimeoutMs,
      lastZxid: this.#lastZxid,
      dataWatches: watches.data,
      existWatches: watches.exist,
      childWatches: watches.child,
      persistentWatches: watches.persistent,
      recursiveWatches: watches.recursive,
    }).finish();
    this.#early = { peer, events: [] };
    // The Connector's attempt bound aborts `signal`.
    const bytes = await peer.request('keeper.connect', request, { signal });
    return decodeWire(pb.Connected, bytes);
  }

  #ready(link: Link<logkeeper.coordination.Connected>): void {
    const connected = link.opened;
    this.#sessionId = connected.sessionId;
    this.#secret = connected.secret.slice();
    this.#timeoutMs = connected.timeoutMs || this.#timeoutMs;
    this.saw(connected.zxid ?? 0);
    const first = !this.#everConnected;
    this.#everConnected = true;
    this.#state = connected.readOnly ? 'readonly' : 'connected';
    this.#options.onChange(first ? 'connected' : 'reconnected');
    if (connected.readOnly) this.#options.onChange('readonly');
    const early = this.#early?.peer === link.peer ? this.#early.events : [];
    this.#early = null;
    for (const event of early) this.#dispatch(event);
    this.#armPing(link);
    if (connected.readOnly) this.#armProbe(link);
  }

  #lost(): void {
    this.#stopTimers();
    if (this.terminal) return;
    this.#state = 'disconnected';
    this.#options.onChange('disconnected');
  }

  #authFailed(error: LogkeeperError): void {
    if (this.terminal) return;
    this.#finish('authFailed', new AuthenticationFailedError(error.message, { cause: error }));
  }

  /** Ends for good: no more attempts, waiting calls fail with `error`. */
  #finish(state: 'expired' | 'closed' | 'authFailed', error: LogkeeperError): void {
    this.#state = state;
    this.#stopTimers();
    this.#connector.stop(error);
    this.#options.onChange(state);
  }

  #armPing(link: Link): void {
    const interval = Math.max(1, Math.floor(this.#timeoutMs / 3));
    this.#pingTimer = this.#options.clock.setTimer(interval, () => {
      this.#pingTimer = null;
      if (this.#connector.link !== link) return;
      // A ping unanswered within a third of the timeout drops the connection: it is noticed at
      // most two thirds of the timeout after the server went quiet (ZooKeeper's readTimeout),
      // leaving a third to reach another server before the session expires.
      link.peer.request('keeper.request', PING, { timeoutMs: interval }).then(
        (bytes) => {
          if (this.#connector.link !== link) return;
          const reply = decodeWire(pb.Reply, bytes);
          this.saw(reply.zxid ?? 0);
          this.#readOnly(link, reply.readOnly === true);
        },
        (error: LogkeeperError) => {
          if (error.code === 'SESSION_EXPIRED') this.expire();
          else if (this.#connector.link === link) link.peer.close(); // a silent server: move on
        },
      );
      this.#armPing(link);
    });
  }

  #readOnly(link: Link, readOnly: boolean): void {
    if (readOnly && this.#state === 'connected') {
      this.#state = 'readonly';
      this.#options.onChange('readonly');
      this.#armProbe(link);
    } else if (!readOnly && this.#state === 'readonly') {
      this.#state = 'connected';
      this.#options.onChange('writable');
    }
  }

  /** While on a read-only server, looks at the others, one per ping interval, for one that can write. */
  #armProbe(link: Link): void {
    if (this.#probeTimer || this.#options.servers.length < 2) return;
    const interval = Math.max(1, Math.floor(this.#timeoutMs / 3));
    this.#probeTimer = this.#options.clock.setTimer(interval, () => {
      this.#probeTimer = null;
      if (this.#connector.link !== link || this.#state !== 'readonly') return;
      const candidate = this.#connector.nextServer(link.address);
      void this.#probe(candidate, interval).then((writable) => {
        if (writable && this.#connector.link === link && this.#state === 'readonly') this.#connector.drop(candidate);
      });
      this.#armProbe(link);
    });
  }

  async #probe(address: string, timeoutMs: number): Promise<boolean> {
    const { clock, transport } = this.#options;
    const abort = new AbortController();
    const timer = clock.setTimer(timeoutMs, () => abort.abort());
    try {
      const connection = await transport.connect(address, { signal: abort.signal });
      const peer = new RpcPeer(connection, { clock, requestTimeoutMs: timeoutMs });
      try {
        const reply = decodeWire(pb.Reply, await peer.request('keeper.status', EMPTY, { signal: abort.signal }));
        return reply.readOnly !== true;
      } finally {
        peer.close();
      }
    } catch {
      return false;
    } finally {
      clock.cancel(timer);
    }
  }

  #stopTimers(): void {
    for (const timer of [this.#pingTimer, this.#probeTimer]) if (timer) this.#options.clock.cancel(timer);
    this.#pingTimer = null;
    this.#probeTimer = null;
  }

  // ---- events ----

  #onEvent(peer: RpcPeer, wire: logkeeper.coordination.WatcherEvent): void {
    const event = new WatchedEvent(wire.type as EventType, wire.state as KeeperState, wire.path ?? '', wire.zxid ?? 0);
    if (event.type === EventType.None) {
      if (event.state === KeeperState.Expired || event.state === KeeperState.Closed) queueMicrotask(() => this.expire());
      return;
    }
    if (this.#connector.link?.peer === peer) queueMicrotask(() => this.#dispatch(event));
    else if (this.#early?.peer === peer) this.#early.events.push(event);
  }

  #dispatch(event: WatchedEvent): void {
    if (this.terminal) return;
    this.saw(event.zxid);
    this.#options.onEvent(event);
  }
}
