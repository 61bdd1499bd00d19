import test from 'ava';
import { CreateMode, KeeperState } from '../../engine/coordination/types.js';
import { Keeper } from '../../engine/coordination/client.js';
import { pb } from '../../engine/coordination/codec.js';
import { recorder, single } from './helpers.js';

test('a client that vanishes loses its ephemerals after its timeout (within one tick more), and watchers hear of it', async (t) => {
  const { connect, settle, clock, network } = await single(t);
  const ghost = await connect({ transport: network.transport('ghost'), sessionTimeoutMs: 1000 });
  const watcher = await connect();
  await settle(ghost.create('/ghost', '', CreateMode.EPHEMERAL));
  const rec = recorder();
  await settle(watcher.exists('/ghost', rec.watcher));
  const states: string[] = [];
  ghost.on('state', (s) => states.push(s));
  const vanished = clock.now();
  network.partition(['ghost'], ['s1']);
  await clock.runUntilTrue(() => rec.seen().length > 0, 5000);
  const after = clock.now() - vanished;
  t.deepEqual(rec.seen(), ['NodeDeleted /ghost']);
  t.true(after > 1000, `not before the timeout (${after} ms)`);
  t.true(after <= 1000 + 100 + 10, `within the timeout plus one tick (${after} ms)`);
  t.true(states.includes('disconnected'), 'the ghost noticed it lost the server');
  network.heal();
  await clock.runUntilTrue(() => ghost.state === 'expired', 5000);
  t.deepEqual(states.slice(-1), ['expired'], 'on reconnecting it learns the session expired (terminal)');
});

test('a client that comes back within its timeout keeps its session and ephemerals', async (t) => {
  const { connect, settle, clock, network } = await single(t);
  const k = await connect({ transport: network.transport('flaky'), sessionTimeoutMs: 2000 });
  await settle(k.create('/mine', '', CreateMode.EPHEMERAL));
  const id = k.sessionId;
  const events: string[] = [];
  k.on('disconnected', () => events.push('disconnected'));
  k.on('reconnected', () => events.push('reconnected'));
  network.partition(['flaky'], ['s1']);
  await clock.runUntilTrue(() => k.state === 'disconnected', 3000);
  network.heal();
  await clock.runUntilTrue(() => k.state === 'connected', 3000);
  t.deepEqual(events, ['disconnected', 'reconnected']);
  t.is(k.sessionId, id);
  t.is((await settle(k.exists('/mine')))!.ephemeralOwner, id);
  await clock.advance(5000);
  t.truthy(await settle(k.exists('/mine')), 'pings keep it alive');
});

test('a second Keeper can resume a session with its id and password; a wrong password is SESSION_EXPIRED', async (t) => {
  const { connect, settle, network, clock, rejection } = await single(t);
  const first = await connect();
  await settle(first.create('/shared', '', CreateMode.EPHEMERAL));
  const resumed = await connect({ sessionId: first.sessionId, sessionPassword: first.sessionPassword });
  t.is(resumed.sessionId, first.sessionId);
  await clock.runUntilTrue(() => first.state === 'disconnected' || first.state === 'connecting' || first.state === 'connected', 100);
  t.truthy(await settle(resumed.exists('/shared')));
  const wrong = new Keeper({
    transport: network.transport('wrong'), servers: ['keeper://s1'], clock, sessionTimeoutMs: 1000,
    sessionId: first.sessionId, sessionPassword: new Uint8Array(16),
  });
  t.is((await rejection(wrong.connected())).code, 'SESSION_EXPIRED');
  t.is(wrong.state, 'expired');
});

test('an expired session is told so while connected, and every watcher gets the Expired session event', async (t) => {
  const { connect, settle, clock, replicator } = await single(t);
  const k = await connect();
  const rec = recorder();
  await settle(k.create('/v'));
  await settle(k.getData('/v', rec.watcher));
  // As the leader's tracker would: expire it through the log while the client is connected.
  await settle(replicator.propose(pb.Command.encode({ time: clock.now(), expireSessions: { sessions: [k.sessionId] } }).finish()));
  await clock.runUntilTrue(() => k.state === 'expired', 5000);
  t.true(rec.events.some((e) => e.state === KeeperState.Expired));
  t.is(k.server, null);
});

test('requests made while disconnected wait for the connection, bounded by their timeout', async (t) => {
  const { connect, settle, clock, network, rejection } = await single(t);
  const k = await connect({ transport: network.transport('waiting'), sessionTimeoutMs: 2000 });
  network.partition(['waiting'], ['s1']);
  await clock.runUntilTrue(() => k.state === 'disconnected', 3000);
  const pending = k.create('/later');
  await clock.advance(200);
  network.heal();
  t.is(await settle(pending), '/later');
  network.partition(['waiting'], ['s1']);
  await clock.runUntilTrue(() => k.state === 'disconnected', 3000);
  t.is((await rejection(k.getData('/later', false, { timeoutMs: 300 }))).code, 'CONNECTION_LOSS');
});
