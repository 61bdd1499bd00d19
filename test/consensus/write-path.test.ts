import test from 'ava';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { RaftNode, type AppliedEntry, type StateMachine } from '../../engine/consensus/index.js';
import { LevelRaftStore, type PersistedState, type RaftSave, type RaftStore } from '../../engine/consensus/store.js';
import type { Snapshot } from '../../engine/consensus/types.js';
import { Storage } from '../../engine/storage/index.js';
import { Random } from '../../engine/time/random.js';
import { SimulatedClock } from '../../engine/time/simulated-clock.js';
import type { ConnectOptions, Connection, Transport } from '../../transports/transport.js';

/*
 * The driver's write path, rule by rule, with each member's disk under the test's control:
 * what is written, and what may happen while a write is in progress.
 */

const enc = new TextEncoder();
const dec = new TextDecoder();

class Values implements StateMachine {
  values: string[] = [];
  apply(entry: AppliedEntry): void {
    this.values.push(dec.decode(entry.data));
  }
  snapshot(): Uint8Array {
    return enc.encode(JSON.stringify(this.values));
  }
  restore(snapshot: Uint8Array): void {
    this.values = JSON.parse(dec.decode(snapshot)) as string[];
  }
}

/** A store that records every save and can hold writes until released. */
class GatedStore implements RaftStore {
  readonly saves: RaftSave[] = [];
  held: Array<() => void> = [];
  holding = false;
  #tail: Promise<void> = Promise.resolve();
  constructor(readonly inner: LevelRaftStore) {}
  load(): Promise<PersistedState> {
    return this.inner.load();
  }
  save(update: RaftSave): Promise<void> {
    this.saves.push(update);
    return this.#queue(() => this.inner.save(update));
  }
  saveSnapshot(snapshot: Snapshot, sync: boolean): Promise<void> {
    return this.#queue(() => this.inner.saveSnapshot(snapshot, sync));
  }
  compact(index: number): Promise<void> {
    return this.#queue(() => this.inner.compact(index));
  }
  /** Lets the oldest held write go. */
  releaseOne(): void {
    this.held.shift()?.();
  }
  #queue(write: () => Promise<void>): Promise<void> {
    const run = this.#tail.then(() => (this.holding ? new Promise<void>((resolve) => this.held.push(resolve)) : undefined)).then(write);
    this.#tail = run.catch(() => {});
    return run;
  }
}

async function cluster(t: { teardown(fn: () => Promise<void>): void }) {
  const clock = new SimulatedClock(0);
  const random = new Random('write-path');
  const network = new MemoryNetwork({ clock, random: random.fork('network'), link: { latencyMs: 1, jitterMs: 0 } });
  const ids = ['n1', 'n2', 'n3'];
  const peers = ids.map((id) => ({ id, address: `raft://${id}` }));
  const members = await clock.runUntilSettled(Promise.all(ids.map(async (id) => {
    const store = new GatedStore(new LevelRaftStore(await Storage.open()));
    const sm = new Values();
    const node = await RaftNode.start({
      id, address: `raft://${id}`, transport: network.transport(id), stateMachine: sm, store, peers, clock,
      random: random.fork(id), tickMs: 10, electionTicks: 10, heartbeatTicks: 1,
    });
    return { id, node, store, sm };
  })), 10_000);
  t.teardown(async () => {
    for (const m of members) m.store.holding = false;
    for (const m of members) while (m.store.held.length > 0) m.store.releaseOne();
    await Promise.all(members.map((m) => m.node.stop()));
  });
  members[0]!.node.campaign();
  await clock.runUntilTrue(() => members.some((m) => m.node.isLeader), 5_000);
  const leader = members.find((m) => m.node.isLeader)!;
  return { clock, members, leader, followers: members.filter((m) => m !== leader) };
}

test('a change of the commit index alone is not written on its own: every write carries entries, a term, a vote or a snapshot', async (t) => {
  const { clock, members, leader } = await cluster(t);
  for (const m of members) m.store.saves.length = 0;
  for (let i = 0; i < 20; i++) await clock.runUntilSettled(leader.node.propose(enc.encode(`v${i}`)), 5_000);
  await clock.advance(200);
  for (const m of members) {
    t.true(m.store.saves.length > 0, `${m.id} wrote`);
    const commitOnly = m.store.saves.filter((s) => !(s.entries?.length) && !s.snapshot);
    t.deepEqual(commitOnly, [], `${m.id} wrote no commit-only hard state`);
    t.deepEqual(m.sm.values.filter((v) => v !== ''), Array.from({ length: 20 }, (_, i) => `v${i}`), `${m.id} applied everything`);
  }
});

test('committed entries a member has already written are applied while its next write is in progress', async (t) => {
  const { clock, leader, followers } = await cluster(t);
  const [slow, other] = followers as [typeof followers[0], typeof followers[0]];
  await clock.runUntilSettled(leader.node.propose(enc.encode('warm')), 5_000);
  // The slow follower's disk holds its writes: x commits through the leader and the other follower.
  slow.store.holding = true;
  const x = leader.node.propose(enc.encode('x'));
  await clock.runUntilSettled(x, 5_000);
  await clock.runUntilTrue(() => slow.store.held.length === 1, 1_000);
  // y reaches the slow follower together with x's commit, while its write of x is still held.
  const y = leader.node.propose(enc.encode('y'));
  await clock.runUntilSettled(y, 5_000);
  await clock.advance(20);
  t.false(slow.sm.values.includes('x'), 'x is not applied before it is written here');
  // x's write completes; the write of y begins and is held.
  slow.store.releaseOne();
  await clock.runUntilTrue(() => slow.store.held.length === 1, 1_000);
  await clock.advance(5);
  t.true(slow.sm.values.includes('x'), 'x (written, committed) is applied while y\'s write is in progress');
  t.false(slow.sm.values.includes('y'), 'y is not applied before it is written here');
  t.true(other.sm.values.includes('y'));
  slow.store.holding = false;
  slow.store.releaseOne();
  await clock.runUntilTrue(() => slow.sm.values.includes('y'), 1_000);
  t.pass();
});

test('one Ready per event-loop turn: proposals made in the same turn share one write', async (t) => {
  const { clock, leader } = await cluster(t);
  await clock.runUntilSettled(leader.node.propose(enc.encode('warm')), 5_000);
  await clock.advance(50);
  leader.store.saves.length = 0;
  const all = Promise.all(['a', 'b', 'c'].map((v) => leader.node.propose(enc.encode(v))));
  await clock.runUntilSettled(all, 5_000);
  const withEntries = leader.store.saves.filter((s) => s.entries?.length);
  t.deepEqual(withEntries[0]!.entries!.map((e) => dec.decode(e.data)), ['a', 'b', 'c'], 'the three proposals went into the leader\'s first write together');
});

/**
 * A transport whose connections hand frames to the network in a microtask, as the TCP adapter
 * does (one write per burst); `flushed` counts the frames handed over so far.
 */
function microtaskFlushing(inner: Transport): Transport & { flushed: number } {
  const wrapper = {
    flushed: 0,
    get supports() {
      return inner.supports;
    },
    get maxFrameBytes() {
      return inner.maxFrameBytes;
    },
    listen: (...args: Parameters<Transport['listen']>) => inner.listen(...args),
    close: () => inner.close(),
    async connect(address: string, options?: ConnectOptions): Promise<Connection> {
      const real = await inner.connect(address, options);
      let queue: Uint8Array[] = [];
      const connection: Connection = {
        get localAddress() {
          return real.localAddress;
        },
        get remoteAddress() {
          return real.remoteAddress;
        },
        get closed() {
          return real.closed;
        },
        get bufferedAmount() {
          return real.bufferedAmount;
        },
        send(frame: Uint8Array): boolean {
          if (queue.length === 0) {
            queueMicrotask(() => {
              const frames = queue;
              queue = [];
              for (const f of frames) if (!real.closed) real.send(f);
              wrapper.flushed += frames.length;
            });
          }
          queue.push(frame.slice());
          return true;
        },
        onFrame: (h: (f: Uint8Array) => void) => real.onFrame(h),
        onClose: (h: (e?: Error) => void) => real.onClose(h),
        onDrain: (h: () => void) => real.onDrain(h),
        close: () => real.close(),
      };
      return connection;
    },
  };
  return wrapper;
}

test('a leader\'s appends are handed to the network before its own write starts, not after that write\'s synchronous part', async (t) => {
  const clock = new SimulatedClock(0);
  const random = new Random('write-path-early');
  const network = new MemoryNetwork({ clock, random: random.fork('network'), link: { latencyMs: 1, jitterMs: 0 } });
  const ids = ['n1', 'n2', 'n3'];
  const peers = ids.map((id) => ({ id, address: `raft://${id}` }));
  const transports = new Map(ids.map((id) => [id, microtaskFlushing(network.transport(id))]));
  /** For each write with entries: the frames the writer had handed to the network when the write began. */
  const flushedAtWrite = new Map<string, number[]>(ids.map((id) => [id, []]));
  const members = await clock.runUntilSettled(Promise.all(ids.map(async (id) => {
    const inner = new LevelRaftStore(await Storage.open());
    const store: RaftStore = {
      load: () => inner.load(),
      save: (update) => {
        if (update.entries?.length) flushedAtWrite.get(id)!.push(transports.get(id)!.flushed);
        return inner.save(update);
      },
      saveSnapshot: (s, sync) => inner.saveSnapshot(s, sync),
      compact: (i) => inner.compact(i),
    };
    const node = await RaftNode.start({
      id, address: `raft://${id}`, transport: transports.get(id)!, stateMachine: new Values(), store, peers, clock,
      random: random.fork(id), tickMs: 10, electionTicks: 10, heartbeatTicks: 1,
    });
    return { id, node };
  })), 10_000);
  t.teardown(() => Promise.all(members.map((m) => m.node.stop())).then(() => {}));
  members[0]!.node.campaign();
  await clock.runUntilTrue(() => members.some((m) => m.node.isLeader), 5_000);
  const leader = members.find((m) => m.node.isLeader)!;
  await clock.runUntilSettled(leader.node.propose(enc.encode('warm')), 5_000);
  await clock.advance(50);
  const before = transports.get(leader.id)!.flushed;
  flushedAtWrite.set(leader.id, []);
  await clock.runUntilSettled(leader.node.propose(enc.encode('x')), 5_000);
  const [first] = flushedAtWrite.get(leader.id)!;
  t.true(first !== undefined && first >= before + 2, `both followers' appends were on the network when the leader's write began (${first! - before} frames)`);
});
