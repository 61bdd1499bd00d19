import type { TestFn } from 'ava';
import { BadArgumentsError } from '../engine/errors/index.js';
import { authGroup } from './auth.js';
import { browserGroup } from './browser.js';
import { engineBehaviour } from './engine/index.js';
import { faultsGroup } from './faults.js';
import { foreignProtocolsGroup } from './foreign-protocols.js';
import { listenerAndLimits } from './listener-and-limits.js';
import type { ConformanceOptions } from './options.js';
import { persistenceGroup } from './persistence.js';
import { simulatedTimeGroup } from './simulated-time.js';
import { tlsGroup } from './tls.js';
import { transportContract } from './transport-contract.js';

export type {
  ConformanceOptions, TransportFixture, WorldConfig, TransportVariant, Faults, RawStream, Wiretap,
} from './options.js';
export { tcpWiretap, tcpRawConnect } from './tcp-tools.js';

/**
 * Registers the conformance suite for one adapter with ava:
 *
 * ```ts
 * import test from 'ava';
 * import { conformance } from 'logkeeper/conformance';
 * conformance(test, { name: 'my-adapter', factory: (config) => myFixture(config), supports: MyTransport.supports });
 * ```
 *
 * It proves that the adapter gives the engine what it needs: the transport contract, and a
 * group of tests for each feature the adapter declares in `supports` (tls, auth, faults,
 * persistence, browser, simulatedTime, foreignProtocols), which exercise the feature for real
 * and fail an adapter that claims what it lacks. The groups of features it does not declare
 * are registered as skipped, never faked. Then the engine's behaviour over the adapter
 * (conformance/engine/), each test gated in the same way on what it needs.
 */
export function conformance(test: TestFn, options: ConformanceOptions): void {
  if (typeof test !== 'function') throw new BadArgumentsError('conformance needs ava\'s test function');
  if (!options || typeof options.name !== 'string' || typeof options.factory !== 'function' || typeof options.supports !== 'object') {
    throw new BadArgumentsError('conformance needs { name, factory, supports }');
  }
  transportContract(test, options);
  listenerAndLimits(test, options);
  tlsGroup(test, options);
  authGroup(test, options);
  faultsGroup(test, options);
  persistenceGroup(test, options);
  simulatedTimeGroup(test, options);
  browserGroup(test, options);
  foreignProtocolsGroup(test, options);
  engineBehaviour(test, options);
}
