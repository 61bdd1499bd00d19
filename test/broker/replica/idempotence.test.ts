import test from 'ava';
import { ProducerStateTable, type ProducerBatch } from '../../../engine/broker/replica/producer-state.js';
import { watchWrites } from '../../log/helpers.js';
import { batch, cluster, recordsOf, TS } from './helpers.js';

/*
 * The idempotent producer (KIP-98): per partition and producer id, a retry of one of the
 * last 5 batches is answered with the original offset and not written again; gaps, old
 * epochs and a new epoch not starting at 0 are refused. Every replica builds the state from
 * the batches it appends (or reads back on open), so it survives a leader failover and a
 * restart.
 */

const P = 42;

function b(baseSequence: number, count = 1, producerEpoch = 0, producerId = P): ProducerBatch {
  return { producerId, producerEpoch, baseSequence, lastOffsetDelta: count - 1, maxTimestamp: TS };
}

/** Checks and records `batch` written at `offset`, as a leader would (with its write already done). */
function write(table: ProducerStateTable, batch: ProducerBatch, offset: number): void {
  if (table.check([batch]) !== undefined) throw new Error('unexpected duplicate');
  table.record(batch, offset);
}

test('producer state: the next sequence is written, a retry of one of the last 5 batches is a duplicate with its original offsets', (t) => {
  const table = new ProducerStateTable();
  for (let i = 0; i < 7; i++) write(table, b(i * 2, 2), 100 + i * 2);
  t.deepEqual(table.get(P), { epoch: 0, lastSequence: 13, lastOffset: 113 });
  const dup = table.check([b(8, 2)]);
  t.like(dup, { firstSeq: 8, lastSeq: 9, firstOffset: 108, lastOffset: 109 });
  // Sequences 0..3 are older than the 5 batches remembered.
  t.throws(() => table.check([b(2, 2)]), { code: 'DUPLICATE_SEQUENCE_NUMBER' });
  t.throws(() => table.check([b(15)]), { code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' }, 'a gap');
  t.throws(() => table.check([b(13, 3)]), { code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' }, 'an overlap');
  t.is(table.check([b(14)]), undefined);
});

test('producer state: epochs — an older one is fenced, a newer one must start at sequence 0; unknown producers start anywhere', (t) => {
  const table = new ProducerStateTable();
  write(table, b(0, 1, 3), 0);
  t.throws(() => table.check([b(1, 1, 2)]), { code: 'INVALID_PRODUCER_EPOCH' });
  t.throws(() => table.check([b(5, 1, 4)]), { code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
  write(table, b(0, 1, 4), 1);
  t.deepEqual(table.get(P), { epoch: 4, lastSequence: 0, lastOffset: 1 });
  t.is(table.check([b(77, 1, 0, 7)]), undefined, 'a producer id the partition never saw');
  t.is(table.check([b(5, 1, 0, -1)]), undefined, 'not idempotent');
});

test('producer state: batches of one request are checked against each other; sequences wrap at 2^31', (t) => {
  const table = new ProducerStateTable();
  write(table, b(0, 2), 0);
  t.is(table.check([b(2, 2), b(4, 1)]), undefined);
  t.throws(() => table.check([b(2, 2), b(5, 1)]), { code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
  const wrap = new ProducerStateTable();
  write(wrap, b(0x7fffffff - 1, 2), 0);
  t.is(wrap.get(P)!.lastSequence, 0x7fffffff);
  t.is(wrap.check([b(0, 3)]), undefined);
  write(wrap, b(0, 3), 2);
  t.is(wrap.get(P)!.lastSequence, 2);
});

test('producer state: truncation forgets the batches cut away, and says when the log must be read again', (t) => {
  const table = new ProducerStateTable();
  write(table, b(0, 2), 0);
  write(table, b(2, 2), 2);
  write(table, b(0, 1, 0, 9), 4);
  t.true(table.truncate(10), 'nothing at or past 10');
  t.false(table.truncate(4), 'producer 9 lost every batch it had here');
  t.is(table.get(9), undefined);
  t.true(table.truncate(2), 'producer 42 keeps its first batch');
  t.deepEqual(table.get(P), { epoch: 0, lastSequence: 1, lastOffset: 1 });
  t.false(table.truncate(1), 'a batch cut in two');
});

test('producer state: producers idle for producerIdExpirationMs are forgotten', (t) => {
  const table = new ProducerStateTable();
  write(table, b(0), 0);
  write(table, { ...b(0, 1, 0, 7), maxTimestamp: TS + 500 }, 1);
  t.is(table.expire(TS + 999, 1000), 0);
  t.is(table.expire(TS + 1000, 1000), 1);
  t.is(table.get(P), undefined);
  t.truthy(table.get(7));
});

test('the idempotent producer across a leader failover: a retry is answered with the original offset, gaps and old epochs are refused', async (t) => {
  const c = await cluster(t);
  await c.controller.create(0, [1, 2, 3]);
  const idem = (seq: number, count: number, prefix: string, producerEpoch = 0) => batch(count, prefix, { producerId: P, producerEpoch, baseSequence: seq, timestamp: TS });
  t.like(await c.produce(1, idem(0, 3, 'a')), { errorCode: 0, baseOffset: 0 });
  t.like(await c.produce(1, idem(3, 2, 'b')), { errorCode: 0, baseOffset: 3 });
  t.like(await c.produce(1, idem(3, 2, 'b')), { errorCode: 0, baseOffset: 3 }, 'a retry on the same leader');
  t.is(c.status(1)!.logEndOffset, 5);

  // Leader 1 fails; 2 takes over. The producer retries its last batch: not written again.
  c.isolate(1);
  await c.controller.elect(0, 2, [2, 3]);
  t.like(await c.produce(2, idem(3, 2, 'b')), { errorCode: 0, baseOffset: 3 });
  t.like(await c.produce(2, idem(0, 3, 'a')), { errorCode: 0, baseOffset: 0 }, 'an older batch within the window too');
  t.is(c.status(2)!.logEndOffset, 5);
  t.like(await c.produce(2, idem(9, 1, 'gap')), { errorCode: 45 });
  t.like(await c.produce(2, idem(5, 1, 'c')), { errorCode: 0, baseOffset: 5 });
  // A new epoch starts at 0; then the old epoch is fenced.
  t.like(await c.produce(2, idem(4, 1, 'd', 1)), { errorCode: 45 });
  t.like(await c.produce(2, idem(0, 1, 'd', 1)), { errorCode: 0, baseOffset: 6 });
  t.like(await c.produce(2, idem(6, 1, 'late', 0)), { errorCode: 47 });
  const values = recordsOf(await c.settle(c.m(2).fetch(c.fetchRequest(0)))).map(([, v]) => v);
  t.deepEqual(values, ['a-0', 'a-1', 'a-2', 'b-0', 'b-1', 'c-0', 'd-0']);
});

test('a restarted replica keeps its high watermark and rebuilds its producer state from the log', async (t) => {
  const c = await cluster(t);
  await c.controller.create(0, [1, 2, 3]);
  const idem = (seq: number, prefix: string) => batch(2, prefix, { producerId: P, producerEpoch: 0, baseSequence: seq, timestamp: TS });
  for (let i = 0; i < 3; i++) t.like(await c.produce(1, idem(i * 2, `a${i}`)), { errorCode: 0, baseOffset: i * 2 });
  t.like(await c.produce(1, batch(1, 'plain')), { errorCode: 0, baseOffset: 6 });
  await c.until(() => c.ids.every((id) => c.status(id)!.highWatermark === 7));

  for (const id of [1, 2]) {
    await c.stop(id);
    await c.start(id);
    await c.controller.tell(id);
    t.like(c.status(id), { highWatermark: 7, logEndOffset: 7 }, `broker ${id} has its high watermark at once`);
  }
  // A consumer of the restarted leader sees every committed record at once.
  t.is(recordsOf(await c.settle(c.m(1).fetch(c.fetchRequest(0)))).length, 7);
  // The restarted follower becomes leader: its producer state came from its log.
  await c.controller.elect(0, 2, [2, 1, 3]);
  t.like(await c.produce(2, idem(2, 'a1')), { errorCode: 0, baseOffset: 2 }, 'a retry is a duplicate');
  t.like(await c.produce(2, idem(8, 'gap')), { errorCode: 45 });
  t.like(await c.produce(2, idem(6, 'next')), { errorCode: 0, baseOffset: 7 });
});

test('a failed write leaves the producer state unknown: it is read back from the log, and the producer\'s retry goes through', async (t) => {
  const c = await cluster(t, { brokers: 1 });
  await c.controller.create(0, [1]);
  const idem = (seq: number, prefix: string) => batch(1, prefix, { producerId: P, producerEpoch: 0, baseSequence: seq, timestamp: TS });
  t.like(await c.produce(1, idem(0, 'a')), { errorCode: 0, baseOffset: 0 });
  await c.clock.advance(10_000); // the high watermark checkpoint is written
  const spy = watchWrites(c.storages.get(1)!);
  spy.fail.add(spy.writes.length); // the next write fails: the append of 'b'
  t.like(await c.produce(1, idem(1, 'b')), { errorCode: 56 }, 'KAFKA_STORAGE_ERROR');
  t.is(c.status(1)!.logEndOffset, 1);
  t.like(await c.produce(1, idem(1, 'b')), { errorCode: 0, baseOffset: 1 }, 'the retry is written, not taken for a duplicate');
  t.like(await c.produce(1, idem(1, 'b')), { errorCode: 0, baseOffset: 1 }, 'and is a duplicate from then on');
  t.like(await c.produce(1, idem(2, 'c')), { errorCode: 0, baseOffset: 2 });
  t.deepEqual(recordsOf(await c.settle(c.m(1).fetch(c.fetchRequest(0)))).map(([, v]) => v), ['a-0', 'b-0', 'c-0']);
});

test('an idle producer expires after producerIdExpirationMs: its next batch may start at any sequence', async (t) => {
  const c = await cluster(t, { brokers: 1, config: { producerIdExpirationMs: 60_000 } });
  await c.controller.create(0, [1]);
  const idem = (seq: number) => batch(1, `s${seq}`, { producerId: P, producerEpoch: 0, baseSequence: seq, timestamp: c.clock.now() });
  t.like(await c.produce(1, idem(0)), { errorCode: 0 });
  await c.clock.advance(5 * 60_000);
  t.like(await c.produce(1, idem(7)), { errorCode: 45 }, 'still known before the expiration check');
  await c.clock.advance(6 * 60_000); // the check runs every 10 minutes
  t.like(await c.produce(1, idem(7)), { errorCode: 0 }, 'forgotten');
});
