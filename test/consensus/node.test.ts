import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { LogkeeperError, NoQuorumError, NotLeaderError } from '../../engine/errors/index.js';
import { RaftNode, Role, type AppliedEntry, type StateMachine } from '../../engine/consensus/index.js';
import { SimCluster } from '../../engine/consensus/sim/cluster.js';
import { Storage } from '../../engine/storage/index.js';
import { realClock } from '../../engine/time/index.js';

/*
 * The driver (RaftNode) on a simulated cluster: real message layer over the memory adapter,
 * real store over memory-level, simulated clock. Each test is one readable scenario.
 */

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A key-value map: "key=value" sets, apply returns the previous value. */
class KV implements StateMachine {
  map = new Map<string, string>();
  apply(entry: AppliedEntry): string | undefined {
    const [k, v] = dec.decode(entry.data).split('=') as [string, string];
    const previous = this.map.get(k);
    this.map.set(k, v);
    return previous;
  }
  snapshot(): Uint8Array {
    return enc.encode(JSON.stringify([...this.map]));
  }
  restore(snapshot: Uint8Array): void {
    this.map = new Map(JSON.parse(dec.decode(snapshot)) as Array<[string, string]>);
  }
}

const kv = (m: { sm: { inner: StateMachine } | null }) => m.sm!.inner as KV;

async function cluster(t: { teardown(fn: () => Promise<void>): void }, nodes = 3, extra: Partial<Parameters<typeof SimCluster.create>[0]> = {}) {
  const c = await SimCluster.create({ seed: 'node-test', nodes, createStateMachine: () => new KV(), ...extra });
  t.teardown(() => c.close());
  await c.runUntil(() => c.leader() !== undefined, 5_000, 'a leader');
  return c;
}

test('propose on the leader resolves with the apply result once applied; every member applies it', async (t) => {
  const c = await cluster(t);
  const leader = c.leader()!.node!;
  const first = await c.settle(leader.propose(enc.encode('a=1')));
  t.is(first.result, undefined);
  const second = await c.settle(leader.propose(enc.encode('a=2')));
  t.is(second.result, '1');
  t.true(second.index > first.index);
  await c.runFor(100);
  for (const m of c.members.values()) t.is(kv(m).map.get('a'), '2', m.id);
});

test('propose on a follower is forwarded to the leader; with forwarding off it is refused naming the leader', async (t) => {
  const c = await cluster(t);
  const leader = c.leader()!;
  const follower = [...c.members.values()].find((m) => m !== leader)!;
  const r = await c.settle(follower.node!.propose(enc.encode('k=v')));
  t.is(r.result, undefined);
  t.is(kv(follower).map.get('k'), 'v', 'resolved only once applied here too');

  const strict = await cluster(t, 3, { seed: 'strict', node: { forwardProposals: false } });
  const l2 = strict.leader()!;
  const f2 = [...strict.members.values()].find((m) => m !== l2)!;
  const error = await t.throwsAsync(strict.settle(f2.node!.propose(enc.encode('x=1'))), { instanceOf: NotLeaderError });
  t.is(error?.leader, l2.address);
  t.true(error?.retriable);
});

test('no quorum: a cut-off leader and a minority follower fail proposals with typed errors within the bound', async (t) => {
  const c = await cluster(t, 3, { requestTimeoutMs: 500 });
  const leader = c.leader()!;
  const others = [...c.members.values()].filter((m) => m !== leader).map((m) => m.id);
  c.partition([leader.id], others);
  const started = c.clock.now();
  const onLeader = leader.node!.propose(enc.encode('lost=1'));
  const error = await t.throwsAsync(c.settle(onLeader, 2_000), { instanceOf: LogkeeperError });
  t.true(error!.retriable);
  t.true(['NO_QUORUM', 'OPERATION_TIMEOUT'].includes(error!.code), error!.code);
  t.true(c.clock.now() - started <= 600, 'failed at its deadline, not later');
  t.not(leader.node!.role, Role.Leader, 'check-quorum made it step down');
  // Meanwhile the majority elected a leader and goes on.
  await c.runUntil(() => c.leader() !== undefined && c.leader() !== leader, 2_000, 'a new leader');
  await c.settle(c.leader()!.node!.propose(enc.encode('ok=1')));
  // The old leader, alone, has no leader: NO_QUORUM.
  await t.throwsAsync(c.settle(leader.node!.propose(enc.encode('x=1')), 2_000), { instanceOf: NoQuorumError });
});

test('readIndex on a follower is linearizable: it sees every write acknowledged before it began', async (t) => {
  const c = await cluster(t);
  const leader = c.leader()!;
  const follower = [...c.members.values()].find((m) => m !== leader)!;
  // Slow the follower's link so that it lags behind the leader.
  c.network.setLink(leader.id, follower.id, { latencyMs: 30 });
  await c.settle(leader.node!.propose(enc.encode('x=fresh')));
  t.not(kv(follower).map.get('x'), 'fresh', 'the follower has not applied it yet');
  const value = await c.settle(follower.node!.read(() => kv(follower).map.get('x')));
  t.is(value, 'fresh');
});

test('crash and restart: a member comes back from its disk, replays the log and catches up', async (t) => {
  const c = await cluster(t);
  const leader = c.leader()!;
  for (let i = 0; i < 5; i++) await c.settle(leader.node!.propose(enc.encode(`k${i}=${i}`)));
  const victim = [...c.members.values()].find((m) => m !== leader)!;
  c.crash(victim.id);
  await c.settle(leader.node!.propose(enc.encode('during=1')));
  await c.settle(c.restart(victim.id));
  await c.runUntil(() => kv(victim).map.get('during') === '1', 2_000, 'catch-up');
  t.is(kv(victim).map.get('k4'), '4');
  // Every member crashes at once; the cluster comes back with all it had committed.
  for (const id of c.members.keys()) c.crash(id);
  for (const id of c.members.keys()) await c.settle(c.restart(id));
  await c.runUntil(() => c.leader() !== undefined, 5_000, 'a leader after a full restart');
  await c.settle(c.leader()!.node!.propose(enc.encode('after=1')));
  await c.runFor(100);
  for (const m of c.members.values()) {
    t.is(kv(m).map.get('during'), '1', m.id);
    t.is(kv(m).map.get('after'), '1', m.id);
  }
});

test('compaction and snapshot-install: a member that missed compacted entries gets a snapshot', async (t) => {
  const c = await cluster(t, 3, { snapshotEntries: 10, keepEntries: 2 });
  const leader = c.leader()!;
  const victim = [...c.members.values()].find((m) => m !== leader)!;
  c.crash(victim.id);
  for (let i = 0; i < 40; i++) await c.settle(leader.node!.propose(enc.encode(`k${i}=${i}`)));
  t.true(leader.node!.status().snapshotIndex > 20, 'the leader compacted its log');
  await c.settle(c.restart(victim.id));
  await c.runUntil(() => kv(victim).map.get('k39') === '39', 3_000, 'catch-up');
  t.true(victim.node!.status().snapshotIndex > 0, 'it installed a snapshot');
  t.is(kv(victim).map.size, 40);
});

test('membership: a learner joins, catches up without voting, is promoted; a voter is removed', async (t) => {
  const c = await cluster(t, 3, { snapshotEntries: 10, keepEntries: 2 });
  const leader = c.leader()!;
  for (let i = 0; i < 25; i++) await c.settle(leader.node!.propose(enc.encode(`k${i}=${i}`)));
  const joiner = await c.settle(c.startJoiner('n4'));
  await c.settle(leader.node!.addMember({ id: 'n4', address: joiner.address }, { learner: true }));
  await c.runUntil(() => kv(joiner).map.get('k24') === '24', 3_000, 'the learner catches up');
  t.deepEqual(leader.node!.status().conf.learners.map((m) => m.id), ['n4']);
  t.is(joiner.node!.role, Role.Follower);
  await c.settle(leader.node!.promoteMember('n4'));
  t.deepEqual(leader.node!.status().conf.voters.map((m) => m.id).sort(), ['n1', 'n2', 'n3', 'n4']);
  const removed = [...c.members.values()].find((m) => m !== leader && m !== joiner)!;
  await c.settle(leader.node!.removeMember(removed.id));
  await c.settle(leader.node!.propose(enc.encode('after=1')));
  await c.runUntil(() => kv(joiner).map.get('after') === '1', 1_000, 'the new voter applies');
  t.false(leader.node!.status().conf.voters.some((m) => m.id === removed.id));
  await t.throwsAsync(c.settle(leader.node!.addMember({ id: 'n4', address: joiner.address })), { code: 'BAD_ARGUMENTS' });
});

test('leadership transfer: resolves when the target leads; the old leader follows it', async (t) => {
  const c = await cluster(t);
  const leader = c.leader()!;
  const target = [...c.members.values()].find((m) => m !== leader)!;
  await c.settle(leader.node!.transferLeadership(target.id));
  t.true(target.node!.isLeader);
  t.is(leader.node!.leader?.id, target.id);
  const changes: string[] = [];
  target.node!.onLeaderChange((info) => changes.push(info.leader?.id ?? 'none'));
  await c.settle(target.node!.transferLeadership(leader.id));
  t.is(changes.at(-1), leader.id, 'it learns the new leader (after a moment without one)');
  await t.throwsAsync(c.settle(target.node!.transferLeadership(leader.id)), { instanceOf: NotLeaderError });
});

test('a removed leader steps down, and the rest elect one among themselves', async (t) => {
  const c = await cluster(t);
  const leader = c.leader()!;
  // The leader announces its role in the Ready that sends its first appends: once every member
  // follows it, that has happened.
  await c.runUntil(() => c.live().every((m) => m.node!.leader?.id === leader.id), 1_000, 'every member to follow the leader');
  const roles: Role[] = [];
  leader.node!.onRoleChange((role) => roles.push(role));
  await c.settle(leader.node!.removeMember(leader.id)).catch(() => {});
  await c.runUntil(() => c.leader() !== undefined && c.leader() !== leader, 3_000, 'a new leader');
  t.deepEqual(roles, [Role.Follower]);
  const next = c.leader()!.node!;
  t.deepEqual(next.status().conf.voters.map((m) => m.id).sort(), [...c.members.keys()].filter((id) => id !== leader.id).sort());
  await c.settle(next.propose(enc.encode('z=1')));
});

test('arguments are checked; a stopped node refuses with CONNECTION_CLOSED', async (t) => {
  const c = await cluster(t);
  const node = c.leader()!.node!;
  await t.throwsAsync(node.propose(new Uint8Array(0)), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(node.propose('x' as unknown as Uint8Array), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(node.propose(enc.encode('a=1'), { timeoutMs: -1 }), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(RaftNode.start({ id: '', address: 'x', transport: null as never, stateMachine: new KV() }), { code: 'BAD_ARGUMENTS' });
  await c.settle(node.stop()); // it lets a write in flight finish: run the clock meanwhile
  await t.throwsAsync(node.propose(enc.encode('a=1')), { code: 'CONNECTION_CLOSED' });
});

test('real clock and classic-level: a single-member cluster writes with fsync and restarts from disk', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'logkeeper-raft-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const network = new MemoryNetwork({ clock: realClock });
  const start = async (sm: KV) => {
    const storage = await Storage.open({ directory: dir });
    const node = await RaftNode.start({
      id: 'solo', address: 'raft://solo', transport: network.transport('solo'), stateMachine: sm, storage,
      peers: [{ id: 'solo', address: 'raft://solo' }], clock: realClock, tickMs: 5, snapshotEntries: 5, keepEntries: 1,
    });
    return { node, storage };
  };
  const first = await start(new KV());
  first.node.campaign();
  for (let i = 0; i < 12; i++) await first.node.propose(enc.encode(`k${i}=${i}`));
  t.is(await first.node.read(() => 'read ok'), 'read ok');
  await first.node.stop();
  await first.storage.close();
  const sm = new KV();
  const second = await start(sm);
  t.teardown(async () => {
    await second.node.stop();
    await second.storage.close();
  });
  t.true(second.node.status().snapshotIndex > 0, 'restored from a snapshot');
  second.node.campaign();
  await second.node.propose(enc.encode('after=1'));
  t.is(sm.map.get('k11'), '11');
  t.is(sm.map.size, 13);
});

test('a leader change fails the proposals forwarded to the old leader at once (CONNECTION_LOSS), and the next one goes to the new leader', async (t) => {
  // Deadlines far beyond the election: only the leader change can end these proposals in time.
  const c = await cluster(t, 3, { seed: 'forwarded', requestTimeoutMs: 60_000 });
  const leader = c.leader()!;
  const follower = [...c.members.values()].find((m) => m !== leader)!;
  await c.runUntil(() => follower.node!.leader?.id === leader.id, 1_000, 'the follower to know its leader');
  c.crash(leader.id);
  const started = c.clock.now();
  // The follower still takes the dead member for its leader: these are forwarded to it and lost.
  const inFlight = [1, 2, 3].map((i) => follower.node!.propose(enc.encode(`lost${i}=1`)).then(() => 'ok', (e: LogkeeperError) => e.code));
  const outcomes = await c.settle(Promise.all(inFlight), 10_000);
  t.deepEqual(outcomes, ['CONNECTION_LOSS', 'CONNECTION_LOSS', 'CONNECTION_LOSS']);
  // Election timeouts are 10–20 ticks of 10 ms: they failed when the follower gave up on the old leader.
  t.true(c.clock.now() - started <= 20 * 10 + 20, `failed ${c.clock.now() - started} ms after the crash, at the leader change`);
  // The retry waits for the new leader, then goes to it.
  const acked = await c.settle(follower.node!.propose(enc.encode('after=1')), 1_000);
  t.true(acked.index > 0);
  t.true(c.clock.now() - started <= 2 * 2 * 20 * 10, `acknowledged ${c.clock.now() - started} ms after the crash: within 2x the longest election timeout`);
});

test('proposals placed in an old leader\'s term beyond what the new leader committed fail at once as not applied (NOT_LEADER)', async (t) => {
  const c = await cluster(t, 3, { seed: 'doomed', requestTimeoutMs: 60_000 });
  const leader = c.leader()!;
  const others = [...c.members.values()].filter((m) => m !== leader);
  // The leader is cut off: what it appends now reaches nobody and can never commit.
  c.partition([leader.id], others.map((m) => m.id));
  const doomed = [1, 2, 3, 4, 5].map((i) => leader.node!.propose(enc.encode(`doomed${i}=1`)).then(() => 'applied', (e: LogkeeperError) => e.code));
  // The majority elects a leader, which commits its first entry (a no-op) at the first of those indexes.
  await c.runUntil(() => c.leader() !== undefined && c.leader() !== leader, 5_000, 'a new leader on the majority side');
  c.healAll();
  const started = c.clock.now();
  t.deepEqual(await c.settle(Promise.all(doomed), 5_000), ['NOT_LEADER', 'NOT_LEADER', 'NOT_LEADER', 'NOT_LEADER', 'NOT_LEADER'], 'none applied');
  t.true(c.clock.now() - started < 1_000, 'as soon as the old leader applied the newer term\'s entry, not at their deadline');
  for (let i = 1; i <= 5; i++) t.is(kv(leader).map.get(`doomed${i}`), undefined);
});
