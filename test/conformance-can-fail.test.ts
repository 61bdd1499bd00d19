import test from 'ava';
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { conformanceCli } from './helpers/conformance-cli.js';

// A suite that cannot fail proves nothing: run it on broken adapters, with ava itself
// (test/fixtures/*.conformance.ts) or with the CLI runner (test/fixtures/defective/*.ts), and
// require that it fails each where it should, in words that point at the defect.

const avaCli = join(dirname(createRequire(import.meta.url).resolve('ava')), 'cli.mjs');

/** Runs ava on one fixture file (and, with `match`, only the tests whose titles match); the TAP lines that failed and passed. */
async function runFixture(file: string, match: string[] = []): Promise<{ code: number | null; failed: string[]; passed: string[]; stdout: string }> {
  const args = [avaCli, '--config', 'test/fixtures/ava.config.mjs', '--tap', file, ...match.flatMap((m) => ['--match', m])];
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    execFile(process.execPath, args, { timeout: 90_000 }, (error, stdout) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout }));
  });
  const lines = stdout.split('\n');
  return { code, stdout, failed: lines.filter((l) => l.startsWith('not ok')), passed: lines.filter((l) => /^ok \d+ - /.test(l) && !l.includes('# SKIP')) };
}

test('the conformance suite fails an adapter that reorders frames', async (t) => {
  const { code, failed, stdout } = await runFixture('test/fixtures/reordering-adapter.conformance.ts');
  t.not(code, 0, 'ava exits non-zero');
  t.true(failed.some((line) => line.includes('10,000 frames arrive in order')), stdout);
  t.true(failed.some((line) => line.includes('frames sent before close() arrive before the peer sees the close')), stdout);
  t.false(failed.some((line) => line.includes('100 concurrent connections')), 'tests the bug does not touch still pass');
});

// Each lying adapter (test/fixtures/lying-adapters.conformance.ts) and the supports key it lies about.
const LIARS = [
  ['liar tls (memory)', 'tls'],
  ['faker tls (tcp)', 'tls'],
  ['liar auth (memory)', 'auth'],
  ['liar faults (tcp)', 'faults'],
  ['liar persistence (memory)', 'persistence'],
  ['liar simulatedTime (memory on its own clock)', 'simulatedTime'],
  ['liar browser (tcp)', 'browser'],
  ['liar foreignProtocols (websocket)', 'foreignProtocols'],
] as const;
const BASIC = 'transport › listens, connects, and carries frames both ways';

test('the conformance suite fails an adapter that claims a feature it lacks, in that feature\'s group, for every supports key', async (t) => {
  // Each liar's group, and one basic test that shows the rest of the adapter works.
  const { code, failed, passed, stdout } = await runFixture(
    'test/fixtures/lying-adapters.conformance.ts',
    LIARS.flatMap(([name, key]) => [`${name} › ${key} › *`, `${name} › ${BASIC}`]),
  );
  t.not(code, 0, 'ava exits non-zero');
  for (const [name, key] of LIARS) {
    t.true(failed.some((line) => line.includes(`- ${name} › ${key} › `)), `${name} fails its ${key} group\n${stdout}`);
    t.true(passed.some((line) => line.includes(`- ${name} › ${BASIC}`)), `${name} is otherwise a working adapter`);
  }
  t.deepEqual(failed.filter((line) => !LIARS.some(([name, key]) => line.includes(`- ${name} › ${key} › `))), [], 'nothing fails but the lies');
  // The faker refuses untrusting clients itself, over plain TCP: only the wiretap sees through it.
  const faker = (line: string) => line.includes('- faker tls (tcp) › tls › ');
  t.deepEqual(failed.filter(faker).map((l) => l.replace(/^not ok \d+ - faker tls \(tcp\) › tls › /, '')), ['a recorder on the wire sees none of the frames\' bytes in the clear']);
  t.is(passed.filter(faker).length, 2, 'its other TLS tests cannot tell');
});

// Each defect of test/fixtures/defects.ts with a module of its own, the tests of the transport
// contract that must catch it (the others pass), and what their failure must say.
const DEFECTS = [
  ['duplicating', {
    '10,000 frames arrive in order, each way': /client → server: frame 49 arrived twice \(at positions 49 and 50\): a duplicate/,
    'frames sent before close() arrive before the peer sees the close': /frame 49 arrived twice .*: a duplicate/,
  }],
  ['silent-stop', {
    '10,000 frames arrive in order, each way': /at the server, 1000 of 10000 frames arrived and the connection reported no close; at the client, 1000 of 10000 frames arrived and the connection reported no close/,
  }],
  ['delaying', {
    'a frame comes back on an idle connection within the shortest session timeout of the engine\'s tests': /no frame came back within 500 ms in 5 tries: frames later than the shortest session timeout of the engine's tests/,
  }],
] as const;

for (const [defect, caughtBy] of DEFECTS) {
  test(`the conformance suite, run by the CLI, fails an adapter with the defect '${defect}' in the transport contract, and says what is wrong`, async (t) => {
    const run = await conformanceCli(`test/fixtures/defective/${defect}.ts`, '--grep', '^transport$', '--concurrency', '20');
    t.is(run.code, 1, 'the runner exits 1');
    t.is(run.groups.get('transport'), '✖', `the report names the failing group\n${run.stdout}`);
    t.deepEqual([...run.failed.keys()].sort(), Object.keys(caughtBy).sort(), 'these tests fail, and no other');
    for (const [what, says] of Object.entries(caughtBy)) t.regex(run.failed.get(what) ?? '', says, what);
    t.regex(run.stdout, new RegExp(`^\\d+ passed, ${Object.keys(caughtBy).length} failed, 0 skipped$`, 'm'));
  });
}

test('an adapter that delivers past the session timeout fails the engine\'s groups too', async (t) => {
  const run = await conformanceCli('test/fixtures/defective/delaying.ts', '--grep', 'ephemeral expiry', '--concurrency', '3');
  t.is(run.code, 1);
  t.is(run.groups.get('engine › ephemeral expiry'), '✖', run.stdout);
  t.regex(run.stdout, /^0 passed, 3 failed, 0 skipped$/m);
});
