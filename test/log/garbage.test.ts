import test from 'ava';
import fc from 'fast-check';
import { LogkeeperError } from '../../engine/errors/index.js';
import { RecordBatch, computeCrc, encodeRecordBatch, isCompressionSupported, validateBatch, type CompressionName } from '../../engine/log/index.js';
import { createLog } from './helpers.js';

/*
 * Batches come off the network (a producer's request, a leader's fetch response): whatever
 * bytes arrive, checking and decoding them ends in a typed error or in records, never in a
 * TypeError, a RangeError, a hang or an allocation beyond the bounds.
 */

const CODES = new Set(['CORRUPT_RECORD', 'INVALID_RECORD', 'RECORD_TOO_LARGE', 'UNSUPPORTED_COMPRESSION']);
const CODECS = (['none', 'gzip', 'snappy', 'lz4'] as CompressionName[]).filter((c) => c !== 'lz4' || isCompressionSupported(3));

/** Runs `f`; an error must be one of the log's typed ones. */
function typedOrNothing(f: () => void): void {
  try {
    f();
  } catch (err) {
    if (!(err instanceof LogkeeperError) || !CODES.has(err.code)) throw err;
  }
}

/** Reads everything a batch holds, as a consumer would. */
function consume(bytes: Uint8Array): void {
  const batch = new RecordBatch(bytes);
  for (const r of batch) void [r.offset, r.timestamp, r.key, r.value, r.headers.length];
  for (const r of batch.rawRecords()) void r.headerSection.length;
}

const recordsArb = fc.array(
  fc.record({
    key: fc.option(fc.uint8Array({ maxLength: 20 }), { nil: null }),
    value: fc.option(fc.uint8Array({ maxLength: 200 }), { nil: null }),
    headers: fc.array(fc.record({ key: fc.string({ maxLength: 5 }), value: fc.option(fc.uint8Array({ maxLength: 5 }), { nil: null }) }), { maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 8 },
);

test('random bytes: validateBatch and the reader give typed errors', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      typedOrNothing(() => validateBatch(bytes, 1 << 20));
      typedOrNothing(() => consume(bytes));
    }),
    { numRuns: 2000 },
  );
  t.pass();
});

test('a valid batch with bytes changed and its CRC fixed up (a producer that means harm): typed errors or records', (t) => {
  fc.assert(
    fc.property(
      recordsArb,
      fc.constantFrom(...CODECS),
      fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 }),
      (records, compression, changes) => {
        const bytes = encodeRecordBatch(records, { timestamp: 1_700_000_000_000, compression });
        for (const c of changes) bytes[21 + (c.at % (bytes.length - 21))] = c.value;
        new DataView(bytes.buffer, bytes.byteOffset).setUint32(17, computeCrc(bytes));
        typedOrNothing(() => validateBatch(bytes, 1 << 20));
        typedOrNothing(() => consume(bytes));
      },
    ),
    { numRuns: 1500 },
  );
  t.pass();
});

/** The outcome of `f`: 'ok' or its error's code and message. */
function outcome(f: () => unknown): string {
  try {
    return `ok ${String(f())}`;
  } catch (err) {
    return err instanceof LogkeeperError ? `${err.code} ${err.message}` : `untyped ${String(err)}`;
  }
}

test('checkRecords (what a leader checks) accepts and refuses exactly what decoding every record does, with the same error', (t) => {
  fc.assert(
    fc.property(
      recordsArb,
      fc.constantFrom(...CODECS),
      fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 4 }),
      fc.boolean(),
      (records, compression, changes, needsKeys) => {
        const bytes = encodeRecordBatch(records, { timestamp: 1_700_000_000_000, compression });
        for (const c of changes) bytes[61 + (c.at % Math.max(1, bytes.length - 61))] = c.value;
        const decoded = outcome(() => {
          for (const r of RecordBatch.stored(bytes).records()) if (needsKeys && r.key === null) return r.offset;
          return -1;
        });
        t.is(outcome(() => RecordBatch.stored(bytes).checkRecords(needsKeys)), decoded);
      },
    ),
    { numRuns: 1500 },
  );
});

test('append refuses garbage with a typed error and stores nothing, on a compacted log too', async (t) => {
  for (const cleanupPolicy of ['delete', 'compact'] as const) {
    const { log } = await createLog(t, { cleanupPolicy });
    await fc.assert(
      fc.asyncProperty(recordsArb, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), async (records, positions) => {
        const bytes = encodeRecordBatch(records.map((r, i) => ({ ...r, key: r.key ?? `k${i}` })), { timestamp: 1_700_000_000_000 });
        for (const p of positions) bytes[61 + (p % (bytes.length - 61))] ^= 0x5a;
        new DataView(bytes.buffer, bytes.byteOffset).setUint32(17, computeCrc(bytes));
        const end = log.logEndOffset;
        try {
          await log.append(bytes);
        } catch (err) {
          if (!(err instanceof LogkeeperError) || !CODES.has(err.code)) throw err;
          if (log.logEndOffset !== end) throw new Error('a refused append moved the log end');
        }
      }),
      { numRuns: 300 },
    );
    // What the log took (a delete-policy log stores records it never decodes) reads back without surprises.
    for (const batch of await log.read(0, { maxBytes: 1e8 })) typedOrNothing(() => consume(batch.bytes));
  }
  t.pass();
});
