import test from 'ava';
import { kafkaCodeOf, OperationTimeoutError } from '../../../engine/errors/index.js';
import { MetadataCache } from '../../../engine/broker/metadata/cache.js';
import { BrokerSession } from '../../../engine/broker/metadata/session.js';
import { RESOURCE_TOPIC, CONFIG_OP } from '../../../engine/broker/api/types.js';
import { ZERO_ID } from '../../../engine/broker/metadata/random-id.js';
import { topicPartitionKey } from '../../../engine/broker/metadata/types.js';
import { brokerCluster, bytes, json, PATHS } from './harness.js';

test('the cache of a broker that is not the controller follows every change and tells of it', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const follower = [...c.brokers.values()].find((b) => b !== controller)!;
  const events: string[] = [];
  follower.cache.on('brokersChanged', (brokers) => events.push(`brokers ${[...brokers.keys()].sort().join(',')}`));
  follower.cache.on('controllerChanged', (id) => events.push(`controller ${id}`));
  follower.cache.on('topicChanged', (topic) => events.push(`topic ${topic.name} ${topic.replicas.length} ${JSON.stringify(topic.config)}`));
  follower.cache.on('topicDeleted', (name) => events.push(`deleted ${name}`));
  follower.cache.on('partitionChanged', (p) => events.push(`partition ${p.topic}-${p.partition} leader ${p.leader} epoch ${p.leaderEpoch} isr ${p.isr.join(',')}`));
  const admin = controller.controller;

  await c.e.settle(admin.createTopics({ topics: [c.topic('t', 2, 1)], timeoutMs: 5000, validateOnly: false }));
  await c.synced();
  const leaders = [0, 1].map((p) => c.partition(controller, 't', p)!.leader);
  t.deepEqual(events.splice(0), ['topic t 2 {}', `partition t-0 leader ${leaders[0]} epoch 0 isr ${leaders[0]}`, `partition t-1 leader ${leaders[1]} epoch 0 isr ${leaders[1]}`]);

  await c.e.settle(admin.incrementalAlterConfigs({ resources: [{ resourceType: RESOURCE_TOPIC, resourceName: 't', configs: [{ name: 'retention.ms', value: '1000', configOperation: CONFIG_OP.SET }] }], validateOnly: false }));
  await c.e.settle(admin.createPartitions({ topics: [{ name: 't', count: 3, assignments: [[follower.id]] }], timeoutMs: 5000, validateOnly: false }));
  await c.synced();
  t.deepEqual(events.splice(0), ['topic t 2 {"retention.ms":"1000"}', 'topic t 3 {"retention.ms":"1000"}', `partition t-2 leader ${follower.id} epoch 0 isr ${follower.id}`]);

  // A partition leader's ISR change (a versioned write of the state) is seen too.
  const state = await c.e.settle(c.admin.getData(PATHS.partitionState('t', 2)));
  await c.e.settle(c.admin.setData(PATHS.partitionState('t', 2), bytes({ ...(json(state.data) as object), isr: [follower.id] }), state.stat.version));
  await c.synced();
  t.is(c.partition(follower, 't', 2)!.zkVersion, state.stat.version + 1);
  events.splice(0);

  const late = await c.startBroker(4);
  await c.synced();
  t.deepEqual(events.splice(0), ['brokers 1,2,3,4']);
  t.is(late.cache.view.topics.get('t')?.replicas.length, 3, 'a broker that starts later loads everything');

  await c.e.settle(admin.deleteTopics({ topicNames: ['t'], timeoutMs: 5000 }));
  await c.synced();
  t.deepEqual(events.splice(0), ['deleted t']);
  t.is(follower.cache.view.partitions.size, 0);

  await c.e.settle(controller.session.keeper.close());
  await c.e.runUntil(() => ![-1, controller.id].includes(follower.cache.view.controllerId) && !follower.cache.view.brokers.has(controller.id), 5000);
  const rest = [1, 2, 3, 4].filter((id) => id !== controller.id).join(',');
  t.deepEqual(events.filter((e) => e.startsWith('brokers')), [`brokers ${rest}`]);
  t.deepEqual(events.filter((e) => e.startsWith('controller')).at(-1), `controller ${follower.cache.view.controllerId}`);
  t.is(follower.warnings.length, 0);
});

test('metadata answers as Kafka: unknown and invalid topics, offline leaders, offline replicas; describeCluster', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const follower = [...c.brokers.values()].find((b) => b !== controller)!;
  await c.e.settle(controller.controller.createTopics({ topics: [c.topic('m', 3, 3)], timeoutMs: 5000, validateOnly: false }));
  await c.synced();
  const all = follower.cache.metadataResponse({ topics: null, allowAutoTopicCreation: false });
  t.is(all.clusterId, controller.registrar.clusterId);
  t.is(all.controllerId, controller.id);
  t.deepEqual(all.brokers.map((b) => [b.nodeId, b.address]), [[1, 'broker://1'], [2, 'broker://2'], [3, 'broker://3']]);
  t.deepEqual(all.topics.map((x) => x.name), ['m']);
  t.true(all.topics[0]!.partitions.every((p) => p.errorCode === 0 && p.replicas.length === 3 && p.offlineReplicas.length === 0));

  const some = follower.cache.metadataResponse({ topics: ['m', 'nope', 'bad/name'], allowAutoTopicCreation: false });
  t.like(some.topics[1], { name: 'nope', errorCode: kafkaCodeOf('UNKNOWN_TOPIC_OR_PARTITION'), topicId: ZERO_ID, partitions: [] });
  t.like(some.topics[2], { name: 'bad/name', errorCode: kafkaCodeOf('INVALID_TOPIC_EXCEPTION') });

  // A leader that is not registered is no leader: LEADER_NOT_AVAILABLE, until the controller moves it.
  const state = await c.e.settle(c.admin.getData(PATHS.partitionState('m', 0)));
  await c.e.settle(c.admin.setData(PATHS.partitionState('m', 0), bytes({ version: 1, leader: 9, leaderEpoch: 5, isr: [9], controllerEpoch: 1 }), state.stat.version));
  await c.e.runUntil(() => c.partition(follower, 'm', 0)?.leaderEpoch === 5, 2000);
  t.like(follower.cache.metadataResponse({ topics: ['m'], allowAutoTopicCreation: false }).topics[0]!.partitions[0], { errorCode: kafkaCodeOf('LEADER_NOT_AVAILABLE'), leader: -1 });

  const cluster = follower.cache.describeCluster();
  t.like(cluster, { errorCode: 0, errorMessage: null, clusterId: all.clusterId, controllerId: controller.id });
  t.is(cluster.brokers.length, 3);
});

test('a znode with bad data is logged and skipped; the cache keeps what it knew and carries on', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const follower = [...c.brokers.values()].find((b) => b !== controller)!;
  await c.e.settle(controller.controller.createTopics({ topics: [c.topic('good', 1, 1)], timeoutMs: 5000, validateOnly: false }));
  await c.synced();
  const known = c.partition(follower, 'good', 0)!;
  const state = await c.e.settle(c.admin.getData(PATHS.partitionState('good', 0)));
  await c.e.settle(c.admin.setData(PATHS.partitionState('good', 0), '{"version":1,"leader":"one"', state.stat.version));
  await c.e.settle(c.admin.create(PATHS.topic('garbage'), 'not json'));
  await c.e.settle(c.admin.create(PATHS.broker(77), bytes({ version: 2 })));
  await c.synced();
  t.deepEqual(c.partition(follower, 'good', 0), known, 'the last good state is kept');
  t.false(follower.cache.view.topics.has('garbage'));
  t.false(follower.cache.view.brokers.has(77));
  t.is(follower.warnings.filter((w) => /bad data/.test(w)).length, 3, follower.warnings.join('\n'));
  t.true(follower.warnings.some((w) => w.includes(PATHS.topic('garbage'))));

  await c.e.settle(controller.controller.createTopics({ topics: [c.topic('after', 1, 1)], timeoutMs: 5000, validateOnly: false }));
  await c.e.settle(c.admin.setData(PATHS.partitionState('good', 0), bytes({ ...known, leaderEpoch: 3, zkVersion: undefined, topic: undefined, partition: undefined, replicas: undefined })));
  await c.synced();
  t.true(follower.cache.view.topics.has('after'), 'later changes still arrive');
  t.is(c.partition(follower, 'good', 0)!.leaderEpoch, 3);
});

test('a cache reloads on reconnect what changed while its broker was disconnected', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const follower = [...c.brokers.values()].find((b) => b !== controller)!;
  const keeper = follower.session.keeper;
  c.e.network.partition([follower.node()], c.e.ids);
  await c.e.runUntil(() => keeper.state === 'disconnected', 2000);
  await c.e.settle(controller.controller.createTopics({ topics: [c.topic('missed', 2, 1)], timeoutMs: 5000, validateOnly: false }));
  t.false(follower.cache.view.topics.has('missed'));
  c.e.network.heal();
  await c.e.runUntil(() => keeper.state === 'connected', 2000);
  await c.e.runUntil(() => follower.cache.view.partitions.has(topicPartitionKey('missed', 1)), 2000, 'reloaded');
  t.is(keeper, follower.session.keeper, 'the same session');
});

test('a new session whose watches cannot be set at once (a request timed out, the connection held) sets them again', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const first = await c.e.connect({ node: 'cache-a', sessionTimeoutMs: 1000 });
  const session = new BrokerSession(first);
  const cache = new MetadataCache({ session, retryMs: 100 });
  await c.e.settle(cache.start());
  // The next session's first addWatch gets no answer in time; no reconnect follows.
  const second = await c.e.connect({ node: 'cache-b', sessionTimeoutMs: 1000 });
  let calls = 0;
  const flaky = new Proxy(second, {
    get(target, prop) {
      if (prop === 'addWatch' && calls++ === 0) return () => Promise.reject(new OperationTimeoutError('keeper.request got no answer'));
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  session.renew(flaky);
  await c.e.settle(first.close());
  await c.e.settle(controller.controller.createTopics({ topics: [c.topic('late', 1, 1)], timeoutMs: 5000, validateOnly: false }));
  await c.e.runUntil(() => cache.view.topics.has('late'), 5000, 'the change seen through the new session');
  t.true(calls > 4, 'the watches were set on a second attempt');
  await c.e.settle(cache.close());
});
