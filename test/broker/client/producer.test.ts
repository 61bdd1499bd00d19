import test from 'ava';
import { partitionForKey } from '../../../engine/broker/partitioner.js';
import { Partitioners, type RecordMetadata } from '../../../engine/broker/client/index.js';
import { RecordBatch } from '../../../engine/log/index.js';
import { setup, str } from './helpers.js';

test('keyed messages land on partitionForKey’s partition and keep their order per key', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('rides', 6);
  const producer = client.producer();
  await settle(producer.connect());
  const keys = ['driver-1', 'driver-2', 'driver-3', 'driver-17', 'żółw', ''];
  const sends: Array<Promise<RecordMetadata[]>> = [];
  for (let round = 0; round < 5; round++) {
    sends.push(producer.send({ topic: 'rides', messages: keys.map((key) => ({ key, value: `${key}#${round}` })) }));
  }
  await settle(Promise.all(sends));
  for (const key of keys) {
    const p = partitionForKey(key, 6);
    const values = fake.partition('rides', p).records().filter((r) => str(r.key) === key).map((r) => str(r.value));
    t.deepEqual(values, [0, 1, 2, 3, 4].map((round) => `${key}#${round}`), key);
  }
  const total = [0, 1, 2, 3, 4, 5].reduce((n, p) => n + fake.partition('rides', p).records().length, 0);
  t.is(total, keys.length * 5, 'each exactly once');
});

test("a send resolves with one RecordMetadata per partition: the offset of its own first record there", async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 2);
  const producer = client.producer({ lingerMs: 10 });
  await settle(producer.connect());
  const a = producer.send({ topic: 't', messages: [0, 1, 2].map((i) => ({ value: `a${i}`, partition: 0 })) });
  const b = producer.send({ topic: 't', messages: [{ value: 'b0', partition: 0 }, { value: 'b1', partition: 1 }, { value: 'b2', partition: 0 }] });
  t.deepEqual(await settle(a), [{ topicName: 't', partition: 0, errorCode: 0, baseOffset: 0, logAppendTime: -1, logStartOffset: 0 }]);
  t.deepEqual(
    (await settle(b)).map((m) => [m.partition, m.baseOffset]),
    [
      [0, 3],
      [1, 0],
    ],
  );
  t.is(fake.partition('t', 0).batches.length, 1, 'both sends shared one batch');
  t.deepEqual(fake.partition('t', 0).records().map((r) => str(r.value)), ['a0', 'a1', 'a2', 'b0', 'b2']);
});

test('keyless messages stick to a partition while its batch fills, and move on once it is sent (KIP-480)', async (t) => {
  const { fake, client, clock, settle } = await setup(t);
  fake.createTopic('events', 6);
  const producer = client.producer({ lingerMs: 5 });
  await settle(producer.connect());
  const burst = await settle(producer.send({ topic: 'events', messages: Array.from({ length: 20 }, (_, i) => ({ value: `e${i}` })) }));
  t.is(burst.length, 1, 'one send of keyless messages goes to one partition');
  const chosen: number[] = [];
  for (let i = 0; i < 30; i++) {
    const [meta] = await settle(producer.send({ topic: 'events', messages: [{ value: `s${i}` }] }));
    chosen.push(meta!.partition);
    await clock.advance(1);
  }
  for (let i = 1; i < chosen.length; i++) t.not(chosen[i], chosen[i - 1], 'each batch sent moves the sticky partition');
  t.true(new Set(chosen).size >= 4, `spread: ${[...new Set(chosen)].join(',')}`);
});

test('records wait lingerMs to share a batch; a full batch goes at once', async (t) => {
  const { fake, client, clock, settle } = await setup(t);
  fake.createTopic('t', 1);
  const producer = client.producer({ lingerMs: 20, batchBytes: 1024 });
  await settle(producer.connect());
  const start = clock.now();
  const small = Array.from({ length: 10 }, (_, i) => producer.send({ topic: 't', messages: [{ value: `m${i}` }] }));
  await settle(Promise.all(small));
  const [first] = fake.produceRequests();
  t.is(fake.produceRequests().length, 1, 'ten sends, one request');
  t.true(first!.at - start >= 20, 'after the linger');
  t.is(new RecordBatch(fake.partition('t', 0).batches[0]!).recordCount, 10);

  const before = fake.produceRequests().length;
  const sentAt = clock.now();
  const big = producer.send({ topic: 't', messages: Array.from({ length: 9 }, () => ({ value: 'x'.repeat(300) })) });
  await clock.advance(5);
  const early = fake.produceRequests().slice(before);
  t.true(early.length >= 1 && early.every((r) => r.at - sentAt < 20), 'full batches did not wait for the linger');
  await settle(big);
  const sizes = fake.partition('t', 0).batches.slice(1).map((b) => b.length);
  t.true(sizes.length >= 3 && sizes.every((n) => n <= 1024), `batches of at most batchBytes: ${sizes.join(',')}`);
  t.is(sizes.reduce((n, _, i) => n + new RecordBatch(fake.partition('t', 0).batches[i + 1]!).recordCount, 0), 9);
});

test('one request per broker carries the batches of every partition it leads', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 6); // partition p led by broker (p % 3) + 1
  const producer = client.producer();
  await settle(producer.connect());
  await settle(producer.send({ topic: 't', messages: Array.from({ length: 6 }, (_, p) => ({ value: `v${p}`, partition: p })) }));
  const requests = fake.produceRequests();
  t.deepEqual(requests.map((r) => r.node).sort(), [1, 2, 3]);
  for (const r of requests) {
    const partitions = r.request.topics.flatMap((x: { partitions: Array<{ partition: number }> }) => x.partitions.map((p) => p.partition)).sort();
    t.deepEqual(partitions, [r.node - 1, r.node + 2]);
  }
});

test('at most maxInFlightRequests produce requests wait at one broker', async (t) => {
  const { fake, client, clock, settle } = await setup(t);
  fake.createTopic('t', 3, [1, 1, 1]);
  fake.produceDelayMs = 50;
  const producer = client.producer({ lingerMs: 0, maxInFlightRequests: 2 });
  await settle(producer.connect());
  // Each partition's first batch travels alone (idempotence): get those acknowledged first.
  await settle(producer.send({ topic: 't', messages: [0, 1, 2].map((partition) => ({ value: 'first', partition })) }));
  const sends: Array<Promise<unknown>> = [];
  for (let i = 0; i < 12; i++) {
    sends.push(producer.send({ topic: 't', messages: [{ value: `${i}`, partition: i % 3 }] }));
    await clock.advance(2);
  }
  await settle(Promise.all(sends));
  t.is(fake.maxConcurrentProduce, 2);
  const values = [0, 1, 2].map((p) => fake.partition('t', p).records().slice(1).map((r) => Number(str(r.value))));
  for (const [p, list] of values.entries()) t.deepEqual(list, [...list].sort((a, b) => a - b), `partition ${p} in order`);
});

test('compression none, gzip and snappy (and lz4 where it loads) is the batch codec the broker stores', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 1);
  const producer = client.producer();
  await settle(producer.connect());
  const { isCompressionSupported, COMPRESSION_IDS } = await import('../../../engine/log/index.js');
  const codecs = (['none', 'gzip', 'snappy', 'lz4'] as const).filter((c) => isCompressionSupported(COMPRESSION_IDS[c]));
  for (const compression of codecs) {
    await settle(producer.send({ topic: 't', compression, messages: [{ value: `${compression} `.repeat(50) }, { value: compression }] }));
  }
  const batches = fake.partition('t', 0).batches.map((b) => new RecordBatch(b));
  t.deepEqual(batches.map((b) => b.compression), codecs);
  t.deepEqual(batches.flatMap((b) => [...b.records()].map((r) => str(r.value)!.trim().split(' ')[0])), codecs.flatMap((c) => [c, c]));
});

test('acks 0 and 1 need idempotent: false; acks 0 gives no offsets', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 1);
  const idempotent = client.producer();
  await settle(idempotent.connect());
  await t.throwsAsync(settle(idempotent.send({ topic: 't', acks: 1, messages: [{ value: 'x' }] })), { code: 'BAD_ARGUMENTS', message: /idempotent/ });
  const plain = client.producer({ idempotent: false });
  await settle(plain.connect());
  const [one] = await settle(plain.send({ topic: 't', acks: 1, messages: [{ value: 'a' }] }));
  t.is(one!.baseOffset, 0);
  const [none] = await settle(plain.send({ topic: 't', acks: 0, messages: [{ value: 'b' }] }));
  t.is(none!.baseOffset, -1);
  t.deepEqual(fake.partition('t', 0).records().map((r) => str(r.value)), ['a', 'b']);
  const batch = new RecordBatch(fake.partition('t', 0).batches[0]!);
  t.is(batch.producerId, -1, 'no producer id without idempotence');
  t.is(batch.baseSequence, -1);
});

test('bad sends fail alone, with typed errors, before anything is sent', async (t) => {
  const { fake, client, settle } = await setup(t, { retry: { retries: 1, initialRetryTimeMs: 10, maxRetryTimeMs: 10 } });
  fake.createTopic('t', 2);
  const producer = client.producer();
  await t.throwsAsync(settle(producer.send({ topic: 't', messages: [{ value: 'x' }] })), { code: 'INVALID_STATE', message: /connect/ });
  await settle(producer.connect());
  const cases: Array<[unknown, string]> = [
    [{ topic: 't', messages: [] }, 'BAD_ARGUMENTS'],
    [{ topic: '', messages: [{ value: 'x' }] }, 'BAD_ARGUMENTS'],
    [{ topic: 't', acks: 2, messages: [{ value: 'x' }] }, 'INVALID_REQUIRED_ACKS'],
    [{ topic: 't', compression: 'brotli', messages: [{ value: 'x' }] }, 'UNSUPPORTED_COMPRESSION'],
    [{ topic: 't', messages: [{ value: 42 }] }, 'BAD_ARGUMENTS'],
    [{ topic: 't', messages: [{ value: 'x', headers: { h: 7 } }] }, 'BAD_ARGUMENTS'],
    [{ topic: 't', messages: [{ value: 'x', timestamp: 1.5 }] }, 'BAD_ARGUMENTS'],
    [{ topic: 't', messages: [{ value: 'x', partition: 2 }] }, 'BAD_ARGUMENTS'],
    [{ topic: 't', messages: [{ value: 'x', partition: -1 }] }, 'BAD_ARGUMENTS'],
    [{ topic: 'nope', messages: [{ value: 'x' }] }, 'UNKNOWN_TOPIC_OR_PARTITION'],
  ];
  for (const [record, code] of cases) await t.throwsAsync(settle(producer.send(record as never)), { code }, JSON.stringify(record));
  t.is(fake.produceRequests().length, 0);
  t.is(fake.partition('t', 0).records().length + fake.partition('t', 1).records().length, 0);
  // The producer is still fine.
  t.is((await settle(producer.send({ topic: 't', messages: [{ value: 'ok', partition: 1 }] })))[0]!.baseOffset, 0);
});

test('disconnect delivers what was sent, then refuses more', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 1);
  const producer = client.producer({ lingerMs: 60_000 });
  await settle(producer.connect());
  const pending = producer.send({ topic: 't', messages: [{ value: 'last words' }] });
  await settle(producer.disconnect(), 1000);
  t.is((await pending)[0]!.baseOffset, 0);
  t.deepEqual(fake.partition('t', 0).records().map((r) => str(r.value)), ['last words']);
  await t.throwsAsync(producer.send({ topic: 't', messages: [{ value: 'x' }] }), { code: 'INVALID_STATE' });
});

test('createPartitioner: round-robin, or a custom one (whose bad answer fails the send)', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 3);
  const rr = client.producer({ createPartitioner: Partitioners.RoundRobinPartitioner });
  await settle(rr.connect());
  const results = await settle(rr.send({ topic: 't', messages: Array.from({ length: 6 }, (_, i) => ({ key: 'same', value: `${i}` })) }));
  t.deepEqual(results.map((m) => m.partition).sort(), [0, 1, 2]);
  t.deepEqual([0, 1, 2].map((p) => fake.partition('t', p).records().map((r) => str(r.value))), [['0', '3'], ['1', '4'], ['2', '5']]);

  const custom = client.producer({ createPartitioner: () => ({ partition: ({ key }) => (key && str(key) === 'bad' ? 7 : 2) }) });
  await settle(custom.connect());
  t.deepEqual((await settle(custom.send({ topic: 't', messages: [{ key: 'a', value: 'c' }] }))).map((m) => m.partition), [2]);
  await t.throwsAsync(settle(custom.send({ topic: 't', messages: [{ key: 'bad', value: 'x' }] })), { code: 'BAD_ARGUMENTS', message: /partitioner/ });
});
