import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Assertions } from '../conformance/runner/assertions.js';
import { collector } from '../conformance/runner/collector.js';
import { runTests, type TestResult } from '../conformance/runner/run.js';

// The CLI runner's stand-ins for ava (conformance/runner/): they offer all of ava's API that
// the suite uses, with ava's meaning, so the suite run by `logkeeper conformance` is the suite
// ava runs.

const CONFORMANCE = fileURLToPath(new URL('../conformance', import.meta.url));
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'runner' ? [] : sources(join(dir, e.name))) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
const used = (pattern: RegExp) => new Set(sources(CONFORMANCE).flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1]!)));

test('the runner offers every part of ava\'s test and t that the suite uses', (t) => {
  const { test: registering } = collector();
  const assertions = new Assertions() as unknown as Record<string, unknown>;
  const methods = used(/\bt\.(\w+)\(/g);
  t.true(methods.has('deepEqual') && methods.has('teardown'), 'the scan finds the suite\'s assertions');
  for (const method of methods) t.is(typeof assertions[method], 'function', `t.${method}`);
  for (const modifier of used(/\btest\.(\w+)\(/g)) t.is(typeof (registering as unknown as Record<string, unknown>)[modifier], 'function', `test.${modifier}`);
});

test('tests run with ava\'s meaning: a failed assertion ends the test with its message, a test without one fails, teardowns run last first, a hung test fails at its bound', async (t) => {
  const { test: register, registrations } = collector();
  const order: string[] = [];
  register('passes', (u) => {
    u.teardown(() => order.push('first registered'));
    u.teardown(() => order.push('second registered'));
    u.deepEqual([1, 2], [1, 2]);
  });
  register('fails', (u) => {
    u.deepEqual([1, 2, 3], [1, 5, 3], 'the arrays');
    order.push('after the failed assertion');
  });
  register('asserts nothing', () => {});
  register('throws', () => {
    throw new Error('boom');
  });
  register('hangs', () => new Promise(() => {}));
  register.skip('skipped', () => {});
  register.serial('serial', (u) => {
    order.push('serial');
    u.throws(() => {
      throw Object.assign(new Error('closed'), { code: 'CONNECTION_CLOSED' });
    }, { code: 'CONNECTION_CLOSED' });
  });
  const results = new Map<string, TestResult>();
  await runTests(registrations, { concurrency: 3, testTimeoutMs: 200, onStart: () => {}, onResult: (r) => results.set(r.title, r) });
  const outcome = (title: string) => results.get(title)?.outcome;
  t.deepEqual(order, ['serial', 'second registered', 'first registered'], 'serial first; teardowns last first; nothing after a failed assertion');
  t.is(outcome('passes'), 'passed');
  t.is(outcome('serial'), 'passed');
  t.is(outcome('skipped'), 'skipped');
  t.is(outcome('fails'), 'failed');
  t.is((results.get('fails')!.error as Error).message, 'the arrays\n  t.deepEqual: arrays of 3 and 3 items differ first at [1]: got 2, expected 5');
  t.regex((results.get('asserts nothing')!.error as Error).message, /made no assertion/);
  t.is((results.get('throws')!.error as Error).message, 'boom');
  t.regex((results.get('hangs')!.error as Error).message, /did not end within 200 ms/);
});
