import { measureBaselines, type Baselines } from './baselines.js';
import { startBusyLoops } from './busy-loops.js';
import type { LoadKind } from './coordination-workload.js';
import { measureEnsemble, type MeasureOptions, type Measurement, type RunningEnsemble } from './ensemble-measure.js';
import type { Report, Row } from './report.js';

/*
 * The keeper benchmark's headline rows: 3 server processes as a user runs them, one session
 * on a follower, each system started afresh for every (mode, run). Modes: "quiet" (nothing
 * else running) and "busy" (two busy-loop processes beside the cluster, started once it is
 * up). Every (mode, run) first measures the baselines under the same conditions; each row
 * carries its ratio to one of them and logkeeper's ratio to ZooKeeper.
 */

export interface SystemUnderTest {
  name: string;
  start(): Promise<RunningEnsemble>;
}

export type Mode = 'quiet' | 'busy';

export interface ProcessRowsOptions extends MeasureOptions {
  systems: SystemUnderTest[];
  modes: Mode[];
  /** Repetitions of the quiet mode (rows show min..max when > 1); busy runs once. */
  runs: number;
  busyLoops: number;
  baselineMs: number;
  log(line: string): void;
}

export interface ModeResult {
  baselines: Baselines[];
  /** By system name, one Measurement per run. */
  systems: Record<string, Measurement[]>;
}

export interface ProcessResults {
  modes: Partial<Record<Mode, ModeResult>>;
  rows: Row[];
  targets: NonNullable<Report['targets']>;
  notes: string[];
}

type BaselineKind = 'fdatasync' | 'round-trip';

interface Metric {
  label: string;
  value(m: Measurement): number;
  /** Rates are divided by the baseline's rate; latencies are counted in the baseline's period. */
  rate: boolean;
  baseline: BaselineKind;
}

const perSecond = (kind: LoadKind, label: string, baseline: BaselineKind): Metric => ({ label, value: (m) => m.rate[kind], rate: true, baseline });
const latency = (label: string, value: (m: Measurement) => number, baseline: BaselineKind): Metric => ({ label, value, rate: false, baseline });

const METRICS: Metric[] = [
  perSecond('create', 'create /s', 'fdatasync'),
  perSecond('setData', 'setData /s', 'fdatasync'),
  perSecond('ephemeral create+delete', 'ephemeral create+delete pairs /s', 'fdatasync'),
  perSecond('getData', 'getData /s', 'round-trip'),
  latency('write p50 ms (create, setData)', (m) => m.writeP50, 'fdatasync'),
  latency('write p99 ms (create, setData)', (m) => m.writeP99, 'fdatasync'),
  latency('session establishment p50 ms', (m) => m.sessionP50, 'round-trip'),
  latency('watch after a close p50 ms', (m) => m.watchAfterCloseP50, 'round-trip'),
  latency('watch after a setData p50 ms', (m) => m.watchAfterSetDataP50, 'round-trip'),
];

const baselineRate = (b: Baselines, kind: BaselineKind) => (kind === 'fdatasync' ? b.fdatasyncPerSecond : b.roundTripsPerSecond);

/** A rate over the baseline's rate; a latency in baseline periods (ms x baseline/s / 1000). */
function relative(metric: Metric, value: number, b: Baselines): number {
  const base = baselineRate(b, metric.baseline);
  return metric.rate ? value / base : (value * base) / 1000;
}

function round(v: number): number {
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
}

/** One value, or min..max over runs. */
export function span(values: number[]): number | string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (values.length === 1 || round(lo) === round(hi)) return round(lo);
  const f = (v: number) => round(v).toLocaleString('en-US');
  return `${f(lo)}..${f(hi)}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measureOnce(system: SystemUnderTest, o: ProcessRowsOptions, mode: Mode): Promise<Measurement> {
  const ensemble = await system.start();
  const busy = mode === 'busy' ? startBusyLoops(o.busyLoops) : undefined;
  try {
    return await measureEnsemble(ensemble, o);
  } finally {
    await busy?.stop();
    await ensemble.stop();
  }
}

async function runMode(o: ProcessRowsOptions, mode: Mode, notes: string[]): Promise<ModeResult> {
  const result: ModeResult = { baselines: [], systems: {} };
  const runs = mode === 'quiet' ? o.runs : 1;
  for (let run = 1; run <= runs; run++) {
    const busy = mode === 'busy' ? startBusyLoops(o.busyLoops) : undefined;
    try {
      result.baselines.push(await measureBaselines(o.baselineMs));
    } finally {
      await busy?.stop();
    }
    for (const system of o.systems) {
      const began = performance.now();
      const m = await measureOnce(system, o, mode);
      o.log(`processes, ${mode}, run ${run}/${runs}: ${system.name} (${((performance.now() - began) / 1000).toFixed(1)} s)`);
      if (m.leaderChanged) notes.push(`${system.name}, ${mode} run ${run}: the leader changed during the run`);
      (result.systems[system.name] ??= []).push(m);
    }
  }
  return result;
}

function rowsOf(mode: Mode, r: ModeResult, systems: string[]): Row[] {
  const rows: Row[] = [];
  const [lk, zk] = [systems.find((s) => s === 'logkeeper'), systems.find((s) => s === 'ZooKeeper')];
  for (const metric of METRICS) {
    const row: Row = { case: `processes, ${mode}: ${metric.label}` };
    for (const system of systems) row[system] = span(r.systems[system]!.map(metric.value));
    if (lk && zk) row['logkeeper/ZooKeeper'] = span(r.systems[lk]!.map((m, i) => metric.value(m) / metric.value(r.systems[zk]![i]!)));
    for (const system of systems) row[`${system} vs baseline`] = span(r.systems[system]!.map((m, i) => relative(metric, metric.value(m), r.baselines[i]!)));
    row.baseline = metric.rate ? `per ${metric.baseline}` : `in ${metric.baseline}s`;
    rows.push(row);
  }
  rows.push(
    { case: `processes, ${mode}: baseline: fdatasync /s`, baseline: span(r.baselines.map((b) => b.fdatasyncPerSecond)) },
    { case: `processes, ${mode}: baseline: loopback round-trips /s`, baseline: span(r.baselines.map((b) => b.roundTripsPerSecond)) },
  );
  return rows;
}

function targetsOf(modes: ProcessResults['modes']): ProcessResults['targets'] {
  const targets: ProcessResults['targets'] = [];
  const value = (mode: Mode, system: string, f: (m: Measurement) => number) => modes[mode]?.systems[system]?.map(f);
  const fmt = (values: number[]) => `${span(values).toLocaleString('en-US')} (median ${round(median(values)).toLocaleString('en-US')})`;
  const atLeast = (target: string, values: number[] | undefined, min: number) => {
    if (values) targets.push({ target, met: median(values) >= min, value: fmt(values) });
  };
  const atMost = (target: string, values: number[] | undefined, max: number) => {
    if (values) targets.push({ target, met: median(values) <= max, value: fmt(values) });
  };
  atLeast('processes, quiet: create >= 10,000/s', value('quiet', 'logkeeper', (m) => m.rate.create), 10_000);
  atLeast('processes, quiet: setData >= 10,000/s', value('quiet', 'logkeeper', (m) => m.rate.setData), 10_000);
  atLeast('processes, quiet: ephemeral pairs >= 6,000/s', value('quiet', 'logkeeper', (m) => m.rate['ephemeral create+delete']), 6_000);
  atLeast('processes, quiet: getData >= 30,000/s', value('quiet', 'logkeeper', (m) => m.rate.getData), 30_000);
  atMost('processes, quiet: session establishment p50 <= 1.5 ms', value('quiet', 'logkeeper', (m) => m.sessionP50), 1.5);
  atMost('processes, quiet: watch after a close p50 <= 1.5 ms', value('quiet', 'logkeeper', (m) => m.watchAfterCloseP50), 1.5);
  for (const mode of ['quiet', 'busy'] as Mode[]) atMost(`processes, ${mode}: write p99 <= 5x write p50`, value(mode, 'logkeeper', (m) => m.writeP99 / m.writeP50), 5);
  const zkBusy = modes.busy?.systems.ZooKeeper;
  if (zkBusy) {
    for (const kind of ['create', 'setData', 'ephemeral create+delete'] as LoadKind[]) {
      atLeast(`processes, busy: ${kind} >= 3x ZooKeeper's under the same busy loops`, value('busy', 'logkeeper', (m) => m.rate[kind] / zkBusy[0]!.rate[kind]), 3);
    }
  }
  return targets;
}

export async function processRows(o: ProcessRowsOptions): Promise<ProcessResults> {
  const modes: ProcessResults['modes'] = {};
  const notes: string[] = [];
  for (const mode of o.modes) modes[mode] = await runMode(o, mode, notes);
  const names = o.systems.map((s) => s.name);
  const rows = o.modes.flatMap((mode) => rowsOf(mode, modes[mode]!, names));
  return { modes, rows, targets: targetsOf(modes), notes };
}
