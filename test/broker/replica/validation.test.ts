import test from 'ava';
import { computeCrc, encodeRecordBatch } from '../../../engine/log/index.js';
import { Random } from '../../../engine/time/index.js';
import { batch, cluster, hex, recordsOf, TOPIC, TS, type Cluster } from './helpers.js';

/*
 * Bad input gets a typed Kafka error code, per partition, and nothing already stored is
 * touched: garbage, truncated, corrupt and oversize batches, batches whose CRC is right but
 * whose records do not decode, unknown topics and partitions, negative offsets, stale and
 * future leader epochs.
 */

const CORRUPT_MESSAGE = 2;
const INVALID_RECORD = 87;

/** A copy of `bytes` with its CRC recomputed (a client that computed it over its own garbage). */
function recrc(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(17, computeCrc(copy));
  return copy;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Every replica's batches, as hex, read through the leader (everything is committed). */
async function snapshot(c: Cluster): Promise<string[]> {
  const r = await c.settle(c.m(1).fetch(c.fetchRequest(0, { maxBytes: 1e7, partitionMaxBytes: 1e7 })));
  return r.topics[0]!.partitions[0]!.records.map(hex);
}

test('garbage, truncated, corrupt and oversize batches are refused with typed codes and nothing stored changes', async (t) => {
  const c = await cluster(t, { log: { maxMessageBytes: 2000 } });
  await c.controller.create(0, [1, 2, 3]);
  t.like(await c.produce(1, batch(3, 'kept')), { errorCode: 0 });
  await c.until(() => c.ids.every((id) => c.status(id)!.highWatermark === 3));
  const before = await snapshot(c);

  const good = batch(2, 'new');
  const random = new Random('garbage');
  const garbage = Uint8Array.from({ length: 300 }, () => random.uint32() & 0xff);
  const flipped = good.slice();
  flipped[70]! ^= 0x01;
  const recordsGarbage = good.slice();
  recordsGarbage.fill(0xff, 61);
  const badCount = good.slice();
  new DataView(badCount.buffer).setInt32(57, 5);
  const gzipGarbage = good.slice();
  gzipGarbage[22]! |= 0x01; // attributes: gzip, but the records are not gzip data
  const unknownCodec = good.slice();
  unknownCodec[22]! |= 0x07;
  const cases: Array<[string, Uint8Array, number]> = [
    ['random bytes', garbage, CORRUPT_MESSAGE],
    ['a batch cut short', good.subarray(0, good.length - 5), CORRUPT_MESSAGE],
    ['fewer bytes than a batch header', good.subarray(0, 40), CORRUPT_MESSAGE],
    ['a flipped bit (CRC mismatch)', flipped, CORRUPT_MESSAGE],
    ['records that do not decode, under a right CRC', recrc(recordsGarbage), CORRUPT_MESSAGE],
    ['compressed records that do not decompress', recrc(gzipGarbage), CORRUPT_MESSAGE],
    ['a record count that does not match', recrc(badCount), INVALID_RECORD],
    ['an unknown codec', recrc(unknownCodec), 76],
    ['a good batch followed by a corrupt one', concat(good, flipped), CORRUPT_MESSAGE],
    ['a good batch followed by stray bytes', concat(good, garbage.subarray(0, 20)), CORRUPT_MESSAGE],
    ['a batch over maxMessageBytes', batch(1, 'x'.repeat(3000)), 10],
    ['no batch at all', new Uint8Array(0), INVALID_RECORD],
    ['a control batch', encodeRecordBatch([{ key: 'k', value: 'v' }], { timestamp: TS, control: true }), INVALID_RECORD],
    ['a transactional batch', encodeRecordBatch([{ key: 'k', value: 'v' }], { timestamp: TS, transactional: true, producerId: 1, producerEpoch: 0, baseSequence: 0 }), INVALID_RECORD],
    ['a producer id without a sequence', encodeRecordBatch([{ key: 'k', value: 'v' }], { timestamp: TS, producerId: 1, producerEpoch: 0, baseSequence: -1 }), INVALID_RECORD],
  ];
  for (const [what, records, code] of cases) {
    for (const acks of [-1, 0, 1] as const) {
      const r = await c.produce(1, records, { acks });
      t.is(r.errorCode, code, `${what} (acks=${acks})`);
      t.is(r.baseOffset, -1);
    }
  }
  t.is(c.status(1)!.logEndOffset, 3);
  t.deepEqual(await snapshot(c), before);
  // The log goes on as before.
  t.like(await c.produce(1, good), { errorCode: 0, baseOffset: 3 });
  await c.until(() => c.ids.every((id) => c.status(id)!.highWatermark === 5));
  for (const id of c.ids) await c.stop(id);
  for (const [id, log] of await c.openLogs()) {
    t.deepEqual((await log.readBytes(0, { maxBytes: 1e7 })).map(hex).slice(0, before.length), before, `broker ${id}'s stored batches are untouched`);
  }
});

test('a batch larger than the segment size is RECORD_LIST_TOO_LARGE; a keyless record in a compacted topic is INVALID_RECORD', async (t) => {
  const c = await cluster(t, { brokers: 1, log: { segmentBytes: 1024, cleanupPolicy: 'compact' } });
  await c.controller.create(0, [1]);
  t.like(await c.produce(1, batch(1, 'x'.repeat(1500))), { errorCode: 18 });
  t.like(await c.produce(1, batch(2, 'nokey', { key: false })), { errorCode: INVALID_RECORD });
  t.like(await c.produce(1, batch(2, 'keyed')), { errorCode: 0, baseOffset: 0 });
});

test('requests for partitions this broker does not host or lead, and malformed requests, get typed codes', async (t) => {
  const c = await cluster(t);
  await c.controller.create(0, [1, 2, 3]);
  t.like(await c.produce(1, batch(2, 'a')), { errorCode: 0 });
  await c.until(() => c.ids.every((id) => c.status(id)!.highWatermark === 2));
  const before = await snapshot(c);

  // Produce
  t.like(await c.produce(1, batch(1, 'x'), { topic: 'nope' }), { errorCode: 3 });
  t.like(await c.produce(1, batch(1, 'x'), { partition: 7 }), { errorCode: 3 });
  t.like(await c.produce(2, batch(1, 'x')), { errorCode: 6 }, 'a follower');
  t.like(await c.produce(1, batch(1, 'x'), { acks: 2 as never }), { errorCode: 21 });
  t.like(await c.produce(1, batch(1, 'x'), { timeoutMs: -1 }), { errorCode: 42 });

  // Fetch
  const fetchCode = async (broker: number, offset: number, options: Parameters<Cluster['fetchRequest']>[1] = {}) =>
    (await c.settle(c.m(broker).fetch(c.fetchRequest(offset, options)))).topics[0]!.partitions[0]!.errorCode;
  t.is(await fetchCode(1, -1), 1, 'a negative offset');
  t.is(await fetchCode(1, 3), 1, 'past the log end');
  t.is(await fetchCode(1, 1.5), 1, 'not an integer');
  t.is(await fetchCode(1, 0, { partition: 9 }), 3);
  t.is(await fetchCode(2, 0), 6, 'from a follower');
  t.is(await fetchCode(1, 0, { replicaId: 9 }), 6, 'a replica id that is not a replica');
  t.is(await fetchCode(1, 0, { replicaId: 1 }), 6, 'the leader itself as a follower');
  await c.controller.elect(0, 1);
  t.is(await fetchCode(1, 0, { currentLeaderEpoch: 0 }), 74, 'an older leader epoch');
  t.is(await fetchCode(1, 0, { currentLeaderEpoch: 2 }), 75, 'a newer leader epoch');
  t.is(await fetchCode(1, 0, { currentLeaderEpoch: 1 }), 0);
  t.is(await fetchCode(1, 0, { partitionMaxBytes: -5 }), 42);
  const oor = (await c.settle(c.m(1).fetch(c.fetchRequest(-1)))).topics[0]!.partitions[0]!;
  t.like(oor, { highWatermark: 2, logStartOffset: 0, records: [] }, 'OFFSET_OUT_OF_RANGE tells the log start');

  // ListOffsets, OffsetForLeaderEpoch, DeleteRecords
  const list = async (timestamp: number, partition = 0) =>
    (await c.m(1).listOffsets({ replicaId: -1, isolationLevel: 0, topics: [{ name: TOPIC, partitions: [{ partition, currentLeaderEpoch: -1, timestamp }] }] })).topics[0]!.partitions[0]!;
  t.like(await list(-7), { errorCode: 42, offset: -1 });
  t.like(await list(-1, 4), { errorCode: 3 });
  const ofle = c.m(1).offsetForLeaderEpoch({ replicaId: -1, topics: [{ name: TOPIC, partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: -5 }] }] });
  t.like((await ofle).topics[0]!.partitions[0], { errorCode: 42 });
  const del = async (offset: number, broker = 1) =>
    (await c.settle(c.m(broker).deleteRecords({ timeoutMs: 1000, topics: [{ name: TOPIC, partitions: [{ partition: 0, offset }] }] }))).topics[0]!.partitions[0]!;
  t.like(await del(3), { errorCode: 1 }, 'above the high watermark');
  t.like(await del(-4), { errorCode: 1 });
  t.like(await del(1, 2), { errorCode: 6 });

  t.deepEqual(await snapshot(c), before);
  t.deepEqual(recordsOf(await c.settle(c.m(1).fetch(c.fetchRequest(0)))), [[0, 'a-0'], [1, 'a-1']]);
  t.false(c.logs.some((l) => l.level === 'warn' && l.msg.includes('unexpectedly')), 'no error was unexpected');
});
