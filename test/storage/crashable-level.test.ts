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
