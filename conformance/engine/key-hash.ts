import type { TestFn } from 'ava';
import type { ConsumerMessage } from '../../engine/broker/client/index.js';
import type { ConformanceOptions } from '../options.js';
import { engineGroup } from './check.js';
import { EngineCluster } from './cluster.js';

const PARTITIONS = 6;
const ROUNDS = 4;
const KEYLESS_SENDS = 30;

/** Keys and their murmur2 hashes from Kafka's own tests (UtilsTest.testMurmur2): a key's partition is the positive hash modulo the count. */
const KAFKA_MURMUR2: ReadonlyArray<readonly [string, number]> = [
  ['21', -973932308],
  ['foobar', -790332482],
  ['a-little-bit-long-string', -985981536],
  ['a-little-bit-longer-string', -1486304829],
  ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
  ['abc', 479470107],
];

const kafkaPartition = (hash: number) => (hash & 0x7fffffff) % PARTITIONS;
const text = (bytes: Uint8Array | null) => (bytes === null ? null : new TextDecoder().decode(bytes));

/**
 * Key-hash partitioning over the adapter: two producers, each bootstrapped from a different
 * broker, send the same keys (acks=all) to a topic of 6 partitions on 3 brokers; every record
 * of a key lands on the partition Kafka's murmur2 gives it, in the order its producer sent
 * them, and keyless records reach every partition.
 */
export function keyHashGroup(test: TestFn, options: ConformanceOptions): void {
  const check = engineGroup(test, options, 'key-hash partitioning');

  check('producers on different brokers put each key on Kafka\'s murmur2 partition, in order per key; keyless records spread over all partitions', [], async (t) => {
    const cluster = await EngineCluster.start(t, options, { members: 3, brokers: true });
    const { pace } = cluster;
    await cluster.ready();
    const { client: tools } = await cluster.brokerClient();
    const admin = tools.admin();
    await pace.settle(admin.connect(), 'the admin client');
    await pace.settle(admin.createTopics({ topics: [{ topic: 'keyed', numPartitions: PARTITIONS, replicationFactor: 3 }], waitForLeaders: true, timeout: pace.ms(5000) }), 'the topic');

    const producers = await Promise.all(['1', '2'].map(async (id) => {
      const producer = (await cluster.brokerClient([id])).client.producer();
      await pace.settle(producer.connect(), `a producer bootstrapped from broker ${id}`);
      return { name: `via-${id}`, producer };
    }));
    await pace.settle(Promise.all(producers.map(async ({ name, producer }) => {
      for (let round = 0; round < ROUNDS; round++) {
        await producer.send({ topic: 'keyed', acks: -1, messages: KAFKA_MURMUR2.map(([key]) => ({ key, value: `${name}/${round}` })) });
      }
      for (let i = 0; i < KEYLESS_SENDS; i++) await producer.send({ topic: 'keyed', acks: -1, messages: [{ key: null, value: `${name}/keyless-${i}` }] });
    })), 'the producers\' sends, acknowledged by all in-sync replicas');

    const consumer = tools.partitionConsumer();
    consumer.assign(Array.from({ length: PARTITIONS }, (_, partition) => ({ topic: 'keyed', partition, offset: 0 })));
    const read: ConsumerMessage[] = [];
    const expected = producers.length * (ROUNDS * KAFKA_MURMUR2.length + KEYLESS_SENDS);
    const reading = (async () => {
      while (read.length < expected) read.push(...(await consumer.poll({ maxWaitMs: pace.ms(100) })));
    })();
    await pace.settle(reading, `all ${expected} records read back`);

    for (const [key, hash] of KAFKA_MURMUR2) {
      const records = read.filter((m) => text(m.key) === key);
      const partitions = [...new Set(records.map((m) => m.partition))];
      t.deepEqual(partitions, [kafkaPartition(hash)], `key '${key}' is on partition ${kafkaPartition(hash)} (Kafka's murmur2), found on ${partitions.join(', ')}`);
      for (const { name } of producers) {
        const values = records.filter((m) => text(m.value)!.startsWith(`${name}/`)).sort((a, b) => a.offset - b.offset).map((m) => text(m.value));
        t.deepEqual(values, Array.from({ length: ROUNDS }, (_, round) => `${name}/${round}`), `key '${key}' from ${name}: every record, in the order sent`);
      }
    }
    const keyless = new Set(read.filter((m) => m.key === null).map((m) => m.partition));
    t.is(keyless.size, PARTITIONS, `keyless records reached partitions ${[...keyless].sort().join(', ')} of ${PARTITIONS}`);
  });
}
