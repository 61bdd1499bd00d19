import type { GroupSimulationResult } from './simulate.js';

/** A failed group run's report: what broke, the command that replays it, and the last events. */
export function describeGroupFailure(r: GroupSimulationResult): string {
  return [
    `group simulation seed ${JSON.stringify(r.seed)} (${r.family}) FAILED: ${r.error}`,
    `replay: npm run sim -- groups --protocol ${r.family} --seed ${r.seed} --verbose`,
    'last events:',
    ...r.trace.map((l) => `  ${l}`),
  ].join('\n');
}
