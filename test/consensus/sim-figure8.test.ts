import test from 'ava';
import { SimCluster, type SimMember } from '../../engine/consensus/sim/cluster.js';
import { CounterStateMachine } from '../../engine/consensus/sim/simulate.js';

/*
 * Raft's Figure 8 (§5.4.2) played on a whole simulated cluster (drivers, messages, delayed
 * disks) by a fault schedule chosen to get there, with the Checker watching every step.
 * Appends carry one entry each, so the leader of term 4 hears that a majority holds its
 * earlier-term entry before its own entry after it. Counting those replicas as a commit would
 * be wrong: a member lacking the entry is then elected and replaces it, which the Checker
 * reports (current-term commit at once; leader completeness, commit safety and state machine
 * safety once it is replaced).
 */

const enc = new TextEncoder();
const dec = new TextDecoder();

function termAt(m: SimMember, index: number): number | undefined {
  return m.node?.raft.log.term(index);
}

test.serial('Figure 8 (§5.4.2): an earlier term\'s entry on a majority is not committed, and is safely replaced by a later leader', async (t) => {
  const cluster = await SimCluster.create({
    seed: 'figure-8',
    nodes: 5,
    createStateMachine: () => new CounterStateMachine(),
    node: { maxMessageBytes: 1 },
  });
  const ids = [...cluster.members.keys()];
  await cluster.runUntil(() => cluster.leader() !== undefined, 5_000, 'a first leader');
  const first = cluster.leader()!.node!.raft.log.lastIndex();
  await cluster.runUntil(() => ids.every((id) => cluster.member(id).node!.raft.log.committed >= first), 1_000, 'the first leader\'s entry committed');

  // (a) S1 leads; its entry x2 reaches S2 only, then S1 crashes. (A crashed member's frames
  // in flight still arrive where a link lets them: each crash below happens behind a partition
  // that stays until the member is back.)
  const s1 = cluster.leader()!;
  const s2 = cluster.member(ids.find((id) => id !== s1.id)!);
  const rest = ids.filter((id) => id !== s1.id && id !== s2.id);
  const cuts = rest.map((id) => cluster.block(s1.id, id));
  const index = s1.node!.raft.log.lastIndex() + 1;
  const oldTerm = s1.node!.term;
  s1.node!.propose(enc.encode('x2')).catch(() => {});
  // Written to both disks: a crash loses what is not.
  const written = (m: SimMember) => termAt(m, index) === oldTerm && m.node!.raft.log.stabled >= index;
  await cluster.runUntil(() => written(s1) && written(s2), 1_000, 'x2 written on S1 and S2');
  const apart = cluster.partition([s1.id, s2.id], rest);
  for (const undo of cuts) undo();
  cluster.crash(s1.id);

  // (b) S5 is elected by S3, S4 and itself (S2 is cut off) and crashes before its entry at
  // that index reaches anyone.
  const inRest = () => rest.map((id) => cluster.member(id)).find((m) => m.node?.isLeader);
  await cluster.runUntil(() => inRest() !== undefined, 5_000, 'a leader among S3..S5');
  const s5 = inRest()!;
  const [s3, s4] = rest.filter((id) => id !== s5.id).map((id) => cluster.member(id)) as [SimMember, SimMember];
  const s5Apart = cluster.partition([s5.id], ids.filter((id) => id !== s5.id));
  await cluster.runUntil(() => s5.node!.raft.log.stabled >= index, 1_000, 'S5\'s entry written');
  const newerTerm = termAt(s5, index)!;
  cluster.crash(s5.id);
  apart();
  t.true(newerTerm > oldTerm);
  t.true(termAt(s3, index) === undefined && termAt(s4, index) === undefined, 'S5\'s entry reached no one');

  // (c) S1 comes back; S1 or S2 leads term 4 (S3 and S4 lack x2, so neither can win) and
  // sends x2 to S3 (not to S4), one entry per append. Once it knows S3 holds x2, a majority
  // (S1, S2, S3) holds it while its own term's entry after it is on S1 and S2 only: the leader
  // crashes at that moment.
  await cluster.settle(cluster.restart(s1.id));
  const toS4 = [cluster.block(s1.id, s4.id), cluster.block(s2.id, s4.id)];
  const leader = () => [s1, s2].find((m) => m.node?.isLeader);
  await cluster.runUntil(() => leader() !== undefined, 5_000, 'S1 or S2 leading');
  const l = leader()!;
  const term4 = l.node!.term;
  await cluster.runUntil(() => (l.node!.raft.progress.get(s3.id)?.match ?? 0) >= index, 2_000, 'S3 holding x2, as its leader knows');
  t.is(termAt(s3, index), oldTerm, 'S3 holds the earlier term\'s entry');
  t.is(termAt(s3, index + 1), undefined, 'S3 lacks the entry of the leader\'s term');
  t.true(l.node!.raft.log.committed < index, 'the leader did not commit an earlier term\'s entry by counting replicas');
  const lApart = cluster.partition([l.id], ids.filter((id) => id !== l.id));
  for (const undo of toS4) undo();
  cluster.crash(l.id);

  // (d) S5 comes back and is elected by S3, S4 and itself (its last term is newer than theirs),
  // replacing x2 on S3; once everyone is back, every member applies the same log, without x2.
  const other = l.id === s1.id ? s2 : s1;
  const split = cluster.partition([other.id], [s3.id, s4.id, s5.id]);
  s5Apart();
  await cluster.settle(cluster.restart(s5.id));
  await cluster.runUntil(() => s5.node?.isLeader === true && s5.node.raft.log.committed > index, 5_000, 'S5 leading and committing');
  t.true(s5.node!.term > term4);
  t.is(termAt(s3, index), newerTerm, 'S3 took S5\'s entry at the index of x2');
  split();
  lApart();
  await cluster.settle(cluster.restart(l.id));
  const all = () => ids.map((id) => cluster.member(id));
  await cluster.runUntil(() => {
    const applied = all().map((m) => m.node?.applied ?? -1);
    return applied.every((a) => a === applied[0] && a >= index);
  }, 5_000, 'every member applied the same point');
  for (const m of all()) t.false(m.node!.raft.log.entries.some((e) => dec.decode(e.data) === 'x2'), `${m.id} has no x2`);
  await cluster.close();
});
