import type { ExecutionContext, TestFn } from 'ava';
import type { SupportKey } from '../../transports/supports.js';
import type { ConformanceOptions } from '../options.js';

export type EngineCheck = (what: string, needs: readonly SupportKey[], body: (t: ExecutionContext) => Promise<void>) => void;

/**
 * Registers the tests of one group of engine behaviour. Each test names the features it
 * needs beyond the transport contract (none, `faults`, `persistence`): it runs when the
 * adapter declares them all, and is otherwise registered as skipped, never run and never
 * faked. Titles read `name › engine › group › what`, so `--match '*› engine › election ›*'`
 * selects a group.
 *
 * The tests are serial (ava runs them one at a time, before a file's concurrent tests): each
 * runs a cluster, and on the real clock clusters side by side, or beside the transport
 * tests, would compete for one event loop and make a healthy adapter miss its bounds.
 */
export function engineGroup(test: TestFn, options: ConformanceOptions, group: string): EngineCheck {
  return (what, needs, body) => {
    const title = `${options.name} › engine › ${group} › ${what}`;
    if (needs.every((key) => options.supports[key] === true)) test.serial(title, body);
    else test.skip(title, body);
  };
}
