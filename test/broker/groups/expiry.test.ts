import test from 'ava';
import type { OffsetCommitRequest } from '../../../engine/broker/api/group-types.js';
import { ClassicClient } from './classic-client.js';
import { ConsumerClient } from './consumer-client.js';
import { fixture } from './helpers.js';

/*
 * Committed offsets expire (offsets.retention.minutes, KIP-211), on simulated time with a
 * retention of 60 s checked every 10 s: a standalone consumer's since their commit; a group's
 * only once it is empty, counted from when it emptied, except for topics its members do not
 * subscribe to (since their commit); an empty group without offsets goes with them. Expiry is
 * written to the offsets log as tombstones, so it outlives the coordinator.
 */

const RETENTION = { offsetsRetentionMs: 60_000, offsetsRetentionCheckIntervalMs: 10_000 };

const commit = (groupId: string, topic: string, partition: number, offset: number, generationIdOrMemberEpoch = -1, memberId = ''): OffsetCommitRequest => ({
  groupId,
  generationIdOrMemberEpoch,
  memberId,
  groupInstanceId: null,
  topics: [{ name: topic, partitions: [{ partitionIndex: partition, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: null }] }],
});

async function setup() {
  const f = await fixture(RETENTION);
  f.topics.add('t', 2);
  f.topics.add('other', 1);
  /** The group's committed offsets as `topic-partition=offset`. */
  const offsets = async (groupId: string) => {
    const answer = await f.settle(f.api.offsetFetch({ groups: [{ groupId, memberId: null, memberEpoch: -1, topics: null }], requireStable: false }));
    return answer.groups[0]!.topics.flatMap((t) => t.partitions.map((p) => `${t.name}-${p.partitionIndex}=${p.committedOffset}`)).sort();
  };
  const groups = async () => (await f.settle(f.api.listGroups({ statesFilter: [], typesFilter: [] }))).groups.map((g) => g.groupId);
  /** Runs simulated time for `ms`, calling `tick` (a heartbeat) every 2 s. */
  const pass = async (ms: number, tick?: () => Promise<unknown>) => {
    for (let left = ms; left > 0; left -= 2000) {
      await f.clock.advance(Math.min(2000, left));
      if (tick) await f.settle(tick());
    }
  };
  return { f, offsets, groups, pass };
}

test("a standalone consumer's offsets expire offsetsRetentionMs after their commit; then the group goes too, in tombstones", async (t) => {
  const { f, offsets, groups, pass } = await setup();
  await f.settle(f.api.offsetCommit(commit('solo', 't', 0, 10)));
  await pass(40_000);
  await f.settle(f.api.offsetCommit(commit('solo', 't', 1, 20)));
  await pass(15_000);
  t.deepEqual(await offsets('solo'), ['t-0=10', 't-1=20'], 'within the retention');
  await pass(20_000);
  t.deepEqual(await offsets('solo'), ['t-1=20'], 'the first expired at the first check 60 s after its commit, the later one not yet');
  t.deepEqual(await groups(), ['solo']);
  await pass(50_000);
  t.deepEqual(await offsets('solo'), []);
  t.deepEqual(await groups(), [], 'an empty group without offsets is deleted');
  const tombstones = f.log.records(0).filter((r) => r.value === null);
  t.is(tombstones.length, 3, "two offsets' and the group's tombstones, in the offsets log");
});

test('a classic group keeps the offsets of subscribed topics while it has members; they expire offsetsRetentionMs after it became empty', async (t) => {
  const { f, offsets, groups, pass } = await setup();
  const member = new ClassicClient(f.api, { topics: ['t'] });
  await f.settle(member.join());
  await f.settle(member.join());
  t.is(await f.settle(member.sync(2)), 0);
  t.is(await f.settle(member.commit(0, 5)), 0);
  const other = await f.settle(f.api.offsetCommit(commit('g', 'other', 0, 7, member.generation, member.memberId)));
  t.is(other.topics[0]!.partitions[0]!.errorCode, 0);
  await pass(90_000, () => member.heartbeat());
  t.deepEqual(await offsets('g'), ['t-0=5'], "a topic nobody subscribes to expires since its commit; the subscribed one stays (the group is Stable)");
  t.is(await f.settle(member.leave()), 0);
  await pass(50_000);
  t.deepEqual(await offsets('g'), ['t-0=5'], 'counted from when the group became empty, not from the commit');
  await pass(20_000);
  t.deepEqual(await offsets('g'), []);
  t.deepEqual(await groups(), []);
});

test('a KIP-848 group keeps the offsets of subscribed topics while its members subscribe; others expire since their commit', async (t) => {
  const { f, offsets, groups, pass } = await setup();
  const member = new ConsumerClient(f.api, { topics: ['t'] });
  await f.settle(member.heartbeat());
  await f.settle(member.heartbeat());
  for (const [topic, offset] of [['t', 3], ['other', 4]] as const) {
    const answer = await f.settle(f.api.offsetCommit(commit('g', topic, 0, offset, member.epoch, member.memberId)));
    t.is(answer.topics[0]!.partitions[0]!.errorCode, 0);
  }
  await pass(90_000, () => member.heartbeat());
  t.deepEqual(await offsets('g'), ['t-0=3']);
  await f.settle(member.leave());
  await pass(10_000);
  t.deepEqual(await offsets('g'), [], 'with no member left, retention counts from the commit');
  t.deepEqual(await groups(), []);
});
