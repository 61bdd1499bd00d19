import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Every benchmark states its workload, prints a table and writes JSON to bench/results/.
 * Each row that has a baseline measured in the same run carries the ratio to it, because
 * absolute numbers on a shared 2-core machine are noise; ratios are what we compare.
 */

export interface Row {
  case: string;
  [column: string]: string | number | boolean | undefined;
}

export interface Report {
  name: string;
  workload: string;
  rows: Row[];
  /** Targets the issue sets, checked against the rows: { description, met }. */
  targets?: Array<{ target: string; met: boolean; value?: string }>;
  notes?: string[];
  /** Raw measurements behind the rows (JSON only). */
  details?: unknown;
}

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

function format(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return value.toLocaleString('en-US');
    return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
  }
  return value === undefined ? '' : String(value);
}

export function printTable(rows: Row[]): void {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cells = rows.map((r) => columns.map((c) => format(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  console.log(line(columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells) console.log(line(row));
}

/** Prints the report and writes bench/results/<name>.json; returns the file's path. */
export function report(r: Report): string {
  console.log(`\n== ${r.name} ==\n${r.workload}\n`);
  printTable(r.rows);
  if (r.targets?.length) {
    console.log('\nTargets:');
    for (const t of r.targets) console.log(`  ${t.met ? 'MET   ' : 'MISSED'}  ${t.target}${t.value ? `  (${t.value})` : ''}`);
  }
  for (const note of r.notes ?? []) console.log(`  note: ${note}`);
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${r.name}.json`);
  writeFileSync(file, JSON.stringify({ ...r, node: process.version, date: new Date().toISOString() }, null, 2));
  console.log(`\nwrote ${file}`);
  return file;
}

/** Runs `fn` repeatedly for about `ms` of wall time (after a warm-up) and returns operations per second. */
export async function opsPerSecond(fn: () => unknown | Promise<unknown>, ms = 1000, opsPerCall = 1): Promise<number> {
  const warmUntil = performance.now() + Math.min(200, ms / 5);
  while (performance.now() < warmUntil) await fn();
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    await fn();
    calls++;
    now = performance.now();
  }
  return (calls * opsPerCall * 1000) / (now - start);
}

/** The p-th percentile (0..100) of the samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
