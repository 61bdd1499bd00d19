import { ms } from './failures.js';
import type { SimMember } from './member.js';

/**
 * What `members` have now (rebalances, generation or epoch, partitions), and a function that
 * says what has changed for one of them since (null: nothing) — for phases in which they must
 * see nothing of what another member or another group does.
 */
export function watchMembers(members: readonly SimMember[]): () => string | null {
  const before = members.map((m) => ({ m, incarnation: m.incarnation, partitions: m.assignment().join(','), epoch: m.epoch, rebalances: m.rebalances.length, epochs: m.epochs.length }));
  return () => {
    for (const b of before) {
      const { m } = b;
      const what =
        m.incarnation !== b.incarnation ? `was restarted`
        : m.rebalances.length > b.rebalances ? `saw a rebalance at ${ms(m.rebalances[b.rebalances]!.at)} (${m.rebalances[b.rebalances]!.reason})`
        : m.epochs.length > b.epochs ? `went from generation/epoch ${b.epoch} to ${m.epochs[b.epochs]!.epoch} at ${ms(m.epochs[b.epochs]!.at)}`
        : m.assignment().join(',') !== b.partitions ? `owned [${b.partitions}] and now owns [${m.assignment().join(',')}]`
        : null;
      if (what) return `${m.ref.label} ${what}`;
    }
    return null;
  };
}
