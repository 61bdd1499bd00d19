import {
  BadArgumentsError,
  ConnectionLossError,
  InvalidStateError,
  NoNodeError,
  NoWatcherError,
  SessionExpiredError,
} from '../errors/index.js';
import { RpcPeer, Router, type RequestContext } from '../rpc/index.js';
import { realClock } from '../time/real-clock.js';
import { Random } from '../time/random.js';
import type { Clock, Timer } from '../time/clock.js';
import type { Connection, Listener, Transport } from '../../transports/transport.js';
import { decodeWire, opResultToWire, pb, ReadKind } from './codec.js';
import type { logkeeper } from './generated/coordination.js';
import { validatePath } from './path.js';
import type { ReplicatedStateMachine, Replicator } from '../consensus/replicator.js';
import { SessionTracker } from './session-tracker.js';
import { CoordinationStateMachine, type ApplyResult, type SessionRecord, type TxnResult } from './state-machine.js';
import { AddWatchMode, EventType, KeeperState, WatcherType } from './types.js';
import { WatchKind, WatchTable } from './watch-table.js';
import { encodeMessage } from '../../transports/encode.js';

/*
 * How this works. A KeeperServer is one member of the ensemble, as clients see it. It owns
 * a CoordinationStateMachine, which a Replicator (Raft, or LocalReplicator) drives on every
 * server alike; the server itself adds what is per server:
 *
 *   clients   one RpcPeer per connection, served by the server's router (or a member's,
 *             shared with its other services): `keeper.connect` opens or resumes a
 *             session, `keeper.request` carries reads, writes, sync, ping, watch calls; the
 *             server sends watch events as `keeper.event` notices on the same connection,
 *             at the moment the change is applied here — so a client sees an event before
 *             any reply that reflects the change (both travel the one ordered connection);
 *   order     requests of a connection are answered in order: reads wait for the writes
 *             and syncs sent before them (ZooKeeper's FIFO client order); writes pipeline;
 *   reads     from this server's copy (a follower may lag; `sync` makes the next read
 *             linearizable); writes go through the replicator, bounded by writeTimeoutMs;
 *   watches   a WatchTable of this server's clients (watches are not replicated: each
 *             server keeps its own clients'), fed by the state machine's change reports;
 *             a watcher (a connection) gets one event per change however many of its
 *             watches match; the client sorts it out to its watcher functions;
 *   sessions  created, closed and expired through the log; the leader's SessionTracker
 *             decides expiry, followers forward what they hear (TouchSessions entries).
 *             The leader also removes emptied containers and idle TTL znodes.
 */

export interface KeeperServerOptions {
  /** This server's id (default: the replicator's). */
  id?: string;
  clock?: Clock;
  /**
   * Seed or source for session secrets, for deterministic tests and simulation only. Without
   * it, secrets come from the platform's cryptographic random source: a session secret is
   * what stops another client from taking over a session, so it must not be guessable.
   */
  random?: Random | number | string;
  /** ZooKeeper's tickTime: session timeouts are bounded by it; default 2000 ms. */
  tickMs?: number;
  /** Default 2 ticks. */
  minSessionTimeoutMs?: number;
  /** Default 20 ticks. */
  maxSessionTimeoutMs?: number;
  /** Largest znode data; default 1 MiB. */
  maxDataBytes?: number;
  /** A write (or sync) not done within this fails (NO_QUORUM or OPERATION_TIMEOUT); default 4 ticks. */
  writeTimeoutMs?: number;
  /** How often the leader looks for containers and TTL znodes to remove; default 1 tick. */
  cleanupIntervalMs?: number;
  /** Register the `keeper.*` methods on this router (a member's, shared with its other services); default: a router of its own. */
  router?: Router;
}

const EMPTY = new Uint8Array(0);

/** A client connection and the session bound to it. */
class ClientConnection {
  readonly peer: RpcPeer;
  session: SessionRecord | null = null;
  /** The session is being closed by this connection's own request. */
  closing = false;
  /** Settles when every write and sync sent so far on this connection is done. */
  barrier: Promise<unknown> | null = null;
  /** Events that arrived while the connect was in progress, before the client was told. */
  connecting = false;

  constructor(peer: RpcPeer) {
    this.peer = peer;
  }

  notify(type: EventType, path: string, zxid: number): void {
    this.send({ type, state: KeeperState.SyncConnected, path, zxid });
  }

  send(event: logkeeper.coordination.IWatcherEvent): void {
    if (this.peer.closed) return;
    this.peer.notify('keeper.event', encodeMessage(pb.WatcherEvent.encode, event));
  }

  /** Makes later reads wait for `operation` too. */
  chain(operation: Promise<unknown>): void {
    const previous = this.barrier;
    const next: Promise<unknown> = (previous ? Promise.allSettled([previous, operation]) : operation.then(noop, noop)).then(() => {
      if (this.barrier === next) this.barrier = null;
    });
    this.barrier = next;
  }
}

function noop(): void {}

export class KeeperServer {
  readonly id: string;
  readonly clock: Clock;
  readonly machine: CoordinationStateMachine;
  /** Hand this to the replicator: it applies the log to this server's state. */
  readonly stateMachine: ReplicatedStateMachine;
  readonly router: Router;
  readonly tickMs: number;
  readonly minSessionTimeoutMs: number;
  readonly maxSessionTimeoutMs: number;
  readonly writeTimeoutMs: number;
  readonly cleanupIntervalMs: number;

  readonly #random: Random | null;
  #replicator: Replicator | null = null;
  #unsubscribe: (() => void) | null = null;
  readonly #watches = new WatchTable<ClientConnection>();
  readonly #connections = new Map<RpcPeer, ClientConnection>();
  readonly #bySession = new Map<number, ClientConnection>();
  readonly #tracker: SessionTracker;
  /** Sessions heard from here since the last TouchSessions (followers). */
  #touched = new Set<number>();
  #timer: Timer | null = null;
  #lastCleanup = 0;
  #listeners: Listener[] = [];
  #closed = false;
  #leading = false;

  constructor(options: KeeperServerOptions = {}) {
    this.clock = options.clock ?? realClock;
    this.tickMs = options.tickMs ?? 2000;
    if (!(this.tickMs > 0)) throw new BadArgumentsError('tickMs must be positive');
    this.minSessionTimeoutMs = options.minSessionTimeoutMs ?? 2 * this.tickMs;
    this.maxSessionTimeoutMs = options.maxSessionTimeoutMs ?? 20 * this.tickMs;
    if (!(this.minSessionTimeoutMs > 0 && this.maxSessionTimeoutMs >= this.minSessionTimeoutMs)) {
      throw new BadArgumentsError('Session timeout bounds must satisfy 0 < min <= max');
    }
    this.writeTimeoutMs = options.writeTimeoutMs ?? 4 * this.tickMs;
    this.cleanupIntervalMs = options.cleanupIntervalMs ?? this.tickMs;
    this.id = options.id ?? '';
    this.#random = options.random === undefined ? null : options.random instanceof Random ? options.random : new Random(options.random);
    this.#tracker = new SessionTracker(this.tickMs);
    this.machine = new CoordinationStateMachine({ maxDataBytes: options.maxDataBytes });
    this.machine.listen({
      changed: (type, path, zxid) => {
        for (const client of this.#watches.take(type, path)) client.notify(type, path, zxid);
      },
      sessionCreated: (session) => {
        if (this.#leading) this.#tracker.add(session.id, session.timeoutMs, this.clock.now());
      },
      sessionClosed: (id, expired, zxid) => this.#sessionClosed(id, expired, zxid),
      sessionsTouched: (ids) => {
        if (!this.#leading) return;
        const now = this.clock.now();
        for (const id of ids) this.#tracker.touch(id, now);
      },
    });
    this.stateMachine = {
      apply: (entry) => this.machine.applyBytes(entry.index, entry.data),
      snapshot: () => this.machine.snapshot(),
      restore: (bytes) => {
        this.machine.restore(bytes);
        // Changes this server never applied one by one fired no watches: its clients reconnect
        // and re-register theirs, with catch-up events from the zxid they last saw.
        for (const connection of [...this.#connections.values()]) connection.peer.close();
        if (this.#leading) this.#startLeading();
      },
    };
    this.router = (options.router ?? new Router())
      .handle('keeper.connect', (payload, context) => this.#connect(payload, context))
      .handle('keeper.request', (payload, context) => this.#request(payload, context))
      .handle('keeper.status', () => this.#reply({ readOnly: this.readOnly }));
  }

  /** Starts serving with `replicator` (once the state machine is in its hands). */
  attach(replicator: Replicator): this {
    if (this.#replicator) throw new InvalidStateError('A replicator is already attached');
    this.#replicator = replicator;
    if (!this.id) (this as { id: string }).id = replicator.id;
    this.#unsubscribe = replicator.onLeaderChange(() => this.#leadershipChanged());
    this.#leadershipChanged();
    this.#arm();
    return this;
  }

  get replicator(): Replicator | null {
    return this.#replicator;
  }

  /** True when this server knows no leader: it serves reads only. */
  get readOnly(): boolean {
    return this.#replicator === null || this.#replicator.leaderId === null;
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  /** Watches this server's clients have registered (one-shot ones leave once they fire). */
  get watchCount(): number {
    return this.#watches.size;
  }

  /** Connections with at least one watch registered here. */
  get watcherCount(): number {
    return this.#watches.watcherCount;
  }

  /** Serves clients on `address`. */
  async listen(transport: Transport, address: string): Promise<Listener> {
    if (this.#closed) throw new InvalidStateError('The server is closed');
    const listener = await transport.listen(address, (connection) => this.accept(connection));
    this.#listeners.push(listener);
    return listener;
  }

  /** Serves one client connection with this server's router (listen does this for every connection it accepts). */
  accept(connection: Connection): void {
    if (this.#closed) {
      connection.close();
      return;
    }
    new RpcPeer(connection, { clock: this.clock, router: this.router });
  }

  /** Stops serving: listeners and client connections close (sessions live on in the ensemble). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#timer) this.clock.cancel(this.#timer);
    this.#timer = null;
    this.#unsubscribe?.();
    for (const connection of [...this.#connections.values()]) connection.peer.close();
    await Promise.all(this.#listeners.map((l) => l.close()));
  }

  // ---- sessions ----

  async #connect(payload: Uint8Array, context: RequestContext): Promise<Uint8Array> {
    const client = this.#client(context);
    if (client.session || client.connecting) throw new InvalidStateError('This connection already has a session');
    const replicator = this.#requireReplicator();
    const request = decodeWire(pb.ConnectRequest, payload);
    validateWatchPaths(request);
    client.connecting = true;
    try {
      const timeoutMs = Math.min(this.maxSessionTimeoutMs, Math.max(this.minSessionTimeoutMs, request.timeoutMs || 0));
      const lastZxid = request.lastZxid ?? 0;
      if (lastZxid > this.machine.zxid) {
        await replicator.readBarrier({ timeoutMs: this.writeTimeoutMs }).catch(noop);
        // ZooKeeper refuses too: a client must never see the state go back in time.
        if (lastZxid > this.machine.zxid) throw new ConnectionLossError(`Server ${this.id} has not caught up with zxid ${lastZxid}; try another`);
      }
      let session: SessionRecord | undefined;
      let validated = true;
      if (!request.sessionId) {
        const secret = this.#newSecret();
        const command = pb.Command.encode({ time: this.clock.now(), createSession: { timeoutMs, secret } }).finish();
        const result = (await replicator.propose(command, { timeoutMs: this.writeTimeoutMs })) as ApplyResult;
        if (result.kind !== 'session') throw new InvalidStateError('Unexpected result for a new session');
        session = this.machine.sessions.get(result.sessionId);
      } else {
        // A session resumed here must be alive now, not merely in this server's copy (which
        // may lag behind its expiry): check it at a linearizable read point, as ZooKeeper
        // revalidates a moved session with the leader. Without a quorum that cannot be
        // done: the session is resumed read-only, or refused as retriable if unknown here.
        validated = await replicator.readBarrier({ timeoutMs: this.writeTimeoutMs }).then(() => true, () => false);
        session = this.machine.sessions.get(request.sessionId);
        if (!session && !validated) throw new ConnectionLossError(`Server ${this.id} cannot confirm the session without a quorum; try another`);
        if (session && !sameBytes(session.secret, request.secret ?? EMPTY)) session = undefined;
      }
      if (!session) throw new SessionExpiredError(`Session 0x${(request.sessionId ?? 0).toString(16)} has expired`);
      if (client.peer.closed) throw new ConnectionLossError('The connection closed');
      const previous = this.#bySession.get(session.id);
      if (previous && previous !== client) {
        // The session moved to this connection: the old one must not act for it any more.
        previous.session = null;
        previous.peer.close();
      }
      client.session = session;
      this.#bySession.set(session.id, client);
      this.#touch(session.id);
      this.#restoreWatches(client, request, lastZxid);
      return pb.Connected.encode({
        sessionId: session.id,
        secret: session.secret,
        timeoutMs: session.timeoutMs,
        zxid: this.machine.zxid,
        readOnly: this.readOnly || !validated,
        server: this.id,
      }).finish();
    } finally {
      client.connecting = false;
    }
  }

  /**
   * Re-registers the watches a client had before it moved here, firing at once those whose
   * change it missed (ZooKeeper's setWatches, relative to the last zxid the client saw).
   */
  #restoreWatches(client: ClientConnection, request: logkeeper.coordination.IConnectRequest, relativeZxid: number): void {
    const tree = this.machine.tree;
    const watches = this.#watches;
    for (const path of request.existWatches ?? []) {
      if (tree.lookup(path) >= 0) client.notify(EventType.NodeCreated, path, this.machine.zxid);
      else watches.add(WatchKind.Data, path, client);
    }
    for (const path of request.dataWatches ?? []) {
      const node = tree.lookup(path);
      if (node < 0) client.notify(EventType.NodeDeleted, path, this.machine.zxid);
      else if (tree.mzxid(node) > relativeZxid) client.notify(EventType.NodeDataChanged, path, tree.mzxid(node));
      else watches.add(WatchKind.Data, path, client);
    }
    for (const path of request.childWatches ?? []) {
      const node = tree.lookup(path);
      if (node < 0) client.notify(EventType.NodeDeleted, path, this.machine.zxid);
      else if (tree.pzxid(node) > relativeZxid) client.notify(EventType.NodeChildrenChanged, path, tree.pzxid(node));
      else watches.add(WatchKind.Child, path, client);
    }
    for (const path of request.persistentWatches ?? []) watches.add(WatchKind.Persistent, path, client);
    for (const path of request.recursiveWatches ?? []) watches.add(WatchKind.Recursive, path, client);
  }

  #sessionClosed(id: number, expired: boolean, zxid: number): void {
    this.#tracker.remove(id);
    this.#touched.delete(id);
    const client = this.#bySession.get(id);
    if (!client) return;
    this.#bySession.delete(id);
    client.session = null;
    if (client.closing) return; // its close request answers, then the client hangs up
    client.send({ type: EventType.None, state: expired ? KeeperState.Expired : KeeperState.Closed, path: '', zxid });
    client.peer.close();
  }

  #touch(sessionId: number): void {
    if (this.#leading) this.#tracker.touch(sessionId, this.clock.now());
    else this.#touched.add(sessionId);
  }

  #dropped(client: ClientConnection): void {
    this.#connections.delete(client.peer);
    this.#watches.removeWatcher(client);
    const session = client.session;
    if (session && this.#bySession.get(session.id) === client) this.#bySession.delete(session.id);
    client.session = null;
  }

  // ---- requests ----

  #request(payload: Uint8Array, context: RequestContext): Uint8Array | Promise<Uint8Array> {
    const client = this.#client(context);
    const session = client.session;
    if (!session) throw new SessionExpiredError('No live session on this connection');
    this.#touch(session.id);
    const request = decodeWire(pb.Request, payload);
    if (request.read) {
      const read = request.read;
      return client.barrier ? client.barrier.then(() => this.#read(client, read)) : this.#read(client, read);
    }
    if (request.txn) return this.#write(client, session, request.txn);
    if (request.ping) return this.#reply({ readOnly: this.readOnly });
    if (request.sync) return this.#sync(client, request.sync.path ?? '/');
    if (request.close) return this.#closeSession(client, session);
    if (request.addWatch) {
      const add = request.addWatch;
      return client.barrier ? client.barrier.then(() => this.#addWatch(client, add)) : this.#addWatch(client, add);
    }
    if (request.removeWatches) {
      const remove = request.removeWatches;
      return client.barrier ? client.barrier.then(() => this.#removeWatches(client, remove)) : this.#removeWatches(client, remove);
    }
    throw new BadArgumentsError('Empty request');
  }

  #read(client: ClientConnection, read: logkeeper.coordination.IRead): Uint8Array {
    const path = read.path ?? '';
    validatePath(path);
    const tree = this.machine.tree;
    const node = tree.lookup(path);
    const kind = read.kind ?? ReadKind.EXISTS;
    if (kind === ReadKind.EXISTS) {
      if (read.watch) this.#watches.add(WatchKind.Data, path, client);
      return node < 0 ? this.#reply({ found: false }) : this.#reply({ found: true, stat: tree.stat(node) });
    }
    if (kind === ReadKind.GET_EPHEMERALS) {
      const session = client.session!;
      const paths = [...session.ephemerals].map((n) => tree.pathOf(n)).filter((p) => p.startsWith(path)).sort();
      return this.#reply({ children: paths });
    }
    if (node < 0) throw new NoNodeError(`'${path}' does not exist`);
    switch (kind) {
      case ReadKind.GET_DATA:
        if (read.watch) this.#watches.add(WatchKind.Data, path, client);
        return this.#reply({ stat: tree.stat(node), data: tree.dataView(node) });
      case ReadKind.GET_CHILDREN:
        if (read.watch) this.#watches.add(WatchKind.Child, path, client);
        return this.#reply({ stat: tree.stat(node), children: tree.children(node) });
      case ReadKind.GET_ALL_CHILDREN_NUMBER: {
        let count = 0;
        const stack = [node];
        while (stack.length > 0) {
          const slots = tree.childSlots(stack.pop()!);
          if (slots) for (const child of slots) {
            count++;
            stack.push(child);
          }
        }
        return this.#reply({ count });
      }
      default:
        throw new BadArgumentsError(`Unknown read ${kind}`);
    }
  }

  async #write(client: ClientConnection, session: SessionRecord, txn: logkeeper.coordination.ITxn): Promise<Uint8Array> {
    const replicator = this.#requireReplicator();
    const command = encodeMessage(pb.Command.encode, { time: this.clock.now(), session: session.id, txn });
    const proposal = replicator.propose(command, { timeoutMs: this.writeTimeoutMs });
    client.chain(proposal);
    const result = (await proposal) as TxnResult;
    if (result.error && !txn.multi) throw result.error;
    return this.#reply({ zxid: result.zxid, failed: result.error !== null, results: result.results.map(opResultToWire) });
  }

  async #sync(client: ClientConnection, path: string): Promise<Uint8Array> {
    validatePath(path);
    const replicator = this.#requireReplicator();
    const before = client.barrier;
    const barrier = replicator.readBarrier({ timeoutMs: this.writeTimeoutMs });
    const done = before ? Promise.all([before, barrier]) : barrier;
    client.chain(done);
    await done;
    return this.#reply({ path });
  }

  async #closeSession(client: ClientConnection, session: SessionRecord): Promise<Uint8Array> {
    const replicator = this.#requireReplicator();
    client.closing = true;
    const command = pb.Command.encode({ time: this.clock.now(), session: session.id, closeSession: {} }).finish();
    try {
      const proposal = replicator.propose(command, { timeoutMs: this.writeTimeoutMs });
      client.chain(proposal);
      await proposal;
    } catch (error) {
      client.closing = false;
      throw error;
    }
    return this.#reply({});
  }

  #addWatch(client: ClientConnection, add: logkeeper.coordination.IAddWatch): Uint8Array {
    const path = add.path ?? '';
    validatePath(path);
    const mode = add.mode ?? AddWatchMode.PERSISTENT;
    if (mode !== AddWatchMode.PERSISTENT && mode !== AddWatchMode.PERSISTENT_RECURSIVE) throw new BadArgumentsError(`Unknown watch mode ${mode}`);
    this.#watches.add(mode === AddWatchMode.PERSISTENT ? WatchKind.Persistent : WatchKind.Recursive, path, client);
    return this.#reply({});
  }

  #removeWatches(client: ClientConnection, remove: logkeeper.coordination.IRemoveWatches): Uint8Array {
    const path = remove.path ?? '';
    validatePath(path);
    const type = remove.type ?? WatcherType.Any;
    const kinds: WatchKind[] =
      type === WatcherType.Children ? [WatchKind.Child]
      : type === WatcherType.Data ? [WatchKind.Data, WatchKind.Exist]
      : type === WatcherType.Persistent ? [WatchKind.Persistent]
      : type === WatcherType.PersistentRecursive ? [WatchKind.Recursive]
      : [WatchKind.Data, WatchKind.Exist, WatchKind.Child, WatchKind.Persistent, WatchKind.Recursive];
    let removed = false;
    for (const kind of kinds) if (this.#watches.remove(kind, path, client)) removed = true;
    if (!removed) throw new NoWatcherError(`No watcher of type ${type} on '${path}'`);
    return this.#reply({});
  }

  #reply(fields: logkeeper.coordination.IReply): Uint8Array {
    fields.zxid ??= this.machine.zxid;
    return encodeMessage(pb.Reply.encode, fields);
  }

  /** The connection's state, made on its first `keeper.*` request. */
  #client(context: RequestContext): ClientConnection {
    const peer = context.peer;
    let client = this.#connections.get(peer);
    if (client) return client;
    if (this.#closed || peer.closed) throw new ConnectionLossError(`Server ${this.id} is closing`);
    client = new ClientConnection(peer);
    this.#connections.set(peer, client);
    const made = client;
    peer.onClose(() => this.#dropped(made));
    return client;
  }

  #requireReplicator(): Replicator {
    if (this.#closed) throw new ConnectionLossError(`Server ${this.id} is closing`);
    if (!this.#replicator) throw new ConnectionLossError(`Server ${this.id} is not ready`);
    return this.#replicator;
  }

  // ---- the leader's duties ----

  #leadershipChanged(): void {
    const leading = this.#replicator?.isLeader ?? false;
    if (leading === this.#leading) return;
    this.#leading = leading;
    if (leading) this.#startLeading();
    else this.#tracker.clear();
  }

  /** A new leader gives every session a fresh timeout: it cannot know when they were last heard. */
  #startLeading(): void {
    const now = this.clock.now();
    this.#tracker.clear();
    for (const session of this.machine.sessions.values()) this.#tracker.add(session.id, session.timeoutMs, now);
    for (const id of this.#touched) this.#tracker.touch(id, now);
    this.#touched.clear();
    this.#lastCleanup = now;
  }

  #arm(): void {
    if (this.#closed) return;
    this.#timer = this.clock.setTimer(this.tickMs / 2, () => {
      this.#timer = null;
      this.#tick();
      this.#arm();
    });
  }

  #tick(): void {
    const replicator = this.#replicator;
    if (!replicator || this.#closed) return;
    this.#leadershipChanged();
    const now = this.clock.now();
    const propose = (fields: logkeeper.coordination.ICommand) => {
      replicator.propose(pb.Command.encode({ time: now, ...fields }).finish(), { timeoutMs: this.writeTimeoutMs }).catch(noop);
    };
    if (!this.#leading) {
      if (this.#touched.size > 0 && replicator.leaderId !== null) {
        propose({ touchSessions: { sessions: [...this.#touched] } });
        this.#touched.clear();
      }
      return;
    }
    const expired = this.#tracker.expired(now);
    if (expired.length > 0) propose({ expireSessions: { sessions: expired } });
    if (now - this.#lastCleanup >= this.cleanupIntervalMs) {
      this.#lastCleanup = now;
      const candidates = this.machine.cleanupCandidates(now);
      if (candidates.length > 0) propose({ deleteContainers: { candidates } });
    }
  }

  /** 16 bytes no other client can guess (or, under a seeded Random, a run can replay). */
  #newSecret(): Uint8Array {
    const secret = new Uint8Array(16);
    if (this.#random === null) return globalThis.crypto.getRandomValues(secret);
    for (let i = 0; i < 16; i += 4) new DataView(secret.buffer).setUint32(i, this.#random.uint32());
    return secret;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The watches a moving client re-registers were checked by its Keeper; a hostile one's are checked here. */
function validateWatchPaths(request: logkeeper.coordination.IConnectRequest): void {
  for (const paths of [request.existWatches, request.dataWatches, request.childWatches, request.persistentWatches, request.recursiveWatches]) {
    for (const path of paths ?? []) validatePath(path);
  }
}
