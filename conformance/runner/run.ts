import { AssertionFailure, Assertions } from './assertions.js';
import type { Registration } from './collector.js';

export interface TestResult {
  title: string;
  outcome: 'passed' | 'failed' | 'skipped';
  error?: unknown;
  /** What the test said with `t.log`. */
  logs: string[];
  durationMs: number;
}

export interface RunOptions {
  /** Tests run at once (serial ones alone, first). */
  concurrency: number;
  /** A test that has not ended after this long fails (unless it set its own with `t.timeout`). */
  testTimeoutMs: number;
  onStart?(registration: Registration): void;
  onResult?(result: TestResult): void;
}

/** Runs one test: its body under a bound, then its teardowns (last registered first), as ava does. */
async function runOne(registration: Registration, testTimeoutMs: number): Promise<TestResult> {
  const started = performance.now();
  const t = new Assertions(registration.title);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => reject(new AssertionFailure(`The test did not end within ${ms} ms`)), ms);
    };
    t.onTimeout = arm;
    arm(testTimeoutMs);
  });
  let error: unknown;
  try {
    await Promise.race([Promise.resolve().then(() => registration.body(t, ...registration.args)), expired]);
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
  const outcome = error === undefined ? 'passed' : 'failed';
  return { title: registration.title, outcome, error, logs: t.logs, durationMs: performance.now() - started };
}

/** Runs the registrations: serial ones one at a time, then the others `concurrency` at a time; results in registration order. */
export async function runTests(registrations: Registration[], options: RunOptions): Promise<TestResult[]> {
  const results = new Map<Registration, TestResult>();
  const run = async (registration: Registration) => {
    if (registration.skipped) {
      results.set(registration, { title: registration.title, outcome: 'skipped', logs: [], durationMs: 0 });
    } else {
      options.onStart?.(registration);
      results.set(registration, await runOne(registration, options.testTimeoutMs));
    }
    options.onResult?.(results.get(registration)!);
  };
  for (const registration of registrations.filter((r) => r.serial)) await run(registration);
  const queue = registrations.filter((r) => !r.serial);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await run(next);
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return registrations.map((r) => results.get(r)!);
}
