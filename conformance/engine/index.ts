import type { TestFn } from 'ava';
import type { ConformanceOptions } from '../options.js';
import { electionGroup } from './election.js';
import { ephemeralExpiryGroup } from './ephemeral-expiry.js';
import { groupRebalancingGroup } from './group-rebalancing.js';
import { keyHashGroup } from './key-hash.js';
import { restartGroup } from './restart.js';

/**
 * The engine's behaviour over the adapter: clusters of members, brokers and clients whose
 * every byte goes through the adapter's transports (cluster.ts), in groups whose tests each
 * run only when the adapter declares what they need (check.ts).
 */
export function engineBehaviour(test: TestFn, options: ConformanceOptions): void {
  electionGroup(test, options);
  ephemeralExpiryGroup(test, options);
  keyHashGroup(test, options);
  groupRebalancingGroup(test, options);
  restartGroup(test, options);
}
