import test from 'ava';
import type { OffsetCommitRequest, OffsetFetchRequest } from '../../../engine/broker/api/group-types.js';
import { fixture, settled } from './helpers.js';

/*
 * OffsetFetch answers from committed offsets without queueing behind writes it does not show
 * (runtime/shard.ts, 'reads' gate): a write still replicating — another group's, or another
 * partition's — does not hold it up; an offset whose write is still pending is shown only once
 * committed (never one a failover could lose), and then as written (a member reads its own
 * acknowledged commits).
 */

const commit = (groupId: string, partition: number, offset: number): OffsetCommitRequest => ({
  groupId,
  generationIdOrMemberEpoch: -1,
  memberId: '',
  groupInstanceId: null,
  topics: [{ name: 't', partitions: [{ partitionIndex: partition, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: null }] }],
});

const fetch = (groupId: string, partitions: number[] | null): OffsetFetchRequest => ({
  groups: [{ groupId, memberId: null, memberEpoch: -1, topics: partitions && [{ name: 't', partitionIndexes: partitions }] }],
  requireStable: true,
});

const offsets = (answer: Awaited<ReturnType<Awaited<ReturnType<typeof fixture>>['api']['offsetFetch']>>) =>
  answer.groups[0]!.topics.flatMap((t) => t.partitions.map((p) => p.committedOffset));

test('an offset read does not wait for writes of other groups or other partitions still being committed', async (t) => {
  const f = await fixture();
  f.topics.add('t', 2);
  await f.settle(f.api.offsetCommit(commit('g', 0, 10)));
  f.log.commitDelayMs = 1000;
  const others = [f.api.offsetCommit(commit('other', 0, 5)), f.api.offsetCommit(commit('g', 1, 7))];
  const read = f.api.offsetFetch(fetch('g', [0]));
  t.true(await settled(f.clock, read), 'answered at once');
  t.deepEqual(offsets(await read), [10]);
  t.false(await settled(f.clock, Promise.all(others)), 'the other writes are still being committed');
  await f.settle(Promise.all(others));
});

test('an offset whose write is pending is shown once committed, as written; so is a read of every offset of its group', async (t) => {
  const f = await fixture();
  f.topics.add('t', 2);
  await f.settle(f.api.offsetCommit(commit('g', 0, 10)));
  f.log.commitDelayMs = 1000;
  const write = f.api.offsetCommit(commit('g', 0, 20));
  const one = f.api.offsetFetch(fetch('g', [0]));
  const all = f.api.offsetFetch(fetch('g', null));
  t.false(await settled(f.clock, one), 'not before the write is committed');
  t.false(await settled(f.clock, all));
  await f.settle(write);
  t.deepEqual(offsets(await f.settle(one)), [20]);
  t.deepEqual(offsets(await f.settle(all)), [20]);
  // An acknowledged commit is committed: a read after it answers at once, with it.
  const after = f.api.offsetFetch(fetch('g', [0, 1]));
  t.true(await settled(f.clock, after));
  t.deepEqual(offsets(await after), [20, -1]);
});
