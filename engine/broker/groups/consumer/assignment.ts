import type { TopicPartitions } from '../../api/group-types.js';

/*
 * A KIP-848 assignment: partitions by topic id. Immutable by convention (every change makes
 * a new one); on the wire and in records it is TopicPartitions[], sorted.
 */

export type Assignment = ReadonlyMap<string, ReadonlySet<number>>;

export const EMPTY_ASSIGNMENT: Assignment = new Map();

export function fromTopicPartitions(list: readonly TopicPartitions[]): Assignment {
  const out = new Map<string, Set<number>>();
  for (const { topicId, partitions } of list) {
    if (partitions.length === 0) continue;
    let set = out.get(topicId);
    if (!set) out.set(topicId, (set = new Set()));
    for (const p of partitions) set.add(p);
  }
  return out;
}

export function toTopicPartitions(a: Assignment): TopicPartitions[] {
  return [...a.entries()]
    .filter(([, ps]) => ps.size > 0)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([topicId, ps]) => ({ topicId, partitions: [...ps].sort((x, y) => x - y) }));
}

export function sameAssignment(a: Assignment, b: Assignment): boolean {
  if (countPartitions(a) !== countPartitions(b)) return false;
  for (const [topicId, ps] of a) for (const p of ps) if (!b.get(topicId)?.has(p)) return false;
  return true;
}

export function countPartitions(a: Assignment): number {
  let n = 0;
  for (const ps of a.values()) n += ps.size;
  return n;
}

/** Every (topic id, partition) of an assignment. */
export function* partitionsOf(a: Assignment): Generator<[string, number]> {
  for (const [topicId, ps] of a) for (const p of ps) yield [topicId, p];
}

/** An assignment from (topic id, partition) pairs. */
export function assignmentOf(pairs: Iterable<readonly [string, number]>): Assignment {
  const out = new Map<string, Set<number>>();
  for (const [topicId, p] of pairs) {
    let set = out.get(topicId);
    if (!set) out.set(topicId, (set = new Set()));
    set.add(p);
  }
  return out;
}
