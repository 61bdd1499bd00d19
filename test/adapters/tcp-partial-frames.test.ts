import test from 'ava';
import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { FrameType, HEADER_BYTES } from '../../adapters/tcp/wire.js';
import { closeError, closing, deferred, until, within } from './helpers/world.js';
import { dataFrame, handshakenSocket } from './helpers/raw-tcp.js';

/*
 * Peers that announce a large frame, send most of it and hold, against a listener in a
 * process of its own (so its RSS is its own): the listener's transport holds at most its
 * budget for unfinished frames, refuses the connections beyond it with OVERLOADED, serves its
 * other clients meanwhile, and has the budget back when the holders go.
 */

const MiB = 1024 * 1024;
const BUDGET = 32 * MiB;
const HOLDERS = 40;
const ANNOUNCED = 8 * MiB;
const SENT = 7 * MiB;
const LISTENER = fileURLToPath(new URL('./helpers/echo-listener-process.ts', import.meta.url));

interface Stats {
  rss: number;
  partialFrameBytes: number;
}

async function startListener(t: Parameters<typeof closing>[0]) {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', LISTENER, String(BUDGET)], { stdio: ['pipe', 'pipe', 'inherit'] });
  t.teardown(() => {
    child.kill('SIGKILL');
  });
  const lines = createInterface({ input: child.stdout! });
  let waiting: ((line: string) => void) | null = null;
  const listening = deferred<string>();
  lines.on('line', (line) => {
    if (line.startsWith('listening ')) listening.resolve(line.slice('listening '.length));
    else waiting?.(line);
  });
  const address = await within(listening.promise, 20_000, 'the listener process to start');
  const stats = (): Promise<Stats> => within(new Promise<Stats>((resolve) => {
    waiting = (line) => {
      waiting = null;
      resolve(JSON.parse(line) as Stats);
    };
    child.stdin!.write('stats\n');
  }), 10_000, 'stats from the listener');
  return { address, stats };
}

/** Resolves once the listener's stats satisfy `condition`, polling them. */
async function statsUntil(stats: () => Promise<Stats>, condition: (s: Stats) => boolean, ms: number, what: string): Promise<Stats> {
  let last: Stats = await stats();
  await until(() => condition(last), ms, what).catch(() => {});
  const deadline = Date.now() + ms;
  while (!condition(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await stats();
  }
  return last;
}

/** The header of a DATA frame announcing `payload` bytes, and no payload. */
function dataHeader(payload: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32BE(payload + 1, 0);
  header[4] = FrameType.Data;
  return header;
}

/** Everything a raw socket receives, and whether it has closed. */
function watch(socket: Socket) {
  const received: Buffer[] = [];
  const state = { closed: false, text: () => Buffer.concat(received).toString('latin1') };
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  socket.on('error', () => {});
  socket.on('close', () => (state.closed = true));
  return state;
}

test('many peers holding unfinished frames: RSS stays bounded, those past the budget are refused with OVERLOADED, others are served, and the budget comes back', async (t) => {
  const { address, stats } = await startListener(t);
  const client = closing(t, new TcpTransport({ logger: silentLogger, keepAliveMs: 0 }));
  const echo = async (connection: Awaited<ReturnType<TcpTransport['connect']>>, bytes: number) => {
    const got = deferred<Uint8Array>();
    connection.onFrame((frame) => got.resolve(frame));
    connection.send(new Uint8Array(bytes).fill(3));
    return (await within(got.promise, 10_000, 'an echo')).byteLength;
  };
  const before = await stats();

  // Each holder finishes a small first frame, then announces 8 MiB, sends 7 MiB and holds.
  const body = Buffer.alloc(SENT, 1);
  const holders = await Promise.all(Array.from({ length: HOLDERS }, () => handshakenSocket(address)));
  const watched = holders.map(watch);
  for (const socket of holders) {
    socket.write(dataFrame(Uint8Array.of(1)));
    socket.write(dataHeader(ANNOUNCED));
    socket.write(body);
  }
  // A peer whose very first frame announces 16 MiB is refused at its header.
  const bold = await handshakenSocket(address);
  const boldState = watch(bold);
  bold.write(dataHeader(16 * MiB));

  await until(() => holders.every((s, i) => watched[i]!.closed || s.writableLength === 0), 60_000, 'the holders to hand over their bytes');
  const open = () => watched.filter((w) => !w.closed).length;
  const during = await statsUntil(stats, (s) => s.partialFrameBytes >= open() * SENT, 60_000, 'the listener to read what the holders sent');
  t.log(`RSS ${(before.rss / MiB).toFixed(0)} MiB before, ${(during.rss / MiB).toFixed(0)} MiB with ${open()} holders open; unfinished frames hold ${(during.partialFrameBytes / MiB).toFixed(1)} MiB`);

  t.true(during.partialFrameBytes <= BUDGET, 'never past the budget');
  t.true(open() <= Math.floor(BUDGET / SENT), `${open()} holders are still open`);
  const refused = watched.filter((w) => w.closed);
  t.true(refused.length >= HOLDERS - Math.floor(BUDGET / SENT));
  t.true(refused.every((w) => w.text().includes('OVERLOADED')), 'each refused holder was told OVERLOADED in a GOAWAY');
  // What arrives is read into fresh chunks; those of refused peers are garbage until a GC, hence the slack.
  t.true(during.rss - before.rss < 4 * BUDGET, `RSS grew by ${((during.rss - before.rss) / MiB).toFixed(0)} MiB; unbounded it would hold ${(HOLDERS * SENT) / MiB} MiB`);
  await within(new Promise((resolve) => (boldState.closed ? resolve(null) : bold.once('close', resolve))), 10_000, 'the bold peer to be refused');
  t.regex(boldState.text(), /FRAME_TOO_LARGE/);

  // Meanwhile other clients are served: a new one, with small frames.
  const other = await within(client.connect(address), 10_000, 'a new client to connect while the budget is taken');
  t.is(await echo(other, 100), 100);
  // One whose frame needs more than the budget has left is refused, and told why through the GOAWAY.
  const greedy = await within(client.connect(address), 10_000, 'another client');
  t.is(await echo(greedy, 10), 10, 'a small first frame');
  const greedyClosed = closeError(greedy, 20_000);
  // What the budget holds now (a holder may have been refused since it was measured).
  greedy.send(new Uint8Array(BUDGET - (await stats()).partialFrameBytes + MiB));
  const reason = await greedyClosed;
  t.is(reason?.code, 'OVERLOADED');
  t.true((reason as { retriable?: boolean }).retriable);

  for (const socket of holders) socket.destroy();
  bold.destroy();
  const after = await statsUntil(stats, (s) => s.partialFrameBytes === 0, 20_000, 'the budget to come back');
  t.is(after.partialFrameBytes, 0);
  t.log(`RSS ${(after.rss / MiB).toFixed(0)} MiB after the holders closed`);
  t.is(await echo(other, 2 * MiB), 2 * MiB, 'with the budget back, large frames pass again');
});
