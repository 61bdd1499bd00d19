import {
  BadArgumentsError,
  errorFromCode,
  LogkeeperError,
  NoWatcherError,
  toLogkeeperError,
} from '../errors/index.js';
import { realClock } from '../time/real-clock.js';
import { Random } from '../time/random.js';
import type { Clock } from '../time/clock.js';
import type { Transport } from '../../transports/transport.js';
import { decodeWire, opResultFromWire, OperationType, pb, ReadKind, statFrom } from './codec.js';
import { Emitter } from './emitter.js';
import type { logkeeper } from './generated/coordination.js';
import { validatePath } from './path.js';
import { SessionConnection, type KeeperStateName, type SessionChange } from './session-connection.js';
import {
  AddWatchMode,
  CreateMode,
  EventType,
  isCreateMode,
  isSequential,
  isTtl,
  KeeperState,
  WatchedEvent,
  WatcherType,
  type Op,
  type OpResult,
  type Stat,
  type Watcher,
} from './types.js';
import { WatchKind, WatchTable } from './watch-table.js';
import { encodeMessage } from '../../transports/encode.js';

export type { KeeperStateName } from './session-connection.js';

/*
 * How this works. A Keeper is one session with the ensemble: the ZooKeeper API, promise
 * based, over a SessionConnection (session-connection.ts: server rotation, reconnecting with
 * the session, pings, read-only servers). Its watches are a WatchTable (watch-table.ts, the
 * same rules the server uses) of watcher functions: a read with a watch registers one in the
 * first reaction to its reply, an event takes out the one-shot ones it fires, and on another
 * server the table's paths are re-registered. Events reach the watchers each in its own
 * microtask, in arrival order, so events and replies reach the caller in the order the
 * server sent them (a watch event before the data that triggered it).
 */

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
  /** The servers refused this client's cluster secret (terminal): fix the configuration. */
  authFailed: [];
  /** `close()` finished. */
  closed: [];
  /** Every state change. */
  state: [KeeperStateName];
  /** Events for the default watcher. */
  watch: [WatchedEvent];
}

/** A multi that failed: the first failure's error, with every operation's result. */
export type MultiError = LogkeeperError & { results: OpResult[]; failedIndex: number };

const EMPTY = new Uint8Array(0);

/** The session notification each change brings to the watchers. */
const SESSION_STATE: Record<SessionChange, KeeperState> = {
  connected: KeeperState.SyncConnected,
  reconnected: KeeperState.SyncConnected,
  writable: KeeperState.SyncConnected,
  readonly: KeeperState.ConnectedReadOnly,
  disconnected: KeeperState.Disconnected,
  expired: KeeperState.Expired,
  authFailed: KeeperState.AuthFailed,
  closed: KeeperState.Closed,
};

export class Keeper extends Emitter<KeeperEvents> {
  readonly transport: Transport;
  readonly clock: Clock;
  readonly requestTimeoutMs: number;
  readonly requestedTimeoutMs: number;

  readonly #session: SessionConnection;
  readonly #defaultWatcher: Watcher;
  readonly #userWatcher: Watcher | undefined;
  readonly #watches = new WatchTable<Watcher>();
  #state: KeeperStateName = 'connecting';

  constructor(options: KeeperOptions) {
    super();
    if (!options || typeof options.transport?.connect !== 'function') throw new BadArgumentsError('A transport is required');
    if (!Array.isArray(options.servers) || options.servers.length === 0 || options.servers.some((s) => typeof s !== 'string' || s.length === 0)) {
      throw new BadArgumentsError('servers must be a non-empty list of addresses');
    }
    this.transport = options.transport;
    this.clock = options.clock ?? realClock;
    this.requestedTimeoutMs = options.sessionTimeoutMs ?? 10_000;
    if (!(this.requestedTimeoutMs > 0)) throw new BadArgumentsError('sessionTimeoutMs must be positive');
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.#userWatcher = options.watcher;
    this.#defaultWatcher = (event) => {
      this.emit('watch', event);
      this.#userWatcher?.(event);
    };
    this.#session = new SessionConnection({
      transport: options.transport,
      servers: options.servers,
      clock: this.clock,
      random: options.random instanceof Random ? options.random : new Random(options.random ?? 'keeper'),
      sessionTimeoutMs: this.requestedTimeoutMs,
      connectTimeoutMs: options.connectTimeoutMs,
      requestTimeoutMs: this.requestTimeoutMs,
      sessionId: options.sessionId,
      sessionPassword: options.sessionPassword,
      watchPaths: () => ({
        data: this.#watches.paths(WatchKind.Data),
        exist: this.#watches.paths(WatchKind.Exist),
        child: this.#watches.paths(WatchKind.Child),
        persistent: this.#watches.paths(WatchKind.Persistent),
        recursive: this.#watches.paths(WatchKind.Recursive),
      }),
      onEvent: (event) => this.#dispatch(event),
      onChange: (change) => this.#changed(change),
    });
  }

  /**
   * A Keeper whose session is established. Rejects if it expires or is refused first, at once
   * with AUTHENTICATION_FAILED when the servers refuse the cluster secret.
   */
  static async connect(options: KeeperOptions & CallOptions): Promise<Keeper> {
    const keeper = new Keeper(options);
    try {
      await keeper.#session.whenReady(options.signal, options.timeoutMs ?? keeper.requestTimeoutMs);
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
    return this.#session.sessionId;
  }

  /** The session's secret: with `sessionId`, another Keeper can resume the session. */
  get sessionPassword(): Uint8Array {
    return this.#session.secret.slice();
  }

  /** The negotiated session timeout. */
  get sessionTimeout(): number {
    return this.#session.timeoutMs;
  }

  /** The newest zxid this session has seen. */
  get lastZxid(): number {
    return this.#session.lastZxid;
  }

  /** The address of the server this Keeper is connected to, if any. */
  get server(): string | null {
    return this.#session.server;
  }

  /** Resolves once connected (now, if already). */
  async connected(options: CallOptions = {}): Promise<void> {
    await this.#session.whenReady(options.signal, options.timeoutMs ?? this.requestTimeoutMs);
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
      if (watcher) this.#watches.add(r.found ? WatchKind.Data : WatchKind.Exist, path, watcher);
    });
    return reply.found ? statFrom(reply.stat) : null;
  }

  async getData(path: string, watch?: WatchArg, options: CallOptions = {}): Promise<{ data: Uint8Array; stat: Stat }> {
    validatePath(path);
    const watcher = this.#watcherOf(watch);
    const reply = await this.#call({ read: { kind: ReadKind.GET_DATA, path, watch: watcher !== null } }, options, () => {
      if (watcher) this.#watches.add(WatchKind.Data, path, watcher);
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
      if (watcher) this.#watches.add(WatchKind.Child, path, watcher);
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
      this.#watches.add(mode === AddWatchMode.PERSISTENT ? WatchKind.Persistent : WatchKind.Recursive, path, watcher);
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
    await this.#session.close({ timeoutMs: options.timeoutMs ?? this.requestTimeoutMs, signal: options.signal });
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
    const peer = await this.#session.whenReady(options.signal, timeoutMs);
    const remaining = Math.max(1, timeoutMs - (this.clock.now() - started));
    const payload = encodeMessage(pb.Request.encode, request);
    // The reply is decoded, and its watch registered, in the first reaction to it (see the top).
    return peer.request('keeper.request', payload, { timeoutMs: remaining, signal: options.signal }).then(
      (bytes) => {
        const reply = decodeWire(pb.Reply, bytes);
        this.#session.saw(reply.zxid ?? 0);
        onReply?.(reply);
        return reply;
      },
      (error: unknown) => {
        const e = toLogkeeperError(error);
        if (e.code === 'SESSION_EXPIRED') this.#session.expire();
        throw e;
      },
    );
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
    const kinds: Array<[WatchKind, WatcherType, EventType]> = [];
    if (type === WatcherType.Data || type === WatcherType.Any) {
      kinds.push([WatchKind.Data, WatcherType.Data, EventType.DataWatchRemoved], [WatchKind.Exist, WatcherType.Data, EventType.DataWatchRemoved]);
    }
    if (type === WatcherType.Children || type === WatcherType.Any) kinds.push([WatchKind.Child, WatcherType.Children, EventType.ChildWatchRemoved]);
    if (type === WatcherType.Persistent || type === WatcherType.Any) kinds.push([WatchKind.Persistent, WatcherType.Persistent, EventType.PersistentWatchRemoved]);
    if (type === WatcherType.PersistentRecursive || type === WatcherType.Any) {
      kinds.push([WatchKind.Recursive, WatcherType.PersistentRecursive, EventType.PersistentWatchRemoved]);
    }
    const watches = this.#watches;
    const matching = kinds.filter(([kind]) => (watcher === null ? watches.watchers(kind, path).length > 0 : watches.has(kind, path, watcher)));
    if (matching.length === 0) throw new NoWatcherError(`No watcher of type ${type} on '${path}'`);
    if (!local) {
      // Ask the server to drop a kind only when no other watcher of this client still needs it.
      const serverKinds = new Set<WatcherType>();
      for (const [kind, wireType] of matching) {
        if (watcher === null || watches.watchers(kind, path).length === 1) serverKinds.add(wireType);
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
    const notified = new Map<Watcher, EventType>();
    for (const [kind, , eventType] of matching) {
      for (const w of watcher === null ? watches.watchers(kind, path) : [watcher]) {
        watches.remove(kind, path, w);
        notified.set(w, eventType);
      }
    }
    for (const [w, eventType] of notified) {
      this.#callWatcher(w, new WatchedEvent(eventType, KeeperState.SyncConnected, path, this.lastZxid));
    }
  }

  // ---- the session's changes and events ----

  #changed(change: SessionChange): void {
    const state: KeeperStateName = change === 'reconnected' || change === 'writable' ? 'connected' : change;
    const notify = SESSION_STATE[change];
    // Session state changes go to the default watcher and to every registered one (as in ZooKeeper).
    const targets = new Set<Watcher>([this.#defaultWatcher, ...this.#watches.allWatchers()]);
    if (change === 'expired' || change === 'closed' || change === 'authFailed') this.#watches.clear();
    if (state !== this.#state) {
      this.#state = state;
      this.emit('state', state);
    }
    if (change === 'writable') this.emit('reconnected');
    else if (change !== 'closed') this.emit(change);
    const event = new WatchedEvent(EventType.None, notify, '', this.lastZxid);
    for (const w of targets) this.#callWatcher(w, event);
  }

  /** Hands a znode event to its watchers, each once, taking the one-shot ones out (ZooKeeper's materialize). */
  #dispatch(event: WatchedEvent): void {
    for (const w of this.#watches.take(event.type, event.path)) this.#callWatcher(w, event);
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

const encoder = new TextEncoder();

function bytesOf(data: Uint8Array | string | undefined): Uint8Array {
  if (data === undefined) return EMPTY;
  if (typeof data === 'string') return encoder.encode(data);
  if (data instanceof Uint8Array) return data;
  throw new BadArgumentsError('Data must be a Uint8Array or a string');
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
