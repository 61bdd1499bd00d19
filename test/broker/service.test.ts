import test from 'ava';
import { encodeRecordBatch, RecordBatch } from '../../engine/log/index.js';
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
  const batch = encodeRecordBatch([{ key: 'k', value: 'hello' }, { key: 'k', value: 'world' }], { timestamp: c.clock.now() });
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
