import test from 'ava';
import { describeFailure, simulate } from '../../engine/consensus/sim/simulate.js';

/**
 * Registers one test per seed in [from, from + count). Each runs a whole simulated cluster
 * with faults (engine/consensus/sim/simulate.ts); a failure prints the seed, the command
 * that replays it, and the last events of the run. Serial: a run is CPU-bound anyway.
 */
export function simulationSeeds(from: number, count: number): void {
  for (let seed = from; seed < from + count; seed++) {
    test.serial(`seed ${seed}`, async (t) => {
      const r = await simulate({ seed });
      if (!r.ok) t.fail(describeFailure(r));
      else t.pass();
    });
  }
}
