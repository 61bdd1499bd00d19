import type { TestFn } from 'ava';
import type { Assertions } from './assertions.js';

export type Body = (t: Assertions) => unknown;

export interface Registration {
  title: string;
  body: Body;
  skipped: boolean;
  /** Run alone, before the concurrent tests (ava's `test.serial`). */
  serial: boolean;
}

/**
 * A stand-in for ava's `test` function that records what the suite registers (`test`,
 * `test.skip`, `test.serial`: what it uses, which test/conformance-runner.test.ts checks), so
 * the runner can run it without ava.
 */
export function collector(): { test: TestFn; registrations: Registration[] } {
  const registrations: Registration[] = [];
  const register = (skipped: boolean, serial: boolean) => (title: string, body: Body) => {
    if (typeof title !== 'string' || typeof body !== 'function') throw new TypeError('test(title, body) needs a title and a function');
    registrations.push({ title, body, skipped, serial });
  };
  const test = Object.assign(register(false, false), { skip: register(true, false), serial: register(false, true) });
  return { test: test as unknown as TestFn, registrations };
}
