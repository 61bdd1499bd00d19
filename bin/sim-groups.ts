import { arg, numberArg, seedsArg, verbose } from './sim-args.js';
import { describeGroupFailure, GROUP_FAULT_KINDS, simulateGroups, type GroupProtocolFamily, type GroupSimulationResult } from '../engine/broker/sim/groups/index.js';

/*
 * The consumer groups' whole-cluster simulation (engine/broker/sim/groups), many seeds:
 *
 * npm run sim -- groups --protocol consumer --seeds 1000          seeds 1..1000, KIP-848's protocol
 * npm run sim -- groups --protocol classic --seeds 500 --start 9000
 * npm run sim -- groups --protocol classic --seeds 100 --duration 4000   a longer fault phase (simulated ms; default 1000)
 * npm run sim -- groups --protocol consumer --seed 1234 --verbose        replay one seed, printing its trace
 *                                                                        (and the brokers' own log lines)
 */

const family = (arg('protocol') ?? 'consumer') as GroupProtocolFamily;
if (family !== 'consumer' && family !== 'classic') throw new Error(`--protocol is consumer or classic, not ${family}`);
const durationMs = numberArg('duration');
const seeds = seedsArg();

const started = performance.now();
const results: GroupSimulationResult[] = [];
for (const seed of seeds) {
  const r = await simulateGroups({ seed, family, durationMs, verbose });
  results.push(r);
  if (!r.ok) console.log(describeGroupFailure(r));
  else if (verbose || seeds.length === 1) console.log(`seed ${seed} (${family}): ok, trace ${r.traceHash} ${JSON.stringify(r.stats)}`);
}
const ms = performance.now() - started;
const failed = results.filter((r) => !r.ok);
const sum = (f: (r: GroupSimulationResult) => number) => results.reduce((n, r) => n + f(r), 0);
const settle = results.filter((r) => r.ok).map((r) => r.stats.settleMs).sort((a, b) => a - b);
const p = (q: number) => settle[Math.min(settle.length - 1, Math.floor(q * settle.length))] ?? NaN;
const kinds = GROUP_FAULT_KINDS.map((k) => `${k}: ${sum((r) => r.stats.groupFaultKinds[k] ?? 0)} in ${results.filter((r) => (r.stats.groupFaultKinds[k] ?? 0) > 0).length} runs`);
console.log(
  `${family}: ${results.length - failed.length} passed, ${failed.length} failed (${(ms / 1000).toFixed(1)} s wall, ${(ms / seeds.length).toFixed(0)} ms per seed); ` +
    `${sum((r) => r.stats.acked)} records acknowledged, ${sum((r) => r.stats.processed)} processed, ${sum((r) => r.stats.commits)} commits, ` +
    `${sum((r) => r.stats.rebalances)} rebalances, ${sum((r) => r.stats.memberStarts)} consumer processes, ${sum((r) => r.stats.brokerFaults)} broker faults; ` +
    `settled after healing p50 ${Math.round(p(0.5))} ms, p99 ${Math.round(p(0.99))} ms, max ${settle.at(-1) ?? NaN} ms`,
);
console.log(`group faults: ${kinds.join('; ')}; static bounces: ${sum((r) => r.stats.staticBounces)}`);
if (failed.length > 0) console.log(`failed seeds: ${failed.map((r) => r.seed).join(' ')} (${[...new Set(failed.map((r) => r.invariant ?? 'error'))].join(', ')})`);
process.exitCode = failed.length > 0 ? 1 : 0;
