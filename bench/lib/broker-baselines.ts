import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PendingSend } from '../../engine/broker/client/producer/pending-send.js';
import { ProducerBatch, type BatchSettings } from '../../engine/broker/client/producer/producer-batch.js';
import { prepareRecord } from '../../engine/broker/client/producer/record.js';
import { PartitionLog } from '../../engine/log/index.js';
import { Storage } from '../../engine/storage/index.js';
import { recordValues } from './broker-deployment.js';
import { forget, track } from './children.js';

/*
 * The broker benchmark's baselines, measured in the same run as the rows they divide:
 *
 * - The partition log's own append rate for the same bytes: PartitionLog.append of the
 *   batches the producer builds (its ProducerBatch, default 16 KiB of 100-byte records), 64
 *   appends in flight spread over as many logs as the topic has partitions, on one database
 *   as a broker's partitions are (in LevelDB their interleaved keys cost compactions that one
 *   log's sequential keys do not), on classic-level with the broker's default fsync policy
 *   ('interval') and on memory-level, in this process, nothing else running.
 * - Raw TCP: 64 KiB writes over a loopback socket to another process that only counts the
 *   bytes (back-pressure honoured), as fast as they go: the most a produce over TCP could move.
 */

export interface Baselines {
  /** records/s of PartitionLog.append, by storage. */
  logAppend: { classic: number; memory: number };
  /** Bytes per batch and records per batch of the producer's batches. */
  batchBytes: number;
  batchRecords: number;
  /** MB/s of raw loopback TCP between two processes. */
  tcpMBps: number;
}

const WINDOW = 64;

/** A batch as the producer builds it: as many of the bench's 100-byte records as its default 16 KiB take. */
export function producerBatchBytes(): { bytes: Uint8Array; records: number } {
  const settings: BatchSettings = { acks: 1, timeoutMs: 30_000, compression: 'none' };
  const now = Date.now();
  const batch = new ProducerBatch('t', 0, 't-0', settings, now, 120_000);
  const records = recordValues(200).map((value) => prepareRecord({ value }, now, 'bench'));
  const send = new PendingSend();
  while (batch.accepts(settings, records[batch.recordCount]!, 16 * 1024)) batch.append(records[batch.recordCount]!, send);
  return { bytes: batch.build({ producerId: -1, producerEpoch: -1, baseSequence: -1 }), records: batch.recordCount };
}

async function logAppendRate(directory: string | undefined, partitions: number, batch: Uint8Array, records: number, ms: number): Promise<number> {
  const storage = await Storage.open(directory ? { directory } : {});
  const logs = await Promise.all(Array.from({ length: partitions }, (_, p) => PartitionLog.open({ storage, path: ['bench', String(p)], retentionCheckIntervalMs: 0 })));
  try {
    // WINDOW appends in flight over all the logs, each lane on one log, as the broker's partitions share one database.
    const lane = (i: number) => logs[i % partitions]!;
    const warmUntil = performance.now() + Math.min(500, ms / 4);
    while (performance.now() < warmUntil) await Promise.all(Array.from({ length: WINDOW }, (_, i) => lane(i).append(batch)));
    let appended = 0;
    const start = performance.now();
    await Promise.all(Array.from({ length: WINDOW }, async (_, i) => {
      while (performance.now() - start < ms) {
        await lane(i).append(batch);
        appended++;
      }
    }));
    return (appended * records * 1000) / (performance.now() - start);
  } finally {
    await Promise.all(logs.map((log) => log.close()));
    await storage.close();
  }
}

const SINK = `
const server = require('node:net').createServer((s) => {
  let bytes = 0;
  s.on('data', (d) => { bytes += d.length; });
  s.on('end', () => s.end(String(bytes)));
  s.on('error', () => {});
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

/** MB/s of 64 KiB writes to a counting sink in another process. */
export async function rawTcpRate(ms: number): Promise<number> {
  const child = track(spawn(process.execPath, ['-e', SINK], { stdio: ['ignore', 'pipe', 'inherit'] }));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', (line) => resolve(Number(line)));
      child.once('exit', (code) => reject(new Error(`the TCP sink exited (${code})`)));
    });
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const answer = new Promise<number>((resolve) => {
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('end', () => resolve(Number(text)));
    });
    const start = performance.now();
    while (performance.now() - start < ms) {
      if (!socket.write(chunk)) await new Promise((resolve) => socket.once('drain', resolve));
    }
    socket.end();
    const bytes = await answer;
    return bytes / 1e6 / ((performance.now() - start) / 1000);
  } finally {
    child.kill('SIGKILL');
    forget(child);
  }
}

export async function measureBrokerBaselines(ms: number, partitions: number): Promise<Baselines> {
  const { bytes, records } = producerBatchBytes();
  const dir = mkdtempSync(join(tmpdir(), 'logkeeper-bench-log-'));
  try {
    const classic = await logAppendRate(dir, partitions, bytes, records, ms);
    const memory = await logAppendRate(undefined, partitions, bytes, records, ms);
    return { logAppend: { classic, memory }, batchBytes: bytes.length, batchRecords: records, tcpMBps: await rawTcpRate(ms) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
