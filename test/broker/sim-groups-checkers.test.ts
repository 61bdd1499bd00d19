import test from 'ava';
import { GroupChecker } from '../../engine/broker/sim/groups/checker.js';
import type { MemberRef } from '../../engine/broker/sim/groups/failures.js';
import type { SimMember } from '../../engine/broker/sim/groups/member.js';
import { notExactlyOneOwner } from '../../engine/broker/sim/groups/ownership.js';
import { watchMembers } from '../../engine/broker/sim/groups/unchanged.js';

/*
 * Each checker of the group simulation says so when it is fed a history that breaks its rule
 * (made by hand here, as a broken coordinator or consumer would make it), and keeps quiet
 * when the history keeps it. The simulation's own runs (sim-groups-*.test.ts) feed them real
 * histories; the report of issue 12's work names the engine breaks each one caught.
 */

const checker = () => new GroupChecker({ seed: 'handmade', groupIds: ['alpha', 'beta'], excused: () => undefined });
const ref = (name: string, incarnation = 1, groupId = 'alpha'): MemberRef => ({ groupId, name, incarnation, label: `${name}#${incarnation}` });
const a = ref('alpha-1');
const b = ref('alpha-2');

test('one-owner: two members of one generation processing a partition at once', (t) => {
  const c = checker();
  const first = c.ownership.begin(a, 'm-a', 3, 0, 10, 100);
  const second = c.ownership.begin(b, 'm-b', 3, 0, 10, 105);
  c.ownership.end(second, 0, 108);
  c.ownership.end(first, 0, 110);
  t.is(c.violation?.invariant, 'one-owner');
  t.regex(c.violation!.message, /alpha-1#1 \(member m-a, epoch 3\) processed offset 10 from 100\.0 ms to 110\.0 ms while alpha-2#1 .* the same generation\/epoch 3/);
});

test('one-owner: a partition handed over after its owner finished, or in another group, is no breach', (t) => {
  const c = checker();
  c.ownership.end(c.ownership.begin(a, 'm-a', 3, 0, 10, 100), 0, 104);
  c.ownership.end(c.ownership.begin(b, 'm-b', 4, 0, 10, 105), 0, 108);
  const other = c.ownership.begin(ref('beta-1', 1, 'beta'), 'm-x', 1, 1, 0, 110);
  c.ownership.end(c.ownership.begin(a, 'm-a', 4, 1, 0, 111), 1, 115);
  c.ownership.end(other, 1, 120);
  t.is(c.violation, null);
});

test('one-owner: a process that dies while processing ends its interval then', (t) => {
  const c = checker();
  c.ownership.begin(a, 'm-a', 3, 1, 5, 100);
  c.ownership.begin(b, 'm-b', 3, 1, 5, 101);
  c.ownership.died(a, 102);
  t.is(c.violation?.invariant, 'one-owner');
});

test('one-owner after a change: no owner, or two, of a partition once the group settled', (t) => {
  t.is(notExactlyOneOwner([{ label: 'x', partitions: [0, 1] }, { label: 'y', partitions: [2] }], 3), null);
  t.deepEqual(notExactlyOneOwner([{ label: 'x', partitions: [0, 1] }, { label: 'y', partitions: [1, 2] }], 3), { partition: 1, why: 'x and y all own it' });
  t.deepEqual(notExactlyOneOwner([{ label: 'x', partitions: [0] }], 2), { partition: 1, why: 'no live member owns it' });
});

test('at-least-once: a commit acknowledged beyond what the group finished processing (committed before processing)', (t) => {
  const c = checker();
  c.delivery.begin(a, 0, 0, 'k=v0', 10);
  c.delivery.finish(a, 0, 0);
  c.delivery.begin(a, 0, 1, 'k=v1', 11);
  c.delivery.committed(a, 0, 1, 12);
  t.is(c.violation, null);
  c.delivery.committed(a, 0, 2, 13);
  t.is(c.violation?.invariant, 'at-least-once');
  t.regex(c.violation!.message, /alpha-1#1's commit of offset 2 was acknowledged at 13\.0 ms, but no member of the group had finished processing offset 1/);
});

test('at-least-once: a record of the final log the group never processed, or processed as another record', (t) => {
  const log = [0, 1, 2].map((offset) => ({ offset, key: 'k', value: `v${offset}` })) as never;
  const skipped = checker();
  for (const o of [0, 2]) {
    skipped.delivery.begin(a, 0, o, `k=v${o}`, o);
    skipped.delivery.finish(a, 0, o);
  }
  skipped.delivery.final('alpha', 0, log);
  t.is(skipped.violation?.invariant, 'at-least-once');
  t.regex(skipped.violation!.message, /offset 1 \(k=v1\) of the final log \(end 3\) was never processed/);

  const other = checker();
  for (const o of [0, 1, 2]) {
    other.delivery.begin(a, 0, o, o === 1 ? 'k=stale' : `k=v${o}`, o);
    other.delivery.finish(a, 0, o);
  }
  other.delivery.final('alpha', 0, log);
  t.regex(other.violation!.message, /processed offset 1 as k=stale; the final log holds k=v1/);
});

test("at-least-once is per group: one group's processing does not count for the other", (t) => {
  const c = checker();
  c.delivery.begin(ref('beta-1', 1, 'beta'), 0, 0, 'k=v0', 1);
  c.delivery.finish(ref('beta-1', 1, 'beta'), 0, 0);
  c.delivery.final('alpha', 0, [{ offset: 0, key: 'k', value: 'v0' }] as never);
  t.is(c.violation?.invariant, 'at-least-once');
});

test('offsets-monotonic: the commits of __consumer_offsets going back in log order', (t) => {
  const c = checker();
  const handed = (o: number) => c.delivery.begin(a, 0, o, `k=v${o}`, 0);
  for (let o = 0; o < 8; o++) handed(o);
  c.offsets.logged('alpha', 0, [{ offset: 3, logOffset: 10, writtenBefore: 50 }, { offset: 7, logOffset: 11, writtenBefore: 60 }], '__consumer_offsets-1');
  t.is(c.violation, null);
  c.offsets.logged('alpha', 0, [{ offset: 7, logOffset: 11, writtenBefore: 60 }, { offset: 5, logOffset: 14, writtenBefore: 70 }], '__consumer_offsets-1');
  t.is(c.violation?.invariant, 'offsets-monotonic');
  t.regex(c.violation!.message, /holds offset 7 at log offset 11, then 5 at log offset 14/);
});

test('offsets-monotonic: OffsetFetch answering below a commit acknowledged before it was asked (a stale generation let through)', (t) => {
  const c = checker();
  for (let o = 0; o < 8; o++) c.delivery.begin(a, 0, o, `k=v${o}`, 0);
  c.offsets.acknowledged(a, 0, 7, 100);
  c.offsets.fetched('alpha', 0, 7, 90, 95);
  t.is(c.violation, null, 'asked before the commit was acknowledged: it may see the older offset');
  c.offsets.fetched('alpha', 0, 4, 120, 125);
  t.is(c.violation?.invariant, 'offsets-monotonic');
});

test('offsets-monotonic: one OffsetFetch client told a lower offset than before, or one member acknowledged a lower commit', (t) => {
  const fetched = checker();
  for (let o = 0; o < 8; o++) fetched.delivery.begin(a, 0, o, `k=v${o}`, 0);
  fetched.offsets.fetched('alpha', 0, 6, 10, 12);
  fetched.offsets.fetched('alpha', 0, 5, 20, 22);
  t.regex(fetched.violation!.message, /^offsets-monotonic: .* answered 5, after OffsetFetch asked at 10\.0 ms answered 6/);

  const acked = checker();
  acked.offsets.acknowledged(a, 0, 6, 10);
  acked.offsets.acknowledged(a, 0, 5, 20);
  t.regex(acked.violation!.message, /^offsets-monotonic: .* set offset 5, below its own earlier commit of 6/);
});

test("groups-independent: a group's committed offset that only the other group's members were handed", (t) => {
  const c = checker();
  const beta = ref('beta-1', 1, 'beta');
  for (let o = 0; o < 9; o++) c.delivery.begin(beta, 0, o, `k=v${o}`, 10);
  c.delivery.begin(a, 0, 0, 'k=v0', 10);
  c.offsets.fetched('beta', 0, 9, 20, 21);
  c.offsets.fetched('alpha', 0, 1, 20, 21);
  t.is(c.violation, null);
  c.offsets.fetched('alpha', 0, 9, 30, 31);
  t.is(c.violation?.invariant, 'groups-independent');
  t.regex(c.violation!.message, /no member of group alpha had been handed offset 8 by then \(the highest: 0\)/);
});

test('static-no-rebalance and groups-independent: what another member sees while one comes and goes', (t) => {
  const member = { incarnation: 1, epoch: 4, rebalances: [] as Array<{ at: number; reason: string }>, epochs: [] as Array<{ at: number; epoch: number }>, partitions: [0, 2], ref: ref('alpha-2') };
  const fake = { ...member, assignment: () => member.partitions, get rebalances() { return member.rebalances; }, get epochs() { return member.epochs; } } as unknown as SimMember;
  const changed = watchMembers([fake]);
  t.is(changed(), null);
  member.rebalances.push({ at: 1500, reason: 'a member joined' });
  t.is(changed(), 'alpha-2#1 saw a rebalance at 1500.0 ms (a member joined)');
  const moved = watchMembers([fake]);
  member.partitions = [0];
  t.is(moved(), 'alpha-2#1 owned [0,2] and now owns [0]');
});
