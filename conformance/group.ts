import type { ExecutionContext, TestFn } from 'ava';
import type { SupportKey } from '../transports/supports.js';
import type { ConformanceOptions } from './options.js';

export type Check = (what: string, body: (t: ExecutionContext) => Promise<void>) => void;

/**
 * Registers the tests of one feature: run when the adapter declares `supports[key]`, and
 * otherwise registered as skipped (ava reports them so), never run and never faked. Titles
 * read `name › key › what`, so `--match '*› tls ›*'` selects a group.
 */
export function featureGroup(test: TestFn, options: ConformanceOptions, key: SupportKey): Check {
  const declared = options.supports[key] === true;
  return (what, body) => {
    const title = `${options.name} › ${key} › ${what}`;
    if (declared) test(title, body);
    else test.skip(title, body);
  };
}
