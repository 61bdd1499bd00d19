import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryNetwork } from '../adapters/memory/index.js';
import { RaftNode, type StateMachine } from '../engine/consensus/index.js';
import { SimCluster } from '../engine/consensus/sim/cluster.js';
import { CounterStateMachine } from '../engine/consensus/sim/simulate.js';
import { Storage } from '../engine/storage/index.js';
import { realClock } from '../engine/time/index.js';
import { percentile, report, type Row } from './lib/report.js';

/*
 * npm run bench -- raft [--quick]
 *
 * 1. Committed entries per second: 100-byte proposals to the leader of 3 and 5 RaftNodes
 *    over the memory adapter (real clock, zero latency), memory-level and classic-level
 *    with fsync, 1 and 64 concurrent proposers (each awaits its proposal, then sends the
 *    next). An entry counts when the leader has applied it (so a majority has it on disk).
 * 2. Time from a leader crash to a new leader: real clock over the memory adapter, and the
 *    distribution over simulated runs (SimCluster, no other faults).
 */

class NullStateMachine implements StateMachine {
  applied = 0;
  apply(): void {
    this.applied++;
  }
  snapshot(): Uint8Array {
    return new Uint8Array(8);
  }
  restore(): void {}
}

async function cluster(n: number, disk: boolean, tickMs = 100) {
  const network = new MemoryNetwork({ clock: realClock });
  const peers = Array.from({ length: n }, (_, i) => ({ id: `n${i + 1}`, address: `raft://n${i + 1}` }));
  const dirs: string[] = [];
  const nodes: RaftNode[] = [];
  for (const p of peers) {
    let storage: Storage;
    if (disk) {
      const dir = mkdtempSync(join(tmpdir(), 'logkeeper-raft-bench-'));
      dirs.push(dir);
      storage = await Storage.open({ directory: dir });
    } else storage = await Storage.open();
    nodes.push(await RaftNode.start({
      id: p.id, address: p.address, transport: network.transport(p.id), stateMachine: new NullStateMachine(),
      storage, peers, clock: realClock, tickMs, random: `bench:${p.id}`, sync: disk, snapshotEntries: 100_000,
    }));
  }
  nodes[0]!.campaign();
  const leader = await new Promise<RaftNode>((resolve) => {
    const check = () => {
      const l = nodes.find((x) => x.isLeader);
      if (l) resolve(l);
      else setTimeout(check, 5);
    };
    check();
  });
  return {
    network, nodes, leader,
    async close() {
      for (const node of nodes) {
        await node.stop();
      }
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function throughput(n: number, disk: boolean, proposers: number, ms: number): Promise<{ rate: number; p50: number; p99: number }> {
  const c = await cluster(n, disk);
  const payload = new Uint8Array(100).fill(7);
  let count = 0;
  const latencies: number[] = [];
  let stop = false;
  const worker = async () => {
    while (!stop) {
      const t0 = performance.now();
      await c.leader.propose(payload, { timeoutMs: 30_000 });
      latencies.push(performance.now() - t0);
      count++;
    }
  };
  // Warm up, then measure.
  const warm = performance.now() + Math.min(500, ms / 4);
  stop = false;
  const workers = Array.from({ length: proposers }, worker);
  while (performance.now() < warm) await new Promise((r) => setTimeout(r, 20));
  const start = performance.now();
  const startCount = count;
  latencies.length = 0;
  await new Promise((r) => setTimeout(r, ms));
  const elapsed = performance.now() - start;
  const done = count - startCount;
  stop = true;
  await Promise.all(workers);
  await c.close();
  return { rate: (done * 1000) / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function realFailover(samples: number): Promise<number[]> {
  const out: number[] = [];
  const tickMs = 20;
  for (let s = 0; s < samples; s++) {
    const c = await cluster(3, false, tickMs);
    await c.leader.propose(new Uint8Array([1]));
    await new Promise((r) => setTimeout(r, 3 * tickMs));
    const old = c.leader;
    const t0 = performance.now();
    c.network.crash(old.id);
    old.crash();
    const elapsed = await new Promise<number>((resolve) => {
      const check = () => {
        if (c.nodes.some((x) => x !== old && x.isLeader)) resolve(performance.now() - t0);
        else setTimeout(check, 1);
      };
      check();
    });
    out.push(elapsed / tickMs);
    await c.close();
  }
  return out;
}

async function simulatedFailover(runs: number, nodes: number): Promise<number[]> {
  const out: number[] = [];
  const tickMs = 10;
  for (let seed = 1; seed <= runs; seed++) {
    const c = await SimCluster.create({ seed: `failover:${seed}`, nodes, createStateMachine: () => new CounterStateMachine(), tickMs, check: false });
    await c.runUntil(() => c.leader() !== undefined, 10_000, 'first leader');
    await c.runFor(50 + (seed % 7) * 13);
    const old = c.leader()!;
    const t0 = c.clock.now();
    c.crash(old.id);
    await c.runUntil(() => c.leader() !== undefined, 60_000, 'a new leader');
    out.push((c.clock.now() - t0) / tickMs);
    await c.close();
  }
  return out;
}

export default async function main(flags: string[]): Promise<void> {
  const quick = flags.includes('--quick');
  const ms = quick ? 1000 : 3000;
  const rows: Row[] = [];
  const results = new Map<string, number>();
  for (const disk of [false, true]) {
    for (const n of [3, 5]) {
      for (const proposers of [1, 64]) {
        const r = await throughput(n, disk, proposers, ms);
        const key = `${n}/${disk ? 'classic' : 'memory'}/${proposers}`;
        results.set(key, r.rate);
        rows.push({
          case: `${n} nodes, ${disk ? 'classic-level fsync' : 'memory-level'}, ${proposers} proposer${proposers > 1 ? 's' : ''}`,
          'entries/s': Math.round(r.rate),
          'p50 ms': r.p50,
          'p99 ms': r.p99,
        });
      }
    }
  }
  const electionTicks = 10;
  const maxElection = 2 * electionTicks; // ticks
  const real = await realFailover(quick ? 3 : 8);
  const sim3 = await simulatedFailover(quick ? 100 : 400, 3);
  const sim5 = await simulatedFailover(quick ? 50 : 200, 5);
  const within = (xs: number[]) => xs.filter((x) => x <= 2 * maxElection).length / xs.length;
  rows.push({ case: `failover, real clock, 3 nodes (${real.length} runs), in ticks`, 'p50 ticks': percentile(real, 50), 'max ticks': Math.max(...real) });
  rows.push({ case: `failover, simulated, 3 nodes (${sim3.length} runs), in ticks`, 'p50 ticks': percentile(sim3, 50), 'p99 ticks': percentile(sim3, 99), 'max ticks': Math.max(...sim3), 'within 2x max election timeout': `${(within(sim3) * 100).toFixed(1)}%` });
  rows.push({ case: `failover, simulated, 5 nodes (${sim5.length} runs), in ticks`, 'p50 ticks': percentile(sim5, 50), 'p99 ticks': percentile(sim5, 99), 'max ticks': Math.max(...sim5), 'within 2x max election timeout': `${(within(sim5) * 100).toFixed(1)}%` });
  const headline = results.get('3/memory/64')!;
  const simAll = [...sim3, ...sim5];
  report({
    name: 'raft',
    workload: `100-byte proposals to the leader over the memory adapter (real clock, no latency), ${ms} ms per case after a warm-up; `
      + `failover: crash the leader, time until another member leads (election timeout ${electionTicks}..${2 * electionTicks - 1} ticks, pre-vote and check-quorum on)`,
    rows,
    targets: [
      { target: '>= 100,000 entries/s committed, 3 nodes, memory-level, 64 proposers', met: headline >= 100_000, value: `${Math.round(headline).toLocaleString('en-US')}/s` },
      { target: 'new leader within 2x the max election timeout in >= 99% of simulated runs', met: within(simAll) >= 0.99, value: `${(within(simAll) * 100).toFixed(1)}% of ${simAll.length}` },
    ],
    notes: [
      'All members run in this one process on one core, so every entry is encoded, written, sent, decoded and applied three (or five) times on the same core.',
      'Failover in ticks: the election timeout is randomized in [10, 20) ticks; a follower only notices the crash when its timeout expires after the last heartbeat.',
    ],
  });
}
