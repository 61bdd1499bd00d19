import test from 'ava';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Storage } from '../../engine/storage/index.js';
import { PartitionLog } from '../../engine/log/index.js';
import { memoryLogger, str } from './helpers.js';

/*
 * A child process appends with fsync 'always' on classic-level and is killed with SIGKILL
 * mid-stream, twice. After each kill the log must hold every acknowledged append, intact,
 * and serve nothing corrupt past it. Every wait is for an event, with a bound.
 */

const child = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'crash-child.ts');

interface Ack {
  seq: number;
  baseOffset: number;
  lastOffset: number;
}

/** Runs the child until it has acknowledged `acks` appends, then SIGKILLs it. */
function runAndKill(directory: string, round: number, acks: number): Promise<{ acked: Ack[]; warnings: string[] }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, directory, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: Ack[] = [];
    const warnings: string[] = [];
    let stderr = '';
    let buffer = '';
    let killed = false;
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`child made ${acked.length} acks within 30 s; stderr: ${stderr}`));
    }, 30_000);
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [kind, ...rest] = line.split(' ');
        if (kind === 'warn') warnings.push(rest.join(' '));
        if (kind !== 'ack' || killed) continue;
        const [, seq, base, last] = rest.map(Number);
        acked.push({ seq: seq!, baseOffset: base!, lastOffset: last! });
        if (acked.length >= acks) {
          killed = true;
          proc.kill('SIGKILL');
        }
      }
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child exited with ${code} before the kill; stderr: ${stderr}`));
      else resolve({ acked, warnings });
    });
  });
}

test('SIGKILL during fsync-always appends on classic-level loses no acknowledged append', async (t) => {
  t.timeout(90_000);
  const directory = await mkdtemp(join(tmpdir(), 'logkeeper-crash-'));
  t.teardown(() => rm(directory, { recursive: true, force: true }));
  const allAcked: Array<Ack & { round: number }> = [];
  for (const round of [1, 2]) {
    const { acked } = await runAndKill(directory, round, 400);
    t.true(acked.length >= 400);
    allAcked.push(...acked.map((a) => ({ ...a, round })));

    const storage = await Storage.open({ directory });
    const logger = memoryLogger();
    const log = await PartitionLog.open({ storage, path: ['crash', '0'], retentionCheckIntervalMs: 0, logger, segmentBytes: 16 * 1024 });
    try {
      const maxAcked = Math.max(...allAcked.map((a) => a.lastOffset));
      t.true(log.logEndOffset > maxAcked, `log end ${log.logEndOffset} covers every ack (max ${maxAcked})`);
      const batches = await log.read(0, { maxBytes: 1e9 });
      let expected = 0;
      const byBase = new Map<number, string[]>();
      for (const b of batches) {
        t.true(b.isValid(), `batch ${b.baseOffset} passes its CRC`);
        t.is(b.baseOffset, expected, 'offsets are contiguous');
        expected = b.lastOffset + 1;
        byBase.set(b.baseOffset, [...b.records()].map((r) => str(r.value)!));
      }
      t.is(expected, log.logEndOffset);
      for (const a of allAcked) {
        const values = byBase.get(a.baseOffset);
        t.truthy(values, `acked batch at ${a.baseOffset} is present`);
        t.is(values!.length, a.lastOffset - a.baseOffset + 1);
        t.true(values!.every((v, i) => v.startsWith(`r${a.round}-s${a.seq}-${i}-`)), `acked batch at ${a.baseOffset} is intact`);
      }
      t.true(log.segments().length > 1, 'the run crossed segment rolls');
    } finally {
      await log.close();
      await storage.close();
    }
  }
});
