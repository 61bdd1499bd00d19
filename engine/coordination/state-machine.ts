import {
  BadArgumentsError,
  BadVersionError,
  InternalError,
  NoChildrenForEphemeralsError,
  NodeExistsError,
  NoNodeError,
  NotEmptyError,
  SessionExpiredError,
  toLogkeeperError,
  type LogkeeperError,
} from '../errors/index.js';
import { BinaryReader, BinaryWriter } from './binary.js';
import { DataTree, NodeKind } from './data-tree.js';
import { logkeeper } from './generated/coordination.js';
import { isWithin, nameOf, parentOf, RESERVED_PATH, sequenceSuffix, validatePath } from './path.js';
import { CreateMode, EventType, isCreateMode, isEphemeral, isSequential, isTtl, MAX_TTL_MS, type OpResult, type Stat } from './types.js';

/*
 * How this works. The coordination service's replicated state: the znode tree and the
 * sessions. `apply(zxid, command)` is deterministic — every decision (does the parent exist,
 * does the version match, is the session alive) is made here, at apply time, from the state
 * and the command alone, so every server that applies the same log computes the same
 * results. zxid is the log index of the entry, and ctime / mtime come from the time the
 * proposer stamped into the command, floored to whole milliseconds.
 *
 * While applying, the machine tells its listener what changed (NodeCreated, NodeDeleted,
 * NodeDataChanged, NodeChildrenChanged, session closed...), in order: each server turns
 * that into watch events for its own clients. The proposer gets `apply`'s return value.
 *
 * A transaction (one operation, or a multi) is checked in full against a small overlay of
 * pending changes first — as ZooKeeper's PrepRequestProcessor does — and only then applied,
 * so a failed multi changes nothing.
 */

export type Command = logkeeper.coordination.ICommand;
export const CommandCodec = logkeeper.coordination.Command;
const OperationType = logkeeper.coordination.Operation.Type;
type Operation = logkeeper.coordination.IOperation;

export interface SessionRecord {
  readonly id: number;
  readonly timeoutMs: number;
  readonly secret: Uint8Array;
  /** Slots of its ephemeral znodes. */
  readonly ephemerals: Set<number>;
}

/** What the machine reports while it applies (every server's watch manager listens). */
export interface StateMachineListener {
  /** A znode changed; `path` is the znode (for NodeChildrenChanged: the parent). */
  changed(type: EventType, path: string, zxid: number): void;
  sessionCreated?(session: SessionRecord, zxid: number): void;
  /** The session is gone (its ephemerals already deleted, their changes already reported). */
  sessionClosed?(sessionId: number, expired: boolean, zxid: number): void;
  /** A follower heard from these sessions (only the leader's tracker cares). */
  sessionsTouched?(sessionIds: number[]): void;
}

/** The result of a transaction, for its proposer. */
export interface TxnResult {
  readonly kind: 'txn';
  /** The zxid of the entry. */
  readonly zxid: number;
  /** Per operation; for a failed multi, every entry is an error (see OpResult). */
  readonly results: OpResult[];
  /** The first failure, or null. */
  readonly error: LogkeeperError | null;
}

export interface SessionResult {
  readonly kind: 'session';
  readonly sessionId: number;
  readonly timeoutMs: number;
  readonly secret: Uint8Array;
}

export interface DoneResult {
  readonly kind: 'done';
  /** Sessions closed or znodes deleted by it. */
  readonly count: number;
}

export type ApplyResult = TxnResult | SessionResult | DoneResult;

export interface StateMachineOptions {
  /** The largest data a znode may hold; default 1 MiB (ZooKeeper's jute.maxbuffer). */
  maxDataBytes?: number;
}

/** A znode's state as a transaction sees it, with the changes of its earlier operations. */
interface Pending {
  exists: boolean;
  version: number;
  cversion: number;
  numChildren: number;
  owner: number;
}

const SNAPSHOT_MAGIC = 0x4c4b5a31; // 'LKZ1'
const EMPTY = new Uint8Array(0);

export class CoordinationStateMachine {
  readonly maxDataBytes: number;
  #tree = new DataTree();
  readonly #sessions = new Map<number, SessionRecord>();
  #listener: StateMachineListener | null = null;
  #zxid = 0;

  constructor(options: StateMachineOptions = {}) {
    this.maxDataBytes = options.maxDataBytes ?? 1024 * 1024;
    this.#initReserved();
  }

  /** Tells `listener` about every change from now on. */
  listen(listener: StateMachineListener | null): void {
    this.#listener = listener;
  }

  /** The zxid of the last entry applied. */
  get zxid(): number {
    return this.#zxid;
  }

  get tree(): DataTree {
    return this.#tree;
  }

  get sessions(): ReadonlyMap<number, SessionRecord> {
    return this.#sessions;
  }

  /** Applies the encoded command at log index `zxid`. */
  applyBytes(zxid: number, bytes: Uint8Array): ApplyResult {
    let command: Command;
    try {
      command = CommandCodec.decode(bytes);
    } catch (error) {
      this.#zxid = Math.max(this.#zxid, zxid);
      return txnFailure(zxid, [], new InternalError('Undecodable command', { cause: error }));
    }
    return this.apply(zxid, command);
  }

  apply(zxid: number, command: Command): ApplyResult {
    if (zxid > this.#zxid) this.#zxid = zxid;
    // Whole milliseconds, as ZooKeeper's ctime / mtime: a proposer's clock reads fractions,
    // and the snapshot keeps times as integers, so a restored copy agrees with a live one.
    const time = Math.floor(command.time ?? 0);
    const session = command.session ?? 0;
    if (command.txn) return this.#applyTxn(zxid, time, session, command.txn.ops ?? [], command.txn.multi === true);
    if (command.createSession) {
      const record: SessionRecord = {
        id: zxid,
        timeoutMs: command.createSession.timeoutMs ?? 0,
        secret: command.createSession.secret?.slice() ?? EMPTY,
        ephemerals: new Set(),
      };
      this.#sessions.set(record.id, record);
      this.#listener?.sessionCreated?.(record, zxid);
      return { kind: 'session', sessionId: record.id, timeoutMs: record.timeoutMs, secret: record.secret };
    }
    if (command.closeSession) return { kind: 'done', count: this.#closeSession(session, false, zxid) ? 1 : 0 };
    if (command.expireSessions) {
      let count = 0;
      for (const id of command.expireSessions.sessions ?? []) if (this.#closeSession(id, true, zxid)) count++;
      return { kind: 'done', count };
    }
    if (command.touchSessions) {
      this.#listener?.sessionsTouched?.(command.touchSessions.sessions ?? []);
      return { kind: 'done', count: 0 };
    }
    if (command.deleteContainers) return { kind: 'done', count: this.#deleteContainers(command.deleteContainers.candidates ?? [], zxid) };
    return txnFailure(zxid, [], new InternalError('Empty command'));
  }

  // ---- reads (served by each server from its own copy) ----

  /** The znode's stat, or null. */
  exists(path: string): Stat | null {
    const node = this.#tree.lookup(path);
    return node < 0 ? null : this.#tree.stat(node);
  }

  /** Expired TTL znodes and emptied containers: what the leader should clean up at `now`. */
  cleanupCandidates(now: number, limit = 1000): Array<{ path: string; mzxid: number; pzxid: number }> {
    const tree = this.#tree;
    const out: Array<{ path: string; mzxid: number; pzxid: number }> = [];
    for (const node of tree.containers) {
      if (out.length >= limit) break;
      // A container that never had a child is left alone (ZooKeeper does the same).
      if (tree.numChildren(node) === 0 && tree.cversion(node) > 0) out.push(candidate(tree, node));
    }
    for (const [node, ttl] of tree.ttls) {
      if (out.length >= limit) break;
      if (tree.numChildren(node) === 0 && now - tree.mtime(node) > ttl) out.push(candidate(tree, node));
    }
    return out;
  }

  // ---- transactions ----

  #applyTxn(zxid: number, time: number, session: number, ops: Operation[], multi: boolean): TxnResult {
    if (session !== 0 && !this.#sessions.has(session)) {
      const error = new SessionExpiredError(`Session 0x${session.toString(16)} has expired`);
      return txnFailure(zxid, multi ? ops.map(() => ({ type: 'error', code: 'SESSION_EXPIRED' })) : [], error);
    }
    // Check every operation against the state plus the earlier operations' changes.
    const overlay = new Map<string, Pending>();
    const paths: string[] = [];
    for (let i = 0; i < ops.length; i++) {
      let path: string;
      try {
        path = this.#check(ops[i]!, session, overlay);
      } catch (error) {
        const e = toLogkeeperError(error);
        const results: OpResult[] = ops.map((_, j) => ({
          type: 'error',
          code: j < i ? 'OK' : j === i ? e.code : 'RUNTIME_INCONSISTENCY',
        }));
        return txnFailure(zxid, multi ? results : [], e);
      }
      paths.push(path);
    }
    const results: OpResult[] = [];
    for (let i = 0; i < ops.length; i++) results.push(this.#execute(ops[i]!, paths[i]!, session, zxid, time));
    return { kind: 'txn', zxid, results, error: null };
  }

  #pending(path: string, overlay: Map<string, Pending>): Pending {
    let state = overlay.get(path);
    if (state) return state;
    const tree = this.#tree;
    const node = tree.lookup(path);
    state = node < 0
      ? { exists: false, version: 0, cversion: 0, numChildren: 0, owner: 0 }
      : { exists: true, version: tree.version(node), cversion: tree.cversion(node), numChildren: tree.numChildren(node), owner: tree.owner(node) };
    overlay.set(path, state);
    return state;
  }

  /** Validates one operation as ZooKeeper does, records its effect in `overlay`, returns its final path. */
  #check(op: Operation, session: number, overlay: Map<string, Pending>): string {
    const type = op.type ?? OperationType.CREATE;
    const requested = op.path ?? '';
    const version = op.version ?? -1;
    if (type === OperationType.CREATE) {
      const mode = op.mode ?? CreateMode.PERSISTENT;
      if (!isCreateMode(mode)) throw new BadArgumentsError(`Unknown create mode ${mode}`);
      validatePath(requested, isSequential(mode));
      if (requested === '/') throw new NodeExistsError("The root '/' always exists");
      this.#checkWritable(requested);
      const ttl = op.ttl ?? 0;
      if (isTtl(mode) && !(Number.isInteger(ttl) && ttl > 0 && ttl <= MAX_TTL_MS)) {
        throw new BadArgumentsError(`A TTL must be an integer in [1, ${MAX_TTL_MS}] ms`);
      }
      if (!isTtl(mode) && ttl !== 0) throw new BadArgumentsError('A TTL is only for PERSISTENT_WITH_TTL and PERSISTENT_SEQUENTIAL_WITH_TTL');
      this.#checkData(op.data);
      const parentPath = parentOf(requested);
      const parent = this.#pending(parentPath, overlay);
      if (!parent.exists) throw new NoNodeError(`Parent of '${requested}' does not exist`);
      const path = isSequential(mode) ? requested + sequenceSuffix(parent.cversion) : requested;
      const node = this.#pending(path, overlay);
      if (node.exists) throw new NodeExistsError(`'${path}' already exists`);
      if (parent.owner !== 0) throw new NoChildrenForEphemeralsError(`'${parentPath}' is ephemeral and cannot have children`);
      if (isEphemeral(mode) && session === 0) throw new BadArgumentsError('An ephemeral znode needs a session');
      parent.cversion = (parent.cversion + 1) | 0;
      parent.numChildren++;
      overlay.set(path, { exists: true, version: 0, cversion: 0, numChildren: 0, owner: isEphemeral(mode) ? session : 0 });
      return path;
    }
    validatePath(requested);
    if (type === OperationType.DELETE) {
      if (requested === '/') throw new BadArgumentsError("The root '/' cannot be deleted");
      this.#checkWritable(requested);
      const node = this.#pending(requested, overlay);
      if (!node.exists) throw new NoNodeError(`'${requested}' does not exist`);
      if (version !== -1 && version !== node.version) throw new BadVersionError(`'${requested}' is at version ${node.version}, not ${version}`);
      if (node.numChildren > 0) throw new NotEmptyError(`'${requested}' has ${node.numChildren} children`);
      const parent = this.#pending(parentOf(requested), overlay);
      parent.cversion = (parent.cversion + 1) | 0;
      parent.numChildren--;
      node.exists = false;
      return requested;
    }
    if (type === OperationType.SET_DATA) {
      this.#checkWritable(requested);
      this.#checkData(op.data);
      const node = this.#pending(requested, overlay);
      if (!node.exists) throw new NoNodeError(`'${requested}' does not exist`);
      if (version !== -1 && version !== node.version) throw new BadVersionError(`'${requested}' is at version ${node.version}, not ${version}`);
      node.version = (node.version + 1) | 0;
      return requested;
    }
    if (type === OperationType.CHECK) {
      const node = this.#pending(requested, overlay);
      if (!node.exists) throw new NoNodeError(`'${requested}' does not exist`);
      if (version !== -1 && version !== node.version) throw new BadVersionError(`'${requested}' is at version ${node.version}, not ${version}`);
      return requested;
    }
    throw new BadArgumentsError(`Unknown operation type ${type}`);
  }

  #checkWritable(path: string): void {
    if (isWithin(path, RESERVED_PATH)) throw new BadArgumentsError(`'${RESERVED_PATH}' is reserved`);
  }

  #checkData(data: Uint8Array | null | undefined): void {
    const length = data?.length ?? 0;
    if (length > this.maxDataBytes) throw new BadArgumentsError(`Data of ${length} bytes exceeds the limit of ${this.maxDataBytes}`);
  }

  /** Applies an operation already checked: it cannot fail. */
  #execute(op: Operation, path: string, session: number, zxid: number, time: number): OpResult {
    const tree = this.#tree;
    const listener = this.#listener;
    switch (op.type ?? OperationType.CREATE) {
      case OperationType.CREATE: {
        const mode = (op.mode ?? CreateMode.PERSISTENT) as CreateMode;
        const parentPath = parentOf(path);
        const parent = tree.lookup(parentPath);
        const owner = isEphemeral(mode) ? session : 0;
        const kind = mode === CreateMode.CONTAINER ? NodeKind.Container : isTtl(mode) ? NodeKind.Ttl : NodeKind.Plain;
        const node = tree.add(parent, nameOf(path), op.data ?? EMPTY, owner, kind, op.ttl ?? 0, zxid, time);
        if (owner !== 0) this.#sessions.get(owner)!.ephemerals.add(node);
        listener?.changed(EventType.NodeCreated, path, zxid);
        listener?.changed(EventType.NodeChildrenChanged, parentPath, zxid);
        return { type: 'create', path, stat: tree.stat(node) };
      }
      case OperationType.DELETE:
        this.#delete(tree.lookup(path), path, zxid);
        return { type: 'delete' };
      case OperationType.SET_DATA: {
        const node = tree.lookup(path);
        tree.setData(node, op.data ?? EMPTY, zxid, time);
        listener?.changed(EventType.NodeDataChanged, path, zxid);
        return { type: 'setData', stat: tree.stat(node) };
      }
      default:
        return { type: 'check' };
    }
  }

  #delete(node: number, path: string, zxid: number): void {
    const tree = this.#tree;
    const owner = tree.owner(node);
    if (owner !== 0) this.#sessions.get(owner)?.ephemerals.delete(node);
    tree.remove(node, zxid);
    this.#listener?.changed(EventType.NodeDeleted, path, zxid);
    this.#listener?.changed(EventType.NodeChildrenChanged, parentOf(path), zxid);
  }

  // ---- sessions and clean-up ----

  /** Deletes the session's ephemerals (in path order, so every server reports them alike) and forgets it. */
  #closeSession(id: number, expired: boolean, zxid: number): boolean {
    const session = this.#sessions.get(id);
    if (!session) return false;
    const tree = this.#tree;
    const paths = [...session.ephemerals].map((node) => tree.pathOf(node)).sort();
    for (const path of paths) this.#delete(tree.lookup(path), path, zxid);
    this.#sessions.delete(id);
    this.#listener?.sessionClosed?.(id, expired, zxid);
    return true;
  }

  #deleteContainers(candidates: logkeeper.coordination.ICandidate[], zxid: number): number {
    const tree = this.#tree;
    let count = 0;
    for (const c of candidates) {
      const path = c.path ?? '';
      if (path === '' || path === '/') continue;
      const node = tree.lookup(path);
      if (node < 0 || tree.numChildren(node) > 0 || tree.mzxid(node) !== c.mzxid || tree.pzxid(node) !== c.pzxid) continue;
      if (tree.kind(node) === NodeKind.Plain) continue;
      this.#delete(node, path, zxid);
      count++;
    }
    return count;
  }

  // ---- snapshot ----

  snapshot(): Uint8Array {
    // Sized for the whole snapshot up front: no copying as it grows.
    const w = new BinaryWriter(Math.max(1 << 16, this.#tree.size * 64 + this.#tree.dataBytes + this.#sessions.size * 40));
    w.uint(SNAPSHOT_MAGIC).uint(this.#zxid).uint(this.#sessions.size);
    for (const s of this.#sessions.values()) w.uint(s.id).uint(s.timeoutMs).bytes(s.secret);
    this.#tree.writeTo(w);
    return w.finish();
  }

  /** Replaces the whole state with a snapshot's. */
  restore(bytes: Uint8Array): void {
    const r = new BinaryReader(bytes);
    if (r.uint() !== SNAPSHOT_MAGIC) throw new InternalError('Not a coordination snapshot');
    const zxid = r.uint();
    const sessions = new Map<number, SessionRecord>();
    for (let n = r.uint(); n > 0; n--) {
      const id = r.uint();
      const timeoutMs = r.uint();
      sessions.set(id, { id, timeoutMs, secret: r.bytesView().slice(), ephemerals: new Set() });
    }
    const tree = DataTree.readFrom(r, (node, owner) => sessions.get(owner)?.ephemerals.add(node));
    this.#tree = tree;
    this.#sessions.clear();
    for (const [id, s] of sessions) this.#sessions.set(id, s);
    this.#zxid = zxid;
  }

  #initReserved(): void {
    const tree = this.#tree;
    tree.add(0, nameOf(RESERVED_PATH), EMPTY, 0, NodeKind.Plain, 0, 0, 0);
    // Not a change anyone made: the root starts at cversion 0, as in ZooKeeper.
    tree.setChildCounters(0, 0, 0);
  }
}

function txnFailure(zxid: number, results: OpResult[], error: LogkeeperError): TxnResult {
  return { kind: 'txn', zxid, results, error };
}

function candidate(tree: DataTree, node: number): { path: string; mzxid: number; pzxid: number } {
  return { path: tree.pathOf(node), mzxid: tree.mzxid(node), pzxid: tree.pzxid(node) };
}
