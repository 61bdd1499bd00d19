import { spawn } from 'node:child_process';
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { forget, track } from './children.js';

/*
 * What the machine gives right now, measured in the same run as the rows they divide:
 * - fdatasync/s: append 100 bytes to a file and fdatasync it, one after another, in a temp
 *   directory on the disk the data directories use (tmpdir()).
 * - loopback round-trips/s: 100 bytes to an echo server in another process over loopback
 *   TCP and the 100 bytes back, one at a time.
 */

export interface Baselines {
  fdatasyncPerSecond: number;
  roundTripsPerSecond: number;
}

export function fdatasyncRate(ms: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'logkeeper-bench-fsync-'));
  const fd = openSync(join(dir, 'log'), 'a');
  const record = Buffer.alloc(100, 42);
  try {
    let count = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ms) {
      writeSync(fd, record);
      fdatasyncSync(fd);
      count++;
      now = performance.now();
    }
    return (count * 1000) / (now - start);
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

const ECHO_SERVER = `
const server = require('node:net').createServer((s) => { s.setNoDelay(true); s.on('data', (d) => s.write(d)); s.on('error', () => {}); });
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

export async function roundTripRate(ms: number): Promise<number> {
  const child = track(spawn(process.execPath, ['-e', ECHO_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] }));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', (line) => resolve(Number(line)));
      child.once('exit', (code) => reject(new Error(`the echo server exited (${code})`)));
    });
    const socket = connect(port, '127.0.0.1');
    socket.setNoDelay(true);
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const message = Buffer.alloc(100, 42);
    const warmUntil = performance.now() + Math.min(200, ms / 5);
    let received = 0;
    let count = 0;
    let start = 0;
    const rate = new Promise<number>((resolve) => {
      socket.on('data', (chunk) => {
        received += chunk.length;
        if (received < message.length) return;
        received -= message.length;
        const now = performance.now();
        if (start === 0) {
          if (now >= warmUntil) start = now;
        } else {
          count++;
          if (now - start >= ms) {
            resolve((count * 1000) / (now - start));
            return;
          }
        }
        socket.write(message);
      });
    });
    socket.write(message);
    const result = await rate;
    socket.destroy();
    return result;
  } finally {
    child.kill('SIGKILL');
    forget(child);
  }
}

export async function measureBaselines(ms: number): Promise<Baselines> {
  return { fdatasyncPerSecond: fdatasyncRate(ms), roundTripsPerSecond: await roundTripRate(ms) };
}
