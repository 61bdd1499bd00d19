import test, { type TestFn } from 'ava';
import { conformance } from '../conformance/index.js';
import { defineSupports, SUPPORT_KEYS } from '../transports/supports.js';

// Every supports key has its group of tests in the suite, run when the adapter declares the
// key and registered as skipped (so reported, never faked) when it does not.

function registered(supports: Parameters<typeof defineSupports>[0]): Array<{ title: string; skipped: boolean }> {
  const titles: Array<{ title: string; skipped: boolean }> = [];
  const run = (title: string) => titles.push({ title, skipped: false });
  const fake = Object.assign(run, { serial: run, skip: (title: string) => titles.push({ title, skipped: true }) }) as unknown as TestFn;
  conformance(fake, { name: 'x', supports: defineSupports(supports), factory: () => ({}) as never });
  return titles;
}

test('each supports key has a group, skipped when undeclared and run when declared', (t) => {
  const none = registered({});
  const all = registered(Object.fromEntries(SUPPORT_KEYS.map((key) => [key, true])));
  for (const key of SUPPORT_KEYS) {
    const of = (titles: typeof none) => titles.filter(({ title }) => title.startsWith(`x › ${key} › `));
    t.true(of(none).length > 0, `${key} has tests`);
    t.true(of(none).every(({ skipped }) => skipped), `${key}'s tests are skipped when it is not declared`);
    t.true(of(all).every(({ skipped }) => !skipped), `${key}'s tests run when it is declared`);
  }
  t.true(none.filter(({ title }) => title.startsWith('x › transport › ')).some(({ skipped }) => !skipped), 'the transport contract runs for every adapter');
});

test('the engine groups run for a minimal adapter, all but the tests that need faults or persistence, which are skipped', (t) => {
  const engine = (titles: ReturnType<typeof registered>) => titles.filter(({ title }) => title.startsWith('x › engine › '));
  const minimal = engine(registered({}));
  const groups = new Set(minimal.map(({ title }) => title.split(' › ')[2]));
  t.deepEqual([...groups].sort(), ['consumer-group rebalancing', 'election', 'ephemeral expiry', 'key-hash partitioning', 'restart']);
  t.deepEqual(minimal.filter(({ skipped }) => skipped).map(({ title }) => title.split(' › ').slice(2, 3).join()), ['election', 'restart'], 'skipped: the partition test and the restart test');
  t.true(minimal.filter(({ skipped }) => !skipped).length >= 10, 'the rest run');
  t.deepEqual(engine(registered({ faults: true, persistence: true })).filter(({ skipped }) => skipped), [], 'with faults and persistence, every engine test runs');
  t.true(engine(registered({ faults: true })).some(({ title, skipped }) => skipped && title.startsWith('x › engine › restart › ')), 'restart needs persistence');
});
