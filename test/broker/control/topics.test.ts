import test from 'ava';
import { kafkaCodeOf, type ErrorCode } from '../../../engine/errors/index.js';
import { ZERO_ID } from '../../../engine/broker/metadata/random-id.js';
import type { CreatableTopic } from '../../../engine/broker/api/types.js';
import { brokerCluster, json, PATHS } from './harness.js';

const code = (c: ErrorCode) => kafkaCodeOf(c);

test('createTopics writes the layout in one go, and a metadata answer right after it includes the topic', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const answer = await c.e.settle(controller.controller.createTopics({
    topics: [c.topic('orders', 3, 2, { 'retention.ms': '60000' })],
    timeoutMs: 5000,
    validateOnly: false,
  }));
  const result = answer.topics[0]!;
  t.like(result, { name: 'orders', errorCode: 0, errorMessage: null, numPartitions: 3, replicationFactor: 2 });
  t.regex(result.topicId, /^[A-Za-z0-9_-]{22}$/);

  const metadata = controller.cache.metadataResponse({ topics: ['orders'], allowAutoTopicCreation: false });
  t.is(metadata.topics[0]!.errorCode, 0, 'the answering broker already has it');
  t.is(metadata.topics[0]!.topicId, result.topicId);

  const assignment = json((await c.e.settle(c.admin.getData(PATHS.topic('orders')))).data) as { version: number; id: string; partitions: Record<string, number[]> };
  t.is(assignment.id, result.topicId);
  t.deepEqual(Object.keys(assignment.partitions), ['0', '1', '2']);
  t.deepEqual(json((await c.e.settle(c.admin.getData(PATHS.topicConfig('orders')))).data), { version: 1, config: { 'retention.ms': '60000' } });
  for (const [p, replicas] of Object.entries(assignment.partitions)) {
    t.is(replicas.length, 2);
    const state = json((await c.e.settle(c.admin.getData(PATHS.partitionState('orders', Number(p))))).data);
    const leaderBrokerEpoch = controller.cache.view.brokerEpochs.get(replicas[0]!);
    t.deepEqual(state, { version: 1, leader: replicas[0], leaderEpoch: 0, isr: replicas, controllerEpoch: controller.controller.epoch, leaderBrokerEpoch });
  }
  await c.synced();
  for (const b of c.brokers.values()) t.is(b.cache.view.topics.get('orders')?.id, result.topicId, `broker ${b.id} sees it`);
});

test('placement spreads leaders and replicas evenly: per broker they differ by at most one', async (t) => {
  const c = await brokerCluster(t, { brokers: 5 });
  const controller = await c.controller();
  const answer = await c.e.settle(controller.controller.createTopics({
    topics: [c.topic('wide', 50, 3), c.topic('narrow', 10, 1)],
    timeoutMs: 5000,
    validateOnly: false,
  }));
  t.deepEqual(answer.topics.map((r) => r.errorCode), [0, 0]);
  for (const [name, partitions, factor] of [['wide', 50, 3], ['narrow', 10, 1]] as const) {
    const replicas = controller.cache.view.topics.get(name)!.replicas;
    t.is(replicas.length, partitions);
    const leaders = new Map<number, number>();
    const hosted = new Map<number, number>();
    for (const r of replicas) {
      t.is(new Set(r).size, factor, 'distinct replicas');
      leaders.set(r[0]!, (leaders.get(r[0]!) ?? 0) + 1);
      for (const id of r) hosted.set(id, (hosted.get(id) ?? 0) + 1);
    }
    const spread = (m: Map<number, number>) => Math.max(...[1, 2, 3, 4, 5].map((id) => m.get(id) ?? 0)) - Math.min(...[1, 2, 3, 4, 5].map((id) => m.get(id) ?? 0));
    t.true(spread(leaders) <= 1, `${name} leaders ${JSON.stringify([...leaders])}`);
    t.true(spread(hosted) <= 1, `${name} replicas ${JSON.stringify([...hosted])}`);
  }
});

test('invalid names, configs, counts, factors and assignments get typed codes and change nothing', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  await c.e.settle(controller.controller.createTopics({ topics: [c.topic('exists', 1, 1), c.topic('a_b', 1, 1)], timeoutMs: 5000, validateOnly: false }));
  const before = [await c.count('/brokers/topics'), await c.count('/config/topics')];
  const explicit = (name: string, assignments: number[][], extra: Partial<CreatableTopic> = {}): CreatableTopic => ({
    ...c.topic(name, -1, -1),
    assignments: assignments.map((brokerIds, partition) => ({ partition, brokerIds })),
    ...extra,
  });
  const cases: Array<[CreatableTopic, ErrorCode]> = [
    [c.topic('', 1, 1), 'INVALID_TOPIC_EXCEPTION'],
    [c.topic('..', 1, 1), 'INVALID_TOPIC_EXCEPTION'],
    [c.topic('a/b', 1, 1), 'INVALID_TOPIC_EXCEPTION'],
    [c.topic('x'.repeat(250), 1, 1), 'INVALID_TOPIC_EXCEPTION'],
    [c.topic('a.b', 1, 1), 'INVALID_TOPIC_EXCEPTION'],
    [c.topic('exists', 1, 1), 'TOPIC_ALREADY_EXISTS'],
    [c.topic('zero', 0, 1), 'INVALID_PARTITIONS'],
    [c.topic('no-factor', 1, 0), 'INVALID_REPLICATION_FACTOR'],
    [c.topic('too-wide', 1, 4), 'INVALID_REPLICATION_FACTOR'],
    [c.topic('unknown-config', 1, 1, { 'no.such.config': '1' }), 'INVALID_CONFIG'],
    [c.topic('bad-value', 1, 1, { 'retention.ms': 'soon' }), 'INVALID_CONFIG'],
    [explicit('both', [[1]], { numPartitions: 1 }), 'BAD_ARGUMENTS'],
    [explicit('unknown-broker', [[1, 9]]), 'INVALID_REPLICA_ASSIGNMENT'],
    [explicit('repeated-broker', [[1, 1]]), 'INVALID_REPLICA_ASSIGNMENT'],
    [explicit('uneven', [[1, 2], [3]]), 'INVALID_REPLICA_ASSIGNMENT'],
    [{ ...explicit('gap', [[1]]), assignments: [{ partition: 1, brokerIds: [1] }] }, 'INVALID_REPLICA_ASSIGNMENT'],
  ];
  const answer = await c.e.settle(controller.controller.createTopics({ topics: cases.map(([topic]) => topic), timeoutMs: 5000, validateOnly: false }));
  cases.forEach(([topic, expected], i) => {
    const r = answer.topics[i]!;
    t.is(r.errorCode, code(expected), `${topic.name.slice(0, 20)}: ${r.errorMessage}`);
    t.truthy(r.errorMessage);
    t.like(r, { topicId: ZERO_ID, numPartitions: -1, replicationFactor: -1 });
  });
  t.is(code('BAD_ARGUMENTS'), 42, "Kafka's INVALID_REQUEST");
  const dup = await c.e.settle(controller.controller.createTopics({ topics: [c.topic('twice', 1, 1), c.topic('twice', 1, 1)], timeoutMs: 5000, validateOnly: false }));
  t.deepEqual(dup.topics.map((r) => r.errorCode), [42, 42]);
  const dry = await c.e.settle(controller.controller.createTopics({ topics: [c.topic('dry-run', 4, 3)], timeoutMs: 5000, validateOnly: true }));
  t.like(dry.topics[0], { errorCode: 0, numPartitions: 4, replicationFactor: 3, topicId: ZERO_ID });
  t.deepEqual([await c.count('/brokers/topics'), await c.count('/config/topics')], before, 'nothing was written');

  const follower = [...c.brokers.values()].find((b) => b !== controller)!;
  const refused = await c.e.settle(follower.controller.createTopics({ topics: [c.topic('elsewhere', 1, 1)], timeoutMs: 5000, validateOnly: false }));
  t.is(refused.topics[0]!.errorCode, code('NOT_CONTROLLER'));
});

test('deleteTopics removes every znode of the topic; caches report it; a re-created topic gets a new id', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  const follower = [...c.brokers.values()].find((b) => b !== controller)!;
  const deleted: Array<[string, string]> = [];
  follower.cache.on('topicDeleted', (name, id) => deleted.push([name, id]));
  const created = await c.e.settle(controller.controller.createTopics({ topics: [c.topic('doomed', 4, 2)], timeoutMs: 5000, validateOnly: false }));
  const id = created.topics[0]!.topicId;
  const before = await c.count('/brokers/topics');

  const answer = await c.e.settle(controller.controller.deleteTopics({ topicNames: ['doomed', 'never-was', '__consumer_offsets'], timeoutMs: 5000 }));
  t.like(answer.topics[0], { name: 'doomed', topicId: id, errorCode: 0 });
  t.is(answer.topics[1]!.errorCode, code('UNKNOWN_TOPIC_OR_PARTITION'));
  t.is(answer.topics[2]!.errorCode, code('INVALID_TOPIC_EXCEPTION'));
  t.is(await c.e.settle(c.admin.exists(PATHS.topic('doomed'))), null);
  t.is(await c.e.settle(c.admin.exists(PATHS.topicConfig('doomed'))), null);
  t.is(await c.count('/brokers/topics'), before - 1 - 1 - 4 * 2, 'the topic, its partitions znode, and each partition with its state');
  t.false(controller.cache.view.topics.has('doomed'), 'gone from the answering broker at once');
  await c.synced();
  t.deepEqual(deleted, [['doomed', id]]);
  t.is([...follower.cache.view.partitions.values()].filter((p) => p.topic === 'doomed').length, 0);

  const again = await c.e.settle(controller.controller.createTopics({ topics: [c.topic('doomed', 1, 1)], timeoutMs: 5000, validateOnly: false }));
  t.is(again.topics[0]!.errorCode, 0);
  t.not(again.topics[0]!.topicId, id);
});

test('createPartitions only adds, continuing the placement; fewer or as many is INVALID_PARTITIONS', async (t) => {
  const c = await brokerCluster(t);
  const controller = await c.controller();
  await c.e.settle(controller.controller.createTopics({ topics: [c.topic('growing', 3, 2)], timeoutMs: 5000, validateOnly: false }));
  const grow = (name: string, count: number, assignments: number[][] | null = null, validateOnly = false) =>
    c.e.settle(controller.controller.createPartitions({ topics: [{ name, count, assignments }], timeoutMs: 5000, validateOnly }));
  t.is((await grow('growing', 6, null, true)).results[0]!.errorCode, 0);
  t.is(controller.cache.view.topics.get('growing')!.replicas.length, 3, 'validateOnly writes nothing');
  t.is((await grow('growing', 6)).results[0]!.errorCode, 0);
  const replicas = controller.cache.view.topics.get('growing')!.replicas;
  t.is(replicas.length, 6);
  t.true(replicas.every((r) => r.length === 2 && new Set(r).size === 2));
  const state = controller.cache.view.partitions.get(`growing\u00005`)!;
  t.like(state, { leader: replicas[5]![0], leaderEpoch: 0, isr: replicas[5] });
  t.is((await grow('growing', 6)).results[0]!.errorCode, code('INVALID_PARTITIONS'));
  t.is((await grow('growing', 2)).results[0]!.errorCode, code('INVALID_PARTITIONS'));
  t.is((await grow('missing', 2)).results[0]!.errorCode, code('UNKNOWN_TOPIC_OR_PARTITION'));
  t.is((await grow('growing', 8, [[1, 2]])).results[0]!.errorCode, code('INVALID_REPLICA_ASSIGNMENT'));
  t.is((await grow('growing', 7, [[1, 2, 3]])).results[0]!.errorCode, code('INVALID_REPLICA_ASSIGNMENT'), "the topic's replication factor");
  t.is((await grow('growing', 7, [[3, 1]])).results[0]!.errorCode, 0);
  t.deepEqual(controller.cache.view.topics.get('growing')!.replicas[6], [3, 1]);
  const metadata = controller.cache.metadataResponse({ topics: ['growing'], allowAutoTopicCreation: false });
  t.is(metadata.topics[0]!.partitions.length, 7);
});
