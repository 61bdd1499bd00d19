import test from 'ava';
import { Checker } from '../../engine/consensus/sim/checker.js';
import { Role, type Message } from '../../engine/consensus/types.js';
import { Random } from '../../engine/time/random.js';
import { CoreNetwork, bytes } from './core-helpers.js';

/*
 * The pure core under a message-level fuzzer: each step ticks members, delivers a random
 * choice of the messages in flight in random order (dropping, duplicating and holding some
 * back), proposes, compacts, transfers leadership, cuts and heals links and restarts members
 * from what they wrote. The Checker verifies Raft's invariants after every step; at the end
 * the network heals and every member must converge on one log. Much cheaper per step than
 * the full-stack simulation (no driver, no transport), so it covers many more schedules.
 */

function fuzz(seed: number): string | null {
  const random = new Random(`core-fuzz:${seed}`);
  const ids = random.chance(0.5) ? ['a', 'b', 'c'] : ['a', 'b', 'c', 'd', 'e'];
  // A third of the runs send one entry per append, so that a new leader can learn that a
  // majority holds an earlier term's entry before its own (Raft's Figure 8). Its own stream:
  // drawing it shifts none of the other draws.
  const oneEntryPerAppend = new Random(`core-fuzz-messages:${seed}`).chance(1 / 3);
  const net = new CoreNetwork(ids, { seed, maxInflight: 8, ...(oneEntryPerAppend ? { maxMessageBytes: 1 } : {}) });
  const checker = new Checker();
  const check = () => checker.check([...net.nodes.values()].map((n) => ({ id: n.raft.id, raft: n.raft })));
  let held: Message[] = [];
  let proposed = 0;
  try {
    for (let step = 0; step < 1500; step++) {
      const action = random.int(100);
      if (action < 30) {
        net.node(random.pick(ids)).raft.tick();
      } else if (action < 70) {
        // Deliver a random part of what is in flight, shuffled.
        const batch = random.shuffle([...net.inbox, ...held]);
        net.inbox = [];
        held = [];
        for (const m of batch) {
          const r = random.int(100);
          if (r < 10) continue; // dropped
          if (r < 25) {
            held.push(m); // delayed past later ones
            continue;
          }
          if (net.cut.has(`${m.from}->${m.to}`)) continue;
          net.nodes.get(m.to)?.raft.step(m);
          if (r < 30) net.nodes.get(m.to)?.raft.step(m); // duplicated
        }
      } else if (action < 82) {
        const leader = [...net.nodes.values()].find((n) => n.raft.role === Role.Leader);
        if (leader) leader.raft.propose(bytes(`v${proposed++}`));
      } else if (action < 85) {
        const n = net.node(random.pick(ids));
        if (n.raft.log.applied > n.raft.log.snapshotIndex && n.raft.log.applied <= n.raft.log.stabled) net.snapshot(n.raft.id, random.int(3));
      } else if (action < 88) {
        net.isolate(random.pick(ids));
      } else if (action < 92) {
        net.heal();
      } else if (action < 94) {
        const id = random.pick(ids);
        checker.forget(id);
        net.restart(id);
      } else if (action < 95) {
        const leader = [...net.nodes.values()].find((n) => n.raft.role === Role.Leader);
        if (leader) leader.raft.transferLeader(random.pick(ids));
      } else {
        for (const id of ids) net.node(id).raft.tick();
      }
      net.processReady();
      check();
    }
    // Heal and converge.
    net.heal();
    net.inbox.push(...held);
    for (let i = 0; i < 400; i++) {
      net.tickAll();
      check();
      const logs = ids.map((id) => net.node(id).raft.log);
      if (logs.every((l) => l.committed === logs[0]!.committed && l.applied === l.committed && l.committed === l.lastIndex())
        && ids.some((id) => net.node(id).raft.role === Role.Leader)) {
        // Every member applied the same entries (a snapshot carries the list applied before it).
        const lists = ids.map((id) => JSON.stringify(net.node(id).applied.map((e) => [e.index, e.term, Buffer.from(e.data).toString('hex')])));
        if (new Set(lists).size !== 1) return `members applied different logs`;
        return null;
      }
    }
    return `no convergence: ${ids.map((id) => {
      const r = net.node(id).raft;
      return `${id} ${r.role} t${r.term} commit ${r.log.committed} last ${r.log.lastIndex()}`;
    }).join('; ')}`;
  } catch (err) {
    return (err as Error).message;
  }
}

// CORE_FUZZ_SEEDS=20000 npx ava test/consensus/core-fuzz.test.ts runs more.
const SEEDS = Number(process.env.CORE_FUZZ_SEEDS ?? 1000);

test(`the core keeps its invariants under drop, delay, duplication, reordering, partitions and restarts (${SEEDS} seeds)`, (t) => {
  const failures: string[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const failure = fuzz(seed);
    if (failure) failures.push(`core fuzz seed ${seed}: ${failure}`);
  }
  t.deepEqual(failures, []);
});
