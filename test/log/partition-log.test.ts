import test, { type ExecutionContext } from 'ava';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Storage } from '../../engine/storage/index.js';
import { SimulatedClock } from '../../engine/time/index.js';
import { PartitionLog, RecordBatch, encodeRecordBatch, buildBatch } from '../../engine/log/index.js';
import { computeCrc } from '../../engine/log/record-batch.js';
import { batchOf, createLog, flatten, logWithWriteHeld, str, watchWrites } from './helpers.js';

const TS = 1_700_000_000_000;

test('append assigns consecutive offsets and read returns the stored batches', async (t) => {
  const { log } = await createLog(t);
  t.is(log.logStartOffset, 0);
  t.is(log.logEndOffset, 0);
  t.deepEqual(await log.append(batchOf(3, TS)), { baseOffset: 0, lastOffset: 2, logAppendTime: -1, logStartOffset: 0 });
  t.deepEqual(await log.append(batchOf(2, TS, 'w')), { baseOffset: 3, lastOffset: 4, logAppendTime: -1, logStartOffset: 0 });
  t.is(log.logEndOffset, 5);
  const batches = await log.read(0);
  t.deepEqual(batches.map((b) => [b.baseOffset, b.lastOffset]), [[0, 2], [3, 4]]);
  t.true(batches.every((b) => b.isValid()));
  t.deepEqual(flatten(batches), [[0, 'v-0'], [1, 'v-1'], [2, 'v-2'], [3, 'w-0'], [4, 'w-1']]);
  t.deepEqual(await log.read(5), [], 'reading at the log end gives nothing');
});

test('read from the middle of a batch returns that whole batch first, as Kafka does', async (t) => {
  const { log } = await createLog(t);
  await log.append(batchOf(5, TS));
  await log.append(batchOf(5, TS, 'w'));
  const batches = await log.read(3);
  t.is(batches[0]!.baseOffset, 0);
  t.deepEqual(flatten(batches, 3).map(([o]) => o), [3, 4, 5, 6, 7, 8, 9]);
});

test('read honours maxBytes but always returns at least one batch, and stops at maxOffset', async (t) => {
  const { log } = await createLog(t);
  for (let i = 0; i < 10; i++) await log.append(batchOf(2, TS));
  const size = (await log.read(0, { maxBytes: 1 }))[0]!.sizeInBytes;
  t.is((await log.read(0, { maxBytes: 1 })).length, 1);
  t.is((await log.read(0, { maxBytes: size * 3 })).length, 3);
  t.is((await log.read(0, { maxBytes: size * 3 + 1 })).length, 3);
  t.is((await log.read(4, { maxBytes: 10_000_000 })).length, 8);
  t.deepEqual((await log.read(0, { maxOffset: 6 })).map((b) => b.baseOffset), [0, 2, 4]);
  t.deepEqual((await log.read(0, { maxOffset: 5 })).map((b) => b.baseOffset), [0, 2], 'a batch straddling maxOffset is held back');
});

test('readBytes returns the stored bytes of the batches read() wraps, with the same limits and errors', async (t) => {
  const { log } = await createLog(t);
  for (let i = 0; i < 10; i++) await log.append(batchOf(2, TS));
  for (const [offset, options] of [[0, {}], [3, { maxBytes: 1 }], [0, { maxOffset: 5 }], [4, { maxBytes: 250 }], [20, {}]] as const) {
    const bytes = await log.readBytes(offset, options);
    const views = await log.read(offset, options);
    t.deepEqual(bytes, views.map((b) => b.bytes), `at ${offset}, ${JSON.stringify(options)}`);
    t.true(bytes.every((b) => b instanceof Uint8Array && new RecordBatch(b).isValid()));
  }
  t.deepEqual((await log.readBytes(0, { maxOffset: 6 })).map((b) => new RecordBatch(b).baseOffset), [0, 2, 4]);
  await t.throwsAsync(log.readBytes(21), { code: 'OFFSET_OUT_OF_RANGE' });
  await t.throwsAsync(log.readBytes(0, { maxBytes: 0 }), { code: 'BAD_ARGUMENTS' });
});

test('what readBytes returns is the caller\'s: changing the array does not change the next read', async (t) => {
  const { log } = await createLog(t);
  for (let i = 0; i < 6; i++) await log.append(batchOf(1, TS, `b${i}`));
  const first = await log.readBytes(0, { maxBytes: 1 });
  t.is(first.length, 1);
  const all = await log.readBytes(1);
  t.is(all.length, 5);
  all.push(batchOf(1, TS, 'not-stored'));
  all.unshift(batchOf(1, TS, 'not-stored'));
  for (let i = 0; i < 3; i++) await log.append(batchOf(1, TS, `c${i}`));
  t.deepEqual(flatten(await log.read(6)), [[6, 'c0-0'], [7, 'c1-0'], [8, 'c2-0']], 'the cursor continues with what is stored');
});

test('bad input gets a typed error and leaves the log as it was', async (t) => {
  const { log, storage } = await createLog(t, { maxMessageBytes: 2000 });
  await log.append(batchOf(2, TS));
  const snapshot = async () => {
    const entries: string[] = [];
    for await (const [k, v] of storage.db.iterator({ keyEncoding: 'view', valueEncoding: 'view' })) {
      entries.push(Buffer.from(k as Uint8Array).toString('hex') + '=' + Buffer.from(v as Uint8Array).toString('hex'));
    }
    return entries;
  };
  const before = await snapshot();
  const empty = buildBatch(
    { baseOffset: 0, partitionLeaderEpoch: -1, attributes: 0, baseTimestamp: TS, maxTimestamp: TS, producerId: -1, producerEpoch: -1, baseSequence: -1 },
    [],
  );
  await t.throwsAsync(log.append(empty), { code: 'INVALID_RECORD' });
  await t.throwsAsync(log.append(encodeRecordBatch([{ value: new Uint8Array(3000) }], { timestamp: TS })), { code: 'RECORD_TOO_LARGE' });
  const corrupt = batchOf(2, TS);
  corrupt[corrupt.length - 1] ^= 0xff;
  await t.throwsAsync(log.append(corrupt), { code: 'CORRUPT_RECORD' });
  await t.throwsAsync(log.append(new Uint8Array(10)), { code: 'CORRUPT_RECORD' });
  await t.throwsAsync(log.append('nope' as unknown as Uint8Array), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(log.append(batchOf(1, TS), { leaderEpoch: -3 }), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(log.read(3), { code: 'OFFSET_OUT_OF_RANGE' });
  await t.throwsAsync(log.read(-1), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(log.read(0, { maxBytes: 0 }), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(log.deleteRecordsBefore(9), { code: 'OFFSET_OUT_OF_RANGE' });
  await t.throwsAsync(log.truncateTo(1.5), { code: 'BAD_ARGUMENTS' });
  t.deepEqual(await snapshot(), before, 'nothing stored was touched');
  await log.deleteRecordsBefore(1);
  await t.throwsAsync(log.read(0), { code: 'OFFSET_OUT_OF_RANGE' }, 'below the log start');
  t.is(log.logEndOffset, 2);
  t.deepEqual(flatten(await log.read(1), 1), [[1, 'v-1']]);
});

test('the stored batch is a copy: the caller may reuse its buffer', async (t) => {
  const { log } = await createLog(t);
  const bytes = batchOf(1, TS);
  await log.append(bytes);
  bytes.fill(0);
  const [batch] = await log.read(0);
  t.true(batch!.isValid());
  t.is(str([...batch!][0]!.value), 'v-0');
});

/** Storage on classic-level in a temporary directory, removed after the test. */
async function classicStorage(t: ExecutionContext): Promise<Storage> {
  const directory = await mkdtemp(join(tmpdir(), 'logkeeper-log-'));
  const storage = await Storage.open({ directory });
  t.teardown(async () => {
    await storage.close().catch(() => undefined);
    await rm(directory, { recursive: true, force: true });
  });
  return storage;
}

test('on classic-level, appends staged behind a write lend their buffer: left as it was, free to reuse at once', async (t) => {
  const storage = await classicStorage(t);
  t.true(storage.copiesOnPut);
  const { log, release, held } = await logWithWriteHeld(t, batchOf(1, TS), batchOf(1, TS, 'a'), { storage });
  const buffers = ['b', 'c', 'd'].map((prefix) => batchOf(2, TS, prefix));
  const appends = buffers.map((buffer) => {
    const before = buffer.slice();
    const appended = log.append(buffer, { leaderEpoch: 4 });
    t.deepEqual(buffer, before, 'the header the log patched is put back');
    buffer.fill(0xee); // the caller reuses it before the append resolves
    return appended;
  });
  release();
  t.deepEqual((await Promise.all([held, ...appends])).map((r) => r.baseOffset), [1, 2, 4, 6]);
  const batches = await log.read(0);
  t.true(batches.every((b) => b.isValid()));
  t.deepEqual(batches.map((b) => [b.baseOffset, b.partitionLeaderEpoch]), [[0, -1], [1, -1], [2, 4], [4, 4], [6, 4]]);
  t.deepEqual(flatten(batches, 2).map(([, v]) => v), ['b-0', 'b-1', 'c-0', 'c-1', 'd-0', 'd-1']);
});

test('on classic-level, lent appends staged behind a failed write fail with it; nothing is skipped', async (t) => {
  const storage = await classicStorage(t);
  const { log, spy, release, held: a } = await logWithWriteHeld(t, batchOf(1, TS), batchOf(1, TS, 'a'), { storage });
  // b and c go into the group staged on top of a's write, straight into LevelDB's write
  // batch; the log keeps no copy, so when a's write fails they cannot be planned again.
  const rest = [log.append(batchOf(2, TS, 'b')), log.append(batchOf(1, TS, 'c'))];
  spy.fail.add(0);
  release();
  const settled = await Promise.allSettled([a, ...rest]);
  t.deepEqual(settled.map((s) => (s.status === 'rejected' ? s.reason.code : s.status)), ['STORAGE_ERROR', 'STORAGE_ERROR', 'STORAGE_ERROR']);
  t.is(spy.writes.length, 1);
  t.is(log.logEndOffset, 1);
  t.is((await log.append(batchOf(1, TS, 'd'))).baseOffset, 1);
  t.deepEqual(flatten(await log.read(0)), [[0, 'v-0'], [1, 'd-0']]);
});

test('concurrent appends are group-committed, in call order: in two writes without sync, in one synced write', async (t) => {
  for (const fsync of ['interval', 'always'] as const) {
    const storage = await Storage.open();
    const { log } = await createLog(t, { storage, fsync });
    await log.append(batchOf(1, TS));
    const spy = watchWrites(storage);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => log.append(batchOf(2, TS, `p${i}`))));
    t.deepEqual(results.map((r) => r.baseOffset), Array.from({ length: 50 }, (_, i) => 1 + 2 * i));
    // Without sync the backlog goes out as two groups, the second staged behind the first
    // (so that producers woken by the first refill while the second is written); a sync costs
    // more than that gains.
    t.deepEqual(spy.writes.map((w) => w.sync), fsync === 'always' ? [true] : [false, false], fsync);
    const values = flatten(await log.read(1, { maxBytes: 1e7 }));
    t.deepEqual(values.slice(0, 4), [[1, 'p0-0'], [2, 'p0-1'], [3, 'p1-0'], [4, 'p1-1']]);
    t.is(values.length, 100);
    await log.close();
    await storage.close();
  }
});

test('a failed storage write rejects every append of its group and changes nothing', async (t) => {
  const { log, spy, release, held: first } = await logWithWriteHeld(t, batchOf(1, TS), batchOf(1, TS, 'x'));
  // y and z make the group behind it, whose write fails.
  const group = [log.append(batchOf(1, TS, 'y')), log.append(batchOf(1, TS, 'z'))];
  spy.fail.add(1);
  release();
  t.is((await first).baseOffset, 1);
  const failures = await Promise.allSettled(group);
  t.deepEqual(failures.map((f) => f.status), ['rejected', 'rejected']);
  t.is(spy.writes.length, 2, 'one write for x, one for the group of y and z');
  t.is((failures[0] as PromiseRejectedResult).reason.code, 'STORAGE_ERROR');
  t.true((failures[0] as PromiseRejectedResult).reason.retriable);
  t.is(log.logEndOffset, 2);
  t.is((await log.append(batchOf(1, TS))).baseOffset, 2);
  t.deepEqual(flatten(await log.read(0)), [[0, 'v-0'], [1, 'x-0'], [2, 'v-0']]);
});

test('appends that arrive while a write is in flight join the next group, in call order', async (t) => {
  const big = (prefix: string) => batchOf(900, TS, prefix + '-' + 'x'.repeat(1000)); // about 920 kB
  const { log, spy, release, held: first } = await logWithWriteHeld(t, undefined, batchOf(1, TS, 'a'));
  // b, c and big1-4 fit in the next group (4 MiB); big5 does not, and d, though small, must
  // not pass it.
  const rest = [log.append(batchOf(1, TS, 'b')), log.append(batchOf(2, TS, 'c'))];
  for (const name of ['big1', 'big2', 'big3', 'big4', 'big5']) rest.push(log.append(big(name)));
  rest.push(log.append(batchOf(1, TS, 'd')));
  release();
  const results = await Promise.all([first, ...rest]);
  t.deepEqual(results.map((r) => r.baseOffset), [0, 1, 2, 4, 904, 1804, 2704, 3604, 4504]);
  t.is(spy.writes.length, 3, '[a], [b, c, big1-4], [big5, d]');
  const values = flatten(await log.read(0, { maxBytes: 1e8 }));
  t.deepEqual(values.filter(([o]) => o < 4 || o === 4504), [[0, 'a-0'], [1, 'b-0'], [2, 'c-0'], [3, 'c-1'], [4504, 'd-0']]);
  t.true(values[4]![1]!.startsWith('big1-') && values[3604]![1]!.startsWith('big5-'));
});

test('a group staged behind a failed write is planned again: no offsets are skipped', async (t) => {
  const { log, spy, release, held: a } = await logWithWriteHeld(t, batchOf(1, TS), batchOf(1, TS, 'a'));
  // b and c are planned on top of a (offsets 2 and 4) while a is in flight; a's write fails.
  const rest = [log.append(batchOf(2, TS, 'b')), log.append(batchOf(1, TS, 'c'))];
  spy.fail.add(0);
  release();
  const settled = await Promise.allSettled([a, ...rest]);
  t.deepEqual(settled.map((s) => s.status), ['rejected', 'fulfilled', 'fulfilled']);
  t.is(spy.writes.length, 3, "a's, then b and c again (with nothing in flight, as two groups)");
  const offsets = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.baseOffset] : []));
  t.deepEqual(offsets, [1, 3], 'planned again from where the log ends');
  t.is(log.logEndOffset, 4);
  t.deepEqual(flatten(await log.read(0)), [[0, 'v-0'], [1, 'b-0'], [2, 'b-1'], [3, 'c-0']]);
});

test('offsetForTimestamp finds the first record at or after a time, across batches and segments', async (t) => {
  const { log } = await createLog(t, { segmentBytes: 2048, indexIntervalBytes: 256 });
  // 40 batches of 3 records, timestamps TS + 10*i + j
  for (let i = 0; i < 40; i++) {
    const records = [0, 1, 2].map((j) => ({ key: `k${j}`, value: `v${i}.${j}`, timestamp: TS + 10 * i + j }));
    await log.append(encodeRecordBatch(records));
  }
  t.true(log.segments().length > 2);
  t.deepEqual(await log.offsetForTimestamp(0), { offset: 0, timestamp: TS });
  t.deepEqual(await log.offsetForTimestamp(TS + 1), { offset: 1, timestamp: TS + 1 });
  t.deepEqual(await log.offsetForTimestamp(TS + 3), { offset: 3, timestamp: TS + 10 });
  t.deepEqual(await log.offsetForTimestamp(TS + 252), { offset: 77, timestamp: TS + 252 });
  t.deepEqual(await log.offsetForTimestamp(TS + 392), { offset: 119, timestamp: TS + 392 });
  t.is(await log.offsetForTimestamp(TS + 393), undefined);
  await log.deleteRecordsBefore(50);
  t.deepEqual(await log.offsetForTimestamp(0), { offset: 50, timestamp: TS + 162 });
});

test('offsetForTimestamp with timestamps out of order returns the first record in offset order', async (t) => {
  const { log } = await createLog(t, { indexIntervalBytes: 1 });
  const times = [50, 10, 70, 20, 90, 60];
  for (const [i, ts] of times.entries()) await log.append(encodeRecordBatch([{ value: `${i}`, timestamp: TS + ts }]));
  t.is((await log.offsetForTimestamp(TS + 15))?.offset, 0);
  t.is((await log.offsetForTimestamp(TS + 55))?.offset, 2);
  t.is((await log.offsetForTimestamp(TS + 75))?.offset, 4);
  t.is(await log.offsetForTimestamp(TS + 95), undefined);
});

test('truncateTo drops everything from an offset, rewriting a straddling batch', async (t) => {
  const { log } = await createLog(t, { segmentBytes: 1024 });
  const pad = { headers: { pad: 'x'.repeat(100) } };
  for (let i = 0; i < 20; i++) await log.append(batchOf(4, TS + i, `b${i}`, pad), { leaderEpoch: Math.floor(i / 5) });
  t.true(log.segments().length > 3);
  t.deepEqual(log.leaderEpochs().map((e) => e.startOffset), [0, 20, 40, 60]);
  await log.truncateTo(42);
  t.is(log.logEndOffset, 42);
  t.deepEqual(log.leaderEpochs(), [
    { epoch: 0, startOffset: 0 },
    { epoch: 1, startOffset: 20 },
    { epoch: 2, startOffset: 40 },
  ]);
  const all = flatten(await log.read(0, { maxBytes: 1e7 }));
  t.is(all.length, 42);
  t.deepEqual(all.at(-1), [41, 'b10-1']);
  const last = (await log.read(40)).at(-1)!;
  t.true(last.isValid());
  t.is(last.lastOffset, 41);
  t.is(last.partitionLeaderEpoch, 2);
  const segments = log.segments();
  t.is(segments.at(-1)!.nextOffset, 42);
  t.is(segments.reduce((s, x) => s + x.size, 0), log.size);
  // Appends continue from the new end, and a segment boundary cut works too.
  t.is((await log.append(batchOf(1, TS))).baseOffset, 42);
  const boundary = log.segments()[1]!.baseOffset;
  await log.truncateTo(boundary);
  t.is(log.logEndOffset, boundary);
  t.is(log.segments().at(-1)!.nextOffset, boundary);
  t.is(flatten(await log.read(0, { maxBytes: 1e7 })).length, boundary);
  // Below the log start: the log restarts empty there.
  await log.deleteRecordsBefore(4);
  await log.truncateTo(2);
  t.is(log.logStartOffset, 2);
  t.is(log.logEndOffset, 2);
  t.deepEqual(log.leaderEpochs(), []);
  t.deepEqual(await log.read(2), []);
  t.is((await log.append(batchOf(1, TS))).baseOffset, 2);
});

test('leader epochs: the cache answers OffsetsForLeaderEpoch as Kafka does', async (t) => {
  const { log } = await createLog(t);
  await log.append(batchOf(2, TS), { leaderEpoch: 1 });
  await log.append(batchOf(2, TS), { leaderEpoch: 1 });
  await log.append(batchOf(2, TS), { leaderEpoch: 3 });
  await log.append(batchOf(2, TS), { leaderEpoch: 6 });
  t.is(log.latestLeaderEpoch, 6);
  t.deepEqual(log.endOffsetForEpoch(0), { epoch: 0, endOffset: 0 });
  t.deepEqual(log.endOffsetForEpoch(1), { epoch: 1, endOffset: 4 });
  t.deepEqual(log.endOffsetForEpoch(2), { epoch: 1, endOffset: 4 });
  t.deepEqual(log.endOffsetForEpoch(5), { epoch: 3, endOffset: 6 });
  t.deepEqual(log.endOffsetForEpoch(6), { epoch: 6, endOffset: 8 });
  t.deepEqual(log.endOffsetForEpoch(7), { epoch: -1, endOffset: -1 });
  const batches = await log.read(0);
  t.deepEqual(batches.map((b) => b.partitionLeaderEpoch), [1, 1, 3, 6]);
  await t.throwsAsync(log.append(batchOf(1, TS), { leaderEpoch: 5 }), { code: 'BAD_ARGUMENTS', message: /older/ });
  await log.deleteRecordsBefore(5);
  t.deepEqual(log.leaderEpochs(), [
    { epoch: 3, startOffset: 5 },
    { epoch: 6, startOffset: 6 },
  ]);
});

test('a follower appends the leader batches as they are, offsets, gaps and epochs included', async (t) => {
  const { log: leader } = await createLog(t, { path: ['leader'] });
  const { log: follower } = await createLog(t, { path: ['follower'] });
  await leader.append(batchOf(3, TS), { leaderEpoch: 2 });
  await leader.append(batchOf(3, TS), { leaderEpoch: 4 });
  for (const b of await leader.read(0)) await follower.appendAsFollower(b.bytes);
  t.is(follower.logEndOffset, 6);
  t.deepEqual(follower.leaderEpochs(), leader.leaderEpochs());
  // A gap (as after compaction on the leader) is accepted; an overlap is not.
  const gapped = encodeRecordBatch([{ value: 'x' }], { timestamp: TS, baseOffset: 10, partitionLeaderEpoch: 4 });
  t.is((await follower.appendAsFollower(gapped)).baseOffset, 10);
  t.is(follower.logEndOffset, 11);
  await t.throwsAsync(follower.appendAsFollower(encodeRecordBatch([{ value: 'y' }], { timestamp: TS, baseOffset: 5 })), {
    code: 'OFFSET_OUT_OF_RANGE',
  });
  t.deepEqual(flatten(await follower.read(6)), [[10, 'x']]);
  t.deepEqual(flatten(await follower.read(0)).length, 7);
  // Follower truncation by epoch: ask the leader where our latest epoch ended.
  const { endOffset } = leader.endOffsetForEpoch(follower.latestLeaderEpoch);
  await follower.truncateTo(endOffset);
  t.is(follower.logEndOffset, 6);
});

test('LogAppendTime stamps batches with the log clock', async (t) => {
  const { log, clock } = await createLog(t, { timestampType: 'LogAppendTime' });
  await clock.advance(5000);
  const result = await log.append(batchOf(2, 1));
  t.is(result.logAppendTime, clock.now());
  const [batch] = await log.read(0);
  t.true(batch!.isValid());
  t.is(batch!.timestampType, 'LogAppendTime');
  t.deepEqual([...batch!].map((r) => r.timestamp), [clock.now(), clock.now()]);
  t.deepEqual(await log.offsetForTimestamp(clock.now()), { offset: 0, timestamp: clock.now() });
});

test('LogAppendTime is whole milliseconds, also from a clock that reads fractions (a real one)', async (t) => {
  const { log, clock } = await createLog(t, { timestampType: 'LogAppendTime', clock: new SimulatedClock(1_700_000_000_000.625) });
  const result = await log.append(batchOf(1, 1));
  t.is(result.logAppendTime, Math.floor(clock.now()));
  const [batch] = await log.read(0);
  t.true(batch!.isValid());
  t.deepEqual([...batch!].map((r) => r.timestamp), [Math.floor(clock.now())]);
});

test('close then open: everything is there, the clean mark skips the scan, and appends go on', async (t) => {
  const storage = await Storage.open();
  const { log, clock, logger } = await createLog(t, { storage, segmentBytes: 1024 });
  for (let i = 0; i < 30; i++) await log.append(batchOf(3, TS + i), { leaderEpoch: i < 10 ? 0 : 1 });
  await log.deleteRecordsBefore(7);
  const segments = log.segments();
  await log.close();
  await t.throwsAsync(log.append(batchOf(1, TS)), { code: 'INVALID_STATE' });
  const reopened = await PartitionLog.open({ storage, path: ['log', 't', '0'], clock, logger, retentionCheckIntervalMs: 0, segmentBytes: 1024 });
  t.deepEqual(reopened.segments(), segments);
  t.is(reopened.logStartOffset, 7);
  t.is(reopened.logEndOffset, 90);
  t.deepEqual(reopened.leaderEpochs(), [
    { epoch: 0, startOffset: 7 },
    { epoch: 1, startOffset: 30 },
  ]);
  t.is((await reopened.append(batchOf(1, TS))).baseOffset, 90);
  t.is(flatten(await reopened.read(7, { maxBytes: 1e7 }), 7).length, 84);
  t.false(logger.entries.some((e) => e.level === 'warn'));
  await reopened.close();
  await storage.close();
});

test('open after a crash rebuilds the active segment; a corrupt tail is cut and logged, never served', async (t) => {
  const storage = await Storage.open();
  const { log, clock, logger } = await createLog(t, { storage, segmentBytes: 1024 });
  for (let i = 0; i < 12; i++) await log.append(batchOf(3, TS + i));
  const segments = log.segments();
  // No close(): as after a crash. Then damage the tail as a torn write could.
  const area = storage.area('log', 't', '0');
  const key = (o: number) => Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0, o]);
  const stored = (await area.get(key(30)))!;
  const damaged = stored.slice();
  damaged[damaged.length - 3] ^= 0x40;
  await area.put(key(30), damaged);
  const reopened = await PartitionLog.open({ storage, path: ['log', 't', '0'], clock, logger, retentionCheckIntervalMs: 0, segmentBytes: 1024 });
  t.is(reopened.logEndOffset, 30);
  t.deepEqual(reopened.segments().slice(0, -1), segments.slice(0, -1));
  const warning = logger.entries.find((e) => e.level === 'warn');
  t.truthy(warning);
  t.like(warning!.details, { fromOffset: 30, newLogEndOffset: 30, removedBatches: 2 });
  t.regex(String(warning!.details!.reason), /CRC/);
  const all = await reopened.read(0, { maxBytes: 1e7 });
  t.true(all.every((b) => b.isValid()));
  t.is(flatten(all).length, 30);
  t.is((await reopened.append(batchOf(1, TS))).baseOffset, 30);
  t.is(await area.get(key(33)), undefined, 'the batch after the corrupt one is gone too');
  await reopened.close();
  await storage.close();
});

test('open after a crash with a torn (truncated) last value cuts it', async (t) => {
  const storage = await Storage.open();
  const { log, clock, logger } = await createLog(t, { storage });
  for (let i = 0; i < 5; i++) await log.append(batchOf(2, TS + i));
  const area = storage.area('log', 't', '0');
  const key = Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0, 8]);
  await area.put(key, (await area.get(key))!.subarray(0, 40));
  const reopened = await PartitionLog.open({ storage, path: ['log', 't', '0'], clock, logger, retentionCheckIntervalMs: 0 });
  t.is(reopened.logEndOffset, 8);
  t.regex(String(logger.entries.find((e) => e.level === 'warn')?.details?.reason), /at least 61/);
  await reopened.close();
  await storage.close();
});

test('open refuses bad options with BadArguments', async (t) => {
  const storage = await Storage.open();
  t.teardown(() => storage.close());
  await t.throwsAsync(PartitionLog.open({ storage, path: [] }), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(PartitionLog.open({ storage, path: 'p', segmentBytes: 0 }), { code: 'BAD_ARGUMENTS', message: /segmentBytes/ });
  await t.throwsAsync(PartitionLog.open({ storage, path: 'p', fsync: 'sometimes' as 'always' }), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(PartitionLog.open({ storage, path: 'p', retentionMinutes: 3 } as never), { code: 'BAD_ARGUMENTS', message: /retentionMinutes/ });
  const log = await PartitionLog.open({ storage, path: 'p', retentionCheckIntervalMs: 0 });
  t.throws(() => log.updateConfig({ retentionBytes: -7 }), { code: 'BAD_ARGUMENTS' });
  log.updateConfig({ retentionBytes: 1000 });
  t.is(log.config.retentionBytes, 1000);
  await t.throwsAsync(log.compact(), { code: 'INVALID_STATE' });
  await log.close();
});

test('a record whose CRC check passes is served lazily even if compressed', async (t) => {
  const { log } = await createLog(t);
  const bytes = encodeRecordBatch(
    Array.from({ length: 100 }, (_, i) => ({ key: `k${i % 7}`, value: 'x'.repeat(50) + i })),
    { timestamp: TS, compression: 'gzip' },
  );
  t.true(bytes.length < 2000);
  await log.append(bytes);
  const [batch] = await log.read(0);
  t.is(batch!.compression, 'gzip');
  t.is(batch!.recordCount, 100);
  t.is(computeCrc(batch!.bytes), batch!.crc);
  t.is([...batch!].at(-1)!.offset, 99);
});

test("fsync: 'always' syncs every group, 'interval' syncs on the clock, flush() syncs now", async (t) => {
  const storages = { always: await Storage.open(), interval: await Storage.open() };
  t.teardown(() => Promise.all([storages.always.close(), storages.interval.close()]));
  const { log: always } = await createLog(t, { storage: storages.always, fsync: 'always' });
  const { log: interval, clock } = await createLog(t, { storage: storages.interval, fsync: 'interval', flushIntervalMs: 1000 });
  const spies = { always: watchWrites(storages.always), interval: watchWrites(storages.interval) };
  const syncs = {
    get always() {
      return spies.always.writes.map((w) => w.sync);
    },
    get interval() {
      return spies.interval.writes.map((w) => w.sync);
    },
  };
  await always.append(batchOf(1, TS));
  await interval.append(batchOf(1, TS));
  t.deepEqual(syncs.always, [true]);
  t.deepEqual(syncs.interval, [false]);
  await clock.runUntilTrue(() => syncs.interval!.length === 2, 5000);
  t.deepEqual(syncs.interval, [false, true], 'the timer synced the unsynced write');
  await clock.advance(3000);
  t.is(syncs.interval!.length, 2, 'nothing new, nothing to sync');
  await interval.append(batchOf(1, TS));
  await interval.flush();
  t.deepEqual(syncs.interval!.slice(2), [false, true]);
});

test("fsync 'interval': the logs of one database flush at the clock's multiples of the interval, sharing synced writes", async (t) => {
  const storage = await Storage.open();
  t.teardown(() => storage.close());
  const { log: first, clock } = await createLog(t, { storage, fsync: 'interval', flushIntervalMs: 1000, path: ['log', 'a', '0'] });
  await clock.advance(300);
  const others = await Promise.all(['b', 'c'].map(async (name) => (await createLog(t, { storage, clock, fsync: 'interval', flushIntervalMs: 1000, path: ['log', name, '0'] })).log));
  for (const log of [first, ...others]) await log.append(batchOf(1, TS));
  const spy = watchWrites(storage);
  let release!: () => void;
  spy.gate = new Promise<void>((resolve) => (release = resolve));
  await clock.advance(1000 - (clock.now() % 1000));
  t.is(spy.writes.length, 1, 'the first log asked at the multiple, and its synced write is held');
  await clock.advance(0);
  release();
  await clock.runUntilTrue(() => spy.writes.length === 2, 100);
  await clock.advance(0);
  t.deepEqual(spy.writes.map((w) => w.sync), [true, true], 'the other two logs asked meanwhile: one more synced write for both');
  await clock.advance(3000);
  t.is(spy.writes.length, 2, 'nothing written since: nothing to sync');
});

/** Counts the storage iterators the log opens over its area, and those closed again. */
function watchIterators(storage: Storage, path: string[]): { opened: number; closed: number } {
  const counts = { opened: 0, closed: 0 };
  const area = storage.area(...path) as unknown as { values(options: object): { close(): Promise<void> } };
  const values = area.values.bind(area);
  area.values = (options: object) => {
    counts.opened++;
    const it = values(options);
    const close = it.close.bind(it);
    it.close = () => {
      counts.closed++;
      return close();
    };
    return it;
  };
  return counts;
}

test('a consumer reading on continues one storage iterator, and sees appends, maxOffset and truncation', async (t) => {
  const storage = await Storage.open();
  const { log } = await createLog(t, { storage });
  for (let i = 0; i < 200; i++) await log.append(batchOf(1, TS, `a${i}`));
  const its = watchIterators(storage, ['log', 't', '0']);
  const readAll = async (from: number, maxOffset?: number) => {
    const out: Array<[number, string | null]> = [];
    let offset = from;
    for (;;) {
      const batches = await log.read(offset, { maxBytes: 500, maxOffset });
      if (batches.length === 0) return { out, next: offset };
      t.true(batches.length < 20, 'maxBytes holds');
      out.push(...flatten(batches, offset));
      offset = batches.at(-1)!.nextOffset;
    }
  };
  const first = await readAll(0);
  t.deepEqual(first.out, Array.from({ length: 200 }, (_, i) => [i, `a${i}-0`]));
  t.is(its.opened, 1, 'one iterator for the whole scan');

  // Appends after the iterator's snapshot: reading on reopens once, past them.
  for (let i = 200; i < 230; i++) await log.append(batchOf(1, TS, `a${i}`));
  const more = await readAll(first.next);
  t.deepEqual(more.out.map(([o]) => o), Array.from({ length: 30 }, (_, i) => 200 + i));
  t.is(its.opened, 2);

  // maxOffset inside what the cursor has buffered: nothing at or past it, then the rest.
  const capped = await readAll(100, 150);
  t.deepEqual(capped.out.map(([o]) => o), Array.from({ length: 50 }, (_, i) => 100 + i));
  t.is(capped.next, 150);
  const rest = await readAll(150);
  t.deepEqual(rest.out.map(([o]) => o), Array.from({ length: 80 }, (_, i) => 150 + i));

  // Truncation retires every cursor: reading on sees the new batches, not the old ones.
  const before = its.opened;
  const head = await log.read(0, { maxBytes: 500 });
  const resume = head.at(-1)!.nextOffset;
  await log.truncateTo(resume);
  for (let i = 0; i < 5; i++) await log.append(batchOf(1, TS, `b${i}`));
  const after = await readAll(resume);
  t.deepEqual(after.out, Array.from({ length: 5 }, (_, i) => [resume + i, `b${i}-0`]));
  t.true(its.opened > before + 1, 'a fresh iterator after the truncation');
  await storage.close();
});

test('read cursors: at most 16 are kept, and a sweep closes those idle for a minute', async (t) => {
  const storage = await Storage.open();
  const { log, clock } = await createLog(t, { storage });
  for (let i = 0; i < 300; i++) await log.append(batchOf(1, TS, `a${i}`));
  const its = watchIterators(storage, ['log', 't', '0']);
  // 20 consumers, each one read at its own offset: only the 16 most recent cursors stay.
  for (let c = 0; c < 20; c++) t.is((await log.read(c * 4, { maxBytes: 1 }))[0]!.baseOffset, c * 4);
  t.is(its.opened, 20);
  t.is(its.closed, 4, 'the least recently used went');
  // The most recent consumer reads on from its cursor; the oldest one needs a new iterator.
  await log.read(77, { maxBytes: 1 });
  t.is(its.opened, 20);
  await log.read(1, { maxBytes: 1 });
  t.is(its.opened, 21);
  // A busy consumer: its reads sweep (every 64 reads) for cursors idle for a minute.
  let offset = 120;
  const busy = async (reads: number) => {
    for (let i = 0; i < reads; i++) offset = (await log.read(offset, { maxBytes: 1 }))[0]!.nextOffset;
  };
  await busy(64);
  t.is(its.closed, 6, 'nothing idle long enough yet (two more went for room)');
  await clock.advance(61_000);
  await busy(64);
  t.is(its.opened, 22, 'the busy consumer kept one iterator');
  t.is(its.closed, its.opened - 1, 'every idle cursor was closed, the busy one kept');
  t.deepEqual(flatten(await log.read(offset, { maxBytes: 1 })), [[offset, `a${offset}-0`]]);
  await storage.close();
});
