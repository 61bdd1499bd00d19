import { numberArg, seedsArg, verbose } from './sim-args.js';
import { describeFailure, simulate, type SimulationResult } from '../engine/consensus/sim/simulate.js';

/*
 * npm run sim -- --seeds 2000            run seeds 1..2000
 * npm run sim -- --seeds 500 --start 9000
 * npm run sim -- --seed 1234 --verbose   replay one seed, printing the harness trace
 * npm run sim -- --seeds 100 --nodes 5   force the cluster size
 */

const nodes = numberArg('nodes');
const seeds = seedsArg();

const started = performance.now();
let failed = 0;
const results: SimulationResult[] = [];
for (const seed of seeds) {
  const r = await simulate({ seed, nodes, verbose });
  results.push(r);
  if (!r.ok) {
    failed++;
    console.log(describeFailure(r));
  } else if (verbose || seeds.length === 1) {
    console.log(`seed ${seed}: ok (${r.nodes} nodes) ${JSON.stringify(r.stats)}`);
  }
}
const ms = performance.now() - started;
const leaderMs = results.filter((r) => r.ok).map((r) => r.stats.leaderAfterHealMs).sort((a, b) => a - b);
const p = (q: number) => leaderMs[Math.min(leaderMs.length - 1, Math.floor(q * leaderMs.length))] ?? NaN;
console.log(`${seeds.length - failed} passed, ${failed} failed (${(ms / 1000).toFixed(1)} s wall, ${(ms / seeds.length).toFixed(0)} ms per seed; leader after heal p50 ${Math.round(p(0.5))} ms, p99 ${Math.round(p(0.99))} ms)`);
process.exitCode = failed > 0 ? 1 : 0;
