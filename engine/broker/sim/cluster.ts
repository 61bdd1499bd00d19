import { MemoryNetwork } from '../../../adapters/memory/network.js';
import { LinkBlocks } from '../../consensus/sim/link-blocks.js';
import { CoordinationService } from '../../coordination/service.js';
import { Member } from '../../server/member.js';
import { CrashableLevel } from '../../storage/crashable-level.js';
import { Storage } from '../../storage/index.js';
import { Random } from '../../time/random.js';
import { SimulatedClock } from '../../time/simulated-clock.js';
import type { Transport } from '../../../transports/transport.js';
import type { BrokerConfig } from '../config.js';
import { BrokerService } from '../service.js';
import { ConnectionBreaker } from './breaking-transport.js';
import { ProcessClock } from './process-clock.js';
import { Trace } from './trace.js';

/*
 * How this works. A whole logkeeper cluster in one process, on one SimulatedClock, over the
 * memory adapter: N nodes, each a Member as `logkeeper start` runs it — the first `voters`
 * an ensemble voter and a broker, the rest a broker only — each on a CrashableLevel (a
 * database that loses its unsynced writes when the power goes). Every source of chance is
 * drawn from the seed, so a run replays exactly.
 *
 * A crash is a process's end: its ProcessClock stops (none of its timers fires again), its
 * database goes dead and the disk keeps only what was synced, its connections reset. A
 * restart starts a new Member (new services, new sessions) on what the disk kept, under the
 * same id and address; it runs inside the simulation (the clock moves while it starts).
 *
 * Network faults are the memory network's — symmetric partitions and one-way blocks, latency
 * per link — made those of a reliable network by a ConnectionBreaker (breaking-transport.ts):
 * a cut breaks the connections across it rather than losing their frames, and so does a
 * "dropped" frame. Every node's and client's transport goes through it (`transport(name)`).
 * Blocks are counted, so that overlapping faults undo one another correctly.
 */

export interface SimBrokerClusterOptions {
  seed: number | string;
  /** Nodes, named '1'..'N' (broker ids 1..N). */
  nodes: number;
  /** How many of them (the first) are ensemble voters; default all. */
  voters?: number;
  /** The brokers' coordination session timeout; default 1000 ms. */
  sessionTimeoutMs?: number;
  /** Bound of the brokers' requests to the ensemble and to each other; default 2000 ms. */
  requestTimeoutMs?: number;
  broker?: Partial<BrokerConfig>;
  verbose?: boolean;
}

export interface SimNode {
  readonly id: string;
  readonly brokerId: number;
  readonly voter: boolean;
  /** What the process finds when it starts (the disk of the last crash, and what it kept). */
  disk: CrashableLevel;
  /** The running process's services (null while down or starting) and clock. */
  broker: BrokerService | null;
  coordination: CoordinationService | null;
  process: ProcessClock | null;
  /** Starts so far (0 before the first). */
  incarnation: number;
  /** Down: crashed and not restarted yet. */
  down: boolean;
}

const LINK = { latencyMs: 1, jitterMs: 1 };

export class SimBrokerCluster {
  // A fraction of a millisecond, as a real clock reads: timestamps written anywhere must be whole.
  readonly clock = new SimulatedClock(1_700_000_000_000.375);
  readonly network: MemoryNetwork;
  readonly breaker: ConnectionBreaker;
  readonly random: Random;
  readonly options: SimBrokerClusterOptions;
  readonly nodes = new Map<string, SimNode>();
  readonly trace: Trace;
  readonly startedAt: number;
  /** An unexpected failure of a member (a service stopped on an error): the run fails with it. */
  failure: Error | null = null;
  readonly #blocked: LinkBlocks;
  #slow = new Map<string, number>();

  private constructor(options: SimBrokerClusterOptions) {
    this.options = options;
    this.random = new Random(`cluster:${options.seed}`);
    this.network = new MemoryNetwork({ clock: this.clock, random: this.random.fork('network'), link: LINK });
    this.#blocked = new LinkBlocks(this.network);
    this.breaker = new ConnectionBreaker(this.clock, this.random.fork('breaker'));
    this.startedAt = this.clock.now();
    this.trace = new Trace(options.verbose);
    const voters = options.voters ?? options.nodes;
    for (let i = 1; i <= options.nodes; i++) {
      const id = String(i);
      this.nodes.set(id, { id, brokerId: i, voter: i <= voters, disk: new CrashableLevel(), broker: null, coordination: null, process: null, incarnation: 0, down: true });
    }
  }

  /** Starts every node and runs the clock until they have started. */
  static async start(options: SimBrokerClusterOptions): Promise<SimBrokerCluster> {
    const cluster = new SimBrokerCluster(options);
    await cluster.settle(Promise.all([...cluster.nodes.keys()].map((id) => cluster.#start(id))), 30_000);
    return cluster;
  }

  get ids(): string[] {
    return [...this.nodes.keys()];
  }

  get voterIds(): string[] {
    return this.ids.filter((id) => this.node(id).voter);
  }

  /** The brokers' addresses, for clients' bootstrap lists. */
  get addresses(): string[] {
    return this.ids.map((id) => `mem://${id}`);
  }

  node(id: string): SimNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`No node ${id}`);
    return node;
  }

  /** The transport of a node or client `name` on the simulated network. */
  transport(name: string): Transport {
    return this.breaker.wrap(this.network.transport(name));
  }

  /** Simulated ms since the cluster started. */
  elapsed(): number {
    return this.clock.now() - this.startedAt;
  }

  /** A notable event, in the trace (see trace.ts). */
  log(line: string): void {
    this.trace.log(this.elapsed(), line);
  }

  /** An event that only counts for replay (hashed, not kept). */
  note(line: string): void {
    this.trace.note(`${this.elapsed()} ${line}`);
  }

  // ---- running ----

  /** Runs until `condition()` holds (checked after every timer); throws after `limitMs` of simulated time. */
  async runUntil(condition: () => boolean, limitMs: number, what: string): Promise<void> {
    try {
      await this.clock.runUntilTrue(() => this.failure !== null || condition(), limitMs);
    } catch {
      throw new Error(`${what}: not reached within ${limitMs} ms of simulated time (at ${this.elapsed().toFixed(0)} ms)`);
    }
    if (this.failure) throw this.failure;
  }

  /** Awaits `promise` while the clock runs (bounded). */
  async settle<T>(promise: Promise<T>, limitMs = 60_000): Promise<T> {
    let done = false;
    const tracked = promise.finally(() => {
      done = true;
    });
    tracked.catch(() => {});
    await this.runUntil(() => done, limitMs, 'a promise');
    return tracked;
  }

  // ---- processes ----

  /** Kills a node's process: timers stop, unsynced writes are lost, connections reset. */
  crash(id: string): void {
    const node = this.node(id);
    if (node.down) return;
    this.log(`crash ${id}`);
    node.down = true;
    node.process?.kill();
    node.disk = node.disk.crash();
    node.broker = null;
    node.coordination = null;
    node.process = null;
    this.network.crash(id);
  }

  /** Starts a crashed node again from what its disk kept (in the background: the clock must run). */
  restart(id: string): Promise<void> {
    const node = this.node(id);
    if (!node.down) return Promise.resolve();
    this.log(`restart ${id}`);
    return this.#start(id);
  }

  /** Every node down, at once (the end of a run). */
  stopAll(): void {
    for (const node of this.nodes.values()) {
      node.process?.kill();
      node.down = true;
      node.broker = null;
      node.coordination = null;
    }
  }

  async #start(id: string): Promise<void> {
    const node = this.node(id);
    const o = this.options;
    node.down = false;
    node.incarnation++;
    const incarnation = node.incarnation;
    const clock = new ProcessClock(this.clock);
    node.process = clock;
    const seed = `${o.seed}:${id}:${incarnation}`;
    const voters = this.voterIds.map((v) => ({ id: v, address: `mem://${v}` }));
    const coordination = node.voter
      ? new CoordinationService({ peers: voters, seed, secretSeed: seed, raft: { tickMs: 10, electionTicks: 10 }, server: { tickMs: 100 } })
      : null;
    const say = (level: string) => (message: string, fields?: Record<string, unknown>) => {
      if (o.verbose) this.trace.debug(this.elapsed(), `[${id}#${incarnation} ${level}] ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`);
    };
    const broker = new BrokerService({
      logger: { warn: say('warn'), info: say('info') },
      ensemble: voters.map((v) => v.address),
      sessionTimeoutMs: o.sessionTimeoutMs ?? 1000,
      requestTimeoutMs: o.requestTimeoutMs ?? 2000,
      seed,
      config: { replicaLagTimeMs: 1000, replicaFetchWaitMaxMs: 100, replicaFetchBackoffMs: 50, replicaSocketTimeoutMs: 500, ...o.broker },
    });
    const current = () => node.process === clock && !clock.dead;
    try {
      const storage = await Storage.open({ db: node.disk });
      await Member.start({
        id,
        address: `mem://${id}`,
        transport: this.transport(id),
        storage,
        clock,
        services: coordination ? [coordination, broker] : [broker],
        onError: (error) => {
          if (current()) this.failure ??= new Error(`node ${id}: ${error.code}: ${error.message}`);
        },
      });
      if (!current()) return;
      node.broker = broker;
      node.coordination = coordination;
    } catch (error) {
      // A crash during the start leaves it unfinished: that is no failure.
      if (current()) this.failure ??= new Error(`node ${id} did not start: ${String(error)}`);
    }
  }

  // ---- network faults ----

  /** Cuts every link between the groups, both ways; returns the undo. */
  partition(groups: string[][]): () => void {
    const links: Array<[string, string]> = [];
    for (let i = 0; i < groups.length; i++) {
      for (let j = 0; j < groups.length; j++) {
        if (i !== j) for (const a of groups[i]!) for (const b of groups[j]!) links.push([a, b]);
      }
    }
    const name = groups.map((g) => `[${g.join(',')}]`).join(' | ');
    this.log(`partition ${name}`);
    return this.#block(links, `heal ${name}`);
  }

  /** Cuts `from` → `to` only; returns the undo. */
  block(from: string, to: string): () => void {
    this.log(`block ${from} -> ${to}`);
    return this.#block([[from, to]], `unblock ${from} -> ${to}`);
  }

  /** Delays frames between `a` and `b` (both ways) by `latencyMs`; returns the undo. */
  slow(a: string, b: string, latencyMs: number): () => void {
    this.log(`slow ${a} <-> ${b} ${latencyMs} ms`);
    const key = [a, b].sort().join('\u0000');
    this.#slow.set(key, (this.#slow.get(key) ?? 0) + 1);
    this.network.setLink(a, b, { latencyMs, jitterMs: latencyMs / 4 }, { symmetric: true });
    let undone = false;
    return () => {
      if (undone) return;
      undone = true;
      this.log(`fast ${a} <-> ${b}`);
      const n = (this.#slow.get(key) ?? 0) - 1;
      if (n > 0) return void this.#slow.set(key, n);
      this.#slow.delete(key);
      this.network.setLink(a, b, LINK, { symmetric: true });
    };
  }

  /** Each frame breaks its connection with probability `rate` (a lossy network, as a reliable transport sees it). */
  setDropRate(rate: number): void {
    this.log(`drop rate ${rate.toFixed(2)}`);
    this.breaker.setDropRate(rate);
  }

  /** No partition, block, slow link or drops any more. */
  healNetwork(): void {
    this.log('heal the network');
    this.network.heal();
    this.#blocked.clear();
    for (const key of this.#slow.keys()) {
      const [a, b] = key.split('\u0000') as [string, string];
      this.network.setLink(a, b, LINK, { symmetric: true });
    }
    this.#slow.clear();
    this.breaker.setDropRate(0);
  }

  #block(links: Array<[string, string]>, undoLine: string): () => void {
    const undo = this.#blocked.block(links, () => this.log(undoLine));
    for (const [a, b] of links) this.breaker.breakBetween(a, b);
    return undo;
  }
}
