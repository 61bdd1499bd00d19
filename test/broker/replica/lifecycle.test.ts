import test from 'ava';
import { HighWatermarkCheckpoints } from '../../../engine/broker/replica/hw-checkpoint.js';
import { Storage } from '../../../engine/storage/index.js';
import { SimulatedClock } from '../../../engine/time/index.js';
import { batch, cluster, recordsOf, TOPIC, TOPIC_ID, TS, type Cluster } from './helpers.js';

/*
 * A replica's life: the controller's states applied in order (stale ones ignored, repeats
 * harmless), a deleted or re-created topic's data removed, a replica moved off a broker
 * dropped, waiting requests answered when the manager closes; high watermark checkpoints.
 */

/** How many keys a broker's storage holds under the partition's log area and its HW checkpoint. */
async function storedKeys(c: Cluster, broker: number, topicId = TOPIC_ID): Promise<number> {
  const storage = c.storages.get(broker)!;
  let n = 0;
  for await (const _ of storage.area('partitions', topicId, '0').keys()) n++;
  for await (const _ of storage.area('partitions', topicId, 'hw').keys()) n++;
  return n;
}

test('a stale state (older leader epoch, or an older znode version) is ignored, and a repeated one changes nothing', async (t) => {
  const c = await cluster(t);
  await c.controller.create(0, [1, 2, 3]);
  const epoch0 = c.zk.view(TOPIC, 0);
  const epoch1 = await c.controller.elect(0, 2);
  t.like(await c.produce(2, batch(2, 'a')), { errorCode: 0 });
  for (const id of c.ids) await c.m(id).applyPartitionState(epoch0, TOPIC_ID);
  t.like(c.status(2), { role: 'leader', leaderEpoch: 1 });
  t.like(c.status(1), { role: 'follower', leaderEpoch: 1 });
  const logged = c.logs.length;
  for (const id of c.ids) await c.m(id).applyPartitionState(epoch1, TOPIC_ID);
  t.is(c.logs.length, logged, 'no new leadership, no truncation');
  t.like(await c.produce(2, batch(1, 'b')), { errorCode: 0, baseOffset: 2 });
  await c.until(() => c.ids.every((id) => c.status(id)!.highWatermark === 3));
});

test('deletePartition drops the replica and deletes its data and checkpoint', async (t) => {
  const c = await cluster(t, { brokers: 2 });
  await c.controller.create(0, [1, 2]);
  t.like(await c.produce(1, batch(2, 'a')), { errorCode: 0 });
  await c.until(() => c.status(2)!.highWatermark === 2);
  await c.clock.advance(10_000); // the checkpoints are written
  t.true((await storedKeys(c, 2)) > 0);
  for (const id of c.ids) await c.m(id).deletePartition(TOPIC, 0, TOPIC_ID);
  for (const id of c.ids) {
    t.is(c.status(id), undefined);
    t.is(await storedKeys(c, id), 0, `broker ${id} holds nothing of it`);
  }
  t.like(await c.produce(1, batch(1, 'x')), { errorCode: 3 });
  t.is((await c.settle(c.m(1).fetch(c.fetchRequest(0)))).topics[0]!.partitions[0]!.errorCode, 3);
  // Deleting again, or data of a replica not open (after a restart), is fine.
  await c.m(1).deletePartition(TOPIC, 0, TOPIC_ID);
});

test('a topic re-created under the same name (a new topic id) starts empty; the old data is deleted', async (t) => {
  const c = await cluster(t, { brokers: 2 });
  await c.controller.create(0, [1, 2]);
  t.like(await c.produce(1, batch(3, 'old')), { errorCode: 0 });
  await c.until(() => c.status(2)!.logEndOffset === 3);
  await c.controller.create(0, [1, 2], TOPIC, 'topic-id-0000000000002');
  t.like(c.status(1), { logEndOffset: 0, leaderEpoch: 0 });
  t.is(await storedKeys(c, 1), 0);
  t.is(await storedKeys(c, 2), 0);
  t.like(await c.produce(1, batch(1, 'new')), { errorCode: 0, baseOffset: 0 });
  t.deepEqual(recordsOf(await c.settle(c.m(1).fetch(c.fetchRequest(0)))), [[0, 'new-0']]);
});

test('a broker no longer among the replicas drops its replica and data', async (t) => {
  const c = await cluster(t);
  await c.controller.create(0, [1, 2, 3]);
  t.like(await c.produce(1, batch(2, 'a')), { errorCode: 0 });
  const z = c.zk.znodes.get(`${TOPIC}\u00000`)!;
  z.replicas = [1, 2];
  await c.controller.elect(0, 1, [1, 2]);
  t.is(c.status(3), undefined);
  t.is(await storedKeys(c, 3), 0);
  t.like(await c.produce(1, batch(1, 'b')), { errorCode: 0 });
  t.is((await c.settle(c.m(1).fetch(c.fetchRequest(0, { replicaId: 3 })))).topics[0]!.partitions[0]!.errorCode, 6);
});

test('close answers waiting requests and stops fetching', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 60_000 } });
  await c.controller.create(0, [1, 2, 3]);
  c.network.down.add(3);
  const produce = c.m(1).produce({ acks: -1, timeoutMs: 30_000, transactionalId: null, topics: [{ name: TOPIC, partitions: [{ partition: 0, records: batch(1, 'a') }] }] });
  const fetch = c.m(1).fetch(c.fetchRequest(0, { maxWaitMs: 30_000 })); // nothing committed yet: it waits
  await c.clock.advance(100);
  await c.settle(c.m(1).close());
  t.like((await c.settle(produce)).topics[0]!.partitions[0], { errorCode: 6 });
  t.like((await c.settle(fetch)).topics[0]!.partitions[0], { errorCode: 6 });
  t.true(c.clock.now() < TS + 1000);
  const calls = c.network.calls;
  await c.clock.advance(5000);
  await c.stop(2);
  await c.stop(3);
  const after = c.network.calls;
  await c.clock.advance(5000);
  t.is(c.network.calls, after, 'no fetcher left running');
  t.true(after >= calls);
  await t.throwsAsync(c.m(1).produce({ acks: 1, timeoutMs: 1, transactionalId: null, topics: [] }), { code: 'INVALID_STATE' });
});

test('high watermark checkpoints: written soon after a change, at most once per interval, and at close', async (t) => {
  const storage = await Storage.open();
  t.teardown(() => storage.close());
  const clock = new SimulatedClock(TS);
  const checkpoints = new HighWatermarkCheckpoints(storage, clock, 5000, (err) => t.fail(String(err)));
  const stored = () => new HighWatermarkCheckpoints(storage, clock, 5000, () => undefined).read('id', 0);
  checkpoints.mark('id', 0, 10);
  await clock.advance(0);
  t.is(await stored(), 10, 'the first change is written at once');
  for (let hw = 11; hw <= 20; hw++) {
    checkpoints.mark('id', 0, hw);
    await clock.advance(100);
  }
  t.is(await stored(), 10, 'not again within the interval');
  await clock.advance(4000);
  t.is(await stored(), 20);
  checkpoints.mark('id', 0, 25);
  checkpoints.mark('id', 1, 3);
  await checkpoints.close();
  t.is(await stored(), 25);
  t.is(await new HighWatermarkCheckpoints(storage, clock, 5000, () => undefined).read('id', 1), 3);
  await checkpoints.remove('id', 0);
  t.is(await stored(), undefined);
});
