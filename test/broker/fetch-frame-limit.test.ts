import test, { type ExecutionContext } from 'ava';
import { BROKER_CODECS } from '../../engine/broker/api/codec.js';
import { createBrokerClient, type ConsumerMessage } from '../../engine/broker/client/index.js';
import { maxPayloadBytes } from '../../transports/envelope.js';
import { brokerCluster } from './harness.js';

/*
 * A fetch answer never outgrows the connection that carries it (issue: the groups benchmark's
 * consumer died when one broker led 16 partitions with a backlog): three brokers and their
 * clients on memory transports with 64 KiB frames, a topic of 20 partitions (3 replicas) with
 * 16 KiB of backlog each (each broker leads about 7: 110 KiB, near two frames), read with the
 * consumers' default fetch sizes (50 MiB a fetch, 1 MiB a partition). Both ends bound the
 * answer: the broker by its frame whatever it is asked, the consumer by asking for no more
 * than its own frame holds (brokers with larger frames than their clients').
 */

const FRAME = 64 * 1024;
const PARTITIONS = 20;
const PER_PARTITION = 16;
const VALUE = 'x'.repeat(1000);

async function backlog(t: ExecutionContext, { brokerFrame = FRAME, clientFrame = FRAME } = {}) {
  const c = await brokerCluster(t, {
    maxFrameBytes: brokerFrame,
    broker: { offsetsTopicPartitions: 1, groupConsumerHeartbeatIntervalMs: 500, groupConsumerSessionTimeoutMs: 6000, groupInitialRebalanceDelayMs: 0 },
  });
  await c.ready();
  const client = (node: string) => {
    const made = createBrokerClient({
      brokers: c.ids.map((id) => `mem://${id}`),
      transport: c.network.transport(node, { maxFrameBytes: clientFrame }),
      clock: c.clock,
      random: `${t.title}:${node}`,
      requestTimeoutMs: 5000,
      retry: { retries: 5, initialRetryTimeMs: 50, maxRetryTimeMs: 1000 },
    });
    t.teardown(() => c.settle(made.close(), 600_000).catch(() => {}));
    return made;
  };
  const tools = client('tools');
  const admin = tools.admin();
  await c.settle(admin.connect());
  await c.settle(admin.createTopics({ topics: [{ topic: 't', numPartitions: PARTITIONS, replicationFactor: 3 }] }));
  const producer = tools.producer();
  await c.settle(producer.connect());
  for (let p = 0; p < PARTITIONS; p++) {
    const messages = Array.from({ length: PER_PARTITION }, (_, i) => ({ key: `${p}-${i}`, value: VALUE, partition: p }));
    await c.settle(producer.send({ topic: 't', messages }));
  }
  return { c, client, admin };
}

/** Every record once, in order per partition. */
function checkAll(t: ExecutionContext, seen: ConsumerMessage[]): void {
  t.is(seen.length, PARTITIONS * PER_PARTITION);
  for (let p = 0; p < PARTITIONS; p++) {
    t.deepEqual(seen.filter((m) => m.partition === p).map((m) => m.offset), Array.from({ length: PER_PARTITION }, (_, i) => i), `partition ${p}`);
  }
}

test('a partition consumer with default fetch sizes reads a backlog of many partitions larger than a frame', async (t) => {
  const { c, client } = await backlog(t);
  const consumer = client('reader').partitionConsumer({ autoOffsetReset: 'earliest' });
  consumer.assign(Array.from({ length: PARTITIONS }, (_, partition) => ({ topic: 't', partition })));
  const seen: ConsumerMessage[] = [];
  for (let polls = 0; seen.length < PARTITIONS * PER_PARTITION && polls < 50; polls++) seen.push(...(await c.settle(consumer.poll({ maxWaitMs: 100 }))));
  checkAll(t, seen);
});

test('a group consumer with default fetch sizes reads a backlog of many partitions larger than a frame', async (t) => {
  const { c, client } = await backlog(t);
  const consumer = client('member').consumer({ groupId: 'g', maxWaitTimeInMs: 100 });
  const crashes: unknown[] = [];
  consumer.on(consumer.events.CRASH, ({ payload }) => crashes.push(payload.error));
  const seen: ConsumerMessage[] = [];
  await c.settle(consumer.connect());
  await c.settle(consumer.subscribe({ topics: ['t'], fromBeginning: true }));
  await c.settle(consumer.run({ eachMessage: async ({ message }) => void seen.push(message) }));
  await c.clock.runUntilTrue(() => seen.length >= PARTITIONS * PER_PARTITION || crashes.length > 0, 60_000).catch(() => {});
  t.deepEqual(crashes, []);
  checkAll(t, seen);
  await c.settle(consumer.disconnect());
});

test('a broker bounds a fetch answer by its frame whatever maxBytes asks for, the first batch still whole', async (t) => {
  const { c, admin } = await backlog(t);
  const [topic] = await c.settle(admin.fetchTopicMetadata({ topics: ['t'] }).then((m) => m.topics));
  const leader = topic!.partitions[0]!.leader;
  const led = topic!.partitions.filter((p) => p.leader === leader).map((p) => p.partitionId);
  t.true(led.length * PER_PARTITION * VALUE.length > FRAME, 'the leader has more than a frame to give');
  const api = await c.client(String(leader));
  const offsets = new Map(led.map((p) => [p, 0]));
  let fetches = 0;
  while ([...offsets.values()].some((o) => o < PER_PARTITION)) {
    const answer = await c.settle(api.call('fetch', {
      replicaId: -1, maxWaitMs: 0, minBytes: 1, maxBytes: 50 * 1024 * 1024, isolationLevel: 0,
      topics: [{ name: 't', partitions: led.map((partition) => ({ partition, currentLeaderEpoch: -1, fetchOffset: offsets.get(partition)!, logStartOffset: -1, partitionMaxBytes: 1024 * 1024 })) }],
    }));
    t.true(BROKER_CODECS.fetch.response.encode(answer).byteLength <= maxPayloadBytes(FRAME));
    let got = 0;
    for (const p of answer.topics[0]!.partitions) {
      t.is(p.errorCode, 0);
      got += p.records.length;
      for (const batch of p.records) offsets.set(p.partition, Number(new DataView(batch.buffer, batch.byteOffset).getBigInt64(0)) + new DataView(batch.buffer, batch.byteOffset).getInt32(23) + 1);
    }
    t.true(got > 0, 'every answer has data');
    fetches++;
  }
  t.true(fetches >= 2, `${fetches} fetches`);
});

test("a consumer asks for no more than its own frame holds (its brokers' frames are larger)", async (t) => {
  const { c, client } = await backlog(t, { brokerFrame: 16 * 1024 * 1024 });
  const consumer = client('reader').partitionConsumer({ autoOffsetReset: 'earliest' });
  consumer.assign(Array.from({ length: PARTITIONS }, (_, partition) => ({ topic: 't', partition })));
  const seen: ConsumerMessage[] = [];
  for (let polls = 0; seen.length < PARTITIONS * PER_PARTITION && polls < 50; polls++) seen.push(...(await c.settle(consumer.poll({ maxWaitMs: 100 }))));
  checkAll(t, seen);
});

test('each fetch starts one partition further on: partitions behind a backlog larger than a frame are not starved', async (t) => {
  const { c, client, admin } = await backlog(t);
  await c.settle(admin.createTopics({ topics: [{ topic: 'deep', numPartitions: 6, replicationFactor: 1 }] }));
  const producer = client('deep-producer').producer({ maxRequestBytes: 32 * 1024 });
  await c.settle(producer.connect());
  // Each partition holds more than its leader can send in as many fetches as it leads partitions.
  const records = 400;
  for (let p = 0; p < 6; p++) {
    await c.settle(producer.send({ topic: 'deep', messages: Array.from({ length: records }, (_, i) => ({ key: `${p}-${i}`, value: VALUE, partition: p })) }));
  }
  const [topic] = await c.settle(admin.fetchTopicMetadata({ topics: ['deep'] }).then((m) => m.topics));
  const perLeader = new Map<number, number>();
  for (const p of topic!.partitions) perLeader.set(p.leader, (perLeader.get(p.leader) ?? 0) + 1);
  const polls = Math.max(...perLeader.values());
  t.true(polls >= 2, 'some broker leads several partitions');
  const consumer = client('reader').partitionConsumer({ autoOffsetReset: 'earliest' });
  consumer.assign(Array.from({ length: 6 }, (_, partition) => ({ topic: 'deep', partition })));
  const read = new Set<number>();
  await c.settle(consumer.poll({ maxWaitMs: 0 })); // positions (ListOffsets), maybe a first fetch
  for (let i = 0; i < polls; i++) for (const m of await c.settle(consumer.poll({ maxWaitMs: 0 }))) read.add(m.partition);
  t.deepEqual([...read].sort(), [0, 1, 2, 3, 4, 5]);
});
