import test from 'ava';
import { kafkaCodeOf as code, OffsetOutOfRangeError } from '../../../engine/errors/index.js';
import { Random } from '../../../engine/time/index.js';
import { isCompressionSupported, COMPRESSION_IDS, type CompressionName } from '../../../engine/log/index.js';
import type { ConsumerMessage } from '../../../engine/broker/client/index.js';
import { setup, str, text } from './helpers.js';

const view = (m: ConsumerMessage) => `${m.partition}@${m.offset}:${str(m.key)}=${str(m.value)}`;

/** A topic with `n` records per partition (values p-i), produced through the client. */
async function filled(t: Parameters<typeof setup>[0], partitions: number, n: number) {
  const env = await setup(t);
  env.fake.createTopic('t', partitions);
  const producer = env.client.producer();
  await env.settle(producer.connect());
  for (let p = 0; p < partitions; p++) {
    await env.settle(producer.send({ topic: 't', messages: Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: `${p}-${i}`, partition: p })) }));
  }
  return { ...env, producer };
}

test('the partition consumer reads what was produced: keys, values, headers and timestamps intact', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 2);
  const producer = client.producer();
  await settle(producer.connect());
  const sentAt = fake.clock.now();
  await settle(
    producer.send({
      topic: 't',
      messages: [
        { key: 'a', value: 'one', partition: 0, timestamp: 1_600_000_000_000, headers: { trace: 'abc', bin: Uint8Array.of(0, 255) } },
        { key: null, value: null, partition: 0, timestamp: 1_600_000_000_001, headers: [{ key: 'dup', value: 'x' }, { key: 'dup', value: 'y' }, { key: 'none', value: null }] },
        { key: text('b'), value: text('two'), partition: 1 },
      ],
    }),
  );
  const consumer = client.partitionConsumer({ autoOffsetReset: 'earliest' });
  consumer.assign([{ topic: 't', partition: 0 }, { topic: 't', partition: 1 }]);
  const messages = await settle(consumer.poll({ maxWaitMs: 10 }));
  t.deepEqual(messages.map(view), ['0@0:a=one', '0@1:null=null', '1@0:b=two']);
  const [first, second, third] = messages;
  t.is(first!.timestamp, 1_600_000_000_000);
  t.is(second!.timestamp, 1_600_000_000_001);
  t.is(third!.timestamp, sentAt, 'the producer’s clock at send when none was given');
  t.deepEqual(Object.keys(first!.headers), ['trace', 'bin']);
  t.is(str(first!.headers.trace as Uint8Array), 'abc');
  t.deepEqual([...(first!.headers.bin as Uint8Array)], [0, 255]);
  t.deepEqual((second!.headers.dup as Uint8Array[]).map(str), ['x', 'y'], 'a repeated header key gives an array, in order');
  t.is(second!.headers.none, null);
  t.deepEqual(consumer.position({ topic: 't', partition: 0 }), 2);
  t.deepEqual(await settle(consumer.poll({ maxWaitMs: 10 })), [], 'nothing new');
});

test('compressed batches (gzip, snappy, lz4 where it loads) decode at the consumer', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 1);
  const producer = client.producer();
  await settle(producer.connect());
  const codecs = (['gzip', 'snappy', 'lz4'] as CompressionName[]).filter((c) => isCompressionSupported(COMPRESSION_IDS[c]));
  for (const compression of codecs) {
    await settle(producer.send({ topic: 't', compression, messages: Array.from({ length: 5 }, (_, i) => ({ key: `${compression}-${i}`, value: 'v'.repeat(100 + i) })) }));
  }
  const consumer = client.partitionConsumer({ autoOffsetReset: 'earliest' });
  consumer.assign([{ topic: 't', partition: 0 }]);
  const messages = await settle(consumer.poll({ maxWaitMs: 10 }));
  t.deepEqual(messages.map((m) => str(m.key)), codecs.flatMap((c) => [0, 1, 2, 3, 4].map((i) => `${c}-${i}`)));
  t.deepEqual(messages.map((m) => m.value!.length), codecs.flatMap(() => [100, 101, 102, 103, 104]));
  t.deepEqual(messages.map((m) => m.offset), messages.map((_, i) => i));
});

test('assign at an offset, seek back and forth, latest and earliest', async (t) => {
  const { client, producer, settle } = await filled(t, 1, 6);
  const consumer = client.partitionConsumer({ maxWaitMs: 10 });
  consumer.assign([{ topic: 't', partition: 0, offset: 4 }]);
  t.deepEqual((await settle(consumer.poll())).map((m) => m.offset), [4, 5]);
  consumer.seek({ topic: 't', partition: 0, offset: 1 });
  t.deepEqual((await settle(consumer.poll())).map((m) => m.offset), [1, 2, 3, 4, 5], 'a record in the middle of a batch is a valid start');
  consumer.seek({ topic: 't', partition: 0, offset: 'latest' });
  t.deepEqual(await settle(consumer.poll()), []);
  await settle(producer.send({ topic: 't', messages: [{ value: 'new', partition: 0 }] }));
  t.deepEqual((await settle(consumer.poll())).map((m) => str(m.value)), ['new']);
  consumer.seek({ topic: 't', partition: 0, offset: 'earliest' });
  t.is((await settle(consumer.poll())).length, 7);
  t.throws(() => consumer.seek({ topic: 't', partition: 1, offset: 0 }), { code: 'INVALID_STATE' } as never);
  t.throws(() => consumer.seek({ topic: 't', partition: 0, offset: -5 }), { code: 'BAD_ARGUMENTS' } as never);
  t.throws(() => consumer.assign([{ topic: 't', partition: 0 }, { topic: 't', partition: 0 }]), { code: 'BAD_ARGUMENTS' } as never);
});

test('without an offset, a partition starts at autoOffsetReset: latest by default, or earliest', async (t) => {
  const { client, producer, settle } = await filled(t, 1, 3);
  const latest = client.partitionConsumer({ maxWaitMs: 10 });
  latest.assign([{ topic: 't', partition: 0 }]);
  t.deepEqual(await settle(latest.poll()), []);
  t.is(latest.position({ topic: 't', partition: 0 }), 3);
  await settle(producer.send({ topic: 't', messages: [{ value: 'fresh', partition: 0 }] }));
  t.deepEqual((await settle(latest.poll())).map((m) => str(m.value)), ['fresh']);
  const earliest = client.partitionConsumer({ maxWaitMs: 10, autoOffsetReset: 'earliest' });
  earliest.assign([{ topic: 't', partition: 0 }]);
  t.is((await settle(earliest.poll())).length, 4);
});

test('OFFSET_OUT_OF_RANGE resets the position by autoOffsetReset, or is thrown with none', async (t) => {
  const { fake, client, settle } = await filled(t, 1, 6);
  fake.partition('t', 0).deleteBefore(4);
  const earliest = client.partitionConsumer({ maxWaitMs: 10, autoOffsetReset: 'earliest' });
  earliest.assign([{ topic: 't', partition: 0, offset: 1 }]);
  t.deepEqual(await settle(earliest.poll()), [], 'the out-of-range answer');
  t.deepEqual((await settle(earliest.poll())).map((m) => m.offset), [4, 5], 'then from the new log start');
  const latest = client.partitionConsumer({ maxWaitMs: 10, autoOffsetReset: 'latest' });
  latest.assign([{ topic: 't', partition: 0, offset: 99 }]);
  await settle(latest.poll());
  await settle(latest.poll());
  t.is(latest.position({ topic: 't', partition: 0 }), 6);
  const strict = client.partitionConsumer({ maxWaitMs: 10, autoOffsetReset: 'none' });
  strict.assign([{ topic: 't', partition: 0, offset: 2 }]);
  await t.throwsAsync(settle(strict.poll()), { instanceOf: OffsetOutOfRangeError });
  t.is(strict.position({ topic: 't', partition: 0 }), 2, 'the position stays');
});

test('a leader change: the consumer refreshes its metadata and goes on at the new leader from the same offset', async (t) => {
  const { fake, client, producer, settle } = await filled(t, 1, 3);
  const consumer = client.partitionConsumer({ maxWaitMs: 10, autoOffsetReset: 'earliest' });
  consumer.assign([{ topic: 't', partition: 0 }]);
  t.is((await settle(consumer.poll())).length, 3);
  fake.moveLeader('t', 0, 2);
  await settle(producer.send({ topic: 't', messages: [{ value: 'at-new-leader', partition: 0 }] }));
  const seen: ConsumerMessage[] = [];
  for (let i = 0; i < 5 && seen.length === 0; i++) seen.push(...(await settle(consumer.poll())));
  t.deepEqual(seen.map(view), ['0@3:null=at-new-leader']);
  const fetches = fake.requests.filter((r) => r.api === 'fetch').map((r) => r.node);
  t.is(fetches[0], 1);
  t.is(fetches.at(-1), 2);
  // A new epoch at the same leader: the consumer's older epoch is fenced, refreshed, and reading goes on.
  fake.moveLeader('t', 0, 2);
  await settle(producer.send({ topic: 't', messages: [{ value: 'new-epoch', partition: 0 }] }));
  const after: ConsumerMessage[] = [];
  for (let i = 0; i < 5 && after.length === 0; i++) after.push(...(await settle(consumer.poll())));
  t.deepEqual(after.map((m) => str(m.value)), ['new-epoch']);
  const last = fake.requests.filter((r) => r.api === 'fetch').at(-1)!;
  t.is(last.request.topics[0].partitions[0].currentLeaderEpoch, 2);
});

test('a poll waits up to maxWaitMs for data, and returns as soon as some arrives', async (t) => {
  const { client, producer, clock, settle } = await filled(t, 1, 0 + 1);
  const consumer = client.partitionConsumer({ autoOffsetReset: 'latest' });
  consumer.assign([{ topic: 't', partition: 0 }]);
  await settle(consumer.poll({ maxWaitMs: 10 }));
  let start = clock.now();
  t.deepEqual(await settle(consumer.poll({ maxWaitMs: 300 })), []);
  t.true(clock.now() - start >= 300);
  start = clock.now();
  const polling = consumer.poll({ maxWaitMs: 5000 });
  clock.setTimer(50, () => void producer.send({ topic: 't', messages: [{ value: 'wake', partition: 0 }] }));
  t.deepEqual((await settle(polling)).map((m) => str(m.value)), ['wake']);
  t.true(clock.now() - start < 200);
});

test('the async iterator yields messages across polls and ends on abort or close', async (t) => {
  const { client, producer, clock, settle } = await filled(t, 2, 5);
  const consumer = client.partitionConsumer({ maxWaitMs: 50, autoOffsetReset: 'earliest' });
  consumer.assign([{ topic: 't', partition: 0 }, { topic: 't', partition: 1 }]);
  const abort = new AbortController();
  const got: string[] = [];
  const reading = (async () => {
    for await (const m of consumer.messages({ signal: abort.signal })) {
      got.push(str(m.value)!);
      if (got.length === 12) abort.abort();
    }
  })();
  clock.setTimer(100, () => void producer.send({ topic: 't', messages: [{ value: 'late-0', partition: 0 }, { value: 'late-1', partition: 1 }] }));
  await settle(reading);
  t.is(got.length, 12);
  t.deepEqual(got.filter((v) => v.startsWith('0-')), ['0-0', '0-1', '0-2', '0-3', '0-4']);
  t.true(got.includes('late-0') && got.includes('late-1'));

  const waiting = (async () => {
    const rest: string[] = [];
    for await (const m of consumer) rest.push(str(m.value)!);
    return rest;
  })();
  clock.setTimer(20, () => void consumer.close());
  t.deepEqual(await settle(waiting), []);
  await t.throwsAsync(consumer.poll(), { code: 'INVALID_STATE' });
});

test('one poll at a time; a corrupt batch is CORRUPT_RECORD and the position stays', async (t) => {
  const { fake, client, settle } = await filled(t, 1, 3);
  const consumer = client.partitionConsumer({ maxWaitMs: 10, autoOffsetReset: 'earliest' });
  consumer.assign([{ topic: 't', partition: 0 }]);
  const first = consumer.poll();
  await t.throwsAsync(consumer.poll(), { code: 'INVALID_STATE' });
  await settle(first);
  consumer.seek({ topic: 't', partition: 0, offset: 0 });
  const stored = fake.partition('t', 0).batches[0]!;
  stored[stored.length - 1]! ^= 0xff; // a bit flipped inside the CRC's range
  await t.throwsAsync(settle(consumer.poll()), { code: 'CORRUPT_RECORD' });
  t.is(consumer.position({ topic: 't', partition: 0 }), 0);
});

/*
 * Reading while records arrive and the fetch path misbehaves: refusals that mean the leader
 * moved, dropped connections, fetches never answered, leaders actually moving. Every record is
 * read once, in order, per partition.
 */
for (const seed of [1, 2]) {
  test(`reading through random fetch faults and leader moves (seed ${seed}): each record once, in order`, async (t) => {
    const { fake, client, clock, settle } = await setup(t, { requestTimeoutMs: 1000, retry: { retries: 30, initialRetryTimeMs: 10, maxRetryTimeMs: 200 } });
    const random = new Random(`consumer-chaos:${seed}`);
    fake.createTopic('t', 3);
    const producer = client.producer({ lingerMs: 1 });
    await settle(producer.connect());
    const consumer = client.partitionConsumer({ autoOffsetReset: 'earliest', maxWaitMs: 20, maxBytesPerPartition: 500 });
    consumer.assign([0, 1, 2].map((partition) => ({ topic: 't', partition })));
    const got: string[] = [];
    const abort = new AbortController();
    const reading = (async () => {
      for await (const m of consumer.messages({ signal: abort.signal })) {
        got.push(`${m.partition}:${str(m.value)}`);
        if (got.length === 150) abort.abort();
      }
    })();
    for (let i = 0; i < 150; i++) {
      if (random.chance(0.1)) {
        const partition = random.int(3);
        const node = random.between(1, 3);
        const fault = random.pick(['code', 'drop', 'hang', 'move'] as const);
        const errorCode = code(random.pick(['NOT_LEADER_OR_FOLLOWER', 'UNKNOWN_TOPIC_OR_PARTITION', 'FENCED_LEADER_EPOCH', 'LEADER_NOT_AVAILABLE'] as const));
        if (fault === 'code') fake.fail({ api: 'fetch', topic: 't', partition, errorCode });
        if (fault === 'drop') fake.fail({ api: 'fetch', node, drop: 'before' });
        if (fault === 'hang') fake.fail({ api: 'fetch', node, drop: 'hang' });
        if (fault === 'move') fake.moveLeader('t', partition, node);
      }
      void producer.send({ topic: 't', messages: [{ value: `${i}`, partition: i % 3 }] });
      if (random.chance(0.5)) await clock.advance(random.int(4));
    }
    await settle(reading);
    for (const p of [0, 1, 2]) {
      const read = got.filter((g) => g.startsWith(`${p}:`)).map((g) => Number(g.split(':')[1]));
      t.deepEqual(read, Array.from({ length: 50 }, (_, j) => j * 3 + p), `partition ${p}`);
    }
  });
}
