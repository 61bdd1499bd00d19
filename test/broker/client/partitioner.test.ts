import test from 'ava';
import { murmur2, partitionForKey, toPositive } from '../../../engine/broker/partitioner.js';
import { Partitioners, type Partitioner } from '../../../engine/broker/client/index.js';
import type { PartitionMetadata } from '../../../engine/broker/api/types.js';
import { Random } from '../../../engine/time/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

/**
 * MurmurHash2 as Kafka's Utils.murmur2 publishes it, written independently of the one under
 * test: BigInt arithmetic modulo 2^32 instead of Math.imul, a byte loop instead of blocks.
 */
function referenceMurmur2(data: Uint8Array): number {
  const MASK = 0xffffffffn;
  const m = 0x5bd1e995n;
  const mul = (a: bigint, b: bigint) => (a * b) & MASK;
  let h = (0x9747b28cn ^ BigInt(data.length)) & MASK;
  const whole = Math.floor(data.length / 4) * 4;
  for (let i = 0; i < whole; i += 4) {
    let k = 0n;
    for (let j = 3; j >= 0; j--) k = (k << 8n) | BigInt(data[i + j]!);
    k = mul(k, m);
    k ^= k >> 24n;
    k = mul(k, m);
    h = mul(h, m) ^ k;
  }
  const rest = data.length - whole;
  if (rest > 0) {
    for (let j = rest - 1; j >= 0; j--) h ^= BigInt(data[whole + j]!) << BigInt(8 * j);
    h = mul(h, m);
  }
  h ^= h >> 13n;
  h = mul(h, m);
  h ^= h >> 15n;
  return Number(BigInt.asIntN(32, h));
}

test("murmur2 gives Kafka's own test vectors (UtilsTest.testMurmur2, and values computed with Kafka's Utils.murmur2)", (t) => {
  const vectors: Array<[Uint8Array, number]> = [
    // apache/kafka clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java
    [utf8('21'), -973932308],
    [utf8('foobar'), -790332482],
    [utf8('a-little-bit-long-string'), -985981536],
    [utf8('a-little-bit-longer-string'), -1486304829],
    [utf8('lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8'), -58897971],
    [Uint8Array.of(0x61, 0x62, 0x63), 479470107],
    // Akka's Murmur2Spec, checked there against Kafka's Utils.murmur2
    [utf8('1'), -1993445489],
    [utf8('12'), 126087238],
    [utf8('123'), -267702483],
    [utf8('1234'), -1614185708],
    [utf8('12345'), -1188365604],
  ];
  for (const [key, expected] of vectors) {
    t.is(murmur2(key), expected, new TextDecoder().decode(key));
    t.is(referenceMurmur2(key), expected, 'the reference agrees');
  }
});

test('partitionForKey is toPositive(murmur2) % n for empty, ASCII, UTF-8, binary and 1 KiB keys, n = 1..100', (t) => {
  const random = new Random('keys');
  const binary = Uint8Array.from({ length: 37 }, () => random.int(256));
  const large = Uint8Array.from({ length: 1024 }, (_, i) => (i * 131 + 7) & 0xff);
  const keys: Array<Uint8Array | string> = [
    '',
    new Uint8Array(0),
    'a',
    'ab',
    'abc',
    'order-17',
    'driver:4711',
    'żółć',
    'キー',
    '🔑 emoji',
    binary,
    Uint8Array.of(0xff, 0xfe, 0x00, 0x80),
    large,
  ];
  for (const key of keys) {
    const bytes = typeof key === 'string' ? utf8(key) : key;
    const hash = referenceMurmur2(bytes);
    t.is(murmur2(bytes), hash);
    for (let n = 1; n <= 100; n++) t.is(partitionForKey(key, n), (hash & 0x7fffffff) % n);
  }
  // A negative hash is made positive by clearing its sign bit, not by Math.abs (Kafka's toPositive).
  t.is(toPositive(-1), 0x7fffffff);
  t.is(partitionForKey('21', 1000), toPositive(-973932308) % 1000);
  t.is(partitionForKey('21', 1000), 340);
});

test('partitionForKey refuses a partition count that is not a positive int32', (t) => {
  for (const n of [0, -1, 1.5, NaN, 2 ** 31]) t.throws(() => partitionForKey('k', n), { code: 'BAD_ARGUMENTS' } as never);
  t.throws(() => partitionForKey(42 as never, 3), { code: 'BAD_ARGUMENTS' } as never);
});

const partitions = (n: number, without: number[] = []): PartitionMetadata[] =>
  Array.from({ length: n }, (_, p) => ({
    partition: p,
    errorCode: without.includes(p) ? 5 : 0,
    leader: without.includes(p) ? -1 : 1,
    leaderEpoch: 0,
    replicas: [1],
    isr: [1],
    offlineReplicas: [],
  }));

test('the default partitioner hashes keys over all partitions, available or not', (t) => {
  const partitioner = Partitioners.DefaultPartitioner({ random: new Random(1) });
  for (const key of ['a', 'b', 'order-1', 'order-2']) {
    const expected = partitionForKey(key, 6);
    t.is(partitioner.partition({ topic: 't', partitionMetadata: partitions(6, [expected]), key: utf8(key) }), expected);
  }
});

test('keyless messages stick to one available partition until a new batch is needed (KIP-480)', (t) => {
  const partitioner: Partitioner = Partitioners.DefaultPartitioner({ random: new Random(7) });
  const meta = partitions(5, [2]);
  const args = { topic: 't', partitionMetadata: meta, key: null };
  const first = partitioner.partition(args);
  for (let i = 0; i < 10; i++) t.is(partitioner.partition(args), first, 'sticky');
  const seen = new Set<number>([first]);
  let previous = first;
  for (let i = 0; i < 50; i++) {
    partitioner.onNewBatch!('t', previous, meta);
    const next = partitioner.partition(args);
    t.not(next, previous, 'a new batch moves to another partition');
    t.not(next, 2, 'never one without a leader');
    seen.add(next);
    previous = next;
  }
  t.deepEqual([...seen].sort(), [0, 1, 3, 4], 'and spreads over the available ones');
  // A new batch on a partition that is no longer the sticky one changes nothing.
  partitioner.onNewBatch!('t', (previous + 1) % 5, meta);
  t.is(partitioner.partition(args), previous);
  // Topics stick independently; one available partition is always chosen.
  const single = partitions(3, [0, 2]);
  partitioner.onNewBatch!('u', 0, single);
  t.is(partitioner.partition({ topic: 'u', partitionMetadata: single, key: null }), 1);
});

test('the round-robin partitioner cycles over available partitions, keys ignored (Java RoundRobinPartitioner)', (t) => {
  const partitioner = Partitioners.RoundRobinPartitioner({ random: new Random(1) });
  const meta = partitions(4, [1]);
  const chosen = Array.from({ length: 6 }, (_, i) => partitioner.partition({ topic: 't', partitionMetadata: meta, key: i % 2 ? utf8('k') : null }));
  t.deepEqual(chosen, [0, 2, 3, 0, 2, 3]);
  const none = partitions(2, [0, 1]);
  t.deepEqual([0, 1, 2].map(() => partitioner.partition({ topic: 'v', partitionMetadata: none, key: null })), [0, 1, 0]);
});
