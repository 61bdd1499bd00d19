import test from 'ava';
import { kafkaCodeOf } from '../../../engine/errors/index.js';
import { Op } from '../../../engine/coordination/types.js';
import { bumpControllerEpoch } from '../../../engine/broker/controller/fence.js';
import { brokerCluster, json, PATHS, SESSION_TIMEOUT_MS } from './harness.js';

test('one active controller among 3 brokers: it holds /controller, epoch 1, and every cache names it', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  t.is(c.active().length, 1);
  t.is(controller.controller.epoch, 1);
  t.deepEqual(json((await c.e.settle(c.admin.getData(PATHS.controller))).data), { version: 1, brokerId: controller.id });
  t.is(json((await c.e.settle(c.admin.getData(PATHS.controllerEpoch))).data), 1);
  for (const b of c.brokers.values()) {
    t.is(b.cache.view.controllerId, controller.id);
    if (b !== controller) t.is(b.controller.epoch, -1);
  }
});

test('closing the controller session elects another at once; cutting one off elects another within the session timeout', async (t) => {
  const c = await brokerCluster(t);
  const first = await c.controller();
  const deactivated: number[] = [];
  first.controller.on('deactivated', () => deactivated.push(c.e.clock.now()));

  let started = c.e.clock.now();
  await c.e.settle(first.session.keeper.close());
  const second = await c.controller();
  t.not(second.id, first.id);
  t.true(c.e.clock.now() - started < 500, `elected ${c.e.clock.now() - started} ms after the close`);
  t.is(second.controller.epoch, 2);
  t.is(deactivated.length, 1, 'the old one stepped down');

  started = c.e.clock.now();
  c.kill(second.id);
  await c.e.runUntil(() => c.active().some((b) => b !== second), 10_000, 'a third controller');
  const took = c.e.clock.now() - started;
  const third = c.active().find((b) => b !== second)!;
  t.true(took <= SESSION_TIMEOUT_MS + 1000, `elected ${took} ms after the cut`);
  t.is(third.controller.epoch, 3);
  t.false(second.controller.isActive, 'a controller cut off stops acting when its session ends');
});

test('fencing: a write behind a stale controller epoch is refused whole, with STALE_CONTROLLER_EPOCH', async (t) => {
  const c = await brokerCluster(t, { brokers: 1 });
  const k1 = await c.e.connect({ node: 'old-controller' });
  const k2 = await c.e.connect({ node: 'new-controller' });
  const old = await c.e.settle(bumpControllerEpoch(k1));
  const successor = await c.e.settle(bumpControllerEpoch(k2));
  t.is(successor.epoch, old.epoch + 1);
  const error = await c.e.rejection(old.write([Op.create('/fenced-a'), Op.create('/fenced-b')]));
  t.is((error as { code?: string }).code, 'STALE_CONTROLLER_EPOCH');
  t.is(await c.e.settle(k1.exists('/fenced-a')), null, 'nothing of the stale write is applied');
  t.is(await c.e.settle(k1.exists('/fenced-b')), null);
  await c.e.settle(successor.write([Op.create('/fenced-a')]));
  t.truthy(await c.e.settle(k1.exists('/fenced-a')), 'the current epoch writes');
});

test('fencing: a controller whose epoch was superseded changes nothing, answers NOT_CONTROLLER and steps down', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const deactivated: number[] = [];
  controller.controller.on('deactivated', () => deactivated.push(1));
  // A successor's bump, as a controller elected while this one was paused would make it.
  const epoch = await c.e.settle(c.admin.getData(PATHS.controllerEpoch));
  await c.e.settle(c.admin.setData(PATHS.controllerEpoch, '7', epoch.stat.version));
  const before = await c.count('/brokers/topics');
  const answer = await c.e.settle(controller.controller.createTopics({ topics: [c.topic('fenced', 1, 1)], timeoutMs: 1000, validateOnly: false }));
  t.is(answer.topics[0]!.errorCode, kafkaCodeOf('NOT_CONTROLLER'), String(answer.topics[0]!.errorMessage));
  t.regex(answer.topics[0]!.errorMessage!, /stale/i);
  t.is(await c.count('/brokers/topics'), before, 'the topic was not written');
  t.is(await c.e.settle(c.admin.exists(PATHS.topicConfig('fenced'))), null);
  t.deepEqual(deactivated, [1]);
  t.false(controller.controller.isActive);
  // The cluster gets a controller again, with a newer epoch than the successor's.
  const next = await c.controller();
  t.true(next.controller.epoch > 7);
});
