import test from 'ava';
import { kafkaCodeOf, NotEnoughReplicasError, type ErrorCode } from '../../../engine/errors/index.js';
import type { GroupApi } from '../../../engine/broker/api/group-types.js';
import { ClassicClient } from './classic-client.js';
import { checkOwners, ConsumerClient } from './consumer-client.js';
import { broker, fixture, settled, waitLoaded } from './helpers.js';

/*
 * The coordinator on its log: answers wait for their records to commit; a new leader of the
 * offsets partition loads every group and offset from the log before it answers; a failed
 * write reloads the partition.
 */

const code = (c: ErrorCode) => kafkaCodeOf(c);

/** Everything a client can see of the groups: described, listed, their offsets. */
async function everything(settle: <T>(p: Promise<T>) => Promise<T>, api: GroupApi, groups: string[]) {
  const [classic, modern, listed, offsets] = await settle(
    Promise.all([
      api.describeGroups({ groups }),
      api.consumerGroupDescribe({ groupIds: groups }),
      api.listGroups({ statesFilter: [], typesFilter: [] }),
      api.offsetFetch({ groups: groups.map((groupId) => ({ groupId, memberId: null, memberEpoch: -1, topics: null })), requireStable: true }),
    ]),
  );
  return { classic, modern, listed: listed.groups.sort((a, b) => (a.groupId < b.groupId ? -1 : 1)), offsets };
}

test('a new leader of the offsets partition loads every group and offset exactly; meanwhile COORDINATOR_LOAD_IN_PROGRESS; the old one says NOT_COORDINATOR', async (t) => {
  const f = await fixture();
  const topic = f.topics.add('t', 6);
  // A classic group, Stable, with a static member, and its commits.
  const s = new ClassicClient(f.api, { groupId: 'classic', instanceId: 'i-1' });
  const d = new ClassicClient(f.api, { groupId: 'classic' });
  await f.settle(d.join());
  await f.settle(Promise.all([s.join(), d.join()]));
  await f.settle(Promise.all([s.sync(), d.sync()]));
  t.is(await f.settle(d.commit(d.assignment[0]!, 41)), 0);
  // A KIP-848 group mid-reconciliation: one member still revoking, one static member away.
  const a = new ConsumerClient(f.api, { groupId: 'modern', instantRevoke: false });
  const away = new ConsumerClient(f.api, { groupId: 'modern', instanceId: 'away' });
  await f.settle(a.heartbeat());
  await f.settle(away.heartbeat());
  await f.settle(a.heartbeat());
  await f.settle(away.leave(-2));
  const b = new ConsumerClient(f.api, { groupId: 'modern' });
  await f.settle(b.heartbeat());
  await f.settle(a.heartbeat());
  // An empty group known only by its offsets.
  await f.settle(f.api.offsetCommit({ groupId: 'simple', generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null, topics: [{ name: 't', partitions: [{ partitionIndex: 5, committedOffset: 9, committedLeaderEpoch: 2, committedMetadata: 'm' }] }] }));
  const groups = ['classic', 'modern', 'simple'];
  const before = await everything(f.settle, f.api, groups);
  t.is(before.modern.groups[1]!.groupState, 'Reconciling');

  // Broker 1 loses the partition; broker 2 leads it at the next epoch.
  f.log.epochs.set(0, 1);
  f.coordinator.onLeadership(0, null);
  t.is(await f.settle(d.heartbeat()), code('NOT_COORDINATOR'));
  const two = broker(f.log, f.topics, {}, 2);
  f.log.commitDelayMs = 50;
  two.coordinator.onLeadership(0, 1);
  const early = new ClassicClient(two.api, { groupId: 'classic' });
  Object.assign(early, { memberId: d.memberId, generation: d.generation });
  t.is(await f.settle(early.heartbeat()), code('COORDINATOR_LOAD_IN_PROGRESS'));
  await waitLoaded(f.clock, two);
  const after = await everything(f.settle, two.api, groups);
  t.deepEqual(after, before);
  t.is(after.modern.groups[0]!.members.length + after.modern.groups[1]!.members.length, 3);
  t.truthy(topic);
});

test('after a failover, a commit of the generation the log holds succeeds; one of a generation only the old leader knew is ILLEGAL_GENERATION', async (t) => {
  const f = await fixture();
  f.topics.add('t', 6);
  const a = new ClassicClient(f.api);
  const b = new ClassicClient(f.api);
  await f.settle(a.join());
  await f.settle(b.join());
  await f.settle(Promise.all([a.join(), b.join()]));
  await f.settle(Promise.all([a.sync(), b.sync()]));
  t.is(a.generation, 1);
  // A third member: generation 2 forms, but its assignment is never synced before the failover.
  const c = new ClassicClient(f.api);
  await f.settle(c.join());
  await f.settle(Promise.all([a.join(), b.join(), c.join()]));
  t.is(b.generation, 2);

  f.log.epochs.set(0, 1);
  f.coordinator.onLeadership(0, null);
  const two = broker(f.log, f.topics, {}, 2);
  two.coordinator.onLeadership(0, 1);
  await waitLoaded(f.clock, two);
  const asOld = new ClassicClient(two.api);
  Object.assign(asOld, { memberId: a.memberId, generation: 1 });
  t.is(await f.settle(asOld.commit(0, 10)), 0, 'generation 1 was persisted with its assignment');
  const asNew = new ClassicClient(two.api);
  Object.assign(asNew, { memberId: b.memberId, generation: 2 });
  t.is(await f.settle(asNew.commit(0, 11)), code('ILLEGAL_GENERATION'), 'generation 2 never reached the log');
  t.is(await f.settle(asNew.heartbeat()), code('ILLEGAL_GENERATION'));
});

test('an answer waits until its records are committed', async (t) => {
  const f = await fixture();
  f.topics.add('t', 1);
  f.log.commitDelayMs = 1000;
  const started = f.clock.now();
  const commit = f.api.offsetCommit({ groupId: 'g', generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null, topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 1, committedLeaderEpoch: -1, committedMetadata: null }] }] });
  // A read queued behind the write waits for it too: it may not show what the log could still lose.
  const fetch = f.api.offsetFetch({ groups: [{ groupId: 'g', memberId: null, memberEpoch: -1, topics: null }], requireStable: false });
  t.false(await settled(f.clock, commit));
  t.false(await settled(f.clock, fetch));
  await f.settle(Promise.all([commit, fetch]));
  t.is(f.clock.now() - started, 1000);
  t.is((await fetch).groups[0]!.topics[0]!.partitions[0]!.committedOffset, 1);
});

test('a failed write: its answer says what Kafka says (COORDINATOR_NOT_AVAILABLE), and the partition is loaded again, as the log has it', async (t) => {
  const f = await fixture();
  f.topics.add('t', 2);
  const commit = (offset: number) => f.api.offsetCommit({ groupId: 'g', generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: null, topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: null }] }] });
  await f.settle(commit(1));
  f.log.failNext = new NotEnoughReplicasError('one replica left');
  t.is((await f.settle(commit(2))).topics[0]!.partitions[0]!.errorCode, code('COORDINATOR_NOT_AVAILABLE'));
  await waitLoaded(f.clock, f);
  const fetched = await f.settle(f.api.offsetFetch({ groups: [{ groupId: 'g', memberId: null, memberEpoch: -1, topics: null }], requireStable: false }));
  t.is(fetched.groups[0]!.topics[0]!.partitions[0]!.committedOffset, 1, 'the offset that was not written is not served');
  t.is((await f.settle(commit(3))).topics[0]!.partitions[0]!.errorCode, 0);
});

test('requests waiting in a classic group when the partition moves are answered NOT_COORDINATOR; KIP-848 members go on at the new leader', async (t) => {
  const f = await fixture();
  f.topics.add('t', 4);
  const a = new ClassicClient(f.api, { groupId: 'c' });
  const b = new ClassicClient(f.api, { groupId: 'c' });
  await f.settle(a.join());
  await f.settle(b.join());
  await f.settle(Promise.all([a.join(), b.join()]));
  await f.settle(Promise.all([a.sync(), b.sync()]));
  const c = new ClassicClient(f.api, { groupId: 'c' });
  await f.settle(c.join());
  const waiting = c.join();
  t.false(await settled(f.clock, waiting), 'c waits for the others to rejoin');
  const m1 = new ConsumerClient(f.api, { groupId: 'k' });
  const m2 = new ConsumerClient(f.api, { groupId: 'k' });
  for (let i = 0; i < 3; i++) await f.settle(Promise.all([m1.heartbeat(), m2.heartbeat()]));
  f.log.epochs.set(0, 1);
  f.coordinator.onLeadership(0, null);
  t.is((await f.settle(waiting)).errorCode, code('NOT_COORDINATOR'));
  const two = broker(f.log, f.topics, {}, 2);
  two.coordinator.onLeadership(0, 1);
  await waitLoaded(f.clock, two);
  for (const m of [m1, m2]) Object.assign(m, { api: two.api });
  for (let i = 0; i < 2; i++) {
    for (const m of [m1, m2]) t.is((await f.settle(m.heartbeat())).errorCode, 0);
  }
  checkOwners([m1, m2]);
  t.is(m1.count() + m2.count(), 4);
});
