import test from 'ava';
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import {
  RecordBatch,
  encodeRecordBatch,
  buildBatch,
  validateBatch,
  crc32c,
  computeCrc,
  registerCodec,
  isCompressionSupported,
  type RecordInput,
} from '../../engine/log/index.js';
import { setLogAppendTime, patchBatch } from '../../engine/log/record-batch.js';
import { crc32cIsNative, crc32cPortable } from '../../engine/log/crc32c.js';
import { lz4Codec } from '../../engine/log/codec-lz4.js';
import { gzipCodec, portableGzipCodec } from '../../engine/log/codec-gzip.js';
import { sizeOfVarint, writeVarint, ByteReader, writeInt64, readInt64 } from '../../engine/log/bytes.js';
import { hex, SINGLE_RECORD, THREE_RECORDS, SNAPPY_RECORDS, XERIAL_SNAPPY_RECORDS } from './fixtures/golden.js';
import { str } from './helpers.js';

const TS = 1_700_000_000_000;
const ascii = (s: string) => new TextEncoder().encode(s);

function crcBitwise(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

test('CRC32C matches the standard check value and the iSCSI test vectors (RFC 3720)', (t) => {
  t.is(crc32c(ascii('123456789')), 0xe3069283);
  t.is(crc32c(new Uint8Array(32)), 0x8a9136aa);
  t.is(crc32c(new Uint8Array(32).fill(0xff)), 0x62a8ab43);
  t.is(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i)), 0x46dd794e);
  t.is(crc32c(Uint8Array.from({ length: 32 }, (_, i) => 31 - i)), 0x113fdb5c);
});

test('CRC32C slicing-by-16 equals a bitwise CRC on any bytes and range', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(20), fc.nat(20), fc.nat(7), (whole, a, b, shift) => {
      // A view at any byte offset of its buffer, as stored values often are.
      const bytes = whole.subarray(Math.min(shift, whole.length));
      const start = Math.min(a, bytes.length);
      const end = Math.max(start, bytes.length - b);
      return crc32c(bytes, start, end) === crcBitwise(bytes.subarray(start, end));
    }),
  );
  t.pass();
});

test('CRC32C through the CPU instruction (when loaded) equals the portable code on any bytes and range', (t) => {
  // The platforms @node-rs/crc32 ships a binary for include this one: a failed load would
  // silently cost the append path most of its speed.
  if (process.platform === 'linux' && process.arch === 'x64') t.true(crc32cIsNative);
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 400, maxLength: 5000 }), fc.nat(200), fc.nat(200), (bytes, a, b) => {
      const start = Math.min(a, bytes.length);
      const end = Math.max(start, bytes.length - b);
      return crc32c(bytes, start, end) === crc32cPortable(bytes, start, end);
    }),
  );
});

test('zig-zag varints: known encodings and round trips up to the safe integer range', (t) => {
  const enc = (n: number) => {
    const out = new Uint8Array(10);
    return [...out.subarray(0, writeVarint(out, 0, n))];
  };
  t.deepEqual(enc(0), [0]);
  t.deepEqual(enc(-1), [1]);
  t.deepEqual(enc(1), [2]);
  t.deepEqual(enc(63), [0x7e]);
  t.deepEqual(enc(-64), [0x7f]);
  t.deepEqual(enc(64), [0x80, 0x01]);
  t.deepEqual(enc(300), [0xd8, 0x04]);
  t.deepEqual(enc(2147483647), [0xfe, 0xff, 0xff, 0xff, 0x0f]);
  t.deepEqual(enc(-2147483648), [0xff, 0xff, 0xff, 0xff, 0x0f]);
  // Zig-zag maps n >= 0 to 2n, so 2^52 - 1 is the largest n whose encoding decodes to a safe
  // integer; 2^52 itself (2^53 on the wire) is refused as corrupt rather than rounded.
  fc.assert(
    fc.property(fc.integer({ min: -(2 ** 52), max: 2 ** 52 - 1 }), (n) => {
      const out = new Uint8Array(10);
      const end = writeVarint(out, 0, n);
      const r = new ByteReader(out, 0, end);
      return end === sizeOfVarint(n) && r.varlong() === n && r.pos === end;
    }),
  );
  const beyond = new Uint8Array(10);
  t.throws(() => new ByteReader(beyond, 0, writeVarint(beyond, 0, 2 ** 52)).varlong(), { code: 'CORRUPT_RECORD' });
  t.throws(() => new ByteReader(Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x01), 0, 6).varint(), { code: 'CORRUPT_RECORD' });
  t.throws(() => new ByteReader(Uint8Array.of(0x80), 0, 1).varint(), { code: 'CORRUPT_RECORD' });
});

test('64-bit fields round trip negative and large values', (t) => {
  const out = new Uint8Array(8);
  for (const v of [-1, 0, 1, 2 ** 32, -(2 ** 32) - 5, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]) {
    writeInt64(out, 0, v);
    t.is(readInt64(out, 0), v);
  }
  t.throws(() => readInt64(hex('7fffffffffffffff'), 0), { code: 'CORRUPT_RECORD' });
});

test('golden: a one-record batch encodes to the hand-written bytes and decodes back', (t) => {
  const bytes = encodeRecordBatch([{ key: 'k', value: 'v' }], { timestamp: TS });
  t.deepEqual([...bytes], [...SINGLE_RECORD]);
  t.is(crcBitwise(SINGLE_RECORD.subarray(21)), 0xe99b8dd8);
  const batch = new RecordBatch(SINGLE_RECORD);
  t.is(batch.baseOffset, 0);
  t.is(batch.batchLength, 58);
  t.is(batch.partitionLeaderEpoch, -1);
  t.is(batch.magic, 2);
  t.is(batch.crc, 0xe99b8dd8);
  t.true(batch.isValid());
  t.is(batch.compression, 'none');
  t.is(batch.timestampType, 'CreateTime');
  t.is(batch.producerId, -1);
  t.is(batch.producerEpoch, -1);
  t.is(batch.baseSequence, -1);
  t.is(batch.recordCount, 1);
  t.is(batch.maxTimestamp, TS);
  const [record] = [...batch];
  t.deepEqual({ ...record!, key: str(record!.key), value: str(record!.value) }, { offset: 0, timestamp: TS, key: 'k', value: 'v', headers: [] });
});

test('golden: headers, null key, negative delta, 2-byte varint, tombstone, producer fields', (t) => {
  const bytes = encodeRecordBatch(
    [
      { key: 'user-1', value: 'hello', headers: [{ key: 'trace', value: 'ab' }], timestamp: TS },
      { key: null, value: 'x', timestamp: TS - 1 },
      { key: 'user-1', value: null, timestamp: TS + 300 },
    ],
    { baseOffset: 42, partitionLeaderEpoch: 5, producerId: 7, producerEpoch: 1, baseSequence: 3, transactional: true },
  );
  t.deepEqual([...bytes], [...THREE_RECORDS]);
  const batch = new RecordBatch(THREE_RECORDS);
  t.true(batch.isValid());
  t.is(batch.baseOffset, 42);
  t.is(batch.lastOffset, 44);
  t.is(batch.partitionLeaderEpoch, 5);
  t.true(batch.isTransactional);
  t.false(batch.isControl);
  t.is(batch.producerId, 7);
  t.is(batch.maxTimestamp, TS + 300);
  const records = [...batch.records()].map((r) => ({
    offset: r.offset,
    timestamp: r.timestamp,
    key: str(r.key),
    value: str(r.value),
    headers: r.headers.map((h) => [h.key, str(h.value)]),
  }));
  t.deepEqual(records, [
    { offset: 42, timestamp: TS, key: 'user-1', value: 'hello', headers: [['trace', 'ab']] },
    { offset: 43, timestamp: TS - 1, key: null, value: 'x', headers: [] },
    { offset: 44, timestamp: TS + 300, key: 'user-1', value: null, headers: [] },
  ]);
});

test('the base offset and leader epoch lie outside the CRC', (t) => {
  const bytes = SINGLE_RECORD.slice();
  patchBatch(bytes, 123456789012, 77);
  const batch = new RecordBatch(bytes);
  t.true(batch.isValid());
  t.is(batch.baseOffset, 123456789012);
  t.is(batch.partitionLeaderEpoch, 77);
  t.is(batch.crc, 0xe99b8dd8);
  t.is([...batch][0]!.offset, 123456789012);
});

test('LogAppendTime sets the attribute bit and max timestamp, recomputes the CRC, and stamps every record', (t) => {
  const bytes = THREE_RECORDS.slice();
  setLogAppendTime(bytes, TS + 9999);
  const batch = new RecordBatch(bytes);
  t.true(batch.isValid());
  t.is(batch.timestampType, 'LogAppendTime');
  t.deepEqual([...batch].map((r) => r.timestamp), [TS + 9999, TS + 9999, TS + 9999]);
});

test('golden: a snappy batch, bare and in xerial framing, decodes to the same records', (t) => {
  for (const block of [SNAPPY_RECORDS, XERIAL_SNAPPY_RECORDS]) {
    const bytes = buildRawBatch(SINGLE_RECORD, 2, block);
    const batch = new RecordBatch(bytes);
    t.is(batch.compression, 'snappy');
    t.true(batch.isValid());
    t.deepEqual([...batch].map((r) => [r.offset, str(r.key), str(r.value)]), [[0, 'k', 'v']]);
  }
  // Our encoder writes the bare block; for this input snappy has one choice, a literal.
  const encoded = encodeRecordBatch([{ key: 'k', value: 'v' }], { timestamp: TS, compression: 'snappy' });
  t.deepEqual([...encoded.subarray(61)], [...SNAPPY_RECORDS]);
});

test('golden: an lz4 batch in the LZ4 frame format decodes; our encoder writes the same frame header', (t) => {
  // These platforms have a prebuilt lz4-napi; a failed load would silently drop lz4.
  if (process.platform === 'linux' && process.arch === 'x64') t.true(isCompressionSupported(3));
  if (!isCompressionSupported(3)) return t.pass('no lz4 codec on this platform');
  // A frame written out by hand: magic, FLG 0x60 (version 1, independent blocks), BD 0x40
  // (64 KiB blocks), header checksum 0x82, one block stored uncompressed (size with the high
  // bit set, little-endian), the end mark.
  const section = SINGLE_RECORD.subarray(61);
  const frame = Uint8Array.from([0x04, 0x22, 0x4d, 0x18, 0x60, 0x40, 0x82, section.length, 0, 0, 0x80, ...section, 0, 0, 0, 0]);
  const batch = new RecordBatch(buildRawBatch(SINGLE_RECORD, 3, frame));
  t.is(batch.compression, 'lz4');
  t.true(batch.isValid());
  t.deepEqual([...batch].map((r) => [r.offset, str(r.key), str(r.value)]), [[0, 'k', 'v']]);
  const encoded = encodeRecordBatch([{ key: 'k', value: 'v'.repeat(500) }], { timestamp: TS, compression: 'lz4' });
  t.deepEqual([...encoded.subarray(61, 68)], [0x04, 0x22, 0x4d, 0x18, 0x60, 0x40, 0x82], 'the frame header Kafka writes');
  t.true(encoded.length < 200, 'and it compresses');
  t.throws(() => [...new RecordBatch(buildRawBatch(SINGLE_RECORD, 3, Uint8Array.of(1, 2, 3)))], { code: 'CORRUPT_RECORD', message: /decompress/ });
});

test('gzip in plain JavaScript (for browsers) and through node:zlib read each other, and both bound the output', (t) => {
  const data = Uint8Array.from({ length: 50_000 }, (_, i) => (i * 7) % 251);
  for (const [writer, reader] of [[portableGzipCodec, gzipCodec], [gzipCodec, portableGzipCodec]] as const) {
    t.deepEqual(new Uint8Array(reader.decompress(writer.compress(data), data.length)), data);
    t.throws(() => reader.decompress(writer.compress(data), data.length - 1));
  }
  const batch = encodeRecordBatch([{ key: 'k', value: 'v'.repeat(1000) }], { timestamp: TS, compression: 'gzip' });
  t.deepEqual([...portableGzipCodec.decompress(batch.subarray(61), 1 << 20)], [...encodeRecordBatch([{ key: 'k', value: 'v'.repeat(1000) }], { timestamp: TS }).subarray(61)]);
});

/** The header of `template` with another codec and records section; lengths and CRC fixed up. */
function buildRawBatch(template: Uint8Array, codec: number, records: Uint8Array): Uint8Array {
  const out = new Uint8Array(61 + records.length);
  out.set(template.subarray(0, 61));
  out.set(records, 61);
  new DataView(out.buffer).setInt32(8, out.length - 12);
  out[22] = (out[22]! & ~7) | codec;
  new DataView(out.buffer).setUint32(17, computeCrc(out));
  return out;
}

test('a gzip batch from another producer decodes (compressed bytes are not pinned: zlib versions differ)', (t) => {
  const bytes = buildRawBatch(SINGLE_RECORD, 1, gzipSync(SINGLE_RECORD.subarray(61)));
  const batch = new RecordBatch(bytes);
  t.is(batch.compression, 'gzip');
  t.deepEqual([...batch].map((r) => [str(r.key), str(r.value)]), [['k', 'v']]);
});

const recordArb = fc.record({
  key: fc.option(fc.uint8Array({ maxLength: 40 }), { nil: null }),
  value: fc.option(fc.uint8Array({ maxLength: 300 }), { nil: null }),
  headers: fc.array(fc.record({ key: fc.string({ maxLength: 10 }), value: fc.option(fc.uint8Array({ maxLength: 10 }), { nil: null }) }), {
    maxLength: 3,
  }),
  timestamp: fc.integer({ min: 0, max: 2 ** 45 }),
});

test('property: encode then decode gives the records back, for every codec', (t) => {
  fc.assert(
    fc.property(
      fc.array(recordArb, { minLength: 1, maxLength: 20 }),
      fc.constantFrom(...(['none', 'gzip', 'snappy', 'lz4'] as const).filter((c) => c !== 'lz4' || isCompressionSupported(3))),
      fc.nat(2 ** 40),
      (records: RecordInput[], compression, baseOffset) => {
        const bytes = encodeRecordBatch(records, { compression, baseOffset });
        validateBatch(bytes, 10_000_000);
        const batch = new RecordBatch(bytes);
        const decoded = [...batch];
        t.is(decoded.length, records.length);
        decoded.forEach((r, i) => {
          const input = records[i]!;
          t.is(r.offset, baseOffset + i);
          t.is(r.timestamp, input.timestamp!);
          t.deepEqual(r.key === null ? null : [...r.key], input.key === null ? null : [...(input.key as Uint8Array)]);
          t.deepEqual(r.value === null ? null : [...r.value], input.value === null ? null : [...(input.value as Uint8Array)]);
          t.deepEqual(
            r.headers.map((h) => [h.key, h.value && [...h.value]]),
            (input.headers as Array<{ key: string; value: Uint8Array | null }>).map((h) => [h.key, h.value && [...h.value]]),
          );
        });
        t.is(batch.maxTimestamp, Math.max(...records.map((r) => r.timestamp!)));
        return true;
      },
    ),
    { numRuns: 60 },
  );
});

test('validateBatch: each kind of bad batch gets its typed error', (t) => {
  t.throws(() => validateBatch(SINGLE_RECORD.subarray(0, 60), 1e6), { code: 'CORRUPT_RECORD', message: /at least 61/ });
  const badLength = SINGLE_RECORD.slice();
  badLength[11] = 0x3b;
  t.throws(() => validateBatch(badLength, 1e6), { code: 'CORRUPT_RECORD', message: /batchLength/ });
  const badMagic = SINGLE_RECORD.slice();
  badMagic[16] = 1;
  t.throws(() => validateBatch(badMagic, 1e6), { code: 'CORRUPT_RECORD', message: /magic/ });
  const flipped = SINGLE_RECORD.slice();
  flipped[65] ^= 0x01;
  t.throws(() => validateBatch(flipped, 1e6), { code: 'CORRUPT_RECORD', message: /CRC/ });
  t.throws(() => validateBatch(SINGLE_RECORD, 69), { code: 'RECORD_TOO_LARGE' });
  const empty = buildBatch(
    { baseOffset: 0, partitionLeaderEpoch: -1, attributes: 0, baseTimestamp: TS, maxTimestamp: TS, producerId: -1, producerEpoch: -1, baseSequence: -1 },
    [],
  );
  t.throws(() => validateBatch(empty, 1e6), { code: 'INVALID_RECORD' });
  t.false(isCompressionSupported(4));
  const zstd = buildRawBatch(SINGLE_RECORD, 4, SINGLE_RECORD.subarray(61));
  t.throws(() => validateBatch(zstd, 1e6), { code: 'UNSUPPORTED_COMPRESSION' });
  t.throws(() => [...new RecordBatch(zstd)], { code: 'UNSUPPORTED_COMPRESSION' });
});

test('registerCodec plugs in a codec for another compression id', (t) => {
  // A stand-in "lz4" that stores bytes reversed, to prove the log goes through the registry;
  // the real one is back before any other test runs (this one does not await).
  registerCodec('lz4', { name: 'test-lz4', compress: (d) => d.slice().reverse(), decompress: (d) => d.slice().reverse() });
  try {
    const records = [{ key: 'a', value: 'b' }];
    const bytes = encodeRecordBatch(records, { timestamp: TS, compression: 'lz4' });
    t.deepEqual([...bytes.subarray(61)], [...encodeRecordBatch(records, { timestamp: TS }).subarray(61)].reverse());
    t.notThrows(() => validateBatch(bytes, 1e6));
    t.deepEqual([...new RecordBatch(bytes)].map((r) => str(r.value)), ['b']);
  } finally {
    if (lz4Codec) registerCodec('lz4', lz4Codec);
  }
  t.throws(() => registerCodec('none', { name: 'x', compress: (d) => d, decompress: (d) => d }), { code: 'UNSUPPORTED_COMPRESSION' });
});

test('the reader reports malformed records as CorruptRecord, lazily', (t) => {
  // A record whose length claims more bytes than there are, with a valid CRC.
  const bad = SINGLE_RECORD.slice();
  bad[61] = 0x7e; // length 63
  new DataView(bad.buffer).setUint32(17, computeCrc(bad));
  const batch = new RecordBatch(bad);
  t.true(batch.isValid());
  t.throws(() => [...batch], { code: 'CORRUPT_RECORD' });
  const garbageGzip = buildRawBatch(SINGLE_RECORD, 1, Uint8Array.of(1, 2, 3));
  t.throws(() => [...new RecordBatch(garbageGzip)], { code: 'CORRUPT_RECORD', message: /decompress/ });
});

test('the encoder refuses bad input with BadArguments', (t) => {
  t.throws(() => encodeRecordBatch([], { timestamp: TS }), { code: 'BAD_ARGUMENTS' });
  t.throws(() => encodeRecordBatch([{ value: 'x' }]), { code: 'BAD_ARGUMENTS', message: /timestamp/ });
  t.throws(() => encodeRecordBatch([{ value: 5 as unknown as string }], { timestamp: TS }), { code: 'BAD_ARGUMENTS' });
  t.throws(() => encodeRecordBatch([{ value: 'x' }], { timestamp: TS, producerEpoch: 40000 }), { code: 'BAD_ARGUMENTS' });
  t.throws(() => encodeRecordBatch([{ value: 'x' }], { timestamp: TS, compression: 'brotli' as 'gzip' }), {
    code: 'UNSUPPORTED_COMPRESSION',
  });
  const withObjectHeaders = encodeRecordBatch([{ value: 'x', headers: { a: '1', b: Uint8Array.of(2) } }], { timestamp: TS });
  t.deepEqual([...new RecordBatch(withObjectHeaders)][0]!.headers.map((h) => [h.key, [...h.value!]]), [
    ['a', [0x31]],
    ['b', [2]],
  ]);
});
