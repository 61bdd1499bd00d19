import test from 'ava';
import { logkeeper } from '../../engine/coordination/generated/coordination.js';
import { CoordinationStateMachine } from '../../engine/coordination/state-machine.js';
import { CreateMode } from '../../engine/coordination/types.js';
import { ensemble } from './ensemble.js';

const T = logkeeper.coordination.Operation.Type;

// ZooKeeper's ctime / mtime are integer milliseconds; a real clock's now() is fractional.
test('ctime and mtime are integer milliseconds over Raft, with a clock reading fractional milliseconds', async (t) => {
  const e = await ensemble(t, { seed: 'stat-times' });
  // Off the whole millisecond: every reading from here on has a fraction, as a real clock's does.
  await e.runFor(0.37);
  t.false(Number.isInteger(e.clock.now()));
  const follower = e.followers()[0]!;
  const k = await e.connect({ only: [follower] });
  await e.settle(k.create('/t', 'a'));
  await e.runFor(1.37);
  await e.settle(k.setData('/t', 'b'));
  for (const id of e.ids) {
    const reader = await e.connect({ only: [id] });
    await e.settle(reader.sync('/t'));
    const { stat } = await e.settle(reader.getData('/t'));
    t.true(Number.isInteger(stat.ctime), `ctime ${stat.ctime} on ${id}`);
    t.true(Number.isInteger(stat.mtime), `mtime ${stat.mtime} on ${id}`);
    t.true(stat.mtime > stat.ctime);
  }
});

test('a snapshot keeps the integer ctime and mtime a fractional command time gave', (t) => {
  const sm = new CoordinationStateMachine();
  sm.apply(1, { time: 1000.6, txn: { ops: [{ type: T.CREATE, path: '/t', mode: CreateMode.PERSISTENT, version: -1 }], multi: false } });
  sm.apply(2, { time: 2000.99, txn: { ops: [{ type: T.SET_DATA, path: '/t', version: -1 }], multi: false } });
  const stat = sm.exists('/t')!;
  t.is(stat.ctime, 1000);
  t.is(stat.mtime, 2000);
  const restored = new CoordinationStateMachine();
  restored.restore(sm.snapshot());
  t.deepEqual(restored.exists('/t'), stat);
});
