import test from 'ava';
import { encodeRecordBatch } from '../../../engine/log/index.js';
import { batch, cluster, hex, recordsOf, TOPIC, TS, type Cluster } from './helpers.js';

/*
 * ListOffsets (EARLIEST, LATEST, MAX_TIMESTAMP, by timestamp), OffsetForLeaderEpoch, and
 * DeleteRecords with followers following the leader's log start — including a follower
 * that comes back behind it and restarts its log there.
 */

async function list(c: Cluster, broker: number, timestamp: number, replicaId = -1) {
  const r = await c.m(broker).listOffsets({ replicaId, isolationLevel: 0, topics: [{ name: TOPIC, partitions: [{ partition: 0, currentLeaderEpoch: -1, timestamp }] }] });
  return r.topics[0]!.partitions[0]!;
}

function timed(prefix: string, timestamps: number[]): Uint8Array {
  return encodeRecordBatch(timestamps.map((ts, i) => ({ key: `k${i}`, value: `${prefix}-${i}`, timestamp: TS + ts })), { timestamp: TS });
}

test('ListOffsets: EARLIEST, LATEST, MAX_TIMESTAMP and by timestamp, never past the high watermark for a consumer', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 60_000 } });
  await c.controller.create(0, [1, 2, 3]);
  t.like(await c.produce(1, timed('a', [10, 30, 20])), { errorCode: 0 }); // offsets 0-2
  t.like(await c.produce(1, timed('b', [50, 40])), { errorCode: 0 }); // offsets 3-4
  t.like(await c.produce(1, timed('c', [50, 5])), { errorCode: 0 }); // offsets 5-6

  t.like(await list(c, 1, -2), { errorCode: 0, offset: 0, timestamp: -1, leaderEpoch: 0 });
  t.like(await list(c, 1, -1), { errorCode: 0, offset: 7, timestamp: -1, leaderEpoch: 0 });
  t.like(await list(c, 1, -3), { errorCode: 0, offset: 3, timestamp: TS + 50, leaderEpoch: 0 }, 'the first record with the largest timestamp');
  t.like(await list(c, 1, TS + 25), { errorCode: 0, offset: 1, timestamp: TS + 30 });
  t.like(await list(c, 1, TS + 45), { errorCode: 0, offset: 3, timestamp: TS + 50 });
  t.like(await list(c, 1, TS + 51), { errorCode: 0, offset: -1, timestamp: -1 }, 'none that late');

  // A record not committed yet is not found for a consumer, but is for a replica.
  c.network.down.add(2);
  c.network.down.add(3);
  t.like(await c.produce(1, timed('d', [99]), { acks: 1 }), { errorCode: 0, baseOffset: 7 });
  t.like(await list(c, 1, TS + 60), { offset: -1 });
  t.like(await list(c, 1, TS + 60, 2), { offset: 7, timestamp: TS + 99 });
  t.like(await list(c, 1, -3), { offset: 3 });
  t.like(await list(c, 1, -3, 2), { offset: 7 });
  t.like(await list(c, 1, -1), { offset: 7 });
  t.like(await list(c, 1, -1, 3), { offset: 8 });
  t.like(await list(c, 2, -1), { errorCode: 6 }, 'only the leader answers');
});

test('OffsetForLeaderEpoch: the largest epoch at or below the one asked, and where it ended', async (t) => {
  const c = await cluster(t);
  await c.controller.create(0, [1, 2, 3]);
  t.like(await c.produce(1, batch(3, 'a')), { errorCode: 0 });
  await c.controller.elect(0, 2);
  await c.controller.elect(0, 2);
  t.like(await c.produce(2, batch(2, 'b')), { errorCode: 0, baseOffset: 3 });
  const ask = async (leaderEpoch: number, currentLeaderEpoch = -1, broker = 2) =>
    (await c.m(broker).offsetForLeaderEpoch({ replicaId: -1, topics: [{ name: TOPIC, partitions: [{ partition: 0, currentLeaderEpoch, leaderEpoch }] }] })).topics[0]!.partitions[0]!;
  t.like(await ask(0), { errorCode: 0, leaderEpoch: 0, endOffset: 3 });
  t.like(await ask(1), { errorCode: 0, leaderEpoch: 0, endOffset: 3 }, 'epoch 1 wrote nothing');
  t.like(await ask(2), { errorCode: 0, leaderEpoch: 2, endOffset: 5 });
  t.like(await ask(2, 2), { errorCode: 0, leaderEpoch: 2, endOffset: 5 });
  t.like(await ask(2, 1), { errorCode: 74 });
  t.like(await ask(2, 3), { errorCode: 75 });
  t.like(await ask(0, -1, 1), { errorCode: 6 });
});

test('DeleteRecords moves the log start on the leader and its followers, and answers the low watermark', async (t) => {
  const c = await cluster(t, { log: { segmentBytes: 1024 } });
  await c.controller.create(0, [1, 2, 3]);
  for (let i = 0; i < 10; i++) t.like(await c.produce(1, batch(4, `b${i}`)), { errorCode: 0 });
  await c.until(() => c.ids.every((id) => c.status(id)!.highWatermark === 40));
  const del = (offset: number) => c.settle(c.m(1).deleteRecords({ timeoutMs: 5000, topics: [{ name: TOPIC, partitions: [{ partition: 0, offset }] }] }));

  const r = await del(10);
  t.deepEqual(r.topics[0]!.partitions[0], { partition: 0, lowWatermark: 10, errorCode: 0 });
  for (const id of c.ids) t.is(c.status(id)!.logStartOffset, 10, `broker ${id} starts at 10`);
  t.like((await c.settle(c.m(1).fetch(c.fetchRequest(9)))).topics[0]!.partitions[0], { errorCode: 1, logStartOffset: 10 });
  t.deepEqual(recordsOf(await c.settle(c.m(1).fetch(c.fetchRequest(10)))).slice(0, 3).map(([o]) => o), [8, 9, 10], 'the whole batch holding 10, as Kafka');
  t.like(await list(c, 1, -2), { offset: 10 });

  const all = await del(-1);
  t.like(all.topics[0]!.partitions[0], { lowWatermark: 40, errorCode: 0 }, '-1: up to the high watermark');
  t.true(c.status(2)!.sizeBytes < 1024, 'whole segments went');

  // In-sync followers that do not fetch: the leader deletes, but the answer times out.
  t.like(await c.produce(1, batch(2, 'c')), { errorCode: 0 });
  c.network.down.add(2);
  c.network.down.add(3);
  const start = c.clock.now();
  const timedOut = await c.settle(c.m(1).deleteRecords({ timeoutMs: 500, topics: [{ name: TOPIC, partitions: [{ partition: 0, offset: 42 }] }] }));
  t.like(timedOut.topics[0]!.partitions[0], { errorCode: 7, lowWatermark: -1 });
  t.is(c.clock.now() - start, 500);
  t.is(c.status(1)!.logStartOffset, 42);
  c.network.down.delete(2);
  c.network.down.delete(3);
  await c.until(() => c.status(2)!.logStartOffset === 42 && c.status(3)!.logStartOffset === 42);
  t.like((await del(42)).topics[0]!.partitions[0], { errorCode: 0, lowWatermark: 42 });
});

test('a follower that comes back behind the leader\'s log start restarts its log there and catches up', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 1000 }, log: { segmentBytes: 1024 } });
  await c.controller.create(0, [1, 2, 3]);
  t.like(await c.produce(1, batch(2, 'a')), { errorCode: 0 });
  await c.until(() => c.status(3)!.highWatermark === 2);
  c.network.down.add(3);
  await c.until(() => c.status(1)!.isr.length === 2);
  for (let i = 0; i < 10; i++) t.like(await c.produce(1, batch(4, `b${i}`)), { errorCode: 0 });
  const r = await c.settle(c.m(1).deleteRecords({ timeoutMs: 5000, topics: [{ name: TOPIC, partitions: [{ partition: 0, offset: 30 }] }] }));
  t.like(r.topics[0]!.partitions[0], { errorCode: 0, lowWatermark: 30 });
  t.is(c.status(3)!.logEndOffset, 2);

  c.network.down.delete(3);
  await c.until(() => c.status(3)!.logEndOffset === 42 && c.status(1)!.isr.length === 3);
  t.like(c.status(3), { logStartOffset: 30, highWatermark: 42 });
  t.true(c.logs.some((l) => l.broker === 3 && l.msg.startsWith('Restarting the log')));
  for (const id of c.ids) await c.stop(id);
  const logs = await c.openLogs();
  const leader = (await logs.get(1)!.readBytes(30, { maxBytes: 1e7 })).map(hex);
  t.deepEqual((await logs.get(3)!.readBytes(30, { maxBytes: 1e7 })).map(hex), leader);
  t.is(logs.get(3)!.logStartOffset, 30);
});
