import * as net from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { MemoryNetwork } from '../adapters/memory/index.js';
import { TcpTransport } from '../adapters/tcp/index.js';
import { RelayHub, RelayTransport, WebSocketTransport } from '../adapters/websocket/index.js';
import { silentLogger } from '../adapters/shared/logger.js';
import { FrameParser } from '../transports/framing.js';
import type { Connection, Transport } from '../transports/transport.js';
import { RpcPeer, Router } from '../engine/rpc/index.js';
import { report, type Row } from './lib/report.js';

/*
 * Transport benchmark (issue 6). For each adapter, in one process on loopback:
 *   - 64 KiB frames one way, as fast as back-pressure allows: frames/s and MB/s;
 *   - 100-byte request/response (the server echoes), with 1 and 64 in flight: round trips/s;
 * beside the same workloads over raw `net` sockets (4-byte length prefix, write()/'drain')
 * and raw `ws` (one binary message per frame), in the same run. Each case runs `rounds`
 * times, interleaved with the others (every other round in reverse order, so an adapter and
 * its baseline run next to each other, each first half the time). The absolute columns are
 * the best round (other work on a shared machine only ever slows a round down); the ratios
 * are the median over rounds of adapter / baseline within the same round, which cancels
 * most of the machine's changing load. `--quick` shortens
 * everything; `--only=tcp,websocket` runs those cases (with their baselines) and skips the
 * targets of the others.
 */

const BIG = 64 * 1024;
const SMALL = 100;
const HIGH_WATER = 1024 * 1024;

/** One way to move frames: what every workload drives. */
interface Pipe {
  send(frame: Uint8Array): boolean;
  /** Resolves when the sender may send again after `send` returned false. */
  drained(): Promise<void>;
  onClientFrame(handler: (frame: Uint8Array) => void): void;
  onServerFrame(handler: (frame: Uint8Array) => void): void;
  serverSend(frame: Uint8Array): void;
  close(): Promise<void>;
}

function waitFor(register: (fn: () => void) => void): Promise<void> {
  return new Promise((resolve) => register(resolve));
}

// ---- pipes over logkeeper transports ----

async function transportPipe(server: Transport, client: Transport, address: string, cleanup: () => Promise<void> = async () => {}): Promise<Pipe> {
  let accepted!: (c: Connection) => void;
  const serverEnd = new Promise<Connection>((resolve) => (accepted = resolve));
  const listener = await server.listen(address, accepted);
  const clientEnd = await client.connect(listener.address);
  const s = await serverEnd;
  let drainWaiter: (() => void) | null = null;
  clientEnd.onDrain(() => {
    const w = drainWaiter;
    drainWaiter = null;
    w?.();
  });
  return {
    send: (f) => clientEnd.send(f),
    drained: () => (clientEnd.bufferedAmount < HIGH_WATER ? Promise.resolve() : waitFor((fn) => (drainWaiter = fn))),
    onClientFrame: (h) => clientEnd.onFrame(h),
    onServerFrame: (h) => s.onFrame(h),
    serverSend: (f) => void s.send(f),
    close: async () => {
      await client.close();
      await server.close();
      await cleanup();
    },
  };
}

// ---- raw net ----

function rawFrame(payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(4 + payload.byteLength);
  out.writeUInt32BE(payload.byteLength, 0);
  out.set(payload, 4);
  return out;
}

async function rawNetPipe(): Promise<Pipe> {
  let serverSocket!: net.Socket;
  const server = net.createServer();
  const accepted = new Promise<void>((resolve) => {
    server.on('connection', (s) => {
      s.setNoDelay(true);
      serverSocket = s;
      resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const client = net.connect(port, '127.0.0.1');
  client.setNoDelay(true);
  await new Promise((resolve) => client.once('connect', resolve));
  await accepted;
  const reader = (socket: net.Socket, handler: (f: Uint8Array) => void) => {
    const parser = new FrameParser({ maxFrameBytes: 16 * 1024 * 1024 });
    socket.on('data', (chunk) => {
      for (const f of parser.push(chunk)) handler(f);
    });
  };
  return {
    // Like a careful user of net: one write per frame (header + payload in one buffer, as
    // the caller may reuse the payload), honouring write()'s return value.
    send: (f) => client.write(rawFrame(f)),
    drained: () => (client.writableNeedDrain ? waitFor((fn) => client.once('drain', fn)) : Promise.resolve()),
    onClientFrame: (h) => reader(client, h),
    onServerFrame: (h) => reader(serverSocket, h),
    serverSend: (f) => void serverSocket.write(rawFrame(f)),
    close: async () => {
      client.destroy();
      serverSocket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// ---- raw ws ----

async function rawWsPipe(): Promise<Pipe> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const accepted = new Promise<WebSocket>((resolve) => server.once('connection', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${port}/`, { perMessageDeflate: false });
  await new Promise((resolve) => client.once('open', resolve));
  const s = await accepted;
  let waiting: (() => void) | null = null;
  const written = () => {
    if (waiting && client.bufferedAmount < HIGH_WATER) {
      const w = waiting;
      waiting = null;
      w();
    }
  };
  return {
    send: (f) => {
      const below = client.bufferedAmount + f.byteLength < HIGH_WATER;
      if (below) client.send(f);
      else client.send(f, written);
      return below;
    },
    drained: () => (client.bufferedAmount < HIGH_WATER ? Promise.resolve() : waitFor((fn) => (waiting = fn))),
    onClientFrame: (h) => client.on('message', (d: Buffer) => h(d)),
    onServerFrame: (h) => s.on('message', (d: Buffer) => h(d)),
    // The server does not mask, so ws keeps a reference: copy, as the caller may reuse it.
    serverSend: (f) => s.send(Buffer.from(f)),
    close: async () => {
      client.terminate();
      s.terminate();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// ---- workloads ----

async function throughput(pipe: Pipe, ms: number): Promise<{ framesPerSecond: number; mbPerSecond: number }> {
  const frame = new Uint8Array(BIG).fill(7);
  let received = 0;
  let first = 0;
  let last = 0;
  let stop = false;
  pipe.onServerFrame(() => {
    if (received === 0) first = performance.now();
    received++;
    last = performance.now();
  });
  const start = performance.now();
  let sent = 0;
  while (performance.now() - start < ms) {
    if (!pipe.send(frame)) await pipe.drained();
    sent++;
    if (sent % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  stop = true;
  const deadline = performance.now() + 5000;
  while (received < sent && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1));
  void stop;
  const seconds = (last - start) / 1000;
  void first;
  return { framesPerSecond: received / seconds, mbPerSecond: (received * BIG) / seconds / 1e6 };
}

async function requestResponse(pipe: Pipe, inFlight: number, ms: number): Promise<number> {
  pipe.onServerFrame((f) => pipe.serverSend(f));
  const request = new Uint8Array(SMALL).fill(1);
  let done = 0;
  let stopAt = 0;
  let finished!: () => void;
  const all = new Promise<void>((resolve) => (finished = resolve));
  let outstanding = 0;
  pipe.onClientFrame(() => {
    done++;
    outstanding--;
    if (performance.now() < stopAt) {
      outstanding++;
      pipe.send(request);
    } else if (outstanding === 0) finished();
  });
  const start = performance.now();
  stopAt = start + ms;
  for (let i = 0; i < inFlight; i++) {
    outstanding++;
    pipe.send(request);
  }
  await all;
  return done / ((performance.now() - start) / 1000);
}

async function rpcRate(server: Transport, client: Transport, address: string, inFlight: number, ms: number): Promise<number> {
  let accepted!: (c: Connection) => void;
  const serverEnd = new Promise<Connection>((resolve) => (accepted = resolve));
  const listener = await server.listen(address, accepted);
  const clientConnection = await client.connect(listener.address);
  const router = new Router();
  router.handle('echo', async (payload: Uint8Array) => payload);
  new RpcPeer(await serverEnd, { router, maxServing: 4096 });
  const peer = new RpcPeer(clientConnection, { maxInFlight: inFlight });
  const payload = new Uint8Array(SMALL);
  let done = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() - start < ms) {
        await peer.request('echo', payload);
        done++;
      }
    }),
  );
  const rate = done / ((performance.now() - start) / 1000);
  await client.close();
  await server.close();
  return rate;
}

// ---- the cases ----

interface Case {
  name: string;
  baseline?: string;
  pipe(): Promise<Pipe>;
  rpc?: () => { server: Transport; client: Transport; address: string; cleanup?: () => Promise<void> };
}

const tcpOptions = { logger: silentLogger, keepAliveMs: 0 };
const wsOptions = { logger: silentLogger, keepAliveMs: 0 };

async function relayPair(): Promise<{ server: Transport; client: Transport; address: string; cleanup: () => Promise<void> }> {
  const hub = new RelayHub({ logger: silentLogger, keepAliveMs: 0 });
  const { address } = await hub.listen('ws://127.0.0.1:0/relay');
  return {
    server: new RelayTransport({ hub: address, logger: silentLogger, keepAliveMs: 0 }),
    client: new RelayTransport({ hub: address, logger: silentLogger, keepAliveMs: 0 }),
    address: 'relay://bench',
    cleanup: () => hub.close(),
  };
}

// Each adapter runs right after its baseline, so that drift in the machine's load hits both alike.
const allCases: Case[] = [
  { name: 'raw net', pipe: rawNetPipe },
  { name: 'tcp', baseline: 'raw net', pipe: () => transportPipe(new TcpTransport(tcpOptions), new TcpTransport(tcpOptions), 'tcp://127.0.0.1:0') },
  { name: 'tcp + secret', baseline: 'raw net', pipe: () => transportPipe(new TcpTransport({ ...tcpOptions, secret: 's' }), new TcpTransport({ ...tcpOptions, secret: 's' }), 'tcp://127.0.0.1:0') },
  { name: 'raw ws', pipe: rawWsPipe },
  { name: 'websocket', baseline: 'raw ws', pipe: () => transportPipe(new WebSocketTransport(wsOptions), new WebSocketTransport(wsOptions), 'ws://127.0.0.1:0/') },
  {
    name: 'relay (ws hub)',
    baseline: 'raw ws',
    pipe: async () => {
      const { server, client, address, cleanup } = await relayPair();
      return transportPipe(server, client, address, cleanup);
    },
  },
  {
    name: 'memory',
    pipe: () => {
      const network = new MemoryNetwork({ highWaterMark: HIGH_WATER });
      return transportPipe(network.transport('server'), network.transport('client'), 'bench');
    },
  },
];

function best(values: number[]): number {
  return Math.max(...values);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export default async function run(flags: string[]): Promise<void> {
  const quick = flags.includes('--quick');
  const only = flags.find((f) => f.startsWith('--only='))?.slice('--only='.length).split(',');
  const wanted = only ? new Set(allCases.filter((c) => only.includes(c.name)).flatMap((c) => [c.name, ...(c.baseline ? [c.baseline] : [])])) : null;
  const cases = wanted ? allCases.filter((c) => wanted.has(c.name)) : allCases;
  const ms = quick ? 300 : 500;
  const rounds = quick ? 1 : 7;
  const results = new Map<string, { fps: number[]; mbps: number[]; rr1: number[]; rr64: number[] }>();
  for (const c of cases) results.set(c.name, { fps: [], mbps: [], rr1: [], rr64: [] });

  for (let round = 0; round < rounds; round++) {
    for (const c of round % 2 === 0 ? cases : [...cases].reverse()) {
      const r = results.get(c.name)!;
      let pipe = await c.pipe();
      const big = await throughput(pipe, ms);
      await pipe.close();
      r.fps.push(big.framesPerSecond);
      r.mbps.push(big.mbPerSecond);
      pipe = await c.pipe();
      r.rr1.push(await requestResponse(pipe, 1, ms));
      await pipe.close();
      pipe = await c.pipe();
      r.rr64.push(await requestResponse(pipe, 64, ms));
      await pipe.close();
      process.stdout.write('.');
    }
  }

  const value = (name: string) => {
    const r = results.get(name)!;
    return { fps: best(r.fps), mbps: best(r.mbps), rr1: best(r.rr1), rr64: best(r.rr64) };
  };
  /** Median over rounds of name / base, each ratio taken within one round. */
  const paired = (name: string, base: string, key: 'mbps' | 'rr1' | 'rr64') => {
    const a = results.get(name)![key];
    const b = results.get(base)![key];
    return median(a.map((x, i) => x / b[i]!));
  };
  const rows: Row[] = cases.map((c) => {
    const v = value(c.name);
    const row: Row = {
      case: c.name,
      '64KiB frames/s': v.fps,
      'MB/s': v.mbps,
      'rr/s (1 in flight)': v.rr1,
      'rr/s (64 in flight)': v.rr64,
    };
    if (c.baseline) {
      row['vs'] = c.baseline;
      row['x MB/s'] = paired(c.name, c.baseline, 'mbps');
      row['x rr1'] = paired(c.name, c.baseline, 'rr1');
      row['x rr64'] = paired(c.name, c.baseline, 'rr64');
    }
    return row;
  });

  // RpcPeer on top, for reference (no raw baseline: it adds envelopes and correlation).
  const rpcRows: Row[] = [];
  if (!only) for (const [name, make] of [
    ['rpc over memory', async () => {
      const network = new MemoryNetwork();
      return { server: network.transport('s') as Transport, client: network.transport('c') as Transport, address: 's' };
    }],
    ['rpc over tcp', async () => ({ server: new TcpTransport(tcpOptions) as Transport, client: new TcpTransport(tcpOptions) as Transport, address: 'tcp://127.0.0.1:0' })],
    ['rpc over websocket', async () => ({ server: new WebSocketTransport(wsOptions) as Transport, client: new WebSocketTransport(wsOptions) as Transport, address: 'ws://127.0.0.1:0/' })],
  ] as const) {
    const a = await make();
    const rr1 = await rpcRate(a.server, a.client, a.address, 1, ms);
    const b = await make();
    const rr64 = await rpcRate(b.server, b.client, b.address, 64, ms);
    rpcRows.push({ case: name, 'rr/s (1 in flight)': rr1, 'rr/s (64 in flight)': rr64 });
  }
  process.stdout.write('\n');

  const ratio = (x: number) => `${x.toFixed(2)}x`;
  const has = (name: string) => results.has(name) && cases.some((c) => c.name === name);
  const targets: Array<{ target: string; met: boolean; value: string }> = [];
  const target = (text: string, name: string, base: string, key: 'mbps' | 'rr1' | 'rr64', min: number) => {
    if (!has(name) || !has(base)) return;
    const x = paired(name, base, key);
    targets.push({ target: text, met: x >= min, value: ratio(x) });
  };
  target('TCP >= 0.8x raw net for 64 KiB frames (MB/s)', 'tcp', 'raw net', 'mbps', 0.8);
  target('TCP >= 0.7x raw net for 100-byte req/resp, 64 in flight', 'tcp', 'raw net', 'rr64', 0.7);
  target('WebSocket >= 0.8x raw ws for 64 KiB frames (MB/s)', 'websocket', 'raw ws', 'mbps', 0.8);
  target('WebSocket >= 0.8x raw ws for 100-byte req/resp, 1 in flight', 'websocket', 'raw ws', 'rr1', 0.8);
  target('WebSocket >= 0.8x raw ws for 100-byte req/resp, 64 in flight', 'websocket', 'raw ws', 'rr64', 0.8);
  report({
    name: 'transport',
    workload: `loopback, client and server in one process; 64 KiB frames one way for ${ms} ms with back-pressure (high-water ${HIGH_WATER / 1024} KiB); ` +
      `${SMALL}-byte echo with 1 and 64 in flight for ${ms} ms; best of ${rounds} interleaved rounds (ratios: median of per-round ratios); liveness pings off`,
    rows: [...rows, ...rpcRows],
    targets,
    notes: [
      'raw net writes header+payload as one buffer per frame; the TCP adapter copies each frame into a batch and writes once per microtask (cork/uncork for several batches)',
      'raw ws sends each frame with ws.send; the adapter adds the handshake up front, liveness (off here) and bufferedAmount accounting per send',
      'the relay goes client → hub → server over two WebSocket links, with per-connection credit flow control',
    ],
  });
}
