import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Storage } from '../engine/storage/index.js';
import { PartitionLog, encodeRecordBatch, type FsyncPolicy } from '../engine/log/index.js';
import { batchKey } from '../engine/log/layout.js';
import { report, type Row } from './lib/report.js';

/*
 * The partition log against the database it sits on. Workload: 100-byte records in batches
 * of 1, 100 and 1000, about 1 M records per case (each case also stops after a few seconds,
 * so fsync 'always' with batches of 1 finishes), on memory-level and on classic-level with
 * fsync 'never' and 'always'. Appends keep a window of requests in flight, as a producer
 * pipeline does. In the same run, the raw baseline writes the same bytes under the same keys
 * with db.batch() (one put per batch, same window, same sync flag) straight into a fresh
 * database, and reads them back with one raw iterator; the log's sequential read is
 * read(offset, { maxBytes: 1 MiB }) in a loop. Batches are encoded before the clock starts:
 * the producer encodes once; the encode rate is reported on its own row.
 */

const RECORD_BYTES = 100;
const TARGET_RECORDS = 1_000_000;
const CASE_MS = 3000;
const READ_MS = 1200;
const ROUNDS = 6;
const WINDOW = 64;
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
}

const rate = (m: Measure) => (m.records * 1000) / m.ms;
const mbps = (m: Measure) => m.bytes / 1e6 / (m.ms / 1000);

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

export default async function logBench(): Promise<void> {
  const rows: Row[] = [];
  const targets: Array<{ target: string; met: boolean; value?: string }> = [];
  const temp = await mkdtemp(join(tmpdir(), 'logkeeper-bench-'));
  let dirCount = 0;
  const dir = (setup: Setup) => (setup.directory ? join(temp, String(dirCount++)) : undefined);
  try {
    for (const size of BATCH_SIZES) {
      const pool = makeBatches(size, 64);
      const batchBytes = pool[0]!.length;
      const totalBatches = Math.ceil(TARGET_RECORDS / size);

      // Producer-side encode, for reference.
      const encodeStart = performance.now();
      let encoded = 0;
      while (performance.now() - encodeStart < 500) {
        makeBatches(size, 1);
        encoded++;
      }
      const encodeMs = performance.now() - encodeStart;
      rows.push({ case: `encode, batch ${size}`, 'records/s': (encoded * size * 1000) / encodeMs, 'MB/s': (encoded * batchBytes) / 1e3 / encodeMs });

      for (const setup of SETUPS) {
        const sync = setup.fsync === 'always';
        // The raw baseline: same bytes, same keys, db.batch() per batch.
        const rawStorage = await openStorage(dir(setup));
        // The same keys as the log's: its area (sublevel) and its batch keys.
        const area = rawStorage.area('bench');
        const storage = await openStorage(dir(setup));
        const log = await PartitionLog.open({ storage, path: ['bench'], fsync: setup.fsync, retentionCheckIntervalMs: 0, retentionMs: -1 });
        // Raw and log take turns in short rounds, so that load from elsewhere on the machine
        // falls on both alike; each side stops at the target or after CASE_MS in all.
        const rawWrite: Measure = { records: 0, bytes: 0, ms: 0 };
        const write: Measure = { records: 0, bytes: 0, ms: 0 };
        let rawNext = 0;
        let logNext = 0;
        for (let round = 0; round < ROUNDS; round++) {
          const r = await pump(totalBatches - rawNext, WINDOW, CASE_MS / ROUNDS, (i) =>
            area.batch([{ type: 'put', key: batchKey((rawNext + i) * size), value: pool[(rawNext + i) % pool.length]! }], { sync } as never),
          );
          rawNext += r.calls;
          rawWrite.records += r.calls * size;
          rawWrite.bytes += r.calls * batchBytes;
          rawWrite.ms += r.ms;
          const l = await pump(totalBatches - logNext, WINDOW, CASE_MS / ROUNDS, (i) => log.append(pool[(logNext + i) % pool.length]!));
          logNext += l.calls;
          write.records += l.calls * size;
          write.bytes += l.calls * batchBytes;
          write.ms += l.ms;
        }
        const writeRatio = rate(write) / rate(rawWrite);
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
          // Sequential read of everything appended, against one raw iterator over the raw copy.
          // Whole sequential passes, log and raw taking turns, each turn at least READ_MS / ROUNDS.
          const read: Measure = { records: 0, bytes: 0, ms: 0 };
          const rawRead: Measure = { records: 0, bytes: 0, ms: 0 };
          for (let round = 0; round < ROUNDS; round++) {
            const readStart = performance.now();
            do {
              let offset = log.logStartOffset;
              while (offset < log.logEndOffset) {
                const batches = await log.read(offset, { maxBytes: 1024 * 1024 });
                for (const b of batches) {
                  read.records += b.recordCount;
                  read.bytes += b.sizeInBytes;
                }
                offset = batches[batches.length - 1]!.nextOffset;
              }
            } while (performance.now() - readStart < READ_MS / ROUNDS);
            read.ms += performance.now() - readStart;
            const rawStart = performance.now();
            do {
              const it = area.values();
              for (;;) {
                const values = await it.nextv(1000);
                if (values.length === 0) break;
                for (const v of values) {
                  rawRead.records += (v[57]! << 24) | (v[58]! << 16) | (v[59]! << 8) | v[60]!;
                  rawRead.bytes += v.length;
                }
              }
              await it.close();
            } while (performance.now() - rawStart < READ_MS / ROUNDS);
            rawRead.ms += performance.now() - rawStart;
          }
          const readRatio = rate(read) / rate(rawRead);
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
    name: 'log',
    workload:
      `100-byte records, batches of ${BATCH_SIZES.join('/')} records, up to ${TARGET_RECORDS.toLocaleString('en-US')} records or ${CASE_MS / 1000} s per case, ` +
      `${WINDOW} appends in flight; memory-level, classic-level fsync never / always. Baselines in the same run: db.batch() of the same ` +
      'bytes under the same keys (same window and sync flag) into a fresh database, and one raw iterator over them.',
    rows,
    targets,
    notes: [
      'Append times exclude encoding (the producer encodes once); the log still checks each batch header and CRC32C and copies it.',
      'Reads return RecordBatch views without decoding records, as a fetch would; the raw iterator reads the record count from the same bytes.',
    ],
  });
}
