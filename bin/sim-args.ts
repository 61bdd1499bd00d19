/*
 * The command-line arguments every `npm run sim` simulation shares: `--name value` options,
 * `--verbose`, and the seeds to run (`--seed S` replays one; otherwise `--seeds N` from
 * `--start S`, default 100 from 1).
 */

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The option `--name` as a number, or undefined when it is not given. */
export function numberArg(name: string): number | undefined {
  const value = arg(name);
  return value === undefined ? undefined : Number(value);
}

export const verbose = process.argv.includes('--verbose');

/** The seeds to run: one replayed (`--seed`, a number or a string), or a range. */
export function seedsArg(): Array<number | string> {
  const one = arg('seed');
  if (one !== undefined) return [/^\d+$/.test(one) ? Number(one) : one];
  const count = numberArg('seeds') ?? 100;
  const start = numberArg('start') ?? 1;
  return Array.from({ length: count }, (_, i) => start + i);
}
