import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { MemoryNetwork } from '../adapters/memory/index.js';
import { TcpTransport } from '../adapters/tcp/index.js';
import { LevelRaftStore, RaftNode } from '../engine/consensus/index.js';
import { Keeper } from '../engine/coordination/client.js';
import { KeeperServer } from '../engine/coordination/server.js';
import { RaftReplicator } from '../engine/consensus/replicator.js';
import { startRaftKeeper, type RaftKeeper } from '../engine/coordination/raft-keeper.js';
import { CoordinationStateMachine } from '../engine/coordination/state-machine.js';
import { OperationType } from '../engine/coordination/codec.js';
import { CreateMode } from '../engine/coordination/types.js';
import { Storage } from '../engine/storage/index.js';
import { realClock } from '../engine/time/index.js';
import type { Transport } from '../transports/transport.js';
import { load as loadWorkload, prepare, type LoadKind } from './lib/coordination-workload.js';
import { keeperClient } from './lib/logkeeper-ensemble.js';
import { percentile, report, type Row } from './lib/report.js';
import { keeperHeadline } from './lib/keeper-headline.js';

/*
 * npm run bench -- keeper [--quick] [--processes-only] [--runs N] [--no-busy] [--no-zookeeper] [--profile[=<dir>]]
 *
 * 0. The headline rows ("processes"): 3 `logkeeper start` processes (classic-level, fsync
 *    on) and a 3-server ZooKeeper ensemble (Debian's package) over loopback TCP, one session
 *    on a follower, 64 requests in flight, 100-byte data, quiet and beside two busy loops,
 *    with baselines (fdatasync, loopback round-trips) from the same run
 *    (bench/lib/keeper-headline.ts for the flags). `--processes-only` runs only these.
 * 1. Operations with 64 requests in flight (4 Keepers x 16), 100-byte data: create,
 *    setData, getData (reads spread over every server), ephemeral create+delete (one op =
 *    the pair). Each server is a KeeperServer on a RaftNode, on the real clock.
 *    Deployments: 1 and 3 servers over the memory adapter with memory-level (all in this
 *    thread); 3 servers over TCP (loopback) with memory-level and with classic-level (fsync
 *    on every write), first all in this thread, then each server in a worker thread of its
 *    own (the clients stay in the main thread).
 * 2. Session establishment and watch latency (3 servers, memory adapter and TCP).
 * 3. Memory per znode: one server's state with 1,000,000 znodes of 100 bytes.
 * 4. Snapshot and restart at 1,000,000 znodes: encode, write to classic-level, and a
 *    RaftNode + KeeperServer starting from that disk until it serves a read.
 * 5. Session expiry detection on the simulated clock (3 servers on Raft).
 */

interface Deployment {
  name: string;
  nodes: number;
  tcp: boolean;
  disk: boolean;
  /** Each server in its own worker thread (TCP only), as separate server processes would be. */
  threads?: boolean;
}

interface ServerConfig {
  id: string;
  raftAddress: string;
  clientAddress: string;
  peers: Array<{ id: string; address: string }>;
  disk: boolean;
}

/** One server, in a worker thread: started from `workerData`, driven by messages. */
async function serveInWorker(config: ServerConfig): Promise<void> {
  const dir = config.disk ? mkdtempSync(join(tmpdir(), 'logkeeper-keeper-bench-')) : null;
  const storage = dir ? await Storage.open({ directory: dir }) : await Storage.open();
  const member = await startRaftKeeper({
    raft: {
      id: config.id, address: config.raftAddress, transport: new TcpTransport(), peers: config.peers, storage, clock: realClock,
      tickMs: 50, random: `bench:${config.id}`, sync: config.disk, snapshotEntries: 200_000,
    },
    server: { tickMs: 2000 },
    client: { transport: new TcpTransport(), address: config.clientAddress },
  });
  parentPort!.on('message', async (message: string) => {
    if (message === 'campaign') member.node.campaign();
    else if (message === 'status') parentPort!.postMessage({ leader: member.node.isLeader });
    else if (message === 'close') {
      await member.close();
      await storage.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
      parentPort!.postMessage('closed');
      process.exit(0);
    }
  });
  parentPort!.postMessage('ready');
}

if (!isMainThread && (workerData as { keeperServer?: ServerConfig } | null)?.keeperServer) {
  void serveInWorker((workerData as { keeperServer: ServerConfig }).keeperServer);
}

function ask(worker: Worker, message: string, answer: (reply: unknown) => boolean): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (reply: unknown) => {
      if (!answer(reply)) return;
      worker.off('message', onMessage);
      resolve(reply);
    };
    worker.on('message', onMessage);
    if (message) worker.postMessage(message);
  });
}

async function deployThreads(d: Deployment): Promise<Deployed> {
  const ids = Array.from({ length: d.nodes }, (_, i) => `n${i + 1}`);
  const configs: ServerConfig[] = [];
  const peers: Array<{ id: string; address: string }> = [];
  for (const id of ids) {
    const raftAddress = `tcp://127.0.0.1:${await freePort()}`;
    peers.push({ id, address: raftAddress });
    configs.push({ id, raftAddress, clientAddress: `tcp://127.0.0.1:${await freePort()}`, peers, disk: d.disk });
  }
  // The worker runs this file: register tsx there first (loader flags do not reach a worker's entry).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
  const entry = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(import.meta.url)});`;
  const workers = configs.map((config) => new Worker(new URL(`data:text/javascript,${encodeURIComponent(entry)}`), { workerData: { keeperServer: config } }));
  await Promise.all(workers.map((w) => ask(w, '', (m) => m === 'ready')));
  workers[0]!.postMessage('campaign');
  for (;;) {
    const states = await Promise.all(workers.map((w) => ask(w, 'status', (m) => typeof m === 'object' && m !== null && 'leader' in m)));
    if (states.some((s) => (s as { leader: boolean }).leader)) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const transports: Transport[] = [];
  return {
    addresses: configs.map((c) => c.clientAddress),
    clientTransport: () => {
      const t = new TcpTransport();
      transports.push(t);
      return t;
    },
    members: [],
    async close() {
      for (const t of transports) await t.close().catch(() => {});
      await Promise.all(workers.map((w) => ask(w, 'close', (m) => m === 'closed')));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

interface Deployed {
  addresses: string[];
  clientTransport(): Transport;
  members: RaftKeeper[];
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function deploy(d: Deployment): Promise<Deployed> {
  if (d.threads) return deployThreads(d);
  const network = new MemoryNetwork({ clock: realClock });
  const dirs: string[] = [];
  const transports: Transport[] = [];
  const ids = Array.from({ length: d.nodes }, (_, i) => `n${i + 1}`);
  const raftAddress = new Map<string, string>();
  const clientAddress = new Map<string, string>();
  for (const id of ids) {
    raftAddress.set(id, d.tcp ? `tcp://127.0.0.1:${await freePort()}` : `raft://${id}`);
    clientAddress.set(id, d.tcp ? `tcp://127.0.0.1:${await freePort()}` : `keeper://${id}`);
  }
  const peers = ids.map((id) => ({ id, address: raftAddress.get(id)! }));
  const transportFor = (id: string): Transport => {
    const t = d.tcp ? new TcpTransport() : network.transport(id);
    transports.push(t);
    return t;
  };
  const members: RaftKeeper[] = [];
  for (const id of ids) {
    let storage: Storage;
    if (d.disk) {
      const dir = mkdtempSync(join(tmpdir(), 'logkeeper-keeper-bench-'));
      dirs.push(dir);
      storage = await Storage.open({ directory: dir });
    } else storage = await Storage.open();
    members.push(await startRaftKeeper({
      raft: {
        id, address: raftAddress.get(id)!, transport: transportFor(id), peers, storage, clock: realClock, tickMs: 50,
        random: `bench:${id}`, sync: d.disk, snapshotEntries: 200_000,
      },
      server: { tickMs: 2000 },
      client: { transport: transportFor(`${id}-clients`), address: clientAddress.get(id)! },
    }));
  }
  members[0]!.node.campaign();
  while (!members.some((m) => m.node.isLeader)) await new Promise((r) => setTimeout(r, 5));
  return {
    addresses: ids.map((id) => clientAddress.get(id)!),
    clientTransport: () => {
      const t = d.tcp ? new TcpTransport() : network.transport();
      transports.push(t);
      return t;
    },
    members,
    async close() {
      for (const m of members) await m.close();
      for (const t of transports) await t.close().catch(() => {});
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The shared workload (bench/lib/coordination-workload.ts) on 4 Keepers x 16 loops, spread over every server. */
async function load(deployed: Deployed, kind: LoadKind, ms: number): Promise<{ rate: number; p50: number; p99: number }> {
  const keepers: Keeper[] = [];
  for (let i = 0; i < 4; i++) {
    // Reads spread over every server; writes too (followers forward them to the leader).
    const servers = [deployed.addresses[i % deployed.addresses.length]!];
    keepers.push(await Keeper.connect({ transport: deployed.clientTransport(), servers, sessionTimeoutMs: 30_000, clock: realClock, random: i, requestTimeoutMs: 60_000 }));
  }
  const clients = keepers.map(keeperClient);
  const targets = await prepare(clients[0]!, '/bench');
  for (const k of keepers) await k.sync();
  const result = await loadWorkload(clients, '/bench', targets, kind, ms, Math.min(500, ms / 3));
  for (const k of keepers) await k.close();
  return result;
}

async function sessionsAndWatches(deployed: Deployed, samples: number): Promise<{ connectP50: number; watchP50: number; watchP99: number }> {
  const connect: number[] = [];
  const watch: number[] = [];
  const watcher = await Keeper.connect({ transport: deployed.clientTransport(), servers: deployed.addresses.slice(-1), clock: realClock, random: 'w' });
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    const owner = await Keeper.connect({ transport: deployed.clientTransport(), servers: deployed.addresses.slice(0, 1), clock: realClock, random: i });
    connect.push(performance.now() - t0);
    const path = await owner.create(`/w-${i}`, '', CreateMode.EPHEMERAL);
    let fired = 0;
    const done = new Promise<void>((resolve) => {
      void watcher.sync().then(() => watcher.exists(path, () => {
        fired = performance.now();
        resolve();
      }));
    });
    await watcher.sync();
    await new Promise((r) => setTimeout(r, 2));
    const closedAt = performance.now();
    await owner.close();
    await done;
    watch.push(fired - closedAt);
  }
  await watcher.close();
  return { connectP50: percentile(connect, 50), watchP50: percentile(watch, 50), watchP99: percentile(watch, 99) };
}

function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function heapBytes(gc: () => void): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Builds a state with `count` znodes of 100 bytes under 1,000 parents, applying commands directly. */
function bigState(count: number): CoordinationStateMachine {
  const sm = new CoordinationStateMachine();
  let zxid = 0;
  const data = new Uint8Array(100).fill(7);
  const time = Date.now();
  const create = (path: string) => sm.apply(++zxid, { time, txn: { ops: [{ type: OperationType.CREATE, path, data, version: -1 }] } });
  for (let p = 0; p < 1000; p++) create(`/data-${p}`);
  for (let i = 0; i < count - 1000; i++) create(`/data-${i % 1000}/node-${i}`);
  return sm;
}

async function memoryPerZnode(count: number): Promise<{ perZnode: number; total: number }> {
  const gc = collectGarbage();
  const before = heapBytes(gc);
  const sm = bigState(count);
  const after = heapBytes(gc);
  const perZnode = (after - before) / count - 100;
  if (sm.tree.size < count) throw new Error('state incomplete');
  return { perZnode, total: after - before };
}

async function snapshotAndRestart(count: number): Promise<{ snapshotMs: number; bytes: number; writeMs: number; restartMs: number; restoreOnlyMs: number }> {
  const sm = bigState(count);
  let t0 = performance.now();
  const data = sm.snapshot();
  const snapshotMs = performance.now() - t0;
  const restoreProbe = new CoordinationStateMachine();
  t0 = performance.now();
  restoreProbe.restore(data);
  const restoreOnlyMs = performance.now() - t0;
  const dir = mkdtempSync(join(tmpdir(), 'logkeeper-keeper-restart-'));
  try {
    let storage = await Storage.open({ directory: dir });
    const store = new LevelRaftStore(storage);
    const member = { id: 'n1', address: 'raft://n1' };
    t0 = performance.now();
    await store.save({ hardState: { term: 1, vote: 'n1', commit: sm.zxid }, entries: [], sync: true });
    await store.saveSnapshot({ meta: { index: sm.zxid, term: 1, conf: { voters: [member], learners: [] } }, data }, true);
    const writeMs = performance.now() - t0;
    await storage.close();
    // The restart: open the disk, restore, elect itself, serve a read.
    t0 = performance.now();
    storage = await Storage.open({ directory: dir });
    const network = new MemoryNetwork({ clock: realClock });
    const server = new KeeperServer({ id: 'n1', tickMs: 2000 });
    const node = await RaftNode.start({ id: 'n1', address: 'raft://n1', transport: network.transport('n1'), stateMachine: server.stateMachine, storage, clock: realClock, tickMs: 50, sync: true });
    server.attach(new RaftReplicator(node));
    await server.listen(network.transport('n1'), 'keeper://n1');
    node.campaign();
    const keeper = await Keeper.connect({ transport: network.transport(), servers: ['keeper://n1'], clock: realClock });
    await keeper.getData('/data-7/node-7');
    const restartMs = performance.now() - t0;
    await keeper.close();
    await server.close();
    await node.stop();
    await storage.close();
    return { snapshotMs, bytes: data.length, writeMs, restartMs, restoreOnlyMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How long after a client vanishes its ephemeral goes, on the simulated clock (3 servers on Raft). */
async function expiryDetection(runs: number): Promise<{ worst: number; timeoutMs: number; tickMs: number }> {
  const { createEnsemble } = await import('../test/coordination/ensemble.js');
  let worst = 0;
  const timeoutMs = 1000;
  const tickMs = 100;
  for (let seed = 1; seed <= runs; seed++) {
    const e = await createEnsemble({ seed: `expiry:${seed}`, server: { tickMs } });
    const ghost = await e.connect({ node: 'ghost', sessionTimeoutMs: timeoutMs });
    await e.settle(ghost.create('/ghost', '', CreateMode.EPHEMERAL));
    const watcher = await e.connect();
    let gone = 0;
    await e.settle(watcher.exists('/ghost', () => (gone = e.clock.now())));
    await e.runFor(seed * 37 % 300);
    const start = e.clock.now();
    e.network.partition(['ghost'], e.ids);
    await e.runUntil(() => gone > 0, 10_000);
    worst = Math.max(worst, gone - start);
    await e.close();
  }
  return { worst, timeoutMs, tickMs };
}

export default async function keeperBench(flags: string[]): Promise<void> {
  const quick = flags.includes('--quick');
  // --only=<text>: run only the cases whose name contains it (for profiling).
  const only = flags.find((f) => f.startsWith('--only='))?.slice('--only='.length);
  const wanted = (name: string) => only === undefined || name.includes(only);
  const ms = quick ? 1000 : 2500;
  const rows: Row[] = [];
  const headline = wanted('processes') ? await keeperHeadline(flags) : undefined;
  if (headline) rows.push(...headline.rows);
  if (flags.includes('--processes-only')) {
    if (headline) report({ name: 'keeper-processes', ...headline, rows });
    return;
  }
  const deployments: Deployment[] = [
    { name: '1 server, memory adapter, memory-level', nodes: 1, tcp: false, disk: false },
    { name: '3 servers, memory adapter, memory-level', nodes: 3, tcp: false, disk: false },
    { name: '3 servers, TCP, memory-level', nodes: 3, tcp: true, disk: false },
    { name: '3 servers, TCP, classic-level fsync', nodes: 3, tcp: true, disk: true },
    { name: '3 server threads, TCP, memory-level', nodes: 3, tcp: true, disk: false, threads: true },
    { name: '3 server threads, TCP, classic-level fsync', nodes: 3, tcp: true, disk: true, threads: true },
    ...(quick ? [] : [{ name: '1 server, TCP, classic-level fsync', nodes: 1, tcp: true, disk: true }]),
  ];
  const results = new Map<string, number>();
  const gc = collectGarbage();
  for (const d of deployments) {
    for (const kind of ['create', 'setData', 'getData', 'ephemeral create+delete'] as LoadKind[]) {
      if (!wanted(`${d.name}: ${kind}`)) continue;
      gc();
      const deployed = await deploy(d);
      try {
        const r = await load(deployed, kind, ms);
        results.set(`${d.name}/${kind}`, r.rate);
        rows.push({ case: `${d.name}: ${kind}`, 'ops/s': Math.round(r.rate), 'p50 ms': r.p50, 'p99 ms': r.p99 });
      } finally {
        await deployed.close();
      }
    }
  }
  for (const tcp of [false, true]) {
    if (!wanted(`3 servers, ${tcp ? 'TCP' : 'memory adapter'}: session`)) continue;
    const deployed = await deploy({ name: '', nodes: 3, tcp, disk: false });
    try {
      const s = await sessionsAndWatches(deployed, quick ? 20 : 50);
      rows.push({ case: `3 servers, ${tcp ? 'TCP' : 'memory adapter'}: session establishment`, 'p50 ms': s.connectP50 });
      rows.push({ case: `3 servers, ${tcp ? 'TCP' : 'memory adapter'}: watch fires after the owner's close`, 'p50 ms': s.watchP50, 'p99 ms': s.watchP99 });
    } finally {
      await deployed.close();
    }
  }
  const count = 1_000_000;
  gc();
  const memory = wanted('memory') ? await memoryPerZnode(count) : { perZnode: NaN, total: NaN };
  if (wanted('memory')) rows.push({ case: `memory: ${count.toLocaleString('en-US')} znodes of 100 bytes`, 'heap bytes/znode beyond data': memory.perZnode, 'total MB': memory.total / 1e6 });
  gc();
  const restart = wanted('snapshot') ? await snapshotAndRestart(count) : { snapshotMs: NaN, bytes: NaN, writeMs: NaN, restartMs: NaN, restoreOnlyMs: NaN };
  if (wanted('snapshot')) {
    rows.push({ case: `snapshot of ${count.toLocaleString('en-US')} znodes`, 'ms': restart.snapshotMs, 'MB': restart.bytes / 1e6 });
    rows.push({ case: 'restore alone (decode into a new tree)', 'ms': restart.restoreOnlyMs });
    rows.push({ case: 'write it to classic-level (fsync)', 'ms': restart.writeMs });
    rows.push({ case: 'restart: open classic-level, restore, elect, serve a read', 'ms': restart.restartMs });
  }
  const expiry = wanted('expiry') ? await expiryDetection(quick ? 5 : 20) : { worst: NaN, timeoutMs: 1000, tickMs: 100 };
  if (wanted('expiry')) rows.push({ case: `expiry detection, simulated, timeout ${expiry.timeoutMs} ms, tick ${expiry.tickMs} ms (worst of runs)`, 'ms': expiry.worst });

  // The TCP targets are read from the deployment with a thread per server (as separate
  // processes would be); the single-thread rows show the same code sharing one core.
  const writes = Math.min(...['create', 'setData'].map((k) => results.get(`3 server threads, TCP, memory-level/${k}`) ?? 0));
  const reads = results.get('3 server threads, TCP, memory-level/getData') ?? 0;
  report({
    name: 'keeper',
    workload: `${headline ? `${headline.workload}\nOther rows: ` : ''}64 requests in flight (4 Keepers x 16), 100-byte data, ${ms} ms per case after a warm-up; servers are KeeperServers on RaftNodes (50 ms Raft ticks), all in this one process with the clients, real clock.`,
    rows,
    details: headline?.details,
    targets: [
      ...(headline?.targets ?? []),
      { target: '3 servers over TCP (a thread each): >= 10,000 writes/s (the lower of create and setData)', met: writes >= 10_000, value: `${Math.round(writes).toLocaleString('en-US')}/s` },
      { target: '3 servers over TCP (a thread each): >= 30,000 reads/s', met: reads >= 30_000, value: `${Math.round(reads).toLocaleString('en-US')}/s` },
      { target: '<= 300 bytes of heap per znode beyond its data (1,000,000 znodes)', met: memory.perZnode <= 300, value: `${memory.perZnode.toFixed(0)} bytes` },
      { target: 'restart with 1,000,000 znodes in under 10 s', met: restart.restartMs < 10_000, value: `${(restart.restartMs / 1000).toFixed(2)} s` },
      { target: 'session expiry detected within the session timeout plus one tick', met: expiry.worst <= expiry.timeoutMs + expiry.tickMs, value: `${expiry.worst.toFixed(0)} ms for ${expiry.timeoutMs} + ${expiry.tickMs}` },
    ],
    notes: [
      ...(headline?.notes ?? []),
      'In-process rows without "threads": the ensemble and every client share one event loop (each write is handled by three servers, three Raft members and the client on one core). "server threads": each server in its own worker thread, clients in the main one, two cores for four threads. ZooKeeper\'s figures in the issue had one JVM per server.',
      'The memory adapter rows use in-process connections; the TCP rows use loopback sockets. classic-level rows fsync every Raft write.',
      'Memory is the heap (and array buffers) one server holds for the tree; the data arena counts in full, slack included.',
    ],
  });
}
