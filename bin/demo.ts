import { MemoryNetwork } from '../adapters/memory/index.js';
import { CoordinationService } from '../engine/coordination/index.js';
import { Member } from '../engine/server/index.js';
import { Keeper } from '../engine/coordination/index.js';
import { Fence, MasterElection, MasterTracker, type MasterTerm } from '../engine/coordination/recipes/index.js';
import { realClock } from '../engine/time/index.js';

/*
 * The main job while the engine grows: the story of the design notes, live, in one process.
 *
 * A 3-member coordination ensemble (Raft + the znode tree) runs on the memory adapter with
 * real latency. Three database servers race for the ephemeral `/master`; exactly one wins,
 * and its term carries a fencing token. Two app servers watch `/master` and learn every new
 * master at once. Then the faults: the master's host crashes (its session expires, a new
 * master is elected), a master is cut off by a partition (it steps down, and the write it
 * had in flight is refused downstream by its stale token), and the ensemble's own Raft
 * leader crashes (a new one is elected; every session survives the move).
 */

export interface DemoOptions {
  /** Session timeout of the database servers, in ms. */
  sessionTimeoutMs: number;
  seed: number;
  out?: (line: string) => void;
}

const ENSEMBLE = ['zk-1', 'zk-2', 'zk-3'];
const DATABASES = ['db-1', 'db-2', 'db-3'];
const APPS = ['app-1', 'app-2'];

interface Database {
  name: string;
  keeper: Keeper;
  election: MasterElection;
}

export async function runDemo(options: DemoOptions): Promise<void> {
  const out = options.out ?? ((line: string) => console.log(line));
  const start = realClock.now();
  const say = (line: string) => out(`${((realClock.now() - start) / 1000).toFixed(3).padStart(7)}s  ${line}`);
  const pause = (ms: number) => new Promise((resolve) => realClock.setTimer(ms, () => resolve(undefined)));
  /** Waits for `condition`, checking every 20 ms, at most `ms`. */
  const until = async (what: string, condition: () => boolean, ms = 15_000) => {
    const deadline = realClock.now() + ms;
    while (!condition()) {
      if (realClock.now() > deadline) throw new Error(`demo: gave up waiting for ${what}`);
      await pause(20);
    }
  };

  const network = new MemoryNetwork({ random: options.seed, link: { latencyMs: 1, jitterMs: 2 }, connectTimeoutMs: 500 });
  const peers = ENSEMBLE.map((id) => ({ id, address: id }));
  const startMember = (id: string) =>
    Member.start({
      id,
      address: id,
      transport: network.transport(id),
      services: [new CoordinationService({ peers, seed: `${options.seed}:${id}`, raft: { tickMs: 50 }, server: { tickMs: 250 } })],
    });

  // ---- the ensemble ----
  const members = new Map<string, Member>();
  for (const member of await Promise.all(ENSEMBLE.map(startMember))) members.set(member.id, member);
  const leader = () => [...members.values()].find((m) => m.service<CoordinationService>('coordination').isLeader)?.id;
  await until('an ensemble leader', () => leader() !== undefined);
  say(`ensemble ${ENSEMBLE.join(', ')} is up on the memory adapter; Raft leader: ${leader()}`);

  const connect = (name: string) =>
    Keeper.connect({ transport: network.transport(name), servers: ENSEMBLE, sessionTimeoutMs: options.sessionTimeoutMs, random: `${options.seed}:${name}` });

  // ---- app servers follow /master ----
  const apps = await Promise.all(APPS.map(async (name) => ({ name, tracker: new MasterTracker(await connect(name)) })));
  for (const { name, tracker } of apps) {
    tracker.on('change', (term) => say(`${name}: ${term ? `master is now ${term.address} (token ${term.token})` : 'no master right now'}`));
    await tracker.start();
  }

  // ---- database servers race for /master; a master writes to a fenced store ----
  const store = new Fence();
  const terms: Array<MasterTerm & { end?: string }> = [];
  const databases: Database[] = [];
  const write = (db: string, token: number, what: string) => {
    const admitted = store.admit(token);
    say(`store: ${what} from ${db} with token ${token} ${admitted ? 'accepted' : `REFUSED (a newer master has token ${store.highest})`}`);
    return admitted;
  };
  for (const name of DATABASES) {
    const keeper = await connect(name);
    const election = new MasterElection(keeper, { address: `${name}:5432` });
    election.on('elected', (term) => {
      terms.push({ ...term });
      say(`${name}: elected master, fencing token ${term.token}`);
      write(name, term.token, 'first write');
    });
    election.on('suspended', () => say(`${name}: lost contact with the ensemble: stops acting as master`));
    election.on('resumed', (term) => say(`${name}: contact back, still master (token ${term.token})`));
    election.on('lost', () => say(`${name}: no longer master`));
    election.on('error', (error) => say(`${name}: election error ${error.message}`));
    databases.push({ name, keeper, election });
  }
  void Promise.all(databases.map((d) => d.election.start()));
  const master = () => databases.find((d) => d.election.isMaster);
  const everyAppSees = (address: string | undefined) => apps.every((a) => a.tracker.current?.address === address);
  await until('a master', () => master() !== undefined && everyAppSees(master()!.election.address));

  // ---- fault 1: the master's host crashes ----
  const first = master()!;
  say(`--- ${first.name}'s host crashes: its session expires after ${options.sessionTimeoutMs} ms and /master goes with it`);
  let crashedAt = realClock.now();
  network.crash(first.name);
  await until('a new master after the crash', () => {
    const m = master();
    return m !== undefined && m !== first && everyAppSees(m.election.address);
  });
  say(`a new master is known to every app server ${Math.round(realClock.now() - crashedAt)} ms after the crash`);

  // ---- fault 2: a master is cut off; its in-flight write arrives after the next master's ----
  const second = master()!;
  const staleToken = second.election.term!.token;
  say(`--- ${second.name} is partitioned from the ensemble (a long GC pause, a bad switch)`);
  network.partition([second.name], ENSEMBLE);
  await until('a master on the other side', () => {
    const m = master();
    return m !== undefined && m !== second && everyAppSees(m.election.address);
  });
  say(`${second.name}'s write sent just before the cut arrives late:`);
  write(second.name, staleToken, 'late write');
  network.heal();
  await until(`${second.name} to learn it lost`, () => second.election.term === null || second.keeper.state === 'expired', 20_000);

  // ---- fault 3: the ensemble's own Raft leader crashes ----
  const third = master()!;
  const oldLeader = leader()!;
  say(`--- the ensemble's Raft leader ${oldLeader} crashes; sessions move to the other members`);
  crashedAt = realClock.now();
  network.crash(oldLeader);
  void members.get(oldLeader)!.close().catch(() => {});
  members.delete(oldLeader);
  await until('a new Raft leader', () => leader() !== undefined);
  say(`Raft leader is now ${leader()} (${Math.round(realClock.now() - crashedAt)} ms after the crash)`);
  await until(`${third.name} to be in contact again`, () => third.keeper.state === 'connected' && third.election.isMaster, 20_000);
  write(third.name, third.election.term!.token, 'write after the failover');
  say(`${third.name} kept its session ${third.keeper.sessionId.toString(16)} and its term: no new election was needed`);

  // ---- the end ----
  out('');
  out('terms of mastership (a new token for every term):');
  for (const term of terms) out(`  ${term.address.padEnd(12)} token ${term.token}`);
  out(`the store's highest token: ${store.highest}`);
  for (const a of apps) {
    a.tracker.close();
    await a.tracker.keeper.close().catch(() => {});
  }
  for (const d of databases) {
    await d.election.close().catch(() => {});
    await d.keeper.close().catch(() => {});
  }
  for (const member of members.values()) await member.shutdown();
}
