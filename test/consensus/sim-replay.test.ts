import test from 'ava';
import { simulate } from '../../engine/consensus/sim/simulate.js';

test.serial('a seed replays exactly: same trace, same statistics', async (t) => {
  const a = await simulate({ seed: 77 });
  const b = await simulate({ seed: 77 });
  t.true(a.ok, a.error);
  t.deepEqual(b.trace, a.trace);
  t.deepEqual(b.stats, a.stats);
});

test.serial('different seeds make different runs', async (t) => {
  const a = await simulate({ seed: 1 });
  const b = await simulate({ seed: 2 });
  t.notDeepEqual(a.trace, b.trace);
});

test.serial('a broken invariant is caught, named, and reported with its seed', async (t) => {
  // Sabotage: a leader that counts its own vote twice can win without a majority.
  const { Raft } = await import('../../engine/consensus/raft.js');
  const original = Raft.prototype.step;
  Raft.prototype.step = function (this: InstanceType<typeof Raft>, m) {
    // Grant every vote request, even for stale logs and already-voted terms.
    if (m.type === 2 /* Vote */ || m.type === 4 /* PreVote */) {
      m.index = Number.MAX_SAFE_INTEGER;
      m.logTerm = Number.MAX_SAFE_INTEGER;
      if (m.type === 2) this.vote = '';
      this.lead = '';
    }
    return original.call(this, m);
  };
  try {
    let caught: string | undefined;
    for (let seed = 1; seed <= 30 && !caught; seed++) {
      const r = await simulate({ seed });
      if (!r.ok) caught = `${r.invariant ?? ''} ${r.error ?? ''} seed=${r.seed}`;
    }
    t.truthy(caught, 'some seed exposes the bug');
    t.regex(caught!, /seed=\d+/);
  } finally {
    Raft.prototype.step = original;
  }
});
