import test, { type ExecutionContext } from 'ava';
import { Buffer } from 'node:buffer';
import { Storage } from '../../engine/storage/index.js';
import { SimulatedClock } from '../../engine/time/index.js';
import type { RecordBatch } from '../../engine/log/index.js';
import { batchOf, createLog, flatten } from './helpers.js';

/*
 * The truncation boundary, directly: truncateTo(offset) removes every record at or after
 * `offset` (the batch that starts there, the records of a batch that straddles it, whole
 * segments past it) and keeps everything before it exactly, byte for byte, on disk too (a
 * reopened log sees the same), with appends going on from `offset`.
 *
 * The log: 12 batches of 4 records (b0-0 .. b11-3, offsets 0..47), three batches per
 * segment (segments at 0, 12, 24, 36), leader epochs 0, 1, 2 for batches 0-3, 4-7, 8-11.
 */

const TS = 1_700_000_000_000;
const PAD = { headers: { pad: 'x'.repeat(100) } };
const BATCHES = 12;
const PER_BATCH = 4;
const END = BATCHES * PER_BATCH;

async function build(t: ExecutionContext) {
  const storage = await Storage.open();
  const clock = new SimulatedClock(TS);
  t.teardown(() => storage.close());
  const options = { storage, clock, segmentBytes: 2048 };
  const { log } = await createLog(t, options);
  for (let i = 0; i < BATCHES; i++) await log.append(batchOf(PER_BATCH, TS + i, `b${i}`, PAD), { leaderEpoch: Math.floor(i / 4) });
  const batches = await log.read(0, { maxBytes: 1e7 });
  return { log, batches, reopen: async () => (await log.close(), (await createLog(t, options)).log) };
}

const hex = (b: RecordBatch) => Buffer.from(b.bytes).toString('hex');

/** Checks that `log` holds exactly the records below `cut` of the original, the whole batches among them byte for byte. */
async function holdsPrefix(t: ExecutionContext, log: Awaited<ReturnType<typeof build>>['log'], original: RecordBatch[], cut: number, what: string) {
  t.is(log.logEndOffset, cut, `${what}: the log ends at the cut`);
  const now = await log.read(0, { maxBytes: 1e7 });
  t.deepEqual(flatten(now), flatten(original).filter(([offset]) => offset < cut), `${what}: every record before the cut, none after`);
  const whole = original.filter((b) => b.lastOffset < cut);
  t.deepEqual(now.slice(0, whole.length).map(hex), whole.map(hex), `${what}: the batches before the cut are unchanged`);
  const straddling = now.slice(whole.length);
  t.true(straddling.length <= 1, `${what}: at most the rewritten straddling batch follows`);
  for (const b of straddling) {
    t.true(b.isValid(), `${what}: the rewritten batch is valid`);
    t.is(b.lastOffset, cut - 1, `${what}: the rewritten batch ends before the cut`);
  }
  t.deepEqual(await log.read(cut), [], `${what}: nothing at the cut`);
  const segments = log.segments();
  t.is(segments.at(-1)!.nextOffset, cut, `${what}: the active segment ends at the cut`);
  t.true(segments.every((s) => s.baseOffset < cut) || segments.length === 1, `${what}: no segment starts at or past the cut`);
  t.is(segments.reduce((n, s) => n + s.size, 0), log.size, `${what}: segment sizes add up`);
}

async function truncatesAt(t: ExecutionContext, cut: number | ((log: Awaited<ReturnType<typeof build>>['log']) => number), what: string) {
  const { log, batches, reopen } = await build(t);
  const at = typeof cut === 'number' ? cut : cut(log);
  t.is(await log.truncateTo(at), at);
  await holdsPrefix(t, log, batches, at, what);
  // On disk too: a reopened log finds no record at or after the cut.
  const again = await reopen();
  await holdsPrefix(t, again, batches, at, `${what}, reopened`);
  // Appends go on from the cut, and reads see the new records there, not the old ones.
  t.is((await again.append(batchOf(2, TS + 100, 'new'))).baseOffset, at);
  t.deepEqual(flatten(await again.read(at, { maxBytes: 1e7 })), [[at, 'new-0'], [at + 1, 'new-1']], `${what}: the new records follow the cut`);
  t.is(again.logEndOffset, at + 2);
}

test('truncateTo at a batch\'s base offset removes that batch and keeps the ones before it exactly', async (t) => {
  await truncatesAt(t, 5 * PER_BATCH, 'at batch 5');
});

test('truncateTo in the middle of a batch keeps that batch\'s earlier records (rewritten, valid) and drops the rest', async (t) => {
  await truncatesAt(t, 5 * PER_BATCH + 2, 'inside batch 5');
  await truncatesAt(t, 5 * PER_BATCH + 1, 'after the first record of batch 5');
  await truncatesAt(t, 6 * PER_BATCH - 1, 'before the last record of batch 5');
});

test('truncateTo at the end: the last record, the last batch, or the log end itself', async (t) => {
  await truncatesAt(t, END - 1, 'before the last record');
  await truncatesAt(t, END - PER_BATCH, 'at the last batch');
  const { log, batches } = await build(t);
  t.is(await log.truncateTo(END), END, 'at the log end: nothing to remove');
  t.deepEqual((await log.read(0, { maxBytes: 1e7 })).map(hex), batches.map(hex));
  t.is(await log.truncateTo(END + 10), END, 'past the log end: nothing either');
});

test('truncateTo across a segment boundary: a cut at a segment\'s base offset removes the segment, one just before or after it keeps exactly the records before it', async (t) => {
  const { log } = await build(t);
  const bases = log.segments().map((s) => s.baseOffset);
  t.true(bases.length >= 4, `several segments: ${bases.join(', ')}`);
  const boundary = bases[2]!;
  t.true(boundary % PER_BATCH === 0, 'a segment starts at a batch');
  await truncatesAt(t, boundary, 'at a segment\'s base offset');
  await truncatesAt(t, boundary - 1, 'just before a segment');
  await truncatesAt(t, boundary + 1, 'just after a segment\'s base offset');
  await truncatesAt(t, (l) => {
    const segments = l.segments();
    return segments[segments.length - 1]!.baseOffset;
  }, 'at the active segment\'s base offset');
});

test('truncateTo keeps the leader epochs that start before the cut and drops those that start at or after it', async (t) => {
  const { log } = await build(t);
  await log.truncateTo(4 * PER_BATCH);
  t.deepEqual(log.leaderEpochs(), [{ epoch: 0, startOffset: 0 }], 'epoch 1 started at the cut: gone');
  await log.truncateTo(2 * PER_BATCH + 1);
  t.deepEqual(log.leaderEpochs(), [{ epoch: 0, startOffset: 0 }]);
});
