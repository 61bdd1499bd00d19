import { conformance } from '../conformance/index.js';
import { collector } from '../conformance/runner/collector.js';
import { loadAdapter } from '../conformance/runner/load.js';
import { groupOf, Report } from '../conformance/runner/report.js';
import { runTests } from '../conformance/runner/run.js';

/*
 * `logkeeper conformance <module>`: the conformance suite on the adapter a module exports,
 * without ava and without a test file. The suite registers its tests on a stand-in for ava's
 * `test` (conformance/runner/collector.ts); they run here, a few at a time, each in a world
 * of its own, and the report prints each group's result and the totals.
 */

export interface ConformanceFlags {
  /** Regular expressions (case-insensitive) on group names (`transport`, `engine › election`): a group runs if any matches. */
  grep?: string[];
  /** Scales every bound: the module's `timing.timeoutMs` (default 10 s) times this. */
  timing: number;
  /** Tests run at once. */
  concurrency: number;
}

/** The suite's bound on each wait when the module sets none (conformance/options.ts). */
const DEFAULT_TIMEOUT_MS = 10_000;
/** A test's own bound, in waits: it fails when it has not ended after this many. */
const WAITS_PER_TEST = 12;

/** Runs the suite; resolves with the exit code: 0 when nothing failed, 1 otherwise. */
export async function runConformance(modulePath: string, flags: ConformanceFlags): Promise<number> {
  const adapter = await loadAdapter(modulePath);
  const timeoutMs = Math.round((adapter.timing?.timeoutMs ?? DEFAULT_TIMEOUT_MS) * flags.timing);
  const { test, registrations } = collector();
  conformance(test, { ...adapter, timing: { ...adapter.timing, timeoutMs } });

  const patterns = (flags.grep ?? []).map((pattern) => new RegExp(pattern, 'i'));
  const selected = registrations.filter(({ title }) => patterns.length === 0 || patterns.some((p) => p.test(groupOf(title, adapter.name))));
  if (selected.length === 0) {
    console.error(`No group of the suite matches ${flags.grep!.map((g) => `--grep '${g}'`).join(' ')}`);
    return 1;
  }

  // An error no test caught (a stray rejection in the adapter, say) fails the run but does not end it.
  let uncaught = 0;
  const onUncaught = (error: unknown) => {
    uncaught++;
    console.error('✖ an error outside any test:', error);
  };
  process.on('unhandledRejection', onUncaught);
  process.on('uncaughtException', onUncaught);

  const report = new Report(adapter.name, selected, process.stderr.isTTY === true);
  console.log(`The conformance suite on ${adapter.name} (${modulePath}): ${selected.length} tests in ${report.groupCount} group${report.groupCount === 1 ? '' : 's'}, each wait bounded by ${timeoutMs} ms\n`);
  const started = performance.now();
  await runTests(selected, {
    concurrency: flags.concurrency,
    testTimeoutMs: WAITS_PER_TEST * timeoutMs,
    onStart: (registration) => report.started(registration),
    onResult: (result) => report.result(result),
  });
  const totals = report.finish(performance.now() - started);
  return totals.failed > 0 || uncaught > 0 ? 1 : 0;
}
