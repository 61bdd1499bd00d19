import test from 'ava';
import { Storage } from '../../engine/storage/index.js';
import { PartitionLog, encodeRecordBatch, type RecordInput } from '../../engine/log/index.js';
import { createLog, str } from './helpers.js';

const put = (key: string | null, value: string | null): RecordInput => ({ key, value });

async function contents(log: PartitionLog): Promise<Array<[number, string | null, string | null]>> {
  const batches = await log.read(log.logStartOffset, { maxBytes: 1e8 });
  return batches.flatMap((b) => [...b.records()]).map((r) => [r.offset, str(r.key), str(r.value)]);
}

test('compaction keeps the latest record per key, and every offset as it was', async (t) => {
  const { log, clock } = await createLog(t, { cleanupPolicy: 'compact' });
  const ts = clock.now();
  await log.append(encodeRecordBatch([put('a', 'a1'), put('b', 'b1'), put('n', 'n1')], { timestamp: ts }));
  await log.append(encodeRecordBatch([put('a', 'a2'), put('c', 'c1')], { timestamp: ts, compression: 'gzip' }));
  await log.append(encodeRecordBatch([put('b', 'b2')], { timestamp: ts }));
  await log.roll();
  await log.append(encodeRecordBatch([put('c', 'c2')], { timestamp: ts }));
  const result = await log.compact();
  t.is(result.removedRecords, 2);
  t.true(result.bytesAfter < result.bytesBefore);
  t.deepEqual(await contents(log), [
    [2, 'n', 'n1'],
    [3, 'a', 'a2'],
    [4, 'c', 'c1'],
    [5, 'b', 'b2'],
    [6, 'c', 'c2'],
  ]);
  const batches = await log.read(0, { maxBytes: 1e8 });
  t.deepEqual(batches.map((b) => [b.baseOffset, b.lastOffset, b.recordCount, b.compression]), [
    [0, 2, 1, 'none'],
    [3, 4, 2, 'gzip'],
    [5, 5, 1, 'none'],
    [6, 6, 1, 'none'],
  ], 'base offsets, last offsets and codecs are kept; c1 stays: its newer value is in the active segment');
  t.true(batches.every((b) => b.isValid()));
  t.is(log.logEndOffset, 7);
  t.deepEqual((await log.read(1)).map((b) => b.baseOffset)[0], 0, 'a read inside a compacted batch gets that batch');
  const again = await log.compact();
  t.is(again.cleanedBatches, 0, 'a second pass finds nothing to do');
});

test('a compacted log refuses a batch holding a record without a key, and stores nothing of it', async (t) => {
  const { log, clock } = await createLog(t, { cleanupPolicy: 'compact' });
  await log.append(encodeRecordBatch([put('a', 'a1')], { timestamp: clock.now() }));
  for (const compression of ['none', 'gzip'] as const) {
    const batch = encodeRecordBatch([put('b', 'b1'), put(null, 'n1')], { timestamp: clock.now(), compression });
    await t.throwsAsync(log.append(batch), { code: 'INVALID_RECORD' }, compression);
  }
  t.is(log.logEndOffset, 1);
  t.deepEqual(await contents(log), [[0, 'a', 'a1']]);
  log.updateConfig({ cleanupPolicy: 'delete' });
  t.is((await log.append(encodeRecordBatch([put(null, 'n1')], { timestamp: clock.now() }))).baseOffset, 1, 'the delete policy takes them');
});

test('records without a key, left from before a switch to compaction, are dropped by the cleaner', async (t) => {
  const { log, clock } = await createLog(t, { cleanupPolicy: 'delete' });
  await log.append(encodeRecordBatch([put(null, 'n1'), put('a', 'a1'), put(null, 'n2')], { timestamp: clock.now() }));
  await log.append(encodeRecordBatch([put(null, 'n3')], { timestamp: clock.now() }));
  await log.roll();
  log.updateConfig({ cleanupPolicy: 'compact' });
  const result = await log.compact();
  t.is(result.removedRecords, 3);
  t.deepEqual(await contents(log), [[1, 'a', 'a1']]);
  t.deepEqual((await log.read(0)).map((b) => [b.baseOffset, b.lastOffset]), [[0, 2]], 'offsets are kept; the emptied batch is gone');
  t.is(log.logEndOffset, 4);
});

test('tombstones survive deleteRetentionMs after their first cleaning, then go', async (t) => {
  const { log, clock } = await createLog(t, { cleanupPolicy: 'compact', deleteRetentionMs: 60_000 });
  await log.append(encodeRecordBatch([put('a', 'a1'), put('b', 'b1')], { timestamp: clock.now() }));
  await log.append(encodeRecordBatch([put('a', null)], { timestamp: clock.now() }));
  await log.roll();
  await log.compact();
  t.deepEqual(await contents(log), [[1, 'b', 'b1'], [2, 'a', null]]);
  const [, tombstone] = await log.read(0, { maxBytes: 1e8 });
  t.is(tombstone!.deleteHorizonMs, clock.now() + 60_000);
  t.true(tombstone!.isValid());
  t.is([...tombstone!][0]!.timestamp, clock.now() - 0, 'record timestamps survive the horizon in baseTimestamp');
  await clock.advance(59_999);
  await log.compact();
  t.deepEqual(await contents(log), [[1, 'b', 'b1'], [2, 'a', null]]);
  await clock.advance(1);
  await log.compact();
  t.deepEqual(await contents(log), [[1, 'b', 'b1']]);
  t.is(log.logEndOffset, 3);
  t.is((await log.append(encodeRecordBatch([put('a', 'a3')], { timestamp: clock.now() }))).baseOffset, 3);
});

test('the maintenance timer compacts when enough of the log is dirty', async (t) => {
  const { log, clock } = await createLog(t, {
    cleanupPolicy: 'compact',
    segmentBytes: 1024,
    retentionCheckIntervalMs: 1000,
    minCleanableDirtyRatio: 0.5,
  });
  for (let i = 0; i < 200; i++) await log.append(encodeRecordBatch([put(`k${i % 5}`, `value-${i}`)], { timestamp: clock.now() }));
  const before = log.size;
  await clock.runUntilTrue(() => log.size < before / 2, 10_000);
  const seen = new Map<string, string | null>();
  for (const [, k, v] of await contents(log)) seen.set(k!, v);
  t.deepEqual([...seen.keys()].sort(), ['k0', 'k1', 'k2', 'k3', 'k4']);
  t.is(seen.get('k4'), 'value-199');
  t.true(log.segments().every((s, i, all) => i === 0 || s.baseOffset === all[i - 1]!.nextOffset), 'segments still tile the offsets');
});

test("'compact,delete' both compacts and applies retention; 'compact' alone never deletes by time", async (t) => {
  const { log: both, clock } = await createLog(t, { path: ['both'], cleanupPolicy: 'compact,delete', retentionMs: 1000 });
  const { log: compactOnly } = await createLog(t, { path: ['only'], clock, cleanupPolicy: 'compact', retentionMs: 1000 });
  for (const log of [both, compactOnly]) {
    await log.append(encodeRecordBatch([put('a', '1')], { timestamp: clock.now() }));
    await log.roll();
  }
  await clock.advance(5000);
  await both.enforceRetention();
  await compactOnly.enforceRetention();
  t.is(both.logStartOffset, 1);
  t.is(compactOnly.logStartOffset, 0);
});

test('compaction results survive a reopen, segment sizes included', async (t) => {
  const storage = await Storage.open();
  t.teardown(() => storage.close());
  const { log, clock } = await createLog(t, { storage, cleanupPolicy: 'compact', segmentBytes: 1024 });
  for (let i = 0; i < 100; i++) await log.append(encodeRecordBatch([put(`k${i % 3}`, `v${i}`)], { timestamp: clock.now() }));
  await log.compact();
  const segments = log.segments();
  const before = await contents(log);
  await log.close();
  const reopened = await PartitionLog.open({ storage, path: ['log', 't', '0'], clock, retentionCheckIntervalMs: 0, cleanupPolicy: 'compact' });
  t.teardown(() => reopened.close());
  t.deepEqual(reopened.segments(), segments);
  t.deepEqual(await contents(reopened), before);
  t.is(reopened.size, segments.reduce((s, x) => s + x.size, 0));
});
