import test from 'ava';
import { createBrokerClient } from '../../../engine/broker/client/index.js';
import { brokerCluster } from '../harness.js';

/*
 * The idempotent producer across a leader failover, on three real brokers (simulated time):
 * while batches are in flight the partition's leader is cut off, so their answers never come
 * (request timeouts: their outcome is unknown) and the retries to it fail for longer than the
 * retry count allows. Each is sent again with its own producer id, epoch and sequence until the
 * new leader takes it or recognises it, within the delivery timeout: every send succeeds, and
 * every record is in the log once, in order.
 */

test('a send whose outcome was unknown succeeds once the new leader is reachable, within the delivery timeout: no loss, no duplicate, in order', async (t) => {
  const c = await brokerCluster(t, { sessionTimeoutMs: 4000 });
  await c.ready();
  const client = createBrokerClient({
    brokers: c.ids.map((id) => `mem://${id}`),
    transport: c.network.transport('app'),
    clock: c.clock,
    random: 7,
    requestTimeoutMs: 500,
    retry: { retries: 2, initialRetryTimeMs: 100, maxRetryTimeMs: 200 },
  });
  t.teardown(() => c.settle(client.close()));
  const admin = client.admin();
  await c.settle(admin.connect());
  await c.settle(admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 1, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }], waitForLeaders: true }));
  const leaderOf = async () => (await c.settle(admin.fetchTopicMetadata({ topics: ['orders'] }))).topics[0]!.partitions[0]!.leader;
  const producer = client.producer({ lingerMs: 0, deliveryTimeoutMs: 60_000 });
  await c.settle(producer.connect());
  await c.settle(producer.send({ topic: 'orders', messages: [{ value: 'warm-up' }] }));
  const leader = await leaderOf();

  const sends: Array<Promise<unknown>> = [];
  for (let i = 0; i < 10; i++) sends.push(producer.send({ topic: 'orders', messages: [{ value: `m${i}` }] }));
  await c.clock.advance(3); // on their way, or written and waiting for the followers
  const others = c.ids.filter((id) => id !== String(leader));
  c.network.partition([String(leader)], [...others, 'app']);
  for (let i = 10; i < 20; i++) {
    sends.push(producer.send({ topic: 'orders', messages: [{ value: `m${i}` }] }));
    await c.clock.advance(50);
  }
  const outcomes = await c.settle(Promise.allSettled(sends), 60_000);
  t.deepEqual(outcomes.filter((o) => o.status === 'rejected'), [], 'every send succeeded');
  const newLeader = await leaderOf();
  t.not(newLeader, leader, "the leadership moved");
  c.network.heal();

  const consumer = client.partitionConsumer();
  consumer.assign([{ topic: 'orders', partition: 0, offset: 0 }]);
  const values: string[] = [];
  for (let polls = 0; polls < 50 && values.length < 21; polls++) {
    for (const m of await c.settle(consumer.poll({ maxWaitMs: 100 }))) values.push(new TextDecoder().decode(m.value!));
  }
  t.deepEqual(values, ['warm-up', ...Array.from({ length: 20 }, (_, i) => `m${i}`)], 'each record once, in order');
  await c.settle(consumer.close());
});
