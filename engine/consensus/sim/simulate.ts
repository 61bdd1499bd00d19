import { LogkeeperError, NotLeaderError } from '../../errors/index.js';
import { Random } from '../../time/random.js';
import type { AppliedEntry, StateMachine } from '../state-machine.js';
import { InvariantError } from './checker.js';
import { SimCluster, type SimClusterOptions, type SimMember } from './cluster.js';

/*
 * One simulated run, decided entirely by its seed:
 *
 *   1. start N members (3 or 5, from the seed) and let them elect a leader;
 *   2. for `faultMs` of simulated time, clients propose (retrying on errors, so every value
 *      is eventually written at least once) and a reader takes linearizable reads, while a
 *      fault schedule drawn from the seed partitions the network (symmetric and one-way),
 *      crashes and restarts members (losing writes in flight), pauses them, drops, delays,
 *      duplicates and reorders frames;
 *   3. heal everything, restart and resume every member, and require within `healLimitMs`:
 *      a leader, every client value committed, every member applied to the same point.
 *
 * The invariants are checked after every step; a read that misses a write acknowledged
 * before it began is a linearizability violation. A failure carries the seed: the same
 * seed replays the same run, step for step.
 */

export interface SimulationOptions {
  seed: number | string;
  /** 3 or 5; default from the seed. */
  nodes?: number;
  /** Simulated time with faults; default 2,500 ms. */
  faultMs?: number;
  /** Bound on recovery after healing; default 4,000 ms. */
  healLimitMs?: number;
  /** Proposing clients; default 3. */
  clients?: number;
  /** Turn every fault off (a baseline). */
  noFaults?: boolean;
  /**
   * Appends carry one entry each, so that a new leader can be told that a majority holds an
   * entry of an earlier term before its own entry after it (Raft's Figure 8); default true in
   * a third of the seeds.
   */
  oneEntryPerAppend?: boolean;
  /** Probability that a run adds a learner, promotes it and maybe removes a voter; default 0.4. */
  membershipChance?: number;
  verbose?: boolean;
  cluster?: Partial<SimClusterOptions>;
}

export interface SimulationResult {
  seed: number | string;
  ok: boolean;
  nodes: number;
  error?: string;
  invariant?: string;
  /** The last lines of the harness trace (faults, leaders), for a failure report. */
  trace: string[];
  stats: {
    steps: number;
    simulatedMs: number;
    committed: number;
    acked: number;
    reads: number;
    leaders: number;
    crashes: number;
    /** Snapshots restored into a state machine (on restart or from the leader). */
    restores: number;
    membershipChanges: boolean;
    /** Simulated ms from healing to a leader and from healing to full recovery. */
    leaderAfterHealMs: number;
    recoveredAfterHealMs: number;
  };
}

/** A state machine that keeps a count and the last value; apply returns the index. */
export class CounterStateMachine implements StateMachine {
  count = 0;
  last = '';
  apply(entry: AppliedEntry): number {
    this.count++;
    this.last = new TextDecoder().decode(entry.data);
    return entry.index;
  }
  snapshot(): Uint8Array {
    return new TextEncoder().encode(JSON.stringify({ count: this.count, last: this.last }));
  }
  restore(snapshot: Uint8Array): void {
    const s = JSON.parse(new TextDecoder().decode(snapshot)) as { count: number; last: string };
    this.count = s.count;
    this.last = s.last;
  }
}

export async function simulate(options: SimulationOptions): Promise<SimulationResult> {
  const seed = options.seed;
  const plan = new Random(`plan:${seed}`);
  const nodes = options.nodes ?? (plan.chance(0.5) ? 3 : 5);
  const faultMs = options.faultMs ?? 2_500;
  const healLimitMs = options.healLimitMs ?? 4_000;
  const tickMs = 10;
  const electionTicks = 10;
  // Its own stream, so that drawing it shifts none of the plan's other draws.
  const oneEntryPerAppend = options.oneEntryPerAppend ?? new Random(`messages:${seed}`).chance(1 / 3);
  const cluster = await SimCluster.create({
    seed: `cluster:${seed}`,
    nodes,
    createStateMachine: () => new CounterStateMachine(),
    tickMs,
    electionTicks,
    requestTimeoutMs: 8 * electionTicks * tickMs,
    // Small, so that compaction and InstallSnapshot happen in most runs.
    snapshotEntries: 24,
    keepEntries: 4,
    verbose: options.verbose,
    ...options.cluster,
    node: { ...(oneEntryPerAppend ? { maxMessageBytes: 1 } : {}), ...options.cluster?.node },
  });
  if (oneEntryPerAppend) cluster.log('one entry per append');
  const ids = [...cluster.members.keys()];
  const stats: SimulationResult['stats'] = {
    steps: 0, simulatedMs: 0, committed: 0, acked: 0, reads: 0, leaders: 0, crashes: 0, restores: 0, membershipChanges: false,
    leaderAfterHealMs: 0, recoveredAfterHealMs: 0,
  };
  let violation: Error | null = null;
  const clock = cluster.clock;
  const faultEnd = faultMs;

  // ---- the workload ----
  const acked = new Map<string, number>(); // value -> index
  let maxAcked = 0;
  const wanted: string[] = [];
  let clientsDone = 0;
  const clientCount = options.clients ?? 3;
  const sleep = (ms: number) => new Promise<void>((resolve) => clock.setTimer(ms, resolve));

  /** A live member: the leader named by the last error, else any but the one that just failed. */
  const pickNode = (random: Random, hint: string | undefined, avoid?: string) => {
    if (hint) {
      const m = [...cluster.members.values()].find((x) => x.address === hint && x.node && !x.node.stopped);
      if (m) return m;
    }
    const live = cluster.live();
    const others = live.filter((m) => m.id !== avoid);
    if (others.length > 0) return random.pick(others);
    return live.length > 0 ? random.pick(live) : undefined;
  };

  const clientState: string[] = [];
  const client = async (c: number) => {
    const random = plan.fork(`client${c}`);
    let n = 0;
    let hint: string | undefined;
    let avoid: string | undefined;
    while (clock.now() < faultEnd && !violation) {
      const value = `c${c}-${n++}`;
      wanted.push(value);
      for (;;) {
        if (violation) return;
        const m = pickNode(random, hint, avoid);
        hint = undefined;
        avoid = undefined;
        if (!m) {
          await sleep(10);
          continue;
        }
        try {
          clientState[c] = `c${c} waits on ${m.id} for ${value} since ${clock.now().toFixed(0)}`;
          const r = await m.node!.propose<number>(new TextEncoder().encode(value));
          clientState[c] = `c${c} idle`;
          acked.set(value, r.index);
          if (r.index > maxAcked) maxAcked = r.index;
          stats.acked++;
          break;
        } catch (err) {
          clientState[c] = `c${c} failed ${(err as Error).message}`;
          if (process.env.SIM_DEBUG) cluster.log(`client ${c} on ${m.id}: ${(err as Error).message}`);
          avoid = m.id;
          if (err instanceof NotLeaderError) hint = err.leader;
          else if (!(err instanceof LogkeeperError && err.retriable)) {
            violation ??= new Error(`client ${c}: unexpected error ${String(err)}`);
            return;
          }
          await sleep(5 + random.int(20));
        }
      }
      await sleep(random.int(15));
    }
    clientsDone++;
  };

  const reader = async () => {
    const random = plan.fork('reader');
    while (clock.now() < faultEnd + healLimitMs && !violation) {
      await sleep(20 + random.int(40));
      const m = pickNode(random, undefined);
      if (!m) continue;
      const floor = maxAcked;
      try {
        const index = await m.node!.readIndex();
        stats.reads++;
        if (index < floor) {
          violation ??= new InvariantError('linearizable reads', `a read on ${m.id} returned index ${index}, before the write acknowledged at ${floor} when the read began`);
        }
        if (m.node && !m.node.stopped && m.node.applied < index) {
          violation ??= new InvariantError('linearizable reads', `a read on ${m.id} resolved at ${index} before applying it (${m.node.applied})`);
        }
      } catch (err) {
        if (!(err instanceof LogkeeperError && err.retriable)) violation ??= new Error(`reader: unexpected error ${String(err)}`);
      }
    }
  };

  // ---- the fault schedule ----
  const undo: Array<() => void> = [];
  const faults = plan.fork('faults');
  const at = (time: number, fn: () => void) => clock.setTimer(Math.max(0, time - clock.now()), () => {
    if (!violation) fn();
  });
  if (!options.noFaults) {
    let t = 100 + faults.int(200);
    while (t < faultEnd - 100) {
      const kind = faults.int(10);
      const duration = 50 + faults.int(600);
      const end = Math.min(t + duration, faultEnd);
      switch (kind) {
        case 0: { // symmetric partition into two random groups
          const shuffled = faults.shuffle([...ids]);
          const cut = 1 + faults.int(ids.length - 1);
          const a = shuffled.slice(0, cut);
          const b = shuffled.slice(cut);
          at(t, () => {
            const heal = cluster.partition(a, b);
            undo.push(heal);
            at(end, heal);
          });
          break;
        }
        case 1: { // isolate the leader at that moment
          at(t, () => {
            const leader = cluster.leader();
            if (!leader) return;
            const heal = cluster.partition([leader.id], ids.filter((x) => x !== leader.id));
            undo.push(heal);
            at(end, heal);
          });
          break;
        }
        case 2: { // one-way block
          const from = faults.pick(ids);
          const to = faults.pick(ids.filter((x) => x !== from));
          at(t, () => {
            const heal = cluster.block(from, to);
            undo.push(heal);
            at(end, heal);
          });
          break;
        }
        case 3:
        case 4: { // crash (often the leader) and restart
          const victim = faults.pick(ids);
          const leaderFirst = faults.chance(0.5);
          at(t, () => {
            const target = (leaderFirst && cluster.leader()?.id) || victim;
            const m = cluster.member(target);
            if (!m.node) return;
            stats.crashes++;
            cluster.crash(target);
            at(end, () => void cluster.restart(target));
          });
          break;
        }
        case 5: { // pause
          const victim = faults.pick(ids);
          at(t, () => {
            cluster.pause(victim);
            at(end, () => cluster.resume(victim));
          });
          break;
        }
        case 6: { // lossy links
          const rate = 0.05 + faults.next() * 0.3;
          at(t, () => {
            cluster.log(`drop rate ${rate.toFixed(2)}`);
            cluster.network.setDefaultLink({ dropRate: rate });
            at(end, () => {
              cluster.log('drop rate 0');
              cluster.network.setDefaultLink({ dropRate: 0 });
            });
          });
          break;
        }
        case 7: { // slow links
          const latency = 5 + faults.int(40);
          at(t, () => {
            cluster.log(`latency ${latency} ms`);
            cluster.network.setDefaultLink({ latencyMs: latency, jitterMs: latency });
            at(end, () => {
              cluster.log('latency 1 ms');
              cluster.network.setDefaultLink({ latencyMs: 1, jitterMs: 1 });
            });
          });
          break;
        }
        case 8: { // duplication and reordering
          const duplicate = faults.next() * 0.3;
          const reorder = faults.next() * 0.3;
          at(t, () => {
            cluster.log(`duplicate ${duplicate.toFixed(2)}, reorder ${reorder.toFixed(2)}`);
            cluster.setFrameFaults({ duplicate, reorder, reorderMaxMs: 20 });
            at(end, () => {
              cluster.log('no duplication or reordering');
              cluster.setFrameFaults({ duplicate: 0, reorder: 0 });
            });
          });
          break;
        }
        case 9: { // leadership transfer
          const pick = faults.next();
          at(t, () => {
            const leader = cluster.leader();
            if (!leader) return;
            const voters = leader.node!.status().conf.voters.map((v) => v.id).filter((v) => v !== leader.id);
            if (voters.length === 0) return;
            const to = voters[Math.floor(pick * voters.length)]!;
            cluster.log(`transfer leadership ${leader.id} -> ${to}`);
            leader.node!.transferLeadership(to).catch(() => {});
          });
          break;
        }
      }
      t += 30 + faults.int(250);
    }
  }

  // ---- membership changes: a learner joins and is promoted; sometimes a voter is removed ----
  const changes = plan.fork('membership');
  const changeMembers = !options.noFaults && changes.chance(options.membershipChance ?? 0.4);
  const joiner = `n${nodes + 1}`;
  const removeVictim = changes.chance(0.5) ? changes.pick(ids) : undefined;
  let membershipDone = !changeMembers;
  /** Runs a membership change on whoever leads, until it is known to have applied. */
  const change = async (what: string, fn: (node: NonNullable<SimMember['node']>) => Promise<unknown>, done: () => boolean) => {
    while (!violation) {
      if (done()) return;
      const leader = cluster.leader();
      if (leader) {
        try {
          cluster.log(`${what} (via ${leader.id})`);
          await fn(leader.node!);
        } catch (err) {
          if (!(err instanceof LogkeeperError)) throw err;
        }
      }
      await sleep(20 + changes.int(40));
    }
  };
  const confOf = () => cluster.leader()?.node!.status().conf;
  const membership = async () => {
    await sleep(150 + changes.int(Math.max(1, faultMs / 2)));
    await cluster.startJoiner(joiner);
    await change(`add learner ${joiner}`, (n) => n.addMember({ id: joiner, address: `raft://${joiner}` }, { learner: true }),
      () => !!confOf()?.learners.some((m) => m.id === joiner) || !!confOf()?.voters.some((m) => m.id === joiner));
    await sleep(changes.int(300));
    await change(`promote ${joiner}`, (n) => n.promoteMember(joiner), () => !!confOf()?.voters.some((m) => m.id === joiner));
    if (removeVictim) {
      await sleep(changes.int(300));
      await change(`remove ${removeVictim}`, (n) => n.removeMember(removeVictim), () => !!confOf() && !confOf()!.voters.some((m) => m.id === removeVictim));
    }
    membershipDone = true;
  };

  let healedAt = 0;
  const heal = () => {
    healedAt = clock.now();
    for (const u of undo) u();
    cluster.healAll();
    cluster.network.setDefaultLink({ dropRate: 0, latencyMs: 1, jitterMs: 1 });
    cluster.setFrameFaults({ duplicate: 0, reorder: 0 });
    for (const id of cluster.members.keys()) {
      cluster.resume(id);
      void cluster.restart(id);
    }
  };
  at(faultEnd, heal);

  let error: Error | null = null;
  try {
    for (let c = 0; c < clientCount; c++) void client(c);
    void reader();
    if (changeMembers) {
      membership().catch((err) => {
        violation ??= err as Error;
      });
    }
    await cluster.runUntil(() => violation !== null || clock.now() >= faultEnd, faultEnd + 1_000, 'the end of the faults');
    if (violation) throw violation;
    if (!healedAt) await cluster.runUntil(() => healedAt > 0, 100, 'healing');
    // Liveness: a leader, every value committed, every member caught up.
    await cluster.runUntil(() => violation !== null || cluster.leader() !== undefined, healLimitMs, 'a leader after healing');
    if (violation) throw violation;
    stats.leaderAfterHealMs = clock.now() - healedAt;
    const recovered = () => {
      if (violation) return true;
      if (clientsDone < clientCount || !membershipDone) return false;
      const conf = confOf();
      if (!conf) return false;
      const memberIds = [...conf.voters, ...conf.learners].map((x) => x.id);
      const live = memberIds.map((id) => cluster.members.get(id)).filter((x) => x?.node && !x.node.stopped);
      if (live.length !== memberIds.length) return false;
      const applied = live.map((m) => m!.node!.applied);
      const commit = live.map((m) => m!.node!.raft.log.committed);
      return applied.every((a) => a === applied[0] && a >= maxAcked) && commit.every((c) => c === applied[0]);
    };
    await cluster.runUntil(recovered, healLimitMs - stats.leaderAfterHealMs, 'recovery after healing (all values committed and applied everywhere)');
    if (violation) throw violation;
    stats.recoveredAfterHealMs = clock.now() - healedAt;
    // Every value a client wanted is in the log (at-least-once), and every acknowledged one where it was acknowledged.
    const m = cluster.leader()!;
    const log = m.node!.raft.log;
    const present = new Set<string>();
    for (const e of log.entries) if (e.data.byteLength > 0 && e.type === 0) present.add(new TextDecoder().decode(e.data));
    for (const [value, index] of acked) {
      const e = log.entry(index);
      if (e && new TextDecoder().decode(e.data) !== value) {
        throw new InvariantError('durability', `value ${value} was acknowledged at index ${index}, which now holds something else`);
      }
    }
    if (log.snapshotIndex === 0) {
      for (const value of wanted) {
        if (!present.has(value)) throw new InvariantError('liveness', `value ${value} was never committed`);
      }
    }
    stats.committed = log.committed;
  } catch (err) {
    error = err as Error;
    if (!(err instanceof InvariantError)) {
      const status = [...cluster.members.values()].map((m) => {
        if (!m.node) return `${m.id}: down`;
        const s = m.node.status();
        return `${m.id}: ${s.role} term ${s.term} lead ${s.leader?.id ?? '-'} commit ${s.commit} applied ${s.applied} last ${s.lastIndex}`;
      });
      cluster.log(`status: clients done ${clientsDone}/${clientCount} (${clientState.join('; ')}), max acked ${maxAcked}; ${status.join('; ')}`);
    }
  }
  stats.steps = cluster.steps;
  stats.simulatedMs = clock.now();
  stats.leaders = cluster.checker.leaderTerms.size;
  stats.restores = cluster.checker.restores;
  stats.membershipChanges = changeMembers;
  violation ??= null;
  await cluster.close().catch(() => {});
  const result: SimulationResult = { seed, ok: error === null, nodes, trace: cluster.trace.slice(-60), stats };
  if (error) {
    result.error = error.message;
    if (error instanceof InvariantError) result.invariant = error.invariant;
  }
  return result;
}

/** A failure report that says how to replay it. */
export function describeFailure(r: SimulationResult): string {
  return [
    `simulation seed ${JSON.stringify(r.seed)} FAILED (${r.nodes} nodes): ${r.error}`,
    `replay: npm run sim -- --seed ${r.seed} --verbose`,
    'last events:',
    ...r.trace.map((l) => `  ${l}`),
  ].join('\n');
}
