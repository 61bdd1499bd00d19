import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Storage, type Area } from '../engine/storage/index.js';
import { PartitionLog, encodeRecordBatch, type FsyncPolicy } from '../engine/log/index.js';
import { KIND_BATCH, batchKey, kindEnd } from '../engine/log/layout.js';
import { report, type Row } from './lib/report.js';

/*
 * The partition log against the database it sits on. Workload: 100-byte records in batches
 * of 1, 100 and 1000, about 1 M records per case (each case also stops after a few seconds,
 * so fsync 'always' with batches of 1 finishes), on memory-level and on classic-level with
 * fsync 'never' and 'always'. Appends keep a window of requests in flight, as a producer
 * pipeline does. Batches are encoded before the clock starts: the producer encodes once; the
 * encode rate is reported on its own row.
 *
 * The raw baseline does the same job straight on abstract-level, the natural way. Writes go to
 * a fresh database of its own: db.batch() of the same bytes under the same keys (one put per
 * record batch, same window, same sync flag). Reads are one values() iterator over the very
 * batches the log stored (its area, the batch key range), taking with each nextv() as many
 * batches as one read(offset, { maxBytes: 1 MiB }) of the log returns: the same bytes, in the
 * same database and memory, with the same number of calls. (Iterating the raw copy instead
 * would favour the raw side on memory-level, where that copy holds the same 64 pooled buffers
 * over and over, always in cache, while the log holds a copy of each batch.)
 *
 * Fairness on a shared 2-core machine: raw and log take turns in rounds (each round the same
 * number of batches per side), and which goes first alternates, since on classic-level the
 * side that wrote last leaves compaction work running in the background of the other. The
 * "vs raw" column is the median over rounds of the log's rate / the raw rate in that round;
 * the absolute columns total all rounds.
 *
 * Flags: --only=<text> runs the setups whose name contains it; --sizes=1,100 picks batch sizes.
 */

const RECORD_BYTES = 100;
const TARGET_RECORDS = 1_000_000;
const CASE_MS = 3000;
const READ_MS = 1200;
const ROUNDS = 8;
const WINDOW = 64;
const READ_BYTES = 1024 * 1024;
const BATCH_SIZES = [1, 100, 1000];

interface Setup {
  name: string;
  directory: boolean;
  fsync: FsyncPolicy;
}

const SETUPS: Setup[] = [
  { name: 'memory-level', directory: false, fsync: 'never' },
  { name: 'classic-level, fsync never', directory: true, fsync: 'never' },
  { name: 'classic-level, fsync always', directory: true, fsync: 'always' },
];

interface Measure {
  records: number;
  bytes: number;
  ms: number;
  /** records/s of each round */
  rounds: number[];
}

const measure = (): Measure => ({ records: 0, bytes: 0, ms: 0, rounds: [] });
const rate = (m: Measure) => (m.records * 1000) / m.ms;
const mbps = (m: Measure) => m.bytes / 1e6 / (m.ms / 1000);

function add(m: Measure, records: number, bytes: number, ms: number): void {
  m.records += records;
  m.bytes += bytes;
  m.ms += ms;
  m.rounds.push((records * 1000) / ms);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median over rounds of log / raw, rounds where either side did nothing left out. */
function pairedRatio(log: Measure, raw: Measure): number {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(log.rounds.length, raw.rounds.length); i++) {
    if (log.rounds[i]! > 0 && raw.rounds[i]! > 0) ratios.push(log.rounds[i]! / raw.rounds[i]!);
  }
  return median(ratios);
}

/** Calls `op(i)` for i = 0.. with up to `window` in flight, until `total` calls or `maxMs`. */
async function pump(total: number, window: number, maxMs: number, op: (i: number) => Promise<unknown>): Promise<{ calls: number; ms: number }> {
  const start = performance.now();
  const deadline = start + maxMs;
  let next = 0;
  let done = 0;
  async function lane(): Promise<void> {
    while (next < total && performance.now() < deadline) {
      const i = next++;
      await op(i);
      done++;
    }
  }
  await Promise.all(Array.from({ length: window }, lane));
  return { calls: done, ms: performance.now() - start };
}

/** Runs the two sides of a round, `first` first; alternate it between rounds. */
async function turns(rawFirst: boolean, raw: () => Promise<void>, log: () => Promise<void>): Promise<void> {
  if (rawFirst) {
    await raw();
    await log();
  } else {
    await log();
    await raw();
  }
}

function makeBatches(size: number, count: number): Uint8Array[] {
  const value = new Uint8Array(RECORD_BYTES).fill(0x61);
  return Array.from({ length: count }, (_, n) =>
    encodeRecordBatch(
      Array.from({ length: size }, () => ({ value })),
      { timestamp: 1_700_000_000_000 + n },
    ),
  );
}

async function openStorage(directory: string | undefined): Promise<Storage> {
  return Storage.open(directory ? { directory } : {});
}

/** One sequential pass over the log, 1 MiB reads. */
async function readLog(log: PartitionLog, m: { records: number; bytes: number }): Promise<void> {
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const batches = await log.read(offset, { maxBytes: READ_BYTES });
    for (const b of batches) {
      m.records += b.recordCount;
      m.bytes += b.sizeInBytes;
    }
    offset = batches[batches.length - 1]!.nextOffset;
  }
}

/** One sequential pass over the stored batches: one iterator, `perCall` batches per nextv(). */
async function readRaw(area: Area, perCall: number, m: { records: number; bytes: number }): Promise<void> {
  const it = area.values({ gte: batchKey(0), lt: kindEnd(KIND_BATCH) });
  try {
    for (;;) {
      const values = await it.nextv(perCall);
      if (values.length === 0) break;
      for (const v of values) {
        m.records += (v[57]! << 24) | (v[58]! << 16) | (v[59]! << 8) | v[60]!;
        m.bytes += v.length;
      }
    }
  } finally {
    await it.close();
  }
}

/** Repeats whole passes for at least `ms`; returns what they read and how long it took. */
async function passes(ms: number, pass: (m: { records: number; bytes: number }) => Promise<void>): Promise<{ records: number; bytes: number; ms: number }> {
  const m = { records: 0, bytes: 0 };
  const start = performance.now();
  do await pass(m);
  while (performance.now() - start < ms);
  return { ...m, ms: performance.now() - start };
}

export default async function logBench(flags: string[] = []): Promise<void> {
  const only = flags.find((f) => f.startsWith('--only='))?.slice('--only='.length);
  const sizesFlag = flags.find((f) => f.startsWith('--sizes='))?.slice('--sizes='.length);
  const sizes = sizesFlag ? sizesFlag.split(',').map(Number) : BATCH_SIZES;
  const setups = SETUPS.filter((s) => only === undefined || s.name.includes(only));
  const rows: Row[] = [];
  const targets: Array<{ target: string; met: boolean; value?: string }> = [];
  const temp = await mkdtemp(join(tmpdir(), 'logkeeper-bench-'));
  let dirCount = 0;
  const dir = (setup: Setup) => (setup.directory ? join(temp, String(dirCount++)) : undefined);
  try {
    for (const size of sizes) {
      const pool = makeBatches(size, 64);
      const batchBytes = pool[0]!.length;
      const totalBatches = Math.ceil(TARGET_RECORDS / size);
      const perRound = Math.ceil(totalBatches / ROUNDS);
      // What one 1 MiB read of the log returns (it stops before the batch that would pass maxBytes).
      const batchesPerRead = Math.max(1, Math.floor(READ_BYTES / batchBytes));

      // Producer-side encode, for reference.
      const encodeStart = performance.now();
      let encoded = 0;
      while (performance.now() - encodeStart < 500) {
        makeBatches(size, 1);
        encoded++;
      }
      const encodeMs = performance.now() - encodeStart;
      rows.push({ case: `encode, batch ${size}`, 'records/s': (encoded * size * 1000) / encodeMs, 'MB/s': (encoded * batchBytes) / 1e3 / encodeMs });

      for (const setup of setups) {
        const sync = setup.fsync === 'always';
        // The raw baseline: same bytes, same keys (the log's area and its batch keys), db.batch() per batch.
        const rawStorage = await openStorage(dir(setup));
        const area = rawStorage.area('bench');
        const storage = await openStorage(dir(setup));
        const log = await PartitionLog.open({ storage, path: ['bench'], fsync: setup.fsync, retentionCheckIntervalMs: 0, retentionMs: -1 });
        const rawWrite = measure();
        const write = measure();
        let rawNext = 0;
        let logNext = 0;
        for (let round = 0; round < ROUNDS; round++) {
          await turns(
            round % 2 === 0,
            async () => {
              const base = rawNext;
              const r = await pump(Math.min(perRound, totalBatches - base), WINDOW, CASE_MS / ROUNDS, (i) =>
                area.batch([{ type: 'put', key: batchKey((base + i) * size), value: pool[(base + i) % pool.length]! }], { sync } as never),
              );
              rawNext += r.calls;
              add(rawWrite, r.calls * size, r.calls * batchBytes, r.ms);
            },
            async () => {
              const base = logNext;
              const l = await pump(Math.min(perRound, totalBatches - base), WINDOW, CASE_MS / ROUNDS, (i) => log.append(pool[(base + i) % pool.length]!));
              logNext += l.calls;
              add(write, l.calls * size, l.calls * batchBytes, l.ms);
            },
          );
        }
        const writeRatio = pairedRatio(write, rawWrite);
        rows.push({
          case: `append, batch ${size}, ${setup.name}`,
          'records/s': rate(write),
          'MB/s': mbps(write),
          records: write.records,
          'vs raw': writeRatio,
        });
        rows.push({ case: `  raw db.batch(), batch ${size}, ${setup.name}`, 'records/s': rate(rawWrite), 'MB/s': mbps(rawWrite), records: rawWrite.records, 'vs raw': 1 });
        if (setup.name === 'memory-level' && size === 1000) {
          targets.push({ target: 'append on memory-level >= 1,000,000 records/s with batches of 1000', met: rate(write) >= 1e6, value: `${Math.round(rate(write)).toLocaleString('en-US')} records/s` });
        }
        if (setup.directory) {
          targets.push({
            target: `append on ${setup.name}, batch ${size} >= 0.7x raw db.batch()`,
            met: writeRatio >= 0.7,
            value: `${writeRatio.toFixed(2)}x`,
          });
        }

        if (!sync) {
          // Sequential reads of everything appended, log and raw taking turns (whole passes,
          // each turn at least READ_MS / ROUNDS), which goes first alternating.
          const read = measure();
          const rawRead = measure();
          const logArea = storage.area('bench');
          for (let round = 0; round < ROUNDS; round++) {
            await turns(
              round % 2 === 1,
              async () => {
                const r = await passes(READ_MS / ROUNDS, (m) => readRaw(logArea, batchesPerRead, m));
                add(rawRead, r.records, r.bytes, r.ms);
              },
              async () => {
                const r = await passes(READ_MS / ROUNDS, (m) => readLog(log, m));
                add(read, r.records, r.bytes, r.ms);
              },
            );
          }
          const readRatio = pairedRatio(read, rawRead);
          rows.push({ case: `read, batch ${size}, ${setup.name}`, 'records/s': rate(read), 'MB/s': mbps(read), records: read.records, 'vs raw': readRatio });
          rows.push({ case: `  raw iterator, batch ${size}, ${setup.name}`, 'records/s': rate(rawRead), 'MB/s': mbps(rawRead), records: rawRead.records, 'vs raw': 1 });
          targets.push({ target: `sequential read, batch ${size}, ${setup.name} >= 0.8x raw iterator`, met: readRatio >= 0.8, value: `${readRatio.toFixed(2)}x` });
        }
        await log.close();
        await storage.close();
        await rawStorage.close();
      }
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  report({
    name: only || sizesFlag ? 'log-partial' : 'log',
    workload:
      `100-byte records, batches of ${sizes.join('/')} records, up to ${TARGET_RECORDS.toLocaleString('en-US')} records or ${CASE_MS / 1000} s per case, ` +
      `${WINDOW} appends in flight; ${setups.map((s) => s.name).join('; ')}. Baselines in the same run, each in a fresh database: db.batch() of the same ` +
      `bytes under the same keys (same window and sync flag), and one raw iterator over the batches the log stored, taking per nextv() as many as a ` +
      `${READ_BYTES / 1024 / 1024} MiB log read returns. ${ROUNDS} rounds, raw and log taking turns, the first alternating; "vs raw" is the median per-round ratio.`,
    rows,
    targets,
    notes: [
      'Append times exclude encoding (the producer encodes once); the log still checks each batch header and CRC32C and copies it.',
      'Reads return RecordBatch views without decoding records, as a fetch would; the raw iterator reads the record count from the same bytes.',
    ],
  });
}
