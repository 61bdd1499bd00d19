import { InvariantError } from '../../consensus/sim/checker.js';
import { Random } from '../../time/random.js';
import { createBrokerClient } from '../client/index.js';
import { BrokerChecker, type Invariant } from './checker.js';
import { SimBrokerCluster } from './cluster.js';
import { HwWatcher } from './hw-watcher.js';
import { Nemesis } from './nemesis.js';
import { liveReplicas, settled } from './observe.js';
import { ProducerWorkload } from './producers.js';
import { describeStatus } from './report.js';
import { brokersReady, createSimTopic } from './setup.js';

/*
 * How this works. One whole-cluster run, decided entirely by its seed:
 *
 *   1. start the nodes (3 or 5, from the seed unless given; by default each an ensemble
 *      voter and a broker) and wait for every broker to join and a controller;
 *   2. create a topic (replication factor 3, min.insync.replicas 2, several partitions);
 *   3. for `durationMs`, idempotent producers send keyed records with acks=all and a
 *      watcher asks the leaders for the high watermark, while the nemesis (nemesis.ts)
 *      crashes and restarts nodes and cuts, slows and drops links;
 *   4. heal everything and require, within `settleLimitMs`: every send answered, and every
 *      partition led, with all its replicas in sync, holding the same log end and high
 *      watermark;
 *   5. check the final logs (checker.ts).
 *
 * The invariants are also checked during the run: the leaders' high watermarks after every
 * step, the replicas' records below their high watermarks every `verifyEveryMs`. A failure
 * carries the seed and the last events; the same seed replays the same run (the trace hash).
 */

export interface BrokerSimulationOptions {
  seed: number | string;
  /** 3 or 5 brokers; default: from the seed. */
  brokers?: number;
  /** Ensemble voters among them (the others are brokers only); default: all. */
  voters?: number;
  /** The fault phase, in simulated ms; default 2500. */
  durationMs?: number;
  /** Bound on recovery after healing, in simulated ms; default 15000. */
  settleLimitMs?: number;
  /** Partitions of the topic; default 3. */
  partitions?: number;
  /** Producing clients; default 2. */
  producers?: number;
  /** How often the replicas' records below the HW are checked, in simulated ms; default 200. */
  verifyEveryMs?: number;
  /** No faults (a baseline). */
  noFaults?: boolean;
  /** Invariants not checked (to show that the others catch a broken rule). */
  skip?: Invariant[];
  verbose?: boolean;
}

export interface BrokerSimulationResult {
  seed: number | string;
  ok: boolean;
  brokers: number;
  /** Of which ensemble voters (the others are brokers only). */
  voters: number;
  error?: string;
  invariant?: string;
  /** The last notable events. */
  trace: string[];
  /** A hash of every event of the run: equal for two runs of one seed. */
  traceHash: string;
  stats: {
    simulatedMs: number;
    /** Simulated ms from healing to a settled cluster. */
    settleMs: number;
    sent: number;
    acked: number;
    failures: Record<string, number>;
    crashes: number;
    skippedCrashes: number;
    faults: number;
    leaderEpochs: number;
    /** Partitions that lost every in-sync replica holding their records (not checked from then on). */
    exposed: number;
    hwAnswers: number;
    verifiedRecords: number;
    finalRecords: number;
    events: number;
  };
}

const TOPIC = 'events';
const REPLICATION = 3;

export async function simulateBrokers(options: BrokerSimulationOptions): Promise<BrokerSimulationResult> {
  const seed = options.seed;
  const plan = new Random(`broker-plan:${seed}`);
  const brokers = options.brokers ?? (plan.chance(0.5) ? 3 : 5);
  const durationMs = options.durationMs ?? 2500;
  const settleLimitMs = options.settleLimitMs ?? 15_000;
  const partitions = options.partitions ?? 3;
  const producerCount = options.producers ?? 2;
  const checker = new BrokerChecker(seed, TOPIC, partitions, options.skip);
  const cluster = await SimBrokerCluster.start({ seed, nodes: brokers, voters: options.voters, verbose: options.verbose });
  const clock = cluster.clock;
  const stats: BrokerSimulationResult['stats'] = {
    simulatedMs: 0, settleMs: 0, sent: 0, acked: 0, failures: {}, crashes: 0, skippedCrashes: 0, faults: 0,
    leaderEpochs: 0, exposed: 0, hwAnswers: 0, verifiedRecords: 0, finalRecords: 0, events: 0,
  };
  const leaders = new Map<number, string>();
  checker.onExposed = (p, why) => cluster.log(`${TOPIC}-${p} exposed: ${why}; its records are not checked from now on`);
  /** After every step: the invariants sampled, leader changes traced; true to stop. */
  const step = (): boolean => {
    checker.sample(cluster);
    for (let p = 0; p < partitions; p++) {
      const leading = liveReplicas(cluster, TOPIC, p).filter((r) => r.replica.isLeader).sort((a, b) => b.replica.leaderEpoch - a.replica.leaderEpoch)[0];
      const now = leading ? `broker ${leading.node.brokerId} leads at epoch ${leading.replica.leaderEpoch}` : 'no leader';
      if (leaders.get(p) !== now) {
        leaders.set(p, now);
        if (leading) stats.leaderEpochs++;
        cluster.log(`${TOPIC}-${p}: ${now}`);
      }
    }
    return checker.violation !== null;
  };
  const run = async (condition: () => boolean, limitMs: number, what: string) => {
    await cluster.runUntil(() => step() || condition(), limitMs, what);
    if (checker.violation) throw checker.violation;
  };

  const clients = createBrokerClient({
    brokers: cluster.addresses,
    transport: cluster.transport('admin'),
    clock,
    random: plan.fork('admin'),
    requestTimeoutMs: 1000,
    retry: { retries: 50, initialRetryTimeMs: 50, maxRetryTimeMs: 500 },
  });
  const workloads: ProducerWorkload[] = [];
  let nemesis: Nemesis | undefined;
  let watcher: HwWatcher | undefined;
  let watching = true;
  let error: Error | null = null;
  try {
    await run(() => brokersReady(cluster), 20_000, 'the cluster ready');
    const admin = clients.admin();
    await createSimTopic(cluster, admin, TOPIC, partitions, REPLICATION);
    await admin.disconnect();
    cluster.log(`topic ${TOPIC}: ${partitions} partitions, replication factor ${REPLICATION}, min.insync.replicas 2`);

    const start = clock.now();
    const until = start + durationMs;
    const producerNames = Array.from({ length: producerCount }, (_, i) => `producer-${i + 1}`);
    for (const name of producerNames) {
      const client = createBrokerClient({ clientId: name, brokers: cluster.addresses, transport: cluster.transport(name), clock, random: plan.fork(name), requestTimeoutMs: 800 });
      workloads.push(new ProducerWorkload({
        cluster, client, checker, random: plan.fork(`${name}:workload`), name, topic: TOPIC,
        keys: 2 * partitions, concurrency: 1 + plan.int(5), until, deliveryTimeoutMs: 4000, ackTimeoutMs: 600,
      }));
    }
    watcher = new HwWatcher({
      cluster, transport: cluster.transport('watcher'), checker, random: plan.fork('watcher'), name: 'watcher', topic: TOPIC, partitions, until: () => (watching ? Infinity : 0),
    });
    nemesis = new Nemesis({ cluster, checker, random: plan.fork('nemesis'), topic: TOPIC, partitions, from: start, until, clients: [...producerNames, 'watcher'] });
    if (!options.noFaults) nemesis.schedule();

    let producing = workloads.length;
    for (const w of workloads) w.run().catch((e: unknown) => void (error ??= e as Error)).finally(() => producing--);
    const watched = watcher.run().catch((e: unknown) => void (error ??= e as Error));
    const verifyEveryMs = options.verifyEveryMs ?? 200;
    const verify = (): void => {
      if (!watching) return;
      checker.verify(cluster).catch((e: unknown) => void (error ??= e as Error));
      clock.setTimer(verifyEveryMs, verify);
    };
    clock.setTimer(verifyEveryMs, verify);

    await run(() => error !== null || clock.now() >= until, durationMs + 1000, 'the end of the fault phase');
    cluster.log('heal everything');
    nemesis.heal();
    const healedAt = clock.now();
    await run(() => error !== null || (producing === 0 && settled(cluster, TOPIC, partitions, REPLICATION)), settleLimitMs, 'a settled cluster after healing (every send answered; every partition led, all replicas in sync and equal)');
    if (error) throw error;
    stats.settleMs = Math.round(clock.now() - healedAt);
    watching = false;
    await cluster.settle(watched, 5_000);
    await cluster.settle(checker.verify(cluster), 5_000);
    const logs = await cluster.settle(checker.final(cluster), 10_000);
    stats.finalRecords = logs.reduce((n, l) => n + l.records.length, 0);
    cluster.log(`settled after ${stats.settleMs} ms; final logs ${logs.map((l) => l.records.length).join(', ')} records`);
    if (checker.violation) throw checker.violation;
  } catch (e) {
    error = checker.violation ?? (e as Error);
  }
  watching = false;
  for (const w of workloads) {
    stats.sent += w.sent;
    stats.acked += w.acked;
    for (const [code, n] of w.failures) stats.failures[code] = (stats.failures[code] ?? 0) + n;
  }
  stats.crashes = nemesis?.crashes ?? 0;
  stats.skippedCrashes = nemesis?.skippedCrashes ?? 0;
  stats.faults = nemesis?.faults ?? 0;
  stats.hwAnswers = watcher?.answers ?? 0;
  stats.verifiedRecords = checker.verifiedRecords;
  stats.exposed = checker.exposed.size;
  stats.simulatedMs = Math.round(cluster.elapsed());
  stats.events = cluster.trace.events;
  if (error && !(error instanceof InvariantError)) cluster.log(`status: ${describeStatus(cluster, TOPIC, partitions)}`);
  const traceHash = cluster.trace.hash;
  cluster.stopAll();
  const result: BrokerSimulationResult = { seed, ok: error === null, brokers, voters: options.voters ?? brokers, trace: cluster.trace.lines.slice(-50), traceHash, stats };
  if (error) {
    result.error = (error as Error).message;
    if (error instanceof InvariantError) result.invariant = error.invariant;
  }
  return result;
}
