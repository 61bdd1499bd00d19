import test, { type ExecutionContext } from 'ava';
import { EpochCache } from '../../../engine/log/index.js';
import { Storage } from '../../../engine/storage/index.js';
import { truncationPoint } from '../../../engine/broker/replica/truncation-point.js';
import { holdWrites, watchWrites } from '../../log/helpers.js';
import { batch, cluster, hex, valuesOf, TOPIC, type Cluster } from './helpers.js';

/*
 * Truncation by leader epoch (KIP-101, KIP-279): after a leader change, a replica whose log
 * has records the new leader does not (written by an old leader, never committed) cuts them
 * before it fetches, so that replicas never diverge: below the high watermark every replica
 * holds the same bytes.
 */

/** A follower's log as truncationPoint sees it: epochs as [epoch, startOffset]. */
function followerLog(epochs: Array<[number, number]>, logEndOffset: number, highWatermark = 0) {
  const cache = new EpochCache(epochs.map(([epoch, startOffset]) => ({ epoch, startOffset })));
  return { logEndOffset, highWatermark, endOffsetForEpoch: (epoch: number) => cache.endOffsetFor(epoch, logEndOffset) };
}

test('truncationPoint: the leader has our latest epoch: cut at the smaller of its end there and ours', (t) => {
  // We wrote epoch 1 up to 12; the leader's epoch 1 ended at 9 (its epoch 2 began there).
  t.deepEqual(truncationPoint({ epoch: 1, endOffset: 9 }, followerLog([[0, 0], [1, 5]], 12)), { offset: 9, done: true });
  // We are behind the leader in that epoch: nothing to cut.
  t.deepEqual(truncationPoint({ epoch: 1, endOffset: 20 }, followerLog([[0, 0], [1, 5]], 12)), { offset: 12, done: true });
});

test('truncationPoint: the leader answers an older epoch we have: cut where ours ended', (t) => {
  // Our epoch 2 (from 8) is unknown to the leader, whose epoch 1 runs to 10; ours ended at 8.
  t.deepEqual(truncationPoint({ epoch: 1, endOffset: 10 }, followerLog([[0, 0], [1, 5], [2, 8]], 12)), { offset: 8, done: true });
});

test('truncationPoint (KIP-279): the leader answers an epoch we never had: cut below it and ask again', (t) => {
  // We have epochs 0 and 2; the leader has 0, 1, 3 and answers epoch 1 for our 2.
  const point = truncationPoint({ epoch: 1, endOffset: 6 }, followerLog([[0, 0], [2, 4]], 9));
  t.deepEqual(point, { offset: 4, done: false }, 'our epoch 0 ended at 4');
  // Next round, with epoch 0: the leader's epoch 0 ended at 3.
  t.deepEqual(truncationPoint({ epoch: 0, endOffset: 3 }, followerLog([[0, 0]], 4)), { offset: 3, done: true });
});

test('truncationPoint: the leader knows no epoch at or below ours: keep what is below the high watermark', (t) => {
  t.deepEqual(truncationPoint({ epoch: -1, endOffset: -1 }, followerLog([[3, 0]], 9, 4)), { offset: 4, done: true });
  // Nothing of ours at or below its epoch: cut at its end.
  t.deepEqual(truncationPoint({ epoch: 1, endOffset: 2 }, followerLog([], 0)), { offset: 0, done: true });
});

/** Closes the brokers and checks that every replica holds the same batches, byte for byte, below the high watermark. */
async function sameBytesBelowHighWatermark(t: ExecutionContext, c: Cluster, hw: number): Promise<Map<number, Array<[number, string]>>> {
  for (const id of c.ids) t.true(c.status(id)!.highWatermark >= hw, `broker ${id} knows the high watermark`);
  for (const id of c.ids) await c.stop(id);
  const logs = await c.openLogs();
  const values = new Map<number, Array<[number, string]>>();
  let reference: string[] | undefined;
  for (const [id, log] of logs) {
    const batches = await log.read(0, { maxBytes: 1e7, maxOffset: hw });
    t.is(batches.at(-1)!.nextOffset, hw, `broker ${id} has everything below the high watermark`);
    const bytes = batches.map((b) => hex(b.bytes));
    if (reference) t.deepEqual(bytes, reference, `broker ${id} holds the same bytes as broker 1`);
    else reference = bytes;
    values.set(id, valuesOf(batches));
  }
  return values;
}

test('after a leader change, a follower truncates its divergent tail by leader epoch: the same bytes below the high watermark on every replica', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 60_000 } });
  await c.controller.create(0, [1, 2, 3]);
  t.like(await c.produce(1, batch(3, 'a')), { errorCode: 0 });
  // 3 is cut off; 1 and 2 get 'b'; then 2 too, and only 1 gets 'c' (never committed).
  c.network.down.add(3);
  t.like(await c.produce(1, batch(3, 'b'), { acks: 1 }), { errorCode: 0 });
  await c.until(() => c.status(2)!.logEndOffset === 6);
  c.network.down.add(2);
  t.like(await c.produce(1, batch(3, 'c'), { acks: 1 }), { errorCode: 0, baseOffset: 6 });
  await c.clock.advance(200);
  t.is(c.status(1)!.logEndOffset, 9);

  // 1 is lost; 2 leads (epoch 1) and 3 follows it; 'd' takes the offsets of 'c'.
  c.isolate(1);
  c.network.down.delete(2);
  c.network.down.delete(3);
  await c.controller.elect(0, 2, [2, 3]);
  t.like(await c.produce(2, batch(3, 'd')), { errorCode: 0, baseOffset: 6 });

  // 1 comes back as a follower: it must drop 'c' (epoch 0 ended at 6 on the leader) before fetching.
  c.heal(1);
  await c.controller.tell(1);
  await c.until(() => c.status(1)!.logEndOffset === 9 && c.status(1)!.highWatermark === 9);
  t.like(await c.produce(2, batch(1, 'e')), { errorCode: 0, baseOffset: 9 });
  await c.until(() => c.ids.every((id) => c.status(id)!.highWatermark === 10));
  t.true(c.logs.some((l) => l.broker === 1 && l.msg === 'Truncating the log' && (l.fields as { offset: number }).offset === 6));

  const values = await sameBytesBelowHighWatermark(t, c, 10);
  t.deepEqual(values.get(1)!.map(([, v]) => v.split('-')[0]), ['a', 'a', 'a', 'b', 'b', 'b', 'd', 'd', 'd', 'e']);
});

test('KIP-279: a follower with an epoch the leader never had truncates in rounds, down to the last epoch they share', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 60_000 } });
  await c.controller.create(0, [1, 2, 3]);
  t.like(await c.produce(1, batch(2, 'a')), { errorCode: 0 }); // epoch 0: [0, 2) everywhere

  // Epoch 1: 2 leads; 1 is cut off (still in the ISR) and never hears of it; 2 and 3 get 'b' at [2, 4), uncommitted.
  c.isolate(1);
  await c.controller.elect(0, 2, [2, 3, 1]);
  t.like(await c.produce(2, batch(2, 'b'), { acks: 1 }), { errorCode: 0, baseOffset: 2 });
  await c.until(() => c.status(3)!.logEndOffset === 4);

  // Epoch 2: 1 (in the ISR) leads, and only it hears so; it writes 'x' at [2, 5) that nobody else gets.
  c.isolate(2);
  c.isolate(3);
  c.heal(1);
  c.network.down.add(1);
  await c.controller.elect(0, 1, [1, 2, 3]);
  t.like(await c.produce(1, batch(3, 'x'), { acks: 1 }), { errorCode: 0, baseOffset: 2 });
  t.is(c.status(1)!.highWatermark, 2);

  // Epoch 3: 2 leads again, everyone hears it; 2 writes 'c' at [4, 6).
  for (const id of [1, 2, 3]) c.heal(id);
  await c.controller.elect(0, 2, [2, 3]);
  t.like(await c.produce(2, batch(2, 'c')), { errorCode: 0, baseOffset: 4 });
  // 1 asks for the end of its epoch 2; the leader answers epoch 1 (ending at 4), which 1 never
  // had: 1 cuts where its epoch 0 ended (2), asks again for epoch 0, and fetches from 2.
  await c.until(() => c.status(1)!.logEndOffset === 6 && c.status(1)!.highWatermark === 6);
  const cuts = c.logs.filter((l) => l.broker === 1 && l.msg === 'Truncating the log').map((l) => (l.fields as { offset: number }).offset);
  t.deepEqual(cuts, [2]);
  await c.until(() => c.ids.every((id) => c.status(id)!.highWatermark === 6));

  const values = await sameBytesBelowHighWatermark(t, c, 6);
  t.deepEqual(values.get(1)!.map(([, v]) => v.split('-')[0]), ['a', 'a', 'b', 'b', 'c', 'c']);
});

test('a leader replaced while its appends are still being written waits for them, then truncates them: replicas do not diverge', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 60_000 } });
  await c.controller.create(0, [1, 2, 3]);
  // Broker 1's storage holds its writes: the append below is in flight when 1 is replaced.
  const release = holdWrites(watchWrites(c.storages.get(1)!));
  const produced = c.m(1).produce({ acks: 1, timeoutMs: 5000, transactionalId: null, topics: [{ name: TOPIC, partitions: [{ partition: 0, records: batch(1, 'lost') }] }] });
  const elected = c.controller.elect(0, 3, [3, 2]);
  await c.clock.advance(50);
  t.like(await c.produce(3, batch(1, 'kept'), { acks: 1 }), { errorCode: 0, baseOffset: 0 }, 'the new leader writes offset 0');
  release();
  await c.settle(elected);
  t.like((await c.settle(produced)).topics[0]!.partitions[0], { errorCode: 0, baseOffset: 0 }, 'acks=1: written on the old leader only');
  t.like(await c.produce(3, batch(1, 'next')), { errorCode: 0, baseOffset: 1 });
  await c.until(() => c.ids.every((id) => c.status(id)!.highWatermark === 2));
  const values = await sameBytesBelowHighWatermark(t, c, 2);
  t.deepEqual(values.get(1), [[0, 'kept-0'], [1, 'next-0']]);
});

test('a follower whose log runs past its leader\'s (elected without records, after a loss) cuts it to the leader\'s high watermark and catches up', async (t) => {
  const c = await cluster(t, { config: { replicaLagTimeMs: 60_000 } });
  await c.controller.create(0, [1, 2, 3]);
  t.like(await c.produce(1, batch(3, 'a')), { errorCode: 0 });
  await c.until(() => c.ids.every((id) => c.status(id)!.highWatermark === 3));
  // Broker 1 loses its disk; it is elected again as the only replica left in the ISR (what
  // the controller does when every other in-sync replica is dead): it leads with an empty log.
  await c.stop(1);
  c.storages.set(1, await Storage.open());
  await c.start(1);
  await c.controller.elect(0, 1, [1]);
  t.like(c.status(1), { role: 'leader', logEndOffset: 0 });
  // The followers ask it about their epoch before it has one: no answer to cut by.
  await c.until(() => [2, 3].every((id) => c.status(id)!.logEndOffset === 0), 10_000);
  t.like(await c.produce(1, batch(2, 'b'), { acks: 1 }), { errorCode: 0, baseOffset: 0 });
  await c.until(() => [2, 3].every((id) => c.status(id)!.logEndOffset === 2 && c.status(id)!.highWatermark === 2), 10_000);
  t.true(c.logs.some((l) => l.msg.startsWith('Our log runs past the leader')));
  const values = await sameBytesBelowHighWatermark(t, c, 2);
  t.deepEqual(values.get(2)!.map(([, v]) => v), ['b-0', 'b-1']);
});
