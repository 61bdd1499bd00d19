import test from 'ava';
import { BROKER_CODECS } from '../../../engine/broker/api/codec.js';
import { FETCH_BATCH_OVERHEAD_BYTES, fetchMaxBytesWithin, fetchResponseOverhead } from '../../../engine/broker/api/fetch-size.js';
import type { FetchRequest, FetchResponse } from '../../../engine/broker/api/types.js';
import { FetchBudget } from '../../../engine/broker/replica/fetch-budget.js';

/*
 * A fetch answer's two bounds (fetch-budget.ts): record bytes (maxBytes, the broker's
 * fetchMaxBytes, partitionMaxBytes; KIP-74's first batch aside) and the frame (hard).
 */

function request(maxBytes: number, partitions = 1, name = 't'): FetchRequest {
  return {
    replicaId: -1, maxWaitMs: 0, minBytes: 1, maxBytes, isolationLevel: 0,
    topics: [{ name, partitions: Array.from({ length: partitions }, (_, partition) => ({ partition, currentLeaderEpoch: -1, fetchOffset: 0, logStartOffset: -1, partitionMaxBytes: 1 << 20 })) }],
  };
}

const batches = (...sizes: number[]) => sizes.map((n) => new Uint8Array(n));
const BIG = Number.MAX_SAFE_INTEGER;

test('the first batch of the first partition with data comes whole even over maxBytes (KIP-74); later ones stop at the limit', (t) => {
  const budget = new FetchBudget(request(100, 2), BIG, BIG);
  const limit = budget.limit(1 << 20);
  t.is(limit, 100);
  t.is(budget.take(batches(300), limit).length, 1);
  t.true(budget.limit(1 << 20) <= 0);
  t.deepEqual(budget.take(batches(50), budget.limit(1 << 20)), [], 'a later partition does not go over');
  t.is(budget.taken, 300);
});

test("the broker's fetchMaxBytes bounds a request asking for more", (t) => {
  const budget = new FetchBudget(request(50 << 20), 1000, BIG);
  t.is(budget.limit(1 << 20), 1000);
});

test('an answer never outgrows the frame: batches that would not fit are left for the next fetch', (t) => {
  const req = request(50 << 20, 3);
  const frame = fetchResponseOverhead(req.topics) + 3 * (1000 + FETCH_BATCH_OVERHEAD_BYTES);
  const budget = new FetchBudget(req, BIG, frame);
  t.is(budget.take(batches(1000, 1000), budget.limit(1 << 20)).length, 2);
  const limit = budget.limit(1 << 20);
  t.is(limit, 1000);
  t.is(budget.take(batches(1000, 1000), limit).length, 1, 'the third partition gets what is left');
  t.deepEqual(budget.take(batches(100), budget.limit(1 << 20)), []);
  t.is(budget.taken, 3000);
});

test('a first batch that fits no answer is RECORD_TOO_LARGE (for its partition), not an oversize frame', (t) => {
  const req = request(50 << 20);
  const budget = new FetchBudget(req, BIG, fetchResponseOverhead(req.topics) + 500);
  t.throws(() => budget.take(batches(600), budget.limit(1 << 20)), { code: 'RECORD_TOO_LARGE' });
  t.is(budget.take(batches(400), budget.limit(1 << 20)).length, 1, 'one that fits still comes');
});

test('fetchResponseOverhead bounds the encoded answer beyond its batches, in the worst case of every field', (t) => {
  const name = 'tópico-'.repeat(20);
  const req = request(1, 50, name);
  const response: FetchResponse = {
    errorCode: -2147483648,
    topics: [{
      name,
      partitions: req.topics[0]!.partitions.map(() => ({
        partition: -2147483648, errorCode: -2147483648, highWatermark: 2 ** 53 - 1, lastStableOffset: -1, logStartOffset: 2 ** 52, records: batches(61, 200_000),
      })),
    }],
  };
  const encoded = BROKER_CODECS.fetch.response.encode(response).byteLength;
  const records = 50 * (61 + 200_000);
  t.true(encoded <= fetchResponseOverhead(req.topics) + records + 100 * FETCH_BATCH_OVERHEAD_BYTES, `${encoded}`);
});

test('fetchMaxBytesWithin: an answer of that many record bytes in batches of any size fits the payload', (t) => {
  const req = request(1, 20);
  const payload = 64 * 1024;
  const maxBytes = fetchMaxBytesWithin(payload, req.topics);
  // The worst case: the smallest batches (61 bytes, RecordBatch v2's header), as many as fit maxBytes.
  const count = Math.floor(maxBytes / 61);
  t.true(fetchResponseOverhead(req.topics) + count * (61 + FETCH_BATCH_OVERHEAD_BYTES) <= payload);
  t.true(maxBytes > payload * 0.85, 'and asks for most of it');
  t.is(fetchMaxBytesWithin(10, req.topics), 1, 'at least 1');
});
