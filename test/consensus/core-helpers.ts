import { Random } from '../../engine/time/random.js';
import { Raft, type RaftOptions } from '../../engine/consensus/raft.js';
import { bootstrapEntries } from '../../engine/consensus/bootstrap.js';
import type { Entry, Message, Snapshot } from '../../engine/consensus/types.js';

/*
 * A network of bare Raft cores, the way etcd's tests drive raft: no driver, no transport, no
 * disk. `stabilize()` delivers messages and handles Ready until nothing moves. Each node's
 * state machine is the list of applied data, so tests read it directly.
 */

export class CoreNode {
  readonly raft: Raft;
  applied: Entry[] = [];
  /** What this node "wrote": its disk, for restarts. */
  disk: { hardState?: { term: number; vote: string; commit: number }; snapshot: Snapshot | null; entries: Entry[] } = { snapshot: null, entries: [] };

  constructor(options: RaftOptions) {
    this.raft = new Raft(options);
  }

  values(): string[] {
    return this.applied.filter((e) => e.type === 0 && e.data.byteLength > 0).map((e) => new TextDecoder().decode(e.data));
  }
}

export class CoreNetwork {
  readonly nodes = new Map<string, CoreNode>();
  readonly random: Random;
  /** Links cut: "a->b". */
  readonly cut = new Set<string>();
  readonly options: Partial<RaftOptions>;
  inbox: Message[] = [];

  constructor(ids: string[], options: Partial<RaftOptions> & { seed?: number } = {}) {
    this.random = new Random(options.seed ?? 1);
    this.options = options;
    const peers = ids.map((id) => ({ id, address: id }));
    for (const id of ids) {
      const entries = bootstrapEntries(peers);
      const node = new CoreNode({
        ...options, id, random: this.random.fork(id),
        state: { hardState: { term: 1, vote: '', commit: entries.length }, entries },
      });
      node.disk = { hardState: { term: 1, vote: '', commit: entries.length }, snapshot: null, entries: [...entries] };
      this.nodes.set(id, node);
    }
  }

  node(id: string): CoreNode {
    return this.nodes.get(id)!;
  }

  /** Adds an empty node (to be added as a member). */
  addEmpty(id: string): CoreNode {
    const node = new CoreNode({ ...this.options, id, random: this.random.fork(id) });
    this.nodes.set(id, node);
    return node;
  }

  isolate(id: string): void {
    for (const other of this.nodes.keys()) {
      if (other === id) continue;
      this.cut.add(`${id}->${other}`);
      this.cut.add(`${other}->${id}`);
    }
  }

  heal(): void {
    this.cut.clear();
  }

  /** Handles every member's Ready (writing, applying), putting the messages in the inbox. */
  processReady(): boolean {
    let moved = false;
    for (const node of this.nodes.values()) {
      const r = node.raft;
      while (r.hasReady()) {
        moved = true;
        const rd = r.ready();
        if (rd.hardState) node.disk.hardState = rd.hardState;
        if (rd.snapshot) {
          node.disk.snapshot = rd.snapshot;
          node.disk.entries = [];
          node.applied = decodeApplied(rd.snapshot.data);
        }
        if (rd.entries.length > 0) {
          const first = rd.entries[0]!.index;
          node.disk.entries = node.disk.entries.filter((e) => e.index < first).concat(rd.entries);
        }
        for (const e of rd.committedEntries) node.applied.push(e);
        for (const m of [...rd.earlyMessages, ...rd.messages]) this.inbox.push(m);
        r.advance(rd);
      }
    }
    return moved;
  }

  deliver(): boolean {
    const batch = this.inbox;
    this.inbox = [];
    for (const m of batch) {
      if (this.cut.has(`${m.from}->${m.to}`)) continue;
      const to = this.nodes.get(m.to);
      if (!to) continue;
      to.raft.step(m);
    }
    return batch.length > 0;
  }

  stabilize(limit = 10_000): void {
    for (let i = 0; i < limit; i++) {
      const a = this.processReady();
      const b = this.deliver();
      if (!a && !b && this.inbox.length === 0) return;
    }
    throw new Error('CoreNetwork did not stabilize');
  }

  tick(id: string, n = 1): void {
    for (let i = 0; i < n; i++) this.node(id).raft.tick();
  }

  tickAll(n = 1): void {
    for (let i = 0; i < n; i++) {
      for (const node of this.nodes.values()) node.raft.tick();
      this.stabilize();
    }
  }

  leader(): CoreNode | undefined {
    return [...this.nodes.values()].find((n) => n.raft.role === 'leader');
  }

  /** Takes a snapshot on `id` at its applied index and compacts its log. */
  snapshot(id: string, keep = 0): Snapshot {
    const node = this.node(id);
    const r = node.raft;
    const index = r.log.applied;
    const snap: Snapshot = { meta: { index, term: r.log.term(index)!, conf: r.confState() }, data: encodeApplied(node.applied) };
    r.compact(Math.max(r.log.snapshotIndex, index - keep), snap);
    node.disk.snapshot = snap;
    return snap;
  }

  /** Rebuilds a node from its disk: what it wrote survives, the rest is gone. */
  restart(id: string): CoreNode {
    const old = this.node(id);
    const node = new CoreNode({ ...this.options, id, random: this.random.fork(`${id}'`), state: old.disk });
    node.disk = old.disk;
    node.applied = old.disk.snapshot ? decodeApplied(old.disk.snapshot.data) : [];
    this.nodes.set(id, node);
    this.inbox = this.inbox.filter((m) => m.to !== id && m.from !== id);
    return node;
  }
}

const enc = new TextEncoder();
export const bytes = (s: string): Uint8Array => enc.encode(s);

function encodeApplied(entries: Entry[]): Uint8Array {
  return enc.encode(JSON.stringify(entries.map((e) => [e.index, e.term, e.type, Buffer.from(e.data).toString('base64')])));
}

function decodeApplied(data: Uint8Array): Entry[] {
  const list = JSON.parse(new TextDecoder().decode(data)) as Array<[number, number, number, string]>;
  return list.map(([index, term, type, d]) => ({ index, term, type, data: new Uint8Array(Buffer.from(d, 'base64')) }));
}
