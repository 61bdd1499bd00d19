import test from 'ava';
import { InvalidPartitionsError, UnknownTopicOrPartitionError } from '../../../engine/errors/index.js';
import { ConfigResourceTypes } from '../../../engine/broker/client/index.js';
import { setup } from './helpers.js';

async function withAdmin(t: Parameters<typeof setup>[0], options: Parameters<typeof setup>[1] = {}) {
  const env = await setup(t, options);
  const admin = env.client.admin();
  await env.settle(admin.connect());
  return { ...env, admin };
}

test('createTopics maps kafkajs’s arguments onto CreateTopics at the controller and waits for leaders', async (t) => {
  const { fake, admin, settle } = await withAdmin(t);
  const created = await settle(
    admin.createTopics({
      topics: [
        { topic: 'plain' },
        { topic: 'sized', numPartitions: 4, replicationFactor: 2, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
        { topic: 'placed', replicaAssignment: [{ partition: 0, replicas: [3, 1] }, { partition: 1, replicas: [2, 3] }] },
      ],
    }),
  );
  t.true(created);
  const [request] = fake.requests.filter((r) => r.api === 'createTopics');
  t.is(request!.node, fake.controllerId);
  t.deepEqual(request!.request, {
    topics: [
      { name: 'plain', numPartitions: -1, replicationFactor: -1, assignments: [], configs: [] },
      { name: 'sized', numPartitions: 4, replicationFactor: 2, assignments: [], configs: [{ name: 'cleanup.policy', value: 'compact' }] },
      { name: 'placed', numPartitions: -1, replicationFactor: -1, assignments: [{ partition: 0, brokerIds: [3, 1] }, { partition: 1, brokerIds: [2, 3] }], configs: [] },
    ],
    timeoutMs: 5000,
    validateOnly: false,
  });
  t.deepEqual(fake.topics.get('placed')!.partitions.map((p) => p.leader), [3, 2]);
  t.false(await settle(admin.createTopics({ topics: [{ topic: 'plain' }] })), 'false: it existed already');
  await t.throwsAsync(settle(admin.createTopics({ topics: [{ topic: 'bad', numPartitions: 0 }] })), { instanceOf: InvalidPartitionsError });
  t.true(await settle(admin.createTopics({ topics: [{ topic: 'dry' }], validateOnly: true })));
  t.false(fake.topics.has('dry'));
});

test('NOT_CONTROLLER: the admin client refreshes its metadata and asks the new controller', async (t) => {
  const { fake, admin, settle } = await withAdmin(t);
  fake.controllerId = 3;
  t.true(await settle(admin.createTopics({ topics: [{ topic: 'x' }] })));
  t.deepEqual(fake.requests.filter((r) => r.api === 'createTopics').map((r) => r.node), [1, 3]);
});

test('deleteTopics and createPartitions; an unknown topic is UNKNOWN_TOPIC_OR_PARTITION at once', async (t) => {
  const { fake, admin, settle } = await withAdmin(t);
  fake.createTopic('a', 1);
  fake.createTopic('b', 1);
  await settle(admin.createPartitions({ topicPartitions: [{ topic: 'a', count: 3 }] }));
  t.is(fake.topics.get('a')!.partitions.length, 3);
  await t.throwsAsync(settle(admin.createPartitions({ topicPartitions: [{ topic: 'a', count: 2 }] })), { instanceOf: InvalidPartitionsError });
  await settle(admin.deleteTopics({ topics: ['a', 'b'] }));
  t.deepEqual([...fake.topics.keys()], []);
  const before = fake.requests.length;
  await t.throwsAsync(settle(admin.deleteTopics({ topics: ['a'] })), { instanceOf: UnknownTopicOrPartitionError });
  t.is(fake.requests.length - before, 1, 'not retried');
});

test('listTopics, fetchTopicMetadata and describeCluster', async (t) => {
  const { fake, admin, settle } = await withAdmin(t);
  fake.createTopic('a', 2);
  fake.createTopic('b', 1, [3]);
  t.deepEqual((await settle(admin.listTopics())).sort(), ['a', 'b']);
  const { topics } = await settle(admin.fetchTopicMetadata({ topics: ['b'] }));
  t.deepEqual(topics, [{ name: 'b', partitions: [{ partitionErrorCode: 0, partitionId: 0, leader: 3, leaderEpoch: 0, replicas: [3, 1, 2], isr: [3, 1, 2], offlineReplicas: [] }] }]);
  await t.throwsAsync(settle(admin.fetchTopicMetadata({ topics: ['missing'] })), { instanceOf: UnknownTopicOrPartitionError });
  t.deepEqual(await settle(admin.describeCluster()), {
    brokers: [1, 2, 3].map((id) => ({ nodeId: id, address: `broker-${id}`, rack: null })),
    controller: 1,
    clusterId: 'fake-cluster',
  });
});

test('fetchTopicOffsets, fetchTopicOffsetsByTimestamp and deleteTopicRecords, at each partition’s leader', async (t) => {
  const { fake, client, admin, settle } = await withAdmin(t);
  fake.createTopic('t', 2);
  const producer = client.producer();
  await settle(producer.connect());
  for (let i = 0; i < 4; i++) await settle(producer.send({ topic: 't', messages: [{ value: `${i}`, partition: 0, timestamp: 1000 + i * 10 }] }));
  t.deepEqual(await settle(admin.fetchTopicOffsets('t')), [
    { partition: 0, offset: 4, high: 4, low: 0 },
    { partition: 1, offset: 0, high: 0, low: 0 },
  ]);
  t.deepEqual(await settle(admin.fetchTopicOffsetsByTimestamp('t', 1015)), [
    { partition: 0, offset: 2 },
    { partition: 1, offset: 0 },
  ]);
  t.deepEqual((await settle(admin.fetchTopicOffsetsByTimestamp('t', 5000)))[0], { partition: 0, offset: 4 }, 'none that late: the high watermark');
  await settle(admin.deleteTopicRecords({ topic: 't', partitions: [{ partition: 0, offset: 3 }] }));
  const deletes = fake.requests.filter((r) => r.api === 'deleteRecords');
  t.deepEqual(deletes.map((r) => r.node), [1], 'partition 0’s leader');
  t.deepEqual((await settle(admin.fetchTopicOffsets('t')))[0], { partition: 0, offset: 4, high: 4, low: 3 });
  await settle(admin.deleteTopicRecords({ topic: 't', partitions: [{ partition: 0, offset: -1 }] }));
  t.is((await settle(admin.fetchTopicOffsets('t')))[0]!.low, 4, '-1: up to the high watermark');
  await t.throwsAsync(settle(admin.deleteTopicRecords({ topic: 't', partitions: [{ partition: 1, offset: 9 }] })), { code: 'OFFSET_OUT_OF_RANGE' });
});

test('describeConfigs and alterConfigs of topics', async (t) => {
  const { fake, admin, settle } = await withAdmin(t);
  fake.createTopic('t', 1);
  await settle(admin.alterConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: 't', configEntries: [{ name: 'retention.ms', value: '1000' }] }] }));
  t.deepEqual(fake.topics.get('t')!.configs, { 'retention.ms': '1000' });
  const described = await settle(admin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: 't' }] }));
  t.deepEqual(described.resources[0]!.configEntries, [
    { configName: 'cleanup.policy', configValue: 'delete', isDefault: true, configSource: 5, isSensitive: false, readOnly: false, configSynonyms: [] },
    { configName: 'retention.ms', configValue: '1000', isDefault: false, configSource: 1, isSensitive: false, readOnly: false, configSynonyms: [] },
  ]);
  const some = await settle(admin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: 't', configNames: ['retention.ms'] }] }));
  t.deepEqual(some.resources[0]!.configEntries.map((c) => c.configName), ['retention.ms']);
  t.deepEqual(fake.requests.filter((r) => r.api === 'describeConfigs').at(-1)!.request.resources, [{ resourceType: 2, resourceName: 't', configurationKeys: ['retention.ms'] }]);
  await t.throwsAsync(settle(admin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: 'missing' }] })), { instanceOf: UnknownTopicOrPartitionError });
});

test('a bootstrap address that does not answer is passed over; calls before connect are refused', async (t) => {
  const { client, settle } = await setup(t, { brokers: ['nowhere', 'broker-2'] });
  const admin = client.admin();
  await t.throwsAsync(admin.listTopics(), { code: 'INVALID_STATE' });
  await settle(admin.connect());
  t.deepEqual(await settle(admin.listTopics()), []);
});
