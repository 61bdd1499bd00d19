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
 */
export function engineGroup(test: TestFn, options: ConformanceOptions, group: string): EngineCheck {
  return (what, needs, body) => {
    const title = `${options.name} › engine › ${group} › ${what}`;
    if (needs.every((key) => options.supports[key] === true)) test(title, body);
    else test.skip(title, body);
  };
}
