import test from 'ava';
import { conformanceCli } from './helpers/conformance-cli.js';

// `logkeeper conformance <module>` (the built command, as npx runs it) on the worked example
// of docs/adapters.md: the whole suite, each group's result, the totals, exit 0. The defective
// adapters' runs, which must fail, are in conformance-can-fail.test.ts.

test('the example adapter passes the whole suite through the CLI runner', async (t) => {
  const run = await conformanceCli('examples/custom-adapter/conformance.ts');
  t.is(run.code, 0, run.stdout + run.stderr);
  const totals = /^(\d+) passed, 0 failed, (\d+) skipped$/m.exec(run.stdout);
  t.truthy(totals, 'the final line gives the totals');
  t.true(run.stdout.trimEnd().endsWith(totals![0]), 'last');
  t.true(Number(totals![1]) > 20, `${totals![1]} tests passed`);
  for (const group of ['transport', 'persistence', 'engine › election', 'engine › ephemeral expiry']) t.is(run.groups.get(group), '✔', `${group} passed`);
  for (const group of ['tls', 'auth', 'faults', 'simulatedTime', 'browser', 'foreignProtocols']) t.is(run.groups.get(group), '-', `${group}, undeclared, is skipped`);
});

test('--grep selects groups; a module of the wrong shape and a grep that selects nothing are refused', async (t) => {
  const selected = await conformanceCli('examples/custom-adapter/conformance.ts', '--grep', '^persistence$', '--grep', '^tls$');
  t.is(selected.code, 0, selected.stdout + selected.stderr);
  t.deepEqual([...selected.groups.keys()], ['tls', 'persistence']);
  t.regex(selected.stdout, /^1 passed, 0 failed, 3 skipped$/m);

  const none = await conformanceCli('examples/custom-adapter/conformance.ts', '--grep', 'no such group');
  t.is(none.code, 1);
  t.regex(none.stderr, /No group of the suite matches --grep 'no such group'/);

  const missing = await conformanceCli('examples/custom-adapter/missing.ts');
  t.is(missing.code, 2);
  t.regex(missing.stderr, /missing\.ts: no such file/);
  const wrong = await conformanceCli('test/fixtures/defects.ts');
  t.is(wrong.code, 2);
  t.regex(wrong.stderr, /must export default \{ name, factory, supports, timing\? \}.*it has no default export object/);
});
