import { InternalError } from '../errors/index.js';
import { ByteArena } from './arena.js';
import type { BinaryReader, BinaryWriter } from './binary.js';
import type { Stat } from './types.js';

/*
 * How this works. The znode tree, stored for a million znodes: a znode is a number (its
 * slot), and its fields live in typed arrays indexed by slot — no object per znode, no
 * boxed numbers for its stat. Its name is the key of its parent's children map (the same
 * string is kept in `names` to rebuild paths), and its data lives in a ByteArena. Only a
 * znode that has children has a Map. Slots of deleted znodes are reused.
 *
 * The tree does no validation and knows nothing of sessions or watches: the state machine
 * (state-machine.ts) decides, then calls add / remove / setData.
 */

/** What kind of persistent znode a slot holds (ephemeral is `owner !== 0`). */
export const NodeKind = { Plain: 0, Container: 1, Ttl: 2 } as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];

const ROOT = 0;
const INITIAL_CAPACITY = 1024;

export class DataTree {
  #capacity = 0;
  #czxid = new Float64Array(0);
  #mzxid = new Float64Array(0);
  #pzxid = new Float64Array(0);
  #ctime = new Float64Array(0);
  #mtime = new Float64Array(0);
  #owner = new Float64Array(0);
  #version = new Int32Array(0);
  #cversion = new Int32Array(0);
  #parent = new Int32Array(0);
  #chunk = new Int32Array(0);
  #offset = new Int32Array(0);
  #length = new Int32Array(0);
  #kind = new Uint8Array(0);
  #names: string[] = [];
  #children: Array<Map<string, number> | undefined> = [];
  #free: number[] = [];
  #next = 0;
  #count = 0;
  readonly #arena = new ByteArena();
  /** TTL of each TTL znode, in ms. */
  readonly ttls = new Map<number, number>();
  /** Every container znode. */
  readonly containers = new Set<number>();

  constructor() {
    this.#grow(INITIAL_CAPACITY);
    const root = this.#slot();
    this.#init(root, -1, '', 0, 0, 0, NodeKind.Plain);
  }

  /** Znodes in the tree, the root included. */
  get size(): number {
    return this.#count;
  }

  /** Bytes of znode data (live). */
  get dataBytes(): number {
    let total = 0;
    for (let node = 0; node < this.#next; node++) total += this.#length[node]!;
    return total;
  }

  /** Bytes the data arena holds (live data and garbage not yet compacted). */
  get arenaBytes(): number {
    return this.#arena.reservedBytes;
  }

  /** The slot of the znode at `path`, or -1. `path` must be valid. */
  lookup(path: string): number {
    if (path.length === 1) return ROOT;
    let node = ROOT;
    let start = 1;
    for (;;) {
      const end = path.indexOf('/', start);
      const kids = this.#children[node];
      if (kids === undefined) return -1;
      const next = kids.get(end < 0 ? path.slice(start) : path.slice(start, end));
      if (next === undefined) return -1;
      if (end < 0) return next;
      node = next;
      start = end + 1;
    }
  }

  /** The slot of `name` under `parent`, or -1. */
  child(parent: number, name: string): number {
    return this.#children[parent]?.get(name) ?? -1;
  }

  pathOf(node: number): string {
    if (node === ROOT) return '/';
    let path = '';
    for (let n = node; n !== ROOT; n = this.#parent[n]!) path = `/${this.#names[n]!}${path}`;
    return path;
  }

  parentOf(node: number): number {
    return this.#parent[node]!;
  }

  // ---- fields ----

  version(node: number): number {
    return this.#version[node]!;
  }
  cversion(node: number): number {
    return this.#cversion[node]!;
  }
  mzxid(node: number): number {
    return this.#mzxid[node]!;
  }
  pzxid(node: number): number {
    return this.#pzxid[node]!;
  }
  mtime(node: number): number {
    return this.#mtime[node]!;
  }
  owner(node: number): number {
    return this.#owner[node]!;
  }
  kind(node: number): NodeKind {
    return this.#kind[node]! as NodeKind;
  }
  numChildren(node: number): number {
    return this.#children[node]?.size ?? 0;
  }
  dataLength(node: number): number {
    return this.#length[node]!;
  }

  /** The data, as a view valid until the tree next changes: copy it to keep it. */
  dataView(node: number): Uint8Array {
    return this.#arena.view(this.#chunk[node]!, this.#offset[node]!, this.#length[node]!);
  }

  /** Child names, in the order they were added. */
  children(node: number): string[] {
    const kids = this.#children[node];
    return kids === undefined ? [] : [...kids.keys()];
  }

  childSlots(node: number): IterableIterator<number> | undefined {
    return this.#children[node]?.values();
  }

  stat(node: number): Stat {
    return {
      czxid: this.#czxid[node]!,
      mzxid: this.#mzxid[node]!,
      pzxid: this.#pzxid[node]!,
      ctime: this.#ctime[node]!,
      mtime: this.#mtime[node]!,
      version: this.#version[node]!,
      cversion: this.#cversion[node]!,
      aversion: 0,
      ephemeralOwner: this.#owner[node]!,
      dataLength: this.#length[node]!,
      numChildren: this.#children[node]?.size ?? 0,
    };
  }

  // ---- changes ----

  /** Adds a znode under `parent`: the parent's cversion and pzxid move. Returns its slot. */
  add(parent: number, name: string, data: Uint8Array, owner: number, kind: NodeKind, ttl: number, zxid: number, time: number): number {
    const node = this.#slot();
    this.#init(node, parent, name, zxid, time, owner, kind);
    this.#arena.allocate(data);
    this.#chunk[node] = this.#arena.chunk;
    this.#offset[node] = this.#arena.offset;
    this.#length[node] = data.length;
    let kids = this.#children[parent];
    if (kids === undefined) this.#children[parent] = kids = new Map();
    kids.set(name, node);
    this.#cversion[parent] = (this.#cversion[parent]! + 1) | 0;
    this.#pzxid[parent] = zxid;
    if (kind === NodeKind.Ttl) this.ttls.set(node, ttl);
    else if (kind === NodeKind.Container) this.containers.add(node);
    this.#compact();
    return node;
  }

  /** Removes a znode that has no children: the parent's cversion and pzxid move. */
  remove(node: number, zxid: number): void {
    if (this.numChildren(node) > 0 || node === ROOT) throw new InternalError('DataTree.remove: the znode has children');
    const parent = this.#parent[node]!;
    const kids = this.#children[parent]!;
    kids.delete(this.#names[node]!);
    if (kids.size === 0) this.#children[parent] = undefined;
    this.#cversion[parent] = (this.#cversion[parent]! + 1) | 0;
    this.#pzxid[parent] = zxid;
    this.#arena.free(this.#chunk[node]!, this.#length[node]!);
    this.#chunk[node] = -1;
    this.#length[node] = 0;
    this.#names[node] = '';
    this.#children[node] = undefined;
    this.#parent[node] = -1;
    this.ttls.delete(node);
    this.containers.delete(node);
    this.#free.push(node);
    this.#count--;
    this.#compact();
  }

  /** Sets a znode's cversion and pzxid (for the tree's initial state). */
  setChildCounters(node: number, cversion: number, pzxid: number): void {
    this.#cversion[node] = cversion;
    this.#pzxid[node] = pzxid;
  }

  setData(node: number, data: Uint8Array, zxid: number, time: number): void {
    this.#arena.free(this.#chunk[node]!, this.#length[node]!);
    this.#arena.allocate(data);
    this.#chunk[node] = this.#arena.chunk;
    this.#offset[node] = this.#arena.offset;
    this.#length[node] = data.length;
    this.#version[node] = (this.#version[node]! + 1) | 0;
    this.#mzxid[node] = zxid;
    this.#mtime[node] = time;
    this.#compact();
  }

  // ---- snapshot ----

  /**
   * Writes every znode, depth first, each followed by its children: name, stat fields,
   * kind (and TTL), data, number of children.
   */
  writeTo(w: BinaryWriter): void {
    w.uint(this.#count);
    const stack: number[] = [ROOT];
    while (stack.length > 0) {
      const node = stack.pop()!;
      w.string(this.#names[node]!)
        .uint(this.#czxid[node]!).uint(this.#mzxid[node]!).uint(this.#pzxid[node]!)
        .uint(this.#ctime[node]!).uint(this.#mtime[node]!)
        .int(this.#version[node]!).int(this.#cversion[node]!)
        .uint(this.#owner[node]!).uint(this.#kind[node]!);
      if (this.#kind[node] === NodeKind.Ttl) w.uint(this.ttls.get(node) ?? 0);
      w.bytes(this.dataView(node));
      const kids = this.#children[node];
      w.uint(kids?.size ?? 0);
      if (kids !== undefined) {
        // Pushed in reverse so that children come out in their order.
        const slots = [...kids.values()];
        for (let i = slots.length - 1; i >= 0; i--) stack.push(slots[i]!);
      }
    }
  }

  /** Reads what writeTo wrote into a new tree; `onEphemeral` hears of each ephemeral znode. */
  static readFrom(r: BinaryReader, onEphemeral: (node: number, owner: number) => void): DataTree {
    const tree = new DataTree();
    const count = r.uint();
    tree.#grow(Math.max(INITIAL_CAPACITY, count));
    // Each entry: a parent slot and how many of its children are still to come.
    const parents: number[] = [];
    const remaining: number[] = [];
    for (let i = 0; i < count; i++) {
      const name = r.string();
      const czxid = r.uint(), mzxid = r.uint(), pzxid = r.uint(), ctime = r.uint(), mtime = r.uint();
      const version = r.int(), cversion = r.int(), owner = r.uint();
      const kind = r.uint() as NodeKind;
      const ttl = kind === NodeKind.Ttl ? r.uint() : 0;
      const data = r.bytesView();
      const numChildren = r.uint();
      let node: number;
      if (i === 0) {
        node = ROOT;
        tree.#arena.allocate(data);
      } else {
        const top = parents.length - 1;
        if (top < 0) throw new InternalError('Snapshot: a znode without a parent');
        const parent = parents[top]!;
        if (--remaining[top]! === 0) {
          parents.pop();
          remaining.pop();
        }
        const cversion = tree.#cversion[parent]!, pzxid = tree.#pzxid[parent]!;
        node = tree.add(parent, name, data, owner, kind, ttl, czxid, ctime);
        tree.#cversion[parent] = cversion;
        tree.#pzxid[parent] = pzxid;
        if (owner !== 0) onEphemeral(node, owner);
      }
      if (node === ROOT) {
        tree.#chunk[ROOT] = tree.#arena.chunk;
        tree.#offset[ROOT] = tree.#arena.offset;
        tree.#length[ROOT] = data.length;
      }
      tree.#mzxid[node] = mzxid;
      tree.#pzxid[node] = pzxid;
      tree.#mtime[node] = mtime;
      tree.#version[node] = version;
      tree.#cversion[node] = cversion;
      tree.#czxid[node] = czxid;
      tree.#ctime[node] = ctime;
      if (numChildren > 0) {
        parents.push(node);
        remaining.push(numChildren);
      }
    }
    if (parents.length > 0) throw new InternalError('Snapshot: znodes missing');
    return tree;
  }

  // ---- slots ----

  #slot(): number {
    this.#count++;
    const reused = this.#free.pop();
    if (reused !== undefined) return reused;
    if (this.#next === this.#capacity) this.#grow(this.#capacity * 2);
    return this.#next++;
  }

  #init(node: number, parent: number, name: string, zxid: number, time: number, owner: number, kind: NodeKind): void {
    this.#czxid[node] = zxid;
    this.#mzxid[node] = zxid;
    this.#pzxid[node] = zxid;
    this.#ctime[node] = time;
    this.#mtime[node] = time;
    this.#owner[node] = owner;
    this.#version[node] = 0;
    this.#cversion[node] = 0;
    this.#parent[node] = parent;
    this.#kind[node] = kind;
    this.#names[node] = name;
    this.#chunk[node] = -1;
    this.#length[node] = 0;
  }

  #grow(capacity: number): void {
    if (capacity <= this.#capacity) return;
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(capacity);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(capacity);
      b.set(a);
      return b;
    };
    this.#czxid = f64(this.#czxid);
    this.#mzxid = f64(this.#mzxid);
    this.#pzxid = f64(this.#pzxid);
    this.#ctime = f64(this.#ctime);
    this.#mtime = f64(this.#mtime);
    this.#owner = f64(this.#owner);
    this.#version = i32(this.#version);
    this.#cversion = i32(this.#cversion);
    this.#parent = i32(this.#parent);
    this.#chunk = i32(this.#chunk);
    this.#offset = i32(this.#offset);
    this.#length = i32(this.#length);
    const kind = new Uint8Array(capacity);
    kind.set(this.#kind);
    this.#kind = kind;
    this.#capacity = capacity;
  }

  /** Moves the live data out of a chunk that is mostly garbage, so that the chunk can go. */
  #compact(): void {
    const arena = this.#arena;
    const victim = arena.candidate;
    if (victim < 0) return;
    arena.candidate = -1;
    for (let node = 0; node < this.#next; node++) {
      if (this.#chunk[node] !== victim) continue;
      const length = this.#length[node]!;
      arena.allocate(arena.view(victim, this.#offset[node]!, length));
      this.#chunk[node] = arena.chunk;
      this.#offset[node] = arena.offset;
      arena.free(victim, length);
    }
  }
}
