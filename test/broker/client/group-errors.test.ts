import test from 'ava';
import { kafkaCodeOf as code } from '../../../engine/errors/index.js';
import type { ConsumerMessage } from '../../../engine/broker/client/index.js';
import { groupSetup, oneOwnerEach } from './group-helpers.js';

/* How members get through the coordinator's errors (the fake plants them), for both protocols. */

const count = (g: Awaited<ReturnType<typeof groupSetup>>, api: string) => g.fake.groups.requests.filter((r) => r.api === api).length;

for (const groupProtocol of ['consumer', 'classic'] as const) {
  const heartbeatApi = groupProtocol === 'consumer' ? 'consumerGroupHeartbeat' : 'heartbeat';

  test(`${groupProtocol}: when the coordinator moves (NOT_COORDINATOR) members find it again and go on`, async (t) => {
    const g = await groupSetup(t);
    await g.produce(1);
    const seen: ConsumerMessage[] = [];
    const members = [g.consumer({ groupId: 'g', groupProtocol }), g.consumer({ groupId: 'g', groupProtocol })];
    for (const c of members) await g.start(c, seen);
    await g.until(() => oneOwnerEach(members, 6) && members.every((c) => c.assignment().length === 3) && seen.length === 6);
    const finds = count(g, 'findCoordinator');
    g.fake.groups.coordinatorId = 2;
    await g.produce(1, undefined, 1);
    await g.until(() => seen.length === 12 && g.fake.groups.requests.some((r) => r.node === 2 && r.api === heartbeatApi));
    await g.until(() => [0, 1, 2, 3, 4, 5].every((p) => g.fake.groups.committed('g', 't', p) === 2));
    t.true(count(g, 'findCoordinator') > finds);
    t.true(members.every((c) => c.assignment().length === 3), 'no partition moved');
  });

  test(`${groupProtocol}: COORDINATOR_LOAD_IN_PROGRESS and COORDINATOR_NOT_AVAILABLE are retried with back-off`, async (t) => {
    const g = await groupSetup(t, { partitions: 2 });
    await g.produce(2);
    g.fake.groups.fail(groupProtocol === 'consumer' ? 'consumerGroupHeartbeat' : 'joinGroup', code('COORDINATOR_NOT_AVAILABLE'), 2);
    g.fake.groups.fail('offsetFetch', code('COORDINATOR_LOAD_IN_PROGRESS'), 3);
    const c = g.consumer({ groupId: 'g', groupProtocol });
    const crashes: unknown[] = [];
    c.on(c.events.CRASH, (e) => crashes.push(e));
    const seen = await g.start(c);
    await g.until(() => seen.length === 4);
    t.deepEqual(crashes, []);
    t.true(count(g, 'offsetFetch') >= 4);
  });
}

test('consumer: FENCED_MEMBER_EPOCH loses the partitions (no commit) and the member joins again with epoch 0', async (t) => {
  const g = await groupSetup(t, { partitions: 2 });
  await g.produce(2);
  const c = g.consumer({ groupId: 'g' });
  const lostCommits: number[] = [];
  const seen = await g.start(c);
  await g.until(() => seen.length === 4 && g.fake.groups.committed('g', 't', 0) === 2);
  const memberId = g.fake.groups.requests.filter((r) => r.api === 'consumerGroupHeartbeat').at(-1)!.request.memberId;
  g.fake.groups.fail('consumerGroupHeartbeat', code('FENCED_MEMBER_EPOCH'));
  const commitsBefore = g.fake.groups.commits.length;
  await g.until(() => g.fake.groups.requests.some((r) => r.api === 'consumerGroupHeartbeat' && r.request.memberEpoch === 0 && r.request.memberId === memberId));
  lostCommits.push(...g.fake.groups.commits.slice(commitsBefore).map((x) => x.offset));
  await g.produce(1, [0, 1], 2);
  await g.until(() => seen.length === 6 && c.assignment().length === 2);
  t.deepEqual(lostCommits, [], 'nothing committed for lost partitions');
});

test('classic: UNKNOWN_MEMBER_ID and ILLEGAL_GENERATION rejoin (the first with a new member id); REBALANCE_IN_PROGRESS rejoins', async (t) => {
  const g = await groupSetup(t, { partitions: 2 });
  await g.produce(1);
  const c = g.consumer({ groupId: 'g', groupProtocol: 'classic' });
  const joins: string[] = [];
  c.on(c.events.GROUP_JOIN, (e) => joins.push(`${e.payload.memberId}@${e.payload.generationId}`));
  const seen = await g.start(c);
  await g.until(() => seen.length === 2 && joins.length === 1);
  for (const error of ['REBALANCE_IN_PROGRESS', 'ILLEGAL_GENERATION', 'UNKNOWN_MEMBER_ID'] as const) {
    g.fake.groups.fail('heartbeat', code(error));
    const before = joins.length;
    await g.until(() => joins.length > before && c.assignment().length === 2);
  }
  const [first, second, third, fourth] = joins.map((j) => j.split('@')[0]);
  t.is(first, second);
  t.is(second, third, 'ILLEGAL_GENERATION keeps the member id');
  t.not(third, fourth, 'UNKNOWN_MEMBER_ID joins as a new member');
  await g.produce(1, [0, 1], 1);
  await g.until(() => seen.length >= 4);
});

test('classic: a fenced static member (FENCED_INSTANCE_ID) and an inconsistent protocol crash the consumer', async (t) => {
  const g = await groupSetup(t, { partitions: 2 });
  const c = g.consumer({ groupId: 'g', groupProtocol: 'classic', groupInstanceId: 'i' });
  const crashes: string[] = [];
  c.on(c.events.CRASH, (e) => crashes.push(e.payload.error.code));
  await g.start(c);
  await g.until(() => c.assignment().length === 2);
  g.fake.groups.fail('heartbeat', code('FENCED_INSTANCE_ID'));
  await g.until(() => crashes.length === 1);
  t.deepEqual(crashes, ['FENCED_INSTANCE_ID']);
  const other = g.consumer({ groupId: 'h', groupProtocol: 'classic' });
  other.on(other.events.CRASH, (e) => crashes.push(e.payload.error.code));
  g.fake.groups.fail('joinGroup', code('INCONSISTENT_GROUP_PROTOCOL'));
  await g.start(other);
  await g.until(() => crashes.length === 2);
  t.is(crashes[1], 'INCONSISTENT_GROUP_PROTOCOL');
});

test('classic: a member whose heartbeat was lost, while its commits kept its session, keeps its generation past the session timeout (no rebalance)', async (t) => {
  const g = await groupSetup(t, { partitions: 2 });
  g.fake.groups.coordinatorId = 3; // leads neither partition: fetches go on while it is cut off
  await g.produce(1);
  // A heartbeat whose answer is lost waits out the request timeout (5 s), longer than the session.
  const c = g.consumer({ groupId: 'g', groupProtocol: 'classic', sessionTimeout: 3000, heartbeatInterval: 500 }, 'app-1');
  const joins: string[] = [];
  let heartbeats = 0;
  c.on(c.events.GROUP_JOIN, (e) => joins.push(`${e.payload.memberId}@${e.payload.generationId}`));
  c.on(c.events.HEARTBEAT, () => heartbeats++);
  const seen = await g.start(c);
  await g.until(() => seen.length === 2 && heartbeats > 0);
  const coordinator = `broker-${g.fake.groups.coordinatorId}`;
  const heartbeatsSent = () => g.fake.groups.requests.filter((r) => r.api === 'heartbeat').length;
  const sent = heartbeatsSent();
  await g.until(() => heartbeatsSent() > sent);
  g.network.partition(['app-1'], [coordinator]);
  const cutAt = g.clock.now();
  await g.until(() => g.clock.now() >= cutAt + 700);
  g.network.heal();
  t.is(heartbeatsSent(), sent + 1, 'the member waits for the answer that was lost');
  // Records keep coming, each processed and committed: the commits keep the member's session.
  const before = heartbeats;
  for (let i = 1; heartbeats === before; i++) {
    if (i > 12) return t.fail('no heartbeat succeeded again');
    await g.produce(1, [0, 1], i);
    await g.until(() => seen.length === 2 + 2 * i);
    const at = g.clock.now();
    await g.until(() => g.clock.now() >= at + 600 || heartbeats > before);
  }
  t.true(g.clock.now() - cutAt > 3000, 'the heartbeat succeeded again only after the session timeout');
  t.is(joins.length, 1, `joined again: ${joins.join(', ')}`);
  t.is(c.assignment().length, 2);
});
