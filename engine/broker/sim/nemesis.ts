import type { Random } from '../../time/random.js';
import type { BrokerChecker } from './checker.js';
import type { SimBrokerCluster } from './cluster.js';
import { liveReplicas, partitionState } from './observe.js';

/*
 * How this works. The faults of one run, drawn from the seed before it starts (so the
 * schedule replays), each at a time of its own within the fault phase and undone after a
 * duration of its own:
 *
 *   crash          a random node, the controller's node, or a partition leader's node;
 *                  restarted later — sometimes within its session timeout, so that the
 *                  cluster still counts the dead process as alive when the new one starts;
 *   partition      the nodes split in two groups, clients on either side;
 *   one-way        one node's frames to another lost, not the other way;
 *   slow follower  a partition's leader and one of its followers 20-300 ms apart;
 *   drops          every link loses a few percent of its frames.
 *
 * Kafka promises that an acks=all record survives as long as one in-sync replica holding
 * it does; a crash loses what a broker had not synced, so a crashed broker holds nothing it
 * can vouch for. A crash therefore happens only if it leaves, for every partition, an in-sync
 * replica alive (by the ISR the ensemble holds, which the controller elects from), and only
 * if every live in-sync replica holds everything below the highest high watermark seen — a
 * broker that restarted and has not caught up may still be in the ISR, and the controller
 * may pick it. A crash that would break this is skipped (and traced). Never more than a
 * minority of the ensemble's voters is down at once.
 */

export interface NemesisOptions {
  cluster: SimBrokerCluster;
  checker: BrokerChecker;
  random: Random;
  topic: string;
  partitions: number;
  /** Clock times of the fault phase. */
  from: number;
  until: number;
  /** Client nodes (producers, watchers), which a partition may put on either side. */
  clients: string[];
  /** More topics whose committed records a crash must not lose (the group simulation's `__consumer_offsets`). */
  guarded?: Array<{ checker: BrokerChecker; topic: string; partitions: number }>;
}

export class Nemesis {
  readonly #o: NemesisOptions;
  readonly #undo = new Set<() => void>();
  crashes = 0;
  skippedCrashes = 0;
  faults = 0;

  constructor(options: NemesisOptions) {
    this.#o = options;
  }

  /** Draws the schedule and sets its timers. */
  schedule(): void {
    const { random, from, until } = this.#o;
    let t = from + 100 + random.int(200);
    while (t < until - 50) {
      const kind = random.int(10);
      const end = Math.min(t + 50 + random.int(1500), until);
      this.#plan(kind, t, end);
      t += 50 + random.int(400);
    }
  }

  /** Ends every fault: the network heals and every node that is down restarts. */
  heal(): void {
    const { cluster } = this.#o;
    for (const undo of this.#undo) undo();
    this.#undo.clear();
    cluster.healNetwork();
    for (const node of cluster.nodes.values()) if (node.down) void cluster.restart(node.id);
  }

  #plan(kind: number, at: number, end: number): void {
    const { cluster, random } = this.#o;
    const ids = cluster.ids;
    switch (kind) {
      case 0:
      case 1:
      case 2: {
        // Crash: a random node, the controller's, or a partition leader's.
        const how = random.pick(['any', 'controller', 'leader'] as const);
        const pick = random.pick(ids);
        const partition = random.int(this.#o.partitions);
        return this.#at(at, () => {
          const victim = how === 'controller' ? this.#controller() ?? pick : how === 'leader' ? this.#leaderOf(partition) ?? pick : pick;
          this.crash(victim, end, how);
        });
      }
      case 3:
      case 4: {
        const shuffled = random.shuffle([...ids]);
        const cut = 1 + random.int(ids.length - 1);
        const a = shuffled.slice(0, cut);
        const b = shuffled.slice(cut);
        for (const client of this.#o.clients) (random.chance(0.5) ? a : b).push(client);
        return this.#at(at, () => this.#until(end, cluster.partition([a, b])));
      }
      case 5:
      case 6: {
        const from = random.pick(ids);
        const to = random.pick(ids.filter((id) => id !== from));
        return this.#at(at, () => this.#until(end, cluster.block(from, to)));
      }
      case 7:
      case 8: {
        const partition = random.int(this.#o.partitions);
        const latency = 20 + random.int(280);
        const which = random.next();
        return this.#at(at, () => {
          const leader = this.#leaderOf(partition);
          const state = partitionState(cluster, this.#o.topic, partition);
          if (!leader || !state) return;
          const followers = ids.filter((id) => id !== leader && liveReplicas(cluster, this.#o.topic, partition).some((r) => r.node.id === id));
          if (followers.length === 0) return;
          this.#until(end, cluster.slow(leader, followers[Math.floor(which * followers.length)]!, latency));
        });
      }
      case 9: {
        const rate = 0.01 + random.next() * 0.07;
        return this.#at(at, () => {
          cluster.setDropRate(rate);
          this.#until(end, () => cluster.setDropRate(0));
        });
      }
    }
  }

  #at(time: number, action: () => void): void {
    const clock = this.#o.cluster.clock;
    clock.setTimer(time - clock.now(), () => {
      if (clock.now() < this.#o.until) {
        this.faults++;
        action();
      }
    });
  }

  /** Undoes a fault at `end` (or at the heal, whichever comes first). */
  #until(end: number, undo: () => void): void {
    this.#undo.add(undo);
    const clock = this.#o.cluster.clock;
    clock.setTimer(end - clock.now(), () => {
      if (this.#undo.delete(undo)) undo();
    });
  }

  /** Crashes `victim` until `end` (or the heal), unless that could lose acknowledged records (see above). */
  crash(victim: string, end: number, how: string): void {
    const { cluster } = this.#o;
    const node = cluster.node(victim);
    if (node.down) return;
    const refusal = this.#unsafe(victim);
    if (refusal) {
      this.skippedCrashes++;
      cluster.log(`skip crashing ${victim} (${how}): ${refusal}`);
      return;
    }
    this.crashes++;
    cluster.crash(victim);
    this.#until(end, () => void cluster.restart(victim));
  }

  /** Why crashing `victim` now could lose acknowledged records (see above), or undefined. */
  #unsafe(victim: string): string | undefined {
    const { cluster } = this.#o;
    const down = new Set(cluster.ids.filter((id) => cluster.node(id).down));
    down.add(victim);
    const voters = cluster.voterIds;
    if (voters.filter((id) => down.has(id)).length > Math.floor((voters.length - 1) / 2)) return 'a majority of the ensemble would be down';
    for (const { checker, topic, partitions } of [this.#o, ...(this.#o.guarded ?? [])]) {
      const refusal = this.#unsafeFor(checker, topic, partitions, down);
      if (refusal) return refusal;
    }
    return undefined;
  }

  #unsafeFor(checker: BrokerChecker, topic: string, partitions: number, down: ReadonlySet<string>): string | undefined {
    const { cluster } = this.#o;
    for (let p = 0; p < partitions; p++) {
      const state = partitionState(cluster, topic, p);
      if (!state) return `the state of ${topic}-${p} is unknown`;
      const replicas = new Map(liveReplicas(cluster, topic, p).map((r) => [r.node.id, r.replica]));
      let frontier = checker.frontier(p);
      for (const r of replicas.values()) frontier = Math.max(frontier, r.highWatermark);
      const alive = state.isr.map(String).filter((id) => !down.has(id));
      if (alive.length === 0) return `no in-sync replica of ${topic}-${p} would be alive (ISR ${state.isr.join(',')})`;
      for (const id of alive) {
        const end = replicas.get(id)?.log.logEndOffset ?? -1;
        if (end < frontier) return `in-sync replica ${id} of ${topic}-${p} holds ${end < 0 ? 'nothing yet' : `up to ${end}`}, below the high watermark ${frontier}`;
      }
    }
    return undefined;
  }

  #controller(): string | undefined {
    for (const node of this.#o.cluster.nodes.values()) if (!node.down && node.broker?.node.controller.isActive) return node.id;
    return undefined;
  }

  #leaderOf(partition: number): string | undefined {
    const state = partitionState(this.#o.cluster, this.#o.topic, partition);
    return state && state.leader >= 0 ? String(state.leader) : undefined;
  }
}
