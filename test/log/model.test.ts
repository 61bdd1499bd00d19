import test from 'ava';
import { isDeepStrictEqual, inspect } from 'node:util';
import fc from 'fast-check';
import { Storage } from '../../engine/storage/index.js';
import { SimulatedClock } from '../../engine/time/index.js';
import { PartitionLog, RecordBatch, encodeRecordBatch, isCompressionSupported, type LogConfig } from '../../engine/log/index.js';
import { str } from './helpers.js';

/*
 * The log against a plain model: an array of records with a start and an end. Random
 * sequences of append / read / truncate / delete-records / retention / compaction / roll /
 * reopen must give the same answers from both. Where the log may choose (which segments
 * retention deletes), the test checks the choice was allowed and the model follows it.
 */

interface ModelRecord {
  offset: number;
  key: string | null;
  value: string | null;
  timestamp: number;
  /** When the cleaner first kept this tombstone: it may drop it from this time on. */
  horizon?: number;
}

class Model {
  records: ModelRecord[] = [];
  logStart = 0;
  logEnd = 0;

  visible(from = this.logStart): ModelRecord[] {
    return this.records.filter((r) => r.offset >= from);
  }
  dropBelow(offset: number): void {
    this.records = this.records.filter((r) => r.offset >= offset);
  }
}

type Op =
  | { kind: 'append'; records: Array<{ key: string | null; value: string | null; skew: number }>; compression: 'none' | 'gzip' | 'snappy' | 'lz4' }
  | { kind: 'advance'; ms: number }
  | { kind: 'read'; at: number; maxBytes: number }
  | { kind: 'readOn'; maxBytes: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'deleteBefore'; at: number }
  | { kind: 'retention' }
  | { kind: 'compact' }
  | { kind: 'roll' }
  | { kind: 'timestamp'; back: number }
  | { kind: 'reopen'; clean: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('append' as const),
      records: fc.array(
        fc.record({
          key: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { nil: null, freq: 6 }),
          value: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: null, freq: 5 }),
          skew: fc.integer({ min: -50, max: 50 }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      compression: fc.constantFrom(...(['none', 'none', 'gzip', 'snappy', 'lz4'] as const).filter((c) => c !== 'lz4' || isCompressionSupported(3))),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 1, max: 4000 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('read' as const), at: fc.nat(), maxBytes: fc.constantFrom(1, 200, 1000, 1e7) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('readOn' as const), maxBytes: fc.constantFrom(1, 300, 2000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteBefore' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'retention' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'compact' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'roll' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('timestamp' as const), back: fc.integer({ min: -100, max: 20000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const), clean: fc.boolean() }) },
);

/** A number in [lo, hi] picked by `n`. */
const pick = (n: number, lo: number, hi: number) => lo + (n % (hi - lo + 1));

async function run(t: import('ava').ExecutionContext, config: Partial<LogConfig>, ops: Op[], tailCacheBytes = 0): Promise<void> {
  const storage = await Storage.open();
  const clock = new SimulatedClock(1_000_000);
  const options = { storage, path: ['m'], clock, retentionCheckIntervalMs: 0, fsync: 'never' as const, segmentBytes: 1024, tailCacheBytes, ...config };
  let log = await PartitionLog.open(options);
  const model = new Model();
  const compacting = config.cleanupPolicy === 'compact';
  // Where the last read ended: reading on from there reuses the log's read cursor.
  let readNext = 0;
  /** Reads at `at`: the records from `at` on must be the model's, in order; returns how many. */
  const checkRead = async (at: number, maxBytes: number, what: string): Promise<number> => {
    // Both read paths, mixed on one cursor: views, and stored bytes (checked as they are wrapped).
    const batches = at % 2 === 0 ? await log.read(at, { maxBytes }) : (await log.readBytes(at, { maxBytes })).map((b) => new RecordBatch(b));
    if (batches.length > 0) readNext = batches.at(-1)!.nextOffset;
    const got = batches.flatMap((b) => [...b.records()]).filter((r) => r.offset >= at);
    const want = model.visible(at);
    t.deepEqual(
      got.map((r) => [r.offset, str(r.key), str(r.value), r.timestamp]),
      want.slice(0, got.length).map((r) => [r.offset, r.key, r.value, r.timestamp]),
      what,
    );
    if (want.length > 0) t.true(batches.length > 0, `${what}: with records ahead, a batch comes back`);
    return got.length;
  };
  try {
    for (const op of ops) {
      const now = clock.now();
      switch (op.kind) {
        case 'append': {
          const records = op.records.map((r) => ({
            key: r.key,
            value: compacting ? r.value : (r.value ?? 'x'),
            timestamp: Math.max(0, now + r.skew),
          }));
          const batch = encodeRecordBatch(records, { compression: op.compression });
          if (compacting && records.some((r) => r.key === null)) {
            // A compacted log refuses records without a key, and changes nothing.
            await t.throwsAsync(log.append(batch), { code: 'INVALID_RECORD' });
            break;
          }
          const result = await log.append(batch);
          t.is(result.baseOffset, model.logEnd);
          for (const [i, r] of records.entries()) model.records.push({ offset: model.logEnd + i, ...r });
          model.logEnd += records.length;
          break;
        }
        case 'advance':
          await clock.advance(op.ms);
          break;
        case 'read': {
          const at = pick(op.at, Math.max(0, model.logStart - 1), model.logEnd + 1);
          if (at < model.logStart || at > model.logEnd) {
            await t.throwsAsync(log.read(at), { code: 'OFFSET_OUT_OF_RANGE' });
            break;
          }
          const got = await checkRead(at, op.maxBytes, 'read');
          if (op.maxBytes === 1e7) t.is(got, model.visible(at).length);
          break;
        }
        case 'readOn': {
          if (readNext < model.logStart || readNext > model.logEnd) readNext = model.logStart;
          await checkRead(readNext, op.maxBytes, 'reading on');
          break;
        }
        case 'truncate': {
          const at = pick(op.at, Math.max(0, model.logStart - 2), model.logEnd);
          await log.truncateTo(at);
          if (at < model.logStart) {
            model.records = [];
            model.logStart = at;
            model.logEnd = at;
          } else if (at < model.logEnd) {
            model.records = model.records.filter((r) => r.offset < at);
            model.logEnd = at;
          }
          break;
        }
        case 'deleteBefore': {
          const at = pick(op.at, model.logStart, model.logEnd);
          t.is(await log.deleteRecordsBefore(at), Math.max(at, model.logStart));
          model.logStart = Math.max(at, model.logStart);
          model.dropBelow(model.logStart);
          break;
        }
        case 'retention': {
          const before = model.logStart;
          await log.enforceRetention();
          const after = log.logStartOffset;
          t.true(after >= before && after <= model.logEnd);
          const dropped = model.records.filter((r) => r.offset < after);
          const segments = log.segments();
          if ((config.retentionMs ?? -1) >= 0) {
            for (const r of dropped) t.true(now - r.timestamp > config.retentionMs!, `record ${r.offset} was not expired`);
            const first = segments[0]!;
            if (segments.length > 1 && first.maxTimestamp >= 0) t.true(now - first.maxTimestamp <= config.retentionMs!, 'an expired segment was kept');
          }
          if ((config.retentionBytes ?? -1) >= 0 && segments.length > 1) {
            t.true(log.size - segments[0]!.size < config.retentionBytes!, 'size retention stopped early');
          }
          model.logStart = after;
          model.dropBelow(after);
          break;
        }
        case 'compact': {
          if (!compacting) break;
          const end = log.activeSegmentBaseOffset;
          await log.compact();
          const latest = new Map<string, number>();
          for (const r of model.records) if (r.offset < end && r.key !== null) latest.set(r.key, r.offset);
          model.records = model.records.filter((r) => {
            if (r.offset >= end) return true;
            if (r.key === null || latest.get(r.key) !== r.offset) return false;
            if (r.value === null && r.horizon !== undefined && now >= r.horizon) return false;
            if (r.value === null) r.horizon ??= now + config.deleteRetentionMs!;
            return true;
          });
          break;
        }
        case 'roll':
          await log.roll();
          break;
        case 'timestamp': {
          const target = Math.max(0, now - op.back);
          const found = await log.offsetForTimestamp(target);
          const want = model.visible().find((r) => r.timestamp >= target);
          t.deepEqual(found, want && { offset: want.offset, timestamp: want.timestamp });
          break;
        }
        case 'reopen': {
          if (op.clean) await log.close();
          log = await PartitionLog.open(options);
          break;
        }
      }
      t.is(log.logStartOffset, model.logStart, `log start after ${op.kind}`);
      t.is(log.logEndOffset, model.logEnd, `log end after ${op.kind}`);
    }
    const all = (await log.read(model.logStart, { maxBytes: 1e8 })).flatMap((b) => [...b.records()]).filter((r) => r.offset >= model.logStart);
    t.deepEqual(
      all.map((r) => [r.offset, str(r.value)]),
      model.visible().map((r) => [r.offset, r.value]),
    );
    t.is(log.segments().reduce((sum, s) => sum + s.size, 0), log.size);
  } finally {
    await log.close();
    await storage.close();
  }
}

const property = (config: Partial<LogConfig>, tailCacheBytes = 0) =>
  fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 80, size: 'max' }), async (ops) => {
    // ava's assertions throw inside fast-check only with failing(); collect instead.
    const errors: string[] = [];
    const shim = new Proxy({} as import('ava').ExecutionContext, {
      get: (_, name: string) => (...args: unknown[]) => {
        const t2 = assertions as unknown as Record<string, (...a: unknown[]) => unknown>;
        return t2[name]!(errors, ...args);
      },
    });
    await run(shim, config, ops, tailCacheBytes);
    if (errors.length > 0) throw new Error(errors.join('\n'));
  });

// Minimal assertion functions that record failures, so fast-check can shrink on them.
const assertions = {
  is(errors: string[], a: unknown, b: unknown, message?: string) {
    if (!Object.is(a, b)) errors.push(`${message ?? 'is'}: ${inspect(a)} !== ${inspect(b)}`);
  },
  true(errors: string[], a: unknown, message?: string) {
    if (a !== true) errors.push(`${message ?? 'true'}: got ${inspect(a)}`);
  },
  deepEqual(errors: string[], a: unknown, b: unknown, message?: string) {
    if (!isDeepStrictEqual(a, b)) errors.push(`${message ?? 'deepEqual'}: ${inspect(a, { depth: 5 })} vs ${inspect(b, { depth: 5 })}`);
  },
  async throwsAsync(errors: string[], p: Promise<unknown>, expected: { code: string }) {
    try {
      await p;
      errors.push(`expected ${expected.code}, nothing thrown`);
    } catch (err) {
      if ((err as { code?: string }).code !== expected.code) errors.push(`expected ${expected.code}, got ${String(err)}`);
    }
  },
};

test('model: delete policy with time retention', async (t) => {
  await fc.assert(property({ cleanupPolicy: 'delete', retentionMs: 5000, retentionBytes: -1, segmentMs: 3000 }), { numRuns: 100 });
  t.pass();
});

test('model: delete policy with size retention', async (t) => {
  await fc.assert(property({ cleanupPolicy: 'delete', retentionMs: -1, retentionBytes: 2500 }), { numRuns: 100 });
  t.pass();
});

test('model: compaction with tombstones', async (t) => {
  await fc.assert(property({ cleanupPolicy: 'compact', deleteRetentionMs: 3000, retentionMs: -1, segmentMs: 4000 }), { numRuns: 150 });
  t.pass();
});

// A tail cache smaller than the log (batches leave it as others come), so that reads are
// answered from memory, from storage, and across the two, after every kind of change.
test('model: reads with a tail cache answer as storage does (delete policy)', async (t) => {
  await fc.assert(property({ cleanupPolicy: 'delete', retentionMs: 5000, retentionBytes: -1, segmentMs: 3000 }, 700), { numRuns: 100 });
  t.pass();
});

test('model: reads with a tail cache answer as storage does (compaction)', async (t) => {
  await fc.assert(property({ cleanupPolicy: 'compact', deleteRetentionMs: 3000, retentionMs: -1, segmentMs: 4000 }, 700), { numRuns: 150 });
  t.pass();
});
