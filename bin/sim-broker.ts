import { numberArg, seedsArg, verbose } from './sim-args.js';
import { describeBrokerFailure, simulateBrokers, type BrokerSimulationResult } from '../engine/broker/sim/index.js';

/*
 * The broker's whole-cluster simulation (engine/broker/sim), many seeds:
 *
 * npm run sim -- broker --seeds 2000                 seeds 1..2000, 3 or 5 brokers by seed
 * npm run sim -- broker --seeds 500 --start 9000
 * npm run sim -- broker --seeds 200 --brokers 5      force the cluster size
 * npm run sim -- broker --seeds 200 --brokers 5 --voters 3   2 of the 5 brokers only
 * npm run sim -- broker --seeds 100 --duration 10000  a longer fault phase (simulated ms; default 2500)
 * npm run sim -- broker --seed 1234 --verbose        replay one seed, printing its trace
 *                                                    (and the brokers' own log lines)
 */

const brokers = numberArg('brokers');
const voters = numberArg('voters');
const durationMs = numberArg('duration');
const seeds = seedsArg();

const started = performance.now();
const results: BrokerSimulationResult[] = [];
for (const seed of seeds) {
  const r = await simulateBrokers({ seed, brokers, voters, durationMs, verbose });
  results.push(r);
  if (!r.ok) console.log(describeBrokerFailure(r));
  else if (verbose || seeds.length === 1) console.log(`seed ${seed}: ok (${r.brokers} brokers), trace ${r.traceHash} ${JSON.stringify(r.stats)}`);
}
const ms = performance.now() - started;
const failed = results.filter((r) => !r.ok);
const sum = (f: (r: BrokerSimulationResult) => number) => results.reduce((n, r) => n + f(r), 0);
const settle = results.filter((r) => r.ok).map((r) => r.stats.settleMs).sort((a, b) => a - b);
const p = (q: number) => settle[Math.min(settle.length - 1, Math.floor(q * settle.length))] ?? NaN;
console.log(
  `${results.length - failed.length} passed, ${failed.length} failed (${(ms / 1000).toFixed(1)} s wall, ${(ms / seeds.length).toFixed(0)} ms per seed); ` +
    `${sum((r) => r.stats.acked)} records acknowledged, ${sum((r) => r.stats.crashes)} crashes, ${sum((r) => r.stats.faults)} faults, ` +
    `${results.filter((r) => r.stats.exposed > 0).length} runs with a partition exposed (not checked); settled after healing p50 ${Math.round(p(0.5))} ms, p99 ${Math.round(p(0.99))} ms`,
);
if (failed.length > 0) console.log(`failed seeds: ${failed.map((r) => r.seed).join(' ')}`);
process.exitCode = failed.length > 0 ? 1 : 0;
