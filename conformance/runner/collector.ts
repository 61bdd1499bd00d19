import type { TestFn } from 'ava';
import type { Assertions } from './assertions.js';

export type Body = (t: Assertions, ...args: unknown[]) => unknown;

export interface Registration {
  title: string;
  body: Body;
  args: unknown[];
  skipped: boolean;
  /** Run alone, before the concurrent tests (ava's `test.serial`). */
  serial: boolean;
}

/**
 * A stand-in for ava's `test` function that records what the suite registers (`test`,
 * `test.skip`, `test.serial`), so the runner can run it without ava.
 */
export function collector(): { test: TestFn; registrations: Registration[] } {
  const registrations: Registration[] = [];
  const register = (skipped: boolean, serial: boolean) => (title: string, body: Body, ...args: unknown[]) => {
    if (typeof title !== 'string' || typeof body !== 'function') throw new TypeError('test(title, body) needs a title and a function');
    registrations.push({ title, body, args, skipped, serial });
  };
  const test = Object.assign(register(false, false), {
    skip: register(true, false),
    serial: Object.assign(register(false, true), { skip: register(true, true) }),
  });
  return { test: test as unknown as TestFn, registrations };
}
