import { MemoryNetwork } from '../../../adapters/memory/network.js';
import type { LinkModel } from '../../../adapters/memory/link.js';
import { LinkBlocks } from './link-blocks.js';
import { Storage } from '../../storage/index.js';
import { Random } from '../../time/random.js';
import { SimulatedClock } from '../../time/simulated-clock.js';
import { RaftNode, type RaftNodeOptions } from '../node.js';
import type { StateMachine } from '../state-machine.js';
import { LevelRaftStore } from '../store.js';
import type { Peer } from '../types.js';
import { Checker, InvariantError, type CheckedStateMachine } from './checker.js';
import { DelayedStore } from './delayed-store.js';
import { FaultyTransport, NO_FRAME_FAULTS, type FaultControl, type FrameFaults } from './faulty-transport.js';
import { PausableClock } from './pausable-clock.js';

/*
 * A whole cluster of real RaftNodes — driver, message layer, store — on one SimulatedClock
 * over the memory adapter, with every source of chance drawn from one seed. The harness
 * owns the faults the lower layers cannot do themselves (frame duplication and reordering,
 * node pauses, disk latency with loss on crash) and checks the invariants after every
 * step. It takes any state machine, so the coordination service and the broker can run
 * their own fault campaigns on it.
 *
 *   const cluster = await SimCluster.create({ seed: 42, nodes: 3, createStateMachine });
 *   await cluster.runUntil(() => cluster.leader() !== undefined, 5_000);
 *   await cluster.member('n1').node!.propose(bytes);
 */

export interface SimClusterOptions {
  seed: number | string;
  /** How many members (named n1, n2, ...) or their names. */
  nodes: number | string[];
  createStateMachine: (id: string) => StateMachine;
  tickMs?: number;
  electionTicks?: number;
  heartbeatTicks?: number;
  /** Default link model: 1 ms latency, 1 ms jitter. */
  link?: Partial<LinkModel>;
  /** Each write takes up to this long (uniform); a crash loses writes not yet done. Default 2 ms. */
  diskDelayMs?: number;
  snapshotEntries?: number;
  keepEntries?: number;
  requestTimeoutMs?: number;
  /** Check the invariants after every step; default true. */
  check?: boolean;
  /** More options for every node. */
  node?: Partial<RaftNodeOptions>;
  /** Keep a trace of harness events (always kept for the last lines; this prints them live). */
  verbose?: boolean;
}

export interface SimMember {
  readonly id: string;
  readonly address: string;
  node: RaftNode | null;
  readonly storage: Storage;
  readonly store: LevelRaftStore;
  delayed: DelayedStore | null;
  readonly control: FaultControl;
  readonly clock: PausableClock;
  sm: CheckedStateMachine | null;
  /** Starting after a crash (async load in progress). */
  starting: boolean;
  crashes: number;
}

export class SimCluster {
  readonly clock: SimulatedClock;
  readonly network: MemoryNetwork;
  readonly random: Random;
  readonly checker = new Checker();
  readonly options: SimClusterOptions;
  readonly members = new Map<string, SimMember>();
  readonly trace: string[] = [];
  steps = 0;
  readonly #blocked: LinkBlocks;
  #peers: Peer[] = [];
  #failure: Error | null = null;

  private constructor(options: SimClusterOptions) {
    this.options = options;
    this.random = new Random(options.seed);
    this.clock = new SimulatedClock(0);
    this.network = new MemoryNetwork({
      clock: this.clock,
      random: this.random.fork('network'),
      link: { latencyMs: 1, jitterMs: 1, ...options.link },
    });
    this.#blocked = new LinkBlocks(this.network);
  }

  static async create(options: SimClusterOptions): Promise<SimCluster> {
    const cluster = new SimCluster(options);
    const names = typeof options.nodes === 'number' ? Array.from({ length: options.nodes }, (_, i) => `n${i + 1}`) : options.nodes;
    cluster.#peers = names.map((id) => ({ id, address: `raft://${id}` }));
    for (const id of names) await cluster.#addMember(id);
    // Starting writes to the (simulated, delayed) disk: run the clock meanwhile.
    await cluster.settle(Promise.all(names.map((id) => cluster.#start(id, cluster.#peers))), 10_000);
    return cluster;
  }

  // ---- inspection ----

  member(id: string): SimMember {
    const m = this.members.get(id);
    if (!m) throw new Error(`No member ${id}`);
    return m;
  }

  /** Members whose node is running. */
  live(): SimMember[] {
    return [...this.members.values()].filter((m) => m.node !== null && !m.node.stopped);
  }

  /** The running leader of the highest term, if any. */
  leader(): SimMember | undefined {
    let best: SimMember | undefined;
    for (const m of this.live()) {
      if (m.node!.isLeader && (!best || m.node!.term > best.node!.term)) best = m;
    }
    return best;
  }

  log(line: string): void {
    const text = `${this.clock.now().toFixed(1).padStart(8)} ms  ${line}`;
    this.trace.push(text);
    if (this.trace.length > 400) this.trace.splice(0, this.trace.length - 300);
    if (this.options.verbose) console.log(text);
  }

  // ---- running ----

  /** Fires the next timer, then checks the invariants. False when no timer is pending. */
  async step(): Promise<boolean> {
    if (this.#failure) throw this.#failure;
    const fired = await this.clock.step();
    this.steps++;
    if (this.#failure) throw this.#failure;
    if (this.options.check !== false) this.checker.check(this.#checked());
    return fired;
  }

  /** Runs `ms` of simulated time. */
  async runFor(ms: number): Promise<void> {
    const until = this.clock.now() + ms;
    for (;;) {
      const next = this.clock.nextTimerAt();
      if (next === undefined || next > until) break;
      await this.step();
    }
    await this.clock.runUntil(until);
  }

  /** Runs until `condition()` holds; throws after `limitMs` of simulated time. */
  async runUntil(condition: () => boolean, limitMs: number, what = 'condition'): Promise<void> {
    const until = this.clock.now() + limitMs;
    let idle = 0;
    while (!condition()) {
      const next = this.clock.nextTimerAt();
      if (next === undefined || next > until) {
        // Async work (storage) may still be settling before it sets a timer.
        if (idle++ < 20) {
          await this.clock.runUntil(this.clock.now());
          continue;
        }
        throw new Error(`${what} not reached within ${limitMs} ms of simulated time (at ${this.clock.now()} ms)`);
      }
      idle = 0;
      await this.step();
    }
  }

  /** Awaits a promise while running the simulation (bounded). */
  async settle<T>(promise: Promise<T>, limitMs = 60_000): Promise<T> {
    let done = false;
    let value: T | undefined;
    let error: unknown;
    promise.then((v) => ((done = true), (value = v)), (e) => ((done = true), (error = e)));
    await this.runUntil(() => done, limitMs, 'promise');
    if (error !== undefined) throw error;
    return value as T;
  }

  // ---- faults ----

  /** Cuts the links between groups, both ways; returns the undo. */
  partition(...groups: string[][]): () => void {
    const links: Array<[string, string]> = [];
    for (let i = 0; i < groups.length; i++) {
      for (let j = 0; j < groups.length; j++) {
        if (i !== j) for (const a of groups[i]!) for (const b of groups[j]!) links.push([a, b]);
      }
    }
    this.log(`partition ${groups.map((g) => `[${g.join(',')}]`).join(' | ')}`);
    return this.#block(links, `heal ${groups.map((g) => `[${g.join(',')}]`).join(' | ')}`);
  }

  /** Cuts `from` → `to` only; returns the undo. */
  block(from: string, to: string): () => void {
    this.log(`block ${from} -> ${to}`);
    return this.#block([[from, to]], `unblock ${from} -> ${to}`);
  }

  /** Removes every partition and block. */
  healAll(): void {
    this.network.heal();
    this.#blocked.clear();
    this.log('heal all');
  }

  #block(links: Array<[string, string]>, undoLine: string): () => void {
    const undo = this.#blocked.block(links, () => this.log(undoLine));
    return undo;
  }

  setFrameFaults(faults: Partial<FrameFaults>): void {
    for (const m of this.members.values()) m.control.faults = { ...m.control.faults, ...faults };
  }

  /** Kills a member's process: connections reset, writes in flight lost. */
  crash(id: string): void {
    const m = this.member(id);
    if (!m.node) return;
    this.log(`crash ${id}`);
    m.crashes++;
    m.delayed?.crash();
    m.node.crash();
    m.node = null;
    m.sm = null;
    m.control.held = [];
    m.control.paused = false;
    m.clock.resume();
    this.network.crash(id);
    this.checker.forget(id);
  }

  /** Starts a crashed member again from what its disk holds. */
  async restart(id: string): Promise<void> {
    const m = this.member(id);
    if (m.node || m.starting) return;
    this.log(`restart ${id}`);
    await this.#start(id, undefined);
  }

  pause(id: string): void {
    const m = this.member(id);
    if (!m.node || m.control.paused) return;
    this.log(`pause ${id}`);
    m.control.paused = true;
    m.clock.pause();
  }

  resume(id: string): void {
    const m = this.member(id);
    if (!m.control.paused) return;
    this.log(`resume ${id}`);
    m.control.paused = false;
    const held = m.control.held;
    m.control.held = [];
    m.clock.resume();
    for (const deliver of held) deliver();
  }

  // ---- membership ----

  /**
   * Creates and starts an empty member that the leader can then add. It writes to the
   * simulated disk, so run the clock meanwhile (`cluster.settle(cluster.startJoiner(id))`
   * from a test; from simulated code, just await it).
   */
  async startJoiner(id: string): Promise<SimMember> {
    this.log(`start joiner ${id}`);
    await this.#addMember(id);
    await this.#start(id, undefined);
    return this.member(id);
  }

  /**
   * Ends the simulation: every node stops at once, as in a crash (a graceful `stop()` would
   * wait for writes that only the simulated clock can finish). The storages stay open.
   */
  async close(): Promise<void> {
    for (const m of this.members.values()) {
      m.delayed?.crash();
      m.node?.crash();
      m.node = null;
    }
  }

  // ---- internals ----

  *#checked(): Iterable<{ id: string; raft: RaftNode['raft'] }> {
    for (const m of this.members.values()) if (m.node && !m.node.stopped) yield { id: m.id, raft: m.node.raft };
  }

  async #addMember(id: string): Promise<void> {
    const storage = await Storage.open();
    const member: SimMember = {
      id,
      address: `raft://${id}`,
      node: null,
      storage,
      store: new LevelRaftStore(storage),
      delayed: null,
      control: { faults: { ...NO_FRAME_FAULTS }, paused: false, held: [] },
      clock: new PausableClock(this.clock),
      sm: null,
      starting: false,
      crashes: 0,
    };
    this.members.set(id, member);
  }

  async #start(id: string, peers: Peer[] | undefined): Promise<void> {
    const m = this.member(id);
    const o = this.options;
    m.starting = true;
    const random = this.random.fork(`${id}#${m.crashes}`);
    m.delayed = new DelayedStore(m.store, m.clock, random.fork('disk'), o.diskDelayMs ?? 2);
    const transport = new FaultyTransport(this.network.transport(id), m.control, this.clock, random.fork('frames'));
    const sm = this.checker.wrap(id, o.createStateMachine(id));
    try {
      const node = await RaftNode.start({
        id,
        address: m.address,
        transport,
        stateMachine: sm,
        store: m.delayed,
        peers,
        clock: m.clock,
        random: random.fork('raft'),
        tickMs: o.tickMs ?? 10,
        electionTicks: o.electionTicks ?? 10,
        heartbeatTicks: o.heartbeatTicks ?? 1,
        snapshotEntries: o.snapshotEntries ?? 200,
        keepEntries: o.keepEntries ?? 20,
        requestTimeoutMs: o.requestTimeoutMs,
        onError: (error) => {
          this.#failure ??= error.cause instanceof InvariantError ? error.cause : error;
        },
        ...o.node,
      });
      m.node = node;
      m.sm = sm;
      node.onLeaderChange((info) => {
        if (info.leader?.id === id) this.log(`${id} leads term ${info.term}`);
      });
    } finally {
      m.starting = false;
    }
  }
}
