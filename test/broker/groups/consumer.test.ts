import test from 'ava';
import { kafkaCodeOf, type ErrorCode } from '../../../engine/errors/index.js';
import { Random } from '../../../engine/time/index.js';
import { checkOwners, ConsumerClient } from './consumer-client.js';
import { fixture } from './helpers.js';

/*
 * KIP-848's server-side protocol, heartbeat by heartbeat, on simulated time.
 */

const code = (c: ErrorCode) => kafkaCodeOf(c);
const partitions = (c: ConsumerClient, topicId: string) => [...(c.owned.get(topicId) ?? [])].sort((a, b) => a - b);

async function describe(f: Awaited<ReturnType<typeof fixture>>, groupId = 'g') {
  return (await f.settle(f.api.consumerGroupDescribe({ groupIds: [groupId] }))).groups[0]!;
}

test('a first member gets every partition at the group\'s first epoch; a full heartbeat gets its assignment again', async (t) => {
  const f = await fixture();
  const topic = f.topics.add('t', 4);
  const a = new ConsumerClient(f.api);
  const answer = await f.settle(a.heartbeat());
  t.like(answer, { errorCode: 0, memberEpoch: 1, heartbeatIntervalMs: 500 });
  t.truthy(answer.memberId);
  t.deepEqual(partitions(a, topic), [0, 1, 2, 3]);
  const again = await f.settle(a.heartbeat());
  t.is(again.assignment, null, 'unchanged: not sent again');
  const d = await describe(f);
  t.like(d, { errorCode: 0, groupState: 'Stable', groupEpoch: 1, assignmentEpoch: 1, assignorName: 'uniform' });
  t.deepEqual(d.members[0]!.assignment, [{ topicId: topic, partitions: [0, 1, 2, 3] }]);
});

test('a member gets a partition only after its previous owner revoked it: revoke first, then assign, with no barrier', async (t) => {
  const f = await fixture();
  const topic = f.topics.add('t', 4);
  const a = new ConsumerClient(f.api, { instantRevoke: false });
  await f.settle(a.heartbeat());
  const b = new ConsumerClient(f.api);
  const joined = await f.settle(b.heartbeat());
  t.like(joined, { errorCode: 0, memberEpoch: 2 });
  t.deepEqual(partitions(b, topic), [], 'b waits: a still owns its target');
  t.is((await describe(f)).groupState, 'Reconciling');
  // a is asked to revoke two partitions; it keeps its epoch until it has.
  const asked = await f.settle(a.heartbeat());
  t.is(asked.memberEpoch, 1);
  t.is(asked.assignment!.topicPartitions[0]!.partitions.length, 2);
  t.is(a.count(), 4, 'a still owns all four while it revokes');
  await f.settle(b.heartbeat());
  t.deepEqual(partitions(b, topic), [], 'nothing for b before a revoked');
  checkOwners([a, b]);
  a.revoke();
  const acked = await f.settle(a.heartbeat());
  t.is(acked.memberEpoch, 2, 'a moves on once it owns no revoked partition');
  await f.settle(b.heartbeat());
  t.is(partitions(b, topic).length, 2, 'b gets them now');
  checkOwners([a, b]);
  t.is((await describe(f)).groupState, 'Stable');
});

test('a member whose session times out is removed and its partitions move to the others', async (t) => {
  const f = await fixture();
  const topic = f.topics.add('t', 4);
  const a = new ConsumerClient(f.api);
  const b = new ConsumerClient(f.api);
  for (let i = 0; i < 3; i++) await f.settle(Promise.all([a.heartbeat(), b.heartbeat()]));
  t.is(a.count() + b.count(), 4);
  for (let elapsed = 0; elapsed < 4000; elapsed += 500) {
    await f.clock.advance(500);
    await f.settle(a.heartbeat());
  }
  t.deepEqual(partitions(a, topic), [0, 1, 2, 3]);
  const d = await describe(f);
  t.deepEqual(d.members.map((m) => m.memberId), [a.memberId]);
  t.is((await f.settle(b.heartbeat())).errorCode, code('UNKNOWN_MEMBER_ID'), 'b, late, must join again');
});

test('members beyond the partition count stay idle, Stable with nothing', async (t) => {
  const f = await fixture();
  f.topics.add('t', 2);
  const clients = Array.from({ length: 4 }, () => new ConsumerClient(f.api));
  for (let i = 0; i < 3; i++) for (const c of clients) await f.settle(c.heartbeat());
  t.deepEqual(clients.map((c) => c.count()).sort(), [0, 0, 1, 1]);
  t.is((await describe(f)).groupState, 'Stable');
  checkOwners(clients);
});

test('stale epochs are refused: FENCED_MEMBER_EPOCH on heartbeats, STALE_MEMBER_EPOCH on commits and fetches, UNKNOWN_MEMBER_ID for strangers', async (t) => {
  const f = await fixture();
  const topic = f.topics.add('t', 2);
  const a = new ConsumerClient(f.api);
  await f.settle(a.heartbeat());
  const b = new ConsumerClient(f.api);
  await f.settle(b.heartbeat());
  await f.settle(a.heartbeat());
  await f.settle(a.heartbeat());
  t.is(a.epoch, 2);
  const request = { groupId: 'g', memberId: a.memberId, instanceId: null, rackId: null, rebalanceTimeoutMs: -1, subscribedTopicNames: null, subscribedTopicRegex: null, serverAssignor: null, topicPartitions: null };
  t.is((await f.settle(f.api.consumerGroupHeartbeat({ ...request, memberEpoch: 7 }))).errorCode, code('FENCED_MEMBER_EPOCH'));
  // The previous epoch passes only with a full list of owned partitions within the assignment (a lost answer).
  t.is((await f.settle(f.api.consumerGroupHeartbeat({ ...request, memberEpoch: 1 }))).errorCode, code('FENCED_MEMBER_EPOCH'));
  t.is((await f.settle(f.api.consumerGroupHeartbeat({ ...request, memberEpoch: 1, topicPartitions: a.ownedList }))).errorCode, 0);
  t.is((await f.settle(f.api.consumerGroupHeartbeat({ ...request, memberId: 'nobody', memberEpoch: 3 }))).errorCode, code('UNKNOWN_MEMBER_ID'));
  const commit = (epoch: number, memberId = a.memberId) =>
    f.settle(f.api.offsetCommit({ groupId: 'g', generationIdOrMemberEpoch: epoch, memberId, groupInstanceId: null, topics: [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 5, committedLeaderEpoch: -1, committedMetadata: null }] }] }));
  t.is((await commit(1)).topics[0]!.partitions[0]!.errorCode, code('STALE_MEMBER_EPOCH'));
  t.is((await commit(2)).topics[0]!.partitions[0]!.errorCode, 0);
  t.is((await commit(-1, '')).topics[0]!.partitions[0]!.errorCode, code('UNKNOWN_MEMBER_ID'), 'no outsider commits while the group has members');
  const fetch = (memberEpoch: number) => f.settle(f.api.offsetFetch({ groups: [{ groupId: 'g', memberId: a.memberId, memberEpoch, topics: null }], requireStable: false }));
  t.is((await fetch(1)).groups[0]!.errorCode, code('STALE_MEMBER_EPOCH'));
  t.deepEqual((await fetch(2)).groups[0]!.topics, [{ name: 't', partitions: [{ partitionIndex: 0, committedOffset: 5, committedLeaderEpoch: -1, metadata: '', errorCode: 0 }] }]);
  // Joining again under its id (epoch 0), a member owns nothing: what it held is free, and it gets its target back.
  const rejoined = await f.settle(f.api.consumerGroupHeartbeat({ ...request, memberEpoch: 0, rebalanceTimeoutMs: 5000, subscribedTopicNames: ['t'], topicPartitions: [] }));
  t.like(rejoined, { errorCode: 0, memberEpoch: 2 });
  t.deepEqual(rejoined.assignment, { topicPartitions: [{ topicId: topic, partitions: [...a.owned.get(topic)!] }] });
});

test('a static member leaving with epoch -2 keeps its partitions; its next incarnation gets them back, with no new group epoch', async (t) => {
  const f = await fixture();
  const topic = f.topics.add('t', 4);
  const s = new ConsumerClient(f.api, { instanceId: 'i-1' });
  const other = new ConsumerClient(f.api);
  for (let i = 0; i < 3; i++) await f.settle(Promise.all([s.heartbeat(), other.heartbeat()]));
  const mine = partitions(s, topic);
  t.is(mine.length, 2);
  const epoch = (await describe(f)).groupEpoch;
  t.is((await f.settle(s.leave(-2))).memberEpoch, -2);
  await f.settle(other.heartbeat());
  t.is(other.count(), 2, 'nobody takes the away member\'s partitions');
  const back = new ConsumerClient(f.api, { instanceId: 'i-1' });
  const answer = await f.settle(back.heartbeat());
  t.not(back.memberId, s.memberId);
  t.deepEqual(partitions(back, topic), mine);
  t.is(answer.memberEpoch, epoch);
  t.is((await describe(f)).groupEpoch, epoch, 'no rebalance');
  // While an instance is held by a live member, another may not take it.
  const twin = new ConsumerClient(f.api, { instanceId: 'i-1' });
  t.is((await f.settle(twin.heartbeat())).errorCode, code('UNRELEASED_INSTANCE_ID'));
});

test('a member that does not revoke within its rebalance timeout is removed, and the others get its partitions', async (t) => {
  const f = await fixture();
  const topic = f.topics.add('t', 4);
  const slow = new ConsumerClient(f.api, { instantRevoke: false, rebalanceTimeoutMs: 1000 });
  await f.settle(slow.heartbeat());
  const b = new ConsumerClient(f.api);
  await f.settle(b.heartbeat());
  await f.settle(slow.heartbeat());
  t.is(slow.count(), 4, 'asked to revoke, it does not');
  await f.clock.advance(1000);
  await f.settle(b.heartbeat());
  t.deepEqual(partitions(b, topic), [0, 1, 2, 3]);
  t.is((await f.settle(slow.heartbeat())).errorCode, code('UNKNOWN_MEMBER_ID'));
});

test('subscriptions: by regex (whole names, never internal topics), and new topics or partitions move the group epoch', async (t) => {
  const f = await fixture();
  const orders = f.topics.add('orders', 2);
  f.topics.add('other', 2);
  f.topics.add('__consumer_offsets', 1);
  const a = new ConsumerClient(f.api, { topics: null, regex: 'or.*' });
  await f.settle(a.heartbeat());
  t.deepEqual([...a.owned.keys()], [orders]);
  const orphans = f.topics.add('orphans', 1);
  await f.settle(a.heartbeat());
  t.deepEqual(partitions(a, orphans), [0], 'a topic that appears and matches is assigned');
  f.topics.byName.set('orders', { id: orders, partitions: 3 });
  await f.settle(a.heartbeat());
  t.deepEqual(partitions(a, orders), [0, 1, 2]);
  t.is((await describe(f)).groupEpoch, 3);
  const bad = new ConsumerClient(f.api, { topics: null, regex: '(' });
  t.is((await f.settle(bad.heartbeat())).errorCode, code('BAD_ARGUMENTS'));
  t.is((await f.settle(new ConsumerClient(f.api, { assignor: 'sticky' }).heartbeat())).errorCode, code('UNSUPPORTED_ASSIGNOR'));
});

test('the range assignor, asked for by the members, co-partitions their topics', async (t) => {
  const f = await fixture();
  const x = f.topics.add('x', 4);
  const y = f.topics.add('y', 4);
  const clients = [0, 1].map(() => new ConsumerClient(f.api, { topics: ['x', 'y'], assignor: 'range' }));
  for (let i = 0; i < 3; i++) for (const c of clients) await f.settle(c.heartbeat());
  t.is((await describe(f)).assignorName, 'range');
  for (const c of clients) t.deepEqual(partitions(c, x), partitions(c, y));
});

test('a clean leave (epoch -1) frees the partitions at once', async (t) => {
  const f = await fixture();
  const topic = f.topics.add('t', 4);
  const a = new ConsumerClient(f.api);
  const b = new ConsumerClient(f.api);
  for (let i = 0; i < 3; i++) await f.settle(Promise.all([a.heartbeat(), b.heartbeat()]));
  t.is((await f.settle(b.leave())).memberEpoch, -1);
  await f.settle(a.heartbeat());
  t.deepEqual(partitions(a, topic), [0, 1, 2, 3]);
});

test('no partition ever has two owners: members joining, leaving, crashing and revoking slowly, in random order', async (t) => {
  for (let seed = 1; seed <= 6; seed++) {
    const f = await fixture({ groupConsumerSessionTimeoutMs: 2000 });
    f.topics.add('t', 7);
    f.topics.add('u', 3);
    const random = new Random(`owners:${seed}`);
    const alive: ConsumerClient[] = [];
    const newClient = () => new ConsumerClient(f.api, { topics: random.chance(0.5) ? ['t', 'u'] : ['t'], instantRevoke: false, rebalanceTimeoutMs: 3000, instanceId: random.chance(0.3) ? `i-${random.int(3)}` : null });
    for (let step = 0; step < 150; step++) {
      const roll = random.next();
      if (alive.length < 2 || roll < 0.1) alive.push(newClient());
      else if (roll < 0.15) {
        const gone = alive.splice(random.int(alive.length), 1)[0]!;
        if (random.chance(0.5)) await f.settle(gone.leave(gone.o.instanceId && random.chance(0.5) ? -2 : -1));
        // else it crashed: it stops, and its partitions are lost to it
      } else if (roll < 0.4) random.pick(alive).revoke();
      else await f.settle(random.pick(alive).heartbeat(f.clock.now()));
      await f.clock.advance(random.int(300));
      for (const c of alive) c.expire(f.clock.now(), 2000);
      checkOwners(alive);
    }
    // Everyone left heartbeats and revokes promptly: once the departed members' sessions end,
    // the group converges, every partition owned.
    for (let round = 0; round < 30; round++) {
      for (const c of alive) {
        c.revoke();
        await f.settle(c.heartbeat(f.clock.now()));
        checkOwners(alive);
      }
      await f.clock.advance(200);
    }
    const d = await describe(f);
    t.is(d.groupState, 'Stable', `seed ${seed}`);
    const subscribed = alive.some((c) => c.o.topics!.includes('u')) ? 10 : 7;
    t.is(alive.reduce((n, c) => n + c.count(), 0), Math.min(subscribed, 10), `seed ${seed}: every subscribed partition is owned`);
  }
});
