import test from 'ava';
import fc from 'fast-check';
import { BROKER_API_NAMES, BROKER_CODECS } from '../../../engine/broker/api/codec.js';
import { API_MESSAGES } from '../../../engine/broker/api/messages.js';
import { logkeeper } from '../../../engine/broker/api/generated/broker.js';
import { arbitraryOf, plain } from './arbitrary.js';
import { SAMPLES } from './samples.js';

const pb = logkeeper.broker;
const sides = ['request', 'response'] as const;

test('every API has a request and a response codec, in the order of BrokerApi', (t) => {
  t.deepEqual(BROKER_API_NAMES, Object.keys(SAMPLES));
  t.deepEqual(Object.keys(BROKER_CODECS), Object.keys(API_MESSAGES));
});

for (const api of BROKER_API_NAMES) {
  for (const side of sides) {
    test(`${api} ${side}: the written-out sample survives encode and decode exactly`, (t) => {
      const codec = BROKER_CODECS[api][side] as { encode(v: unknown): Uint8Array; decode(b: Uint8Array): unknown };
      const sample = SAMPLES[api][side];
      t.deepEqual(plain(codec.decode(codec.encode(sample))), plain(sample));
    });

    test(`${api} ${side}: generated values of every field round-trip`, (t) => {
      const codec = BROKER_CODECS[api][side] as { encode(v: unknown): Uint8Array; decode(b: Uint8Array): unknown };
      fc.assert(
        fc.property(arbitraryOf(API_MESSAGES[api][side]), (value) => {
          t.deepEqual(plain(codec.decode(codec.encode(value))), plain(value));
        }),
        { numRuns: 60 },
      );
    });
  }
}

test('nulls and empties stay apart: topics null (all) vs [] (none), a null config value vs ""', (t) => {
  const { metadata, createPartitions, alterConfigs } = BROKER_CODECS;
  t.is(metadata.request.decode(metadata.request.encode({ topics: null, allowAutoTopicCreation: false })).topics, null);
  t.deepEqual(metadata.request.decode(metadata.request.encode({ topics: [], allowAutoTopicCreation: false })).topics, []);
  const partitions = createPartitions.request.decode(createPartitions.request.encode(SAMPLES.createPartitions.request));
  t.deepEqual(partitions.topics.map((x) => x.assignments), [null, [[1, 2], []], []]);
  const configs = alterConfigs.request.decode(alterConfigs.request.encode(SAMPLES.alterConfigs.request)).resources[0]!.configs;
  t.deepEqual(configs, [{ name: 'retention.ms', value: '1000' }, { name: 'x', value: '' }]);
});

test('records travel as the very bytes given; a fetch answer keeps one entry per stored batch', (t) => {
  const { produce, fetch } = BROKER_CODECS;
  const records = SAMPLES.produce.request.topics[0]!.partitions[0]!.records;
  const decoded = produce.request.decode(produce.request.encode(SAMPLES.produce.request));
  t.deepEqual([...decoded.topics[0]!.partitions[0]!.records], [...records]);
  const answer = fetch.response.decode(fetch.response.encode(SAMPLES.fetch.response));
  t.is(answer.topics[0]!.partitions[0]!.records.length, 2);
  t.deepEqual([...answer.topics[0]!.partitions[0]!.records[1]!], [...records]);
});

test('values in range but wrong for the API decode as they are, for the server to refuse with Kafka codes', (t) => {
  const { produce, createTopics, fetch } = BROKER_CODECS;
  const acks = produce.request.decode(produce.request.encode({ ...SAMPLES.produce.request, acks: 2 as never }));
  t.is(acks.acks as number, 2);
  const topics = createTopics.request.decode(
    createTopics.request.encode({ topics: [{ name: 'x', numPartitions: -5, replicationFactor: 0, assignments: [], configs: [] }], timeoutMs: -1, validateOnly: false }),
  );
  t.like(topics.topics[0], { numPartitions: -5, replicationFactor: 0 });
  t.is(topics.timeoutMs, -1);
  const negative = fetch.request.decode(
    fetch.request.encode({ ...SAMPLES.fetch.request, maxBytes: -1, topics: [{ name: 'x', partitions: [{ partition: -3, currentLeaderEpoch: -1, fetchOffset: -7, logStartOffset: -1, partitionMaxBytes: -1 }] }] }),
  );
  t.like(negative.topics[0]!.partitions[0], { partition: -3, fetchOffset: -7, partitionMaxBytes: -1 });
});

test('bytes that hold no Kafka value are MALFORMED_FRAME: a fractional or unsafe int64, an over-long string', (t) => {
  const { fetch, metadata, initProducerId } = BROKER_CODECS;
  const fractional = pb.FetchRequest.encode({ topics: [{ name: 'x', partitions: [{ fetchOffset: 1.5 }] }] }).finish();
  t.throws(() => fetch.request.decode(fractional), { code: 'MALFORMED_FRAME', message: /fetchOffset/ } as never);
  const unsafe = pb.InitProducerIdResponse.encode({ producerId: 2 ** 60 }).finish();
  t.throws(() => initProducerId.response.decode(unsafe), { code: 'MALFORMED_FRAME' } as never);
  for (const bad of [NaN, Infinity]) {
    t.throws(() => initProducerId.response.decode(pb.InitProducerIdResponse.encode({ producerId: bad }).finish()), { code: 'MALFORMED_FRAME' } as never);
  }
  const long = pb.MetadataRequest.encode({ topics: { items: ['x'.repeat(40_000)] } }).finish();
  t.throws(() => metadata.request.decode(long), { code: 'MALFORMED_FRAME' } as never);
  t.deepEqual(metadata.request.decode(pb.MetadataRequest.encode({ topics: { items: ['x'.repeat(32_767)] } }).finish()).topics![0]!.length, 32_767);
});

test('encoding checks the value it is given: BAD_ARGUMENTS with the field named', (t) => {
  const { fetch, produce, metadata } = BROKER_CODECS;
  const offset = { ...SAMPLES.fetch.request, topics: [{ name: 'x', partitions: [{ ...SAMPLES.fetch.request.topics[0]!.partitions[0]!, fetchOffset: 1.5 }] }] };
  t.throws(() => fetch.request.encode(offset), { code: 'BAD_ARGUMENTS', message: /fetchOffset/ } as never);
  t.throws(() => produce.request.encode({ ...SAMPLES.produce.request, timeoutMs: 2 ** 31 }), { code: 'BAD_ARGUMENTS', message: /timeoutMs/ } as never);
  t.throws(() => produce.request.encode({ ...SAMPLES.produce.request, topics: [{ name: 'x', partitions: [{ partition: 0, records: 'abc' as never }] }] }), {
    code: 'BAD_ARGUMENTS',
    message: /records/,
  } as never);
  t.throws(() => metadata.request.encode({ topics: 'x' as never, allowAutoTopicCreation: false }), { code: 'BAD_ARGUMENTS' } as never);
  t.throws(() => metadata.request.encode({ allowAutoTopicCreation: false } as never), { code: 'BAD_ARGUMENTS', message: /topics/ } as never);
  t.throws(() => metadata.request.encode(null as never), { code: 'BAD_ARGUMENTS' } as never);
});

test('garbage bytes decode as some message or fail with MALFORMED_FRAME, never anything else', (t) => {
  const codecs = BROKER_API_NAMES.flatMap((api) => sides.map((side) => BROKER_CODECS[api][side] as { decode(b: Uint8Array): unknown; encode(v: unknown): Uint8Array }));
  const valid = BROKER_API_NAMES.flatMap((api) => sides.map((side) => (BROKER_CODECS[api][side] as { encode(v: unknown): Uint8Array }).encode(SAMPLES[api][side])));
  const outcomes = new Set<string>();
  const decodeAll = (bytes: Uint8Array) => {
    for (const codec of codecs) {
      try {
        codec.decode(bytes);
        outcomes.add('decoded');
      } catch (error) {
        const code = (error as { code?: string }).code;
        outcomes.add(code ?? 'untyped');
        if (code !== 'MALFORMED_FRAME') throw error;
      }
    }
  };
  fc.assert(fc.property(fc.uint8Array({ maxLength: 96 }), decodeAll), { numRuns: 300 });
  // Valid messages with bytes changed, cut short or grown: closer to what a broken peer sends.
  fc.assert(
    fc.property(fc.integer({ min: 0, max: valid.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.nat(), (which, flips, cut) => {
      const bytes = Uint8Array.from(valid[which]!);
      for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
      decodeAll(bytes);
      decodeAll(bytes.subarray(0, cut % (bytes.length + 1)));
    }),
    { numRuns: 300 },
  );
  t.true(outcomes.has('MALFORMED_FRAME'));
  t.deepEqual([...outcomes].filter((o) => o !== 'decoded' && o !== 'MALFORMED_FRAME'), []);
});
