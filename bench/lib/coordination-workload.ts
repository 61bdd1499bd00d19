import { percentile } from './report.js';

/*
 * The coordination workload, the same for logkeeper and ZooKeeper: each system is reached
 * through a `CoordinationClient` (one session) and a way to open sessions on a chosen server.
 *
 * - Throughput: one session, 64 requests in flight (64 loops, each awaiting its request),
 *   100-byte data; counted over `ms` after a warm-up. create: new persistent znodes; setData:
 *   the 64 loops each on its own znode; getData: the same znodes; ephemeral: create an
 *   ephemeral znode then delete it (one op = the pair). Latency is each request's (for the
 *   pair: both requests).
 * - Session establishment: a new session to the server, sequentially; the time from the
 *   call until the client reports the session connected.
 * - Watch notification: a watcher session on one server, an owner session on another. The
 *   watcher sets an exists watch and its read returns; then the owner either closes its
 *   session (owning an ephemeral znode) or sets the data of a znode. Latency: from the
 *   moment the owner's close / setData is issued until the watcher's callback runs, both
 *   read on this process's clock.
 */

export interface CoordinationClient {
  create(path: string, data: Uint8Array): Promise<void>;
  /** Creates an ephemeral znode; resolves with its path. */
  createEphemeral(path: string, data: Uint8Array): Promise<string>;
  setData(path: string, data: Uint8Array): Promise<void>;
  getData(path: string): Promise<void>;
  delete(path: string): Promise<void>;
  /** Whether the znode exists (no watch). */
  exists(path: string): Promise<boolean>;
  /** Sets a one-shot exists watch on `path` (resolves when the read returned). */
  watchExists(path: string, onEvent: () => void): Promise<void>;
  /** Sets a one-shot data watch on `path` (resolves when the read returned). */
  watchData(path: string, onEvent: () => void): Promise<void>;
  close(): Promise<void>;
}

/** Opens a session on one server (an address the system understands). */
export type Connect = (server: string) => Promise<CoordinationClient>;

export type LoadKind = 'create' | 'setData' | 'ephemeral create+delete' | 'getData';
export const LOAD_KINDS: LoadKind[] = ['create', 'setData', 'ephemeral create+delete', 'getData'];

export const IN_FLIGHT = 64;
export const DATA = new Uint8Array(100).fill(42);

export interface LoadResult {
  rate: number;
  p50: number;
  p99: number;
  /** Every latency sample (ms), for combining rows. */
  latencies: number[];
}

/** Creates /bench and its 64 setData/getData targets (idempotent enough for one fresh ensemble). */
export async function prepare(client: CoordinationClient, root: string): Promise<string[]> {
  await client.create(root, DATA).catch(() => {});
  const targets = Array.from({ length: IN_FLIGHT }, (_, i) => `${root}/s-${i}`);
  await Promise.all(targets.map((path) => client.create(path, DATA).catch(() => {})));
  return targets;
}

let unique = 0;

/** `clients`: one session, or several that the 64 loops share out (loop i uses clients[i % n]). */
export async function load(clients: CoordinationClient | CoordinationClient[], root: string, targets: string[], kind: LoadKind, ms: number, warmMs = 500): Promise<LoadResult> {
  const sessions = Array.isArray(clients) ? clients : [clients];
  const run = `${root}/${kind === 'create' ? 'c' : 'e'}${unique++}-`;
  const latencies: number[] = [];
  let count = 0;
  let measuring = false;
  let stop = false;
  let seq = 0;
  const loop = async (slot: number) => {
    const client = sessions[slot % sessions.length]!;
    while (!stop) {
      const n = seq++;
      const t0 = performance.now();
      switch (kind) {
        case 'create':
          await client.create(`${run}${n}`, DATA);
          break;
        case 'setData':
          await client.setData(targets[slot]!, DATA);
          break;
        case 'getData':
          await client.getData(targets[slot]!);
          break;
        default:
          await client.delete(await client.createEphemeral(`${run}${n}`, DATA));
      }
      if (measuring) {
        latencies.push(performance.now() - t0);
        count++;
      }
    }
  };
  const loops = Array.from({ length: IN_FLIGHT }, (_, slot) => loop(slot));
  let failed: unknown;
  const all = Promise.all(loops).catch((error) => {
    failed = error;
    stop = true;
  });
  await new Promise((r) => setTimeout(r, warmMs));
  measuring = true;
  const start = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  measuring = false;
  const elapsed = performance.now() - start;
  stop = true;
  await all;
  if (failed) throw failed;
  return { rate: (count * 1000) / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), latencies };
}

/** p50 of opening (then closing, unmeasured) `samples` sessions one after another on `server`. */
export async function sessionEstablishment(connect: Connect, server: string, samples: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    const client = await connect(server);
    times.push(performance.now() - t0);
    await client.close();
  }
  return percentile(times, 50);
}

export interface WatchLatency {
  afterCloseP50: number;
  afterCloseP99: number;
  afterSetDataP50: number;
  afterSetDataP99: number;
}

function fired(): { promise: Promise<number>; fire: () => void } {
  let fire!: () => void;
  const promise = new Promise<number>((resolve) => (fire = () => resolve(performance.now())));
  return { promise, fire };
}

/**
 * Waits until the watcher's server has the znode another server's session wrote (the same
 * way for both systems: node-zookeeper-client has no sync), so its watch is on the znode.
 */
async function seen(watcher: CoordinationClient, path: string): Promise<void> {
  while (!(await watcher.exists(path))) await new Promise((r) => setTimeout(r, 1));
}

/** Watch notification latency (see the top of this file); watcher on `watcherServer`, owner on `ownerServer`. */
export async function watchLatency(connect: Connect, watcherServer: string, ownerServer: string, root: string, samples: number): Promise<WatchLatency> {
  const watcher = await connect(watcherServer);
  const afterClose: number[] = [];
  const afterSetData: number[] = [];
  try {
    const writer = await connect(ownerServer);
    const target = `${root}/watched`;
    await writer.create(target, DATA).catch(() => {});
    for (let i = 0; i < samples; i++) {
      // A session closes while it owns an ephemeral znode.
      const owner = await connect(ownerServer);
      const path = await owner.createEphemeral(`${root}/w-${unique++}`, DATA);
      const gone = fired();
      await seen(watcher, path);
      await watcher.watchExists(path, gone.fire);
      const closedAt = performance.now();
      void owner.close().catch(() => {});
      afterClose.push((await gone.promise) - closedAt);
      // A setData on a znode the watcher watches.
      const changed = fired();
      await seen(watcher, target);
      await watcher.watchData(target, changed.fire);
      const setAt = performance.now();
      const ack = writer.setData(target, DATA);
      afterSetData.push((await changed.promise) - setAt);
      await ack;
    }
    await writer.close();
  } finally {
    await watcher.close();
  }
  return {
    afterCloseP50: percentile(afterClose, 50),
    afterCloseP99: percentile(afterClose, 99),
    afterSetDataP50: percentile(afterSetData, 50),
    afterSetDataP99: percentile(afterSetData, 99),
  };
}
