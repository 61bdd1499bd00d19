import test from 'ava';
import fc from 'fast-check';
import { countPartitions, EMPTY_ASSIGNMENT, partitionsOf, type Assignment } from '../../../engine/broker/groups/consumer/assignment.js';
import { rangeAssignor } from '../../../engine/broker/groups/consumer/assignors/range.js';
import type { Assignor, AssignorMember } from '../../../engine/broker/groups/consumer/assignors/types.js';
import { uniformAssignor } from '../../../engine/broker/groups/consumer/assignors/uniform.js';

const ids = (n: number, prefix = 'm') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);

function members(names: string[], topics: string[], current: Map<string, Assignment> = new Map()): AssignorMember[] {
  return names.map((memberId) => ({ memberId, instanceId: null, topics: new Set(topics), current: current.get(memberId) ?? EMPTY_ASSIGNMENT }));
}

/** Each subscribed partition exactly once, each to a member subscribed to its topic. */
function checkComplete(t: { true(v: boolean, m?: string): void; is(a: unknown, b: unknown, m?: string): void }, ms: AssignorMember[], partitions: Map<string, number>, result: Map<string, Assignment>) {
  const owners = new Map<string, string>();
  for (const m of ms) {
    for (const [topic, p] of partitionsOf(result.get(m.memberId) ?? EMPTY_ASSIGNMENT)) {
      const key = `${topic}-${p}`;
      t.true(!owners.has(key), `${key} has one owner`);
      t.true(m.topics.has(topic) && p < partitions.get(topic)!, `${key} goes to a subscriber`);
      owners.set(key, m.memberId);
    }
  }
  const subscribed = [...partitions].filter(([topic]) => ms.some((m) => m.topics.has(topic))).reduce((n, [, count]) => n + count, 0);
  t.is(owners.size, subscribed, 'every subscribed partition is assigned');
}

const counts = (ms: AssignorMember[], result: Map<string, Assignment>) => ms.map((m) => countPartitions(result.get(m.memberId) ?? EMPTY_ASSIGNMENT));

test('uniform: every partition once, balanced within one, with the same subscriptions everywhere', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 4 }), (n, sizes) => {
      const partitions = new Map(sizes.map((size, i) => [`t${i}`, size]));
      const ms = members(ids(n), [...partitions.keys()]);
      const result = uniformAssignor({ members: ms, partitions });
      checkComplete(t, ms, partitions, result);
      const c = counts(ms, result);
      t.true(Math.max(...c) - Math.min(...c) <= 1, `balanced: ${c.join(',')}`);
    }),
    { numRuns: 100 },
  );
});

test('uniform is sticky: a member joining takes only its share, one leaving only spreads its own, the rest keep theirs', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 40 }), (n, size) => {
      const partitions = new Map([['t', size]]);
      const before = uniformAssignor({ members: members(ids(n), ['t']), partitions });
      // One joins: only what it gets moves.
      const joined = members(ids(n + 1), ['t'], before);
      const after = uniformAssignor({ members: joined, partitions });
      checkComplete(t, joined, partitions, after);
      const newcomer = ids(n + 1).at(-1)!;
      let moved = 0;
      for (const m of ids(n)) for (const [topic, p] of partitionsOf(before.get(m)!)) if (!after.get(m)!.get(topic)?.has(p)) moved++;
      t.is(moved, countPartitions(after.get(newcomer)!), 'only the newcomer\'s partitions moved');
      t.is(countPartitions(after.get(newcomer)!), Math.floor(size / (n + 1)), 'the newcomer gets its fair share');
      // One leaves: the others keep everything they had.
      if (n > 1) {
        const stayed = members(ids(n).slice(1), ['t'], before);
        const left = uniformAssignor({ members: stayed, partitions });
        for (const m of stayed) for (const [topic, p] of partitionsOf(before.get(m.memberId)!)) t.true(left.get(m.memberId)!.get(topic)!.has(p));
      }
    }),
    { numRuns: 60 },
  );
});

test('uniform with different subscriptions: every partition to a subscriber, none twice, and deterministic', (t) => {
  fc.assert(
    fc.property(fc.array(fc.subarray(['a', 'b', 'c'], { minLength: 1 }), { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 3, maxLength: 3 }), (subs, sizes) => {
      const partitions = new Map([['a', sizes[0]!], ['b', sizes[1]!], ['c', sizes[2]!]]);
      const ms: AssignorMember[] = subs.map((topics, i) => ({ memberId: `m${i}`, instanceId: null, topics: new Set(topics), current: EMPTY_ASSIGNMENT }));
      const result = uniformAssignor({ members: ms, partitions });
      checkComplete(t, ms, partitions, result);
      t.deepEqual(uniformAssignor({ members: ms, partitions }), result);
    }),
    { numRuns: 60 },
  );
});

test('members beyond the partition count stay idle (both assignors)', (t) => {
  for (const assignor of [uniformAssignor, rangeAssignor] as Assignor[]) {
    const ms = members(ids(5), ['t']);
    const result = assignor({ members: ms, partitions: new Map([['t', 3]]) });
    t.deepEqual(counts(ms, result).sort(), [0, 0, 1, 1, 1]);
  }
});

test('range: per topic, consecutive ranges, the first members one more; co-partitioned topics go together', (t) => {
  const ms = members(['a', 'b', 'c'], ['x', 'y']);
  const result = rangeAssignor({ members: ms, partitions: new Map([['x', 7], ['y', 7]]) });
  t.deepEqual([...result.get('a')!.get('x')!], [0, 1, 2]);
  t.deepEqual([...result.get('b')!.get('x')!], [3, 4]);
  t.deepEqual([...result.get('c')!.get('x')!], [5, 6]);
  for (const m of ['a', 'b', 'c']) t.deepEqual([...result.get(m)!.get('x')!], [...result.get(m)!.get('y')!], `${m}: partition i of x and of y together`);
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 30 }), (n, size) => {
      const group = members(ids(n), ['x', 'y']);
      const r = rangeAssignor({ members: group, partitions: new Map([['x', size], ['y', size]]) });
      checkComplete(t, group, new Map([['x', size], ['y', size]]), r);
      for (const m of group) t.deepEqual([...(r.get(m.memberId)!.get('x') ?? [])], [...(r.get(m.memberId)!.get('y') ?? [])]);
    }),
    { numRuns: 50 },
  );
});

test('range orders static members by instance id: a restarted one (new member id) keeps its range', (t) => {
  const partitions = new Map([['x', 4]]);
  const first: AssignorMember[] = [
    { memberId: 'zzz', instanceId: 'i-1', topics: new Set(['x']), current: EMPTY_ASSIGNMENT },
    { memberId: 'aaa', instanceId: 'i-2', topics: new Set(['x']), current: EMPTY_ASSIGNMENT },
  ];
  const before = rangeAssignor({ members: first, partitions });
  t.deepEqual([...before.get('zzz')!.get('x')!], [0, 1]);
  const restarted = [{ ...first[0]!, memberId: 'bbb' }, first[1]!];
  t.deepEqual([...rangeAssignor({ members: restarted, partitions }).get('bbb')!.get('x')!], [0, 1]);
});
