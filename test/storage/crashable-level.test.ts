import test from 'ava';
import { CrashableLevel } from '../../engine/storage/crashable-level.js';
import { Storage } from '../../engine/storage/index.js';

/*
 * The simulations' disk: a crash keeps what was synced (and everything written before a synced
 * write) and loses the rest, through areas (sublevels) and chained batches alike.
 */

const b = (...v: number[]) => Uint8Array.of(...v);

async function keys(storage: Storage, area: string): Promise<number[]> {
  const out: number[] = [];
  for await (const key of storage.area(area).keys()) out.push(key[0]!);
  return out;
}

test('a crash keeps the synced writes and those before them, and loses the writes after the last sync', async (t) => {
  const db = new CrashableLevel();
  const storage = await Storage.open({ db });
  const area = storage.area('a');
  await storage.batch([{ type: 'put', sublevel: area, key: b(1), value: b(1) }]);
  await storage.batch([{ type: 'put', sublevel: area, key: b(2), value: b(2) }], { sync: true });
  await storage.batch([{ type: 'put', sublevel: area, key: b(3), value: b(3) }]);
  const chained = storage.db.batch();
  chained.put(b(4), b(4), { sublevel: area } as never);
  await chained.write();
  await area.del(b(1));
  t.deepEqual(await keys(storage, 'a'), [2, 3, 4], 'the process reads everything it wrote');
  t.is(db.unsyncedWrites, 3);

  const after = await Storage.open({ db: db.crash() });
  t.deepEqual(await keys(after, 'a'), [1, 2], 'the restart finds what was synced, and what came before it');

  await after.batch([{ type: 'put', sublevel: after.area('a'), key: b(5), value: b(5) }], { sync: true });
  await after.area('a').clear({ lt: b(2) });
  const again = await Storage.open({ db: (after.db as CrashableLevel).crash() });
  t.deepEqual(await keys(again, 'a'), [1, 2, 5], 'a clear that was never synced is undone too');
});

test('a crashed database never completes another operation', async (t) => {
  const db = new CrashableLevel();
  const storage = await Storage.open({ db });
  db.crash();
  let done = false;
  void storage.batch([{ type: 'put', sublevel: storage.area('a'), key: b(1), value: b(1) }], { sync: true }).then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  t.false(done);
});

test('syncs reach the disk in the order of the writes: an older write never overwrites a newer synced one', async (t) => {
  const db = new CrashableLevel();
  const storage = await Storage.open({ db });
  const area = storage.area('a');
  const put = (key: number, value: number, sync: boolean) => storage.batch([{ type: 'put', sublevel: area, key: b(key), value: b(value) }], { sync });
  // A sync with many writes before it is still reaching the disk when a second sync starts.
  const writes: Array<Promise<void>> = [];
  for (let i = 10; i < 30; i++) writes.push(put(i, 0, false));
  writes.push(put(1, 1, false), put(2, 0, true), put(1, 2, true));
  await Promise.all(writes);
  const after = await Storage.open({ db: db.crash() });
  t.is((await after.area('a').get(b(1)))?.[0], 2, 'the newer, synced value of key 1');
});

test('a crash during a sync stops its writes to the disk: none lands after the restart has read the disk', async (t) => {
  const db = new CrashableLevel();
  const storage = await Storage.open({ db });
  const area = storage.area('a');
  for (let i = 1; i <= 20; i++) void storage.batch([{ type: 'put', sublevel: area, key: b(i), value: b(i) }]);
  let synced = false;
  void storage.batch([{ type: 'put', sublevel: area, key: b(21), value: b(21) }], { sync: true }).then(() => (synced = true));
  await Promise.resolve(); // the sync has started, its writes are reaching the disk
  const restarted = await Storage.open({ db: db.crash() });
  const found = await keys(restarted, 'a');
  await new Promise((resolve) => setImmediate(resolve));
  t.false(synced, 'the crashed process never learns its sync completed');
  const again = await Storage.open({ db: (restarted.db as CrashableLevel).crash() });
  t.deepEqual(await keys(again, 'a'), found, 'the disk holds what the restart found, nothing the dead process wrote later');
  t.true(found.length < 21, 'the crash came before the whole sync reached the disk');
});
