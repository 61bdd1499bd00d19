import test from 'ava';
import { simulateGroups, type GroupProtocolFamily } from '../../engine/broker/sim/groups/index.js';

/*
 * The group simulation is a function of its seed and protocol: the same seed gives the same
 * run, event for event (the trace hash covers the faults, each message a member processes and
 * each commit acknowledged, with members and generations or epochs); another seed, or the
 * other protocol, gives another run.
 */

for (const family of ['consumer', 'classic'] as GroupProtocolFamily[]) {
  test(`${family}: a seed replays exactly: the same trace, the same statistics`, async (t) => {
    const a = await simulateGroups({ seed: 11, family });
    const b = await simulateGroups({ seed: 11, family });
    t.true(a.ok, a.error);
    t.is(b.traceHash, a.traceHash);
    t.deepEqual(b.trace, a.trace);
    t.deepEqual(b.stats, a.stats);
    t.true(a.stats.processed > 20 && a.stats.commits > 0 && a.stats.groupFaults > 0, 'a run with something in it');
  });
}

test('different seeds, or protocols, make different runs', async (t) => {
  const a = await simulateGroups({ seed: 1, family: 'consumer' });
  const b = await simulateGroups({ seed: 2, family: 'consumer' });
  const c = await simulateGroups({ seed: 1, family: 'classic' });
  t.not(a.traceHash, b.traceHash);
  t.not(a.traceHash, c.traceHash);
});
