import test from 'ava';
import { Storage } from '../../../engine/storage/index.js';
import { batch, cluster, hex, recordsOf, valuesOf, TOPIC, TS } from './helpers.js';

/*
 * Leader/follower replication and the high watermark (HW): followers copy the leader's
 * bytes, the HW is the smallest log end over the ISR, consumers read only below it, and it
 * never moves back; what each `acks` setting waits for; long-poll fetches.
 */

const ALL = [1, 2, 3];

test('followers copy the leader\'s batches byte for byte and the high watermark reaches every replica', async (t) => {
  const c = await cluster(t);
  await c.controller.create(0, ALL);
  t.like(await c.produce(1, batch(3, 'a'), { acks: 1 }), { errorCode: 0, baseOffset: 0 });
  t.like(await c.produce(1, batch(2, 'b'), { acks: 1 }), { errorCode: 0, baseOffset: 3 });
  await c.until(() => ALL.every((id) => c.status(id)!.logEndOffset === 5 && c.status(id)!.highWatermark === 5));
  t.like(c.status(1), { role: 'leader', leaderEpoch: 0, highWatermark: 5, isr: ALL });
  t.like(c.status(2), { role: 'follower', leaderEpoch: 0 });
  for (const id of ALL) await c.stop(id);
  const logs = await c.openLogs();
  const leader = (await logs.get(1)!.readBytes(0)).map(hex);
  t.is(leader.length, 2);
  for (const id of [2, 3]) t.deepEqual((await logs.get(id)!.readBytes(0)).map(hex), leader, `broker ${id} holds the leader's bytes`);
  t.deepEqual(logs.get(3)!.leaderEpochs(), [{ epoch: 0, startOffset: 0 }]);
});

test('the high watermark is the smallest log end over the ISR: a lagging in-sync follower holds it back', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 10_000 } });
  await c.controller.create(0, ALL);
  t.like(await c.produce(1, batch(2, 'a')), { errorCode: 0 });
  c.network.down.add(3); // 3 stays in the ISR (it has replicaLagTimeMs to catch up) but cannot fetch
  t.like(await c.produce(1, batch(2, 'b'), { acks: 1 }), { errorCode: 0, baseOffset: 2 });
  await c.until(() => c.status(2)!.logEndOffset === 4);
  await c.clock.advance(1000);
  t.is(c.status(1)!.highWatermark, 2, 'held at broker 3\'s log end');
  t.deepEqual(c.status(1)!.isr, ALL);
  c.network.down.delete(3);
  await c.until(() => c.status(1)!.highWatermark === 4);
  t.is(c.status(3)!.logEndOffset, 4);
});

test('acks=0 answers before the write, acks=1 after the leader\'s write, acks=-1 once the high watermark has passed the batch', async (t) => {
  const c = await cluster(t);
  await c.controller.create(0, ALL);
  c.network.latencyMs = 20;

  // acks=0: answered before anything is stored; the record is written all the same.
  const zero = await c.m(1).produce({ acks: 0, timeoutMs: 1000, transactionalId: null, topics: [{ name: TOPIC, partitions: [{ partition: 0, records: batch(1, 'zero') }] }] });
  t.like(zero.topics[0]!.partitions[0], { errorCode: 0, baseOffset: -1 });
  await c.until(() => c.status(1)!.logEndOffset === 1);

  // acks=1: answered once the leader has it; the followers need a round trip more.
  const one = await c.produce(1, batch(1, 'one'), { acks: 1 });
  t.like(one, { errorCode: 0, baseOffset: 1 });
  t.is(c.status(1)!.logEndOffset, 2);
  t.true(c.status(1)!.highWatermark <= 1, 'answered before the followers had it');

  // acks=-1: answered only when every in-sync replica has it.
  const all = c.m(1).produce({ acks: -1, timeoutMs: 5000, transactionalId: null, topics: [{ name: TOPIC, partitions: [{ partition: 0, records: batch(2, 'all') }] }] });
  let answered = false;
  void all.then(() => (answered = true));
  await c.until(() => c.status(1)!.logEndOffset === 4);
  t.false(answered, 'not answered at the leader\'s write');
  const response = await c.settle(all);
  t.like(response.topics[0]!.partitions[0], { errorCode: 0, baseOffset: 2, logStartOffset: 0 });
  t.true(c.status(1)!.highWatermark >= 4);
  for (const id of [2, 3]) t.true(c.status(id)!.logEndOffset >= 4, `broker ${id} has it`);
});

test('acks=-1 times out with REQUEST_TIMED_OUT when an in-sync follower does not fetch within timeoutMs', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 30_000 } });
  await c.controller.create(0, ALL);
  c.network.down.add(3);
  const start = c.clock.now();
  const r = await c.produce(1, batch(1, 'a'), { acks: -1, timeoutMs: 2000 });
  t.like(r, { errorCode: 7, baseOffset: -1 });
  t.is(c.clock.now() - start, 2000, 'answered at the timeout');
  t.is(c.status(1)!.logEndOffset, 1, 'the record was written (and may commit later)');
  c.network.down.delete(3);
  await c.until(() => c.status(1)!.highWatermark === 1);
});

test('consumers never read above the high watermark, and LATEST is the high watermark for them (the log end for replicas)', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 60_000 } });
  await c.controller.create(0, ALL);
  t.like(await c.produce(1, batch(2, 'committed')), { errorCode: 0 });
  c.network.down.add(3);
  t.like(await c.produce(1, batch(3, 'pending'), { acks: 1 }), { errorCode: 0, baseOffset: 2 });
  await c.until(() => c.status(2)!.logEndOffset === 5);
  await c.clock.advance(500);
  t.is(c.status(1)!.highWatermark, 2);

  const consumer = await c.settle(c.m(1).fetch(c.fetchRequest(0)));
  t.deepEqual(recordsOf(consumer), [[0, 'committed-0'], [1, 'committed-1']]);
  t.is(consumer.topics[0]!.partitions[0]!.highWatermark, 2);
  const atHw = await c.settle(c.m(1).fetch(c.fetchRequest(2)));
  t.like(atHw.topics[0]!.partitions[0], { errorCode: 0, records: [] });

  const latest = async (replicaId: number) =>
    (await c.m(1).listOffsets({ replicaId, isolationLevel: 0, topics: [{ name: TOPIC, partitions: [{ partition: 0, currentLeaderEpoch: -1, timestamp: -1 }] }] })).topics[0]!.partitions[0]!.offset;
  t.is(await latest(-1), 2);
  t.is(await latest(2), 5);

  // A follower reads up to the log end.
  const follower = await c.settle(c.m(1).fetch(c.fetchRequest(2, { replicaId: 2 })));
  t.deepEqual(recordsOf(follower).map(([o]) => o), [2, 3, 4]);

  c.network.down.delete(3);
  await c.until(() => c.status(1)!.highWatermark === 5);
  t.deepEqual(recordsOf(await c.settle(c.m(1).fetch(c.fetchRequest(2)))).map(([o]) => o), [2, 3, 4]);
});

test('the high watermark never moves back, even when an in-sync follower comes back with an empty log', async (t) => {
  // With latency, every step of the catch-up happens on a timer, where `sample` sees it.
  const c = await cluster(t, { config: { replicaLagTimeMs: 60_000 }, latencyMs: 5 });
  await c.controller.create(0, ALL);
  const seen: number[] = [];
  const sample = () => {
    const s = c.m(1).status(TOPIC, 0);
    if (s) seen.push(s.highWatermark);
    return false;
  };
  for (let i = 0; i < 3; i++) t.like(await c.produce(1, batch(2, `a${i}`)), { errorCode: 0 });
  t.is(c.status(1)!.highWatermark, 6);
  // Broker 3 loses its disk and comes back while the controller still counts it in the ISR:
  // its fetches start at 0, below the high watermark.
  await c.stop(3);
  c.storages.set(3, await Storage.open());
  await c.start(3);
  await c.controller.tell(3);
  t.is(c.status(3)!.logEndOffset, 0);
  await c.until(() => sample() || c.status(3)!.logEndOffset === 6, 5000);
  t.like(await c.produce(1, batch(2, 'b')), { errorCode: 0 });
  await c.until(() => sample() || c.clock.now() > TS + 10_000, 20_000);
  t.true(seen.length > 10);
  t.deepEqual(seen, [...seen].sort((a, b) => a - b), 'never lower than before');
  t.true(seen.every((hw) => hw >= 6), 'never below what was committed');
  t.deepEqual(recordsOf(await c.settle(c.m(1).fetch(c.fetchRequest(0)))).length, 8, 'consumers still read everything committed');
  // The same leader elected again (a new epoch): its followers' log ends are unknown until they fetch.
  await c.controller.elect(0, 1);
  t.is(c.status(1)!.highWatermark, 8);
  await c.clock.advance(1000);
  t.is(c.status(1)!.highWatermark, 8);
});

test('a new leader whose high watermark lags the start of its epoch tells consumers OFFSET_NOT_AVAILABLE until it has caught up: the high watermark they see never moves back', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 60_000 } });
  await c.controller.create(0, ALL);
  t.like(await c.produce(1, batch(3, 'a')), { errorCode: 0 });
  t.like(await c.produce(1, batch(2, 'b')), { errorCode: 0 });
  const latest = async (broker: number) =>
    (await c.m(broker).listOffsets({ replicaId: -1, isolationLevel: 0, topics: [{ name: TOPIC, partitions: [{ partition: 0, currentLeaderEpoch: -1, timestamp: -1 }] }] })).topics[0]!.partitions[0]!;
  t.like(await latest(1), { errorCode: 0, offset: 5 }, 'what consumers were told');
  // The acknowledgement came before the followers' next fetch told them the new high watermark.
  const lagging = c.status(2)!.highWatermark;
  t.true(lagging < 5, `broker 2's high watermark (${lagging}) lags the leader's`);
  await c.controller.elect(0, 2);
  t.like(c.status(2), { role: 'leader', leaderEpoch: 1, highWatermark: lagging, logEndOffset: 5 });
  t.like(await latest(2), { errorCode: 78, offset: -1 }, 'OFFSET_NOT_AVAILABLE, not a high watermark below 5');
  const fetched = (await c.settle(c.m(2).fetch(c.fetchRequest(0)))).topics[0]!.partitions[0]!;
  t.like(fetched, { errorCode: 78, highWatermark: -1, records: [] }, 'a consumer fetch neither');
  const replica = (await c.settle(c.m(2).fetch(c.fetchRequest(5, { replicaId: 3 })))).topics[0]!.partitions[0]!;
  t.is(replica.errorCode, 0, 'followers fetch as ever (their fetches move the high watermark)');
  await c.until(() => c.status(2)!.highWatermark >= 5, 5000);
  t.like(await latest(2), { errorCode: 0, offset: 5 });
  t.is(recordsOf(await c.settle(c.m(2).fetch(c.fetchRequest(0)))).length, 5);
});

test('a long-poll fetch is answered as soon as data arrives, and at maxWaitMs otherwise', async (t) => {
  const c = await cluster(t, { config: { replicaFetchWaitMaxMs: 50 } });
  await c.controller.create(0, ALL);
  t.like(await c.produce(1, batch(1, 'a')), { errorCode: 0 });

  // Nothing arrives: answered empty at maxWaitMs.
  const start = c.clock.now();
  const empty = await c.settle(c.m(1).fetch(c.fetchRequest(1, { maxWaitMs: 700 })));
  t.is(c.clock.now() - start, 700);
  t.like(empty.topics[0]!.partitions[0], { errorCode: 0, records: [], highWatermark: 1 });

  // Data arrives after 300 ms: answered when the high watermark passes it, long before maxWaitMs.
  const waiting = c.m(1).fetch(c.fetchRequest(1, { maxWaitMs: 10_000 }));
  let answeredAt = 0;
  void waiting.then(() => (answeredAt = c.clock.now()));
  await c.clock.advance(300);
  t.is(answeredAt, 0);
  const produced = c.m(1).produce({ acks: -1, timeoutMs: 5000, transactionalId: null, topics: [{ name: TOPIC, partitions: [{ partition: 0, records: batch(2, 'b') }] }] });
  const response = await c.settle(waiting);
  await c.settle(produced);
  t.deepEqual(recordsOf(response), [[1, 'b-0'], [2, 'b-1']]);
  t.true(answeredAt - start - 700 < 400, `answered ${answeredAt - start - 700} ms after the fetch, when the data committed`);

  // minBytes: waits until that many bytes are there.
  const big = c.m(1).fetch(c.fetchRequest(3, { maxWaitMs: 10_000, minBytes: 150 }));
  let bigDone = false;
  void big.then(() => (bigDone = true));
  t.like(await c.produce(1, batch(1, 'c')), { errorCode: 0 }); // ~70 bytes: not enough
  await c.clock.advance(100);
  t.false(bigDone);
  t.like(await c.produce(1, batch(1, 'd')), { errorCode: 0 });
  t.like(await c.produce(1, batch(1, 'e')), { errorCode: 0 });
  t.deepEqual(recordsOf(await c.settle(big)).map(([, v]) => v), ['c-0', 'd-0', 'e-0']);

  // An aborted long poll rejects at once.
  const controller = new AbortController();
  const aborted = c.m(1).fetch(c.fetchRequest(6, { maxWaitMs: 10_000 }), { signal: controller.signal });
  aborted.catch(() => undefined);
  await c.clock.advance(10);
  controller.abort();
  await t.throwsAsync(c.settle(aborted, 1), { code: 'ABORTED' });
});

test('fetch sizes: partitionMaxBytes and maxBytes bound the answer, but the first batch of the first partition with data always comes whole', async (t) => {
  const c = await cluster(t, { brokers: 1 });
  await c.controller.create(0, [1]);
  await c.controller.create(1, [1]);
  for (let i = 0; i < 4; i++) t.like(await c.produce(1, batch(5, `p0-${i}`)), { errorCode: 0 });
  for (let i = 0; i < 2; i++) t.like(await c.produce(1, batch(5, `p1-${i}`), { partition: 1 }), { errorCode: 0 });
  const size = (await c.settle(c.m(1).fetch(c.fetchRequest(0, { partitionMaxBytes: 1 })))).topics[0]!.partitions[0]!.records[0]!.length;
  t.true(size > 100);

  const request = (partitionMaxBytes: number, maxBytes: number) => ({
    replicaId: -1,
    maxWaitMs: 0,
    minBytes: 1,
    maxBytes,
    isolationLevel: 0 as const,
    topics: [{ name: TOPIC, partitions: [0, 1].map((partition) => ({ partition, currentLeaderEpoch: -1, fetchOffset: 0, logStartOffset: -1, partitionMaxBytes })) }],
  });
  const counts = async (partitionMaxBytes: number, maxBytes: number) =>
    (await c.settle(c.m(1).fetch(request(partitionMaxBytes, maxBytes)))).topics[0]!.partitions.map((p) => p.records.length);
  t.deepEqual(await counts(1, 1), [1, 0], 'one batch over every limit, from the first partition only');
  t.deepEqual(await counts(2 * size, 10 * size), [2, 2]);
  t.deepEqual(await counts(10 * size, 3 * size), [3, 0]);
  t.deepEqual(await counts(10 * size, 5 * size), [4, 1]);
});

test('a follower reads the stored bytes; the records decode to what was produced', async (t) => {
  const c = await cluster(t, { brokers: 2 });
  await c.controller.create(0, [1, 2]);
  t.like(await c.produce(1, batch(2, 'x', { timestamp: TS + 5 })), { errorCode: 0 });
  const r = await c.settle(c.m(1).fetch(c.fetchRequest(0, { replicaId: 2 })));
  const records = r.topics[0]!.partitions[0]!.records;
  t.deepEqual(valuesOf(records), [[0, 'x-0'], [1, 'x-1']]);
  t.is(new DataView(records[0]!.buffer, records[0]!.byteOffset).getInt32(12), 0, 'stamped with leader epoch 0');
});
