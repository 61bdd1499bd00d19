import type { LoadKind } from './coordination-workload.js';
import { measureEnsemble, type MeasureOptions, type Measurement, type RunningEnsemble } from './ensemble-measure.js';
import type { Row } from './report.js';

/*
 * The keeper benchmark's headline rows: 3 server processes as a user runs them, one
 * session on a follower, each system started afresh for every (mode, run).
 */

export interface SystemUnderTest {
  name: string;
  start(): Promise<RunningEnsemble>;
}

export interface ProcessRowsOptions extends MeasureOptions {
  systems: SystemUnderTest[];
  /** Repetitions of the quiet mode (rows show min..max when > 1). */
  runs: number;
  log(line: string): void;
}

export interface ProcessResults {
  /** measurements[mode][system] = one Measurement per run. */
  measurements: Record<string, Record<string, Measurement[]>>;
  rows: Row[];
  notes: string[];
}

interface Metric {
  label: string;
  value(m: Measurement): number;
  /** Higher is better (rates) or lower (latencies). */
  higher: boolean;
}

const rate = (kind: LoadKind, label: string): Metric => ({ label, value: (m) => m.rate[kind], higher: true });
export const METRICS: Metric[] = [
  rate('create', 'create /s'),
  rate('setData', 'setData /s'),
  rate('ephemeral create+delete', 'ephemeral create+delete pairs /s'),
  rate('getData', 'getData /s'),
  { label: 'write p50 ms (create, setData)', value: (m) => m.writeP50, higher: false },
  { label: 'write p99 ms (create, setData)', value: (m) => m.writeP99, higher: false },
  { label: 'session establishment p50 ms', value: (m) => m.sessionP50, higher: false },
  { label: 'watch after a close p50 ms', value: (m) => m.watchAfterCloseP50, higher: false },
  { label: 'watch after a setData p50 ms', value: (m) => m.watchAfterSetDataP50, higher: false },
];

function round(v: number): number {
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
}

/** One value, or min..max over runs. */
export function span(values: number[]): number | string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (values.length === 1 || lo === hi) return round(lo);
  const f = (v: number) => round(v).toLocaleString('en-US');
  return `${f(lo)}..${f(hi)}`;
}

async function measureOnce(system: SystemUnderTest, o: ProcessRowsOptions): Promise<Measurement> {
  const ensemble = await system.start();
  try {
    return await measureEnsemble(ensemble, o);
  } finally {
    await ensemble.stop();
  }
}

export async function processRows(o: ProcessRowsOptions): Promise<ProcessResults> {
  const measurements: ProcessResults['measurements'] = { quiet: {} };
  const notes: string[] = [];
  for (let run = 1; run <= o.runs; run++) {
    for (const system of o.systems) {
      o.log(`processes, quiet, run ${run}/${o.runs}: ${system.name}`);
      const m = await measureOnce(system, o);
      if (m.leaderChanged) notes.push(`${system.name}, quiet run ${run}: the leader changed during the run`);
      (measurements.quiet![system.name] ??= []).push(m);
    }
  }
  const rows: Row[] = [];
  for (const [mode, bySystem] of Object.entries(measurements)) {
    for (const metric of METRICS) {
      const row: Row = { case: `processes, ${mode}: ${metric.label}` };
      for (const system of o.systems) {
        const runs = bySystem[system.name];
        if (runs) row[system.name] = span(runs.map(metric.value));
      }
      rows.push(row);
    }
  }
  return { measurements, rows, notes };
}
