import test from 'ava';
import { describeBrokerFailure, simulateBrokers, type BrokerSimulationOptions } from '../../engine/broker/sim/index.js';

/**
 * Registers one test per seed in [from, from + count): a whole simulated cluster with faults
 * (engine/broker/sim/simulate.ts). A failure prints the seed, the invariant, the command that
 * replays it and the last events of the run. Serial: a run is CPU-bound anyway.
 */
export function brokerSimulationSeeds(from: number, count: number, options: Omit<BrokerSimulationOptions, 'seed'>): void {
  for (let seed = from; seed < from + count; seed++) {
    test.serial(`seed ${seed}`, async (t) => {
      const r = await simulateBrokers({ ...options, seed });
      if (!r.ok) t.fail(describeBrokerFailure(r));
      else t.pass();
    });
  }
}
