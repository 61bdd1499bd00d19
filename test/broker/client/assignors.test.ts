import test from 'ava';
import fc from 'fast-check';
import { cooperativeStickyAssignor, rangeAssignor, resolveAssignors, rebalanceProtocolOf, roundRobinAssignor, type Assignor, type GroupMember } from '../../../engine/broker/client/consumer/assignors/index.js';
import type { TopicPartitionList } from '../../../engine/broker/client/consumer/consumer-protocol.js';

const member = (memberId: string, topics: string[], owned: TopicPartitionList[] = [], generationId = -1, groupInstanceId: string | null = null): GroupMember => ({
  memberId,
  groupInstanceId,
  subscription: { topics, userData: null, ownedPartitions: owned, generationId, rackId: null },
});
const run = (assignor: Assignor, members: GroupMember[], topics: Record<string, number>) => Object.fromEntries(assignor.assign(members, new Map(Object.entries(topics))));

test('range: per topic, consecutive ranges; the first members get the extra partitions (Kafka’s example)', (t) => {
  const result = run(rangeAssignor, [member('C1', ['t0', 't1']), member('C0', ['t0', 't1'])], { t0: 3, t1: 3 });
  t.deepEqual(result, {
    C0: [{ topic: 't0', partitions: [0, 1] }, { topic: 't1', partitions: [0, 1] }],
    C1: [{ topic: 't0', partitions: [2] }, { topic: 't1', partitions: [2] }],
  });
});

test('roundrobin: every partition dealt in turn, skipping members not subscribed (Kafka’s examples)', (t) => {
  t.deepEqual(run(roundRobinAssignor, [member('C0', ['t0', 't1']), member('C1', ['t0', 't1'])], { t0: 3, t1: 3 }), {
    C0: [{ topic: 't0', partitions: [0, 2] }, { topic: 't1', partitions: [1] }],
    C1: [{ topic: 't0', partitions: [1] }, { topic: 't1', partitions: [0, 2] }],
  });
  const mixed = run(roundRobinAssignor, [member('C0', ['t0']), member('C1', ['t0', 't1']), member('C2', ['t0', 't1', 't2'])], { t0: 1, t1: 2, t2: 3 });
  t.deepEqual(mixed, {
    C0: [{ topic: 't0', partitions: [0] }],
    C1: [{ topic: 't1', partitions: [0] }],
    C2: [{ topic: 't1', partitions: [1] }, { topic: 't2', partitions: [0, 1, 2] }],
  });
});

test('static members come first, by instance id, whatever their member ids', (t) => {
  const result = run(rangeAssignor, [member('zzz', ['t'], [], -1, 'a'), member('aaa', ['t'], [], -1, 'b')], { t: 2 });
  t.deepEqual(result, { zzz: [{ topic: 't', partitions: [0] }], aaa: [{ topic: 't', partitions: [1] }] });
});

test('cooperative-sticky: owners keep their partitions; a partition that must move is left out of the first round', (t) => {
  const owned = (...ps: number[]) => [{ topic: 't', partitions: ps }];
  const first = run(cooperativeStickyAssignor, [member('A', ['t'], owned(0, 1, 2), 4), member('B', ['t'], owned(3, 4, 5), 4), member('C', ['t'])], { t: 6 });
  t.deepEqual(first, { A: owned(0, 1), B: owned(3, 4), C: [] }, 'A and B give up one each; C gets nothing yet');
  const second = run(cooperativeStickyAssignor, [member('A', ['t'], owned(0, 1), 5), member('B', ['t'], owned(3, 4), 5), member('C', ['t'], [], 5)], { t: 6 });
  t.deepEqual(second, { A: owned(0, 1), B: owned(3, 4), C: owned(2, 5) }, 'the second round gives C the revoked ones');
  const leave = run(cooperativeStickyAssignor, [member('A', ['t'], owned(0, 1), 7), member('B', ['t'], owned(2, 3), 7)], { t: 6 });
  t.deepEqual(leave, { A: owned(0, 1, 4), B: owned(2, 3, 5) }, 'a member’s departure moves only its partitions');
  const stale = run(cooperativeStickyAssignor, [member('A', ['t'], owned(0), 3), member('B', ['t'], owned(0, 1), 2)], { t: 2 });
  t.deepEqual(stale, { A: owned(0), B: owned(1) }, 'the higher generation’s claim wins');
  t.deepEqual([...cooperativeStickyAssignor.userData({ generationId: 258 })!], [0, 0, 1, 2], 'userData: the generation, int32');
});

test('cooperative-sticky with different subscriptions: balanced among the members of each topic', (t) => {
  const result = run(cooperativeStickyAssignor, [member('A', ['x']), member('B', ['x', 'y']), member('C', ['y'])], { x: 4, y: 2 });
  const count = (id: string) => result[id]!.reduce((n, l) => n + l.partitions.length, 0);
  t.is(count('A') + count('B') + count('C'), 6);
  t.true(result.A!.every((l) => l.topic === 'x') && result.C!.every((l) => l.topic === 'y'));
  t.true(Math.max(count('A'), count('B'), count('C')) - Math.min(count('A'), count('B'), count('C')) <= 1);
});

test('cooperative-sticky over random membership changes: one owner per partition, nothing moves in one round, all assigned and balanced after the second', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 8 }), (partitions, sizes) => {
      let owned = new Map<string, number[]>();
      let generation = 0;
      for (const size of sizes) {
        const ids = Array.from({ length: size + 1 }, (_, i) => `m${i}`);
        owned = new Map(ids.map((id) => [id, owned.get(id) ?? []]));
        for (let round = 0; round < 2; round++) {
          generation++;
          const members = ids.map((id) => member(id, ['t'], [{ topic: 't', partitions: owned.get(id)! }], generation - 1));
          const result = cooperativeStickyAssignor.assign(members, new Map([['t', partitions]]));
          const next = new Map(ids.map((id) => [id, result.get(id)!.flatMap((l) => l.partitions)]));
          const all = [...next.values()].flat();
          if (new Set(all).size !== all.length) return false;
          for (const [id, ps] of next) for (const p of ps) if ([...owned].some(([other, had]) => other !== id && had.includes(p))) return false;
          owned = next;
        }
        const counts = [...owned.values()].map((ps) => ps.length);
        if (counts.reduce((a, b) => a + b, 0) !== partitions || Math.max(...counts) - Math.min(...counts) > 1) return false;
      }
      return true;
    }),
    { seed: 42, numRuns: 300 },
  );
  t.pass();
});

test('assignors by name; the rebalance protocol is cooperative only when every assignor offered is', (t) => {
  t.deepEqual(resolveAssignors(['cooperative-sticky', 'range']).map((a) => a.name), ['cooperative-sticky', 'range']);
  t.is(rebalanceProtocolOf(resolveAssignors(['cooperative-sticky'])), 'cooperative');
  t.is(rebalanceProtocolOf(resolveAssignors(['cooperative-sticky', 'range'])), 'eager');
  t.throws(() => resolveAssignors(['sticky']), { code: 'BAD_ARGUMENTS' } as never);
  t.throws(() => resolveAssignors([]), { code: 'BAD_ARGUMENTS' } as never);
  t.throws(() => resolveAssignors(['range', 'range']), { code: 'BAD_ARGUMENTS' } as never);
});
