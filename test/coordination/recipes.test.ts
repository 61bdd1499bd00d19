import test from 'ava';
import {
  Barrier,
  ConfigStore,
  DoubleBarrier,
  Fence,
  LeaderElection,
  Lock,
  MasterElection,
  MasterTracker,
  ReadWriteLock,
  ServiceRegistry,
  SharedCounter,
  type MasterTerm,
} from '../../engine/coordination/recipes/index.js';
import { OperationTimeoutError } from '../../engine/errors/index.js';
import { single, str } from './helpers.js';

test('master election: exactly one of three wins; trackers learn it; a new term has a larger fencing token', async (t) => {
  const { connect, settle, clock } = await single(t);
  const keepers = await Promise.all(['db-1:5432', 'db-2:5432', 'db-3:5432'].map(() => connect()));
  const elections = keepers.map((k, i) => new MasterElection(k, { address: `db-${i + 1}:5432` }));
  const elected: MasterTerm[] = [];
  elections.forEach((e) => e.on('elected', (term) => elected.push(term)));
  const app = await connect();
  const tracker = new MasterTracker(app);
  const seen: Array<MasterTerm | null> = [];
  tracker.on('change', (m) => seen.push(m));
  await settle(tracker.start());
  for (const e of elections) void e.start();
  await clock.runUntilTrue(() => elected.length === 1 && seen.length === 1, 1000);
  await clock.advance(50);
  t.is(elected.length, 1, 'one winner');
  t.is(elections.filter((e) => e.isMaster).length, 1);
  const first = elected[0]!;
  t.deepEqual(seen[0], first, 'the tracker sees the same master and token');
  const winner = elections.find((e) => e.isMaster)!;
  await settle(winner.close());
  await clock.runUntilTrue(() => elected.length === 2 && seen.at(-1)?.token === elected[1]!.token, 1000);
  const second = elected[1]!;
  t.true(second.token > first.token, 'fencing tokens grow');
  t.not(second.address, first.address);
  const fence = new Fence();
  t.true(fence.admit(second.token));
  t.false(fence.admit(first.token), 'the old master is refused downstream');
});

test('master election: a master cut off suspends before the ensemble expires it; the next master is elected after', async (t) => {
  const { connect, settle, clock, network } = await single(t);
  const a = await connect({ transport: network.transport('master-a'), sessionTimeoutMs: 1200 });
  const b = await connect({ sessionTimeoutMs: 1200 });
  const ea = new MasterElection(a, { address: 'a' });
  const eb = new MasterElection(b, { address: 'b' });
  const log: string[] = [];
  ea.on('elected', () => log.push(`${clock.now()} a elected`));
  ea.on('suspended', () => log.push(`${clock.now()} a suspended`));
  ea.on('lost', () => log.push(`${clock.now()} a lost`));
  eb.on('elected', () => log.push(`${clock.now()} b elected`));
  await settle(ea.start());
  void eb.start();
  await clock.advance(100);
  t.true(ea.isMaster);
  network.partition(['master-a'], ['s1']);
  await clock.runUntilTrue(() => eb.isMaster, 5000);
  const at = (what: string) => Number(log.find((l) => l.endsWith(what))!.split(' ')[0]);
  t.true(at('a suspended') < at('b elected'), log.join('\n'));
  t.false(ea.isMaster);
  network.heal();
  await clock.runUntilTrue(() => log.some((l) => l.endsWith('a lost')), 5000);
  t.is(a.state, 'expired');
});

test('leader election without herd effect: leaders follow creation order, each waking only the next', async (t) => {
  const { connect, settle, clock, server } = await single(t);
  const keepers = await Promise.all([0, 1, 2, 3].map(() => connect()));
  const elections = keepers.map((k) => new LeaderElection(k, '/election', 'x'));
  const order: number[] = [];
  elections.forEach((e, i) => e.on('leader', () => order.push(i)));
  for (const e of elections) {
    void e.start();
    await clock.advance(10);
  }
  await clock.advance(50);
  t.deepEqual(order, [0]);
  // Each waiting candidate watches one znode (its predecessor); the leader watches its own.
  t.is(server.watchCount, 4);
  for (let i = 0; i < 3; i++) {
    await settle(elections[i]!.close());
    await clock.advance(20);
  }
  t.deepEqual(order, [0, 1, 2, 3]);
});

test('lock: mutual exclusion among contenders; a timed-out acquire leaves no trace; a closed session releases', async (t) => {
  const { connect, settle, clock, rejection } = await single(t);
  const keepers = await Promise.all([0, 1, 2].map(() => connect()));
  let holders = 0;
  let maxHolders = 0;
  let done = 0;
  const work = async (k: (typeof keepers)[number]) => {
    const lock = new Lock(k, '/locks/db');
    for (let i = 0; i < 3; i++) {
      await lock.acquire();
      holders++;
      maxHolders = Math.max(maxHolders, holders);
      await new Promise<void>((resolve) => clock.setTimer(5, resolve));
      holders--;
      await lock.release();
    }
    done++;
  };
  await settle(Promise.all(keepers.map(work)));
  t.is(maxHolders, 1);
  t.is(done, 3);
  const holder = new Lock(keepers[0]!, '/locks/db');
  await settle(holder.acquire());
  const waiter = new Lock(keepers[1]!, '/locks/db');
  t.is((await rejection(waiter.acquire({ timeoutMs: 100 }))).code, 'ABORTED');
  t.is((await settle(keepers[1]!.getChildren('/locks/db'))).length, 1, 'the waiter removed its znode');
  const next = waiter.acquire();
  await settle(keepers[0]!.close());
  await settle(next);
  t.true(waiter.held);
});

test('read-write lock: readers share, a writer excludes, a reader queued after a writer waits for it', async (t) => {
  const { connect, settle, clock } = await single(t);
  const [k1, k2, k3, k4] = await Promise.all([0, 1, 2, 3].map(() => connect()));
  const r1 = new ReadWriteLock(k1!, '/rw');
  const r2 = new ReadWriteLock(k2!, '/rw');
  const w = new ReadWriteLock(k3!, '/rw');
  const r3 = new ReadWriteLock(k4!, '/rw');
  await settle(r1.readLock.acquire());
  await settle(r2.readLock.acquire());
  let writing = false;
  const writer = w.writeLock.acquire().then(() => (writing = true));
  await clock.advance(20);
  let lateReader = false;
  const late = r3.readLock.acquire().then(() => (lateReader = true));
  await clock.advance(20);
  t.false(writing, 'the writer waits for the readers');
  t.false(lateReader, 'a reader behind a writer waits');
  await settle(r1.readLock.release());
  await settle(r2.readLock.release());
  await settle(writer);
  t.true(writing);
  await clock.advance(20);
  t.false(lateReader);
  await settle(w.writeLock.release());
  await settle(late);
  t.true(lateReader);
});

test('service registry: instances appear and vanish with their sessions; watchers follow', async (t) => {
  const { connect, settle, clock } = await single(t);
  const a = await connect();
  const b = await connect();
  const client = await connect();
  const registry = new ServiceRegistry(client);
  const views: string[][] = [];
  const stop = registry.watch('api', (instances) => views.push(instances.map((i) => `${i.id}=${str(i.data)}`)));
  await clock.advance(20);
  await settle(new ServiceRegistry(a).register('api', 'a', '10.0.0.1:80'));
  await settle(new ServiceRegistry(b).register('api', 'b', '10.0.0.2:80'));
  await clock.advance(20);
  t.deepEqual((await settle(registry.instances('api'))).map((i) => i.id), ['a', 'b']);
  await settle(a.close());
  await clock.advance(20);
  t.deepEqual(views.at(-1), ['b=10.0.0.2:80']);
  t.true(views.some((v) => v.length === 2));
  stop();
  t.deepEqual(await settle(registry.instances('nothing')), []);
});

test('config store: a change made by one app server reaches every other at once; deletes too', async (t) => {
  const { connect, settle, clock } = await single(t);
  const one = new ConfigStore(await connect());
  const two = new ConfigStore(await connect());
  await settle(one.start());
  await settle(two.start());
  const changes: string[] = [];
  two.on('change', (key, value) => changes.push(`${key}=${value ? str(value) : 'deleted'}`));
  await settle(one.set('db/primary', 'db-1:5432'));
  await settle(one.set('feature/x', 'on'));
  await clock.advance(20);
  t.is(str(two.get('db/primary')!), 'db-1:5432');
  await settle(one.set('db/primary', 'db-2:5432'));
  await clock.advance(20);
  t.is(str(two.get('db/primary')!), 'db-2:5432');
  await settle(one.delete('feature/x'));
  await clock.advance(20);
  t.is(two.get('feature/x'), undefined);
  t.deepEqual(changes, ['db/primary=db-1:5432', 'feature/x=on', 'db/primary=db-2:5432', 'feature/x=deleted']);
  const three = new ConfigStore(await connect());
  await settle(three.start());
  t.deepEqual(three.entries().map(([k, v]) => `${k}=${str(v)}`).sort(), ['db/primary=db-2:5432'], 'a new store loads what exists');
  await settle(one.close());
});

test('barrier: waiters proceed once it is removed', async (t) => {
  const { connect, settle, clock } = await single(t);
  const coordinator = new Barrier(await connect(), '/barriers/start');
  const workers = await Promise.all([0, 1].map(async () => new Barrier(await connect(), '/barriers/start')));
  await settle(coordinator.set());
  let passed = 0;
  const waits = workers.map((w) => w.wait().then(() => passed++));
  await clock.advance(50);
  t.is(passed, 0);
  await settle(coordinator.remove());
  await settle(Promise.all(waits));
  t.is(passed, 2);
});

test('double barrier: nobody starts until all entered, nobody finishes until all left', async (t) => {
  const { connect, settle, clock } = await single(t);
  const names = ['p1', 'p2', 'p3'];
  const barriers = await Promise.all(names.map(async (name) => new DoubleBarrier(await connect(), '/double', 3, name)));
  const entered: string[] = [];
  const e1 = barriers[0]!.enter().then(() => entered.push('p1'));
  const e2 = barriers[1]!.enter().then(() => entered.push('p2'));
  await clock.advance(50);
  t.deepEqual(entered, []);
  const e3 = barriers[2]!.enter().then(() => entered.push('p3'));
  await settle(Promise.all([e1, e2, e3]));
  t.is(entered.length, 3);
  const left: string[] = [];
  const l1 = barriers[0]!.leave().then(() => left.push('p1'));
  const l3 = barriers[2]!.leave().then(() => left.push('p3'));
  await clock.advance(50);
  t.deepEqual(left, [], 'p2 has not left yet');
  const l2 = barriers[1]!.leave().then(() => left.push('p2'));
  await settle(Promise.all([l1, l2, l3]));
  t.is(left.length, 3);
});

test('shared counter: concurrent increments each count exactly once', async (t) => {
  const { connect, settle } = await single(t);
  const counters = await Promise.all([0, 1, 2, 3, 4].map(async () => new SharedCounter(await connect(), '/counters/orders')));
  await settle(Promise.all(counters.map(async (c) => {
    for (let i = 0; i < 10; i++) await c.add(1);
  })));
  t.is(await settle(counters[0]!.get()), 50);
  const { version } = await settle(counters[1]!.read());
  t.true(await settle(counters[1]!.trySet(100, version)));
  t.false(await settle(counters[2]!.trySet(7, version)), 'a stale version is refused');
});

test('master election: a master whose check after reconnecting fails checks again while connected, and resumes', async (t) => {
  const { connect, settle, clock, network } = await single(t);
  const keeper = await connect({ transport: network.transport('master-a'), sessionTimeoutMs: 1200 });
  const election = new MasterElection(keeper, { address: 'a' });
  const log: string[] = [];
  for (const event of ['elected', 'suspended', 'resumed', 'lost'] as const) election.on(event, () => log.push(event));
  await settle(election.start());
  // Cut off, it suspends; back in touch, its check (a sync) gets no answer in time once
  // (a busy or leaderless server): the connection holds, so no other `reconnected` comes.
  const sync = keeper.sync.bind(keeper);
  let failures = 0;
  keeper.sync = (path: string) => (failures++ === 0 ? Promise.reject(new OperationTimeoutError('The read did not complete in time')) : sync(path));
  network.partition(['master-a'], ['s1']);
  await clock.runUntilTrue(() => log.includes('suspended'), 5000);
  network.heal();
  await clock.runUntilTrue(() => election.isMaster, 3000);
  t.is(failures, 2, 'checked again after the failure');
  t.deepEqual(log, ['elected', 'suspended', 'resumed']);
});
