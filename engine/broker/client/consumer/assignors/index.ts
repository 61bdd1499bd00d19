import { BadArgumentsError } from '../../../../errors/index.js';
import { cooperativeStickyAssignor } from './cooperative-sticky.js';
import { rangeAssignor } from './range.js';
import { roundRobinAssignor } from './round-robin.js';
import type { Assignor, RebalanceProtocol } from './types.js';

export { cooperativeStickyAssignor, rangeAssignor, roundRobinAssignor };
export type { Assignor, GroupMember, RebalanceProtocol } from './types.js';

/** kafkajs's PartitionAssigners, by Kafka's protocol names. */
export const PartitionAssigners = Object.freeze({
  range: rangeAssignor,
  roundRobin: roundRobinAssignor,
  cooperativeSticky: cooperativeStickyAssignor,
});

const BY_NAME = new Map<string, Assignor>([rangeAssignor, roundRobinAssignor, cooperativeStickyAssignor].map((a) => [a.name, a]));

/** Assignors given by name or as objects, checked; at least one, no name twice. */
export function resolveAssignors(given: ReadonlyArray<string | Assignor>): Assignor[] {
  if (!Array.isArray(given) || given.length === 0) throw new BadArgumentsError('partitionAssigners must be a non-empty array');
  const assignors = given.map((a) => {
    const assignor = typeof a === 'string' ? BY_NAME.get(a) : a;
    if (!assignor || typeof assignor.name !== 'string' || typeof assignor.assign !== 'function' || typeof assignor.userData !== 'function') {
      throw new BadArgumentsError(`Unknown partition assigner ${typeof a === 'string' ? `'${a}'` : String(a)}: use 'range', 'roundrobin', 'cooperative-sticky' or an Assignor`);
    }
    if (assignor.rebalanceProtocol !== 'eager' && assignor.rebalanceProtocol !== 'cooperative') throw new BadArgumentsError(`Assigner '${assignor.name}' has no rebalanceProtocol`);
    return assignor;
  });
  if (new Set(assignors.map((a) => a.name)).size !== assignors.length) throw new BadArgumentsError('partitionAssigners names an assigner twice');
  return assignors;
}

/**
 * The rebalance protocol a member follows: cooperative only when every assignor it offers is
 * (Kafka's rule: the group may pick any of them, so the member must be ready for the eager one).
 */
export function rebalanceProtocolOf(assignors: readonly Assignor[]): RebalanceProtocol {
  return assignors.every((a) => a.rebalanceProtocol === 'cooperative') ? 'cooperative' : 'eager';
}
