import { createBrokerClient } from '../engine/broker/client/index.js';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBrokerBaselines, type Baselines } from './lib/broker-baselines.js';
import { consumeRate } from './lib/broker-consumer.js';
import { benchClient, createTopic, type BrokerDeployment } from './lib/broker-deployment.js';
import { measureFailover, type Failover } from './lib/broker-failover.js';
import { startBrokersInProcess } from './lib/broker-in-process.js';
import { endToEnd, type Latency } from './lib/broker-latency.js';
import { startBrokerProcesses } from './lib/broker-processes.js';
import { produceInChildren, produceInProcess, SEND_RECORDS, SEND_WINDOW } from './lib/broker-producers.js';
import { span } from './lib/process-rows.js';
import { report, type Row } from './lib/report.js';

/*
 * npm run bench -- broker [--quick] [--runs N] [--partitions N] [--only=<text>] [--profile[=<dir>]]
 *
 * The broker's data path, as the issue states it: 100-byte records (no key) to a topic of
 * --partitions partitions (default 6, as Kafka's published benchmark), on
 *   - 1 broker, acks=1 (producers without idempotence), and
 *   - 3 brokers, replication factor 3, acks=all (idempotent producers),
 * each over the memory adapter (members embedded in this process, memory-level) and over TCP
 * between processes (`logkeeper start` members with classic-level, the default roles: each
 * an ensemble member and a broker). For each: producer throughput with 1 and with 4
 * producers (bench/lib/broker-producers.ts; over TCP the 4 run in child processes of their
 * own, since one process's event loop is what limits a single producer), consumer throughput
 * (broker-consumer.ts), and end-to-end latency at half the peak end-to-end load, from the
 * producer's and the consumer's rates measured just before (halfLoad, broker-latency.ts).
 * Over TCP with 3 brokers also the failover time after a partition leader's SIGKILL
 * (broker-failover.ts, a cluster of its own).
 *
 * Baselines in the same run (broker-baselines.ts): PartitionLog.append of the producer's very
 * batches to --partitions logs on one database (classic-level and memory-level), and raw
 * loopback TCP between processes. Every run measures its own baselines; rows show min..max
 * over the runs, ratios taken within a run.
 *
 * --quick: 1 run, shorter cases. --only=<text>: the deployments whose name contains it
 * ("TCP", "memory", "3 brokers", "failover"). --profile: server processes run with
 * --cpu-prof (written when they stop); profile the clients by running this under
 * `node --cpu-prof --import tsx bench/index.ts broker`.
 */

const TOPIC = 'bench';

interface Case {
  name: string;
  transport: 'memory' | 'tcp';
  brokers: 1 | 3;
  acks: -1 | 1;
}

const CASES: Case[] = [
  { name: 'memory adapter, 1 broker, acks=1', transport: 'memory', brokers: 1, acks: 1 },
  { name: 'memory adapter, 3 brokers, rf=3, acks=all', transport: 'memory', brokers: 3, acks: -1 },
  { name: 'TCP, 1 broker, acks=1', transport: 'tcp', brokers: 1, acks: 1 },
  { name: 'TCP, 3 brokers, rf=3, acks=all', transport: 'tcp', brokers: 3, acks: -1 },
];

interface CaseResult {
  produce1: number;
  produce4: number;
  consume: number;
  latency: Latency;
}

interface RunResult {
  baselines: Baselines;
  cases: Record<string, CaseResult>;
  failover?: Failover;
  load: { before: number[]; after: number[] };
}

interface Timing {
  warmupMs: number;
  ms: number;
  baselineMs: number;
  sessionTimeoutMs: number;
}

function flagValue(flags: string[], name: string): string | undefined {
  const flag = flags.find((f) => f === name || f.startsWith(`${name}=`));
  if (flag === undefined) return undefined;
  return flag.includes('=') ? flag.slice(name.length + 1) : '';
}

async function runCase(c: Case, partitions: number, t: Timing, nodeArgs: string[], log: (line: string) => void): Promise<CaseResult> {
  const deployment: BrokerDeployment = c.transport === 'tcp'
    ? await startBrokerProcesses(c.name, { count: c.brokers, sessionTimeoutMs: t.sessionTimeoutMs, nodeArgs })
    : await startBrokersInProcess(c.name, c.brokers, t.sessionTimeoutMs);
  try {
    const admin = benchClient(deployment, createBrokerClient, 'bench-admin');
    try {
      const a = admin.admin();
      await a.connect();
      await createTopic(a, TOPIC, partitions, c.brokers);
    } finally {
      await admin.close();
    }
    const settings = { topic: TOPIC, acks: c.acks, warmupMs: t.warmupMs, ms: t.ms };
    const produce1 = await produceInProcess(deployment, 1, settings);
    log(`  ${c.name}: 1 producer ${Math.round(produce1).toLocaleString('en-US')} records/s`);
    const produce4 = deployment.remote
      ? await produceInChildren(deployment.clientOptions().brokers, 4, settings)
      : await produceInProcess(deployment, 4, settings);
    log(`  ${c.name}: 4 producers ${Math.round(produce4).toLocaleString('en-US')} records/s`);
    const consume = await consumeRate(deployment, TOPIC, partitions, t.ms);
    log(`  ${c.name}: consumer ${Math.round(consume).toLocaleString('en-US')} records/s`);
    const latency = await endToEnd(deployment, TOPIC, partitions, c.acks, halfLoad(deployment, produce1, consume), t.warmupMs, t.ms);
    log(`  ${c.name}: end-to-end at ${Math.round(latency.sent).toLocaleString('en-US')} records/s: p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms`);
    return { produce1, produce4, consume, latency };
  } finally {
    await deployment.stop();
  }
}

/**
 * Half the peak end-to-end load, from the rates just measured. Over TCP the producer and the
 * consumer are processes of their own: the pipeline goes as fast as the slower of the two.
 * In one process (the memory adapter) one thread must both produce and consume each record:
 * 1/produce + 1/consume seconds per record.
 */
function halfLoad(deployment: BrokerDeployment, produce: number, consume: number): number {
  const peak = deployment.remote ? Math.min(produce, consume) : 1 / (1 / produce + 1 / consume);
  return peak / 2;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export default async function brokerBench(flags: string[]): Promise<void> {
  const quick = flags.includes('--quick');
  const runs = Number(flagValue(flags, '--runs') ?? (quick ? 1 : 3));
  const partitions = Number(flagValue(flags, '--partitions') ?? 6);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs wants a positive integer');
  if (!Number.isInteger(partitions) || partitions < 1) throw new Error('--partitions wants a positive integer');
  const only = flagValue(flags, '--only');
  const cases = CASES.filter((c) => !only || c.name.includes(only));
  const failover = !only || 'TCP, 3 brokers: failover'.includes(only) || only === 'failover';
  const profile = flagValue(flags, '--profile');
  const profileDir = profile === undefined ? undefined
    : resolve(profile || join(dirname(fileURLToPath(import.meta.url)), 'results', `profiles-broker-${new Date().toISOString().replace(/[:.]/g, '-')}`));
  const nodeArgs = profileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', profileDir];
  const t: Timing = quick
    ? { warmupMs: 500, ms: 2000, baselineMs: 1000, sessionTimeoutMs: 6000 }
    : { warmupMs: 1000, ms: 4000, baselineMs: 2000, sessionTimeoutMs: 6000 };
  const log = (line: string) => console.error(line);

  const results: RunResult[] = [];
  for (let run = 1; run <= runs; run++) {
    const before = loadavg();
    log(`broker, run ${run}/${runs} (load ${before.map((v) => v.toFixed(2)).join(' ')})`);
    const baselines = await measureBrokerBaselines(t.baselineMs, partitions);
    log(`  baselines: log append ${Math.round(baselines.logAppend.classic).toLocaleString('en-US')} records/s (classic-level), ${Math.round(baselines.logAppend.memory).toLocaleString('en-US')} (memory-level); raw TCP ${baselines.tcpMBps.toFixed(0)} MB/s`);
    const result: RunResult = { baselines, cases: {}, load: { before, after: before } };
    for (const c of cases) result.cases[c.name] = await runCase(c, partitions, t, nodeArgs, log);
    if (failover) {
      result.failover = await measureFailover(t.sessionTimeoutMs, nodeArgs);
      log(`  failover: ${result.failover.ms.toFixed(0)} ms (broker ${result.failover.victim} killed, broker ${result.failover.newLeader} leads)`);
    }
    result.load.after = loadavg();
    results.push(result);
  }

  const bytesPerRecord = results[0]!.baselines.batchBytes / results[0]!.baselines.batchRecords;
  const mb = (records: number) => (records * bytesPerRecord) / 1e6;
  const rows: Row[] = [];
  const of = (name: string) => results.map((r) => r.cases[name]!);
  for (const c of cases) {
    const rs = of(c.name);
    const logRate = (r: RunResult) => (c.transport === 'tcp' ? r.baselines.logAppend.classic : r.baselines.logAppend.memory);
    const throughput = (label: string, value: (x: CaseResult) => number, vsLog: boolean): Row => ({
      case: `${c.name}: ${label}`,
      'records/s': span(rs.map(value)),
      'MB/s': span(rs.map((x) => mb(value(x)))),
      ...(vsLog ? { 'vs log append': span(results.map((r, i) => value(rs[i]!) / logRate(r))) } : {}),
      ...(c.transport === 'tcp' ? { 'vs raw TCP': span(results.map((r, i) => mb(value(rs[i]!)) / r.baselines.tcpMBps)) } : {}),
    });
    rows.push(throughput('produce, 1 producer', (x) => x.produce1, true));
    rows.push(throughput(`produce, 4 producers (${c.transport === 'tcp' ? 'a process each' : 'in this process'})`, (x) => x.produce4, true));
    rows.push(throughput('consume, 1 consumer from the start', (x) => x.consume, false));
    rows.push({
      case: `${c.name}: end-to-end at half load`,
      'records/s': span(rs.map((x) => x.latency.sent)),
      'p50 ms': span(rs.map((x) => x.latency.p50)),
      'p99 ms': span(rs.map((x) => x.latency.p99)),
    });
  }
  const failovers = results.flatMap((r) => (r.failover ? [r.failover] : []));
  if (failovers.length > 0) {
    rows.push({ case: 'TCP, 3 brokers: failover, SIGKILL of a partition leader to the next acknowledged produce', 'ms': span(failovers.map((f) => f.ms)), 'session timeout ms': t.sessionTimeoutMs });
  }
  rows.push(
    { case: 'baseline: PartitionLog.append, classic-level (fsync interval)', 'records/s': span(results.map((r) => r.baselines.logAppend.classic)), 'MB/s': span(results.map((r) => mb(r.baselines.logAppend.classic))) },
    { case: 'baseline: PartitionLog.append, memory-level', 'records/s': span(results.map((r) => r.baselines.logAppend.memory)), 'MB/s': span(results.map((r) => mb(r.baselines.logAppend.memory))) },
    { case: 'baseline: raw loopback TCP between processes', 'MB/s': span(results.map((r) => r.baselines.tcpMBps)) },
  );

  const targets: NonNullable<Parameters<typeof report>[0]['targets']> = [];
  const fmt = (values: number[], unit = '') => `${span(values).toLocaleString('en-US')}${unit} (median ${Math.round(median(values) * 100) / 100}${unit})`;
  const tcp1 = cases.find((c) => c.transport === 'tcp' && c.brokers === 1)?.name;
  const tcp3 = cases.find((c) => c.transport === 'tcp' && c.brokers === 3)?.name;
  const atLeast = (target: string, values: number[], min: number, unit = '') => targets.push({ target, met: median(values) >= min, value: fmt(values, unit) });
  const atMost = (target: string, values: number[], max: number, unit = '') => targets.push({ target, met: median(values) <= max, value: fmt(values, unit) });
  if (tcp1) {
    atLeast('1 broker over TCP, 1 producer: >= 500,000 records/s produced', of(tcp1).map((x) => x.produce1), 500_000);
    atLeast('1 broker over TCP, 1 producer: produce >= 0.5x the log\'s own append rate (classic-level)', results.map((r) => r.cases[tcp1]!.produce1 / r.baselines.logAppend.classic), 0.5, 'x');
    atLeast('1 broker over TCP: consumer >= 800,000 records/s', of(tcp1).map((x) => x.consume), 800_000);
    atMost('1 broker over TCP, acks=1: end-to-end p99 <= 10 ms at half load', of(tcp1).map((x) => x.latency.p99), 10, ' ms');
  }
  if (tcp3) {
    atLeast('3 brokers over TCP, rf=3, acks=all, 1 producer: >= 200,000 records/s', of(tcp3).map((x) => x.produce1), 200_000);
    atLeast('3 brokers over TCP: consumer >= 800,000 records/s', of(tcp3).map((x) => x.consume), 800_000);
    atMost('3 brokers over TCP, acks=all: end-to-end p99 <= 10 ms at half load', of(tcp3).map((x) => x.latency.p99), 10, ' ms');
  }
  if (failovers.length > 0) {
    atMost(`failover: a new partition leader serving within session timeout + 1 s (${t.sessionTimeoutMs + 1000} ms)`, failovers.map((f) => f.ms), t.sessionTimeoutMs + 1000, ' ms');
  }
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
  report({
    name: only || partitions !== 6 ? 'broker-partial' : 'broker',
    workload:
      `100-byte records (random capital letters, 100 different values), no keys, to a topic of ${partitions} partitions. Producers: logkeeper's Producer, default settings (16 KiB batches, linger 5 ms, 5 requests in flight), ` +
      `fed ${SEND_RECORDS} records per send with ${SEND_WINDOW} sends outstanding; acks=1 without idempotence, acks=all idempotent. ${t.warmupMs} ms warm-up then ${t.ms} ms per throughput case. ` +
      `Consumer: one PartitionConsumer from the start of every partition. End-to-end at half load: half of min(1-producer rate, consumer rate) over TCP (consumer in a process of its own), half of 1/(1/produce + 1/consume) in one process; the producer's settings as for the peak; latency from send() to the consumer's poll, on the machine's monotonic clock. ` +
      `TCP: \`logkeeper start\` processes (member + broker, classic-level), broker session timeout ${t.sessionTimeoutMs} ms; memory adapter: the same members in this process, memory-level. ${runs} run(s), min..max.`,
    rows,
    targets,
    details: results,
    notes: [
      `machine: ${cpus().length} cores; load (1, 5, 15-minute averages) before and after each run: ${results.map((r, i) => `#${i + 1} ${load(r.load.before)} -> ${load(r.load.after)}`).join('; ')}`,
      '"vs log append": produced records/s over PartitionLog.append\'s records/s of the same batches to as many logs on one database of the same kind, in the same run; "vs raw TCP": MB/s of record batches over raw loopback TCP between two processes.',
      'Memory adapter rows: the brokers, the ensemble and every client share this one process and its one core; TCP rows: each broker is a process, the bench process is the client (the 4-producer rows: one child process per producer).',
      ...(profileDir === undefined ? [] : [`CPU profiles of the server processes in ${profileDir}`]),
    ],
  });
}
