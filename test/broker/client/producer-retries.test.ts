import test from 'ava';
import { kafkaCodeOf, NotEnoughReplicasError, ProducerFencedError, RecordTooLargeError } from '../../../engine/errors/index.js';
import { RecordBatch } from '../../../engine/log/index.js';
import { Random } from '../../../engine/time/index.js';
import { setup, str } from './helpers.js';

const code = kafkaCodeOf;

const values = (records: Array<{ value: Uint8Array | null }>) => records.map((r) => str(r.value));

test('NOT_LEADER_OR_FOLLOWER: the producer refreshes its metadata and sends to the new leader', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 1, [1]);
  const producer = client.producer();
  await settle(producer.connect());
  await settle(producer.send({ topic: 't', messages: [{ value: 'before' }] }));
  fake.moveLeader('t', 0, 3);
  const metadataBefore = fake.requests.filter((r) => r.api === 'metadata').length;
  const [meta] = await settle(producer.send({ topic: 't', messages: [{ value: 'after' }] }));
  t.is(meta!.baseOffset, 1);
  t.deepEqual(fake.produceRequests().map((r) => r.node), [1, 1, 3], 'refused by the old leader, then sent to the new one');
  t.true(fake.requests.filter((r) => r.api === 'metadata').length > metadataBefore);
  t.deepEqual(values(fake.partition('t', 0).records()), ['before', 'after']);
});

test('idempotence: a batch written but answered with a retriable error is retried with the same sequence and not written twice', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 1);
  const producer = client.producer();
  await settle(producer.connect());
  fake.fail({ api: 'produce', topic: 't', afterWrite: true, errorCode: code('NOT_ENOUGH_REPLICAS_AFTER_APPEND') });
  const [meta] = await settle(producer.send({ topic: 't', messages: [{ value: 'once' }, { value: 'only' }] }));
  t.is(meta!.baseOffset, 0, 'the offset of the first write');
  t.is(fake.produceRequests().length, 2, 'it was sent twice');
  const sent = fake.produceRequests().map((r) => new RecordBatch(r.request.topics[0].partitions[0].records));
  t.deepEqual(sent.map((b) => [b.producerId, b.producerEpoch, b.baseSequence]), [[1000, 0, 0], [1000, 0, 0]], 'with the same id, epoch and sequence');
  t.deepEqual(values(fake.partition('t', 0).records()), ['once', 'only'], 'and stored once');
});

test('without idempotence the same retry writes the records twice (the case idempotence exists for)', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 1);
  const producer = client.producer({ idempotent: false });
  await settle(producer.connect());
  fake.fail({ api: 'produce', topic: 't', afterWrite: true, errorCode: code('NOT_ENOUGH_REPLICAS_AFTER_APPEND') });
  await settle(producer.send({ topic: 't', messages: [{ value: 'twice' }] }));
  t.deepEqual(values(fake.partition('t', 0).records()), ['twice', 'twice']);
});

test('idempotence: a connection lost after the write (the answer never came) is retried without a duplicate', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 2, [2, 2]);
  const producer = client.producer();
  await settle(producer.connect());
  fake.fail({ api: 'produce', drop: 'after', topic: 't' });
  const results = await settle(producer.send({ topic: 't', messages: [{ value: 'a', partition: 0 }, { value: 'b', partition: 1 }] }));
  t.deepEqual(results.map((m) => [m.partition, m.baseOffset]), [[0, 0], [1, 0]]);
  t.deepEqual(values(fake.partition('t', 0).records()), ['a']);
  t.deepEqual(values(fake.partition('t', 1).records()), ['b']);
  const sent = fake.produceRequests().flatMap((r) => r.request.topics[0].partitions.map((p: { partition: number; records: Uint8Array }) => [p.partition, new RecordBatch(p.records).baseSequence]));
  t.deepEqual(sent.sort(), [[0, 0], [0, 0], [1, 0], [1, 0]], 'each batch sent twice, with its sequence');
});

test('idempotence: with five requests in flight and the first refused, the later ones (OUT_OF_ORDER_SEQUENCE_NUMBER) follow it in order, each once', async (t) => {
  const { fake, client, clock, settle } = await setup(t);
  fake.createTopic('t', 1);
  fake.produceDelayMs = 10;
  const producer = client.producer({ lingerMs: 0 });
  await settle(producer.connect());
  await settle(producer.send({ topic: 't', messages: [{ value: 'warm-up' }] }));
  fake.fail({ api: 'produce', topic: 't', errorCode: code('NOT_ENOUGH_REPLICAS') });
  const sends: Array<Promise<unknown>> = [];
  for (let i = 0; i < 20; i++) {
    sends.push(producer.send({ topic: 't', messages: [{ value: `m${i}` }] }));
    await clock.advance(1);
  }
  await settle(Promise.all(sends));
  t.is(fake.maxConcurrentProduce, 5, 'the pipeline was full');
  t.deepEqual(values(fake.partition('t', 0).records()), ['warm-up', ...Array.from({ length: 20 }, (_, i) => `m${i}`)]);
  const batches = fake.partition('t', 0).batches.map((b) => new RecordBatch(b));
  const sequences = batches.map((b) => b.baseSequence);
  t.deepEqual(sequences, [...sequences].sort((a, b) => a - b), 'stored in sequence order');
  t.true(fake.produceRequests().length > batches.length + 1, 'later batches were refused and sent again');
});

test("idempotence: a partition's first batch travels alone, so a broker that does not know the producer yet cannot take a later one first", async (t) => {
  const { fake, client, clock, settle } = await setup(t);
  fake.createTopic('t', 1);
  fake.createTopic('other', 1, [2]);
  const producer = client.producer({ lingerMs: 0 });
  await settle(producer.connect());
  await settle(producer.send({ topic: 'other', messages: [{ value: 'gets the producer id' }] }));
  fake.produceDelayMs = 10;
  fake.fail({ api: 'produce', topic: 't', errorCode: code('NOT_ENOUGH_REPLICAS') });
  const sends: Array<Promise<unknown>> = [];
  for (let i = 0; i < 6; i++) {
    sends.push(producer.send({ topic: 't', messages: [{ value: `m${i}` }] }));
    await clock.advance(2);
  }
  await settle(Promise.all(sends));
  t.deepEqual(values(fake.partition('t', 0).records()), ['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
  t.is(fake.maxConcurrentProduce, 1, 'nothing went with the first batch while it was unanswered');
});

test('UNKNOWN_PRODUCER_ID: the producer bumps its epoch with InitProducerId(id, epoch) (KIP-360) and numbers from 0', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 1);
  const producer = client.producer();
  await settle(producer.connect());
  await settle(producer.send({ topic: 't', messages: [{ value: 'a' }] }));
  t.deepEqual(producer.identity, { producerId: 1000, producerEpoch: 0 });
  fake.partition('t', 0).forgetProducers();
  await settle(producer.send({ topic: 't', messages: [{ value: 'b' }] }));
  const inits = fake.requests.filter((r) => r.api === 'initProducerId').map((r) => [r.request.producerId, r.request.producerEpoch]);
  t.deepEqual(inits, [[-1, -1], [1000, 0]]);
  t.deepEqual(producer.identity, { producerId: 1000, producerEpoch: 1 });
  const stored = fake.partition('t', 0).batches.map((b) => new RecordBatch(b));
  t.deepEqual(stored.map((b) => [b.producerEpoch, b.baseSequence]), [[0, 0], [1, 0]]);
  t.deepEqual(values(fake.partition('t', 0).records()), ['a', 'b']);
});

test('a batch refused for good fails its send; the epoch is bumped so the batches after it still go', async (t) => {
  const { fake, client, clock, settle } = await setup(t);
  fake.createTopic('t', 1);
  fake.produceDelayMs = 10;
  const producer = client.producer({ lingerMs: 0 });
  await settle(producer.connect());
  await settle(producer.send({ topic: 't', messages: [{ value: 'first' }] }));
  fake.fail({ api: 'produce', topic: 't', errorCode: code('RECORD_TOO_LARGE') });
  const doomed = producer.send({ topic: 't', messages: [{ value: 'doomed' }] }).catch((e: unknown) => e);
  await clock.advance(1);
  const later = [producer.send({ topic: 't', messages: [{ value: 'later-1' }] })];
  await clock.advance(1);
  later.push(producer.send({ topic: 't', messages: [{ value: 'later-2' }] }));
  t.true((await settle(doomed)) instanceof RecordTooLargeError);
  await settle(Promise.all(later));
  t.deepEqual(values(fake.partition('t', 0).records()), ['first', 'later-1', 'later-2']);
  t.is(producer.identity!.producerEpoch, 1);
});

test('a partition that must start a new epoch first settles its batch of unknown outcome under the old stamp: retried, recognised, stored once', async (t) => {
  const { fake, client, clock, settle } = await setup(t);
  fake.createTopic('t', 1);
  fake.produceDelayMs = 10;
  const producer = client.producer({ lingerMs: 0 });
  await settle(producer.connect());
  await settle(producer.send({ topic: 't', messages: [{ value: 'first' }] }));
  // The next batch fails for good, so the partition asks for a new epoch; the one after it was
  // written, but its answer is lost with the connection.
  fake.fail({ api: 'produce', topic: 't', afterWrite: true, errorCode: code('RECORD_TOO_LARGE') });
  fake.fail({ api: 'produce', topic: 't', drop: 'after' });
  const failed = producer.send({ topic: 't', messages: [{ value: 'failed' }] }).catch((e: unknown) => e);
  await clock.advance(1);
  const lost = producer.send({ topic: 't', messages: [{ value: 'answer lost' }] });
  t.true((await settle(failed)) instanceof RecordTooLargeError);
  const [meta] = await settle(lost);
  t.is(meta!.baseOffset, 2, "the original write's offset");
  await settle(producer.send({ topic: 't', messages: [{ value: 'after' }] }));
  const sent = fake.produceRequests().map((r) => new RecordBatch(r.request.topics[0].partitions[0].records));
  const lostSends = sent.filter((b) => b.baseSequence === 2 && b.producerEpoch === 0);
  t.is(lostSends.length, 2, 'the lost one was sent again with its own epoch and sequence');
  t.is(producer.identity!.producerEpoch, 1, 'the epoch was bumped for what came after');
  t.deepEqual(values(fake.partition('t', 0).records()), ['first', 'failed', 'answer lost', 'after'], 'each once');
});

test('unresolved: a batch of unknown outcome that ran out of delivery time is settled by a later batch acknowledged: the numbering goes on in the same epoch', async (t) => {
  const { fake, client, clock, settle } = await setup(t, { retry: { retries: 5, initialRetryTimeMs: 50, maxRetryTimeMs: 100 } });
  fake.createTopic('t', 1);
  const producer = client.producer({ lingerMs: 0, deliveryTimeoutMs: 1000 });
  await settle(producer.connect());
  await settle(producer.send({ topic: 't', messages: [{ value: 'warm-up' }] }));
  fake.produceDelayMs = 100;
  // A is written, but its answer says otherwise; B, in flight with it, is acknowledged.
  fake.fail({ api: 'produce', topic: 't', afterWrite: true, errorCode: code('NOT_LEADER_OR_FOLLOWER') });
  const a = producer.send({ topic: 't', messages: [{ value: 'A' }] }).catch((e: unknown) => e);
  await clock.advance(50);
  await settle(producer.send({ topic: 't', messages: [{ value: 'B' }] }));
  // A's retries are refused until its delivery timeout: it fails, its outcome unknown to the producer.
  fake.fail({ api: 'produce', topic: 't', errorCode: code('NOT_LEADER_OR_FOLLOWER'), times: 1000 });
  t.true((await settle(a)) instanceof Error);
  fake.clearFaults();
  await settle(producer.send({ topic: 't', messages: [{ value: 'C' }] }));
  t.is(fake.requests.filter((r) => r.api === 'initProducerId').length, 1, 'no new epoch');
  const stored = fake.partition('t', 0).batches.map((b) => new RecordBatch(b));
  t.deepEqual(stored.map((b) => [b.producerEpoch, b.baseSequence]), [[0, 0], [0, 1], [0, 2], [0, 3]]);
  t.deepEqual(values(fake.partition('t', 0).records()), ['warm-up', 'A', 'B', 'C']);
});

test('a batch of unknown outcome that the leader answers OUT_OF_ORDER_SEQUENCE_NUMBER is not in its log: it is renumbered under the new epoch and goes in once', async (t) => {
  const { fake, client, clock, settle } = await setup(t, { requestTimeoutMs: 300 });
  fake.createTopic('t', 1);
  fake.produceDelayMs = 10;
  const producer = client.producer({ lingerMs: 0 });
  await settle(producer.connect());
  await settle(producer.send({ topic: 't', messages: [{ value: 'warm-up' }] }));
  // A is refused for good (a gap: the partition must start a new epoch); B, sent behind it, is
  // never answered, so it may have been written: it is sent again under its old stamp first.
  fake.fail({ api: 'produce', topic: 't', errorCode: code('RECORD_TOO_LARGE') });
  const a = producer.send({ topic: 't', messages: [{ value: 'A' }] }).catch((e: unknown) => e);
  await clock.advance(1);
  fake.fail({ api: 'produce', drop: 'hang' });
  const b = producer.send({ topic: 't', messages: [{ value: 'B' }] });
  t.true((await settle(a)) instanceof RecordTooLargeError);
  await settle(b);
  const sent = fake.produceRequests().map((r) => new RecordBatch(r.request.topics[0].partitions[0].records));
  t.deepEqual(sent.map((x) => [x.producerEpoch, x.baseSequence]), [[0, 0], [0, 1], [0, 2], [0, 2], [1, 0]], 'unanswered, refused as out of order, renumbered');
  t.deepEqual(values(fake.partition('t', 0).records()), ['warm-up', 'B']);
});

test('unresolved: no new batch is numbered while a batch numbered after the lost one is unanswered', async (t) => {
  const { fake, client, clock, settle } = await setup(t, { requestTimeoutMs: 975, retry: { retries: 5, initialRetryTimeMs: 5, maxRetryTimeMs: 10 } });
  fake.createTopic('t', 1);
  const producer = client.producer({ lingerMs: 0, deliveryTimeoutMs: 1000 });
  await settle(producer.connect());
  await settle(producer.send({ topic: 't', messages: [{ value: 'warm-up' }] }));
  fake.produceDelayMs = 100;
  // A is written but answered otherwise; B, sent 50 ms behind it, is never answered (its request
  // times out after 975 ms, just after A's delivery timeout ends: A waited for B to land before
  // its retry). B's retry then goes in.
  fake.fail({ api: 'produce', topic: 't', afterWrite: true, errorCode: code('NOT_LEADER_OR_FOLLOWER') });
  const a = producer.send({ topic: 't', messages: [{ value: 'A' }] }).catch((e: unknown) => e);
  await clock.advance(50);
  fake.fail({ api: 'produce', drop: 'hang' });
  const b = producer.send({ topic: 't', messages: [{ value: 'B' }] });
  t.like(await settle(a), { code: 'OPERATION_TIMEOUT' });
  const c = producer.send({ topic: 't', messages: [{ value: 'C' }] });
  await settle(Promise.all([b, c]));
  const sent = fake.produceRequests().map((r) => new RecordBatch(r.request.topics[0].partitions[0].records));
  t.deepEqual(sent.map((x) => [x.producerEpoch, x.baseSequence]), [[0, 0], [0, 1], [0, 2], [0, 2], [0, 3]], 'C waited for B, then went on in the same epoch');
  t.deepEqual(values(fake.partition('t', 0).records()), ['warm-up', 'A', 'B', 'C']);
});

test('unresolved: when no later batch was acknowledged, the partition starts a new epoch before numbering the next batch', async (t) => {
  const { fake, client, settle } = await setup(t, { requestTimeoutMs: 200, retry: { retries: 5, initialRetryTimeMs: 50, maxRetryTimeMs: 100 } });
  fake.createTopic('t', 1);
  const producer = client.producer({ lingerMs: 0, deliveryTimeoutMs: 1000 });
  await settle(producer.connect());
  await settle(producer.send({ topic: 't', messages: [{ value: 'warm-up' }] }));
  fake.fail({ api: 'produce', drop: 'hang', times: 1000 });
  await t.throwsAsync(settle(producer.send({ topic: 't', messages: [{ value: 'unknown' }] })), { code: 'OPERATION_TIMEOUT' });
  fake.clearFaults();
  const before = fake.produceRequests().length;
  await settle(producer.send({ topic: 't', messages: [{ value: 'next' }] }));
  t.is(fake.produceRequests().length, before + 1, 'sent once: numbered under the new epoch from the start');
  t.deepEqual(producer.identity, { producerId: 1000, producerEpoch: 1 });
  const stored = fake.partition('t', 0).batches.map((b) => new RecordBatch(b));
  t.deepEqual(stored.map((b) => [b.producerEpoch, b.baseSequence]), [[0, 0], [1, 0]]);
  t.deepEqual(values(fake.partition('t', 0).records()), ['warm-up', 'next']);
});

test('PRODUCER_FENCED ends the producer: that send and every later one fail with it', async (t) => {
  const { fake, client, settle } = await setup(t);
  fake.createTopic('t', 1);
  const producer = client.producer();
  await settle(producer.connect());
  fake.fail({ api: 'produce', topic: 't', errorCode: code('PRODUCER_FENCED') });
  await t.throwsAsync(settle(producer.send({ topic: 't', messages: [{ value: 'x' }] })), { instanceOf: ProducerFencedError });
  await t.throwsAsync(settle(producer.send({ topic: 't', messages: [{ value: 'y' }] })), { instanceOf: ProducerFencedError });
  t.is(fake.partition('t', 0).records().length, 0);
});

test('retriable refusals are retried with back-off, and after the retries the typed error reaches the caller', async (t) => {
  const { fake, client, clock, settle } = await setup(t, { retry: { retries: 2, initialRetryTimeMs: 100, maxRetryTimeMs: 1000 } });
  fake.createTopic('t', 1);
  const producer = client.producer();
  await settle(producer.connect());
  fake.fail({ api: 'produce', topic: 't', errorCode: code('NOT_ENOUGH_REPLICAS'), times: 10 });
  const start = clock.now();
  await t.throwsAsync(settle(producer.send({ topic: 't', messages: [{ value: 'x' }] })), { instanceOf: NotEnoughReplicasError });
  const times = fake.produceRequests().map((r) => r.at - start);
  t.is(times.length, 3, 'the first attempt and two retries');
  // Pauses of ~100 then ~200 ms (±20%).
  t.true(times[1]! - times[0]! >= 80 && times[1]! - times[0]! <= 130, `first pause ${times[1]! - times[0]!}`);
  t.true(times[2]! - times[1]! >= 160 && times[2]! - times[1]! <= 250, `second pause ${times[2]! - times[1]!}`);
});

test('a produce answer that is not a message fails the send with MALFORMED_FRAME, not a crash', async (t) => {
  const { fake, client, network, settle } = await setup(t);
  fake.createTopic('t', 1, [2]);
  const producer = client.producer();
  await settle(producer.connect());
  // broker-2's connections answer produce with garbage from now on: redirect its listener.
  const { RpcPeer, Router } = await import('../../../engine/rpc/index.js');
  const { serveBrokerApi } = await import('../../../engine/broker/api/server.js');
  const inner = new Router();
  serveBrokerApi(inner, fake.api(2));
  const router = new Router();
  for (const method of ['broker.metadata', 'broker.initProducerId']) router.handle(method, (p, c) => inner.requestHandler(method)!(p, c));
  router.handle('broker.produce', () => Uint8Array.of(0x0a, 0x09, 0x0a));
  network.crash('broker-2');
  await network.transport('broker-2').listen('broker-2', (c) => new RpcPeer(c, { clock: fake.clock, router }));
  await t.throwsAsync(settle(producer.send({ topic: 't', messages: [{ value: 'x' }] })), { code: 'MALFORMED_FRAME' });
});

/*
 * Random faults while keyed records stream in: refusals before and after the write, connections
 * dropped before and after it, requests never answered (timeouts), leaders moving; random
 * linger, pipeline depth and broker latency. Exactly once and in order per key must hold.
 */
for (const seed of [1, 2, 3, 4]) {
  test(`idempotence under random faults (seed ${seed}): every record stored exactly once, in order per key`, async (t) => {
    const { fake, client, clock, settle } = await setup(t, { requestTimeoutMs: 1000, retry: { retries: 30, initialRetryTimeMs: 10, maxRetryTimeMs: 200 } });
    const random = new Random(`chaos:${seed}`);
    fake.createTopic('t', 4);
    fake.produceDelayMs = random.int(5);
    const producer = client.producer({ lingerMs: random.int(4), batchBytes: 300, maxInFlightRequests: random.between(1, 5) });
    await settle(producer.connect());
    const sends: Array<Promise<unknown>> = [];
    for (let i = 0; i < 200; i++) {
      if (random.chance(0.1)) {
        const partition = random.int(4);
        const node = random.between(1, 3);
        const fault = random.pick(['before', 'after', 'drop-before', 'drop-after', 'hang', 'move'] as const);
        const errorCode = code(random.pick(['NOT_ENOUGH_REPLICAS', 'NOT_LEADER_OR_FOLLOWER', 'UNKNOWN_TOPIC_OR_PARTITION'] as const));
        if (fault === 'before') fake.fail({ api: 'produce', topic: 't', partition, errorCode });
        if (fault === 'after') fake.fail({ api: 'produce', topic: 't', partition, afterWrite: true, errorCode: code('NOT_ENOUGH_REPLICAS_AFTER_APPEND') });
        if (fault === 'drop-before') fake.fail({ api: 'produce', node, drop: 'before' });
        if (fault === 'drop-after') fake.fail({ api: 'produce', topic: 't', partition, drop: 'after' });
        if (fault === 'hang') fake.fail({ api: 'produce', node, drop: 'hang' });
        if (fault === 'move') fake.moveLeader('t', partition, node);
      }
      const key = `k${random.int(12)}`;
      sends.push(producer.send({ topic: 't', messages: [{ key, value: `${key}:${i}` }] }));
      if (random.chance(0.5)) await clock.advance(random.int(3));
    }
    await settle(Promise.all(sends));
    const stored = [0, 1, 2, 3].flatMap((p) => values(fake.partition('t', p).records()));
    t.is(stored.length, 200, 'no record lost or duplicated');
    t.is(new Set(stored).size, 200);
    const byKey = new Map<string, number[]>();
    for (const v of stored) {
      const [key, i] = v!.split(':');
      byKey.set(key!, [...(byKey.get(key!) ?? []), Number(i)]);
    }
    for (const [key, order] of byKey) t.deepEqual(order, [...order].sort((a, b) => a - b), `order of ${key}`);
  });
}
