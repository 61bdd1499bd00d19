import { partitionsOf, type Assignment } from '../assignment.js';
import type { Assignor, AssignorMember } from './types.js';

/*
 * How this works: the uniform assignor — balanced, then sticky.
 *
 *   1. Each member keeps the partitions of its current target that still exist and that it
 *      still subscribes to.
 *   2. Every partition left goes to the subscribed member with the fewest partitions (topics
 *      with fewer subscribers first: they have fewer places to go).
 *   3. While some member holds two or more partitions more than another member that could
 *      take one of them, one moves (the highest-numbered first).
 *
 * With the same subscriptions everywhere the counts end within one of each other, and only
 * as many partitions move as balance needs: a member joining takes its share from the
 * others, one leaving spreads its partitions, and everyone else keeps theirs. Each move
 * lowers the sum of the squared counts, so step 3 ends. Members beyond the partition count
 * get nothing. Ties are broken by member id, so the result is deterministic.
 */

export const uniformAssignor: Assignor = ({ members, partitions }) => {
  const held = new Map<string, Map<string, Set<number>>>(members.map((m) => [m.memberId, new Map()]));
  const counts = new Map<string, number>(members.map((m) => [m.memberId, 0]));
  const taken = new Set<string>();
  const key = (topicId: string, p: number) => `${topicId}\u0000${p}`;
  const give = (m: AssignorMember, topicId: string, p: number) => {
    const topics = held.get(m.memberId)!;
    let set = topics.get(topicId);
    if (!set) topics.set(topicId, (set = new Set()));
    set.add(p);
    counts.set(m.memberId, counts.get(m.memberId)! + 1);
    taken.add(key(topicId, p));
  };
  const take = (m: AssignorMember, topicId: string, p: number) => {
    held.get(m.memberId)!.get(topicId)!.delete(p);
    counts.set(m.memberId, counts.get(m.memberId)! - 1);
  };
  const count = (m: AssignorMember) => counts.get(m.memberId)!;
  const fewest = (candidates: readonly AssignorMember[]) => candidates.reduce((a, b) => (count(b) < count(a) ? b : a));

  for (const m of members) {
    for (const [topicId, p] of partitionsOf(m.current)) {
      if (m.topics.has(topicId) && p < (partitions.get(topicId) ?? 0) && !taken.has(key(topicId, p))) give(m, topicId, p);
    }
  }

  const subscribers = new Map([...partitions.keys()].map((t) => [t, members.filter((m) => m.topics.has(t))]));
  const topics = [...partitions.keys()].filter((t) => subscribers.get(t)!.length > 0).sort((a, b) => subscribers.get(a)!.length - subscribers.get(b)!.length || (a < b ? -1 : 1));
  for (const topicId of topics) {
    for (let p = 0; p < partitions.get(topicId)!; p++) if (!taken.has(key(topicId, p))) give(fewest(subscribers.get(topicId)!), topicId, p);
  }

  for (let moved = true; moved; ) {
    moved = false;
    const fullest = [...members].sort((a, b) => count(b) - count(a));
    search: for (const from of fullest) {
      const owned = [...partitionsOf(held.get(from.memberId)!)].sort(([t1, p1], [t2, p2]) => (t1 === t2 ? p2 - p1 : t1 < t2 ? 1 : -1));
      for (const [topicId, p] of owned) {
        const to = subscribers.get(topicId)!.filter((m) => count(m) < count(from) - 1);
        if (to.length === 0) continue;
        take(from, topicId, p);
        give(fewest(to), topicId, p);
        moved = true;
        break search;
      }
    }
  }
  return held as Map<string, Assignment>;
};
