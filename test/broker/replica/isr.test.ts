import test from 'ava';
import { batch, cluster, TOPIC, TS } from './helpers.js';

/*
 * The in-sync replica set: min.insync.replicas for acks=-1, a stalled follower leaving the
 * ISR after replicaLagTimeMs and joining again once caught up, all through conditional
 * writes of the partition's state; a leader whose write meets a newer state stops leading.
 */

const ALL = [1, 2, 3];

test('acks=-1 with an ISR below min.insync.replicas is refused with NOT_ENOUGH_REPLICAS and nothing is written', async (t) => {
  const c = await cluster(t, { minInsyncReplicas: 2 });
  await c.controller.create(0, ALL);
  t.like(await c.produce(1, batch(1, 'a')), { errorCode: 0 });
  c.network.down.add(2);
  c.network.down.add(3);
  await c.until(() => c.status(1)!.isr.length === 1);
  t.deepEqual(c.zk.view(TOPIC, 0).isr, [1]);
  const end = c.status(1)!.logEndOffset;
  t.like(await c.produce(1, batch(1, 'b')), { errorCode: 19, baseOffset: -1 });
  t.is(c.status(1)!.logEndOffset, end, 'nothing written');
  // acks=1 does not need the ISR.
  t.like(await c.produce(1, batch(1, 'c'), { acks: 1 }), { errorCode: 0, baseOffset: end });
});

test('an acks=-1 write whose ISR shrinks below min.insync.replicas while it waits gets NOT_ENOUGH_REPLICAS_AFTER_APPEND', async (t) => {
  const c = await cluster(t, { minInsyncReplicas: 2 });
  await c.controller.create(0, ALL);
  c.network.down.add(2);
  c.network.down.add(3);
  const r = await c.produce(1, batch(2, 'a'), { acks: -1, timeoutMs: 10_000 });
  t.like(r, { errorCode: 20, baseOffset: -1 });
  t.deepEqual(c.status(1)!.isr, [1]);
  t.is(c.status(1)!.logEndOffset, 2, 'written');
  t.is(c.status(1)!.highWatermark, 2, 'and committed by the smaller ISR');
});

test('a follower that stops fetching leaves the ISR after replicaLagTimeMs (not before), and joins again once caught up', async (t) => {
  // Small fetches: catching up takes the follower several rounds.
  const c = await cluster(t, { config: { replicaLagTimeMs: 2000, replicaFetchMaxBytes: 100 } });
  await c.controller.create(0, ALL);
  t.like(await c.produce(1, batch(1, 'a')), { errorCode: 0 });
  const stalled = c.clock.now();
  c.network.down.add(3);
  for (let i = 0; i < 3; i++) t.like(await c.produce(1, batch(1, `b${i}`), { acks: 1 }), { errorCode: 0 });
  await c.clock.runUntil(stalled + 1900);
  t.deepEqual(c.status(1)!.isr, ALL, 'still in the ISR within replicaLagTimeMs');
  t.is(c.status(1)!.highWatermark, 1, 'and holding the high watermark back');
  await c.until(() => c.status(1)!.isr.length === 2);
  const shrunkAfter = c.clock.now() - stalled;
  t.true(shrunkAfter > 2000 && shrunkAfter <= 3100, `left after ${shrunkAfter} ms`);
  t.deepEqual(c.zk.view(TOPIC, 0).isr, [1, 2], 'through the state znode');
  t.like(c.zk.writes.at(-1), { isr: [1, 2] });
  await c.until(() => c.status(1)!.highWatermark === 4);
  // The controller's copy reaches the followers (as the watch tells them).
  await c.until(() => c.status(2)!.isr.length === 2);

  // Back: it catches up, then joins.
  for (let i = 0; i < 10; i++) t.like(await c.produce(1, batch(1, `c${i}`)), { errorCode: 0 });
  const atJoin: Array<{ followerEnd: number; hw: number }> = [];
  c.zk.onWrite = (state) => {
    if (state.isr.includes(3)) atJoin.push({ followerEnd: c.status(3)!.logEndOffset, hw: c.status(1)!.highWatermark });
  };
  c.network.down.delete(3);
  await c.until(() => c.status(1)!.isr.length === 3);
  t.deepEqual(c.zk.view(TOPIC, 0).isr, [1, 2, 3]);
  t.is(atJoin.length, 1);
  t.true(atJoin[0]!.followerEnd >= atJoin[0]!.hw, `joined at ${atJoin[0]!.followerEnd}, the high watermark being ${atJoin[0]!.hw}`);
  t.is(atJoin[0]!.hw, 14);
  t.like(await c.produce(1, batch(1, 'd')), { errorCode: 0 });
  await c.until(() => c.status(3)!.logEndOffset === 15);
});

test('a follower that is not registered (dead, for the controller) does not join the ISR, however caught up; once registered it does', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 500 } });
  await c.controller.create(0, ALL);
  c.network.down.add(3);
  t.like(await c.produce(1, batch(1, 'a'), { acks: 1 }), { errorCode: 0 });
  await c.until(() => c.status(1)!.isr.length === 2);
  c.unregistered.add(3);
  c.network.down.delete(3);
  await c.until(() => c.status(3)!.logEndOffset === 1);
  await c.clock.advance(1000);
  t.deepEqual(c.status(1)!.isr, [1, 2], 'caught up, but the controller would take it out again at once');
  t.false(c.zk.writes.some((w) => w.isr.includes(3)));
  c.unregistered.delete(3);
  await c.until(() => c.status(1)!.isr.length === 3);
  t.deepEqual(c.zk.view(TOPIC, 0).isr, [1, 2, 3]);
});

test('a follower that keeps fetching stays in the ISR even when the leader is always ahead of it', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 1000, replicaFetchWaitMaxMs: 100 }, latencyMs: 30 });
  await c.controller.create(0, ALL);
  // A write every 40 ms for 5 s: a follower's fetch never asks for exactly the leader's end.
  for (let i = 0; i < 125; i++) {
    void c.m(1).produce({ acks: 1, timeoutMs: 1000, transactionalId: null, topics: [{ name: TOPIC, partitions: [{ partition: 0, records: batch(1, `w${i}`) }] }] });
    await c.clock.advance(40);
    t.deepEqual(c.status(1)!.isr, ALL);
  }
  t.is(c.zk.writes.length, 0);
});

test('a leader whose ISR change finds the state znode changed stops acting as leader until it is given a new state', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 1000 } });
  await c.controller.create(0, ALL);
  t.like(await c.produce(1, batch(1, 'a')), { errorCode: 0 });
  c.zk.conflictNext = true;
  c.network.down.add(3);
  await c.until(() => c.zk.writes.length === 1);
  t.is(c.zk.writes[0]!.result, 'conflict');
  await c.clock.advance(10);
  t.like(await c.produce(1, batch(1, 'b'), { acks: 1 }), { errorCode: 6 }, 'produce: NOT_LEADER_OR_FOLLOWER');
  const fetched = await c.settle(c.m(1).fetch(c.fetchRequest(0)));
  t.is(fetched.topics[0]!.partitions[0]!.errorCode, 6, 'fetch too');
  t.is(c.status(1)!.logEndOffset, 1);
  // The znode's current state arrives (the watch): it leads again, and shrinks the ISR properly.
  await c.controller.tell(1);
  t.like(await c.produce(1, batch(1, 'c'), { acks: 1 }), { errorCode: 0, baseOffset: 1 });
  await c.until(() => c.zk.view(TOPIC, 0).isr.length === 2);
  t.deepEqual(c.status(1)!.isr, [1, 2]);
});

test('a waiting acks=-1 write is answered NOT_LEADER_OR_FOLLOWER when the leader loses its leadership', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 60_000 } });
  await c.controller.create(0, ALL);
  c.network.down.add(3);
  const waiting = c.m(1).produce({ acks: -1, timeoutMs: 30_000, transactionalId: null, topics: [{ name: TOPIC, partitions: [{ partition: 0, records: batch(1, 'a') }] }] });
  await c.clock.advance(500);
  await c.controller.elect(0, 2, [2, 1]);
  const r = await c.settle(waiting);
  t.like(r.topics[0]!.partitions[0], { errorCode: 6 });
  t.true(c.clock.now() < TS + 1000);
});
