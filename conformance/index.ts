import type { TestFn } from 'ava';
import { BadArgumentsError } from '../engine/errors/index.js';
import type { ConformanceOptions } from './options.js';
import { transportContract } from './transport-contract.js';

export type { ConformanceOptions, TransportFixture } from './options.js';

/**
 * Registers the conformance suite for one adapter with ava:
 *
 * ```ts
 * import test from 'ava';
 * import { conformance } from 'logkeeper/conformance';
 * conformance(test, { name: 'my-adapter', factory: () => myFixture(), supports: MyTransport.supports });
 * ```
 *
 * It proves that the adapter gives the engine what it needs: today the transport contract;
 * engine behaviour on the adapter joins it as the engine grows. Tests of features the
 * adapter does not declare in `supports` are skipped, not faked.
 */
export function conformance(test: TestFn, options: ConformanceOptions): void {
  if (typeof test !== 'function') throw new BadArgumentsError('conformance needs ava\'s test function');
  if (!options || typeof options.name !== 'string' || typeof options.factory !== 'function' || typeof options.supports !== 'object') {
    throw new BadArgumentsError('conformance needs { name, factory, supports }');
  }
  transportContract(test, options);
}
