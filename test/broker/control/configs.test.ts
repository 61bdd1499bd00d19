import test from 'ava';
import { kafkaCodeOf } from '../../../engine/errors/index.js';
import { CONFIG_OP, CONFIG_SOURCE, RESOURCE_BROKER, RESOURCE_TOPIC, type DescribeConfigsResponse } from '../../../engine/broker/api/types.js';
import { resolveBrokerConfig } from '../../../engine/broker/config.js';
import { describeBrokerConfig } from '../../../engine/broker/controller/broker-configs.js';
import { brokerCluster, json, PATHS } from './harness.js';

const topic = (name: string) => ({ resourceType: RESOURCE_TOPIC, resourceName: name });
const entry = (r: DescribeConfigsResponse, name: string, i = 0) => r.results[i]!.configs.find((c) => c.name === name);

test('topic configs: alter and describe round trip, with their sources, seen by every broker', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const follower = [...c.brokers.values()].find((b) => b !== controller)!;
  const api = controller.controller;
  await c.e.settle(api.createTopics({ topics: [c.topic('cfg', 1, 1, { 'retention.ms': '1000' })], timeoutMs: 5000, validateOnly: false }));
  await c.synced();
  const describe = () => follower.controller.describeConfigs({ resources: [{ ...topic('cfg'), configurationKeys: null }], includeSynonyms: false, includeDocumentation: false });

  let d = describe();
  t.is(d.results[0]!.errorCode, 0);
  t.like(entry(d, 'retention.ms'), { value: '1000', configSource: CONFIG_SOURCE.DYNAMIC_TOPIC_CONFIG, readOnly: false, documentation: null });
  t.like(entry(d, 'cleanup.policy'), { value: 'delete', configSource: CONFIG_SOURCE.DEFAULT_CONFIG });
  t.like(entry(d, 'min.insync.replicas'), { value: '1', configSource: CONFIG_SOURCE.DEFAULT_CONFIG });

  // AlterConfigs replaces the whole set: retention.ms goes back to its default.
  const altered = await c.e.settle(api.alterConfigs({ resources: [{ ...topic('cfg'), configs: [{ name: 'cleanup.policy', value: 'compact' }, { name: 'segment.ms', value: null }] }], validateOnly: false }));
  t.like(altered.responses[0], { resourceType: RESOURCE_TOPIC, resourceName: 'cfg', errorCode: 0, errorMessage: null });
  await c.synced();
  d = describe();
  t.like(entry(d, 'cleanup.policy'), { value: 'compact', configSource: CONFIG_SOURCE.DYNAMIC_TOPIC_CONFIG });
  t.like(entry(d, 'retention.ms'), { value: '604800000', configSource: CONFIG_SOURCE.DEFAULT_CONFIG });

  const incremental = (configs: Array<{ name: string; value: string | null; configOperation: number }>, validateOnly = false) =>
    c.e.settle(api.incrementalAlterConfigs({ resources: [{ ...topic('cfg'), configs }], validateOnly }));
  t.is((await incremental([{ name: 'cleanup.policy', value: 'delete', configOperation: CONFIG_OP.APPEND }, { name: 'min.insync.replicas', value: '2', configOperation: CONFIG_OP.SET }])).responses[0]!.errorCode, 0);
  t.deepEqual(json((await c.e.settle(c.admin.getData(PATHS.topicConfig('cfg')))).data), { version: 1, config: { 'cleanup.policy': 'compact,delete', 'min.insync.replicas': '2' } });
  t.is((await incremental([{ name: 'cleanup.policy', value: 'compact', configOperation: CONFIG_OP.SUBTRACT }, { name: 'min.insync.replicas', value: null, configOperation: CONFIG_OP.DELETE }])).responses[0]!.errorCode, 0);
  await c.synced();
  t.deepEqual(follower.cache.view.topics.get('cfg')!.config, { 'cleanup.policy': 'delete' });

  const before = json((await c.e.settle(c.admin.getData(PATHS.topicConfig('cfg')))).data);
  const refused: Array<[Array<{ name: string; value: string | null; configOperation: number }>, number]> = [
    [[{ name: 'retention.ms', value: 'later', configOperation: CONFIG_OP.SET }], kafkaCodeOf('INVALID_CONFIG')],
    [[{ name: 'no.such', value: '1', configOperation: CONFIG_OP.SET }], kafkaCodeOf('INVALID_CONFIG')],
    [[{ name: 'retention.ms', value: '5', configOperation: CONFIG_OP.APPEND }], kafkaCodeOf('INVALID_CONFIG')],
    [[{ name: 'retention.ms', value: '5', configOperation: 9 }], kafkaCodeOf('BAD_ARGUMENTS')],
    [[{ name: 'retention.ms', value: '5', configOperation: CONFIG_OP.SET }, { name: 'retention.ms', value: '6', configOperation: CONFIG_OP.SET }], kafkaCodeOf('BAD_ARGUMENTS')],
  ];
  for (const [configs, expected] of refused) t.is((await incremental(configs)).responses[0]!.errorCode, expected, JSON.stringify(configs));
  t.is((await incremental([{ name: 'retention.ms', value: '5', configOperation: CONFIG_OP.SET }], true)).responses[0]!.errorCode, 0, 'validateOnly');
  t.deepEqual(json((await c.e.settle(c.admin.getData(PATHS.topicConfig('cfg')))).data), before, 'nothing refused or validated only was written');

  const unknown = await c.e.settle(api.alterConfigs({ resources: [{ ...topic('nope'), configs: [] }], validateOnly: false }));
  t.is(unknown.responses[0]!.errorCode, kafkaCodeOf('UNKNOWN_TOPIC_OR_PARTITION'));
  const notController = await c.e.settle(follower.controller.alterConfigs({ resources: [{ ...topic('cfg'), configs: [] }], validateOnly: false }));
  t.is(notController.responses[0]!.errorCode, kafkaCodeOf('NOT_CONTROLLER'));
});

test('broker configs: described read-only under Kafka names with their sources; altering them is refused', async (t) => {
  const c = await brokerCluster(t, { config: { defaultPartitions: 4 } });
  const controller = await c.controller();
  const d = controller.controller.describeConfigs({
    resources: [
      { resourceType: RESOURCE_BROKER, resourceName: String(controller.id), configurationKeys: ['broker.id', 'num.partitions', 'default.replication.factor'] },
      { resourceType: RESOURCE_BROKER, resourceName: '', configurationKeys: ['broker.id'] },
      { resourceType: RESOURCE_BROKER, resourceName: '99', configurationKeys: null },
      { ...topic('missing'), configurationKeys: null },
      { resourceType: 77, resourceName: 'x', configurationKeys: null },
    ],
    includeSynonyms: false,
    includeDocumentation: true,
  });
  t.deepEqual(d.results[0]!.configs.map((x) => [x.name, x.value, x.configSource, x.readOnly]), [
    ['broker.id', String(controller.id), CONFIG_SOURCE.STATIC_BROKER_CONFIG, true],
    ['default.replication.factor', '1', CONFIG_SOURCE.DEFAULT_CONFIG, true],
    ['num.partitions', '4', CONFIG_SOURCE.STATIC_BROKER_CONFIG, true],
  ]);
  t.truthy(d.results[0]!.configs[0]!.documentation);
  t.is(d.results[1]!.configs[0]!.value, String(controller.id), "'' is this broker");
  t.is(d.results[2]!.errorCode, kafkaCodeOf('BAD_ARGUMENTS'), 'another broker answers for itself');
  t.is(d.results[3]!.errorCode, kafkaCodeOf('UNKNOWN_TOPIC_OR_PARTITION'));
  t.is(d.results[4]!.errorCode, kafkaCodeOf('BAD_ARGUMENTS'));
  const altered = await c.e.settle(controller.controller.incrementalAlterConfigs({
    resources: [{ resourceType: RESOURCE_BROKER, resourceName: String(controller.id), configs: [{ name: 'num.partitions', value: '8', configOperation: CONFIG_OP.SET }] }],
    validateOnly: false,
  }));
  t.is(altered.responses[0]!.errorCode, kafkaCodeOf('INVALID_CONFIG'));
  t.regex(altered.responses[0]!.errorMessage!, /read-only/);
});

test("replica.socket.timeout.ms: Kafka's 30 s by default, a positive integer, described under its Kafka name", (t) => {
  t.is(resolveBrokerConfig({ brokerId: 1 }).replicaSocketTimeoutMs, 30_000);
  t.like(t.throws(() => resolveBrokerConfig({ brokerId: 1, replicaSocketTimeoutMs: 0 })), { code: 'BAD_ARGUMENTS' });
  const described = describeBrokerConfig(resolveBrokerConfig({ brokerId: 1, replicaSocketTimeoutMs: 500 })).find((c) => c.name === 'replica.socket.timeout.ms');
  t.like(described, { value: '500', configSource: CONFIG_SOURCE.STATIC_BROKER_CONFIG, readOnly: true });
});
