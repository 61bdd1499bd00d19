import { AssertionFailure, Assertions } from './assertions.js';
import type { Registration } from './collector.js';

export interface TestResult {
  title: string;
  outcome: 'passed' | 'failed' | 'skipped';
  error?: unknown;
}

export interface RunOptions {
  /** Tests run at once (serial ones alone, first). */
  concurrency: number;
  /** A test that has not ended after this long fails. */
  testTimeoutMs: number;
  onStart(registration: Registration): void;
  onResult(result: TestResult): void;
}

/** Runs one test: its body under a bound, then its teardowns (last registered first), as ava does. */
async function runOne(registration: Registration, testTimeoutMs: number): Promise<TestResult> {
  const t = new Assertions();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AssertionFailure(`The test did not end within ${testTimeoutMs} ms`)), testTimeoutMs);
  });
  let error: unknown;
  try {
    await Promise.race([Promise.resolve().then(() => registration.body(t)), expired]);
  } catch (thrown) {
    error = thrown;
  } finally {
    clearTimeout(timer);
  }
  if (error === undefined && t.count === 0) error = new AssertionFailure('The test made no assertion');
  for (const teardown of [...t.teardowns].reverse()) {
    try {
      await teardown();
    } catch (thrown) {
      error ??= thrown;
    }
  }
  return { title: registration.title, outcome: error === undefined ? 'passed' : 'failed', error };
}

/** Runs the registrations: serial ones one at a time, then the others `concurrency` at a time. */
export async function runTests(registrations: readonly Registration[], options: RunOptions): Promise<void> {
  const run = async (registration: Registration) => {
    if (registration.skipped) {
      options.onResult({ title: registration.title, outcome: 'skipped' });
      return;
    }
    options.onStart(registration);
    options.onResult(await runOne(registration, options.testTimeoutMs));
  };
  for (const registration of registrations.filter((r) => r.serial)) await run(registration);
  const queue = registrations.filter((r) => !r.serial);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await run(next);
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
}
