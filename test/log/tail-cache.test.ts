import test, { type ExecutionContext } from 'ava';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Storage } from '../../engine/storage/index.js';
import { readInt64 } from '../../engine/log/bytes.js';
import type { PartitionLog } from '../../engine/log/index.js';
import { batchOf, createLog, flatten, type TestLogOptions } from './helpers.js';

/*
 * The tail cache (engine/log/tail-cache.ts): reads at the log's end are answered from memory,
 * with the stored bytes themselves, and no storage iterator is opened for them.
 */

const TS = 1_700_000_000_000;

/** A log whose area counts the storage iterators opened on it. */
async function countedLog(t: ExecutionContext, options: TestLogOptions): Promise<{ log: PartitionLog; iterators: () => number }> {
  const { log, storage } = await createLog(t, { path: ['log', 't', '0'], ...options });
  const area = storage.area('log', 't', '0') as unknown as Record<'values' | 'iterator', (...args: unknown[]) => unknown>;
  let opened = 0;
  for (const method of ['values', 'iterator'] as const) {
    const original = area[method]!.bind(area);
    area[method] = (...args: unknown[]) => {
      opened++;
      return original(...args);
    };
  }
  return { log, iterators: () => opened };
}

async function classicStorage(t: ExecutionContext): Promise<Storage> {
  const directory = await mkdtemp(join(tmpdir(), 'logkeeper-tail-'));
  const storage = await Storage.open({ directory });
  t.teardown(async () => {
    await storage.close().catch(() => undefined);
    await rm(directory, { recursive: true, force: true });
  });
  return storage;
}

test('reads at the end come from memory: no storage iterator, and the stored bytes themselves', async (t) => {
  const { log, iterators } = await countedLog(t, { tailCacheBytes: 64 * 1024 });
  for (let i = 0; i < 5; i++) await log.append(batchOf(2, TS, `b${i}`));
  const first = await log.readBytes(4);
  const again = await log.readBytes(4);
  t.deepEqual(first.map((b) => readInt64(b, 0)), [4, 6, 8]);
  t.is(again[0], first[0], 'both reads hand out the same stored buffer, not copies');
  t.deepEqual(flatten(await log.read(5), 5), [[5, 'b2-1'], [6, 'b3-0'], [7, 'b3-1'], [8, 'b4-0'], [9, 'b4-1']]);
  t.is(iterators(), 0, 'no storage read');
});

test('without a tail cache, the same reads go to storage', async (t) => {
  const { log, iterators } = await countedLog(t, {});
  for (let i = 0; i < 5; i++) await log.append(batchOf(2, TS, `b${i}`));
  await log.readBytes(4);
  t.true(iterators() > 0);
});

test('reads older than the cache go to storage; truncation empties it, appends fill it again', async (t) => {
  const size = batchOf(2, TS, 'b0').length;
  const { log, iterators } = await countedLog(t, { tailCacheBytes: size * 3 });
  for (let i = 0; i < 6; i++) await log.append(batchOf(2, TS, `b${i}`));
  t.deepEqual((await log.readBytes(6)).map((b) => readInt64(b, 0)), [6, 8, 10]);
  t.is(iterators(), 0, 'the last three batches are in memory');
  t.deepEqual((await log.readBytes(0, { maxBytes: size * 2 })).map((b) => readInt64(b, 0)), [0, 2]);
  t.is(iterators(), 1, 'an older read opens a storage iterator');
  await log.truncateTo(7);
  t.deepEqual(flatten(await log.read(6)), [[6, 'b3-0']], 'the truncated tail is not served');
  await log.append(batchOf(2, TS, 'c'));
  const opened = iterators();
  t.deepEqual(flatten(await log.read(7)), [[7, 'c-0'], [8, 'c-1']]);
  t.is(iterators(), opened, 'the new append is in memory again');
});

test('on classic-level the cache keeps a copy of a lent buffer: the caller may reuse it', async (t) => {
  const storage = await classicStorage(t);
  const { log, iterators } = await countedLog(t, { storage, tailCacheBytes: 64 * 1024 });
  const buffers = ['a', 'b', 'c'].map((prefix) => batchOf(2, TS, prefix));
  const appends = buffers.map((buffer) => log.append(buffer, { leaderEpoch: 3 }));
  for (const buffer of buffers) buffer.fill(0xee);
  await Promise.all(appends);
  const batches = await log.read(0);
  t.true(batches.every((b) => b.isValid()));
  t.deepEqual(batches.map((b) => [b.baseOffset, b.partitionLeaderEpoch]), [[0, 3], [2, 3], [4, 3]]);
  t.deepEqual(flatten(batches).map(([, v]) => v), ['a-0', 'a-1', 'b-0', 'b-1', 'c-0', 'c-1']);
  t.is(iterators(), 0);
});

test('an appended Node Buffer is copied, not viewed: the caller\'s bytes stay as they were', async (t) => {
  // Buffer.prototype.slice() is a view: the log must not take it for a copy.
  const { log } = await createLog(t, { tailCacheBytes: 64 * 1024 });
  await log.append(batchOf(1, TS));
  const buffer = Buffer.from(batchOf(2, TS, 'x'));
  const before = Buffer.from(buffer);
  await log.append(buffer, { leaderEpoch: 2 });
  t.deepEqual(buffer, before, 'the caller\'s buffer was not patched');
  buffer.fill(0);
  t.deepEqual(flatten(await log.read(1)), [[1, 'x-0'], [2, 'x-1']]);
});
