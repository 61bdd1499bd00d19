import test from 'ava';
import { CoordinationStateMachine, type ApplyResult, type TxnResult } from '../../engine/coordination/state-machine.js';
import { logkeeper } from '../../engine/coordination/generated/coordination.js';
import { CreateMode, EventType } from '../../engine/coordination/types.js';

const T = logkeeper.coordination.Operation.Type;
const text = (s: string) => new TextEncoder().encode(s);

/** A machine with a tiny DSL: each call applies one entry at the next zxid. */
function machine() {
  const sm = new CoordinationStateMachine({ maxDataBytes: 1024 });
  const events: string[] = [];
  const closed: Array<[number, boolean]> = [];
  sm.listen({
    changed: (type, path, zxid) => events.push(`${zxid} ${Object.keys(EventType).find((k) => EventType[k as keyof typeof EventType] === type)} ${path}`),
    sessionClosed: (id, expired) => closed.push([id, expired]),
  });
  let zxid = 0;
  let time = 1000;
  const apply = (command: logkeeper.coordination.ICommand): ApplyResult => sm.apply(++zxid, { time: (time += 10), ...command });
  const txn = (session: number, ops: logkeeper.coordination.IOperation[], multi = false) =>
    apply({ session, txn: { ops, multi } }) as TxnResult;
  const session = (timeoutMs = 10_000) => {
    const r = apply({ createSession: { timeoutMs, secret: text('s') } });
    if (r.kind !== 'session') throw new Error('no session');
    return r.sessionId;
  };
  const create = (s: number, path: string, mode: number = CreateMode.PERSISTENT, data = '', ttl = 0) =>
    txn(s, [{ type: T.CREATE, path, mode, data: text(data), ttl, version: -1 }]);
  const del = (s: number, path: string, version = -1) => txn(s, [{ type: T.DELETE, path, version }]);
  const set = (s: number, path: string, data: string, version = -1) => txn(s, [{ type: T.SET_DATA, path, data: text(data), version }]);
  return { sm, events, closed, apply, txn, session, create, del, set, zxid: () => zxid };
}

test('a fresh tree has the root and the reserved /zookeeper, and the root is at cversion 0', (t) => {
  const { sm } = machine();
  t.deepEqual(sm.tree.children(0), ['zookeeper']);
  t.is(sm.exists('/')!.cversion, 0);
  t.is(sm.exists('/')!.numChildren, 1);
  t.truthy(sm.exists('/zookeeper'));
});

test('create sets the stat fields and moves the parent\'s cversion and pzxid', (t) => {
  const { sm, session, create, zxid } = machine();
  const s = session();
  t.is(create(s, '/a', CreateMode.PERSISTENT, 'hello').error, null);
  const stat = sm.exists('/a')!;
  t.is(stat.czxid, zxid());
  t.is(stat.mzxid, zxid());
  t.is(stat.pzxid, zxid());
  t.is(stat.ctime, stat.mtime);
  t.is(stat.version, 0);
  t.is(stat.cversion, 0);
  t.is(stat.dataLength, 5);
  t.is(stat.ephemeralOwner, 0);
  t.is(sm.exists('/')!.cversion, 1);
  t.is(sm.exists('/')!.pzxid, zxid());
});

test('create errors: NoNode parent, NodeExists, NoChildrenForEphemerals, bad paths, reserved, data limit, TTL rules', (t) => {
  const { session, create } = machine();
  const s = session();
  t.is(create(s, '/a/b').error?.code, 'NO_NODE');
  create(s, '/a');
  t.is(create(s, '/a').error?.code, 'NODE_EXISTS');
  t.is(create(s, '/').error?.code, 'NODE_EXISTS');
  create(s, '/e', CreateMode.EPHEMERAL);
  t.is(create(s, '/e/child').error?.code, 'NO_CHILDREN_FOR_EPHEMERALS');
  for (const bad of ['a', '/a/', '/a//b', '/a/./b', '/a/../b', '/a\u0000b', '/a\u0001', '/a\u007f', '/a\ud800', '/a\ufff0', '']) {
    t.is(create(s, bad).error?.code, 'BAD_ARGUMENTS', JSON.stringify(bad));
  }
  t.is(create(s, '/a/.b').error, null, 'dots inside a name are fine');
  t.is(create(s, '/zookeeper/x').error?.code, 'BAD_ARGUMENTS');
  t.is(create(s, '/big', CreateMode.PERSISTENT, 'x'.repeat(1025)).error?.code, 'BAD_ARGUMENTS');
  t.is(create(s, '/ttl', CreateMode.PERSISTENT_WITH_TTL, '', 0).error?.code, 'BAD_ARGUMENTS');
  t.is(create(s, '/ttl', CreateMode.PERSISTENT, '', 100).error?.code, 'BAD_ARGUMENTS');
  t.is(create(s, '/ttl', CreateMode.PERSISTENT_WITH_TTL, '', 100).error, null);
  t.is(create(s, '/m', 9).error?.code, 'BAD_ARGUMENTS');
});

test('sequential znodes take the parent\'s cversion as a 10-digit counter; a trailing slash is allowed', (t) => {
  const { session, create, del } = machine();
  const s = session();
  create(s, '/q');
  const first = create(s, '/q/job-', CreateMode.PERSISTENT_SEQUENTIAL).results[0];
  t.deepEqual(first && first.type === 'create' ? first.path : '', '/q/job-0000000000');
  create(s, '/q/plain');
  del(s, '/q/plain');
  const next = create(s, '/q/job-', CreateMode.EPHEMERAL_SEQUENTIAL).results[0];
  t.is(next && next.type === 'create' ? next.path : '', '/q/job-0000000003', 'deletes count too: the counter is cversion');
  const slash = create(s, '/q/', CreateMode.PERSISTENT_SEQUENTIAL).results[0];
  t.is(slash && slash.type === 'create' ? slash.path : '', '/q/0000000004');
});

test('setData and delete check versions (-1 = any); delete refuses NotEmpty; the root cannot be deleted', (t) => {
  const { sm, session, create, set, del } = machine();
  const s = session();
  create(s, '/a', CreateMode.PERSISTENT, 'v0');
  t.is(set(s, '/a', 'v1', 5).error?.code, 'BAD_VERSION');
  t.is(set(s, '/a', 'v1', 0).error, null);
  t.is(set(s, '/a', 'v2', -1).error, null);
  t.is(sm.exists('/a')!.version, 2);
  t.is(set(s, '/nope', 'x').error?.code, 'NO_NODE');
  create(s, '/a/b');
  t.is(del(s, '/a').error?.code, 'NOT_EMPTY');
  t.is(del(s, '/a/b', 3).error?.code, 'BAD_VERSION');
  t.is(del(s, '/a/b', 0).error, null);
  t.is(del(s, '/a/b').error?.code, 'NO_NODE');
  t.is(del(s, '/').error?.code, 'BAD_ARGUMENTS');
  t.is(del(s, '/zookeeper').error?.code, 'BAD_ARGUMENTS');
});

test('multi is all or nothing: OK before the failure, its code, RUNTIME_INCONSISTENCY after; later ops see earlier ones', (t) => {
  const { sm, txn, session, events } = machine();
  const s = session();
  const ok = txn(s, [
    { type: T.CREATE, path: '/m', version: -1 },
    { type: T.CREATE, path: '/m/child', version: -1 },
    { type: T.SET_DATA, path: '/m', data: text('x'), version: 0 },
    { type: T.CHECK, path: '/m', version: 1 },
  ], true);
  t.is(ok.error, null);
  t.deepEqual(ok.results.map((r) => r.type), ['create', 'create', 'setData', 'check']);
  const before = events.length;
  const failed = txn(s, [
    { type: T.DELETE, path: '/m/child', version: -1 },
    { type: T.CHECK, path: '/m', version: 7 },
    { type: T.DELETE, path: '/m', version: -1 },
  ], true);
  t.is(failed.error?.code, 'BAD_VERSION');
  t.deepEqual(failed.results, [
    { type: 'error', code: 'OK' },
    { type: 'error', code: 'BAD_VERSION' },
    { type: 'error', code: 'RUNTIME_INCONSISTENCY' },
  ]);
  t.truthy(sm.exists('/m/child'), 'nothing was applied');
  t.is(events.length, before, 'and nothing was reported');
  const deleteBoth = txn(s, [{ type: T.DELETE, path: '/m/child', version: -1 }, { type: T.DELETE, path: '/m', version: -1 }], true);
  t.is(deleteBoth.error, null, 'delete sees the earlier delete emptied /m');
});

test('events: create, setData, delete report the znode and its parent in order', (t) => {
  const { events, session, create, set, del } = machine();
  const s = session();
  events.length = 0;
  create(s, '/a');
  set(s, '/a', 'x');
  del(s, '/a');
  t.deepEqual(events, [
    '2 NodeCreated /a', '2 NodeChildrenChanged /',
    '3 NodeDataChanged /a',
    '4 NodeDeleted /a', '4 NodeChildrenChanged /',
  ]);
});

test('closing or expiring a session deletes its ephemerals atomically, in path order; later writes get SESSION_EXPIRED', (t) => {
  const { sm, apply, session, create, events, closed } = machine();
  const a = session();
  const b = session();
  create(a, '/z', CreateMode.EPHEMERAL);
  create(a, '/y', CreateMode.EPHEMERAL);
  create(b, '/x', CreateMode.EPHEMERAL);
  t.is(sm.exists('/z')!.ephemeralOwner, a);
  events.length = 0;
  apply({ session: a, closeSession: {} });
  t.deepEqual(events, ['6 NodeDeleted /y', '6 NodeChildrenChanged /', '6 NodeDeleted /z', '6 NodeChildrenChanged /']);
  t.deepEqual(closed, [[a, false]]);
  t.is(create(a, '/w').error?.code, 'SESSION_EXPIRED');
  apply({ expireSessions: { sessions: [b, 12345] } });
  t.deepEqual(closed, [[a, false], [b, true]]);
  t.is(sm.exists('/x'), null);
  t.is(sm.sessions.size, 0);
});

test('containers are clean-up candidates once emptied; TTL znodes once idle past their TTL; clean-up re-checks', (t) => {
  const { sm, session, create, del, apply } = machine();
  const s = session();
  create(s, '/c', CreateMode.CONTAINER);
  t.deepEqual(sm.cleanupCandidates(0), [], 'a container that never had a child stays');
  create(s, '/c/x');
  del(s, '/c/x');
  const [candidate] = sm.cleanupCandidates(0);
  t.is(candidate!.path, '/c');
  create(s, '/c/y');
  apply({ deleteContainers: { candidates: [candidate!] } });
  t.truthy(sm.exists('/c'), 'changed since it was seen: not deleted');
  del(s, '/c/y');
  apply({ deleteContainers: { candidates: sm.cleanupCandidates(0) } });
  t.is(sm.exists('/c'), null);
  create(s, '/t', CreateMode.PERSISTENT_WITH_TTL, '', 500);
  const mtime = sm.exists('/t')!.mtime;
  t.deepEqual(sm.cleanupCandidates(mtime + 500), []);
  apply({ deleteContainers: { candidates: sm.cleanupCandidates(mtime + 501) } });
  t.is(sm.exists('/t'), null);
});

test('snapshot and restore keep every stat, data, child order and session ephemerals', (t) => {
  const { sm, session, create, set, apply } = machine();
  const s = session();
  create(s, '/a', CreateMode.PERSISTENT, 'one');
  create(s, '/a/z');
  create(s, '/a/b', CreateMode.PERSISTENT, 'two');
  create(s, '/t', CreateMode.PERSISTENT_WITH_TTL, '', 99);
  create(s, '/e', CreateMode.EPHEMERAL, 'eph');
  set(s, '/a', 'three');
  const copy = new CoordinationStateMachine();
  copy.restore(sm.snapshot());
  for (const path of ['/', '/a', '/a/z', '/a/b', '/t', '/e', '/zookeeper']) t.deepEqual(copy.exists(path), sm.exists(path), path);
  t.deepEqual(copy.tree.children(copy.tree.lookup('/a')), ['z', 'b']);
  t.deepEqual(new TextDecoder().decode(copy.tree.dataView(copy.tree.lookup('/a'))), 'three');
  t.is(copy.zxid, sm.zxid);
  t.deepEqual(copy.cleanupCandidates(1e15).map((c) => c.path), ['/t']);
  const events: string[] = [];
  copy.listen({ changed: (_type, path) => events.push(path) });
  copy.apply(100, { session: s, closeSession: {} });
  t.deepEqual(events, ['/e', '/'], 'the restored session still owns its ephemeral');
  void apply;
});

test('the data arena compacts: heavy churn does not grow it without bound', (t) => {
  const sm = new CoordinationStateMachine();
  let zxid = 0;
  const data = new Uint8Array(1000);
  for (let i = 0; i < 100; i++) sm.apply(++zxid, { txn: { ops: [{ type: T.CREATE, path: `/n${i}`, data, version: -1 }] } });
  for (let round = 0; round < 200; round++) {
    for (let i = 0; i < 100; i++) sm.apply(++zxid, { txn: { ops: [{ type: T.SET_DATA, path: `/n${i}`, data: data.map(() => round & 0xff), version: -1 }] } });
  }
  t.true(sm.tree.arenaBytes <= 3 * (1 << 22), `arena holds ${sm.tree.arenaBytes} bytes`);
  t.is(sm.tree.dataView(sm.tree.lookup('/n7'))[500], 199);
});
