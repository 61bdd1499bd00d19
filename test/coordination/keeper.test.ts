import test from 'ava';
import { CreateMode, EventType, KeeperState, Op, WatcherType, AddWatchMode } from '../../engine/coordination/types.js';
import type { MultiError } from '../../engine/coordination/client.js';
import { recorder, single, str, text } from './helpers.js';

test('connect negotiates the timeout within the server bounds and gives a session id and secret', async (t) => {
  const { connect } = await single(t);
  const a = await connect({ sessionTimeoutMs: 50 });
  const b = await connect({ sessionTimeoutMs: 999_999 });
  const c = await connect({ sessionTimeoutMs: 700 });
  t.is(a.sessionTimeout, 200, 'at least 2 ticks');
  t.is(b.sessionTimeout, 2000, 'at most 20 ticks');
  t.is(c.sessionTimeout, 700);
  t.true(a.sessionId > 0);
  t.not(a.sessionId, b.sessionId);
  t.is(a.sessionPassword.length, 16);
  t.is(a.state, 'connected');
});

test('create, getData, exists, setData, getChildren, delete: values and stats as ZooKeeper', async (t) => {
  const { connect, settle } = await single(t);
  const k = await connect();
  t.is(await settle(k.create('/app', 'config')), '/app');
  const { data, stat } = await settle(k.getData('/app'));
  t.is(str(data), 'config');
  t.is(stat.version, 0);
  t.is(stat.dataLength, 6);
  t.is(stat.czxid, stat.mzxid);
  t.true(stat.ctime > 1_700_000_000_000);
  const after = await settle(k.setData('/app', 'v2', 0));
  t.is(after.version, 1);
  t.true(after.mzxid > stat.mzxid);
  t.is(after.czxid, stat.czxid);
  t.deepEqual(await settle(k.exists('/app')), after);
  t.is(await settle(k.exists('/nothing')), null);
  await settle(k.create('/app/a'));
  await settle(k.create('/app/b', text('x'), CreateMode.PERSISTENT));
  t.deepEqual((await settle(k.getChildren('/app'))).sort(), ['a', 'b']);
  const { stat: parent } = await settle(k.getChildren2('/app'));
  t.is(parent.numChildren, 2);
  t.is(parent.cversion, 2);
  t.is(await settle(k.getAllChildrenNumber('/')), 4, '/zookeeper, /app, /app/a, /app/b');
  await settle(k.delete('/app/a', 0));
  t.deepEqual(await settle(k.getChildren('/app')), ['b']);
  t.true(k.lastZxid >= after.mzxid);
});

test('every error has ZooKeeper\'s name and its class', async (t) => {
  const { connect, rejection } = await single(t);
  const k = await connect();
  await rejection(k.create('/p')).catch(() => {});
  t.is((await rejection(k.create('/p'))).code, 'NODE_EXISTS');
  t.is((await rejection(k.create('/missing/child'))).code, 'NO_NODE');
  t.is((await rejection(k.getData('/missing'))).code, 'NO_NODE');
  t.is((await rejection(k.getChildren('/missing'))).code, 'NO_NODE');
  t.is((await rejection(k.setData('/missing', 'x'))).code, 'NO_NODE');
  t.is((await rejection(k.delete('/missing'))).code, 'NO_NODE');
  t.is((await rejection(k.setData('/p', 'x', 7))).code, 'BAD_VERSION');
  t.is((await rejection(k.delete('/p', 7))).code, 'BAD_VERSION');
  await rejection(k.create('/p/c')).catch(() => {});
  t.is((await rejection(k.delete('/p'))).code, 'NOT_EMPTY');
  await rejection(k.create('/e', '', CreateMode.EPHEMERAL)).catch(() => {});
  t.is((await rejection(k.create('/e/c'))).code, 'NO_CHILDREN_FOR_EPHEMERALS');
  const bad = await rejection(k.create('/bad/'));
  t.is(bad.code, 'BAD_ARGUMENTS');
  t.is(bad.constructor.name, 'BadArgumentsError');
  t.is((await rejection(k.create('/big', new Uint8Array(1024 * 1024 + 1)))).code, 'BAD_ARGUMENTS');
  t.is((await rejection(k.create('/ttl', '', { mode: CreateMode.PERSISTENT, ttl: 5 }))).code, 'BAD_ARGUMENTS');
  t.is((await rejection(k.getData('relative'))).code, 'BAD_ARGUMENTS');
  t.is((await rejection(k.removeWatches('/p', () => {}, WatcherType.Data))).code, 'NO_WATCHER');
});

test('sequential znodes, via the client', async (t) => {
  const { connect, settle } = await single(t);
  const k = await connect();
  await settle(k.create('/q'));
  t.is(await settle(k.create('/q/item-', '', CreateMode.PERSISTENT_SEQUENTIAL)), '/q/item-0000000000');
  t.is(await settle(k.create('/q/item-', '', CreateMode.EPHEMERAL_SEQUENTIAL)), '/q/item-0000000001');
  t.is(await settle(k.create('/q/', '', CreateMode.PERSISTENT_SEQUENTIAL)), '/q/0000000002');
});

test('multi and transaction: all or nothing; a failure carries every result', async (t) => {
  const { connect, settle, rejection } = await single(t);
  const k = await connect();
  const results = await settle(k.multi([Op.create('/m'), Op.create('/m/1'), Op.setData('/m', text('x'), 0), Op.check('/m', 1)]));
  t.deepEqual(results.map((r) => r.type), ['create', 'create', 'setData', 'check']);
  t.is(results[0]!.type === 'create' ? results[0]!.path : '', '/m');
  const error = (await rejection(k.transaction().delete('/m/1').check('/m', 5).delete('/m').commit())) as MultiError;
  t.is(error.code, 'BAD_VERSION');
  t.is(error.failedIndex, 1);
  t.deepEqual(error.results, [
    { type: 'error', code: 'OK' },
    { type: 'error', code: 'BAD_VERSION' },
    { type: 'error', code: 'RUNTIME_INCONSISTENCY' },
  ]);
  t.truthy(await settle(k.exists('/m/1')), 'nothing applied');
  t.deepEqual(await settle(k.multi([])), []);
});

test('one-shot watches: data, exists (also on a missing znode) and children, each fires once, with the zxid', async (t) => {
  const { connect, settle } = await single(t);
  const watcher = await connect();
  const writer = await connect();
  const data = recorder();
  const exist = recorder();
  const children = recorder();
  await settle(writer.create('/w', 'a'));
  await settle(watcher.getData('/w', data.watcher));
  await settle(watcher.exists('/later', exist.watcher));
  await settle(watcher.getChildren('/w', children.watcher));
  await settle(writer.setData('/w', 'b'));
  await settle(writer.setData('/w', 'c'));
  await settle(writer.create('/later'));
  await settle(writer.create('/w/kid'));
  await settle(writer.create('/w/kid2'));
  await settle(watcher.sync('/'));
  t.deepEqual(data.seen(), ['NodeDataChanged /w'], 'one-shot: only the first change');
  t.deepEqual(exist.seen(), ['NodeCreated /later']);
  t.deepEqual(children.seen(), ['NodeChildrenChanged /w']);
  const stat = (await settle(writer.exists('/w')))!;
  t.is(data.events[0]!.zxid, stat.mzxid - 1, 'the zxid of the first setData');
  t.is(data.events[0]!.state, KeeperState.SyncConnected);
});

test('deleting a znode fires its data and child watches with NodeDeleted, and the parent\'s child watch', async (t) => {
  const { connect, settle } = await single(t);
  const k = await connect();
  const rec = recorder();
  await settle(k.create('/d'));
  await settle(k.create('/d/x'));
  await settle(k.getData('/d/x', rec.watcher));
  await settle(k.getChildren('/d/x', rec.watcher));
  await settle(k.getChildren('/d', rec.watcher));
  await settle(k.delete('/d/x'));
  await settle(k.sync());
  t.deepEqual(rec.seen(), ['NodeDeleted /d/x', 'NodeChildrenChanged /d'], 'the same watcher hears of one change once');
});

test('watch: true goes to the default watcher and the `watch` event', async (t) => {
  const { connect, settle } = await single(t);
  const seen: string[] = [];
  const k = await connect({ watcher: (e) => seen.push(`${e.type} ${e.state}`) });
  const events: number[] = [];
  k.on('watch', (e) => events.push(e.type));
  await settle(k.create('/dw'));
  await settle(k.getData('/dw', true));
  await settle(k.setData('/dw', 'x'));
  await settle(k.sync());
  t.deepEqual(events, [EventType.NodeDataChanged]);
  t.true(seen.includes(`${EventType.None} ${KeeperState.SyncConnected}`), 'the session event went to the default watcher');
});

test('a watch event reaches the client before the reply that reflects the change (even its own write)', async (t) => {
  const { connect, settle } = await single(t);
  const k = await connect();
  await settle(k.create('/order', 'v0'));
  const log: string[] = [];
  await settle(k.getData('/order', () => log.push('event')));
  await settle(k.setData('/order', 'v1').then(() => log.push('setData reply')));
  t.deepEqual(log, ['event', 'setData reply']);
  const other = await connect();
  const log2: string[] = [];
  await settle(other.getData('/order', () => log2.push('event')));
  // Issue the write and then, without waiting, a read on the watching client.
  const write = k.setData('/order', 'v2');
  await settle(write);
  const read = other.getData('/order').then(({ data }) => log2.push(`read ${str(data)}`));
  await settle(read);
  t.deepEqual(log2, ['event', 'read v2']);
});

test('persistent watches fire on every change; recursive ones on the subtree but not for children changes', async (t) => {
  const { connect, settle, rejection } = await single(t);
  const k = await connect();
  const persistent = recorder();
  const recursive = recorder();
  await settle(k.create('/p'));
  await settle(k.addWatch('/p', persistent.watcher, AddWatchMode.PERSISTENT));
  await settle(k.addWatch('/p', recursive.watcher, AddWatchMode.PERSISTENT_RECURSIVE));
  await settle(k.setData('/p', '1'));
  await settle(k.setData('/p', '2'));
  await settle(k.create('/p/c'));
  await settle(k.create('/p/c/d'));
  await settle(k.setData('/p/c/d', 'x'));
  await settle(k.delete('/p/c/d'));
  await settle(k.sync());
  t.deepEqual(persistent.seen(), ['NodeDataChanged /p', 'NodeDataChanged /p', 'NodeChildrenChanged /p']);
  t.deepEqual(recursive.seen(), [
    'NodeDataChanged /p', 'NodeDataChanged /p', 'NodeCreated /p/c', 'NodeCreated /p/c/d', 'NodeDataChanged /p/c/d', 'NodeDeleted /p/c/d',
  ]);
  await settle(k.removeWatches('/p', persistent.watcher, WatcherType.Persistent));
  t.deepEqual(persistent.seen().at(-1), 'PersistentWatchRemoved /p');
  await settle(k.setData('/p', '3'));
  await settle(k.sync());
  t.is(persistent.seen().filter((s) => s.startsWith('NodeDataChanged')).length, 2, 'removed: no more events');
  t.is(recursive.seen().filter((s) => s === 'NodeDataChanged /p').length, 3);
  await settle(k.removeAllWatches('/p', WatcherType.PersistentRecursive));
  t.is((await rejection(k.removeWatches('/p', recursive.watcher, WatcherType.Any))).code, 'NO_WATCHER');
});

test('removeWatches on a one-shot watch delivers DataWatchRemoved / ChildWatchRemoved; local works offline', async (t) => {
  const { connect, settle } = await single(t);
  const k = await connect();
  const rec = recorder();
  await settle(k.create('/r'));
  await settle(k.getData('/r', rec.watcher));
  await settle(k.getChildren('/r', rec.watcher));
  await settle(k.removeWatches('/r', rec.watcher, WatcherType.Children));
  await settle(k.removeWatches('/r', rec.watcher, WatcherType.Data, true));
  t.deepEqual(rec.seen(), ['ChildWatchRemoved /r', 'DataWatchRemoved /r']);
  await settle(k.setData('/r', 'x'));
  await settle(k.create('/r/c'));
  await settle(k.sync());
  t.is(rec.seen().length, 2, 'neither fires any more');
});

test('getEphemerals lists this session\'s ephemerals by prefix', async (t) => {
  const { connect, settle } = await single(t);
  const k = await connect();
  const other = await connect();
  await settle(k.create('/eph-a', '', CreateMode.EPHEMERAL));
  await settle(k.create('/eph-b', '', CreateMode.EPHEMERAL));
  await settle(other.create('/eph-c', '', CreateMode.EPHEMERAL));
  await settle(k.create('/x'));
  t.deepEqual(await settle(k.getEphemerals('/eph')), ['/eph-a', '/eph-b']);
  t.deepEqual(await settle(k.getEphemerals()), ['/eph-a', '/eph-b']);
  t.is((await settle(k.exists('/eph-a')))!.ephemeralOwner, k.sessionId);
});

test('close removes the session\'s ephemerals at once and notifies watchers; later calls fail', async (t) => {
  const { connect, settle, rejection, clock } = await single(t);
  const owner = await connect();
  const watcher = await connect();
  await settle(owner.create('/master', 'me', CreateMode.EPHEMERAL));
  const rec = recorder();
  await settle(watcher.exists('/master', rec.watcher));
  const closedAt = clock.now();
  await settle(owner.close());
  await settle(watcher.sync());
  t.deepEqual(rec.seen(), ['NodeDeleted /master']);
  t.true(clock.now() - closedAt < 20, 'at once, not after the session timeout');
  t.is(owner.state, 'closed');
  t.is((await rejection(owner.getData('/'))).code, 'CONNECTION_CLOSED');
});

test('FIFO order per session: a read sent right after a write (not awaited) sees it', async (t) => {
  const { connect, settle } = await single(t);
  const k = await connect();
  const create = k.create('/fifo', 'v');
  const read = k.getData('/fifo');
  const [, { data }] = await settle(Promise.all([create, read]));
  t.is(str(data), 'v');
});

test('sync resolves, and an aborted call rejects with ABORTED', async (t) => {
  const { connect, settle, rejection } = await single(t);
  const k = await connect();
  await settle(k.sync('/'));
  const controller = new AbortController();
  controller.abort();
  t.is((await rejection(k.getData('/', false, { signal: controller.signal }))).code, 'ABORTED');
});

test('containers go once emptied; TTL znodes once idle past their TTL', async (t) => {
  const { connect, settle, clock } = await single(t);
  const k = await connect();
  await settle(k.create('/locks', '', CreateMode.CONTAINER));
  await settle(k.create('/locks/one'));
  await settle(k.delete('/locks/one'));
  await clock.advance(300);
  t.is(await settle(k.exists('/locks')), null);
  await settle(k.create('/session-data', '', { mode: CreateMode.PERSISTENT_WITH_TTL, ttl: 500 }));
  await clock.advance(300);
  t.truthy(await settle(k.exists('/session-data')));
  await clock.advance(400);
  t.is(await settle(k.exists('/session-data')), null);
});
