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
 * The execution context a test body receives: the part of ava's `t` the suite uses, with
 * ava's meaning (test/conformance-runner.test.ts checks that it is all there). Each failed
 * assertion throws an AssertionFailure whose message is the assertion's own, then what it got.
 */
export class Assertions {
  readonly teardowns: Array<() => unknown> = [];
  /** Assertions made so far: a test that makes none fails, as in ava. */
  count = 0;

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

  is(actual: unknown, expected: unknown, message?: string): boolean {
    return this.#check(Object.is(actual, expected), 'is', message, () => `got ${show(actual)}, expected ${show(expected)}`);
  }

  not(actual: unknown, expected: unknown, message?: string): boolean {
    return this.#check(!Object.is(actual, expected), 'not', message, () => `got ${show(actual)}, which it must not be`);
  }

  deepEqual(actual: unknown, expected: unknown, message?: string): boolean {
    return this.#check(isDeepStrictEqual(actual, expected), 'deepEqual', message, () => difference(actual, expected));
  }

  throws(fn: () => unknown, expectation?: Expectation | null, message?: string): unknown {
    try {
      fn();
    } catch (error) {
      this.#expect(error, expectation, message);
      return error;
    }
    return this.#check(false, 'throws', message, () => 'the function returned without throwing');
  }

  teardown(fn: () => unknown): void {
    this.teardowns.push(fn);
  }

  /** Whether the error `t.throws` caught is the one expected. */
  #expect(error: unknown, expectation: Expectation | null | undefined, message?: string): void {
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
    this.#check(misses.length === 0, 'throws', message, () => `${misses.join(', ')}: got ${show(error)}`);
  }

  #check(ok: boolean, assertion: string, message: string | undefined, details: () => string): true {
    this.count++;
    if (!ok) throw new AssertionFailure(`${message ? `${message}\n  ` : ''}t.${assertion}: ${details()}`);
    return true;
  }
}
