import test from 'ava';
import { encodeRecordBatch, RecordBatch } from '../../engine/log/index.js';
import { topicPartitionKey } from '../../engine/broker/metadata/types.js';
import { brokerCluster } from './harness.js';

/*
 * Brokers as members host them, in one process on simulated time: they join, elect one
 * controller, create a topic through any broker, and serve produce and fetch.
 */

test('three combined members: a topic created through any broker is produced to and read back through its leader', async (t) => {
  const c = await brokerCluster(t);
  await c.ready();
  const any = await c.client('2');
  const created = await c.settle(any.call('createTopics', {
    topics: [{ name: 'orders', numPartitions: 3, replicationFactor: 3, assignments: [], configs: [] }],
    timeoutMs: 5000,
    validateOnly: false,
  }));
  t.is(created.topics[0]!.errorCode, 0, created.topics[0]!.errorMessage ?? '');
  await c.clock.runUntilTrue(() => [...c.brokers.values()].every((b) => b.node.cache.view.topics.has('orders')), 10_000);
  const metadata = await c.settle(any.call('metadata', { topics: ['orders'], allowAutoTopicCreation: false }));
  const partition = metadata.topics[0]!.partitions.find((p) => p.partition === 0)!;
  t.is(partition.errorCode, 0);
  t.is(partition.replicas.length, 3);
  const leader = await c.client(String(partition.leader), 'producer');
  const batch = encodeRecordBatch([{ key: 'k', value: 'hello' }, { key: 'k', value: 'world' }], { timestamp: Math.floor(c.clock.now()) });
  const produced = await c.settle(leader.call('produce', { acks: -1, timeoutMs: 5000, transactionalId: null, topics: [{ name: 'orders', partitions: [{ partition: 0, records: batch }] }] }));
  const answer = produced.topics[0]!.partitions[0]!;
  t.is(answer.errorCode, 0);
  t.is(answer.baseOffset, 0);
  const fetched = await c.settle(leader.call('fetch', {
    replicaId: -1, maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0,
    topics: [{ name: 'orders', partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0, logStartOffset: -1, partitionMaxBytes: 1 << 20 }] }],
  }));
  const p0 = fetched.topics[0]!.partitions[0]!;
  t.is(p0.errorCode, 0);
  t.is(p0.highWatermark, 2);
  const records = p0.records.flatMap((bytes) => [...new RecordBatch(bytes).records()]);
  t.deepEqual(records.map((r) => new TextDecoder().decode(r.value!)), ['hello', 'world']);
});

test('auto.create.topics: off by default (UNKNOWN_TOPIC_OR_PARTITION); on, a metadata request creates the topic with the broker\'s defaults', async (t) => {
  const off = await brokerCluster(t);
  await off.ready();
  const a = await off.client('1');
  const unknown = await off.settle(a.call('metadata', { topics: ['fresh'], allowAutoTopicCreation: true }));
  t.is(unknown.topics[0]!.errorCode, 3, 'UNKNOWN_TOPIC_OR_PARTITION');

  const on = await brokerCluster(t, { seed: 2, broker: { autoCreateTopics: true, defaultPartitions: 2, defaultReplicationFactor: 3 } });
  await on.ready();
  const b = await on.client('3');
  const created = await on.settle(b.call('metadata', { topics: ['fresh'], allowAutoTopicCreation: true }));
  t.is(created.topics[0]!.errorCode, 0);
  t.is(created.topics[0]!.partitions.length, 2);
  t.true(created.topics[0]!.partitions.every((p) => p.replicas.length === 3));
  const notAsked = await on.settle(b.call('metadata', { topics: ['other'], allowAutoTopicCreation: false }));
  t.is(notAsked.topics[0]!.errorCode, 3, 'only when the request allows it');
});

test('a broker\'s death: the controller moves each of its leaderships to an in-sync replica within the session timeout + 1 s', async (t) => {
  const sessionTimeoutMs = 1000;
  const c = await brokerCluster(t, { sessionTimeoutMs });
  await c.ready();
  const admin = await c.client('1');
  await c.settle(admin.call('createTopics', { topics: [{ name: 'events', numPartitions: 6, replicationFactor: 3, assignments: [], configs: [] }], timeoutMs: 5000, validateOnly: false }));
  await c.clock.runUntilTrue(() => [...c.brokers.values()].every((b) => b.node.cache.view.topics.has('events')), 10_000);
  const leaders = () => {
    const view = c.brokers.get('1')!.node.cache.view;
    return [0, 1, 2, 3, 4, 5].map((p) => view.partitions.get(topicPartitionKey('events', p))!);
  };
  // The victim leads some partitions; '1' stays up to watch.
  const victim = ['2', '3'].find((id) => leaders().some((v) => v.leader === Number(id)))!;
  t.truthy(victim);
  const led = leaders().filter((v) => v.leader === Number(victim)).map((v) => v.partition);
  const diedAt = c.clock.now();
  c.network.crash(victim);
  await c.clock.runUntilTrue(() => leaders().every((v) => v.leader !== Number(victim) && v.leader >= 0), 30_000);
  const movedAfter = c.clock.now() - diedAt;
  t.true(movedAfter <= sessionTimeoutMs + 1000, `moved after ${movedAfter} ms`);
  for (const v of leaders().filter((l) => led.includes(l.partition))) {
    t.false(v.isr.includes(Number(victim)), `partition ${v.partition}: the dead broker left the ISR`);
    t.true(v.isr.includes(v.leader), `partition ${v.partition}: the new leader was in the ISR`);
  }
});
