import test from 'ava';
import { checkRegister } from './linearizability.js';
import { masterCampaign, registerCampaign } from './campaign.js';

/*
 * Fault campaigns over many seeds (KEEPER_SEEDS sets how many; a failing seed is printed
 * and replays exactly with KEEPER_SEED=<seed>).
 */
const only = process.env.KEEPER_SEED;
const count = Number(process.env.KEEPER_SEEDS ?? 20);
const seeds = only ? [only] : Array.from({ length: count }, (_, i) => i + 1);

test('linearizable register under random partitions, crashes and restarts (3 servers)', async (t) => {
  let operations = 0;
  for (const seed of seeds) {
    const { history } = await registerCampaign({ seed, nodes: 3 });
    const result = checkRegister(history);
    operations += history.length;
    if (!result.ok) t.log(`seed ${seed}: not linearizable; longest linearizable prefix: ${result.longest?.length} of ${history.length}`);
    t.true(result.ok, `seed ${seed}`);
    t.true(history.filter((h) => h.ret !== undefined).length > 10, `seed ${seed} did some work`);
  }
  t.log(`${seeds.length} seeds, ${operations} operations checked`);
});

test('linearizable register on 5 servers', async (t) => {
  for (const seed of seeds.slice(0, Math.max(1, Math.floor(seeds.length / 3)))) {
    const { history } = await registerCampaign({ seed: `five-${seed}`, nodes: 5 });
    t.true(checkRegister(history).ok, `seed five-${seed}`);
  }
});

test('two candidates never both act as master in the same term, and terms have growing tokens', async (t) => {
  let terms = 0;
  for (const seed of seeds) {
    const { intervals, terms: n } = await masterCampaign({ seed, nodes: 3, durationMs: 6000 });
    terms += n;
    const sorted = [...intervals].sort((a, b) => a.from - b.from);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        if (b.from >= a.to) break;
        t.is(a.who, b.who, `seed ${seed}: ${a.who} [${a.from}, ${a.to}) and ${b.who} [${b.from}, ${b.to}) overlap`);
      }
    }
    // A later term never has a smaller token than an earlier one.
    const byStart = [...intervals].sort((a, b) => a.from - b.from);
    for (let i = 1; i < byStart.length; i++) {
      if (byStart[i]!.who !== byStart[i - 1]!.who) t.true(byStart[i]!.token > byStart[i - 1]!.token || byStart[i]!.token === byStart[i - 1]!.token, `seed ${seed}`);
      t.true(byStart[i]!.token >= byStart[i - 1]!.token, `seed ${seed}: tokens never go back`);
    }
  }
  t.log(`${seeds.length} seeds, ${terms} terms of mastership`);
});
