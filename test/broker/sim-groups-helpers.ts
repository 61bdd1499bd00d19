import test from 'ava';
import { describeGroupFailure, GROUP_FAULT_KINDS, simulateGroups, type GroupProtocolFamily } from '../../engine/broker/sim/groups/index.js';

/**
 * Seeds that fail on a bug not fixed yet, registered as failing tests (they pass while the
 * bug is there, and say so once it is fixed): replay with `npm run sim -- groups --protocol
 * <family> --seed <seed> --verbose`.
 */
const KNOWN_FAILURES: Record<string, string> = {};

/**
 * Registers one test per seed in [from, from + count): two consumer groups of `family` on a
 * whole simulated cluster with faults (engine/broker/sim/groups/simulate.ts). A failure prints
 * the seed, the invariant, the command that replays it and the last events of the run. A last
 * test requires every kind of group fault, and the static bounce, to have happened in some of
 * these seeds (else the runs would not test what they claim to). Serial: a run is CPU-bound.
 */
export function groupSimulationSeeds(family: GroupProtocolFamily, from: number, count: number): void {
  const struck = new Map<string, number>();
  let bounces = 0;
  for (let seed = from; seed < from + count; seed++) {
    const known = KNOWN_FAILURES[`${family} ${seed}`];
    (known ? test.serial.failing : test.serial)(`${family} seed ${seed}${known ? ` (known bug: ${known})` : ''}`, async (t) => {
      const r = await simulateGroups({ seed, family });
      for (const [kind, n] of Object.entries(r.stats.groupFaultKinds)) struck.set(kind, (struck.get(kind) ?? 0) + n);
      bounces += r.stats.staticBounces;
      if (!r.ok) t.fail(describeGroupFailure(r));
      else t.pass();
    });
  }
  test.serial(`${family} seeds ${from}..${from + count - 1}: every kind of group fault struck, and a static member bounced`, (t) => {
    t.deepEqual(GROUP_FAULT_KINDS.filter((k) => !struck.get(k)), [], `struck: ${JSON.stringify(Object.fromEntries(struck))}`);
    t.true(bounces > 0);
  });
}
