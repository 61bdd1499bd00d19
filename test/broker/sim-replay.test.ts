import test from 'ava';
import { simulateBrokers } from '../../engine/broker/sim/index.js';

/*
 * The broker simulation is a function of its seed: the same seed gives the same run, event
 * for event (the trace hash covers every fault, leader change, acknowledgement with its
 * offset, and high watermark a client was told); another seed gives another run.
 */

test('a seed replays exactly: the same trace, the same statistics', async (t) => {
  const a = await simulateBrokers({ seed: 7 });
  const b = await simulateBrokers({ seed: 7 });
  t.true(a.ok, a.error);
  t.is(b.traceHash, a.traceHash);
  t.deepEqual(b.trace, a.trace);
  t.deepEqual(b.stats, a.stats);
  t.true(a.stats.events > 50 && a.stats.acked > 10, 'a run with something in it');
});

test('different seeds make different runs', async (t) => {
  const a = await simulateBrokers({ seed: 1, brokers: 3 });
  const b = await simulateBrokers({ seed: 2, brokers: 3 });
  t.not(a.traceHash, b.traceHash);
});
