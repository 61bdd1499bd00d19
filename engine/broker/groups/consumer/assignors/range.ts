import type { Assignment } from '../assignment.js';
import type { Assignor } from './types.js';

/*
 * The range assignor: topic by topic, the subscribed members in a fixed order (static
 * members by instance id, so that a restarted one keeps its place; others by member id)
 * take consecutive ranges of partitions, the first ones one partition more when the count
 * does not divide. Topics with the same partition count and the same subscribers are so
 * co-partitioned: partition i of each goes to the same member (joins by key across topics).
 */

export const rangeAssignor: Assignor = ({ members, partitions }) => {
  const out = new Map<string, Map<string, Set<number>>>(members.map((m) => [m.memberId, new Map()]));
  const rank = (m: (typeof members)[number]) => m.instanceId ?? m.memberId;
  for (const topicId of [...partitions.keys()].sort()) {
    const count = partitions.get(topicId)!;
    const subscribers = members.filter((m) => m.topics.has(topicId)).sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
    if (subscribers.length === 0) continue;
    const each = Math.floor(count / subscribers.length);
    const extra = count % subscribers.length;
    let next = 0;
    subscribers.forEach((m, i) => {
      const size = each + (i < extra ? 1 : 0);
      if (size > 0) out.get(m.memberId)!.set(topicId, new Set(Array.from({ length: size }, (_, k) => next + k)));
      next += size;
    });
  }
  return out as Map<string, Assignment>;
};
