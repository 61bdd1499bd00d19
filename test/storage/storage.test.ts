import test from 'ava';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLevel } from 'memory-level';
import { CrashableLevel } from '../../engine/storage/crashable-level.js';
import { Storage, encodeU64, decodeU64, concatKey } from '../../engine/storage/index.js';

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

test('fixed-width big-endian offsets sort in byte order as they do in numeric order', (t) => {
  fc.assert(
    fc.property(fc.maxSafeNat(), fc.maxSafeNat(), (a, b) => {
      t.is(Math.sign(compareBytes(encodeU64(a), encodeU64(b))), Math.sign(a - b));
      t.is(decodeU64(encodeU64(a)), a);
    }),
    { numRuns: 1000 },
  );
  t.deepEqual([...encodeU64(258)], [0, 0, 0, 0, 0, 0, 1, 2]);
  t.is(decodeU64(concatKey(Uint8Array.of(9), encodeU64(77)), 1), 77);
});

test('offsets out of range are refused, not rounded', (t) => {
  for (const bad of [-1, 1.5, Number.MAX_SAFE_INTEGER + 1, NaN]) t.throws(() => encodeU64(bad), { message: /not a non-negative safe integer/ });
  t.throws(() => decodeU64(new Uint8Array(8).fill(0xff)), { message: /exceeds/ });
  t.throws(() => decodeU64(new Uint8Array(7)), { message: /Too few bytes/ });
});

test('memory-level by default; areas keep their keys apart and iterate in offset order', async (t) => {
  const storage = await Storage.open();
  t.teardown(() => storage.close());
  t.true(storage.db instanceof MemoryLevel);
  const a = storage.area('log', 'orders-0');
  const b = storage.area('log', 'orders-1');
  t.is(storage.area('log', 'orders-0'), a, 'areas are cached');
  for (const offset of [300, 2, 70_000, 1]) await a.put(encodeU64(offset), Uint8Array.of(offset & 0xff));
  await b.put(encodeU64(5), Uint8Array.of(5));
  const keys = (await a.keys().all()).map((k) => decodeU64(k));
  t.deepEqual(keys, [1, 2, 300, 70_000]);
  t.deepEqual((await b.keys().all()).map((k) => decodeU64(k)), [5]);
  t.throws(() => storage.area('bad!name'), { message: /Invalid area name/ });
  t.throws(() => storage.area(), { message: /needs a name/ });
});

test('a batch across areas is applied whole or not at all', async (t) => {
  const storage = await Storage.open();
  t.teardown(() => storage.close());
  const raft = storage.area('raft');
  const snap = storage.area('snapshot');
  await storage.batch([
    { type: 'put', sublevel: raft, key: encodeU64(1), value: Uint8Array.of(1) },
    { type: 'put', sublevel: snap, key: encodeU64(1), value: Uint8Array.of(2) },
  ]);
  t.deepEqual([...(await raft.get(encodeU64(1)))!], [1]);
  t.deepEqual([...(await snap.get(encodeU64(1)))!], [2]);
  // An invalid operation anywhere fails the whole batch; the valid one is not written.
  await t.throwsAsync(
    storage.batch([
      { type: 'put', sublevel: raft, key: encodeU64(2), value: Uint8Array.of(3) },
      { type: 'put', sublevel: snap, key: undefined as never, value: Uint8Array.of(4) },
    ]),
  );
  t.is(await raft.get(encodeU64(2)), undefined);
});

test('classic-level on disk when a directory is given, and the data is there after reopening', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'logkeeper-storage-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const first = await Storage.open({ directory: join(dir, 'db') });
  t.is(first.db.constructor.name, 'ClassicLevel');
  await first.area('raft').put(encodeU64(42), Uint8Array.of(4, 2));
  await first.close();
  const second = await Storage.open({ directory: join(dir, 'db') });
  t.teardown(() => second.close());
  t.deepEqual([...(await second.area('raft').get(encodeU64(42)))!], [4, 2]);
});

test('a database the app brings is used as it is', async (t) => {
  const db = new MemoryLevel();
  const storage = await Storage.open({ db });
  t.teardown(() => storage.close());
  t.is(storage.db, db);
  await t.throwsAsync(Storage.open({ db: {} as never }), { message: /abstract-level/ });
});

test('sync() makes the writes before it durable; calls made while a sync is in flight share the next one', async (t) => {
  const db = new CrashableLevel();
  const storage = await Storage.open({ db });
  const synced: boolean[] = [];
  const batch = db.batch.bind(db) as (...args: unknown[]) => unknown;
  (db as unknown as { batch: (...args: unknown[]) => unknown }).batch = (...args: unknown[]) => {
    if (args.length > 0) synced.push((args[1] as { sync?: boolean } | undefined)?.sync === true);
    return batch(...args);
  };
  await storage.area('log').put(encodeU64(1), Uint8Array.of(1));
  const first = storage.sync();
  await storage.area('log').put(encodeU64(2), Uint8Array.of(2));
  const shared = [storage.sync(), storage.sync(), storage.sync()];
  t.is(shared[0], shared[2], 'one promise for the calls made meanwhile');
  await Promise.all([first, ...shared]);
  t.deepEqual(synced, [true, true], 'two synced writes: the one in flight and the next');
  await storage.area('log').put(encodeU64(3), Uint8Array.of(3));
  const after = await Storage.open({ db: db.crash() });
  t.teardown(() => after.close());
  const kept = await after.area('log').keys().all();
  t.deepEqual(kept.map((k) => decodeU64(k)), [1, 2], 'the write after the last sync is lost');
});
