import {
  AbortedError,
  BadArgumentsError,
  ConnectionClosedError,
  ConnectionLossError,
  errorFromCode,
  LogkeeperError,
  NoWatcherError,
  SessionExpiredError,
  toLogkeeperError,
} from '../errors/index.js';
import { RpcPeer, Router } from '../rpc/index.js';
import { realClock } from '../time/real-clock.js';
import { Random } from '../time/random.js';
import type { Clock, Timer } from '../time/clock.js';
import type { Transport } from '../../transports/transport.js';
import { decodeWire, opResultFromWire, OperationType, pb, ReadKind, statFrom } from './codec.js';
import { Emitter } from './emitter.js';
import type { logkeeper } from './generated/coordination.js';
import { ancestorsOf, validatePath } from './path.js';
import {
  AddWatchMode,
  CreateMode,
  EventType,
  isCreateMode,
  isSequential,
  isTtl,
  KeeperState,
  WatcherType,
  type Op,
  type OpResult,
  type Stat,
  type WatchedEvent,
  type Watcher,
} from './types.js';

/*
 * How this works. A Keeper is one session with the ensemble, over one connection at a
 * time. It connects to a server from its list (shuffled), opens or resumes the session
 * (`keeper.connect`), pings every third of the session timeout and drops a connection that
 * stops answering, and then tries the next server with the session's id and secret — the
 * session, its ephemerals and (re-registered) watches survive as long as it gets back
 * within the timeout. A server that knows no leader serves reads only: the Keeper says
 * `readonly`, keeps reading there, and probes the other servers for one that can write.
 *
 * Watch events arrive as requests from the server on the same connection. Each is handed
 * to the watchers in its own microtask, in arrival order, and a reply's watch registration
 * happens in the first reaction to that reply: so events and replies reach the caller in
 * the order the server sent them (a watch event before the data that triggered it).
 */

export type KeeperStateName = 'connecting' | 'connected' | 'readonly' | 'disconnected' | 'expired' | 'closed';

export interface KeeperOptions {
  transport: Transport;
  /** The servers' client addresses; tried in a shuffled order. */
  servers: string[];
  /** The session timeout asked for; the server bounds it (see `sessionTimeout`). Default 10 s. */
  sessionTimeoutMs?: number;
  clock?: Clock;
  /** Seed or source for the server order and back-off. */
  random?: Random | number | string;
  /** Per connection attempt; default: the session timeout divided by the number of servers. */
  connectTimeoutMs?: number;
  /** Bound of every call (waiting for a connection included); default 30 s. */
  requestTimeoutMs?: number;
  /** The default watcher: session events, and events of reads made with `watch: true`. */
  watcher?: Watcher;
  /** Resume this session instead of opening one (with its `sessionPassword`). */
  sessionId?: number;
  sessionPassword?: Uint8Array;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface CreateOptions extends CallOptions {
  mode?: CreateMode;
  /** For the TTL modes: ms without a change (and without children) before the server removes it. */
  ttl?: number;
}

/** `true`: the default watcher; a function: that watcher. */
export type WatchArg = boolean | Watcher | undefined;

export interface KeeperEvents {
  /** The session is established (first connection). */
  connected: [];
  /** The connection was lost; the Keeper is trying the servers again. Act conservatively. */
  disconnected: [];
  /** Connected again within the session timeout: ephemerals and watches are intact. */
  reconnected: [];
  /** The connected server cannot reach a quorum: reads only, the session may be expiring. */
  readonly: [];
  /** The session is gone (terminal): its ephemerals are deleted; make a new Keeper. */
  expired: [];
  /** `close()` finished. */
  closed: [];
  /** Every state change. */
  state: [KeeperStateName];
  /** Events for the default watcher. */
  watch: [WatchedEvent];
}

/** A multi that failed: the first failure's error, with every operation's result. */
export type MultiError = LogkeeperError & { results: OpResult[]; failedIndex: number };

interface Conn {
  readonly peer: RpcPeer;
  readonly address: string;
  ready: boolean;
  buffered: WatchedEvent[];
}

interface Waiter {
  resolve(peer: RpcPeer): void;
  reject(error: Error): void;
  timer: Timer;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

const EMPTY = new Uint8Array(0);

export class Keeper extends Emitter<KeeperEvents> {
  readonly transport: Transport;
  readonly clock: Clock;
  readonly requestTimeoutMs: number;
  readonly requestedTimeoutMs: number;

  readonly #random: Random;
  readonly #connectTimeoutMs: number | undefined;
  readonly #servers: string[];
  readonly #defaultWatcher: Watcher;
  readonly #userWatcher: Watcher | undefined;
  #next = 0;
  #failedInRound = 0;
  #state: KeeperStateName = 'connecting';
  #everConnected = false;
  #sessionId = 0;
  #secret: Uint8Array = EMPTY;
  #timeoutMs: number;
  #lastZxid = 0;
  #conn: Conn | null = null;
  #attempting = false;
  #retryTimer: Timer | null = null;
  #pingTimer: Timer | null = null;
  #probeTimer: Timer | null = null;
  #prefer: string | null = null;
  #waiters: Waiter[] = [];
  readonly #data = new Map<string, Set<Watcher>>();
  readonly #exist = new Map<string, Set<Watcher>>();
  readonly #child = new Map<string, Set<Watcher>>();
  readonly #persistent = new Map<string, Set<Watcher>>();
  readonly #recursive = new Map<string, Set<Watcher>>();

  constructor(options: KeeperOptions) {
    super();
    if (!options || typeof options.transport?.connect !== 'function') throw new BadArgumentsError('A transport is required');
    if (!Array.isArray(options.servers) || options.servers.length === 0 || options.servers.some((s) => typeof s !== 'string' || s.length === 0)) {
      throw new BadArgumentsError('servers must be a non-empty list of addresses');
    }
    this.transport = options.transport;
    this.clock = options.clock ?? realClock;
    this.#random = options.random instanceof Random ? options.random : new Random(options.random ?? 'keeper');
    this.#servers = this.#random.shuffle([...options.servers]);
    this.requestedTimeoutMs = options.sessionTimeoutMs ?? 10_000;
    if (!(this.requestedTimeoutMs > 0)) throw new BadArgumentsError('sessionTimeoutMs must be positive');
    this.#timeoutMs = this.requestedTimeoutMs;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.#connectTimeoutMs = options.connectTimeoutMs;
    this.#userWatcher = options.watcher;
    this.#defaultWatcher = (event) => {
      this.emit('watch', event);
      this.#userWatcher?.(event);
    };
    if (options.sessionId) {
      this.#sessionId = options.sessionId;
      this.#secret = options.sessionPassword ?? EMPTY;
    }
    this.#attempt();
  }

  /** A Keeper whose session is established (rejects if it expires or is refused first). */
  static async connect(options: KeeperOptions & CallOptions): Promise<Keeper> {
    const keeper = new Keeper(options);
    try {
      await keeper.#whenConnected(options.signal, options.timeoutMs ?? keeper.requestTimeoutMs);
    } catch (error) {
      await keeper.close().catch(() => {});
      throw error;
    }
    return keeper;
  }

  // ---- state ----

  get state(): KeeperStateName {
    return this.#state;
  }

  /** The session's id (0 until the first connection). */
  get sessionId(): number {
    return this.#sessionId;
  }

  /** The session's secret: with `sessionId`, another Keeper can resume the session. */
  get sessionPassword(): Uint8Array {
    return this.#secret.slice();
  }

  /** The negotiated session timeout. */
  get sessionTimeout(): number {
    return this.#timeoutMs;
  }

  /** The newest zxid this session has seen. */
  get lastZxid(): number {
    return this.#lastZxid;
  }

  /** The address of the server this Keeper is connected to, if any. */
  get server(): string | null {
    return this.#conn?.ready ? this.#conn.address : null;
  }

  /** Resolves once connected (now, if already). */
  async connected(options: CallOptions = {}): Promise<void> {
    await this.#whenConnected(options.signal, options.timeoutMs ?? this.requestTimeoutMs);
  }

  // ---- operations (ZooKeeper's names) ----

  /** Creates a znode and resolves with its path (with the counter, for a sequential one). */
  async create(path: string, data: Uint8Array | string = EMPTY, options: CreateMode | CreateOptions = {}): Promise<string> {
    return (await this.create2(path, data, options)).path;
  }

  /** create, resolving with the path and the new znode's stat (ZooKeeper's create2). */
  async create2(path: string, data: Uint8Array | string = EMPTY, options: CreateMode | CreateOptions = {}): Promise<{ path: string; stat: Stat }> {
    const o = typeof options === 'number' ? { mode: options } : options;
    const op = checkOp({ type: 'create', path, data: bytesOf(data), mode: o.mode ?? CreateMode.PERSISTENT, ttl: o.ttl });
    const reply = await this.#call({ txn: { ops: [op], multi: false } }, o);
    const result = reply.results?.[0];
    return { path: result?.path ?? path, stat: statFrom(result?.stat) };
  }

  /** Deletes a znode if its version matches (-1: any). */
  async delete(path: string, version = -1, options: CallOptions = {}): Promise<void> {
    await this.#call({ txn: { ops: [checkOp({ type: 'delete', path, version })], multi: false } }, options);
  }

  /** The znode's stat, or null; `watch` fires on its creation, change or deletion. */
  async exists(path: string, watch?: WatchArg, options: CallOptions = {}): Promise<Stat | null> {
    validatePath(path);
    const watcher = this.#watcherOf(watch);
    const reply = await this.#call({ read: { kind: ReadKind.EXISTS, path, watch: watcher !== null } }, options, (r) => {
      if (watcher) add(r.found ? this.#data : this.#exist, path, watcher);
    });
    return reply.found ? statFrom(reply.stat) : null;
  }

  async getData(path: string, watch?: WatchArg, options: CallOptions = {}): Promise<{ data: Uint8Array; stat: Stat }> {
    validatePath(path);
    const watcher = this.#watcherOf(watch);
    const reply = await this.#call({ read: { kind: ReadKind.GET_DATA, path, watch: watcher !== null } }, options, () => {
      if (watcher) add(this.#data, path, watcher);
    });
    return { data: reply.data ?? EMPTY, stat: statFrom(reply.stat) };
  }

  /** Replaces the data if the version matches (-1: any); resolves with the new stat. */
  async setData(path: string, data: Uint8Array | string, version = -1, options: CallOptions = {}): Promise<Stat> {
    const reply = await this.#call({ txn: { ops: [checkOp({ type: 'setData', path, data: bytesOf(data), version })], multi: false } }, options);
    return statFrom(reply.results?.[0]?.stat);
  }

  /** The children's names (in no promised order); `watch` fires when a child is added or removed, or the znode goes. */
  async getChildren(path: string, watch?: WatchArg, options: CallOptions = {}): Promise<string[]> {
    return (await this.getChildren2(path, watch, options)).children;
  }

  /** getChildren with the parent's stat. */
  async getChildren2(path: string, watch?: WatchArg, options: CallOptions = {}): Promise<{ children: string[]; stat: Stat }> {
    validatePath(path);
    const watcher = this.#watcherOf(watch);
    const reply = await this.#call({ read: { kind: ReadKind.GET_CHILDREN, path, watch: watcher !== null } }, options, () => {
      if (watcher) add(this.#child, path, watcher);
    });
    return { children: reply.children ?? [], stat: statFrom(reply.stat) };
  }

  /** How many znodes are below `path` (all levels). */
  async getAllChildrenNumber(path: string, options: CallOptions = {}): Promise<number> {
    validatePath(path);
    return (await this.#call({ read: { kind: ReadKind.GET_ALL_CHILDREN_NUMBER, path } }, options)).count ?? 0;
  }

  /** This session's ephemeral znodes whose path starts with `prefix`. */
  async getEphemerals(prefix = '/', options: CallOptions = {}): Promise<string[]> {
    validatePath(prefix);
    return (await this.#call({ read: { kind: ReadKind.GET_EPHEMERALS, path: prefix } }, options)).children ?? [];
  }

  /**
   * Applies every operation or none. On failure it rejects with the first failing
   * operation's error, carrying `results` (see OpResult) and `failedIndex`.
   */
  async multi(ops: Op[], options: CallOptions = {}): Promise<OpResult[]> {
    if (!Array.isArray(ops)) throw new BadArgumentsError('multi takes a list of operations');
    const wire = ops.map(checkOp);
    const reply = await this.#call({ txn: { ops: wire, multi: true } }, options);
    const results = (reply.results ?? []).map(opResultFromWire);
    if (reply.failed) {
      const failedIndex = results.findIndex((r) => r.type === 'error' && r.code !== 'OK' && r.code !== 'RUNTIME_INCONSISTENCY');
      const code = failedIndex >= 0 ? (results[failedIndex] as { code: string }).code : 'RUNTIME_INCONSISTENCY';
      const error = errorFromCode(code, `multi failed at operation ${failedIndex}: ${code}`) as MultiError;
      error.results = results;
      error.failedIndex = failedIndex;
      throw error;
    }
    return results;
  }

  /** A multi built step by step: `keeper.transaction().create(...).check(...).commit()`. */
  transaction(): Transaction {
    return new Transaction(this);
  }

  /** Makes this session's next reads see every write committed before the sync (ZooKeeper's sync). */
  async sync(path = '/', options: CallOptions = {}): Promise<void> {
    validatePath(path);
    await this.#call({ sync: { path } }, options);
  }

  /** A watch that stays until removed: PERSISTENT (this znode) or PERSISTENT_RECURSIVE (and all below). */
  async addWatch(path: string, watcher: Watcher, mode: AddWatchMode = AddWatchMode.PERSISTENT, options: CallOptions = {}): Promise<void> {
    validatePath(path);
    if (typeof watcher !== 'function') throw new BadArgumentsError('A watcher must be a function');
    if (mode !== AddWatchMode.PERSISTENT && mode !== AddWatchMode.PERSISTENT_RECURSIVE) throw new BadArgumentsError(`Unknown watch mode ${mode}`);
    await this.#call({ addWatch: { path, mode } }, options, () => {
      add(mode === AddWatchMode.PERSISTENT ? this.#persistent : this.#recursive, path, watcher);
    });
  }

  /**
   * Removes `watcher`'s watches of `type` on `path` (NO_WATCHER if it has none); it gets a
   * DataWatchRemoved / ChildWatchRemoved / PersistentWatchRemoved event. With `local`, only
   * this client forgets it (works while disconnected).
   */
  async removeWatches(path: string, watcher: Watcher, type: WatcherType = WatcherType.Any, local = false, options: CallOptions = {}): Promise<void> {
    await this.#removeWatches(path, watcher, type, local, options);
  }

  /** Removes every watcher of `type` on `path`. */
  async removeAllWatches(path: string, type: WatcherType = WatcherType.Any, local = false, options: CallOptions = {}): Promise<void> {
    await this.#removeWatches(path, null, type, local, options);
  }

  /** Ends the session: its ephemerals go at once and watchers everywhere hear of it. */
  async close(options: CallOptions = {}): Promise<void> {
    if (this.#state === 'closed') return;
    const conn = this.#conn;
    const wasLive = this.#state !== 'expired' && conn?.ready === true;
    this.#finish('closed');
    if (wasLive && conn) {
      try {
        await conn.peer.request('keeper.request', pb.Request.encode({ close: {} }).finish(), {
          timeoutMs: options.timeoutMs ?? this.requestTimeoutMs,
          signal: options.signal,
        });
      } catch {
        // The session then ends by expiry.
      }
    }
    conn?.peer.close();
    this.emit('closed');
  }

  // ---- requests ----

  async #call(
    request: logkeeper.coordination.IRequest,
    options: CallOptions,
    onReply?: (reply: logkeeper.coordination.Reply) => void,
  ): Promise<logkeeper.coordination.Reply> {
    const timeoutMs = options.timeoutMs ?? this.requestTimeoutMs;
    const started = this.clock.now();
    const peer = await this.#whenConnected(options.signal, timeoutMs);
    const remaining = Math.max(1, timeoutMs - (this.clock.now() - started));
    const payload = pb.Request.encode(request).finish();
    // The reply is decoded, and its watch registered, in the first reaction to it (see the top).
    return peer.request('keeper.request', payload, { timeoutMs: remaining, signal: options.signal }).then(
      (bytes) => {
        const reply = decodeWire(pb.Reply, bytes);
        this.#saw(reply.zxid ?? 0);
        onReply?.(reply);
        return reply;
      },
      (error: unknown) => {
        const e = toLogkeeperError(error);
        if (e.code === 'SESSION_EXPIRED') this.#expire();
        throw e;
      },
    );
  }

  #whenConnected(signal: AbortSignal | undefined, timeoutMs: number): Promise<RpcPeer> {
    if (this.#state === 'closed') return Promise.reject(new ConnectionClosedError('The Keeper is closed'));
    if (this.#state === 'expired') return Promise.reject(new SessionExpiredError('The session has expired'));
    if (signal?.aborted) return Promise.reject(new AbortedError('Aborted'));
    if (this.#conn?.ready) return Promise.resolve(this.#conn.peer);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: undefined,
        timer: this.clock.setTimer(timeoutMs, () => {
          this.#dropWaiter(waiter);
          reject(new ConnectionLossError(`Not connected to any server within ${timeoutMs} ms`));
        }),
      };
      if (signal) {
        waiter.onAbort = () => {
          this.#dropWaiter(waiter);
          this.clock.cancel(waiter.timer);
          reject(new AbortedError('Aborted'));
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#waiters.push(waiter);
    });
  }

  #dropWaiter(waiter: Waiter): void {
    const i = this.#waiters.indexOf(waiter);
    if (i >= 0) this.#waiters.splice(i, 1);
    if (waiter.onAbort) waiter.signal!.removeEventListener('abort', waiter.onAbort);
  }

  #releaseWaiters(error: Error | null, peer?: RpcPeer): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) {
      this.clock.cancel(w.timer);
      if (w.onAbort) w.signal!.removeEventListener('abort', w.onAbort);
      if (error) w.reject(error);
      else w.resolve(peer!);
    }
  }

  #saw(zxid: number): void {
    if (zxid > this.#lastZxid) this.#lastZxid = zxid;
  }

  #watcherOf(watch: WatchArg): Watcher | null {
    if (watch === true) return this.#defaultWatcher;
    if (typeof watch === 'function') return watch;
    if (watch === undefined || watch === false) return null;
    throw new BadArgumentsError('watch must be a boolean or a function');
  }

  async #removeWatches(path: string, watcher: Watcher | null, type: WatcherType, local: boolean, options: CallOptions): Promise<void> {
    validatePath(path);
    if (![WatcherType.Children, WatcherType.Data, WatcherType.Any, WatcherType.Persistent, WatcherType.PersistentRecursive].includes(type)) {
      throw new BadArgumentsError(`Unknown watcher type ${type}`);
    }
    const tables: Array<[Map<string, Set<Watcher>>, WatcherType, number]> = [];
    if (type === WatcherType.Data || type === WatcherType.Any) {
      tables.push([this.#data, WatcherType.Data, EventType.DataWatchRemoved], [this.#exist, WatcherType.Data, EventType.DataWatchRemoved]);
    }
    if (type === WatcherType.Children || type === WatcherType.Any) tables.push([this.#child, WatcherType.Children, EventType.ChildWatchRemoved]);
    if (type === WatcherType.Persistent || type === WatcherType.Any) tables.push([this.#persistent, WatcherType.Persistent, EventType.PersistentWatchRemoved]);
    if (type === WatcherType.PersistentRecursive || type === WatcherType.Any) {
      tables.push([this.#recursive, WatcherType.PersistentRecursive, EventType.PersistentWatchRemoved]);
    }
    const matching = tables.filter(([table]) => {
      const set = table.get(path);
      return set !== undefined && (watcher === null ? set.size > 0 : set.has(watcher));
    });
    if (matching.length === 0) throw new NoWatcherError(`No watcher of type ${type} on '${path}'`);
    if (!local) {
      // Ask the server to drop a kind only when no other watcher of this client still needs it.
      const serverKinds = new Set<WatcherType>();
      for (const [table, kind] of matching) {
        const set = table.get(path)!;
        if (watcher === null || set.size === 1) serverKinds.add(kind);
      }
      for (const kind of serverKinds) {
        try {
          await this.#call({ removeWatches: { path, type: kind } }, options);
        } catch (error) {
          // The server may have fired and dropped the one-shot watch already.
          if ((error as LogkeeperError).code !== 'NO_WATCHER') throw error;
        }
      }
    }
    const notified = new Map<Watcher, number>();
    for (const [table, , eventType] of matching) {
      const set = table.get(path)!;
      const removed = watcher === null ? [...set] : [watcher];
      for (const w of removed) {
        set.delete(w);
        notified.set(w, eventType);
      }
      if (set.size === 0) table.delete(path);
    }
    for (const [w, eventType] of notified) {
      this.#callWatcher(w, { type: eventType as WatchedEvent['type'], state: KeeperState.SyncConnected, path, zxid: this.#lastZxid });
    }
  }

  // ---- connections ----

  #attempt(): void {
    if (this.#attempting || this.#conn || this.#terminal()) return;
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
        const e = toLogkeeperError(error);
        if (e.code === 'SESSION_EXPIRED') {
          this.#expire();
          return;
        }
        if (this.#terminal()) return;
        this.#failedInRound++;
        // Straight on to the next server; after a whole round of failures, a short random pause.
        const delay = this.#failedInRound % this.#servers.length === 0 ? this.#random.int(Math.min(1000, this.#timeoutMs / 10)) + 1 : 0;
        this.#retryTimer = this.clock.setTimer(delay, () => {
          this.#retryTimer = null;
          this.#attempt();
        });
      },
    );
  }

  async #connectTo(address: string): Promise<void> {
    const timeoutMs = this.#connectTimeoutMs ?? Math.max(100, Math.floor(this.#timeoutMs / this.#servers.length));
    const abort = new AbortController();
    const timer = this.clock.setTimer(timeoutMs, () => abort.abort());
    let conn: Conn | null = null;
    try {
      const connection = await this.transport.connect(address, { signal: abort.signal });
      if (this.#terminal()) {
        connection.close();
        return;
      }
      const router = new Router().handleNotice('keeper.event', (payload) => {
        if (conn) this.#onEvent(conn, decodeWire(pb.WatcherEvent, payload));
      });
      const peer = new RpcPeer(connection, { clock: this.clock, router, requestTimeoutMs: this.requestTimeoutMs });
      const c: Conn = { peer, address, ready: false, buffered: [] };
      conn = c;
      peer.onClose(() => this.#lost(c));
      const request = pb.ConnectRequest.encode({
        sessionId: this.#sessionId,
        secret: this.#secret,
        timeoutMs: this.requestedTimeoutMs,
        lastZxid: this.#lastZxid,
        dataWatches: [...this.#data.keys()],
        existWatches: [...this.#exist.keys()],
        childWatches: [...this.#child.keys()],
        persistentWatches: [...this.#persistent.keys()],
        recursiveWatches: [...this.#recursive.keys()],
      }).finish();
      const bytes = await peer.request('keeper.connect', request, { timeoutMs, signal: abort.signal });
      this.#connected(c, decodeWire(pb.Connected, bytes));
    } catch (error) {
      conn?.peer.close();
      if ((error as LogkeeperError).code === 'ABORTED') throw new ConnectionLossError(`No session from ${address} within ${timeoutMs} ms`);
      throw error;
    } finally {
      this.clock.cancel(timer);
    }
  }

  #connected(conn: Conn, connected: logkeeper.coordination.Connected): void {
    if (this.#terminal() || conn.peer.closed) {
      conn.peer.close();
      return;
    }
    this.#sessionId = connected.sessionId;
    this.#secret = connected.secret.slice();
    this.#timeoutMs = connected.timeoutMs || this.#timeoutMs;
    this.#saw(connected.zxid ?? 0);
    this.#conn = conn;
    conn.ready = true;
    const first = !this.#everConnected;
    this.#everConnected = true;
    this.#setState(connected.readOnly ? 'readonly' : 'connected');
    if (first) this.emit('connected');
    else this.emit('reconnected');
    if (connected.readOnly) this.emit('readonly');
    this.#sessionEvent(connected.readOnly ? KeeperState.ConnectedReadOnly : KeeperState.SyncConnected);
    const buffered = conn.buffered;
    conn.buffered = [];
    for (const event of buffered) this.#dispatch(event);
    this.#releaseWaiters(null, conn.peer);
    this.#armPing();
    if (connected.readOnly) this.#armProbe();
  }

  #lost(conn: Conn): void {
    if (this.#conn !== conn) return;
    this.#conn = null;
    this.#stopTimers();
    if (this.#terminal()) return;
    this.#setState('disconnected');
    this.emit('disconnected');
    this.#sessionEvent(KeeperState.Disconnected);
    this.#attempt();
  }

  #armPing(): void {
    const conn = this.#conn;
    if (!conn) return;
    const interval = Math.max(1, Math.floor(this.#timeoutMs / 3));
    this.#pingTimer = this.clock.setTimer(interval, () => {
      this.#pingTimer = null;
      if (this.#conn !== conn) return;
      // A ping unanswered within a third of the timeout drops the connection: it is noticed at
      // most two thirds of the timeout after the server went quiet (ZooKeeper's readTimeout),
      // leaving a third to reach another server before the session expires.
      conn.peer.request('keeper.request', PING, { timeoutMs: interval }).then(
        (bytes) => {
          if (this.#conn !== conn) return;
          const reply = decodeWire(pb.Reply, bytes);
          this.#saw(reply.zxid ?? 0);
          this.#readOnly(reply.readOnly === true);
        },
        (error: LogkeeperError) => {
          if (error.code === 'SESSION_EXPIRED') this.#expire();
          else if (this.#conn === conn) conn.peer.close(); // a silent server: move on
        },
      );
      this.#armPing();
    });
  }

  #readOnly(readOnly: boolean): void {
    if (readOnly && this.#state === 'connected') {
      this.#setState('readonly');
      this.emit('readonly');
      this.#sessionEvent(KeeperState.ConnectedReadOnly);
      this.#armProbe();
    } else if (!readOnly && this.#state === 'readonly') {
      this.#setState('connected');
      this.emit('reconnected');
      this.#sessionEvent(KeeperState.SyncConnected);
    }
  }

  /** While on a read-only server, looks at the others, one per ping interval, for one that can write. */
  #armProbe(): void {
    if (this.#probeTimer || this.#servers.length < 2) return;
    const interval = Math.max(1, Math.floor(this.#timeoutMs / 3));
    this.#probeTimer = this.clock.setTimer(interval, () => {
      this.#probeTimer = null;
      const current = this.#conn;
      if (!current || this.#state !== 'readonly') return;
      let candidate = this.#servers[this.#next % this.#servers.length]!;
      this.#next++;
      if (candidate === current.address) candidate = this.#servers[this.#next++ % this.#servers.length]!;
      void this.#probe(candidate, interval).then((writable) => {
        if (writable && this.#conn === current && this.#state === 'readonly') {
          this.#prefer = candidate;
          current.peer.close();
        }
      });
      this.#armProbe();
    });
  }

  async #probe(address: string, timeoutMs: number): Promise<boolean> {
    const abort = new AbortController();
    const timer = this.clock.setTimer(timeoutMs, () => abort.abort());
    try {
      const connection = await this.transport.connect(address, { signal: abort.signal });
      const peer = new RpcPeer(connection, { clock: this.clock, requestTimeoutMs: timeoutMs });
      try {
        const reply = decodeWire(pb.Reply, await peer.request('keeper.status', EMPTY, { signal: abort.signal }));
        return reply.readOnly !== true;
      } finally {
        peer.close();
      }
    } catch {
      return false;
    } finally {
      this.clock.cancel(timer);
    }
  }

  #stopTimers(): void {
    for (const timer of [this.#pingTimer, this.#probeTimer]) if (timer) this.clock.cancel(timer);
    this.#pingTimer = null;
    this.#probeTimer = null;
  }

  #terminal(): boolean {
    return this.#state === 'expired' || this.#state === 'closed';
  }

  #setState(state: KeeperStateName): void {
    if (this.#state === state) return;
    this.#state = state;
    this.emit('state', state);
  }

  #expire(): void {
    if (this.#terminal()) return;
    this.#finish('expired');
    this.emit('expired');
  }

  /** Ends for good: expired or closed. */
  #finish(state: 'expired' | 'closed'): void {
    const conn = this.#conn;
    this.#setState(state);
    this.#stopTimers();
    if (this.#retryTimer) this.clock.cancel(this.#retryTimer);
    this.#retryTimer = null;
    this.#releaseWaiters(state === 'expired' ? new SessionExpiredError('The session has expired') : new ConnectionClosedError('The Keeper is closed'));
    this.#sessionEvent(state === 'expired' ? KeeperState.Expired : KeeperState.Closed);
    for (const table of [this.#data, this.#exist, this.#child, this.#persistent, this.#recursive]) table.clear();
    if (state === 'expired') {
      this.#conn = null;
      conn?.peer.close();
    }
  }

  // ---- events ----

  #onEvent(conn: Conn, wire: logkeeper.coordination.WatcherEvent): void {
    const event: WatchedEvent = {
      type: wire.type as WatchedEvent['type'],
      state: wire.state as WatchedEvent['state'],
      path: wire.path ?? '',
      zxid: wire.zxid ?? 0,
    };
    if (event.type === EventType.None) {
      if (event.state === KeeperState.Expired || event.state === KeeperState.Closed) queueMicrotask(() => this.#expire());
      return;
    }
    if (!conn.ready) {
      conn.buffered.push(event);
      return;
    }
    queueMicrotask(() => this.#dispatch(event));
  }

  /** Hands a znode event to its watchers, each once, taking the one-shot ones out (ZooKeeper's materialize). */
  #dispatch(event: WatchedEvent): void {
    if (this.#terminal()) return;
    this.#saw(event.zxid);
    const { type, path } = event;
    const targets = new Set<Watcher>();
    const take = (table: Map<string, Set<Watcher>>, at: string, oneShot: boolean) => {
      const set = table.get(at);
      if (!set) return;
      for (const w of set) targets.add(w);
      if (oneShot) table.delete(at);
    };
    if (type === EventType.NodeChildrenChanged) {
      take(this.#child, path, true);
    } else {
      take(this.#data, path, true);
      take(this.#exist, path, true);
      if (type === EventType.NodeDeleted) take(this.#child, path, true);
      if (this.#recursive.size > 0) {
        take(this.#recursive, path, false);
        for (const ancestor of ancestorsOf(path)) take(this.#recursive, ancestor, false);
      }
    }
    take(this.#persistent, path, false);
    for (const w of targets) this.#callWatcher(w, event);
  }

  /** Session state changes go to the default watcher and to every registered one (as in ZooKeeper). */
  #sessionEvent(state: KeeperState): void {
    const event: WatchedEvent = { type: EventType.None, state, path: '', zxid: this.#lastZxid };
    const targets = new Set<Watcher>([this.#defaultWatcher]);
    for (const table of [this.#data, this.#exist, this.#child, this.#persistent, this.#recursive]) {
      for (const set of table.values()) for (const w of set) targets.add(w);
    }
    for (const w of targets) this.#callWatcher(w, event);
  }

  #callWatcher(watcher: Watcher, event: WatchedEvent): void {
    try {
      watcher(event);
    } catch (error) {
      this.onHandlerError(error);
    }
  }
}

/** A multi built step by step (ZooKeeper's Transaction). */
export class Transaction {
  readonly #keeper: Keeper;
  readonly ops: Op[] = [];

  constructor(keeper: Keeper) {
    this.#keeper = keeper;
  }

  create(path: string, data: Uint8Array | string = EMPTY, mode: CreateMode = CreateMode.PERSISTENT, ttl?: number): this {
    this.ops.push(ttl === undefined ? { type: 'create', path, data: bytesOf(data), mode } : { type: 'create', path, data: bytesOf(data), mode, ttl });
    return this;
  }

  delete(path: string, version = -1): this {
    this.ops.push({ type: 'delete', path, version });
    return this;
  }

  setData(path: string, data: Uint8Array | string, version = -1): this {
    this.ops.push({ type: 'setData', path, data: bytesOf(data), version });
    return this;
  }

  check(path: string, version = -1): this {
    this.ops.push({ type: 'check', path, version });
    return this;
  }

  commit(options: CallOptions = {}): Promise<OpResult[]> {
    return this.#keeper.multi(this.ops, options);
  }
}

const PING = pb.Request.encode({ ping: {} }).finish();
const encoder = new TextEncoder();

function bytesOf(data: Uint8Array | string | undefined): Uint8Array {
  if (data === undefined) return EMPTY;
  if (typeof data === 'string') return encoder.encode(data);
  if (data instanceof Uint8Array) return data;
  throw new BadArgumentsError('Data must be a Uint8Array or a string');
}

function add(table: Map<string, Set<Watcher>>, path: string, watcher: Watcher): void {
  let set = table.get(path);
  if (!set) table.set(path, (set = new Set()));
  set.add(watcher);
}

/** Checks an operation on the client (as ZooKeeper's client does) and turns it into its wire form. */
function checkOp(op: Op): logkeeper.coordination.IOperation {
  if (!op || typeof op !== 'object') throw new BadArgumentsError('An operation must be an object');
  switch (op.type) {
    case 'create': {
      const mode = op.mode ?? CreateMode.PERSISTENT;
      if (!isCreateMode(mode)) throw new BadArgumentsError(`Unknown create mode ${String(mode)}`);
      validatePath(op.path, isSequential(mode));
      if (op.ttl !== undefined && !isTtl(mode)) throw new BadArgumentsError('A TTL is only for the TTL create modes');
      if (isTtl(mode) && !(typeof op.ttl === 'number' && op.ttl > 0)) throw new BadArgumentsError('A TTL create mode needs a positive ttl');
      return { type: OperationType.CREATE, path: op.path, data: bytesOf(op.data), mode, ttl: op.ttl ?? 0, version: -1 };
    }
    case 'delete':
      validatePath(op.path);
      return { type: OperationType.DELETE, path: op.path, version: versionOf(op.version) };
    case 'setData':
      validatePath(op.path);
      return { type: OperationType.SET_DATA, path: op.path, data: bytesOf(op.data), version: versionOf(op.version) };
    case 'check':
      validatePath(op.path);
      return { type: OperationType.CHECK, path: op.path, version: versionOf(op.version) };
    default:
      throw new BadArgumentsError(`Unknown operation type '${String((op as { type?: unknown }).type)}'`);
  }
}

function versionOf(version: number | undefined): number {
  const v = version ?? -1;
  if (!Number.isInteger(v) || v < -1 || v > 0x7fffffff) throw new BadArgumentsError('A version is an integer >= -1');
  return v;
}
