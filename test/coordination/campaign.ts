import { Random } from '../../engine/time/index.js';
import { Keeper } from '../../engine/coordination/client.js';
import { MasterElection } from '../../engine/coordination/recipes/master.js';
import { createEnsemble, type Ensemble } from './ensemble.js';
import type { Operation } from './linearizability.js';

/*
 * Fault campaigns on a simulated ensemble (real Raft, memory adapter, one SimulatedClock):
 * clients run a workload while a nemesis partitions, crashes and restarts servers (and cuts
 * clients off), all decided by one seed. A failing seed replays exactly.
 */

export interface CampaignOptions {
  seed: number | string;
  nodes?: number;
  clients?: number;
  /** Simulated time under faults. */
  durationMs?: number;
}

/** The nemesis: every few hundred ms, one fault or repair, never more than a minority down. */
function nemesis(
  e: Ensemble,
  random: Random,
  clientNodes: string[],
  stop: () => boolean,
  favourite?: () => string | null,
  kill?: (node: string) => void,
): Promise<void> {
  const crashed = new Set<string>();
  let undo: Array<() => void> = [];
  const maxDown = Math.floor(e.ids.length / 2);
  const run = async () => {
    while (!stop()) {
      await e.runFor(random.between(200, 700));
      if (stop()) break;
      const roll = random.int(kill ? 7 : 6);
      if (roll === 0 && crashed.size < maxDown) {
        const up = e.ids.filter((id) => !crashed.has(id));
        const victim = random.pick(up);
        crashed.add(victim);
        e.crash(victim);
      } else if (roll === 1 && crashed.size > 0) {
        const back = random.pick([...crashed]);
        crashed.delete(back);
        await e.restart(back);
      } else if (roll === 2) {
        // Split the servers, with each client on a random side.
        const shuffled = random.shuffle([...e.ids]);
        const cut = random.between(1, e.ids.length - 1);
        const a = shuffled.slice(0, cut);
        const b = shuffled.slice(cut);
        for (const c of clientNodes) (random.chance(0.5) ? a : b).push(c);
        undo.push(e.cluster.partition(a, b));
      } else if (roll === 3) {
        // Cut one client off everything (often the one that matters most).
        const target = favourite?.() ?? null;
        const c = target !== null && random.chance(0.7) ? target : random.pick(clientNodes);
        undo.push(e.cluster.partition([c], e.ids));
      } else if (roll === 6 && kill) {
        // A client process dies (often the master's); a fresh one starts in its place.
        const target = favourite?.() ?? null;
        kill(target !== null && random.chance(0.7) ? target : random.pick(clientNodes));
      } else {
        for (const u of undo) u();
        undo = [];
      }
    }
    for (const u of undo) u();
    e.cluster.healAll();
    for (const id of crashed) await e.restart(id);
  };
  return run();
}

/** A client's Keeper, replaced when its session expires. */
function keeperFor(e: Ensemble, node: string, seed: string) {
  let keeper: Keeper | null = null;
  let n = 0;
  return async (): Promise<Keeper | null> => {
    if (keeper && keeper.state !== 'expired' && keeper.state !== 'closed') return keeper;
    keeper = new Keeper({
      transport: e.network.transport(node),
      servers: e.addresses,
      clock: e.clock,
      sessionTimeoutMs: 1000,
      requestTimeoutMs: 1500,
      connectTimeoutMs: 300,
      random: `${seed}:${node}:${n++}`,
    });
    try {
      await keeper.connected({ timeoutMs: 3000 });
      return keeper;
    } catch {
      return null;
    }
  };
}

function sleep(e: Ensemble, ms: number): Promise<void> {
  return new Promise((resolve) => e.clock.setTimer(ms, resolve));
}

/**
 * A register workload on `/reg`: writes of unique values, version-checked CAS, and
 * linearizable reads (sync + getData). Returns the history for the checker.
 */
export async function registerCampaign(options: CampaignOptions): Promise<{ history: Operation[]; steps: number }> {
  const seed = String(options.seed);
  const e = await createEnsemble({ nodes: options.nodes ?? 3, seed });
  const random = new Random(`workload:${seed}`);
  const history: Operation[] = [];
  const dropped = new Set<Operation>();
  let clock = 0;
  const now = () => ++clock;
  let stopped = false;
  let nextValue = 1;
  try {
    const setup = await e.connect({ node: 'setup' });
    await e.settle(setup.create('/reg', '0'));
    await e.settle(setup.close());
    const clientNodes = Array.from({ length: options.clients ?? 4 }, (_, i) => `w${i}`);
    const worker = async (node: string) => {
      const rnd = random.fork(node);
      const get = keeperFor(e, node, seed);
      let lastVersion = 0;
      while (!stopped) {
        const keeper = await get();
        if (!keeper) {
          await sleep(e, 50);
          continue;
        }
        const roll = rnd.int(10);
        if (roll < 4) {
          const value = nextValue++;
          const op: Operation = { client: node, op: { kind: 'write', value }, call: now() };
          history.push(op);
          try {
            const stat = await keeper.setData('/reg', String(value));
            op.ret = now();
            op.result = { ok: true };
            op.note = `v${stat.version} z${stat.mzxid} @${keeper.server}`;
            lastVersion = stat.version;
          } catch (error) {
            // SESSION_EXPIRED: refused at apply, or never sent — it did nothing.
            if ((error as { code?: string }).code === 'SESSION_EXPIRED') dropped.add(op);
            op.note = `${(error as { code?: string }).code} ${(error as Error).message} @${keeper.server}`;
          }
        } else if (roll < 6) {
          const value = nextValue++;
          const expected = Math.max(0, rnd.chance(0.7) ? lastVersion : lastVersion + rnd.between(-1, 1));
          const op: Operation = { client: node, op: { kind: 'cas', expected, value }, call: now() };
          history.push(op);
          try {
            const stat = await keeper.setData('/reg', String(value), expected);
            op.ret = now();
            op.result = { ok: true };
            op.note = `v${stat.version} z${stat.mzxid} @${keeper.server}`;
            lastVersion = stat.version;
          } catch (error) {
            const code = (error as { code?: string }).code;
            if (code === 'BAD_VERSION') {
              op.ret = now();
              op.result = { ok: false };
            } else if (code === 'SESSION_EXPIRED') dropped.add(op);
            op.note = `${code} ${(error as Error).message} @${keeper.server}`;
          }
        } else {
          const call = now();
          try {
            await keeper.sync('/reg');
            const { data, stat } = await keeper.getData('/reg');
            history.push({ client: node, op: { kind: 'read' }, call, ret: now(), result: { ok: true, value: Number(new TextDecoder().decode(data)), version: stat.version }, note: `z${stat.mzxid} @${keeper.server}` });
            lastVersion = stat.version;
          } catch {
            // A failed read observed nothing.
          }
        }
        await sleep(e, rnd.int(30));
      }
      const keeper = await get();
      void keeper?.close({ timeoutMs: 500 }).catch(() => {});
    };
    let faultsOver = false;
    const faults = nemesis(e, random.fork('nemesis'), clientNodes, () => faultsOver);
    const workers = Promise.all(clientNodes.map(worker));
    await e.runFor(options.durationMs ?? 4000);
    faultsOver = true;
    await e.settle(faults, 30_000);
    // Some quiet time so that the last operations complete, then stop.
    await e.runFor(1500);
    stopped = true;
    await e.settle(workers, 30_000);
    return { history: history.filter((h) => !dropped.has(h)), steps: e.cluster.steps };
  } finally {
    stopped = true;
    await e.close();
  }
}

/**
 * Candidates for `/master` under faults. Each records the intervals during which it acted as
 * master (from `elected`/`resumed` to `suspended`/`lost`), with the term's token.
 */
export async function masterCampaign(options: CampaignOptions): Promise<{ intervals: Array<{ who: string; token: number; from: number; to: number }>; terms: number }> {
  const seed = String(options.seed);
  const e = await createEnsemble({ nodes: options.nodes ?? 3, seed });
  const random = new Random(`master:${seed}`);
  const intervals: Array<{ who: string; token: number; from: number; to: number }> = [];
  let stopped = false;
  let master: string | null = null;
  const killed = new Set<string>();
  try {
    const clientNodes = Array.from({ length: options.clients ?? 3 }, (_, i) => `m${i}`);
    const candidate = async (node: string) => {
      const get = keeperFor(e, node, seed);
      while (!stopped) {
        const keeper = await get();
        if (!keeper) {
          await sleep(e, 50);
          continue;
        }
        const election = new MasterElection(keeper, { address: node });
        let open: { token: number; from: number } | null = null;
        const begin = (token: number) => {
          open = { token, from: e.clock.now() };
          master = node;
        };
        const end = () => {
          if (open) intervals.push({ who: node, token: open.token, from: open.from, to: e.clock.now() });
          open = null;
          if (master === node) master = null;
        };
        election.on('elected', (term) => begin(term.token));
        election.on('resumed', (term) => begin(term.token));
        election.on('suspended', end);
        election.on('lost', end);
        void election.start();
        // Run until the session ends (or the process is killed); then a fresh Keeper joins again.
        while (!stopped && keeper.state !== 'expired' && keeper.state !== 'closed' && !killed.has(node)) await sleep(e, 10);
        end();
        if (killed.delete(node)) {
          void keeper.close({ timeoutMs: 1 }).catch(() => {});
          continue;
        }
        await election.close().catch(() => {});
      }
    };
    let faultsOver = false;
    const kill = (node: string) => {
      killed.add(node);
      e.network.crash(node);
    };
    const faults = nemesis(e, random.fork('nemesis'), clientNodes, () => faultsOver, () => master, kill);
    const candidates = Promise.all(clientNodes.map(candidate));
    await e.runFor(options.durationMs ?? 4000);
    faultsOver = true;
    await e.settle(faults, 30_000);
    await e.runFor(1000);
    stopped = true;
    await e.settle(candidates, 30_000);
    return { intervals, terms: new Set(intervals.map((i) => i.token)).size };
  } finally {
    stopped = true;
    await e.close();
  }
}
