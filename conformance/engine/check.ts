import type { ExecutionContext, TestFn } from 'ava';
import type { SupportKey } from '../../transports/supports.js';
import type { ConformanceOptions } from '../options.js';

export type EngineCheck = (what: string, needs: readonly SupportKey[], body: (t: ExecutionContext) => Promise<void>) => void;

/**
 * How many engine tests of one process run at once. Each runs a cluster; on real time, many
 * side by side would compete for the CPU and make a healthy adapter miss its bounds, while
 * one at a time would leave the CPU idle through the engine's timeouts.
 */
const AT_ONCE = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function inTurn(body: () => Promise<void>): Promise<void> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    await body();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

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
    if (needs.every((key) => options.supports[key] === true)) test(title, (t) => inTurn(() => body(t)));
    else test.skip(title, body);
  };
}
