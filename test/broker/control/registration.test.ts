import test from 'ava';
import { BrokerRegistrar } from '../../../engine/broker/metadata/registration.js';
import { BrokerSession } from '../../../engine/broker/metadata/session.js';
import { Random } from '../../../engine/time/random.js';
import { ConnectionLossError } from '../../../engine/errors/index.js';
import { brokerCluster, json, PATHS, SESSION_TIMEOUT_MS } from './harness.js';

test('brokers register ephemerally; the cluster id is made once, by the first, from its injected random source', async (t) => {
  const c = await brokerCluster(t, { seed: 'cluster-id' });
  const [one, two] = [c.broker(1), c.broker(2)];
  const id = one.registrar.clusterId;
  t.regex(id, /^[A-Za-z0-9_-]{22}$/);
  t.is(two.registrar.clusterId, id);
  t.deepEqual(json((await c.e.settle(c.admin.getData(PATHS.clusterId))).data), { version: 1, id });
  const { data, stat } = await c.e.settle(c.admin.getData(PATHS.broker(2)));
  t.like(json(data), { version: 1, id: 2, address: 'broker://2', rack: null, listeners: {} });
  t.is(stat.ephemeralOwner, two.session.keeper.sessionId);
  // The same seed gives the same id: the randomness is the injected one.
  const again = await brokerCluster(t, { seed: 'cluster-id', brokers: 1 });
  t.is(again.broker(1).registrar.clusterId, id);
});

test('after its session expires a broker registers again on its new session, and the cluster sees it back', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const victim = [...c.brokers.values()].find((b) => b !== controller)!;
  const old = victim.session.keeper;
  const renewed: number[] = [];
  victim.session.on('renewed', (k) => renewed.push(k.sessionId));
  c.kill(victim.id);
  await c.e.runUntil(() => !controller.cache.view.brokers.has(victim.id), 5000, 'seen dead');
  c.heal();
  await c.e.runUntil(() => controller.cache.view.brokers.has(victim.id), 5000, 'seen back');
  t.is(old.state, 'expired');
  t.deepEqual(renewed, [victim.session.keeper.sessionId]);
  const { stat } = await c.e.settle(c.admin.getData(PATHS.broker(victim.id)));
  t.is(stat.ephemeralOwner, victim.session.keeper.sessionId);
  await c.synced();
  t.true(victim.cache.view.brokers.size === 3 && victim.cache.view.controllerId === controller.id, 'its cache follows the new session');
});

test("a registration left by an earlier session is waited for; one that stays (another live broker with the id) is NODE_EXISTS", async (t) => {
  const c = await brokerCluster(t, { brokers: 1 });
  const register = async (node: string, staleWaitMs?: number) => {
    const keeper = await c.e.connect({ node, sessionTimeoutMs: SESSION_TIMEOUT_MS });
    const registrar = new BrokerRegistrar({ session: new BrokerSession(keeper), brokerId: 7, address: node, random: new Random(1), staleWaitMs });
    return { keeper, registrar, done: registrar.start() };
  };
  const first = await register('seven-a');
  await c.e.settle(first.done);
  c.e.network.partition(['seven-a'], c.e.ids);
  const cut = c.e.clock.now();
  const second = await register('seven-b');
  await c.e.settle(second.done);
  t.true(c.e.clock.now() - cut >= SESSION_TIMEOUT_MS, 'it waited for the old session to expire');
  const { data, stat } = await c.e.settle(c.admin.getData(PATHS.broker(7)));
  t.is(stat.ephemeralOwner, second.keeper.sessionId);
  t.like(json(data), { address: 'seven-b' });

  const third = await register('seven-c', 500);
  const error = await c.e.rejection(third.done);
  t.is((error as { code?: string }).code, 'NODE_EXISTS');
  t.regex(error.message, /another live session/);
});

test('on a new session, a registration that fails for a passing reason is tried again until it is done; each registration is a new broker epoch', async (t) => {
  const c = await brokerCluster(t, { brokers: 1 });
  const first = await c.e.connect({ node: 'nine-a', sessionTimeoutMs: SESSION_TIMEOUT_MS });
  const session = new BrokerSession(first);
  const registrar = new BrokerRegistrar({ session, brokerId: 9, address: 'nine', random: new Random(1), retryMs: 100 });
  await c.e.settle(registrar.start());
  const firstEpoch = registrar.epoch;
  t.is(firstEpoch, (await c.e.settle(c.admin.getData(PATHS.broker(9)))).stat.czxid, 'the epoch is the zxid that created the registration');
  // The next session's first create gets no answer (the connection was lost on the way).
  const second = await c.e.connect({ node: 'nine-b', sessionTimeoutMs: SESSION_TIMEOUT_MS });
  let creates = 0;
  const flaky = new Proxy(second, {
    get(target, prop) {
      if (prop === 'create2' && creates++ === 0) return () => Promise.reject(new ConnectionLossError('The connection was lost'));
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  await c.e.settle(first.close());
  session.renew(flaky);
  await c.e.runUntil(() => registrar.epoch !== firstEpoch, 5000, 'registered on the new session');
  const { stat } = await c.e.settle(c.admin.getData(PATHS.broker(9)));
  t.is(stat.ephemeralOwner, second.sessionId);
  t.is(registrar.epoch, stat.czxid);
  t.true(registrar.epoch > firstEpoch);
  t.is(creates, 2, 'tried again after the failure');
});
