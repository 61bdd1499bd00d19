import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Storage, type Area } from '../engine/storage/index.js';
import { PartitionLog, RecordBatch, encodeRecordBatch, validateBatch, DEFAULT_CONFIG, type FsyncPolicy } from '../engine/log/index.js';
import { KIND_BATCH, batchKey, kindEnd } from '../engine/log/layout.js';
import { readInt32, readInt64 } from '../engine/log/bytes.js';
import { BASE_OFFSET, LAST_OFFSET_DELTA } from '../engine/log/record-batch.js';
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
 * Fairness on a shared 2-core machine: the sides take turns in rounds (each round the same
 * number of batches per side), and the order rotates from round to round, since on
 * classic-level the side that wrote last leaves compaction work running in the background of
 * the next. The "vs raw" column is the median over rounds of the log's rate / the raw rate in
 * that round; the absolute columns total all rounds.
 *
 * Reads are measured twice: readBytes() (the stored batches, as a fetch sends them) and read()
 * (a RecordBatch view per batch). On memory-level with batches of 1 the raw iterator takes about
 * 130 ns a batch and creating any object per batch about 35 more, so the views cannot reach
 * 0.8x there; the floor shows it.
 *
 * Floors: next to the read of views, the raw pass plus only what read()'s contract adds per
 * batch (look at its size for maxBytes, wrap it in a RecordBatch); with --floor, next to
 * each append without sync, the raw writes plus only the log's per-batch checks (header and
 * CRC32C) and copy. "vs floor" shows what the log costs beyond that unavoidable work.
 *
 * Flags: --only=<text> runs the setups whose name contains it; --sizes=1,100 picks batch
 * sizes; --floor adds the append floors. Partial runs write bench/results/log-partial.json.
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

/** A full garbage collection: between cases, so that none pays for the garbage of the one before. */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * Collects garbage and waits a moment, so that the previous case's memory (a memory-level
 * database of 100 MB) is freed before the next case starts rather than by background
 * sweeping while it runs.
 */
async function settle(gc: () => void): Promise<void> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
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

/** Runs the sides of round `round` one after the other, the order rotating from round to round. */
async function turns(round: number, sides: Array<() => Promise<void>>): Promise<void> {
  for (let i = 0; i < sides.length; i++) await sides[(round + i) % sides.length]!();
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

/** One sequential pass over the log, 1 MiB reads of RecordBatch views. */
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

/** One sequential pass over the log, 1 MiB reads of stored bytes (a fetch's path), counted as the raw pass counts. */
async function readLogBytes(log: PartitionLog, m: { records: number; bytes: number }): Promise<void> {
  let offset = log.logStartOffset;
  while (offset < log.logEndOffset) {
    const values = await log.readBytes(offset, { maxBytes: READ_BYTES });
    countStored(values, m);
    offset = batchEnd(values[values.length - 1]!);
  }
}

/** The consumer's side of a raw read: the record count from the bytes, and the size. */
function countStored(values: Uint8Array[], m: { records: number; bytes: number }): void {
  for (const v of values) {
    m.records += (v[57]! << 24) | (v[58]! << 16) | (v[59]! << 8) | v[60]!;
    m.bytes += v.length;
  }
}

/** One past the last offset of a stored batch. */
function batchEnd(v: Uint8Array): number {
  return readInt64(v, BASE_OFFSET) + readInt32(v, LAST_OFFSET_DELTA) + 1;
}

/** One sequential pass over the stored batches: one iterator, `perCall` batches per nextv(). */
async function rawPass(area: Area, perCall: number, chunk: (values: Uint8Array[]) => void): Promise<void> {
  const it = area.values({ gte: batchKey(0), lt: kindEnd(KIND_BATCH) });
  try {
    for (;;) {
      const values = await it.nextv(perCall);
      if (values.length === 0) break;
      chunk(values);
    }
  } finally {
    await it.close();
  }
}

/** The raw read: the record count from the same bytes, and the size. */
function readRaw(area: Area, perCall: number, m: { records: number; bytes: number }): Promise<void> {
  return rawPass(area, perCall, (values) => countStored(values, m));
}

/**
 * The floor under the log's read: the raw pass plus what read()'s contract needs for each
 * batch, no more: look at its size (to stop at maxBytes) and wrap it in a RecordBatch for the
 * caller, who then reads it as the log's caller does.
 */
function readFloor(area: Area, perCall: number, m: { records: number; bytes: number }): Promise<void> {
  return rawPass(area, perCall, (values) => {
    const batches: RecordBatch[] = [];
    let bytes = 0;
    for (const v of values) {
      if (batches.length > 0 && bytes + v.length > READ_BYTES) break;
      batches.push(RecordBatch.stored(v));
      bytes += v.length;
    }
    for (const b of batches) {
      m.records += b.recordCount;
      m.bytes += b.sizeInBytes;
    }
  });
}

/** Repeats whole passes for at least `ms`; returns what they read and how long it took. */
async function passes(ms: number, pass: (m: { records: number; bytes: number }) => Promise<void>): Promise<{ records: number; bytes: number; ms: number }> {
  const m = { records: 0, bytes: 0 };
  const start = performance.now();
  do await pass(m);
  while (performance.now() - start < ms);
  return { ...m, ms: performance.now() - start };
}

/**
 * The rows of one case: the log's (against raw and, when measured, the floor), then raw's
 * and the floor's, named after `name` ("append, batch 100, memory-level").
 */
function caseRows(name: string, log: Measure, raw: { label: string; m: Measure }, floor: { label: string; m: Measure } | undefined): Row[] {
  const rest = name.slice(name.indexOf(', ') + 2);
  const row = (label: string, m: Measure, vsRaw: number): Row => ({ case: label, 'records/s': rate(m), 'MB/s': mbps(m), records: m.records, 'vs raw': vsRaw });
  const rows: Row[] = [{ ...row(name, log, pairedRatio(log, raw.m)), ...(floor ? { 'vs floor': pairedRatio(log, floor.m) } : {}) }];
  rows.push(row(`  ${raw.label}, ${rest}`, raw.m, 1));
  if (floor) rows.push(row(`  floor: ${floor.label}, ${rest}`, floor.m, pairedRatio(floor.m, raw.m)));
  return rows;
}

interface Case {
  setup: Setup;
  size: number;
  pool: Uint8Array[];
  batchBytes: number;
  totalBatches: number;
  perRound: number;
  batchesPerRead: number;
  dir: (setup: Setup) => string | undefined;
  gc: () => void;
  writeFloor: boolean;
  temp: string;
  rows: Row[];
  targets: Array<{ target: string; met: boolean; value?: string }>;
}

/** Appends (log, raw and maybe floor, in turns) then, without sync, sequential reads. */
async function runCase(c: Case): Promise<void> {
  const { setup, size, pool, batchBytes, totalBatches, perRound, batchesPerRead, dir, gc, writeFloor, temp, rows, targets } = c;
  const sync = setup.fsync === 'always';
  // The raw baseline: same bytes, same keys (the log's area and its batch keys), db.batch() per batch.
  const rawStorage = await openStorage(dir(setup));
  const area = rawStorage.area('bench');
  const storage = await openStorage(dir(setup));
  const log = await PartitionLog.open({ storage, path: ['bench'], fsync: setup.fsync, retentionCheckIntervalMs: 0, retentionMs: -1 });
  const rawWrite = measure();
  const write = measure();
  // With --floor and without sync, also the floor under the log's append: the raw writes
  // plus the log's own per-batch work (the header and CRC32C check, and the copy), in a
  // fresh database. Not by default: on classic-level a third database compacting in the
  // background weighs on the other two (on the log most, which uses the most CPU).
  const floorStorage = sync || !writeFloor ? undefined : await openStorage(dir(setup));
  const floorArea = floorStorage?.area('bench');
  const floorWrite = measure();
  const next = { raw: 0, log: 0, floor: 0 };
  const side = (which: 'raw' | 'log' | 'floor', m: Measure, op: (n: number) => Promise<unknown>) => async () => {
    const base = next[which];
    const r = await pump(Math.min(perRound, totalBatches - base), WINDOW, CASE_MS / ROUNDS, (i) => op(base + i));
    next[which] += r.calls;
    add(m, r.calls * size, r.calls * batchBytes, r.ms);
  };
  const put = (a: Area, n: number, value: Uint8Array) => a.batch([{ type: 'put', key: batchKey(n * size), value }], { sync } as never);
  const sides = [
    side('raw', rawWrite, (n) => put(area, n, pool[n % pool.length]!)),
    side('log', write, (n) => log.append(pool[n % pool.length]!)),
  ];
  if (floorArea) {
    sides.push(
      side('floor', floorWrite, (n) => {
        const batch = pool[n % pool.length]!;
        validateBatch(batch, DEFAULT_CONFIG.maxMessageBytes);
        return put(floorArea, n, batch.slice());
      }),
    );
  }
  await settle(gc);
  for (let round = 0; round < ROUNDS; round++) await turns(round, sides);
  const writeRatio = pairedRatio(write, rawWrite);
  rows.push(
    ...caseRows(`append, batch ${size}, ${setup.name}`, write, { label: 'raw db.batch()', m: rawWrite }, floorArea ? { label: 'raw + CRC check + copy', m: floorWrite } : undefined),
  );
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
    // Sequential reads of everything appended, taking turns (whole passes, each turn at least
    // READ_MS / ROUNDS), the order rotating: raw, the log's stored bytes (a fetch's path), the
    // log's RecordBatch views, and the floor under those views.
    const readBytes = measure();
    const readViews = measure();
    const rawRead = measure();
    const floorRead = measure();
    const logArea = storage.area('bench');
    const reader = (m: Measure, pass: (into: { records: number; bytes: number }) => Promise<void>) => async () => {
      const r = await passes(READ_MS / ROUNDS, pass);
      add(m, r.records, r.bytes, r.ms);
    };
    const readers = [
      reader(rawRead, (into) => readRaw(logArea, batchesPerRead, into)),
      reader(readBytes, (into) => readLogBytes(log, into)),
      reader(readViews, (into) => readLog(log, into)),
      reader(floorRead, (into) => readFloor(logArea, batchesPerRead, into)),
    ];
    await settle(gc);
    for (let round = 0; round < ROUNDS; round++) await turns(round, readers);
    const readRatio = pairedRatio(readBytes, rawRead);
    const [bytesRow, rawRow, floorRow] = caseRows(`read, batch ${size}, ${setup.name}`, readBytes, { label: 'raw iterator', m: rawRead }, { label: 'raw + size check + RecordBatch', m: floorRead });
    const [viewsRow] = caseRows(`read as RecordBatch views, batch ${size}, ${setup.name}`, readViews, { label: 'raw iterator', m: rawRead }, { label: 'raw + size check + RecordBatch', m: floorRead });
    delete bytesRow!['vs floor'];
    rows.push(bytesRow!, viewsRow!, rawRow!, floorRow!);
    targets.push({ target: `sequential read (readBytes), batch ${size}, ${setup.name} >= 0.8x raw iterator`, met: readRatio >= 0.8, value: `${readRatio.toFixed(2)}x` });
  }
  await log.close();
  await storage.close();
  await rawStorage.close();
  await floorStorage?.close();
  // Remove the case's databases now: files left behind would keep the OS writing their
  // dirty pages back while the next cases run.
  for (const entry of await readdir(temp)) await rm(join(temp, entry), { recursive: true, force: true });
}

export default async function logBench(flags: string[] = []): Promise<void> {
  const only = flags.find((f) => f.startsWith('--only='))?.slice('--only='.length);
  const sizesFlag = flags.find((f) => f.startsWith('--sizes='))?.slice('--sizes='.length);
  const sizes = sizesFlag ? sizesFlag.split(',').map(Number) : BATCH_SIZES;
  const setups = SETUPS.filter((s) => only === undefined || s.name.includes(only));
  const writeFloor = flags.includes('--floor');
  const rows: Row[] = [];
  const targets: Array<{ target: string; met: boolean; value?: string }> = [];
  const gc = collectGarbage();
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
        // One function per case, so that nothing of a case (a memory-level database of 100 MB)
        // stays reachable from this suspended function while the next case runs.
        await runCase({ setup, size, pool, batchBytes, totalBatches, perRound, batchesPerRead, dir, gc, writeFloor, temp, rows, targets });
      }
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  report({
    name: only || sizesFlag || writeFloor ? 'log-partial' : 'log',
    workload:
      `100-byte records, batches of ${sizes.join('/')} records, up to ${TARGET_RECORDS.toLocaleString('en-US')} records or ${CASE_MS / 1000} s per case, ` +
      `${WINDOW} appends in flight; ${setups.map((s) => s.name).join('; ')}. Baselines in the same run, each in a fresh database: db.batch() of the same ` +
      `bytes under the same keys (same window and sync flag), and one raw iterator over the batches the log stored, taking per nextv() as many as a ` +
      `${READ_BYTES / 1024 / 1024} MiB log read returns. ${ROUNDS} rounds, the sides taking turns in rotating order; "vs raw" is the median per-round ratio; "vs floor" compares with the raw work plus only what the log must add.`,
    rows,
    targets,
    notes: [
      'Append times exclude encoding (the producer encodes once); the log still checks each batch header and CRC32C and copies it.',
      'read: readBytes(), the stored batches as they go on the wire (the path of a fetch by a consumer or a follower), counted as the raw pass counts (the record count from the bytes). ' +
        'read as RecordBatch views: read(), one object per batch, records not decoded; the floor under it is the raw pass plus those objects.',
    ],
  });
}
