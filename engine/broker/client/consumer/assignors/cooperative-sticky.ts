import { topicPartitionKey } from '../../../metadata/types.js';
import type { Subscription } from '../consumer-protocol.js';
import { compareMembers, compareStrings, toAssignment, type Assignor, type GroupMember } from './types.js';

/*
 * How this works. Kafka's CooperativeStickyAssignor, in two parts.
 *
 * Sticky: a partition stays with the member that owns it (its Subscription's ownedPartitions)
 * as long as balance allows. A partition two members claim goes to the claim of the higher
 * generation (the other is stale); a claim on a topic the member no longer subscribes to
 * does not count. When every member subscribes to the same topics (the usual case) the
 * balance is exact: with P partitions and C members each ends with floor(P/C) or ceil(P/C),
 * and at most P % C members with the larger number; a member keeps up to its quota of what it
 * owns and the rest is dealt to members below quota. Otherwise each unowned partition goes to
 * the least loaded member subscribed to its topic, and partitions then move from the most
 * to the least loaded eligible member while they differ by more than one.
 *
 * Cooperative (KIP-429): a partition that would move from its owner to another member is left
 * out of this round. Its owner, whose assignment lacks it, revokes it and rejoins at once; in
 * that second round nobody owns it and it goes where balance wants. Partitions that do not
 * move are never revoked, so their members consume them through both rounds.
 *
 * userData is Kafka's: the member's generation as an int32 (also in Subscription v2+).
 */

interface Claim {
  memberId: string;
  generation: number;
}

export const cooperativeStickyAssignor: Assignor = {
  name: 'cooperative-sticky',
  rebalanceProtocol: 'cooperative',
  userData({ generationId }) {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setInt32(0, generationId);
    return bytes;
  },
  assign(members, partitionsPerTopic) {
    const sorted = [...members].sort(compareMembers);
    const owners = validOwners(sorted, partitionsPerTopic);
    const kept = new Map<string, string[]>(sorted.map((m) => [m.memberId, []]));
    for (const [key, claim] of owners) kept.get(claim.memberId)!.push(key);
    for (const list of kept.values()) list.sort(comparePartitionKeys);

    const target = sameSubscriptions(sorted) ? balancedExactly(sorted, partitionsPerTopic, kept) : balancedGenerally(sorted, partitionsPerTopic, kept);

    const byMember = new Map<string, Map<string, number[]>>();
    for (const [memberId, keys] of target) {
      const topics = new Map<string, number[]>();
      for (const key of keys) {
        const claim = owners.get(key);
        if (claim && claim.memberId !== memberId) continue; // moves: in the next round
        const { topic, partition } = splitKey(key);
        topics.set(topic, [...(topics.get(topic) ?? []), partition]);
      }
      byMember.set(memberId, topics);
    }
    return toAssignment(members, byMember);
  },
};

/** The generation a member's owned partitions are from: Subscription v2's field, else the userData. */
function generationOf(s: Subscription): number {
  if (s.generationId >= 0) return s.generationId;
  if (s.userData?.length === 4) return new DataView(s.userData.buffer, s.userData.byteOffset, 4).getInt32(0);
  return -1;
}

/** Each partition's owner whose claim stands: the highest generation, the first member in order on a tie. */
function validOwners(sorted: GroupMember[], partitionsPerTopic: ReadonlyMap<string, number>): Map<string, Claim> {
  const owners = new Map<string, Claim>();
  for (const m of sorted) {
    const generation = generationOf(m.subscription);
    for (const { topic, partitions } of m.subscription.ownedPartitions) {
      const count = partitionsPerTopic.get(topic);
      if (count === undefined || !m.subscription.topics.includes(topic)) continue;
      for (const partition of partitions) {
        if (partition < 0 || partition >= count) continue;
        const key = topicPartitionKey(topic, partition);
        const known = owners.get(key);
        if (!known || generation > known.generation) owners.set(key, { memberId: m.memberId, generation });
      }
    }
  }
  return owners;
}

function sameSubscriptions(sorted: GroupMember[]): boolean {
  const first = [...new Set(sorted[0]?.subscription.topics ?? [])].sort().join('\u0000');
  return sorted.every((m) => [...new Set(m.subscription.topics)].sort().join('\u0000') === first);
}

function allPartitions(topics: Iterable<string>, partitionsPerTopic: ReadonlyMap<string, number>): string[] {
  const keys: string[] = [];
  for (const topic of [...new Set(topics)].sort(compareStrings)) {
    for (let p = 0; p < (partitionsPerTopic.get(topic) ?? 0); p++) keys.push(topicPartitionKey(topic, p));
  }
  return keys;
}

/** Every member subscribes to the same topics: floor/ceil quotas, owners keep up to theirs. */
function balancedExactly(sorted: GroupMember[], partitionsPerTopic: ReadonlyMap<string, number>, kept: Map<string, string[]>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (sorted.length === 0) return result;
  const partitions = allPartitions(sorted[0]!.subscription.topics, partitionsPerTopic);
  const min = Math.floor(partitions.length / sorted.length);
  const max = Math.ceil(partitions.length / sorted.length);
  let maxSlots = max > min ? partitions.length % sorted.length : 0;
  const taken = new Set<string>();
  for (const m of sorted) {
    const owned = kept.get(m.memberId)!;
    let quota = Math.min(owned.length, min);
    if (owned.length >= max && maxSlots > 0) {
      quota = max;
      maxSlots--;
    }
    const keep = owned.slice(0, quota);
    for (const key of keep) taken.add(key);
    result.set(m.memberId, keep);
  }
  const free = partitions.filter((key) => !taken.has(key));
  for (const m of sorted) {
    const list = result.get(m.memberId)!;
    while (list.length < min && free.length > 0) list.push(free.shift()!);
  }
  for (const m of sorted) {
    const list = result.get(m.memberId)!;
    if (maxSlots > 0 && list.length === min && free.length > 0) {
      list.push(free.shift()!);
      maxSlots--;
    }
  }
  return result;
}

/** Members subscribe to different topics: least loaded eligible member first, then moves while two differ by more than one. */
function balancedGenerally(sorted: GroupMember[], partitionsPerTopic: ReadonlyMap<string, number>, kept: Map<string, string[]>): Map<string, string[]> {
  const result = new Map<string, string[]>(sorted.map((m) => [m.memberId, [...kept.get(m.memberId)!]]));
  const eligible = (key: string) => sorted.filter((m) => m.subscription.topics.includes(splitKey(key).topic));
  const load = (m: GroupMember) => result.get(m.memberId)!.length;
  const taken = new Set([...result.values()].flat());
  for (const key of allPartitions(sorted.flatMap((m) => m.subscription.topics), partitionsPerTopic)) {
    if (taken.has(key)) continue;
    const candidates = eligible(key);
    if (candidates.length === 0) continue;
    const to = candidates.reduce((best, m) => (load(m) < load(best) ? m : best));
    result.get(to.memberId)!.push(key);
  }
  // Each move lowers the sum of squared loads, so this ends.
  for (let moved = true; moved; ) {
    moved = false;
    const byLoad = [...sorted].sort((a, b) => load(b) - load(a));
    for (const from of byLoad) {
      const list = result.get(from.memberId)!;
      for (const key of list) {
        const to = eligible(key).reduce<GroupMember | null>((best, m) => (load(m) < load(from) - 1 && (!best || load(m) < load(best)) ? m : best), null);
        if (!to) continue;
        list.splice(list.indexOf(key), 1);
        result.get(to.memberId)!.push(key);
        moved = true;
        break;
      }
      if (moved) break;
    }
  }
  return result;
}

function splitKey(key: string): { topic: string; partition: number } {
  const at = key.lastIndexOf('\u0000');
  return { topic: key.slice(0, at), partition: Number(key.slice(at + 1)) };
}

function comparePartitionKeys(a: string, b: string): number {
  const x = splitKey(a);
  const y = splitKey(b);
  return compareStrings(x.topic, y.topic) || x.partition - y.partition;
}
