import test from 'ava';
import { Storage } from '../../engine/storage/index.js';
import { batchOf, createLog, flatten } from './helpers.js';

/* Roll and retention on the simulated clock: time moves only when the test says so. */

const pad = { headers: { pad: 'x'.repeat(200) } };

test('segments roll before they would pass segmentBytes', async (t) => {
  const { log } = await createLog(t, { segmentBytes: 4096 });
  for (let i = 0; i < 60; i++) await log.append(batchOf(2, 1, 'v', pad));
  const segments = log.segments();
  t.true(segments.length > 5);
  for (const s of segments) t.true(s.size <= 4096);
  for (let i = 1; i < segments.length; i++) t.is(segments[i]!.baseOffset, segments[i - 1]!.nextOffset, 'segments tile the offsets');
  t.is(segments.at(-1)!.nextOffset, log.logEndOffset);
});

test('a batch larger than segmentBytes gets a segment of its own', async (t) => {
  const { log } = await createLog(t, { segmentBytes: 1024 });
  await log.append(batchOf(1, 1));
  await log.append(batchOf(10, 1, 'v', pad));
  await log.append(batchOf(1, 1));
  t.deepEqual(log.segments().map((s) => s.nextOffset - s.baseOffset), [1, 10, 1]);
});

test('segments roll by age (segmentMs) on append and on the maintenance timer', async (t) => {
  const { log, clock } = await createLog(t, { segmentMs: 60_000, retentionCheckIntervalMs: 10_000, retentionMs: -1 });
  await log.append(batchOf(1, clock.now()));
  await clock.advance(30_000);
  await log.append(batchOf(1, clock.now()));
  t.is(log.segments().length, 1);
  await clock.advance(30_000);
  await log.append(batchOf(1, clock.now()));
  t.deepEqual(log.segments().map((s) => s.baseOffset), [0, 2], 'the append found the segment 60 s old');
  // No appends now: the maintenance timer rolls the aged active segment.
  await clock.runUntilTrue(() => log.segments().length === 3, 120_000);
  t.deepEqual(log.segments().map((s) => [s.baseOffset, s.nextOffset]), [[0, 2], [2, 3], [3, 3]]);
});

test('time retention deletes closed segments whose newest record is older than retentionMs', async (t) => {
  const { log, clock } = await createLog(t, { segmentBytes: 2048, retentionMs: 3_600_000, retentionCheckIntervalMs: 60_000 });
  for (let minute = 0; minute < 120; minute++) {
    await log.append(batchOf(2, clock.now(), `m${minute}`, pad));
    await clock.advance(60_000);
  }
  // The timer has been running all along: nothing older than an hour (plus a segment) is left.
  const oldest = flatten(await log.read(log.logStartOffset, { maxBytes: 10_000 }))[0]!;
  const minute = Number(oldest[1]!.slice(1, oldest[1]!.indexOf('-')));
  t.true(minute >= 120 - 62 && minute <= 120 - 55, `oldest kept record is from minute ${minute}`);
  const now = clock.now();
  const [first] = log.segments();
  t.true(now - first!.maxTimestamp <= 3_600_000 + 60_000);
  t.is(log.logStartOffset, first!.baseOffset, 'the log starts at a segment boundary');
});

test('size retention keeps the newest segments that fit in retentionBytes', async (t) => {
  const { log } = await createLog(t, { segmentBytes: 2048, retentionBytes: 10_000, retentionMs: -1 });
  for (let i = 0; i < 100; i++) await log.append(batchOf(2, 1, 'v', pad));
  const sizeBefore = log.size;
  const result = await log.enforceRetention();
  t.true(result.deletedSegments > 0);
  t.is(sizeBefore - result.deletedBytes, log.size);
  t.true(log.size >= 10_000);
  t.true(log.size - log.segments()[0]!.size < 10_000);
  t.is(log.logStartOffset, log.segments()[0]!.baseOffset);
  await t.throwsAsync(log.read(0), { code: 'OFFSET_OUT_OF_RANGE' });
});

test('the active segment is never deleted; a fully expired log rolls and empties', async (t) => {
  const { log, clock } = await createLog(t, { retentionMs: 1000, retentionBytes: 0 });
  await log.append(batchOf(3, clock.now()));
  await log.enforceRetention();
  t.is(log.logStartOffset, 0, 'size retention alone does not touch the active segment');
  await clock.advance(5000);
  const result = await log.enforceRetention();
  t.is(result.deletedSegments, 1);
  t.is(log.logStartOffset, 3);
  t.is(log.logEndOffset, 3);
  t.deepEqual(log.segments().map((s) => [s.baseOffset, s.nextOffset, s.size]), [[3, 3, 0]]);
  t.deepEqual(await log.read(3), []);
  t.is((await log.append(batchOf(1, clock.now()))).baseOffset, 3);
});

test('retention deletes with one range delete and stops at the delete boundary (the high watermark)', async (t) => {
  const storage = await Storage.open();
  t.teardown(() => storage.close());
  let highWatermark = 10;
  const { log, clock } = await createLog(t, { storage, segmentBytes: 1024, retentionMs: 1000, deleteBoundary: () => highWatermark });
  for (let i = 0; i < 20; i++) await log.append(batchOf(2, clock.now(), 'v', pad));
  const area = storage.area('log', 't', '0');
  const clear = area.clear.bind(area);
  const ranges: unknown[] = [];
  (area as unknown as { clear: unknown }).clear = (range: unknown) => {
    ranges.push(range);
    return clear(range as never);
  };
  await clock.advance(2000);
  await log.enforceRetention();
  t.true(log.logStartOffset <= 10 && log.logStartOffset > 0);
  t.is(ranges.length, 2, 'one range for the batches, one for the time index');
  highWatermark = log.logEndOffset;
  await log.enforceRetention();
  t.is(log.logStartOffset, log.logEndOffset);
  t.is(log.segments().length, 1);
});

test('a crash between the metadata write and the range delete leaves no visible garbage', async (t) => {
  const storage = await Storage.open();
  t.teardown(() => storage.close());
  const { log, clock } = await createLog(t, { storage, segmentBytes: 1024, retentionMs: 1000 });
  for (let i = 0; i < 10; i++) await log.append(batchOf(2, clock.now(), 'v', pad));
  const area = storage.area('log', 't', '0');
  const clear = area.clear;
  (area as unknown as { clear: unknown }).clear = () => Promise.reject(new Error('crash'));
  await clock.advance(2000);
  await t.throwsAsync(log.enforceRetention(), { code: 'STORAGE_ERROR' });
  const start = log.logStartOffset;
  t.true(start > 0);
  (area as unknown as { clear: unknown }).clear = clear;
  const { PartitionLog } = await import('../../engine/log/index.js');
  const reopened = await PartitionLog.open({ storage, path: ['log', 't', '0'], clock, retentionCheckIntervalMs: 0 });
  t.teardown(() => reopened.close());
  t.is(reopened.logStartOffset, start);
  let below = 0;
  for await (const key of storage.area('log', 't', '0').keys({ gte: Uint8Array.of(1), lt: Uint8Array.of(2) })) if (key[8]! < start) below++;
  t.is(below, 0, 'open finished the range delete');
});
