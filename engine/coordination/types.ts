/*
 * ZooKeeper's vocabulary: create modes, stat, watch event types and session states, with
 * ZooKeeper's numeric values, so that what a ZooKeeper user knows (and what a ZooKeeper
 * client logs) carries over.
 */

/** How `create` makes a znode (ZooKeeper's CreateMode flags). */
export const CreateMode = {
  PERSISTENT: 0,
  EPHEMERAL: 1,
  PERSISTENT_SEQUENTIAL: 2,
  EPHEMERAL_SEQUENTIAL: 3,
  /** Removed by the server some time after its last child goes (once it has had one). */
  CONTAINER: 4,
  /** Removed by the server once it has not been modified for `ttl` ms and has no children. */
  PERSISTENT_WITH_TTL: 5,
  PERSISTENT_SEQUENTIAL_WITH_TTL: 6,
} as const;
export type CreateMode = (typeof CreateMode)[keyof typeof CreateMode];

export function isSequential(mode: CreateMode): boolean {
  return mode === CreateMode.PERSISTENT_SEQUENTIAL || mode === CreateMode.EPHEMERAL_SEQUENTIAL || mode === CreateMode.PERSISTENT_SEQUENTIAL_WITH_TTL;
}

export function isEphemeral(mode: CreateMode): boolean {
  return mode === CreateMode.EPHEMERAL || mode === CreateMode.EPHEMERAL_SEQUENTIAL;
}

export function isTtl(mode: CreateMode): boolean {
  return mode === CreateMode.PERSISTENT_WITH_TTL || mode === CreateMode.PERSISTENT_SEQUENTIAL_WITH_TTL;
}

export function isCreateMode(mode: unknown): mode is CreateMode {
  return typeof mode === 'number' && Number.isInteger(mode) && mode >= 0 && mode <= 6;
}

/** The largest TTL ZooKeeper accepts (it keeps TTLs in 40 bits). */
export const MAX_TTL_MS = 0xff_ffff_ffff;

/** A znode's metadata, field for field ZooKeeper's Stat. zxids and times are JS numbers. */
export interface Stat {
  /** The zxid of the change that created the znode. */
  czxid: number;
  /** The zxid of the change that last modified its data. */
  mzxid: number;
  /** The zxid of the change that last added or removed one of its children. */
  pzxid: number;
  /** Creation time, ms since the epoch (the clock of the server that proposed the change). */
  ctime: number;
  /** Last data change time, ms since the epoch. */
  mtime: number;
  /** Number of changes to its data. */
  version: number;
  /** Number of changes to its children. */
  cversion: number;
  /** Number of changes to its ACL (always 0: logkeeper has no ACLs). */
  aversion: number;
  /** The owning session's id if the znode is ephemeral, else 0. */
  ephemeralOwner: number;
  dataLength: number;
  numChildren: number;
}

/** What happened, in a WatchedEvent (ZooKeeper's Watcher.Event.EventType). */
export const EventType = {
  None: -1,
  NodeCreated: 1,
  NodeDeleted: 2,
  NodeDataChanged: 3,
  NodeChildrenChanged: 4,
  DataWatchRemoved: 5,
  ChildWatchRemoved: 6,
  PersistentWatchRemoved: 7,
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

/** The session's state, in a WatchedEvent (ZooKeeper's Watcher.Event.KeeperState). */
export const KeeperState = {
  Disconnected: 0,
  SyncConnected: 3,
  /** The servers refused the client's cluster secret (terminal). */
  AuthFailed: 4,
  ConnectedReadOnly: 5,
  Expired: -112,
  Closed: 7,
} as const;
export type KeeperState = (typeof KeeperState)[keyof typeof KeeperState];

/** The name of an EventType value ('NodeDataChanged'), or the number as text when it is unknown. */
export function eventTypeName(type: number): string {
  return nameOf(EventType, type);
}

/** The name of a KeeperState value ('SyncConnected'), or the number as text when it is unknown. */
export function keeperStateName(state: number): string {
  return nameOf(KeeperState, state);
}

function nameOf(table: Record<string, number>, value: number): string {
  for (const [name, v] of Object.entries(table)) if (v === value) return name;
  return String(value);
}

const inspect = Symbol.for('nodejs.util.inspect.custom');

/**
 * A watch notification: what happened to which path, at which zxid. `type` and `state` are
 * ZooKeeper's numbers (compare them with EventType and KeeperState); printed, logged or
 * turned into JSON, the event names them: `WatchedEvent NodeDataChanged /config (SyncConnected, zxid 12)`.
 */
export class WatchedEvent {
  readonly type: EventType;
  readonly state: KeeperState;
  /** The znode concerned; '' for session events. */
  readonly path: string;
  /** The zxid of the change that triggered it (for session events: the last zxid the client saw). */
  readonly zxid: number;

  constructor(type: EventType, state: KeeperState, path: string, zxid: number) {
    this.type = type;
    this.state = state;
    this.path = path;
    this.zxid = zxid;
  }

  get typeName(): string {
    return eventTypeName(this.type);
  }

  get stateName(): string {
    return keeperStateName(this.state);
  }

  toString(): string {
    const what = this.type === EventType.None ? `session ${this.stateName}` : `${this.typeName} ${this.path} (${this.stateName}`;
    return `WatchedEvent ${what}${this.type === EventType.None ? ' (' : ', '}zxid ${this.zxid})`;
  }

  toJSON(): { type: string; state: string; path: string; zxid: number } {
    return { type: this.typeName, state: this.stateName, path: this.path, zxid: this.zxid };
  }

  [inspect](): string {
    return this.toString();
  }
}

export type Watcher = (event: WatchedEvent) => void;

/** The kinds of watcher `removeWatches` removes (ZooKeeper's Watcher.WatcherType). */
export const WatcherType = {
  Children: 1,
  Data: 2,
  Any: 3,
  Persistent: 4,
  PersistentRecursive: 5,
} as const;
export type WatcherType = (typeof WatcherType)[keyof typeof WatcherType];

/** The modes of `addWatch` (ZooKeeper's AddWatchMode). */
export const AddWatchMode = {
  PERSISTENT: 0,
  PERSISTENT_RECURSIVE: 1,
} as const;
export type AddWatchMode = (typeof AddWatchMode)[keyof typeof AddWatchMode];

/** One operation of a `multi`. */
export type Op =
  | { type: 'create'; path: string; data?: Uint8Array; mode?: CreateMode; ttl?: number }
  | { type: 'delete'; path: string; version?: number }
  | { type: 'setData'; path: string; data: Uint8Array; version?: number }
  | { type: 'check'; path: string; version?: number };

/** Builders for multi operations, named as in ZooKeeper's `Op`. */
export const Op = {
  create(path: string, data: Uint8Array = new Uint8Array(0), mode: CreateMode = CreateMode.PERSISTENT, ttl?: number): Op {
    return ttl === undefined ? { type: 'create', path, data, mode } : { type: 'create', path, data, mode, ttl };
  },
  delete(path: string, version = -1): Op {
    return { type: 'delete', path, version };
  },
  setData(path: string, data: Uint8Array, version = -1): Op {
    return { type: 'setData', path, data, version };
  },
  check(path: string, version = -1): Op {
    return { type: 'check', path, version };
  },
};

/**
 * The outcome of one operation of a `multi`. When a multi fails, every result is an
 * `error`: 'OK' for the operations before the one that failed (they were rolled back), its
 * own code for the one that failed, RUNTIME_INCONSISTENCY for those after it — as ZooKeeper.
 */
export type OpResult =
  | { type: 'create'; path: string; stat: Stat }
  | { type: 'delete' }
  | { type: 'setData'; stat: Stat }
  | { type: 'check' }
  | { type: 'error'; code: string };
