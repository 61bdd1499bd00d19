import test from 'ava';
import { createBrokerClient } from '../../engine/broker/client/index.js';
import { partitionForKey } from '../../engine/broker/partitioner.js';
import { brokerCluster } from './harness.js';

/*
 * logkeeper's own clients against three real brokers (combined members, simulated time):
 * admin creates a replicated topic, the producer sends keyed records with acks=all, and the
 * partition consumer reads them back from each partition's leader, in order per key.
 */

test('the design notes\' driver locations: a driver\'s updates land on one partition, in order, and are read back whole', async (t) => {
  const c = await brokerCluster(t);
  await c.ready();
  const client = createBrokerClient({ brokers: c.ids.map((id) => `mem://${id}`), transport: c.network.transport('app'), clock: c.clock, random: 1 });
  t.teardown(() => c.settle(client.close()));
  const admin = client.admin();
  await c.settle(admin.connect());
  await c.settle(admin.createTopics({ topics: [{ topic: 'driver-locations', numPartitions: 4, replicationFactor: 3 }], waitForLeaders: true }));
  const producer = client.producer();
  await c.settle(producer.connect());
  const drivers = ['d-1', 'd-2', 'd-3', 'd-4', 'd-5', 'd-6'];
  for (let step = 0; step < 5; step++) {
    const sent = await c.settle(producer.send({
      topic: 'driver-locations',
      acks: -1,
      messages: drivers.map((d) => ({ key: d, value: `${d}@${step}`, headers: { step: String(step) } })),
    }));
    for (const r of sent) t.is(r.errorCode, 0);
  }
  const consumer = client.partitionConsumer();
  consumer.assign([0, 1, 2, 3].map((partition) => ({ topic: 'driver-locations', partition, offset: 0 })));
  const byDriver = new Map<string, string[]>();
  const partitionOf = new Map<string, number>();
  let seen = 0;
  while (seen < drivers.length * 5) {
    const messages = await c.settle(consumer.poll({ maxWaitMs: 200 }));
    for (const m of messages) {
      const key = new TextDecoder().decode(m.key!);
      byDriver.set(key, [...(byDriver.get(key) ?? []), new TextDecoder().decode(m.value!)]);
      partitionOf.set(key, m.partition);
      seen++;
    }
  }
  for (const d of drivers) {
    t.deepEqual(byDriver.get(d), [0, 1, 2, 3, 4].map((s) => `${d}@${s}`), `${d}'s updates in order`);
    t.is(partitionOf.get(d), partitionForKey(d, 4), `${d} on Kafka's partition for its key`);
  }
  await c.settle(consumer.close());
  await c.settle(producer.disconnect());
});
