import { inspect, isDeepStrictEqual } from 'node:util';

/** A failed assertion: the test stops there, as in ava (from version 6 on). */
export class AssertionFailure extends Error {
  override readonly name = 'AssertionFailure';
}

/** What `t.throws` may be told to expect of the error, as ava's expectation object. */
export interface Expectation {
  instanceOf?: new (...args: never[]) => unknown;
  is?: unknown;
  message?: string | RegExp;
  name?: string;
  code?: string | number;
}

const show = (value: unknown) => inspect(value, { depth: 4, maxArrayLength: 20, maxStringLength: 300, breakLength: 120 });

/** How `actual` differs from `expected`: for two arrays, where they first differ. */
function difference(actual: unknown, expected: unknown): string {
  if (!Array.isArray(actual) || !Array.isArray(expected)) return `got ${show(actual)}, expected ${show(expected)}`;
  const at = actual.findIndex((value, i) => !isDeepStrictEqual(value, expected[i]));
  const first = at === -1 ? Math.min(actual.length, expected.length) : at;
  return `arrays of ${actual.length} and ${expected.length} items differ first at [${first}]: got ${show(actual[first])}, expected ${show(expected[first])}`;
}

/**
 * The execution context a test body receives: the part of ava's `t` the suite uses (the
 * assertions, `teardown`, `log`, `timeout`), with ava's meaning. Each failed assertion throws
 * an AssertionFailure whose message is the assertion's own, then what it got.
 */
export class Assertions {
  readonly title: string;
  readonly logs: string[] = [];
  readonly teardowns: Array<() => unknown> = [];
  /** Assertions made so far: a test that makes none fails, as in ava. */
  count = 0;
  /** Called when the test asks for another bound on its duration (`t.timeout(ms)`). */
  onTimeout: (ms: number) => void = () => {};

  constructor(title: string) {
    this.title = title;
  }

  pass(): boolean {
    return this.#check(true, 'pass', undefined, () => '');
  }

  fail(message = 'Test failed via `t.fail()`'): never {
    this.count++;
    throw new AssertionFailure(message);
  }

  true(actual: unknown, message?: string): boolean {
    return this.#check(actual === true, 'true', message, () => `got ${show(actual)}, not true`);
  }

  false(actual: unknown, message?: string): boolean {
    return this.#check(actual === false, 'false', message, () => `got ${show(actual)}, not false`);
  }

  truthy(actual: unknown, message?: string): boolean {
    return this.#check(Boolean(actual), 'truthy', message, () => `got ${show(actual)}, which is falsy`);
  }

  falsy(actual: unknown, message?: string): boolean {
    return this.#check(!actual, 'falsy', message, () => `got ${show(actual)}, which is truthy`);
  }

  is(actual: unknown, expected: unknown, message?: string): boolean {
    return this.#check(Object.is(actual, expected), 'is', message, () => `got ${show(actual)}, expected ${show(expected)}`);
  }

  not(actual: unknown, expected: unknown, message?: string): boolean {
    return this.#check(!Object.is(actual, expected), 'not', message, () => `got ${show(actual)}, which it must not be`);
  }

  deepEqual(actual: unknown, expected: unknown, message?: string): boolean {
    return this.#check(isDeepStrictEqual(actual, expected), 'deepEqual', message, () => difference(actual, expected));
  }

  notDeepEqual(actual: unknown, expected: unknown, message?: string): boolean {
    return this.#check(!isDeepStrictEqual(actual, expected), 'notDeepEqual', message, () => `got ${show(actual)}, which it must not be`);
  }

  regex(string: string, regex: RegExp, message?: string): boolean {
    return this.#check(regex.test(string), 'regex', message, () => `${show(string)} does not match ${regex}`);
  }

  throws(fn: () => unknown, expectation?: Expectation | null, message?: string): unknown {
    let error: unknown;
    try {
      fn();
    } catch (thrown) {
      error = thrown;
      this.#expect(error, expectation, 'throws', message);
      return error;
    }
    return this.#check(false, 'throws', message, () => 'the function returned without throwing');
  }

  async throwsAsync(thrower: Promise<unknown> | (() => Promise<unknown>), expectation?: Expectation | null, message?: string): Promise<unknown> {
    try {
      await (typeof thrower === 'function' ? thrower() : thrower);
    } catch (error) {
      this.#expect(error, expectation, 'throwsAsync', message);
      return error;
    }
    return this.#check(false, 'throwsAsync', message, () => 'the promise resolved');
  }

  notThrows(fn: () => unknown, message?: string): void {
    try {
      fn();
    } catch (error) {
      this.#check(false, 'notThrows', message, () => `it threw ${show(error)}`);
    }
    this.#check(true, 'notThrows', message, () => '');
  }

  async notThrowsAsync(thrower: Promise<unknown> | (() => Promise<unknown>), message?: string): Promise<void> {
    try {
      await (typeof thrower === 'function' ? thrower() : thrower);
    } catch (error) {
      this.#check(false, 'notThrowsAsync', message, () => `it rejected with ${show(error)}`);
    }
    this.#check(true, 'notThrowsAsync', message, () => '');
  }

  teardown(fn: () => unknown): void {
    this.teardowns.push(fn);
  }

  log(...values: unknown[]): void {
    this.logs.push(values.map((value) => (typeof value === 'string' ? value : show(value))).join(' '));
  }

  timeout(ms: number): void {
    this.onTimeout(ms);
  }

  #expect(error: unknown, expectation: Expectation | null | undefined, assertion: string, message?: string): void {
    const e = error as { message?: unknown; name?: unknown; code?: unknown };
    const { instanceOf, is, message: text, name, code } = expectation ?? {};
    const misses = [
      instanceOf !== undefined && !(error instanceof instanceOf) && `not an instance of ${instanceOf.name}`,
      expectation && 'is' in expectation && error !== is && 'not the expected error',
      typeof text === 'string' && e.message !== text && `its message is not ${show(text)}`,
      text instanceof RegExp && !text.test(String(e.message)) && `its message does not match ${text}`,
      name !== undefined && e.name !== name && `its name is not ${show(name)}`,
      code !== undefined && e.code !== code && `its code is not ${show(code)}`,
    ].filter(Boolean);
    this.#check(misses.length === 0, assertion, message, () => `${misses.join(', ')}: got ${show(error)}`);
  }

  #check(ok: boolean, assertion: string, message: string | undefined, details: () => string): true {
    this.count++;
    if (!ok) throw new AssertionFailure(`${message ? `${message}\n  ` : ''}t.${assertion}: ${details()}`);
    return true;
  }
}
